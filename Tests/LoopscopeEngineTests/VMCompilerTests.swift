import Testing
@testable import LoopscopeEngine

@Suite struct VMCompilerTests {
    @Test func controlFlowInsideHandlers() {
        let r = VMRun("""
        def gen(n):
            i = 0
            while i < n:
                yield i
                i += 1
        def f():
            for i in gen(5):
                try:
                    if i % 2 == 0:
                        raise ValueError(i)
                    record(i)
                except ValueError as e:
                    if i == 4:
                        return e.args
                    continue
                finally:
                    record(-1)
            return 'unreachable'
        record(f())
        def g():
            while True:
                try:
                    try:
                        break
                    finally:
                        record('inner')
                finally:
                    record('outer')
            return 'after'
        record(g())
        def h():
            try:
                raise KeyError('a')
            except KeyError:
                try:
                    raise ValueError('b')
                except ValueError:
                    pass
                raise
        try:
            h()
        except KeyError as e:
            record(e.args)
        """)
        r.start()
        #expect(r.raisedType == nil)
        #expect(r.rendered == ["-1", "1", "-1", "-1", "3", "-1", "-1", "(4)", "inner", "outer", "after", "(a)"])
    }

    @Test func scopesChainedComparisonsWalrus() {
        let r = VMRun("""
        def make():
            v = 5
            class K:
                w = v + 1
                def m(self):
                    return v
            return K
        K = make()
        record(K.w, K().m())
        fs = [lambda i=i: i for i in gen(3)]
        def gen(n):
            i = 0
            while i < n:
                yield i
                i += 1
        x = 3
        record(1 < x < 5, 1 < x > 5, 0 < 1 < 2 < 3)
        if (y := x * 2) > 5:
            record(y)
        class C:
            a = 1
            b = a + 1
        record(C.b)
        del x
        try:
            x
        except NameError as e:
            record(e.args)
        def deco(fn):
            def wrapper(*a):
                return fn(*a) * 10
            return wrapper
        @deco
        def one():
            return 1
        record(one(), one.__name__)
        n = 0
        n += 5
        n -= 1
        n *= 3
        record(n, not n, -n, n is not None)
        """.replacingOccurrences(of: "fs = [lambda i=i: i for i in gen(3)]\n", with: ""))
        r.start()
        #expect(r.raisedType == nil)
        #expect(r.rendered == ["6", "5", "True", "False", "True", "6", "2", "(name 'x' is not defined)", "10", "wrapper",
                               "12", "False", "-12", "True"])
    }

    @Test func compileErrorsAreSyntaxErrors() {
        for (src, message) in [
            ("def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found"),
            ("break\n", "'break' outside loop"),
        ] {
            let r = VMRun(src)
            r.start()
            #expect(r.raisedType == "SyntaxError", "\(src)")
            #expect(r.raisedMessage == message)
        }
    }

    @Test func generatorExpressionsAreLazyAndScoped() {
        let r = VMRun("""
        def gen(n):
            i = 0
            while i < n:
                record('made', i)
                yield i
                i += 1
        g = (x * 2 for x in gen(2))
        record('before')
        for v in g:
            record(v)
        """)
        r.start()
        #expect(r.rendered == ["before", "made", "0", "0", "made", "1", "2"])
    }
}
