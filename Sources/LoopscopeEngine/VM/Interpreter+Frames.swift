// What happens when a frame returns, yields or raises, and how generator and
// coroutine chains are entered and resumed. These decide which frame the
// dispatch loop runs next, or that the loop exits.

extension Interpreter {
    // MARK: return

    func frameReturn(_ f: Frame, _ v: Value) -> Next {
        depth -= 1
        if f.code.ownsGenerator {
            f.truncate(to: 0)
            f.blocks.removeAll()
            if let g = f.owner, g.frame === f {
                g.finished = true
                g.isRunning = false
                g.top = f
            }
        }
        let mode = f.mode
        let p = f.parent
        f.parent = nil
        switch mode {
        case .fiberRoot, .nativeCall, .nativeGenStep:
            return .exit(.returned(v))
        case .call:
            guard let p else { return .exit(.returned(v)) }
            p.push(v)
            return .run(p)
        case .setterCall:
            guard let p else { return .exit(.returned(v)) }
            return .run(p)
        case .initCall(let object):
            if type(of: object) == PyInstance.self {
                let inst = unsafeDowncast(object, to: PyInstance.self)
                inst.cls.attributeHint = inst.dict.count
            }
            let instance = Value.object(object)
            guard let p else { return .exit(.returned(instance)) }
            if !v.isNone {
                let e = PyException(BuiltinTypes.typeError, "__init__() should return None, not '\(pyTypeName(v))'")
                addTraceback(e, p)
                return unwind(p, e)
            }
            p.push(instance)
            return .run(p)
        case .forIter(let target):
            guard let p else { return .exit(.returned(v)) }
            _ = p.pop()
            p.ip = target
            return .run(p)
        case .delegate:
            guard let p else { return .exit(.returned(v)) }
            _ = p.pop()
            p.push(v)
            return .run(p)
        case .nextCall(let hasDefault):
            guard let p else { return .exit(.returned(v)) }
            if hasDefault {
                let d = p.pop()
                _ = p.pop()
                p.push(d)
                return .run(p)
            }
            _ = p.pop()
            // What `generatorSend` raises, seen from the caller's line.
            let e = PyException(type: BuiltinTypes.stopIteration, args: v.isNone ? [] : [v])
            addTraceback(e, p)
            chainContext(e, p)
            return unwind(p, e)
        case .asyncGenStep:
            guard let p else { return .exit(.returned(v)) }
            // `await agen.aclose()` completes with None when the generator returns.
            if isAclose(p.pop()) {
                p.push(.none)
                return .run(p)
            }
            let e = PyException(type: BuiltinTypes.stopAsyncIteration, args: [])
            addTraceback(e, p)
            return unwind(p, e)
        }
    }

    // MARK: yield

    /// A generator yield or a chain suspension (SEND on a pending awaitable).
    func frameYield(_ f: Frame, _ v: Value) -> Next {
        // Up the delegation chain (a `yield from` tree is as deep as the
        // recursion) without retaining each frame: every one is held by its
        // child's parent link until the chain is unlinked below.
        var rootRef = Unmanaged.passUnretained(f)
        var length = 1
        while let up = rootRef._withUnsafeGuaranteedRef({ $0.delegatingParent }) {
            rootRef = up
            length += 1
        }
        let root = rootRef.takeUnretainedValue()
        depth -= length
        guard let g = root.owner else { return .exit(.yielded(v)) }
        g.top = f
        g.chainLength = length
        g.isRunning = false
        switch root.mode {
        case .forIter:
            guard let p = root.parent else { return .exit(.yielded(v)) }
            root.parent = nil
            p.push(v)
            return .run(p)
        case .nextCall(let hasDefault):
            guard let p = root.parent else { return .exit(.yielded(v)) }
            root.parent = nil
            if hasDefault { _ = p.pop() }
            _ = p.pop()
            p.push(v)
            return .run(p)
        default:
            root.parent = nil
            return .exit(.yielded(v))
        }
    }

