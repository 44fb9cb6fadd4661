# simplefilter / filterwarnings / catch_warnings: error, ignore, always, once and message patterns.
import warnings


def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)


with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        emit("now an exception", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", repr(e))

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    emit("a")
    emit("a")
    warnings.filterwarnings("ignore", message="noisy")
    emit("noisy one")
    emit("Noisy two")
    emit("not noisy")
    warnings.filterwarnings("ignore", category=DeprecationWarning)
    emit("dep", DeprecationWarning)
    emit("pending", PendingDeprecationWarning)
    print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(2):
        emit("same text")
        warnings.warn("same text")
    print(len(log), log[0].filename.endswith(".py"))

for bad in [("sometimes",), ("error", 5), ("error", "", int)]:
    try:
        warnings.filterwarnings(*bad)
    except AssertionError as e:
        print("AssertionError", e)
try:
    warnings.warn("x", category=int)
except TypeError as e:
    print("TypeError", e)
warnings.warn(UserWarning("an instance"))
