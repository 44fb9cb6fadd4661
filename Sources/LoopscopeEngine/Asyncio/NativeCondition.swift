// asyncio.Condition's wait, wait_for, notify and notify_all in Swift. As for
// Lock (NativeLocks.swift) the class stays in the prelude with its state in
// Python attributes (`_lock`, `_waiters`, the lock's bound `acquire`,
// `release`, `locked`); the natives serve a Condition of exactly the
// prelude's class over a fast-path Lock (`LockNatives.conditionLock`), and
// anything else runs the prelude's Python. (A producer/consumer hand-off
// through a Condition ran four Python coroutine frames per wait.)

extension Interpreter {
    func installConditionNatives(_ dict: [String: Value], _ natives: LockNatives) {
        guard case .object(let cc as PyType)? = dict["Condition"] else { return }
        natives.condition = cc
        typealias Body = (Interpreter, PyInstance, PyInstance, Arguments) throws -> Value?
        let wait: (String, Value?, String) -> (Interpreter, PyInstance, PyInstance) -> Value = { name, predicate, label in
            { interp, cond, lock in .object(ConditionWait(interp, cond, lock, name: name, predicate: predicate, label: label)) }
        }
        let table: [(String, Int, Body)] = [
            ("wait", 1, { interp, c, l, _ in wait("Condition.wait", nil, "Condition.wait()")(interp, c, l) }),
            ("wait_for", 2, { interp, c, l, a in wait("Condition.wait_for", a[1], "Condition.wait_for()")(interp, c, l) }),
            ("_wait", 2, { interp, c, l, a in
                guard case .str(let label) = a[1] else { return nil }
                return wait("Condition._wait", nil, label)(interp, c, l)
            }),
            ("_wait_for", 3, { interp, c, l, a in
                guard case .str(let label) = a[2] else { return nil }
                return wait("Condition._wait_for", a[1], label)(interp, c, l)
            }),
            ("notify", 2, { interp, c, l, a in
                guard case .int(let n) = a.count > 1 ? a[1] : .int(1) else { return nil }
                try interp.conditionNotify(c, l, n)
                return Value.none
            }),
            ("notify_all", 1, { interp, c, l, _ in
                guard let line = interp.asyncio.lockNatives?.conditionSlots.list(c, .waiters) else { return nil }
                try interp.conditionNotify(c, l, line.items.count)
                return Value.none
            }),
        ]
        for (name, most, body) in table {
            guard let python = cc.dict[name] else { continue }
            let least = name == "notify" ? 1 : most
            let fn = PyNativeFunction(name) { interp, args in
                if (least...most).contains(args.positional.count), args.keywords.isEmpty,
                   case .object(let o as PyInstance) = args.positional[0],
                   let lock = interp.asyncio.lockNatives?.conditionLock(of: o),
                   let result = try body(interp, o, lock, args) {
                    return result
                }
                return try interp.call(python, args)
            }
            fn.bindsInPythonClass = true
            cc.dict[name] = .object(fn)
        }
    }

    /// `predicate()` for `wait_for`: a plain Python function without
    /// parameters (`lambda: box`, the usual predicate) runs as a frame of a
    /// nested loop at once, without the general call's argument binding;
    /// anything else is called as usual.
    func callPredicate(_ predicate: Value) throws -> Value {
        guard case .object(let o) = predicate, type(of: o) == PyFunction.self else { return try call(predicate, Arguments()) }
        let fn = unsafeDowncast(o, to: PyFunction.self)
        guard fn.code.fastArgCount == 0 else { return try call(predicate, Arguments()) }
        // What `pushFrame` checks before a native → Python call.
        if depth >= recursionLimit { throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded") }
        let frame = Frame.make(code: fn.code, module: fn.module, interp: self)
        if fn.hasClosure { frame.cells.append(contentsOf: fn.closure) }
        let result = try runNestedFrame(frame, mode: .nativeCall)
        Frame.recycle(frame)
        return result
    }

    /// `Condition.notify(n)`: the first `n` waiters not yet woken get False.
    func conditionNotify(_ cond: PyInstance, _ lock: PyInstance, _ n: Int) throws {
        let natives = asyncio.lockNatives.unsafelyUnwrapped
        guard case .bool(true)? = natives.lockSlots.get(lock, .locked) else { throw pyRuntimeError("cannot notify on un-acquired lock") }
        guard let line = natives.conditionSlots.list(cond, .waiters) else { return }
        var woken = 0
        for w in line.items {
            if woken >= n { return }
            if case .object(let f as Future) = w {
                if f.isDone { continue }
                woken += 1
                try f.setResult(.bool(false))
            } else if try !truthy(try call(try getAttribute(w, "done"), Arguments())) {
                woken += 1
                _ = try call(try getAttribute(w, "set_result"), Arguments([.bool(false)]))
            }
        }
    }
}

/// `cond.wait()` (no predicate) or `cond.wait_for(predicate)`: while the
/// predicate is false, give the lock back, wait in `_waiters` for a notify,
/// then take the lock again, whatever ended the wait; a cancellation that
/// arrives while re-taking it is raised once it is held, an error from the
/// wait itself after that.
final class ConditionWait: NativeAwaitableObject, PhasedCoroutine {
    /// Waiting for a notify, or for the lock again.
    enum Parked { case notify(Future), relock(LockAcquireCoroutine) }
    var phase = CoroutinePhase<Parked>.created
    private let cond: PyInstance
    private let lock: PyInstance
    private let name: String
    private let predicate: Value?
    private let label: String
    /// What ended the wait, re-raised once the lock is held again.
    private var pending: Error?
    /// A CancelledError arrived while re-taking the lock.
    private var interrupted = false
    /// Through the interpreter's shared link, not a weak reference of its own (see `InterpreterLink`).
    private let link: InterpreterLink
    private var interp: Interpreter? { link.interpreter }

