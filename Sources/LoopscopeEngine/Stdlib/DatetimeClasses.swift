// `import datetime`, second part: time and datetime (see DatetimeDeltas.swift),
// written in Python to behave as CPython 3.11's.

extension StdlibSources {
    static let datetimeClasses = #"""

def _check_time(hour, minute, second, microsecond, fold):
    hour, minute, second, microsecond = _index(hour), _index(minute), _index(second), _index(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond

def _check_tz(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'" % type(tz).__name__)

def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")

def _check_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'" % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                         "timedelta(hours=24), not %r." % (offset,))

def _parse_iso_time(s):
    # hh[:mm[:ss[.fff[fff]]]] or hh[mm[ss]] with an optional +HH:MM[:SS[.ffffff]] / Z suffix.
    tz = None
    for i, c in enumerate(s):
        if c in "+-Z":
            tzpart = s[i:]
            s = s[:i]
            if tzpart == "Z":
                tz = timezone.utc
            else:
                sign = -1 if tzpart[0] == "-" else 1
                fields = _parse_iso_clock(tzpart[1:])
                if fields is None:
                    return None
                off = timedelta(hours=fields[0], minutes=fields[1], seconds=fields[2], microseconds=fields[3])
                tz = timezone.utc if not off else timezone(sign * off)
            break
    fields = _parse_iso_clock(s)
    if fields is None:
        return None
    return fields + (tz,)

def _parse_iso_clock(s):
    frac = 0
    if "." in s or "," in s:
        cut = s.index(".") if "." in s else s.index(",")
        digits = s[cut + 1:]
        s = s[:cut]
        if not digits.isdigit() or len(digits) > 9 or len(s) < 6:
            return None
        frac = int((digits + "000000")[:6])
    if ":" in s:
        parts = s.split(":")
    else:
        parts = [s[i:i + 2] for i in range(0, len(s), 2)]
    if not 1 <= len(parts) <= 3 or not all(len(p) == 2 and p.isdigit() for p in parts):
        return None
    nums = [int(p) for p in parts] + [0] * (3 - len(parts))
    return nums[0], nums[1], nums[2], frac

def _compare_aware(x, y, op, kind, key):
    # A naive value and an aware one are never equal and have no order.
    if (x.utcoffset() is None) != (y.utcoffset() is None):
        if op in ("==", "!="):
            return op == "!="
        raise TypeError("can't compare offset-naive and offset-aware " + kind)
    a, b = key(x), key(y)
    if op == "==": return a == b
    if op == "!=": return a != b
    if op == "<": return a < b
    if op == "<=": return a <= b
    if op == ">": return a > b
    return a >= b

def _ctor_repr(obj, numbers):
    # time and datetime reprs read like a constructor call: zero seconds and
    # microseconds at the end are left out (never more than those two),
    # then tzinfo and fold when they are set.
    for _ in range(2):
        if numbers[-1] == 0:
            numbers = numbers[:-1]
    parts = [str(n) for n in numbers]
    if obj._tzinfo is not None:
        parts.append("tzinfo=%r" % (obj._tzinfo,))
    if obj._fold:
        parts.append("fold=1")
    kind = type(obj)
    return "%s.%s(%s)" % (kind.__module__, kind.__qualname__, ", ".join(parts))

def _comparisons_from_cmp(cls):
    # The six rich comparisons of cls, each one a call of cls._cmp with its operator.
    def delegate(name, op):
        def compare(self, other):
            return self._cmp(other, op)
        compare.__name__ = name
        compare.__qualname__ = cls.__name__ + "." + name
        setattr(cls, name, compare)
    for name, op in (("__eq__", "=="), ("__ne__", "!="), ("__lt__", "<"),
                     ("__le__", "<="), ("__gt__", ">"), ("__ge__", ">=")):
        delegate(name, op)
    return cls

@_comparisons_from_cmp
class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._hour, self._minute, self._second, self._microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        parsed = _parse_iso_time(s)
        if parsed is None:
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(*parsed)

    def __repr__(self):
        return _ctor_repr(self, [self._hour, self._minute, self._second, self._microsecond])

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_offset("utcoffset", offset)
        return offset

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def isoformat(self, timespec="auto"):
        return _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _offset_text(self.utcoffset())

    def __str__(self):
        return self.isoformat()

    def strftime(self, format):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _timeutil._format(format, tt, self._microsecond, _offset_text(self.utcoffset(), ""), self.tzname() or "")

    def __format__(self, fmt):
        return self.strftime(fmt) if len(fmt) else str(self)   # an empty spec means str()

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True, *, fold=None):
        return type(self)(self._hour if hour is None else hour, self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _key(self):
        off = self.utcoffset()
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond
        if off is not None:
            us -= off._to_us()
        return us

    def _cmp(self, other, op):
        if not isinstance(other, time):
            if op in ("==", "!="):
                return NotImplemented
            _cmperror(self, other)
        return _compare_aware(self, other, op, "times", lambda v: v._key())

    def __hash__(self):
        return hash(self._key())

time.min, time.max = time(0, 0, 0), time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)

@_comparisons_from_cmp
class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        self._year, self._month, self._day = _check_date(year, month, day)
        self._hour, self._minute, self._second, self._microsecond = _check_time(hour, minute, second, microsecond, fold)
        _check_tz(tzinfo)
        self._tzinfo = tzinfo
        self._fold = fold

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tz(tz)
        if isinstance(t, bool) or not isinstance(t, (int, float)):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
        whole = int(t // 1)
        frac = t - whole
        us = round(frac * 1e6)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        tt = _timeutil.gmtime(whole)
        result = cls(tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], us, tz)
        return result if tz is None else tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls.fromtimestamp(t)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_loopscope.now(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_loopscope.now())

    @classmethod
    def utcnow(cls):
        return cls.fromtimestamp(_loopscope.now())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        return cls(*_timeutil._ord2ymd(n))

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second, time.microsecond,
                   tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = date_string
        cut = 10 if s[4:5] == "-" else 8
        ymd = _parse_iso_date(s[:cut])
        rest = s[cut + 1:] if len(s) > cut else ""
        parsed = _parse_iso_time(rest) if rest else (0, 0, 0, 0, None)
        if ymd is None or parsed is None or (len(s) == cut + 1):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*(ymd + parsed))

