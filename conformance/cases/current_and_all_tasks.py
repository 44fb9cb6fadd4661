# current_task() is the running task; all_tasks() the unfinished ones.
import asyncio


async def child():
    print("child runs as", asyncio.current_task().get_name())
    await asyncio.sleep(1)


async def main():
    me = asyncio.current_task()
    print("main is", me.get_name(), me.get_coro().__name__)
    kids = [asyncio.create_task(child()) for _ in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(len(names), names)
    await asyncio.gather(*kids)
    print([t.get_name() for t in asyncio.all_tasks()])
    print(me in asyncio.all_tasks())


print("outside any loop:", asyncio.run(asyncio.sleep(0, "x")))
asyncio.run(main())
