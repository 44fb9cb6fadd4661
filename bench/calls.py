# Benchmark: the call shapes of everyday code beyond plain positional calls:
# keyword arguments, defaults, *args and **kwargs, closures, bound methods
# kept in variables, classmethods, staticmethods and properties (100,000
# rounds of each).


def scale(x, factor=2, *, offset=0):
    return x * factor + offset


def total(*parts):
    return sum(parts)


def options(**kw):
    return len(kw)


def counter():
    n = 0

    def bump(step=1):
        nonlocal n
        n += step
        return n
    return bump


class Account:
    rate = 3

    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        self._balance = value

    def deposit(self, amount, note=None):
        self._balance += amount
        return self

    @classmethod
    def opening(cls, amount):
        return cls(amount * cls.rate)

    @staticmethod
    def fee(amount):
        return amount // 100


def main():
    acc = Account(0)
    deposit = acc.deposit
    bump = counter()
    checks = 0
    for i in range(100_000):
        checks += scale(i) + scale(i, 3) + scale(i, factor=4, offset=1)
        checks += total(i, 1, 2) + options(a=i, b=2)
        bump(2)
        deposit(i % 7)
        acc.deposit(amount=1, note="x")
        acc.balance = acc.balance + Account.fee(i)
        checks += Account.opening(i % 5).balance
    print("calls", checks, acc.balance, bump(0))


main()
