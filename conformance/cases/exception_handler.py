# set_exception_handler / call_exception_handler / default_exception_handler.
import asyncio

def handler(loop, context):
    print("handler got:", context["message"], type(context.get("exception")).__name__)

def boom():
    raise ValueError("bad callback")

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(boom)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "custom report"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "to the default handler"})

asyncio.run(main())