    /// `yield` inside an async generator: the value completes the awaited
    /// `__anext__()` in the frame that stepped the generator.
    func asyncGenYield(_ f: Frame, _ v: Value) -> Next {
        depth -= 1
        if let g = f.owner {
            g.top = f
            g.chainLength = 1
            g.isRunning = false
        }
        switch f.mode {
        case .asyncGenStep:
            guard let p = f.parent else { return .exit(.yielded(v)) }
            f.parent = nil
            if isAclose(p.pop()) {
                p.push(.none)
                let e = PyException(BuiltinTypes.runtimeError, "async generator ignored GeneratorExit")
                addTraceback(e, p)
                return unwind(p, e)
            }
            p.push(v)
            return .run(p)
        default:
            f.parent = nil
            return .exit(.yielded(v))
        }
    }

    // MARK: raise

    /// Unwinds `exc` from `f`: to a handler block in `f`, or out of `f` into
    /// its parent (adding the parent's traceback line), until a handler or
    /// the loop's boundary.
    func unwind(_ start: Frame, _ exc: PyException) -> Next {
        var f = start
        var exc = exc
        while true {
            if let b = f.blocks.popLast() {
                f.truncate(to: b.stackDepth)
                if f.excStack.count > b.excDepth { f.excStack.removeLast(f.excStack.count - b.excDepth) }
                f.push(.object(exc))
                f.ip = b.handler
                return .run(f)
            }
            depth -= 1
            f.truncate(to: 0)
            f.excStack.removeAll()
            if f.code.ownsGenerator, let g = f.owner, g.frame === f {
                g.finished = true
                g.isRunning = false
                exc = pep479(g, exc)
            }
            let mode = f.mode
            let p = f.parent
            f.parent = nil
            switch mode {
            case .fiberRoot, .nativeCall, .nativeGenStep:
                return .exit(.raised(exc))
            default:
                guard let p else { return .exit(.raised(exc)) }
                if case .delegate = mode { _ = p.pop(); p.push(.none) }
                if case .asyncGenStep = mode {
                    // aclose() swallows the GeneratorExit it threw (or a
                    // StopAsyncIteration): the await completes with None.
                    let closing = isAclose(p.pop())
                    p.push(.none)
                    if closing, exc.pyType.isSubtype(of: BuiltinTypes.generatorExit)
                        || exc.pyType.isSubtype(of: BuiltinTypes.stopAsyncIteration) {
                        return .run(p)
                    }
                }
                addTraceback(exc, p)
                f = p
            }
        }
    }

    /// The awaitable an async generator step was driven by is `aclose()`.
    private func isAclose(_ awaitable: Value) -> Bool {
        if case .object(let o) = awaitable, let a = o as? PyAsyncGenASend { return a.action == 2 }
        return false
    }

    /// PEP 479: StopIteration escaping a generator becomes RuntimeError.
    /// The module body runs as a fiber but is no generator: its StopIteration stays one.
    func pep479(_ g: PyGenBase, _ exc: PyException) -> PyException {
        if g is ModuleFiber { return exc }
        if g is PyAsyncGenerator, exc.pyType.isSubtype(of: BuiltinTypes.stopAsyncIteration) {
            let e = PyException(BuiltinTypes.runtimeError, "async generator raised StopAsyncIteration")
            e.cause = exc
            e.context = exc
            e.suppressContext = true
            e.traceback = exc.traceback
            return e
        }
        if exc.pyType.isSubtype(of: BuiltinTypes.stopIteration) {
            let what = g is PyCoroutine ? "coroutine" : (g is PyAsyncGenerator ? "async generator" : "generator")
            let e = PyException(BuiltinTypes.runtimeError, "\(what) raised StopIteration")
            e.cause = exc
            e.context = exc
            e.suppressContext = true
            e.traceback = exc.traceback
            return e
        }
        return exc
    }

    func addTraceback(_ exc: PyException, _ f: Frame) {
        if f.isPrelude {
            // Left out of the traceback, but CPython's frame stays in it.
            keepUnawaitedLocals(of: f, in: exc)
            return
        }
        exc.traceback.insert(tracebackEntry(f), at: 0)
    }

    /// Where `f` is: the instruction it is running (or last ran).
    func tracebackEntry(_ f: Frame) -> TracebackEntry {
        let fname = f.code.isModule ? "<module>" : f.code.name
        let p = f.code.position(at: f.ip - 1)
        return TracebackEntry(filename: f.code.filename, line: Int(p.line), function: fname,
                              column: Int(p.column), endLine: Int(p.endLine), endColumn: Int(p.endColumn))
    }

