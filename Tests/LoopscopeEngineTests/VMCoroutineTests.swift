import Testing
@testable import LoopscopeEngine

/// A Future stand-in: suspends once, then completes with what it is sent.
final class FakeFuture: PyObject, NativeAwaitable {
    nonisolated(unsafe) static let type = PyType(name: "FakeFuture", bases: [BuiltinTypes.object], isBuiltin: true)
    var steps = 0
    override var pyType: PyType { FakeFuture.type }
    func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        steps += 1
        switch input {
        case nil: return .suspend(.object(self))
        case .send(let v)?: return .done(v)
        case .throwing(let e)?: throw PyError(e)
        }
    }
}

@Suite struct VMCoroutineTests {
    static let chain = """
    async def leaf(fut):
        v = await fut
        record('leaf', v)
        return v + 1

    async def mid(fut):
        try:
            r = await leaf(fut)
        finally:
            record('mid finally')
        return r * 10

    async def main(fut):
        x = await mid(fut)
        record('main', x)
        return x

    async def main2(fut):
        try:
            await mid(fut)
        except RuntimeError as e:
            record('caught', e.args[0])
            return 'handled'

    """

    func coroutine(_ r: VMRun, _ index: Int = 0) -> PyCoroutine? {
        guard index < r.records.count, case .object(let o) = r.records[index] else { return nil }
        return o as? PyCoroutine
    }

    @Test func awaitChainSuspendsAndResumes() throws {
        let fut = FakeFuture()
        let r = VMRun(Self.chain + "record(main(fut))\n")
        r.add("fut", .object(fut))
        r.start()
        let coro = try #require(coroutine(r))
        #expect(coro.fiberName == "main")
        #expect(!coro.hasStarted)
        var n = 0
        guard case .yielded(let y) = r.interp.resume(coro, nil, budget: 1000, executed: &n) else {
            Issue.record("expected a suspension"); return
        }
        #expect(y.asObject === fut)
        #expect(coro.hasStarted && !coro.isFinished)
        #expect(coro.fiberLine == 2)
        guard case .returned(let v) = r.interp.resume(coro, .send(.int(4)), budget: 1000, executed: &n) else {
            Issue.record("expected a return"); return
        }
        #expect(render(v) == "50")
        #expect(coro.isFinished)
        #expect(r.rendered.dropFirst() == ["leaf", "4", "mid finally", "main", "50"])
        #expect(r.interp.depth == 0)
        // Reuse.
        if case .raised(let e) = r.interp.resume(coro, nil, budget: 10, executed: &n) {
            #expect(e.args.first.map(render) == "cannot reuse already awaited coroutine")
        } else { Issue.record("expected RuntimeError") }
    }

    @Test func throwIntoSuspendedChain() throws {
        let fut = FakeFuture()
        let r = VMRun(Self.chain + "record(main2(fut))\n")
        r.add("fut", .object(fut))
        r.start()
        let coro = try #require(coroutine(r))
        var n = 0
        _ = r.interp.resume(coro, nil, budget: 1000, executed: &n)
        let result = r.interp.resume(coro, .throwing(PyException(BuiltinTypes.runtimeError, "cancel")), budget: 1000, executed: &n)
        guard case .returned(let v) = result else { Issue.record("expected a return, got \(result)"); return }
        #expect(render(v) == "handled")
        #expect(r.rendered.dropFirst() == ["mid finally", "caught", "cancel"])
    }

    @Test func budgetSlicesAnInfiniteLoop() {
        let r = VMRun("i = 0\nwhile True:\n    i += 1\n")
        guard case .budgetExhausted = r.start(budget: 500) else { Issue.record("expected budget exhaustion"); return }
        #expect(r.executed == 500)
        for _ in 0..<3 {
            guard case .budgetExhausted = r.resume(nil, budget: 1000) else { Issue.record("expected budget exhaustion"); return }
            #expect(r.executed == 1000)
        }
        guard case .int(let i)? = r.interp.mainModule.namespace["i"] else { Issue.record("no i"); return }
        #expect(i > 400)
    }

