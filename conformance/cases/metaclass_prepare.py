# Metaclass __prepare__: the namespace the class body fills.
class Recorder(dict):
    pass


class Tracking(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kwargs):
        print("prepare", name, [b.__name__ for b in bases], kwargs)
        ns = {"injected": 42}
        return ns

    def __new__(mcs, name, bases, ns, **kwargs):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)


class Base(metaclass=Tracking):
    x = 1

    def method(self):
        return self.injected + self.x


class Child(Base, flavour="spicy"):
    y = injected + 1


print(Base().method(), Child.y, Child.injected)


class LoggingNamespace:
    """Not a dict: every store in the class body goes through __setitem__."""

    def __init__(self):
        self.data = {}

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("  set", key)
        if key in self.data and not key.startswith("__"):
            raise TypeError(f"{key!r} defined twice")
        self.data[key] = value

    def __getitem__(self, key):
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]


class Strict(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return LoggingNamespace()

    def __new__(mcs, name, bases, ns):
        return super().__new__(mcs, name, bases, dict(ns.data))


class Config(metaclass=Strict):
    host = "localhost"
    port = 8080
    url = host + ":" + str(port)
    temp = 1
    del temp


print(Config.url, hasattr(Config, "temp"))

try:
    class Twice(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print("TypeError:", e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 5


try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print("TypeError:", e)


class NoNew(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return LoggingNamespace()


try:
    class Plain(metaclass=NoNew):
        z = 1
except TypeError as e:
    print("TypeError:", e)
