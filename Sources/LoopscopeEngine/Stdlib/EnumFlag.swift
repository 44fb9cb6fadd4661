// enum's Flag and IntFlag, written in Python to behave as CPython 3.11's: composite members made on
// demand (`R|W`), 3.11's repr/str, membership and iteration over bits. IntFlag members are ints;
// EnumType gives each flag class Flag's operators ahead of int's.
// Part of the `enum` module source (see Enum.swift).

extension PreludeSources {
    static let enumFlags = #"""

class FlagBoundary:
    STRICT = 'strict'
    CONFORM = 'conform'
    EJECT = 'eject'
    KEEP = 'keep'

STRICT, CONFORM, EJECT, KEEP = 'strict', 'conform', 'eject', 'keep'


class Flag(Enum, boundary='strict'):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        # The first flag is `start` (1 by default), then the next power of
        # two above the highest value so far.
        if count == 0:
            return 1 if start is None else start
        return 1 << max(last_values).bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        every = cls._all_bits_
        if getattr(cls, '_boundary_', 'strict') == 'strict' and not issubclass(cls, int):
            # Out of range, or a bit inside the range that no member has.
            in_range = -every - 1 <= value <= every
            if not in_range or value & every & ~cls._flag_mask_:
                width = max(value.bit_length(), cls._flag_mask_.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s" % (
                    cls, value, _bits_text(value, width), _bits_text(cls._flag_mask_, width)))
        if value < 0:
            # Negative values count from the top of the used bits: -1 is all of them.
            value = every + 1 + value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_members_(value)]
        extra = value & ~cls._flag_mask_
        if names and extra:
            pseudo._name_ = '|'.join(names) + '|' + str(extra)
        elif names:
            pseudo._name_ = '|'.join(names)
        else:
            pseudo._name_ = None
        cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    @classmethod
    def _iter_members_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ and m._value_ & (m._value_ - 1) == 0 and m._value_ & value == m._value_:
                yield m

    def __iter__(self):
        return iter(list(type(self)._iter_members_(self._value_)))

    def __len__(self):
        return bin(self._value_).count('1')

    def __contains__(self, other):
        if isinstance(other, self.__class__):
            # Every bit of other is set in self.
            return self._value_ | other._value_ == self._value_
        left, right = type(other).__qualname__, self.__class__.__qualname__
        raise TypeError(f"unsupported operand type(s) for 'in': {left!r} and {right!r}")

    # A pseudo-member with no named bits has no name: repr and str show
    # the bare value.
    def __repr__(self):
        shown = self._value_repr_(self._value_)
        if self._name_ is None:
            return f"<{type(self).__name__}: {shown}>"
        return f"<{type(self).__name__}.{self._name_}: {shown}>"

    def __str__(self):
        if self._name_ is None:
            return f"{type(self).__name__}({self._value_!r})"
        return f"{type(self).__name__}.{self._name_}"

    def __bool__(self):
        return bool(self._value_)

    def _other_value(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._other_value(other)
        return NotImplemented if v is None else self.__class__(self._value_ ^ v)

    def __invert__(self):
        if getattr(self, '_boundary_', 'strict') in ('eject', 'keep'):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bits_text(num, width):
    # The bit picture in Flag's error: "0b", the sign bit, a space, then the
    # two's complement digits, widened to `width` with the sign bit
    # ("0b0 1000" for 8, "0b1 0111" for -9).
    size = num.bit_length()
    digits = format(num % (1 << size), 'b').zfill(size) if size else ''
    sign = '1' if num < 0 else '0'
    return '0b' + sign + ' ' + digits.rjust(width, sign)


class IntFlag(int, ReprEnum, Flag, boundary='keep'):
    pass

"""#
}