    @Test func budgetSliceInsideAwaitChainResumesExactly() throws {
        let fut = FakeFuture()
        let r = VMRun("""
        async def work(fut):
            total = 0
            k = 0
            while k < 300:
                total += k
                k += 1
            got = await fut
            return total + got
        record(work(fut))
        """)
        r.add("fut", .object(fut))
        r.start()
        let coro = try #require(coroutine(r))
        var n = 0
        var slices = 0
        var result = r.interp.resume(coro, nil, budget: 100, executed: &n)
        while case .budgetExhausted = result {
            slices += 1
            result = r.interp.resume(coro, nil, budget: 100, executed: &n)
        }
        #expect(slices > 5)
        guard case .yielded = result else { Issue.record("expected suspension"); return }
        guard case .returned(let v) = r.interp.resume(coro, .send(.int(1)), budget: 100, executed: &n) else {
            Issue.record("expected return"); return
        }
        #expect(render(v) == "44851")
    }

    @Test func suspendRequestAtModuleLevel() {
        let r = VMRun("""
        def helper():
            return ask(5) + 1
        v = ask(1)
        record(v, helper())
        """)
        r.add("ask", .object(PyNativeFunction("ask") { interp, args in
            if interp.canSuspendHere { throw SuspendRequest(args[0]) }
            return .int(-1)
        }))
        guard case .suspendRequest(let p) = r.start() else { Issue.record("expected a suspend request"); return }
        #expect(render(p) == "1")
        guard case .suspendRequest(let p2) = r.resume(.send(.int(42))) else { Issue.record("expected a second request"); return }
        #expect(render(p2) == "5")
        guard case .returned = r.resume(.send(.int(9))) else { Issue.record("expected the module to finish"); return }
        #expect(r.rendered == ["42", "10"])
    }

    @Test func awaitingNonAwaitableAndReusedCoroutine() throws {
        let r = VMRun("""
        async def f():
            await 1
        async def g(c):
            await c
            await c
        async def h():
            return 3
        record(f(), g(h()))
        """)
        r.start()
        let f = try #require(coroutine(r, 0)), g = try #require(coroutine(r, 1))
        var n = 0
        if case .raised(let e) = r.interp.resume(f, nil, budget: 100, executed: &n) {
            #expect(e.args.first.map(render) == "object int can't be used in 'await' expression")
        } else { Issue.record("expected TypeError") }
        if case .raised(let e) = r.interp.resume(g, nil, budget: 100, executed: &n) {
            #expect(e.args.first.map(render) == "cannot reuse already awaited coroutine")
        } else { Issue.record("expected RuntimeError") }
    }

    @Test func generatorsSendThrowClose() {
        let r = VMRun("""
        def echo():
            try:
                while True:
                    x = yield
                    record(x)
            finally:
                record('closed')
        e = echo()
        e.send(None)
        e.send(1)
        e.send(2)
        e.close()
        def sub():
            yield 1
            yield 2
            return 'sub-done'
        def outer():
            r = yield from sub()
            record(r)
            yield 3
        record([v for v in outer()])
        def catcher():
            try:
                yield 1
            except ValueError as ex:
                record('got', ex.args[0])
                yield 2
        c = catcher()
        record(c.send(None), c.throw(ValueError('t')))
        """)
        r.start()
        #expect(r.raisedType == nil)
        #expect(r.rendered == ["1", "2", "closed", "sub-done", "[1, 2, 3]", "got", "t", "1", "2"])
    }

    @Test func asyncGeneratorsAndAsyncWith() throws {
        let fut = FakeFuture()
        let r = VMRun("""
        async def ticks(n):
            i = 0
            while i < n:
                got = await fut
                yield i + got
                i += 1
        class ACM:
            async def __aenter__(self):
                record('aenter')
                return 'cm'
            async def __aexit__(self, t, v, tb):
                record('aexit')
                return False
        async def main():
            async with ACM() as c:
                record(c)
                async for v in ticks(2):
                    record(v)
            return [x async for x in ticks(1)]
        record(main())
        """)
        r.add("fut", .object(fut))
        r.start()
        let coro = try #require(coroutine(r))
        var n = 0
        var result = r.interp.resume(coro, nil, budget: 10000, executed: &n)
        var sends = 0
        while case .yielded = result {
            sends += 1
            result = r.interp.resume(coro, .send(.int(100)), budget: 10000, executed: &n)
        }
        guard case .returned(let v) = result else { Issue.record("expected return, got \(result)"); return }
        #expect(sends == 3)
        #expect(render(v) == "[100]")
        #expect(r.rendered.dropFirst() == ["aenter", "cm", "100", "101", "aexit"])
    }
}
