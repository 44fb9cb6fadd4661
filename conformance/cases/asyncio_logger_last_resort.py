# Unconfigured, asyncio's reports reach stderr through logging's last resort: the message alone, WARNING and up.
import asyncio

def broken():
    return {}["key"]

async def fail():
    raise ValueError("nobody asked")

async def forever():
    await asyncio.sleep(100)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(broken)
    asyncio.create_task(fail())
    await asyncio.sleep(0.1)
    print("  main goes on")
    loop.call_exception_handler({"message": "a report", "where": "main"})

print("logging not imported")
asyncio.run(main())
print("logging imported, not configured")
import logging
asyncio.run(main())
print("a pending task left behind")
loop = asyncio.new_event_loop()
loop.create_task(forever(), name="stuck")
loop.run_until_complete(asyncio.sleep(1))
print("end")
