# Class keywords, metaclasses (__new__/__init__/__call__), __init_subclass__, __set_name__, __class_getitem__, descriptors, type(name, bases, dict).
class Registry(type):
    classes = []

    def __new__(mcs, name, bases, ns, **kwargs):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        cls.options = kwargs
        return cls

    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        return super().__call__(*args)

    def __iter__(cls):
        return iter(cls.fields)

    def __repr__(cls):
        return f"<model {cls.__name__}>"


class Model(metaclass=Registry, table="base"):
    fields = ()


class User(Model, table="users"):
    fields = ("id", "name")

    def __init__(self, uid):
        self.uid = uid


class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)

    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be an int")
        setattr(obj, self.name, value)


class Plugin:
    registry = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[key or cls.__name__] = cls

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


class Csv(Plugin, key="csv"):
    port = Typed()


class Json(Plugin):
    pass


u = User(7)
print(u.uid, type(User).__name__, Registry.classes, User.options, list(User), User, isinstance(User, Registry))
print(sorted(Plugin.registry), Plugin[int], Csv[str])
c = Csv()
c.port = 80
print(c.port, vars(c))
try:
    c.port = "x"
except TypeError as e:
    print("TypeError:", e)
Dyn = type("Dyn", (Json,), {"x": 1, "double": lambda self: self.x * 2})
print(Dyn().double(), Dyn.__name__, Dyn.__mro__[1].__name__, "Dyn" in Plugin.registry)
try:
    class Bad(Json, flavour=1):
        pass
except TypeError as e:
    print("TypeError:", e)
