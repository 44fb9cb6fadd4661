# asyncio's protocol and transport base classes: subclassing, the base methods, the MROs, the streams' exceptions.
import asyncio
import asyncio.subprocess
from asyncio import BaseProtocol, Protocol, Transport, StreamReader, StreamWriter
from asyncio import tasks


class MemoryTransport(asyncio.Transport):
    """A transport that keeps what is written, with no socket behind it."""

    def __init__(self, peer):
        super().__init__({"peername": peer})
        self.sent = []
        self.closed = False

    def write(self, data):
        self.sent.append(data)

    def close(self):
        self.closed = True

    def is_closing(self):
        return self.closed


class Shout(asyncio.Protocol):
    def connection_made(self, transport):
        self.transport = transport
        print("connected to", transport.get_extra_info("peername"))

    def data_received(self, data):
        self.transport.writelines([data.upper(), b"!"])
        if data == b"bye":
            self.transport.close()


proto = Shout()
wire = MemoryTransport(("127.0.0.1", 8888))
proto.connection_made(wire)
for chunk in (b"hello", b"bye"):
    proto.data_received(chunk)
print(wire.sent, wire.is_closing(), wire.get_extra_info("sockname", "none"))
print(proto.eof_received(), proto.connection_lost(None), BaseProtocol().pause_writing())

for cls in (Protocol, asyncio.BufferedProtocol, asyncio.DatagramProtocol, asyncio.SubprocessProtocol,
            Transport, asyncio.DatagramTransport, asyncio.SubprocessTransport, StreamReader, StreamWriter):
    print(cls, [c.__name__ for c in cls.__mro__[1:]])

try:
    asyncio.ReadTransport().pause_reading()
except NotImplementedError:
    print("ReadTransport.pause_reading is abstract")

err = asyncio.IncompleteReadError(b"abc", 10)
print(err, err.partial, err.expected, isinstance(err, EOFError))
print(asyncio.IncompleteReadError(b"", None))
over = asyncio.LimitOverrunError("separator is not found", 7)
print(over, over.consumed, type(over).__mro__[1].__name__)
print(asyncio.subprocess.PIPE, asyncio.subprocess.STDOUT, asyncio.subprocess.DEVNULL)
print(tasks.all_tasks is asyncio.all_tasks, callable(asyncio.open_connection))
