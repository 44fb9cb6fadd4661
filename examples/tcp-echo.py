"""A TCP echo server and three clients on 127.0.0.1, in one program.

Record it under real CPython and watch the lanes:

    loopscope record examples/tcp-echo.py && loopscope tcp-echo-events.jsonl
    loopscope watch examples/tcp-echo.py

The server's handler tasks wait on StreamReader reads, the clients on
reads and on StreamWriter.drain(); the loop waits in select for the kernel.
"""

import asyncio
import sys

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 3


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def client(name, port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for i in range(ROUNDS):
        writer.write(f"{name} says {i}\n".encode())
        await writer.drain()
        reply = await reader.readline()
        if i == ROUNDS - 1:
            print(reply.decode().strip())
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(*(client(name, port) for name in ("ada", "bob", "cy")))


asyncio.run(main())
