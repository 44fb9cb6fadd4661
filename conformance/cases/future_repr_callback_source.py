# A future's repr names each done-callback with where it is defined: the program's functions and asyncio's own (3.11.7 lines).
import asyncio


def on_done(fut):
    pass


class Watcher:
    def seen(self, fut):
        pass


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.add_done_callback(Watcher().seen)
    print(repr(fut).replace(__file__, "FILE"))
    other = loop.create_future()
    gathered = asyncio.gather(other)
    print(other)
    print(repr(asyncio.current_task()).replace(__file__, "FILE"))
    other.set_result(1)
    fut.set_result(2)
    print(await gathered)
    print(asyncio.sleep(0).__class__.__name__)

asyncio.run(main())
