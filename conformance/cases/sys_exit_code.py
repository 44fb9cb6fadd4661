# sys.exit(3) inside a coroutine ends the program with exit code 3;
# finally blocks still run on the way out.
import asyncio
import sys


async def main():
    try:
        print("about to exit")
        sys.exit(3)
    finally:
        print("finally runs")


asyncio.run(main())
print("not reached")
