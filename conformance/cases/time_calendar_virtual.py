# time.gmtime/localtime/strftime/ctime/asctime/mktime read the virtual clock, in UTC.
import time

t = time.gmtime()
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], t[-1])
print(time.localtime() == time.gmtime(), len(t), tuple(t)[:3], time.localtime().tm_zone)
print(time.strftime("%Y-%m-%d %H:%M:%S"))
print(time.ctime(), "|", time.asctime(), "|", time.ctime(0))
time.sleep(86400 * 47 + 3600 * 5 + 61.75)
print(time.strftime("%a %A %b %B %d %j %U %W %w %u %y %I %p %M %S %Z %z %%"))
print(time.strftime("%c | %x | %X | %D | %T | %F | %R | %e | %G-W%V"))
print(time.strftime("%H:%M", time.gmtime(1_000_000_000)), time.gmtime(1_000_000_000.9).tm_sec)
print(time.mktime(time.localtime(1_700_000_123)), time.asctime(time.gmtime(951782400)))
print(time.strftime("%Y/%m/%d", (2024, 2, 29, 0, 0, 0, 3, 60, 0)))
for bad in [lambda: time.strftime("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.gmtime("x"),
            lambda: time.strftime("%Y", (1, 2, 3))]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
