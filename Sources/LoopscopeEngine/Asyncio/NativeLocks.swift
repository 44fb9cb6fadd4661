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
    private let lockClass: PyType
    private let semaphoreClass: PyType
    private let boundedClass: PyType
    /// Each class's view of the names CPython's methods call, as installed.
    private var expected: [(PyType, String, PyObject?)] = []
    var fallbacks: [String: Value] = [:]
    private var checkedEpoch: UInt64 = 0
    private var intact = false
    /// The prelude's Condition and the names its natives rely on.
    var condition: PyType?
    static let conditionHooks = ["wait", "_wait", "wait_for", "_wait_for", "notify", "notify_all", "__aenter__", "__aexit__"]
    /// Where each class's attributes sit in its instances' dicts (the three
    /// lock classes lay them out differently).
    let lockSlots = AttributeSlots<LockAttribute>()
    let semaphoreSlots = AttributeSlots<LockAttribute>()
    let boundedSlots = AttributeSlots<LockAttribute>()
    let conditionSlots = AttributeSlots<ConditionAttribute>()

    init(lock: PyType, semaphore: PyType, bounded: PyType) {
        lockClass = lock
        semaphoreClass = semaphore
        boundedClass = bounded
    }

    static let hookNames = ["acquire", "release", "locked", "_wake_up_first", "_wake_up_next", "__aenter__", "__aexit__"]

    func snapshot() {
        expected = [lockClass, semaphoreClass, boundedClass].flatMap { c in Self.hookNames.map { (c, $0, c.lookup($0)?.asObject) } }
        if let condition { expected += Self.conditionHooks.map { (condition, $0, condition.lookup($0)?.asObject) } }
        lockMethods = (lockClass.lookup("acquire")?.asObject, lockClass.lookup("release")?.asObject,
                       lockClass.lookup("locked")?.asObject)
        checkedEpoch = PyType.attributeEpoch
        intact = true
    }

    @inline(__always)
    func slots(_ k: Kind) -> AttributeSlots<LockAttribute> {
        switch k {
        case .lock: lockSlots
        case .semaphore: semaphoreSlots
        case .bounded: boundedSlots
        }
    }

    /// The kind of `o` when the fast path applies to it.
    func kind(of o: PyInstance) -> Kind? {
        let c = o.cls
        let k: Kind
        if c === lockClass { k = .lock } else if c === semaphoreClass { k = .semaphore } else if c === boundedClass {
            k = .bounded
        } else {
            return nil
        }
        guard isIntact() else { return nil }
        let s = slots(k)
        switch k {
        case .lock:
            guard case .bool? = s.get(o, .locked) else { return nil }
        case .semaphore, .bounded:
            guard case .int? = s.get(o, .value) else { return nil }
            if k == .bounded { guard case .int? = s.get(o, .boundValue) else { return nil } }
        }
        switch s.get(o, .waiters) {
        case .none?, .object(is PyList)?: return k
        default: return nil
        }
    }

    /// Whether every class still has the methods the natives replaced.
    @inline(__always)
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
        guard let condition, o.cls === condition, isIntact() else { return nil }
        let s = conditionSlots
        guard case .object(let l)? = s.get(o, .lock), let lock = l as? PyInstance, kind(of: lock) == .lock,
              s.list(o, .waiters) != nil,
              holds(o, .acquire, of: lock, lockMethods.acquire), holds(o, .release, of: lock, lockMethods.release),
              holds(o, .locked, of: lock, lockMethods.locked) else { return nil }
        return lock
    }

    /// Lock's `acquire`, `release` and `locked` as `snapshot` saw them: while
    /// `isIntact()` they are still the class's (no lookup through its MRO).
    private var lockMethods: (acquire: PyObject?, release: PyObject?, locked: PyObject?) = (nil, nil, nil)

    /// Whether `o.name` is `method` bound to `lock`.
    @inline(__always)
    private func holds(_ o: PyInstance, _ name: ConditionAttribute, of lock: PyInstance, _ method: PyObject?) -> Bool {
        guard case .object(let b)? = conditionSlots.get(o, name), type(of: b) == PyBoundMethod.self else { return false }
        let m = unsafeDowncast(b, to: PyBoundMethod.self)
        return m.receiver.asObject === lock && m.function.asObject === method
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
            // The natives through the interpreter, not captured: an `unowned`
            // capture costs a checked retain per use.
            let fn = PyNativeFunction(name) { interp, args in
                guard arity.contains(args.positional.count), args.keywords.isEmpty, let natives = interp.asyncio.lockNatives,
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

    /// The slots of the class of kind `k` (the natives are installed
    /// whenever they run).
    @inline(__always)
    func lockSlots(_ k: LockNatives.Kind) -> AttributeSlots<LockAttribute> {
        asyncio.lockNatives.unsafelyUnwrapped.slots(k)
    }

    /// `release()` of a Lock, Semaphore or BoundedSemaphore.
    func lockRelease(_ k: LockNatives.Kind, _ o: PyInstance) throws -> Value {
        let s = lockSlots(k)
        switch k {
        case .lock:
            guard case .bool(true)? = s.get(o, .locked) else { throw pyRuntimeError("Lock is not acquired.") }
            s.set(o, .locked, .bool(false))
            noteSync("released", o)
            try lockWakeUpFirst(o)
        case .semaphore, .bounded:
            guard case .int(let v)? = s.get(o, .value) else { throw pyTypeError("Semaphore._value must be an int") }
            if k == .bounded, case .int(let bound)? = s.get(o, .boundValue), v >= bound {
                throw pyValueError("BoundedSemaphore released too many times")
            }
            s.set(o, .value, .int(v + 1))
            noteSync("released", o)
            try semaphoreWakeUpNext(k, o)
        }
        return .none
    }

    /// Lock._wake_up_first: only the head of the line is woken.
    func lockWakeUpFirst(_ o: PyInstance) throws {
        guard let line = lockSlots(.lock).list(o, .waiters), let head = line.items.first else { return }
        try wakeIfPending(head, .bool(true))
    }

    /// Semaphore._wake_up_next: the first waiter not yet woken gets a unit.
    func semaphoreWakeUpNext(_ k: LockNatives.Kind, _ o: PyInstance) throws {
        let s = lockSlots(k)
        guard let line = s.list(o, .waiters) else { return }
        for w in line.items where try !isDoneFuture(w) {
            guard case .int(let v)? = s.get(o, .value) else { throw pyTypeError("Semaphore._value must be an int") }
            s.set(o, .value, .int(v - 1))
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
    func someWaiterLive(_ k: LockNatives.Kind, _ o: PyInstance) throws -> Bool {
        guard let line = lockSlots(k).list(o, .waiters) else { return false }
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

    /// Where the lock's class keeps its attributes.
    private let slots: AttributeSlots<LockAttribute>

    init(_ interp: Interpreter, _ kind: LockNatives.Kind, _ lock: PyInstance, entering: Bool) {
        self.link = interp.link
        self.slots = interp.lockSlots(kind)
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
        guard case .int(let v)? = slots.get(lock, .value) else { throw pyTypeError("Semaphore._value must be an int") }
        return v
    }

    private func start(_ interp: Interpreter) throws -> AwaitStep {
        switch kind {
        case .lock:
            if case .bool(false)? = slots.get(lock, .locked), try !interp.someWaiterLive(kind, lock) {
                slots.set(lock, .locked, .bool(true))
                interp.noteSync("acquired", lock)
                return .done(result)
            }
        case .semaphore, .bounded:
            if try value() != 0, try !interp.someWaiterLive(kind, lock) {
                slots.set(lock, .value, .int(try value() - 1))
                interp.noteSync("acquired", lock)
                return .done(result)
            }
        }
        let line: PyList
        if let l = slots.list(lock, .waiters) {
            line = l
        } else {
            line = PyList()
            slots.set(lock, .waiters, .object(line))
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
                    if case .bool(false)? = slots.get(lock, .locked) { try interp.lockWakeUpFirst(lock) }
                case .semaphore, .bounded:
                    // A waiter woken (its unit reserved) returns the unit.
                    if !future.isCancelled {
                        slots.set(lock, .value, .int(try value() + 1))
                        try interp.semaphoreWakeUpNext(kind, lock)
                    }
                }
            }
        }
        guard case .done = step else { return step }
        phase = .finished
        try leaveLine(future)
        switch kind {
        case .lock:
            slots.set(lock, .locked, .bool(true))
        case .semaphore, .bounded:
            if try value() > 0 { try interp.semaphoreWakeUpNext(kind, lock) }
        }
        interp.noteSync("acquired", lock)
        return .done(result)
    }

    /// `finally: self._waiters.remove(fut)`.
    private func leaveLine(_ future: Future) throws {
        guard let line = slots.list(lock, .waiters),
              let i = line.items.firstIndex(where: { $0.asObject === future }) else {
            throw pyValueError("list.remove(x): x not in list")
        }
        line.items.remove(at: i)
    }
}
