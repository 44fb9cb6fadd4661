# OSError(errno, strerror) becomes the subclass its errno names, and keeps a
# filename out of args; a subclass called directly stays itself.
for code in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 114, 115, 108, 28, 9]:
    e = OSError(code, "why")
    print(code, type(e).__name__, e.errno, e.strerror, e.args, str(e))

e = OSError(2, "No such file or directory", "notes.txt")
print(type(e).__name__, e.args, repr(e), str(e), e.filename, e.filename2)
e = OSError(1, "Operation not permitted", "a", None, "b")
print(type(e).__name__, e.args, str(e), e.filename, e.filename2)
e = OSError(2, "gone", None)
print(e.args, str(e), e.filename)
e = OSError(2)
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename)
e = OSError("a", "b")
print(type(e).__name__, str(e), e.errno)
e = OSError(True, "b")
print(type(e).__name__)
e = OSError(2, "b", 3, 4, 5, 6)
print(type(e).__name__, e.errno, str(e))

class AppError(OSError):
    pass

print(type(AppError(2, "x")).__name__, type(FileNotFoundError(13, "x")).__name__)

try:
    raise OSError(17, "File exists", "out")
except FileExistsError as caught:
    print("caught", caught, caught.filename)

for cls in [BlockingIOError, ChildProcessError, ConnectionAbortedError, ConnectionRefusedError,
            ConnectionResetError, FileExistsError, InterruptedError, IsADirectoryError,
            NotADirectoryError, ProcessLookupError, BrokenPipeError, TimeoutError]:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:]])
print(IOError is OSError, EnvironmentError is OSError)
raise OSError(21, "Is a directory", "docs")
