# What loopscope hands to `python3 -c`, before the recorder:
#
#     python3 -c <this file> KEY <loopscope_recorder.py> PROGRAM.py ARGS...
#
# 1. Checks the interpreter, in a syntax every Python since 2.6 parses (the
#    recorder needs 3.8): one too old, or not CPython, writes four zero bytes
#    (a frame length the recorder never sends) and its answer, "3.7 cpython",
#    on the events pipe, and ends without running the program. loopscope
#    turns that into its usage error naming --python. This replaced a
#    separate probe process before every recording (~11 ms of CPU).
# 2. Compiles the recorder, or loads it compiled: parsing and compiling its
#    source is ~55 million instructions (~10 ms) at every start. The code
#    object is kept as marshal data in $XDG_CACHE_HOME/loopscope (default
#    ~/.cache/loopscope), one file per recorder version (KEY, a hash of its
#    source) and interpreter (cache tag and bytecode magic number), the way
#    CPython keeps .pyc files. It is read only if it is a regular file owned
#    by this user that no one else can write; it is written with a fresh name
#    and renamed into place, and older versions for the same interpreter are
#    removed then. LOOPSCOPE_NO_CACHE=1 (any non-empty value) turns the cache
#    off. Anything that fails (no home, a read-only disk, a damaged file)
#    means compiling, as before: the cache only ever saves time.
import sys, os
_v = sys.version_info
_i = getattr(getattr(sys, 'implementation', None), 'name', 'cpython')
if _v < (3, 8) or _i != 'cpython':
    os.write(int(os.environ['LOOPSCOPE_EVENTS_FD']),
             ('\0\0\0\0%d.%d %s' % (_v[0], _v[1], _i)).encode('ascii'))
    os._exit(2)


def _loopscope_recorder(key, source):
    try:
        import marshal
        from _frozen_importlib_external import MAGIC_NUMBER
        tag = sys.implementation.cache_tag
        home = os.environ.get('XDG_CACHE_HOME') or os.path.join(os.path.expanduser('~'), '.cache')
        folder = os.path.join(home, 'loopscope')
        suffix = '-%s-%s.bin' % (tag, MAGIC_NUMBER.hex())
        path = os.path.join(folder, 'recorder-' + key + suffix)
    except Exception:
        tag = None
    if tag is None or not os.path.isabs(folder) or os.environ.get('LOOPSCOPE_NO_CACHE'):
        return compile(source, '<string>', 'exec')
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        try:
            info = os.fstat(fd)
            chunks = []
            if (info.st_uid == os.getuid() and not info.st_mode & 0o022
                    and (info.st_mode & 0o170000) == 0o100000):
                while True:
                    chunk = os.read(fd, 1 << 16)
                    if not chunk:
                        break
                    chunks.append(chunk)
        finally:
            os.close(fd)
        code = marshal.loads(b''.join(chunks))
        if type(code) is type(_loopscope_recorder.__code__):
            return code
    except Exception:
        pass
    code = compile(source, '<string>', 'exec')
    scratch = '%s.%d.tmp' % (path, os.getpid())
    try:
        os.makedirs(folder, 0o700, exist_ok=True)
        data = marshal.dumps(code)
        fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        try:
            while data:
                data = data[os.write(fd, data):]
        finally:
            os.close(fd)
        os.replace(scratch, path)
        for name in os.listdir(folder):
            if name.startswith('recorder-') and name.endswith(suffix) and name != os.path.basename(path):
                os.unlink(os.path.join(folder, name))
    except Exception:
        try:
            os.unlink(scratch)
        except Exception:
            pass
    return code


_loopscope_code = _loopscope_recorder(sys.argv.pop(1), sys.argv.pop(1))
del _v, _i, _loopscope_recorder
exec(_loopscope_code)
