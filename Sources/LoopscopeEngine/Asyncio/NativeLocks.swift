// Lock, Semaphore and BoundedSemaphore's acquire and release, and the
// `async with` of every lock-like prelude class, in Swift. As for Queue
// (NativeQueue.swift) the classes stay in the prelude with their state in
// Python attributes (`_locked` or `_value`, `_waiters`); the natives take
// over only for instances of exactly those three classes, untouched since
// the prelude made them, whose attributes have the prelude's types, and for
// a Condition over such a Lock (NativeCondition.swift). Anything else
// (subclasses, monkeypatching) runs the prelude's Python.

/// The three classes, the names their fast path relies on and the Python
/// methods the natives replaced.
final class LockNatives {
    enum Kind { case lock, semaphore, bounded }
    private let classes: [(PyType, Kind)]
    /// Each class's view of the names CPython's methods call, as installed.
    private var expected: [(PyType, String, PyObject?)] = []
    var fallbacks: [String: Value] = [:]
    private var checkedEpoch: UInt64 = 0
    private var intact = false
    /// The prelude's Condition and the names its natives rely on.
    var condition: PyType?
    static let conditionHooks = ["wait", "_wait", "wait_for", "_wait_for", "notify", "notify_all", "__aenter__", "__aexit__"]

    init(lock: PyType, semaphore: PyType, bounded: PyType) {
        classes = [(lock, .lock), (semaphore, .semaphore), (bounded, .bounded)]
    }

    static let hookNames = ["acquire", "release", "locked", "_wake_up_first", "_wake_up_next", "__aenter__", "__aexit__"]

    func snapshot() {
        expected = classes.flatMap { c, _ in Self.hookNames.map { (c, $0, c.lookup($0)?.asObject) } }
        if let condition { expected += Self.conditionHooks.map { (condition, $0, condition.lookup($0)?.asObject) } }
        let lock = classes[0].0
        lockMethods = (lock.lookup("acquire")?.asObject, lock.lookup("release")?.asObject, lock.lookup("locked")?.asObject)
        checkedEpoch = PyType.attributeEpoch
        intact = true
    }

    /// The kind of `o` when the fast path applies to it.
    func kind(of o: PyInstance) -> Kind? {
        guard let k = classes.first(where: { $0.0 === o.cls })?.1, isIntact() else { return nil }
        switch k {
        case .lock:
            guard case .bool? = o.dict["_locked"] else { return nil }
        case .semaphore, .bounded:
            guard case .int? = o.dict["_value"] else { return nil }
            if k == .bounded { guard case .int? = o.dict["_bound_value"] else { return nil } }
        }
        switch o.dict["_waiters"] {
        case .none?, .object(is PyList)?: return k
        default: return nil
        }
    }

    /// Whether every class still has the methods the natives replaced.
    func isIntact() -> Bool {
        if checkedEpoch != PyType.attributeEpoch {
            intact = expected.allSatisfy { c, name, v in c.lookup(name)?.asObject === v }
            checkedEpoch = PyType.attributeEpoch
        }
        return intact
    }

    /// The Lock under `o` when `o` is a Condition the natives may serve:
    /// exactly the prelude's class, over a fast-path Lock whose bound
    /// `acquire`/`release`/`locked` it still holds as `__init__` set them.
    func conditionLock(of o: PyInstance) -> PyInstance? {
        guard let condition, o.cls === condition, isIntact(),
              case .object(let lock as PyInstance)? = o.dict["_lock"], kind(of: lock) == .lock,
              case .object(is PyList)? = o.dict["_waiters"],
              holds(o, "acquire", of: lock, lockMethods.acquire), holds(o, "release", of: lock, lockMethods.release),
              holds(o, "locked", of: lock, lockMethods.locked) else { return nil }
        return lock
    }

    /// Lock's `acquire`, `release` and `locked` as `snapshot` saw them: while
    /// `isIntact()` they are still the class's (no lookup through its MRO).
    private var lockMethods: (acquire: PyObject?, release: PyObject?, locked: PyObject?) = (nil, nil, nil)

    /// Whether `o.name` is `method` bound to `lock`.
    @inline(__always)
    private func holds(_ o: PyInstance, _ name: String, of lock: PyInstance, _ method: PyObject?) -> Bool {
        guard case .object(let m as PyBoundMethod)? = o.dict[name], m.receiver.asObject === lock else { return false }
        return m.function.asObject === method
    }
}

