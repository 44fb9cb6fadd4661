# assigning fn.__kwdefaults__ / __defaults__ changes what later calls bind (and what inspect.signature shows)
import inspect


def connect(host, *, port=80, timeout):
    return f"{host}:{port} timeout={timeout}"


connect.__kwdefaults__ = {"port": 8080, "timeout": 3}
print(connect("a"), connect.__kwdefaults__, inspect.signature(connect))
connect.__kwdefaults__ = {"timeout": 1}
print(connect("b", port=1), connect.__kwdefaults__)
try:
    connect("b")
except TypeError as e:
    print("TypeError:", e)
connect.__kwdefaults__ = None
print(connect.__kwdefaults__)
try:
    connect("c")
except TypeError as e:
    print("TypeError:", e)
try:
    connect.__kwdefaults__ = [("port", 1)]
except TypeError as e:
    print("TypeError:", e)


def scale(x, factor=2, offset=0):
    return x * factor + offset


scale.__defaults__ = (10,)
print(scale(1, 3), scale.__defaults__, inspect.signature(scale))
try:
    scale(1)
except TypeError as e:
    print("TypeError:", e)
