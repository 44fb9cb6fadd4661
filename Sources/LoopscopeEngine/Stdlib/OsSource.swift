// `import os` in the sandbox: the constants and pure string functions work,
// `getpid()` is a fixed fake pid, `environ` is empty and read-only, and
// every call that would touch files, processes or the network raises
// PermissionError naming the sandbox.

extension StdlibSources {
    static let os = osCore + refusedOsFunctions.map { "\($0) = _refuse(\"\($0)\")\n" }.joined()

    /// Every one of these raises PermissionError naming the sandbox.
    static let refusedOsFunctions = [
        "listdir", "scandir", "walk", "mkdir", "makedirs", "remove", "unlink", "rmdir", "removedirs",
        "rename", "renames", "replace", "stat", "lstat", "chdir", "getcwd", "chmod", "chown", "open",
        "close", "read", "write", "system", "popen", "kill", "fork", "execv", "execvp", "execl",
        "spawnl", "spawnv", "startfile", "getlogin", "urandom", "pipe", "dup", "dup2", "link",
        "symlink", "readlink", "access", "utime", "truncate", "fsync", "killpg", "nice", "abort",
        "_exit", "getuid", "getgid", "geteuid", "getegid", "uname", "get_terminal_size", "times",
        "wait", "waitpid", "setsid", "umask",
    ]

    static let osCore = #"""
import _loopscope
import posixpath as path
import sys

name = "posix"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
error = OSError
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

class _Environ:
    def __getitem__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        _loopscope.sandbox("setting the environment variable %r" % (key,))

    def __delitem__(self, key):
        raise KeyError(key)

    def __contains__(self, key):
        return False

    def __iter__(self):
        return iter(())

    def __len__(self):
        return 0

    def get(self, key, default=None):
        return default

    def keys(self):
        return {}.keys()

    def values(self):
        return {}.values()

    def items(self):
        return {}.items()

    def copy(self):
        return {}

    def setdefault(self, key, value=None):
        _loopscope.sandbox("setting the environment variable %r" % (key,))

    def update(self, *args, **kwargs):
        _loopscope.sandbox("setting environment variables")

    def pop(self, key, *default):
        if default:
            return default[0]
        raise KeyError(key)

    def __repr__(self):
        return "environ({})"

environ = _Environ()

def getenv(key, default=None):
    return default

def putenv(key, value):
    _loopscope.sandbox("os.putenv()")

def getpid():
    return _loopscope.pid

def getppid():
    return _loopscope.pid - 1

def cpu_count():
    return 8

def fspath(p):
    if isinstance(p, str):
        return p
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)

def _refuse(fname):
    def refused(*args, **kwargs):
        _loopscope.sandbox("os.%s()" % fname)
    refused.__name__ = fname
    return refused

"""#

    static let posixpath = #"""
import _loopscope

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False

def _check(p, fname):
    if not isinstance(p, str):
        raise TypeError("%s() argument must be str, bytes, or os.PathLike object, not '%s'" % (fname, type(p).__name__))

def normcase(s):
    _check(s, "normcase")
    return s

def isabs(s):
    _check(s, "isabs")
    return s.startswith("/")

def join(a, *p):
    if not isinstance(a, str):
        raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'" % type(a).__name__)
    path = a
    for b in p:
        if not isinstance(b, str):
            raise TypeError("join() argument must be str, bytes, or os.PathLike object, not '%s'" % type(b).__name__)
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path

def split(p):
    _check(p, "split")
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail

def splitext(p):
    _check(p, "splitext")
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]

def splitdrive(p):
    return p[:0], p

def basename(p):
    _check(p, "basename")
    return p[p.rfind("/") + 1:]

def dirname(p):
    _check(p, "dirname")
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head

def normpath(path):
    _check(path, "normpath")
    if path == "":
        return "."
    initial = 0
    if path.startswith("/"):
        initial = 2 if path.startswith("//") and not path.startswith("///") else 1
    parts = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial and not parts) or (parts and parts[-1] == ".."):
            parts.append(comp)
        elif parts:
            parts.pop()
    path = "/".join(parts)
    if initial:
        path = "/" * initial + path
    return path or "."

def abspath(path):
    _check(path, "abspath")
    if not isabs(path):
        _loopscope.sandbox("the current directory (os.path.abspath of a relative path)")
    return normpath(path)

realpath = abspath

def _shared_start(items):
    # The longest common start of several sequences: the smallest and the
    # largest agree on it, and everything else sorts between those two.
    low, high = min(items), max(items)
    size = 0
    for mine, theirs in zip(low, high):
        if mine != theirs:
            break
        size += 1
    return low if size == len(low) else low[:size]

def commonprefix(m):
    return _shared_start(m) if m else ""

def commonpath(paths):
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    isabs_ = paths[0].startswith("/")
    split_paths = [[c for c in p.split("/") if c and c != "."] for p in paths]
    if any(p.startswith("/") != isabs_ for p in paths):
        raise ValueError("Can't mix absolute and relative paths")
    prefix = "/" if isabs_ else ""
    return prefix + "/".join(_shared_start(split_paths))

def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    if start is None or not isabs(path) or not isabs(start):
        _loopscope.sandbox("the current directory (os.path.relpath)")
    start_list = [x for x in normpath(start).split("/") if x]
    path_list = [x for x in normpath(path).split("/") if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return "."
    return join(*rel_list)

def expanduser(path):
    return path

def expandvars(path):
    return path

def _refuse(fname):
    def refused(*args, **kwargs):
        _loopscope.sandbox("os.path.%s()" % fname)
    refused.__name__ = fname
    return refused

exists = _refuse("exists")
lexists = _refuse("lexists")
isfile = _refuse("isfile")
isdir = _refuse("isdir")
islink = _refuse("islink")
ismount = _refuse("ismount")
getsize = _refuse("getsize")
getmtime = _refuse("getmtime")
getatime = _refuse("getatime")
getctime = _refuse("getctime")
samefile = _refuse("samefile")
"""#

    static let future = #"""
class _Feature:
    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional, self.mandatory = optionalRelease, mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))

all_feature_names = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                     "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]
nested_scopes = _Feature((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), 0x0010)
generators = _Feature((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), 0)
division = _Feature((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x20000)
absolute_import = _Feature((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), 0x40000)
with_statement = _Feature((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), 0x80000)
print_function = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x100000)
unicode_literals = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x200000)
barry_as_FLUFL = _Feature((3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), 0x400000)
generator_stop = _Feature((3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), 0x800000)
annotations = _Feature((3, 7, 0, "beta", 1), None, 0x1000000)
"""#
}