extension Interpreter {
    func installLockNatives(_ dict: [String: Value]) {
        guard case .object(let lc as PyType)? = dict["Lock"], case .object(let sc as PyType)? = dict["Semaphore"],
              case .object(let bc as PyType)? = dict["BoundedSemaphore"],
              case .object(let mixin as PyType)? = dict["_ContextManagerMixin"] else { return }
        let natives = LockNatives(lock: lc, semaphore: sc, bounded: bc)
        typealias Body = (Interpreter, LockNatives.Kind, PyInstance, Arguments) throws -> Value
        let acquire: Body = { interp, k, o, _ in .object(LockAcquireCoroutine(interp, k, o, entering: false)) }
        let release: Body = { interp, k, o, _ in try interp.lockRelease(k, o) }
        let table: [(PyType, String, ClosedRange<Int>, Body)] = [
            (lc, "acquire", 1...1, acquire),
            (sc, "acquire", 1...1, acquire),
            (lc, "release", 1...1, release),
            (sc, "release", 1...1, release),
            (bc, "release", 1...1, release),
            (mixin, "__aenter__", 1...1, { interp, k, o, _ in .object(LockAcquireCoroutine(interp, k, o, entering: true)) }),
            (mixin, "__aexit__", 1...Int.max, { interp, k, o, _ in
                .object(OneStepCoroutine(interp, name: "_ContextManagerMixin.__aexit__") { try $0.lockRelease(k, o) })
            }),
        ]
        for (cls, name, arity, body) in table {
            guard let python = cls.dict[name] else { continue }
            let servesCondition = cls === mixin
            let fn = PyNativeFunction(name) { [unowned natives] interp, args in
                guard arity.contains(args.positional.count), args.keywords.isEmpty,
                      case .object(let o as PyInstance) = args.positional[0] else {
                    return try interp.call(python, args)
                }
                if let k = natives.kind(of: o) { return try body(interp, k, o, args) }
                // `async with cond:` takes and gives back the Condition's Lock.
                if servesCondition, let lock = natives.conditionLock(of: o) { return try body(interp, .lock, lock, args) }
                return try interp.call(python, args)
            }
            fn.bindsInPythonClass = true
            cls.dict[name] = .object(fn)
        }
        installConditionNatives(dict, natives)
        natives.snapshot()
        asyncio.lockNatives = natives
    }

    /// `release()` of a Lock, Semaphore or BoundedSemaphore.
    func lockRelease(_ k: LockNatives.Kind, _ o: PyInstance) throws -> Value {
        switch k {
        case .lock:
            guard case .bool(true)? = o.dict["_locked"] else { throw pyRuntimeError("Lock is not acquired.") }
            o.dict["_locked"] = .bool(false)
            noteSync("released", o)
            try lockWakeUpFirst(o)
        case .semaphore, .bounded:
            guard case .int(let v)? = o.dict["_value"] else { throw pyTypeError("Semaphore._value must be an int") }
            if k == .bounded, case .int(let bound)? = o.dict["_bound_value"], v >= bound {
                throw pyValueError("BoundedSemaphore released too many times")
            }
            o.dict["_value"] = .int(v + 1)
            noteSync("released", o)
            try semaphoreWakeUpNext(o)
        }
        return .none
    }

    /// Lock._wake_up_first: only the head of the line is woken.
    func lockWakeUpFirst(_ o: PyInstance) throws {
        guard case .object(let line as PyList)? = o.dict["_waiters"], let head = line.items.first else { return }
        try wakeIfPending(head, .bool(true))
    }

    /// Semaphore._wake_up_next: the first waiter not yet woken gets a unit.
    func semaphoreWakeUpNext(_ o: PyInstance) throws {
        guard case .object(let line as PyList)? = o.dict["_waiters"] else { return }
        for w in line.items where try !isDoneFuture(w) {
            guard case .int(let v)? = o.dict["_value"] else { throw pyTypeError("Semaphore._value must be an int") }
            o.dict["_value"] = .int(v - 1)
            try wakeIfPending(w, .bool(true))
            return
        }
    }

    private func isDoneFuture(_ w: Value) throws -> Bool {
        if case .object(let f as Future) = w { return f.isDone }
        return try truthy(try call(try getAttribute(w, "done"), Arguments()))
    }

    private func wakeIfPending(_ w: Value, _ result: Value) throws {
        if try isDoneFuture(w) { return }
        if case .object(let f as Future) = w { try f.setResult(result) } else {
            _ = try call(try getAttribute(w, "set_result"), Arguments([result]))
        }
    }

