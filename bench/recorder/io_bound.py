"""An I/O-bound program: clients fetch from a server that takes 2 ms per reply."""
import asyncio


async def handle(reader, writer):
    while line := await reader.readline():
        await asyncio.sleep(0.002)  # the "database"
        writer.write(line)
        await writer.drain()
    writer.close()


async def client(port, rounds):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for i in range(rounds):
        writer.write(b"x" * 100 + b"\n")
        await writer.drain()
        await reader.readline()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        await asyncio.gather(*(client(port, 200) for _ in range(20)))


asyncio.run(main())
