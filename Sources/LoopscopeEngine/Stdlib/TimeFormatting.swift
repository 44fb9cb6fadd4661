// `time.gmtime`/`localtime`/`strftime`/`asctime`/`ctime`/`mktime` and
// `struct_time` on the virtual clock, always in UTC (a sandboxed run has
// no time zone). `_timeutil` also holds the calendar arithmetic and the
// strftime engine datetime uses.

extension StdlibSources {
    static let timeutil = #"""
import _loopscope

_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
_EPOCH_ORDINAL = 719163

def _is_leap(year):
    # Gregorian: every fourth year, but of the century years only every fourth.
    return year % 400 == 0 if year % 100 == 0 else year % 4 == 0

def _days_in_month(year, month):
    return 29 if month == 2 and _is_leap(year) else _DAYS_IN_MONTH[month]

def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400

def _days_before_month(year, month):
    leap_day = 1 if month > 2 and _is_leap(year) else 0
    return _DAYS_BEFORE_MONTH[month] + leap_day

def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day

def _ord2ymd(n):
    # Whole 400-, 100-, 4- and 1-year cycles, then the month.
    n -= 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    month = (n + 50) >> 5
    preceding = _days_before_month(year, month)
    if preceding > n:
        month -= 1
        preceding -= _days_in_month(year, month)
    return year, month, n - preceding + 1

def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:
        monday += 7
    return monday

def _isocalendar(year, month, day):
    today = _ymd2ord(year, month, day)
    week1 = _iso_week1_monday(year)
    week, day = divmod(today - week1, 7)
    if week < 0:
        year -= 1
        week1 = _iso_week1_monday(year)
        week, day = divmod(today - week1, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1

class struct_time:
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0
    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")

    def __init__(self, seq, zone=None, gmtoff=None):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        if len(seq) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence given)" % len(seq))
        self._t = seq[:9]
        self.tm_zone = seq[9] if len(seq) > 9 else zone
        self.tm_gmtoff = seq[10] if len(seq) > 10 else gmtoff

    tm_year = property(lambda self: self._t[0])
    tm_mon = property(lambda self: self._t[1])
    tm_mday = property(lambda self: self._t[2])
    tm_hour = property(lambda self: self._t[3])
    tm_min = property(lambda self: self._t[4])
    tm_sec = property(lambda self: self._t[5])
    tm_wday = property(lambda self: self._t[6])
    tm_yday = property(lambda self: self._t[7])
    tm_isdst = property(lambda self: self._t[8])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 9

    def __iter__(self):
        return iter(self._t)

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __lt__(self, other):
        return self._t < tuple(other)

    def __hash__(self):
        return hash(self._t)

    def __reduce__(self):
        return (struct_time, (self._t,))

    def __repr__(self):
        fields = ", ".join("%s=%r" % (n, v) for n, v in zip(self._names, self._t))
        return "time.struct_time(" + fields + ")"

struct_time.__module__ = "time"

def _seconds(secs, name):
    if secs is None:
        return _loopscope.now()
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(secs).__name__)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    return secs

def gmtime(secs=None):
    secs = _seconds(secs, "gmtime")
    whole = int(secs // 1)
    days, rem = divmod(whole, 86400)
    ordinal = days + _EPOCH_ORDINAL
    if ordinal < 1 or ordinal > 3652059:
        raise OverflowError("timestamp out of range for platform time_t")
    y, m, d = _ord2ymd(ordinal)
    hh, rem = divmod(rem, 3600)
    mm, ss = divmod(rem, 60)
    yday = ordinal - _ymd2ord(y, 1, 1) + 1
    return struct_time((y, m, d, hh, mm, ss, (ordinal + 6) % 7, yday, 0), "GMT", 0)

def localtime(secs=None):
    # The sandbox's local time zone is UTC.
    t = gmtime(secs)
    t.tm_zone = "UTC"
    return t

def _checked_tuple(t, fname):
    if t is None:
        return localtime()
    if isinstance(t, struct_time):
        return t
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % fname)
    return struct_time(t)

def timegm(t):
    y, m, d, hh, mm, ss = t[0], t[1], t[2], t[3], t[4], t[5]
    days = _ymd2ord(y, 1, 1) - _EPOCH_ORDINAL + _days_before_month(y, m) + d - 1
    return ((days * 24 + hh) * 60 + mm) * 60 + ss

def mktime(t):
    if not isinstance(t, (tuple, struct_time)):
        raise TypeError("Tuple or struct_time argument required")
    return float(timegm(t))

def asctime(t=None):
    t = _checked_tuple(t, "asctime")
    return "%s %s%3d %02d:%02d:%02d %d" % (_DAYNAMES[t[6] % 7], _MONTHNAMES[t[1]], t[2], t[3], t[4], t[5], t[0])

def ctime(secs=None):
    return asctime(localtime(secs))

