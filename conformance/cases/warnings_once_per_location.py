# The default warning filter prints a warning once per location (and message); stacklevel picks the location.
import warnings


def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2


def helper():
    warnings.warn("helper warned")


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for i in range(3):
        old_api(i)
        helper()
        warnings.warn(f"message {i % 2}")
print(len(caught))
for w in caught:
    print(w.category.__name__, w.lineno, w.message)
for i in range(3):
    old_api(i)
    warnings.warn("runtime", RuntimeWarning)
print("user warnings are UserWarning:", issubclass(UserWarning, Warning))
warnings.warn("last", FutureWarning)
