# Private names: __x inside a class is stored and looked up as _Class__x.
class Account:
    __slots__ = ("__balance", "owner")
    __rate = 3

    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance

    def __audit(self):
        return f"{self.owner}: {self.__balance}"

    def report(self):
        return self.__audit() + f" at {Account.__rate}%"

    @property
    def balance(self):
        return self.__balance

    def bump(self, __by=1):
        self.__balance += __by
        return [self.__balance + i for i in range(2)], (lambda: self.__balance)()


a = Account("ann", 10)
print(a.report(), a.balance)
print(hasattr(a, "_Account__balance"), hasattr(a, "__balance"), a._Account__balance)
print(sorted(k for k in Account.__dict__ if "bal" in k or "rate" in k or "audit" in k))
print(a.bump(5), a.bump.__code__.co_varnames)
try:
    a.__balance
except AttributeError as e:
    print(e)


class Base:
    def __init__(self):
        self.__token = "base"

    def token(self):
        return self.__token


class Child(Base):
    def __init__(self):
        super().__init__()
        self.__token = "child"

    def both(self):
        return self.token(), self.__token


c = Child()
print(c.both(), sorted(vars(c)))

try:
    c._Child__missing
except AttributeError as e:
    print(e)