    @classmethod
    def strptime(cls, date_string, format):
        return cls(*_strptime(date_string, format))

    def __repr__(self):
        return _ctor_repr(self, [self._year, self._month, self._day,
                                 self._hour, self._minute, self._second, self._microsecond])

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_offset("utcoffset", offset)
        return offset

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def isoformat(self, sep="T", timespec="auto"):
        return "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + \
            _format_time(self._hour, self._minute, self._second, self._microsecond, timespec) + \
            _offset_text(self.utcoffset())

    def __str__(self):
        return self.isoformat(sep=" ")

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_timeutil._DAYNAMES[self.weekday()], _timeutil._MONTHNAMES[self._month],
                                                 self._day, self._hour, self._minute, self._second, self._year)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _timeutil.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                      self.weekday(), self.toordinal() - _timeutil._ymd2ord(self._year, 1, 1) + 1, isdst))

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self - off if off else self
        t = dt.timetuple()
        return _timeutil.struct_time(tuple(t)[:8] + (0,))

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _timeutil._format(format, self.timetuple(), self._microsecond, _offset_text(self.utcoffset(), ""),
                                 self.tzname() or "")

    def timestamp(self):
        if self._tzinfo is None:
            days = self.toordinal() - _timeutil._EPOCH_ORDINAL
            s = ((days * 24 + self._hour) * 60 + self._minute) * 60 + self._second
            return s + self._microsecond / 1e6
        return (self - _UNIX_EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone(timedelta(0), "UTC")
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        offset = self.utcoffset()
        if offset is None:
            offset = timedelta(0)
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo, fold=self._fold if fold is None else fold)

    def _us(self):
        us = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        us = us * 1000000 + self._microsecond
        off = self.utcoffset()
        if off is not None:
            us -= off._to_us()
        return us

    def _cmp(self, other, op):
        if not isinstance(other, datetime):
            if op in ("==", "!="):
                return NotImplemented
            if isinstance(other, date):
                _cmperror(self, other)
            return NotImplemented
        return _compare_aware(self, other, op, "datetimes", lambda v: v._us())

    def __hash__(self):
        return hash(self._us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 + self._second
        us = us * 1000000 + self._microsecond + other._to_us()
        days, us = divmod(us, 86400000000)
        if not 0 < days <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        s, micro = divmod(us, 1000000)
        hh, s = divmod(s, 3600)
        mm, ss = divmod(s, 60)
        y, m, d = _timeutil._ord2ymd(days)
        return type(self)(y, m, d, hh, mm, ss, micro, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if not isinstance(other, datetime):
            return NotImplemented
        if (self.utcoffset() is None) != (other.utcoffset() is None):
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta(microseconds=self._us() - other._us())

datetime.min, datetime.max = datetime(1, 1, 1), datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
# Aware datetimes' timestamp() is their distance from this moment.
_UNIX_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

def _strptime(s, fmt):
    # The common directives: %Y %m %d %H %M %S %f %y %b %B %a %A %p %I %j %z %%.
    fields = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    tz = None
    pm = None
    i = 0
    j = 0
    def fail():
        raise ValueError("time data %r does not match format %r" % (s, fmt))
    while j < len(fmt):
        c = fmt[j]
        if c != "%":
            if i >= len(s) or s[i] != c:
                fail()
            i += 1
            j += 1
            continue
        d = fmt[j + 1] if j + 1 < len(fmt) else ""
        j += 2
        if d in "YmdHMSfyjI":
            width = {"Y": 4, "f": 6, "j": 3}.get(d, 2)
            k = i
            while k < len(s) and k - i < width and s[k].isdigit():
                k += 1
            if k == i:
                fail()
            v = int(s[i:k])
            if d == "f":
                v = int((s[i:k] + "000000")[:6])
            i = k
            if d == "y":
                fields["Y"] = v + (2000 if v < 69 else 1900)
            elif d == "I":
                fields["H"] = v
            elif d == "j":
                fields["j"] = v
            else:
                fields[d] = v
        elif d in "bBaA":
            names = {"b": _timeutil._MONTHNAMES[1:], "B": _timeutil._FULLMONTHNAMES[1:],
                     "a": _timeutil._DAYNAMES, "A": _timeutil._FULLDAYNAMES}[d]
            for n, name in enumerate(names):
                if s[i:i + len(name)].lower() == name.lower():
                    if d in "bB":
                        fields["m"] = n + 1
                    i += len(name)
                    break
            else:
                fail()
        elif d == "p":
            word = s[i:i + 2].upper()
            if word not in ("AM", "PM"):
                fail()
            pm = word == "PM"
            i += 2
        elif d == "z":
            if s[i:i + 1] == "Z":
                tz = timezone.utc
                i += 1
            else:
                sign = s[i:i + 1]
                digits = s[i + 1:i + 6].replace(":", "")[:4]
                if sign not in "+-" or len(digits) != 4 or not digits.isdigit():
                    fail()
                off = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
                tz = timezone(-off if sign == "-" else off)
                i += 6 if s[i + 3:i + 4] == ":" else 5
        elif d == "%":
            if s[i:i + 1] != "%":
                fail()
            i += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
    if i != len(s):
        raise ValueError("unconverted data remains: %s" % s[i:])
    if pm is not None:
        fields["H"] = fields["H"] % 12 + (12 if pm else 0)
    y, m, d = fields["Y"], fields["m"], fields["d"]
    if "j" in fields:
        y, m, d = _timeutil._ord2ymd(_timeutil._ymd2ord(y, 1, 1) + fields["j"] - 1)
    return y, m, d, fields["H"], fields["M"], fields["S"], fields["f"], tz
"""#
}