    init(_ interp: Interpreter, _ cond: PyInstance, _ lock: PyInstance, name: String, predicate: Value?, label: String) {
        self.link = interp.link
        self.cond = cond
        self.lock = lock
        self.name = name
        self.predicate = predicate
        self.label = label
    }

    deinit { warnIfNeverAwaited(interp) }

    override var pyType: PyType { AsyncioTypes.coroutine }
    var coroutineName: String { name }
    var awaitingLabel: String { label }

    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        switch phase {
        case .created:
            phase = .finished
            if case .throwing(let e)? = input { throw PyError(e) }
            return try check(interp)
        case .parked(.notify(let future)):
            do {
                if case .suspend(let v) = try future.awaitStep(interp, input) { return .suspend(v) }
            } catch {
                pending = error
            }
            // `finally: self._waiters.remove(fut)`
            do {
                try leaveLine(future)
            } catch {
                pending = error
            }
            return try reacquire(interp, LockAcquireCoroutine(interp, .lock, lock, entering: false), nil)
        case .parked(.relock(let acquire)):
            return try reacquire(interp, acquire, input)
        case .finished:
            throw pyRuntimeError("cannot reuse already awaited coroutine")
        }
    }

    /// `wait_for`'s test of the predicate, then `_wait`'s start.
    private func check(_ interp: Interpreter) throws -> AwaitStep {
        phase = .finished
        if let predicate {
            let outcome = try interp.callPredicate(predicate)
            if try interp.truthy(outcome) { return .done(outcome) }
        }
        let natives = interp.asyncio.lockNatives.unsafelyUnwrapped
        guard case .bool(true)? = natives.lockSlots.get(lock, .locked) else { throw pyRuntimeError("cannot wait on un-acquired lock") }
        _ = try interp.lockRelease(.lock, lock)
        guard let line = natives.conditionSlots.list(cond, .waiters) else {
            throw pyTypeError("Condition._waiters must be a list")
        }
        let future = Future(loop: try interp.getRunningLoop(), label: label)
        future.syncObject = interp.asyncio.syncNumber(cond)
        line.items.append(.object(future))
        pending = nil
        interrupted = false
        phase = .parked(.notify(future))
        return try future.awaitStep(interp, nil)
    }

    /// The `finally:` that takes the lock again, as often as it takes.
    private func reacquire(_ interp: Interpreter, _ first: LockAcquireCoroutine, _ firstInput: ResumeInput?) throws -> AwaitStep {
        var acquire = first
        var input = firstInput
        while true {
            do {
                let step = try acquire.awaitStep(interp, input)
                if case .suspend = step {
                    phase = .parked(.relock(acquire))
                    return step
                }
                break
            } catch let error as PyError where error.exception.isCancelledError {
                interrupted = true
                acquire = LockAcquireCoroutine(interp, .lock, lock, entering: false)
                input = nil
            } catch {
                phase = .finished
                throw chained(error)
            }
        }
        phase = .finished
        if interrupted { throw chained(PyError(PyException(type: AsyncioExceptions.cancelledError, args: []))) }
        if let pending { throw pending }
        if predicate == nil { return .done(.bool(true)) }
        return try check(interp)
    }

    /// An exception raised in the `finally:` while the wait's own error was
    /// on its way has that error as its context, as in Python.
    private func chained(_ error: Error) -> Error {
        if let e = error as? PyError, let p = (pending as? PyError)?.exception, e.exception !== p, e.exception.context == nil {
            e.exception.context = p
        }
        return error
    }

    private func leaveLine(_ future: Future) throws {
        guard let line = interp?.asyncio.lockNatives?.conditionSlots.list(cond, .waiters),
              let i = line.items.firstIndex(where: { $0.asObject === future }) else {
            throw pyValueError("list.remove(x): x not in list")
        }
        line.items.remove(at: i)
    }
}