    /// The exception being handled, as `sys.exc_info()` sees it from `f`.
    func handledException(from f: Frame?) -> PyException? {
        var fr = f
        while let x = fr {
            if let e = x.excStack.last { return e }
            fr = x.parent
        }
        return nil
    }

    /// Implicit chaining: a new exception raised while handling another.
    func chainContext(_ exc: PyException, _ f: Frame) {
        guard exc.context == nil, let h = handledException(from: f), h !== exc else { return }
        // Avoid cycles.
        var c: PyException? = h
        var n = 0
        while let x = c, n < 1000 {
            if x === exc { return }
            c = x.context
            n += 1
        }
        exc.context = h
    }

    // MARK: generator and coroutine stepping

    func checkGenerator(_ g: PyGenBase) throws {
        if g.isRunning {
            throw PyError(BuiltinTypes.valueError, g is PyCoroutine ? "coroutine already executing" : "generator already executing")
        }
    }

    /// Links `g`'s chain under `parent` and delivers `input` to its innermost
    /// frame. Returns the frame to run and an exception to raise there (a
    /// thrown-in exception).
    func startGenStep(_ g: PyGenBase, parent: Frame?, mode: FrameMode, input: ResumeInput?) throws -> (Frame, PyException?) {
        if depth + g.chainLength > recursionLimit {
            // CPython raises this inside the new frame: a fresh generator or
            // coroutine counts as started (no "never awaited" warning when it
            // is freed) and is finished (awaiting it again is a reuse).
            if !g.top.started {
                g.top.started = true
                g.finished = true
            }
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        g.isRunning = true
        g.frame.parent = parent
        g.frame.mode = mode
        depth += g.chainLength
        let t = g.top
        if g.interrupted {
            g.interrupted = false
            if g.awaitingSuspendResult {
                g.awaitingSuspendResult = false
                switch input {
                case .send(let v)?: t.push(v)
                case .throwing(let e)?: return (t, e)
                case nil: t.push(.none)
                }
            }
            return (t, nil)
        }
        if !t.started {
            t.started = true
            registerForFinalization(g)
            switch input {
            case .send(let v)?:
                if !v.isNone {
                    g.isRunning = false
                    depth -= g.chainLength
                    g.frame.parent = nil
                    throw PyError(BuiltinTypes.typeError, "can't send non-None value to a just-started \(genKind(g))")
                }
            case .throwing(let e)?:
                return (t, e)
            case nil: break
            }
            return (t, nil)
        }
        if t.sendInput == nil, t.atSend {
            t.sendInput = input ?? .send(.none)
            return (t, nil)
        }
        switch input {
        case .send(let v)?: t.push(v)
        case .throwing(let e)?: return (t, e)
        case nil: t.push(.none)
        }
        return (t, nil)
    }

    func genKind(_ g: PyGenBase) -> String {
        if g is PyCoroutine { return "coroutine" }
        if g is PyAsyncGenerator { return "async generator" }
        return "generator"
    }

    /// SEND on a native awaitable: one step of it.
    @inline(__always)
    private func sendNative(_ f: Frame, _ n: NativeAwaitable, _ input: ResumeInput?, _ firstCall: Bool) throws -> Next {
        // Cleared first: an awaitable that throws ends this await, and the
        // frame's next SEND must start its awaitable afresh.
        f.atSend = false
        let step = try n.awaitStep(self, firstCall ? nil : (input ?? .send(.none)))
        switch step {
        case .done(let v):
            f.atSend = false
            _ = f.pop(); f.push(v); f.ip += 1
            return .run(f)
        case .suspend(let v):
            f.atSend = true
            return frameYield(f, v)
        }
    }

    /// SEND: drive the delegate on top of `f`'s stack (f.ip points at SEND).
    func send(_ f: Frame) throws -> Next {
        if let child = awaitFreshCoroutine(f) { return .run(child) }
        let d = f.top()
        let input = f.sendInput
        let firstCall = !f.atSend
        f.sendInput = nil
        if case .object(let o) = d {
            // `yield from gen()`: a plain generator, tested first by class
            // (the casts below cost a runtime call each).
            if type(of: o) == PyGenerator.self { return try sendDelegate(f, unsafeDowncast(o, to: PyGenerator.self), input) }
            // Futures, tasks and the asyncio natives' coroutines (most
            // awaits in asyncio code) first: one class test, where the
            // tests below cost a dynamic cast each.
            if type(of: o) == SleepCoroutine.self {
                return try sendNative(f, unsafeDowncast(o, to: SleepCoroutine.self), input, firstCall)
            }
            if let n = o as? NativeAwaitableObject { return try sendNative(f, n, input, firstCall) }
            if type(of: o) == PyAsyncGenerator.self {
                // `async for`'s own `__anext__()` (see `anextAwaitable`).
                f.ip += 1
                f.atSend = false
                return try sendAsyncGen(f, unsafeDowncast(o, to: PyAsyncGenerator.self), action: 0,
                                        value: .none, exception: nil, input)
            }
            if let g = o as? PyGenBase, !(g is PyAsyncGenerator) { return try sendDelegate(f, g, input) }
            if let a = o as? PyAsyncGenASend {
                f.ip += 1
                f.atSend = false
                if a.used && input == nil {
                    throw PyError(BuiltinTypes.runtimeError, "cannot reuse already awaited __anext__()/asend()")
                }
                a.used = true
                return try sendAsyncGen(f, a.generator, action: a.action, value: a.value, exception: a.exception, input)
            }
            if let n = o as? NativeAwaitable { return try sendNative(f, n, input, firstCall) }
        }
        // A plain iterator (from __await__ or `yield from` over an iterable).
        var result: Value?
        var finalValue: Value = .none
        f.atSend = false
        do {
            switch input {
            case nil, .send(.none)?:
                result = try next(d)
            case .send(let v)?:
                result = try callValue(try loadAttribute(d, "send"), Arguments([v]))
            case .throwing(let e)?:
                if let thrower = try? loadAttribute(d, "throw") {
                    result = try callValue(thrower, Arguments([.object(e)]))
                } else {
                    throw PyError(e)
                }
            }
        } catch let pe as PyError where pe.exception.pyType.isSubtype(of: BuiltinTypes.stopIteration) {
            result = nil
            finalValue = pe.exception.args.first ?? .none
        }
        if let v = result {
            f.atSend = true
            return frameYield(f, v)
        }
        f.atSend = false
        _ = f.pop(); f.push(finalValue); f.ip += 1
        return .run(f)
    }

    /// SEND on a generator or coroutine: its chain runs under `f`.
    @inline(__always)
    private func sendDelegate(_ f: Frame, _ g: PyGenBase, _ input: ResumeInput?) throws -> Next {
        if g.finished {
            if g is PyCoroutine { throw PyError(BuiltinTypes.runtimeError, "cannot reuse already awaited coroutine") }
            _ = f.pop(); f.push(.none); f.ip += 1
            return .run(f)
        }
        try checkGenerator(g)
        f.ip += 1
        f.atSend = false
        let (nf, exc) = try startGenStep(g, parent: f, mode: .delegate, input: input ?? .send(.none))
        if let exc {
            addTraceback(exc, nf)
            return unwind(nf, exc)
        }
        return .run(nf)
    }

    /// One step of async generator `g` as an awaited `asend(value)`
    /// (action 0), `athrow(exception)` (1) or `aclose()` (2); f.ip points
    /// past SEND, whose operand stays on f's stack during the step.
    func sendAsyncGen(_ f: Frame, _ g: PyAsyncGenerator, action: Int, value: Value,
                      exception: PyException?, _ input: ResumeInput?) throws -> Next {
        if g.finished {
            if action == 2 { _ = f.pop(); f.push(.none); return .run(f) }
            throw PyError(type: BuiltinTypes.stopAsyncIteration)
        }
        try checkGenerator(g)
        var first: ResumeInput
        switch action {
        case 1: first = .throwing(exception ?? PyException(type: BuiltinTypes.generatorExit, args: []))
        case 2: first = .throwing(PyException(type: BuiltinTypes.generatorExit, args: []))
        default: first = .send(value)
        }
        if let input, case .throwing = input { first = input }
        if !g.frame.started, case .throwing(let e) = first {
            g.finished = true
            if action == 2 { _ = f.pop(); f.push(.none); return .run(f) }
            throw PyError(e)
        }
        let (nf, exc) = try startGenStep(g, parent: f, mode: .asyncGenStep, input: first)
        if let exc {
            addTraceback(exc, nf)
            return unwind(nf, exc)
        }
        return .run(nf)
    }
}

extension PyError {
    init(type: PyType) {
        self.init(PyException(type: type, args: []))
    }
}