def _pad(value, width, flag, fill="0"):
    s = str(value)
    if flag == "-":
        return s
    if flag == "_":
        fill = " "
    elif flag == "0":
        fill = "0"
    return s.rjust(width, fill)

def _format(fmt, t, micro=None, offset="+0000", zone="UTC"):
    # C-locale strftime with glibc's `-`, `_`, `0` padding flags; `%f`
    # (microseconds) only for datetime objects.
    y, mo, d, hh, mi, ss, wd, yd = t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7]
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        i += 1
        flag = ""
        if fmt[i] in "-_0^#" and i + 1 < n:
            flag = fmt[i]
            i += 1
        c = fmt[i]
        i += 1
        if c == "Y":
            out.append(_pad(y, 1, flag) if flag else str(y))
        elif c == "m":
            out.append(_pad(mo, 2, flag))
        elif c == "d":
            out.append(_pad(d, 2, flag))
        elif c == "e":
            out.append(_pad(d, 2, flag or "_"))
        elif c == "H":
            out.append(_pad(hh, 2, flag))
        elif c == "k":
            out.append(_pad(hh, 2, flag or "_"))
        elif c == "I":
            out.append(_pad(hh % 12 or 12, 2, flag))
        elif c == "l":
            out.append(_pad(hh % 12 or 12, 2, flag or "_"))
        elif c == "M":
            out.append(_pad(mi, 2, flag))
        elif c == "S":
            out.append(_pad(ss, 2, flag))
        elif c == "f" and micro is not None:
            out.append("%06d" % micro)
        elif c == "y":
            out.append(_pad(y % 100, 2, flag))
        elif c == "C":
            out.append(_pad(y // 100, 2, flag))
        elif c == "j":
            out.append(_pad(yd, 3, flag))
        elif c == "a":
            out.append(_DAYNAMES[wd % 7].upper() if flag == "^" else _DAYNAMES[wd % 7])
        elif c == "A":
            out.append(_FULLDAYNAMES[wd % 7].upper() if flag == "^" else _FULLDAYNAMES[wd % 7])
        elif c == "b" or c == "h":
            out.append(_MONTHNAMES[mo].upper() if flag == "^" else _MONTHNAMES[mo])
        elif c == "B":
            out.append(_FULLMONTHNAMES[mo].upper() if flag == "^" else _FULLMONTHNAMES[mo])
        elif c == "p":
            out.append("AM" if hh < 12 else "PM")
        elif c == "P":
            out.append("am" if hh < 12 else "pm")
        elif c == "w":
            out.append(str((wd + 1) % 7))
        elif c == "u":
            out.append(str(wd % 7 + 1))
        elif c == "U":
            out.append(_pad((yd - 1 + 7 - (wd + 1) % 7) // 7, 2, flag))
        elif c == "W":
            out.append(_pad((yd - 1 + 7 - wd % 7) // 7, 2, flag))
        elif c in "GgV":
            iy, iw, _ = _isocalendar(y, mo, d)
            if c == "G":
                out.append(str(iy))
            elif c == "g":
                out.append(_pad(iy % 100, 2, flag))
            else:
                out.append(_pad(iw, 2, flag))
        elif c == "c":
            out.append(_format("%a %b %e %H:%M:%S %Y", t))
        elif c == "x" or c == "D":
            out.append(_format("%m/%d/%y", t))
        elif c == "X" or c == "T":
            out.append(_format("%H:%M:%S", t))
        elif c == "F":
            out.append(_format("%Y-%m-%d", t))
        elif c == "R":
            out.append(_format("%H:%M", t))
        elif c == "r":
            out.append(_format("%I:%M:%S %p", t))
        elif c == "s":
            out.append(str(timegm(t)))
        elif c == "z":
            out.append(offset)
        elif c == "Z":
            out.append(zone)
        elif c == "n":
            out.append("\n")
        elif c == "t":
            out.append("\t")
        elif c == "%":
            out.append("%")
        else:
            out.append("%" + flag + c)
    return "".join(out)

def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    t = _checked_tuple(t, "strftime")
    if not 1 <= t[1] <= 12:
        raise ValueError("month out of range")
    if not 1 <= t[2] <= 31 and t[2] != 0:
        raise ValueError("day of month out of range")
    if not 0 <= t[3] <= 23:
        raise ValueError("hour out of range")
    if not 0 <= t[4] <= 59:
        raise ValueError("minute out of range")
    if not 0 <= t[5] <= 61:
        raise ValueError("seconds out of range")
    zone = getattr(t, "tm_zone", None) or "UTC"
    return _format(format, t, zone=zone)
"""#
}

extension Interpreter {
    /// The names `import time` takes from `_timeutil`.
    func timeFormattingFunctions() throws -> [(String, Value)] {
        guard let m = try cachedStdlibModule("_timeutil") else { return [] }
        return ["gmtime", "localtime", "strftime", "asctime", "ctime", "mktime", "struct_time"].compactMap { name in
            m.namespace[name].map { (name, $0) }
        }
    }
}
