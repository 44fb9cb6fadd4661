# Done callbacks run in registration order, each via call_soon, with the future.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("first sees", f.result()))
    fut.add_done_callback(lambda f: print("second sees", f.result()))

    def third(f):
        print("third sees", f.result())

    fut.add_done_callback(third)
    fut.add_done_callback(third)
    print("removed", fut.remove_done_callback(third))
    fut.set_result("ok")
    print("set_result returned; callbacks not run yet")
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: print("late callback", f.done()))
    print("added late")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
