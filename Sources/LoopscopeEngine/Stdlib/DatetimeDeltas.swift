// `import datetime`, first part: timedelta, tzinfo, timezone and date.
// Reprs, str and error messages as CPython 3.11's C implementation; `now()`
// and `today()` read the virtual clock; the local time zone is UTC.
// The second part (time, datetime) is DatetimeClasses.swift.

extension StdlibSources {
    static let datetime = datetimeDeltas + datetimeClasses

    static let datetimeDeltas = #"""
import _timeutil
import _loopscope

MINYEAR = 1
MAXYEAR = 9999
_MAX_ORDINAL = 3652059
_US_PER_DAY = 86400000000

def _index(v):
    if isinstance(v, bool) or not isinstance(v, int):
        if isinstance(v, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v

def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_qualname(x), _qualname(y)))

def _qualname(x):
    t = type(x)
    m = t.__module__
    if m == "builtins":
        return t.__name__
    return m + "." + t.__name__

class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = 0
        fraction = 0.0
        for value, unit in ((weeks, 604800000000), (days, 86400000000), (hours, 3600000000),
                            (minutes, 60000000), (seconds, 1000000), (milliseconds, 1000), (microseconds, 1)):
            if isinstance(value, int):
                total += value * unit
            elif isinstance(value, float):
                whole = int(value)
                total += whole * unit
                fraction += (value - whole) * unit
            else:
                raise TypeError("unsupported type for timedelta %s component: %s" % (
                    {604800000000: "weeks", 86400000000: "days", 3600000000: "hours", 60000000: "minutes",
                     1000000: "seconds", 1000: "milliseconds", 1: "microseconds"}[unit], type(value).__name__))
        total += round(fraction)
        self._set(total)

    def _set(self, us):
        d, rest = divmod(us, _US_PER_DAY)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        s, u = divmod(rest, 1000000)
        self._days = d
        self._seconds = s
        self._microseconds = u

    @classmethod
    def _from_us(cls, us):
        td = timedelta()
        td._set(us)
        return td

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10**6

    def __repr__(self):
        # Only the non-zero fields, as keywords; a zero delta is "(0)".
        named = [f"{label}={value}" for label, value in
                 (("days", self._days), ("seconds", self._seconds), ("microseconds", self._microseconds))
                 if value]
        kind = type(self)
        return "%s.%s(%s)" % (kind.__module__, kind.__qualname__, ", ".join(named) or "0")

    def __str__(self):
        # [D day[s], ]H:MM:SS[.ffffff]; negative deltas show negative days
        # and a positive clock part.
        clock = "%d:%02d:%02d" % (self._seconds // 3600, self._seconds // 60 % 60, self._seconds % 60)
        if self._microseconds:
            clock += ".%06d" % self._microseconds
        if not self._days:
            return clock
        unit = "day" if abs(self._days) == 1 else "days"
        return "%d %s, %s" % (self._days, unit, clock)

    # Sums, differences and comparisons work on both sides' total microseconds;
    # anything that is not a timedelta is left to the other operand.
    def __add__(self, other):
        theirs = _total_us(other)
        return NotImplemented if theirs is None else timedelta._from_us(self._to_us() + theirs)

    __radd__ = __add__

    def __sub__(self, other):
        theirs = _total_us(other)
        return NotImplemented if theirs is None else timedelta._from_us(self._to_us() - theirs)

    def __rsub__(self, other):
        theirs = _total_us(other)
        return NotImplemented if theirs is None else timedelta._from_us(theirs - self._to_us())

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            if other == 0:
                raise ZeroDivisionError("division by zero")
            return timedelta._from_us(round(self._to_us() / other))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _compared(self, other, test):
        theirs = _total_us(other)
        return NotImplemented if theirs is None else test(self._to_us(), theirs)

    def __eq__(self, other):
        return self._compared(other, lambda mine, theirs: mine == theirs)

    def __ne__(self, other):
        return self._compared(other, lambda mine, theirs: mine != theirs)

    def __lt__(self, other):
        return self._compared(other, lambda mine, theirs: mine < theirs)

    def __le__(self, other):
        return self._compared(other, lambda mine, theirs: mine <= theirs)

    def __gt__(self, other):
        return self._compared(other, lambda mine, theirs: mine > theirs)

    def __ge__(self, other):
        return self._compared(other, lambda mine, theirs: mine >= theirs)

    def __hash__(self):
        return hash((self._days, self._seconds, self._microseconds))

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

timedelta.min, timedelta.max = timedelta(-999999999), timedelta(999999999, 86399, 999999)

def _total_us(value):
    # A timedelta's length in microseconds; None for any other operand.
    return value._to_us() if isinstance(value, timedelta) else None
timedelta.resolution = timedelta(microseconds=1)

class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
        if dtdst:
            return dt + dtdst
        return dt

def _offset_text(off, sep=":"):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off._to_us(), 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, us = divmod(rest, 1000000)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s

class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s" % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not %r." % (offset,))
        self._offset = offset
        self._name = name

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        cls = type(self)
        shown = [repr(self._offset)] if self._name is None else [repr(self._offset), repr(self._name)]
        return "%s.%s(%s)" % (cls.__module__, cls.__qualname__, ", ".join(shown))

    # Zones are equal (and hash alike) by offset alone; the name does not count.
    def __eq__(self, other):
        return self._offset == other._offset if isinstance(other, timezone) else NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def utcoffset(self, dt):
        return self._offset

    def __str__(self):
        return self.tzname(None)

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset)

    def dst(self, dt):
        return None

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset   # a fixed offset: no DST to resolve

