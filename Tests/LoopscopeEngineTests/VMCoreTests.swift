import Testing
@testable import LoopscopeEngine

@Suite struct VMCoreTests {
    @Test func recursionAndArithmetic() {
        let r = VMRun("""
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        record(fib(15), 7 // 2, -7 // 2, -7 % 3, 2 * 3 - 1)
        """)
        r.start()
        #expect(r.rendered == ["610", "3", "-4", "2", "5"])
    }

    @Test func closuresAndNonlocal() {
        let r = VMRun("""
        def counter():
            n = 0
            def inc(step=1):
                nonlocal n
                n += step
                return n
            return inc
        c = counter()
        c(); c(5)
        record(c())
        def outer():
            x = 1
            def mid():
                def inner():
                    return x
                return inner
            return mid()()
        record(outer())
        g = 10
        def setg():
            global g
            g = 11
        setg()
        record(g)
        """)
        r.start()
        #expect(r.rendered == ["7", "1", "11"])
    }

    @Test func argumentBinding() {
        let r = VMRun("""
        def f(a, b=2, *args, c, d=4, **kw):
            return a, b, args, c, d
        record(f(1, c=3))
        record(f(1, 5, 6, 7, c=3, d=9))
        def g(x, /, y):
            return x - y
        record(g(5, y=1))
        try:
            f(1)
        except TypeError as e:
            record(e.args[0])
        try:
            g(1, 2, 3)
        except TypeError as e:
            record(e.args[0])
        try:
            g(1, z=2)
        except TypeError as e:
            record(e.args[0])
        """)
        r.start()
        #expect(r.rendered == [
            "(1, 2, (), 3, 4)", "(1, 5, (6, 7), 3, 9)", "4",
            "f() missing 1 required keyword-only argument: 'c'",
            "g() takes 2 positional arguments but 3 were given",
            "g() got an unexpected keyword argument 'z'",
        ])
    }

    @Test func classesInheritanceSuper() {
        let r = VMRun("""
        class Base:
            kind = 'base'
            def __init__(self, x):
                self.x = x
            def describe(self):
                return self.x
            @classmethod
            def make(cls, v):
                return cls(v)
            @staticmethod
            def twice(v):
                return v * 2
            @property
            def double(self):
                return self.x * 2
            @double.setter
            def double(self, v):
                self.x = v // 2
        class Child(Base):
            def __init__(self, x, y):
                super().__init__(x)
                self.y = y
            def describe(self):
                return super().describe() + self.y
        c = Child(3, 4)
        record(c.describe(), c.double, Base.twice(5), Child.make.__name__)
        c.double = 20
        record(c.x, type(c) is Child if False else 1)
        b = Base.make(7)
        record(b.x, b.kind, Child.__qualname__, Child.__mro__[1] is Base)
        """)
        r.start()
        #expect(r.raisedType == nil)
        #expect(r.rendered == ["7", "6", "10", "make", "10", "1", "7", "base", "Child", "True"])
    }

    @Test func attributeErrors() {
        let r = VMRun("""
        class Foo:
            pass
        try:
            Foo().x
        except AttributeError as e:
            record(e.args[0])
        try:
            Foo.y
        except AttributeError as e:
            record(e.args[0])
        try:
            Foo(1)
        except TypeError as e:
            record(e.args[0])
        """)
        r.start()
        #expect(r.rendered == ["'Foo' object has no attribute 'x'", "type object 'Foo' has no attribute 'y'",
                               "Foo() takes no arguments"])
    }

    @Test func comprehensionsAndUnpacking() {
        let r = VMRun("""
        def gen(n):
            i = 0
            while i < n:
                yield i
                i += 1
        record([x * x for x in gen(4) if x != 2])
        a, *b, c = [1, 2, 3, 4, 5]
        record(a, b, c)
        (p, q), r2 = (1, 2), 3
        record(p, q, r2)
        record([(i, j) for i in gen(2) for j in gen(2)])
        def f(*args, **kw):
            return args
        record(f(*[1, 2], 3, *(4,)))
        record((lambda x, y=1: x + y)(2))
        """)
        r.start()
        #expect(r.raisedType == nil)
        #expect(r.rendered == ["[0, 1, 9]", "1", "[2, 3, 4]", "5", "1", "2", "3",
                               "[(0, 0), (0, 1), (1, 0), (1, 1)]", "(1, 2, 3, 4)", "3"])
    }
}
