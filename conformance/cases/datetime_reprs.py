# repr() of time, datetime, date, timedelta and timezone: which trailing zero
# fields are left out, tzinfo and fold, subclasses, and str() of timedelta.
import datetime as dt


class Stamp(dt.datetime):
    pass


utc2 = dt.timezone(dt.timedelta(hours=2), "X")
for t in (dt.time(), dt.time(1, 2), dt.time(1, 2, 3), dt.time(1, 0, 0, 5), dt.time(0, 0, 7),
          dt.time(4, 5, tzinfo=dt.timezone.utc), dt.time(4, 5, 6, fold=1), dt.time.max, dt.time.min):
    print(repr(t))
for d in (dt.datetime(2024, 1, 2), dt.datetime(2024, 1, 2, 3), dt.datetime(2024, 1, 2, 0, 0, 1),
          dt.datetime(2024, 1, 2, 0, 0, 0, 9), dt.datetime(2024, 1, 2, tzinfo=utc2),
          dt.datetime(2024, 1, 2, 5, fold=1, tzinfo=dt.timezone.utc), Stamp(2020, 5, 6, 7, 8),
          dt.datetime.min, dt.datetime.max, dt.date(2024, 3, 4), dt.date.max):
    print(repr(d))
for delta in (dt.timedelta(), dt.timedelta(1), dt.timedelta(seconds=5), dt.timedelta(microseconds=7),
              dt.timedelta(-1, 3), dt.timedelta(days=2, hours=3, microseconds=40), -dt.timedelta(seconds=1),
              dt.timedelta.max, dt.timedelta.min, dt.timedelta.resolution):
    print(repr(delta), str(delta))
print(repr(utc2), repr(dt.timezone.utc), repr(dt.timezone(-dt.timedelta(minutes=90))), str(utc2))
print(dt.datetime(2024, 1, 2, tzinfo=dt.timezone.utc).timestamp(), dt.datetime.resolution, dt.time.resolution)