timezone.utc = timezone(timedelta(0))
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc

def _check_date(year, month, day):
    year, month, day = map(_index, (year, month, day))
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _timeutil._days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day

class IsoCalendarDate:
    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    year = property(lambda self: self._t[0])
    week = property(lambda self: self._t[1])
    weekday = property(lambda self: self._t[2])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        return self._t == tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._t

class date:
    def __init__(self, year, month, day):
        self._year, self._month, self._day = _check_date(year, month, day)

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        tt = _timeutil.localtime(t)
        return cls(tt[0], tt[1], tt[2])

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_loopscope.now())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAX_ORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _timeutil._ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        ymd = _parse_iso_date(date_string)
        if ymd is None:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*ymd)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        if not 1 <= week <= 53:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
        ordinal = _timeutil._iso_week1_monday(year) + (week - 1) * 7 + day - 1
        return cls(*_timeutil._ord2ymd(ordinal))

    def __repr__(self):
        return "%s.%s(%d, %d, %d)" % (self.__class__.__module__, self.__class__.__qualname__,
                                      self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_timeutil._DAYNAMES[self.weekday()], _timeutil._MONTHNAMES[self._month],
                                           self._day, self._year)

    def timetuple(self):
        return _timeutil.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                      self.toordinal() - _timeutil._ymd2ord(self._year, 1, 1) + 1, -1))

    def strftime(self, format):
        if not isinstance(format, str):
            raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
        return _timeutil._format(format, self.timetuple(), 0, "", "")

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        return self.strftime(fmt) if fmt else str(self)   # an empty spec means str()

    def toordinal(self):
        return _timeutil._ymd2ord(self._year, self._month, self._day)

    # Ordinal 1 (0001-01-01) was a Monday.
    def weekday(self):
        return (self.toordinal() - 1) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        return IsoCalendarDate(*_timeutil._isocalendar(self._year, self._month, self._day))

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _cmp_key(self):
        return (self._year, self._month, self._day)

    def _comparable(self, other):
        return isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime)

    def __eq__(self, other):
        if self._comparable(other):
            return self._cmp_key() == other._cmp_key()
        return NotImplemented

    def __ne__(self, other):
        if self._comparable(other):
            return self._cmp_key() != other._cmp_key()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._cmp_key() < other._cmp_key()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._cmp_key() <= other._cmp_key()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._cmp_key() > other._cmp_key()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._cmp_key() >= other._cmp_key()
        return NotImplemented

    def __hash__(self):
        return hash(self._cmp_key())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # Only whole days move a date; the rest of the delta is ignored.
        ordinal = self.toordinal() + other.days
        if not 0 < ordinal <= _MAX_ORDINAL:
            raise OverflowError("date value out of range")
        return type(self).fromordinal(ordinal)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())   # days between
        if isinstance(other, timedelta):
            return self + timedelta(days=-other.days)
        return NotImplemented

date.min, date.max = date(1, 1, 1), date(9999, 12, 31)
date.resolution = timedelta(days=1)

def _parse_iso_date(s):
    if len(s) == 10 and s[4] == "-" and s[7] == "-":
        parts = (s[0:4], s[5:7], s[8:10])
    elif len(s) == 8 and s.isdigit():
        parts = (s[0:4], s[4:6], s[6:8])
    else:
        return None
    if not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)
"""#
}
