# What a bare annotation does to each kind of target: a name annotated in a
# function becomes local without a value; attribute and subscript targets are
# evaluated even without a value; a parenthesised name is not recorded.
level = "module"


def shadowed():
    level: str
    try:
        return level
    except UnboundLocalError as err:
        return f"UnboundLocalError: {err}"


print(shadowed())


def trace(label, result=None):
    print("evaluated", label)
    return result


class Box:
    pass


def targets():
    box = Box()
    trace("attribute target", box).size: int
    table = {}
    trace("subscript object", table)[trace("subscript index", "k")]: int
    (count): int
    print("no annotation evaluated in a function:", not hasattr(targets, "__annotations__") or targets.__annotations__)


targets()

trace("module attribute target", Box()).colour: trace("module annotation", str)


class Settings:
    retries: int
    (timeout): trace("class annotation of a parenthesised name", float) = 2.5
    trace("class attribute target", Box()).x: trace("class annotation", int)
    name: str = "default"


print(Settings.__annotations__)
print(Settings.timeout, Settings.name, hasattr(Settings, "retries"))
print(__annotations__)
