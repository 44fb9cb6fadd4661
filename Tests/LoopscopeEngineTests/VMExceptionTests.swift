import Testing
@testable import LoopscopeEngine

@Suite struct VMExceptionTests {
    @Test func finallySemantics() {
        let r = VMRun("""
        def f():
            try:
                return 1
            finally:
                record('finally-f')
        def g():
            try:
                return 1
            finally:
                return 2
        def h():
            for i in gen():
                try:
                    if i == 1:
                        continue
                    if i == 3:
                        break
                    record(i)
                finally:
                    record(-i)
            else:
                record('no')
            return 'done'
        def gen():
            i = 0
            while True:
                yield i
                i += 1
        def swallow():
            try:
                raise ValueError('x')
            finally:
                return 'swallowed'
        record(f(), g(), h(), swallow())
        """)
        r.start()
        #expect(r.raisedType == nil)
        #expect(r.rendered == ["finally-f", "0", "0", "-1", "2", "-2", "-3", "1", "2", "done", "swallowed"])
    }

    @Test func exceptMatchingBindingAndChaining() {
        let r = VMRun("""
        class MyError(ValueError):
            pass
        try:
            raise MyError('a')
        except (TypeError, ValueError) as e:
            record(type(e) is MyError if False else e.args)
        try:
            e
        except NameError:
            record('unbound')
        try:
            try:
                raise KeyError('k')
            except KeyError as e:
                raise ValueError('v')
        except ValueError as e:
            record(e.__context__.args, e.__cause__)
        try:
            try:
                raise ZeroDivisionError('z')
            except ZeroDivisionError as z:
                raise RuntimeError('r') from z
        except RuntimeError as e:
            record(e.__cause__, e.__suppress_context__)
        try:
            try:
                raise ValueError('inner')
            except ValueError:
                raise
        except ValueError as e:
            record(e.args)
        def gen():
            yield 1
            raise StopIteration
        try:
            for x in gen():
                pass
        except RuntimeError as e:
            record(e.args)
        try:
            assert 1 == 2, 'nope'
        except AssertionError as e:
            record(e.args)
        """)
        r.start()
        #expect(r.raisedType == nil)
        #expect(r.rendered == ["(a)", "unbound", "(k)", "None", "ZeroDivisionError(z)", "True",
                               "(inner)", "(generator raised StopIteration)", "(nope)"])
    }

    @Test func tracebackFormat() {
        let r = VMRun("""
        def inner():
            raise ValueError('boom')

        def outer():
            inner()

        try:
            outer()
        except ValueError as e:
            raise KeyError('x') from e
        """)
        r.start()
        guard case .raised(let e)? = r.result else { Issue.record("expected a raise"); return }
        #expect(e.traceback.map(\.line) == [10])
        #expect(e.cause?.traceback.map(\.line) == [8, 5, 2])
        #expect(e.cause?.traceback.map(\.function) == ["<module>", "outer", "inner"])
    }

    @Test func withStatement() {
        let r = VMRun("""
        class CM:
            def __init__(self, suppress):
                self.suppress = suppress
            def __enter__(self):
                record('enter')
                return self
            def __exit__(self, t, v, tb):
                record('exit', t is None)
                return self.suppress
        with CM(False) as c:
            record(c.suppress)
        with CM(True):
            raise ValueError('gone')
        try:
            with CM(False):
                raise ValueError('kept')
        except ValueError as e:
            record(e.args)
        def f():
            with CM(False):
                return 'ret'
        record(f())
        """)
        r.start()
        #expect(r.raisedType == nil)
        #expect(r.rendered == ["enter", "False", "exit", "True", "enter", "exit", "False", "enter", "exit", "False", "(kept)",
                               "enter", "exit", "True", "ret"])
    }

    @Test func recursionLimitIsAnException() {
        let r = VMRun("""
        def down(n):
            return down(n + 1)
        def a(n):
            return b(n)
        def b(n):
            return a(n)
        try:
            down(0)
        except RecursionError as e:
            record(e.args)
        try:
            a(0)
        except RecursionError as e:
            record('mutual')
        down(0)
        """)
        r.start()
        #expect(r.rendered == ["(maximum recursion depth exceeded)", "mutual"])
        #expect(r.raisedType == "RecursionError")
        #expect(r.interp.depth == 0)
    }
}
