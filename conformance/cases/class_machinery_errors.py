# Errors from the class machinery as 3.11 words them: a failing
# __set_name__ is wrapped in RuntimeError, enum members cannot be deleted,
# dataclasses.MISSING is a plain sentinel object.
import dataclasses
import enum


class Checked:
    def __set_name__(self, owner, name):
        if not name.startswith("c_"):
            raise ValueError(f"bad field name {name!r}")
        self.name = name


try:
    class Model:
        c_ok = Checked()
        wrong = Checked()
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__), e.__suppress_context__)


class Color(enum.Enum):
    RED = 1
    GREEN = 2


for name in ["RED", "BLUE"]:
    try:
        delattr(Color, name)
    except AttributeError as e:
        print("AttributeError:", e)
Color.extra = "allowed"
del Color.extra
print(hasattr(Color, "extra"), list(Color))

missing = dataclasses.MISSING
print(type(missing).__name__, repr(missing).startswith("<dataclasses._MISSING_TYPE object at 0x"))
print(dataclasses.fields(dataclasses.make_dataclass("P", ["x"]))[0].default is missing)
