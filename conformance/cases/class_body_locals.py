# A class body's namespace keeps definition order: locals(), the frame's
# f_locals and the finished class's __dict__ agree, and a name deleted and
# bound again moves to the end, as it would in a dict.
import sys


class Order:
    zeta = 1
    alpha = 2
    print("locals():", [k for k in locals() if not k.startswith("__")])
    middle = 3
    del zeta
    zeta = 4
    print("f_locals:", [k for k in sys._getframe().f_locals if not k.startswith("__")])
    temporary = 5
    del temporary


print("__dict__:", [k for k in vars(Order) if not k.startswith("__")])
print(Order.zeta, hasattr(Order, "temporary"))

try:
    class Broken:
        del never_bound
except NameError as err:
    print("NameError:", err)