    /// Whether any waiter in the line is not cancelled (`not _all_cancelled`).
    func someWaiterLive(_ o: PyInstance) throws -> Bool {
        guard case .object(let line as PyList)? = o.dict["_waiters"] else { return false }
        for w in line.items {
            if case .object(let f as Future) = w {
                if !f.isCancelled { return true }
            } else if try !truthy(try call(try getAttribute(w, "cancelled"), Arguments())) {
                return true
            }
        }
        return false
    }
}

/// `lock.acquire()` (result True) or `async with lock:`'s `__aenter__`
/// (result None): take it at once when free and nobody live waits, else wait
/// in `_waiters` for a release's hand-off, as the prelude's acquire does.
final class LockAcquireCoroutine: NativeAwaitableObject, PhasedCoroutine {
    var phase = CoroutinePhase<Future>.created
    private let kind: LockNatives.Kind
    private let lock: PyInstance
    private let entering: Bool
    /// Through the interpreter's shared link, not a weak reference of its own (see `InterpreterLink`).
    private let link: InterpreterLink
    private var interp: Interpreter? { link.interpreter }

    init(_ interp: Interpreter, _ kind: LockNatives.Kind, _ lock: PyInstance, entering: Bool) {
        self.link = interp.link
        self.kind = kind
        self.lock = lock
        self.entering = entering
    }

    deinit { warnIfNeverAwaited(interp) }

    override var pyType: PyType { AsyncioTypes.coroutine }
    private var className: String { kind == .lock ? "Lock" : "Semaphore" }
    var coroutineName: String { entering ? "_ContextManagerMixin.__aenter__" : "\(className).acquire" }
    var awaitingLabel: String { "\(className).acquire()" }
    private var result: Value { entering ? .none : .bool(true) }

    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        switch phase {
        case .created:
            phase = .finished
            if case .throwing(let e)? = input { throw PyError(e) }
            return try start(interp)
        case .parked(let future):
            return try forward(interp, future, input)
        case .finished:
            throw pyRuntimeError("cannot reuse already awaited coroutine")
        }
    }

    private func value() throws -> Int {
        guard case .int(let v)? = lock.dict["_value"] else { throw pyTypeError("Semaphore._value must be an int") }
        return v
    }

    private func start(_ interp: Interpreter) throws -> AwaitStep {
        switch kind {
        case .lock:
            if case .bool(false)? = lock.dict["_locked"], try !interp.someWaiterLive(lock) {
                lock.dict["_locked"] = .bool(true)
                interp.noteSync("acquired", lock)
                return .done(result)
            }
        case .semaphore, .bounded:
            if try value() != 0, try !interp.someWaiterLive(lock) {
                lock.dict["_value"] = .int(try value() - 1)
                interp.noteSync("acquired", lock)
                return .done(result)
            }
        }
        let line: PyList
        if case .object(let l as PyList)? = lock.dict["_waiters"] {
            line = l
        } else {
            line = PyList()
            lock.dict["_waiters"] = .object(line)
        }
        let future = Future(loop: try interp.getRunningLoop(), label: awaitingLabel)
        future.syncObject = interp.asyncio.syncNumber(lock)
        line.items.append(.object(future))
        phase = .parked(future)
        return try forward(interp, future, nil)
    }

    private func forward(_ interp: Interpreter, _ future: Future, _ input: ResumeInput?) throws -> AwaitStep {
        let step = try future.awaitStep(interp, input) { error in
            phase = .finished
            try leaveLine(future)
            if let e = error as? PyError, e.exception.cls.isSubtype(of: AsyncioExceptions.cancelledError) {
                switch kind {
                case .lock:
                    // Woken but cancelled before running: pass the turn on.
                    if case .bool(false)? = lock.dict["_locked"] { try interp.lockWakeUpFirst(lock) }
                case .semaphore, .bounded:
                    // A waiter woken (its unit reserved) returns the unit.
                    if !future.isCancelled {
                        lock.dict["_value"] = .int(try value() + 1)
                        try interp.semaphoreWakeUpNext(lock)
                    }
                }
            }
        }
        guard case .done = step else { return step }
        phase = .finished
        try leaveLine(future)
        switch kind {
        case .lock:
            lock.dict["_locked"] = .bool(true)
        case .semaphore, .bounded:
            if try value() > 0 { try interp.semaphoreWakeUpNext(lock) }
        }
        interp.noteSync("acquired", lock)
        return .done(result)
    }

    /// `finally: self._waiters.remove(fut)`.
    private func leaveLine(_ future: Future) throws {
        guard case .object(let line as PyList)? = lock.dict["_waiters"],
              let i = line.items.firstIndex(where: { $0.asObject === future }) else {
            throw pyValueError("list.remove(x): x not in list")
        }
        line.items.remove(at: i)
    }
}
