# Exception subclasses with extra attributes; str and repr of exceptions.
class AppError(Exception):
    pass


class HttpError(AppError):
    def __init__(self, status, reason):
        super().__init__(f"{status} {reason}")
        self.status = status
        self.reason = reason


try:
    raise HttpError(404, "Not Found")
except AppError as e:
    print(type(e).__name__, e.status, e.reason, str(e), repr(e), e.args)

for exc in [ValueError("bad"), KeyError("k"), Exception(), RuntimeError("a", 2), AppError()]:
    print(repr(exc), "|", str(exc), "|", exc.args)

try:
    try:
        {}["x"]
    except (KeyError, IndexError) as e:
        print("caught", type(e).__name__)
        raise
except LookupError as e:
    print("re-raised as LookupError subclass:", repr(e))

raise HttpError(500, "Internal Server Error")
