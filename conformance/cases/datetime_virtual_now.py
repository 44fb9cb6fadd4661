# datetime.now()/today()/utcnow() read the virtual clock (UTC); sleeps move them; reprs and str as CPython.
import asyncio
import time
from datetime import date, datetime, timedelta, timezone

start = datetime.now()
print(repr(start), str(start), start.isoformat())
print(date.today(), repr(date.today()), datetime.utcnow() == start, datetime.today() == start)
print(repr(datetime.now(timezone.utc)), datetime.now(tz=timezone.utc))


async def tick(n):
    await asyncio.sleep(n * 0.75)
    stamp = datetime.now()
    print(n, stamp.strftime("%H:%M:%S.%f"), stamp - start, (stamp - start).total_seconds())


async def main():
    await asyncio.gather(*(tick(n) for n in range(3)))


asyncio.run(main())
time.sleep(3600 * 30)
later = datetime.now()
print(later, later - start, later.date() - start.date(), later.weekday(), later.isoweekday())
print(later.timestamp(), datetime.fromtimestamp(time.time()) == later, datetime.fromtimestamp(0))
print(later.isoformat(timespec="minutes"), later.isoformat(" ", "milliseconds"), later.ctime())
print(datetime.fromtimestamp(1_700_000_000.123456), repr(datetime.fromtimestamp(1_700_000_000.5, timezone.utc)))
print(f"{later:%Y/%m/%d %I%p}", "{:%d %B %Y}".format(later.date()), format(later, ""))
