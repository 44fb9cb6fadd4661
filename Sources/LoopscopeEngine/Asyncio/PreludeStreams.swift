// asyncio's network and subprocess surface, as far as a sandbox has it.
// The protocol and transport base classes are plain classes in CPython 3.11
// (protocols.py, transports.py): programs subclass them and name them in
// annotations, so they exist and behave as CPython's. Everything that would
// open a connection, a server or a process raises PermissionError naming
// the sandbox; the coroutine functions raise when awaited, as CPython's
// fail (a refused connection) at the await.
extension AsyncioPrelude {
    static let streams = #"""
import _loopscope

class BaseProtocol:
    __module__ = 'asyncio.protocols'
    def connection_made(self, transport):
        pass
    def connection_lost(self, exc):
        pass
    def pause_writing(self):
        pass
    def resume_writing(self):
        pass

class Protocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    def data_received(self, data):
        pass
    def eof_received(self):
        pass

class BufferedProtocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    def get_buffer(self, sizehint):
        pass
    def buffer_updated(self, nbytes):
        pass
    def eof_received(self):
        pass

class DatagramProtocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    def datagram_received(self, data, addr):
        pass
    def error_received(self, exc):
        pass

class SubprocessProtocol(BaseProtocol):
    __module__ = 'asyncio.protocols'
    def pipe_data_received(self, fd, data):
        pass
    def pipe_connection_lost(self, fd, exc):
        pass
    def process_exited(self):
        pass

class BaseTransport:
    __module__ = 'asyncio.transports'
    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra
    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)
    def is_closing(self):
        raise NotImplementedError
    def close(self):
        raise NotImplementedError
    def set_protocol(self, protocol):
        raise NotImplementedError
    def get_protocol(self):
        raise NotImplementedError

class ReadTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    def is_reading(self):
        raise NotImplementedError
    def pause_reading(self):
        raise NotImplementedError
    def resume_reading(self):
        raise NotImplementedError

class WriteTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    def write(self, data):
        raise NotImplementedError
    def writelines(self, list_of_data):
        self.write(b''.join(list_of_data))
    def write_eof(self):
        raise NotImplementedError
    def can_write_eof(self):
        raise NotImplementedError
    def abort(self):
        raise NotImplementedError

class Transport(ReadTransport, WriteTransport):
    __module__ = 'asyncio.transports'

class DatagramTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    def sendto(self, data, addr=None):
        raise NotImplementedError
    def abort(self):
        raise NotImplementedError

class SubprocessTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    def get_pid(self):
        raise NotImplementedError
    def get_returncode(self):
        raise NotImplementedError

class StreamReader:
    __module__ = 'asyncio.streams'
    def __init__(self, *args, **kwargs):
        _loopscope.sandbox("asyncio.StreamReader()")

class StreamWriter:
    __module__ = 'asyncio.streams'
    def __init__(self, *args, **kwargs):
        _loopscope.sandbox("asyncio.StreamWriter()")

class StreamReaderProtocol(Protocol):
    __module__ = 'asyncio.streams'
    def __init__(self, *args, **kwargs):
        _loopscope.sandbox("asyncio.StreamReaderProtocol()")

class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'
    def __init__(self, partial, expected):
        self.partial, self.expected = partial, expected
        total = 'undefined' if expected is None else repr(expected)
        EOFError.__init__(self, '%d bytes read on a total of %s expected bytes' % (len(partial), total))

class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'
    def __init__(self, message, consumed):
        Exception.__init__(self, message)
        self.consumed = consumed   # how many bytes the caller should skip

async def open_connection(host=None, port=None, *, limit=2**16, **kwds):
    _loopscope.sandbox("asyncio.open_connection()")

async def start_server(client_connected_cb, host=None, port=None, *, limit=2**16, **kwds):
    _loopscope.sandbox("asyncio.start_server()")

async def open_unix_connection(path=None, *, limit=2**16, **kwds):
    _loopscope.sandbox("asyncio.open_unix_connection()")

async def start_unix_server(client_connected_cb, path=None, *, limit=2**16, **kwds):
    _loopscope.sandbox("asyncio.start_unix_server()")

async def create_subprocess_exec(program, *args, stdin=None, stdout=None, stderr=None, limit=2**16, **kwds):
    _loopscope.sandbox("asyncio.create_subprocess_exec()")

async def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None, limit=2**16, **kwds):
    _loopscope.sandbox("asyncio.create_subprocess_shell()")
"""#
}
