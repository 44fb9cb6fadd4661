# Programs fill objects through their __dict__: settings objects built from
# keyword arguments, vars() edited in place, attributes deleted through it.
import asyncio


class Settings:
    def __init__(self, **options):
        self.__dict__.update(options)

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Settings({fields})"


class Record(dict):
    def __init__(self, **fields):
        super().__init__(fields)
        vars(self)["created"] = "now"


async def configure(settings, key, value, delay):
    await asyncio.sleep(delay)
    vars(settings)[key] = value
    return key


async def main():
    s = Settings(host="localhost", port=8080)
    done = await asyncio.gather(configure(s, "timeout", 5, 0.2), configure(s, "retries", 3, 0.1))
    print(done, s, s.timeout, s.retries)
    s.__dict__.setdefault("debug", False)
    del s.__dict__["port"]
    print(s, hasattr(s, "port"), s.debug)
    print(s.__dict__.pop("debug"), vars(s), "debug" in vars(s))
    r = Record(a=1)
    print(r, r.created, vars(r))
    snapshot = vars(s)
    snapshot.clear()
    print(vars(s), s)


asyncio.run(main())
