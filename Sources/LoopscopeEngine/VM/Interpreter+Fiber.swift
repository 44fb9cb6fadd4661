// Driving fibers (Tasks' coroutines and the module body) and stepping
// generators from native code (`next()`, `send()`, `throw()`, `close()`).

extension Interpreter {
    func resumeFiber(_ fiber: Fiber, _ input: ResumeInput?, budget: Int, executed: inout Int) -> FiberResult {
        let before = executedInstructions
        defer { executed = executedInstructions - before }
        guard let g = fiber as? PyGenBase else {
            return .raised(PyException(BuiltinTypes.typeError, "not a coroutine"))
        }
        if g.finished {
            return .raised(PyException(BuiltinTypes.runtimeError, "cannot reuse already awaited coroutine"))
        }
        if g.isRunning {
            return .raised(PyException(BuiltinTypes.valueError, "coroutine already executing"))
        }
        // Resident memory is read after a budget slice (a long computation
        // may have grown), else only now and then: a task's first step is no
        // reason to read /proc (gather over thousands of coroutines).
        let afterSlice = g.interrupted
        let start: Frame
        var pending: PyException?
        do {
            (start, pending) = try startGenStep(g, parent: nil, mode: .fiberRoot, input: input)
        } catch let e as PyError {
            return .raised(e.exception)
        } catch {
            return .raised(PyException(BuiltinTypes.runtimeError, "\(error)"))
        }
        // Past the memory budget, the code raises MemoryError where it resumes.
        if pending == nil, HeapBudget.exceeded(always: afterSlice) {
            pending = HeapBudget.memoryError().exception
        }
        let savedLevel = fiberLoopLevel, savedAllowed = suspendAllowed
        fiberLoopLevel = loopLevel + 1
        suspendAllowed = true
        defer { fiberLoopLevel = savedLevel; suspendAllowed = savedAllowed }
        let exit = run(start, budget: max(budget, 1), pending: pending)
        switch exit {
        case .returned(let v): return .returned(v)
        case .yielded(let v): return .yielded(v)
        case .raised(let e): return .raised(e)
        case .interrupted(let f):
            suspendChain(g, at: f)
            return .budgetExhausted
        case .suspendRequest(let payload, let f):
            suspendChain(g, at: f)
            g.awaitingSuspendResult = true
            return .suspendRequest(payload)
        }
    }

    /// The loop stopped mid-chain (budget or SuspendRequest): keep the frames
    /// linked and remember where to continue.
    private func suspendChain(_ g: PyGenBase, at f: Frame) {
        var n = 1
        var x = f
        while x !== g.frame, let p = x.parent { x = p; n += 1 }
        depth -= n
        g.top = f
        g.chainLength = n
        g.interrupted = true
        g.isRunning = false
    }

    enum GenStepResult {
        case yielded(Value)
        case returned(Value)
    }

    /// One step of a generator/coroutine from native code. Raised exceptions
    /// are thrown.
    func genStepNative(_ g: PyGenBase, _ input: ResumeInput) throws -> GenStepResult {
        if g.finished {
            if case .throwing(let e) = input { throw PyError(e) }
            if g is PyCoroutine { throw PyError(BuiltinTypes.runtimeError, "cannot reuse already awaited coroutine") }
            throw PyError(type: g is PyAsyncGenerator ? BuiltinTypes.stopAsyncIteration : BuiltinTypes.stopIteration)
        }
        try checkGenerator(g)
        if nativeDepth >= maxNativeDepth || !stackGuard.hasRoom() {
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while calling a Python object")
        }
        if !g.frame.started, case .throwing(let e) = input {
            // CPython raises it at the frame's first instruction (RESUME, on
            // the line co_firstlineno names): the traceback passes through it.
            g.finished = true
            if !g.frame.isPrelude {
                e.traceback.insert(TracebackEntry(filename: g.frame.code.filename, line: g.frame.code.firstLine,
                                                  function: g.frame.code.name), at: 0)
            }
            throw PyError(e)
        }
        let (start, pending) = try startGenStep(g, parent: currentFrame, mode: .nativeGenStep, input: input)
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        let exit = run(start, budget: Int.max, pending: pending)
        g.frame.parent = nil
        switch exit {
        case .returned(let v): return .returned(v)
        case .yielded(let v): return .yielded(v)
        case .raised(let e): throw PyError(e)
        case .interrupted, .suspendRequest:
            throw PyError(BuiltinTypes.runtimeError, "internal error: generator step interrupted")
        }
    }

    /// `gen.send(v)` / `next(gen)`: the yielded value, or StopIteration(value).
    func generatorSend(_ g: PyGenBase, _ input: ResumeInput) throws -> Value {
        switch try genStepNative(g, input) {
        case .yielded(let v): return v
        case .returned(let v):
            let e = PyException(type: BuiltinTypes.stopIteration, args: v.isNone ? [] : [v])
            throw PyError(e)
        }
    }

    /// `gen.close()`: GeneratorExit at the suspension point.
    func generatorClose(_ g: PyGenBase) throws {
        if g.finished { return }
        if !g.frame.started { g.finished = true; return }
        if closesWithoutRunning(g) { return }
        do {
            let r = try genStepNative(g, .throwing(PyException(type: BuiltinTypes.generatorExit, args: [])))
            if case .yielded = r {
                throw PyError(BuiltinTypes.runtimeError, "\(genKind(g)) ignored GeneratorExit")
            }
        } catch let e as PyError {
            let t = e.exception.pyType
            if t.isSubtype(of: BuiltinTypes.generatorExit) || t.isSubtype(of: BuiltinTypes.stopIteration) { return }
            throw e
        }
    }

    /// A plain generator that `closesSilently`: its frame is unwound here,
    /// without a run loop.
    private func closesWithoutRunning(_ g: PyGenBase) -> Bool {
        guard type(of: g) == PyGenerator.self, g.closesSilently else { return false }
        g.closeSilently()
        return true
    }

    /// `gen.throw(exc)`.
    func generatorThrow(_ g: PyGenBase, _ args: Arguments) throws -> Value {
        guard args.count >= 2 else { throw PyError(BuiltinTypes.typeError, "throw expected at least 1 argument, got 0") }
        var exc = try makeRaisable(args[1])
        if args.count >= 3, !args[2].isNone, case .object(let to) = args[1], to is PyType {
            exc = try makeRaisable(try callValue(args[1], Arguments([args[2]])))
        }
        return try generatorSend(g, .throwing(exc))
    }
}
