# The primer's create_task example. Its "expected output" is wrong: a new
# task only starts once main yields, so "continues" prints before "started".
import asyncio


async def background_task():
    print("Background task started...")
    await asyncio.sleep(3)
    print("Background task completed!")


async def main():
    print("Main function started")
    task = asyncio.create_task(background_task())
    print("Main function continues while background task runs...")
    await asyncio.sleep(1)
    print("Main function doing other work...")
    await task
    print("Main function completed")


asyncio.run(main())
