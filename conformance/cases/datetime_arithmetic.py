# timedelta normalisation, str/repr, arithmetic and comparisons; date/datetime arithmetic and ordering.
from datetime import date, datetime, time, timedelta, timezone, UTC

for td in [timedelta(0), timedelta(days=1, hours=1), timedelta(seconds=-1), timedelta(minutes=90.5),
           timedelta(weeks=2, milliseconds=1500), timedelta(microseconds=-1), timedelta(days=-2, seconds=30),
           timedelta(hours=1.5, microseconds=0.4)]:
    print(repr(td), "|", td, "|", td.days, td.seconds, td.microseconds, td.total_seconds())
a, b = timedelta(hours=3), timedelta(minutes=45)
print(a + b, a - b, b - a, -a, abs(b - a), a * 2, 3 * b, a / 4, a / b, a // b, a % b, divmod(a, b), b * 0.5)
print(a > b, a == timedelta(seconds=10800), a != b, bool(timedelta()), sorted([a, b, -b])[0], max(a, b))
print(timedelta.max, timedelta.min, timedelta.resolution)

d = date(2024, 2, 28)
print(d + timedelta(days=1), d + timedelta(days=2), date(2024, 3, 1) - d, d - timedelta(weeks=9))
print(d.replace(day=1), d.toordinal(), date.fromordinal(738944), d.weekday(), tuple(d.isocalendar()), d.isocalendar().week)
print(d.ctime(), d.strftime("%A %d %B %Y (%j)"), d.timetuple().tm_yday, date.fromisoformat("2023-12-31"))
print(date(2023, 1, 1) < d, d == date(2024, 2, 28), date.min, date.max, hash(d) == hash(date(2024, 2, 28)))

dt = datetime(2024, 2, 29, 23, 30, 15, 250)
print(repr(dt), dt + timedelta(minutes=45), dt - datetime(2024, 1, 1), repr(dt.date()), repr(dt.time()))
print(datetime.combine(d, time(8, 5)), repr(datetime(2024, 1, 1, 12)), repr(datetime(2024, 1, 1, 0, 0, 5)))
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
print(repr(aware), aware, aware.utcoffset(), aware.tzname(), aware.astimezone(UTC), aware.timestamp())
print(repr(timezone(timedelta(hours=-5), "EST")), timezone(timedelta(hours=5, minutes=30)), timezone.utc, UTC is timezone.utc)
print(aware == datetime(2024, 6, 1, 10, tzinfo=UTC), dt == aware, aware.strftime("%H:%M %z %Z"))
print(repr(time(9, 30)), time(9, 30, 5, 12), time(23, 59).isoformat("minutes"), time(7) < time(8), repr(time.max))
print(datetime.fromisoformat("2024-03-15T10:20:30.500+01:00"), repr(datetime.fromisoformat("2024-03-15")))
print(datetime.strptime("2024-03-15 07:08:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("15 Mar 24 3PM", "%d %b %y %I%p"))
