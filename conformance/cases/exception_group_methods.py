# ExceptionGroup.split / subgroup / derive and the BaseExceptionGroup -> ExceptionGroup rule.
eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), KeyError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup((TypeError, KeyError))))
print(eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.split(Exception)[0] is eg)
d = eg.derive([IndexError(9)])
print(repr(d), d.message, d.exceptions)
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(str(eg))
try:
    eg.split(5)
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise eg
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
