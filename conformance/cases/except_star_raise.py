# except*: exceptions raised in handlers join what was not handled; uncaught groups print a box.
def work():
    raise ExceptionGroup("batch", [ValueError("v"), OSError("o"), ExceptionGroup("inner", [KeyError("k")])])

try:
    try:
        work()
    except* ValueError as g:
        raise RuntimeError("replaced") from None
    except* KeyError:
        print("keys handled")
except ExceptionGroup as eg:
    print(repr(eg))

try:
    try:
        work()
    except* OSError:
        raise
except ExceptionGroup as eg:
    print("re-raised keeps the nesting:", repr(eg))

try:
    raise ValueError("plain")
except* TypeError:
    print("not reached")
except ValueError as e:
    print("an unmatched naked exception stays naked:", repr(e))
