// asyncio.Queue's hot methods in Swift: get, put, get_nowait, put_nowait
// and task_done. The class stays in the prelude (PreludeQueues.swift) with
// its state in Python attributes (`_queue`, `_getters`, ...); these replace
// its methods in the class dict and do the same steps without running
// Python frames. A queue whose class overrides a hook CPython's methods call
// (`empty`, `full`, `qsize`, `_get`, `_put`, `get_nowait`, `put_nowait`:
// LifoQueue, PriorityQueue, user subclasses) or whose attributes were
// replaced by values of other types runs the prelude's Python versions, so
// the observable behaviour is the prelude's either way. (A three-stage
// pipeline spent three quarters of its time in these methods' frames.)

/// What the fast path checks, per interpreter: the prelude's own hooks and
/// the Python versions of the replaced methods.
final class QueueNatives {
    let queueClass: PyType
    let eventClass: PyType
    let slots = AttributeSlots<QueueAttribute>()
    /// The prelude's values of the names a fast-path class must not override.
    private var hooks: [(String, PyObject)]
    private let eventClear: PyObject?
    /// The prelude's Python methods the natives replaced (the slow path).
    var fallbacks: [String: Value] = [:]
    /// The last class checked and the class epoch of that check.
    private var checkedType: PyType?
    private var checkedEpoch: UInt64 = 0
    private var checkedFast = false

    init(queueClass: PyType, eventClass: PyType, hookNames: [String]) {
        self.queueClass = queueClass
        self.eventClass = eventClass
        hooks = hookNames.compactMap { name in queueClass.dict[name]?.asObject.map { (name, $0) } }
        eventClear = eventClass.dict["clear"]?.asObject
    }

    func addHooks(_ more: [(String, PyObject)]) {
        hooks.append(contentsOf: more)
        checkedType = nil
    }

    /// Whether `t` resolves every hook to the prelude's own (cached until
    /// any class attribute changes).
    func isFast(_ t: PyType) -> Bool {
        if t === checkedType && checkedEpoch == PyType.attributeEpoch { return checkedFast }
        var fast = t === queueClass || t.isSubtype(of: queueClass)
        if fast {
            for (name, original) in hooks where t.lookup(name)?.asObject !== original {
                fast = false
                break
            }
        }
        if fast, eventClass.lookup("clear")?.asObject !== eventClear { fast = false }
        checkedType = t
        checkedEpoch = PyType.attributeEpoch
        checkedFast = fast
        return fast
    }
}

/// A queue's attributes, read from its instance dict when they have the
/// types the prelude gives them (nil otherwise: the slow path runs).
struct QueueFields {
    let queue: PyList
    let maxsize: Int

    @inline(__always)
    init?(_ q: PyInstance, _ slots: AttributeSlots<QueueAttribute>) {
        guard let l = slots.list(q, .queue), case .int(let m)? = slots.get(q, .maxsize) else { return nil }
        queue = l
        maxsize = m
    }

    var isFull: Bool { maxsize > 0 && queue.items.count >= maxsize }

    static func line(_ q: PyInstance, _ a: QueueAttribute, _ slots: AttributeSlots<QueueAttribute>) throws -> PyList {
        guard let l = slots.list(q, a) else { throw pyTypeError("Queue.\(a.attributeName) must be a list") }
        return l
    }
}

extension Interpreter {
    /// Replaces Queue's hot methods with the natives (called once, when the
    /// asyncio module is made).
    func installQueueNatives(_ dict: [String: Value]) {
        guard case .object(let qc as PyType)? = dict["Queue"], case .object(let ec as PyType)? = dict["Event"] else { return }
        let natives = QueueNatives(queueClass: qc, eventClass: ec,
                                   hookNames: ["empty", "full", "qsize", "_get", "_put"])
        let methods: [(String, Int, (Interpreter, QueueNatives, PyInstance, QueueFields, Arguments) throws -> Value)] = [
            ("get", 1, { interp, n, q, _, _ in .object(QueueWaitCoroutine(interp, n, q, put: nil)) }),
            ("put", 2, { interp, n, q, _, a in .object(QueueWaitCoroutine(interp, n, q, put: a[1])) }),
            ("get_nowait", 1, { interp, n, q, f, _ in try interp.queueGetNowait(q, f, n) }),
            ("put_nowait", 2, { interp, n, q, f, a in try interp.queuePutNowait(q, f, a[1], n) }),
            ("task_done", 1, { interp, n, q, _, _ in try interp.queueTaskDone(q, n) }),
        ]
        var replaced: [(String, PyObject)] = []
        for (name, arity, body) in methods {
            guard let python = qc.dict[name] else { continue }
            natives.fallbacks[name] = python
            // The natives through the interpreter, not captured: an `unowned`
            // capture costs a checked retain per use.
            let fn = PyNativeFunction(name) { interp, args in
                guard args.positional.count == arity, args.keywords.isEmpty, let natives = interp.asyncio.queueNatives,
                      case .object(let q as PyInstance) = args.positional[0], natives.isFast(q.cls),
                      let fields = QueueFields(q, natives.slots) else {
                    return try interp.call(python, args)
                }
                return try body(interp, natives, q, fields, args)
            }
            fn.bindsInPythonClass = true
            replaced.append((name, fn))
        }
        var classDict = qc.dict
        for (name, fn) in replaced { classDict[name] = .object(fn) }
        qc.dict = classDict
        asyncio.queueNatives = natives
        // get_nowait and put_nowait are hooks too once they are native:
        // a subclass overriding them gets the Python get and put.
        natives.addHooks(replaced.filter { $0.0.hasSuffix("_nowait") })
    }

    /// `Queue.get_nowait` on a fast-path queue.
    func queueGetNowait(_ q: PyInstance, _ f: QueueFields, _ n: QueueNatives) throws -> Value {
        if f.queue.items.isEmpty { throw PyError(PyException(type: AsyncioExceptions.queueEmpty, args: [])) }
        let item = f.queue.items.removeFirst()
        let putters = try QueueFields.line(q, .putters, n.slots)
        if !putters.items.isEmpty { try wakeOne(putters) }
        return item
    }

    /// `Queue.put_nowait` on a fast-path queue.
    func queuePutNowait(_ q: PyInstance, _ f: QueueFields, _ item: Value, _ n: QueueNatives) throws -> Value {
        let slots = n.slots
        if f.isFull { throw PyError(PyException(type: AsyncioExceptions.queueFull, args: [])) }
        f.queue.items.append(item)
        if case .int(let k)? = slots.get(q, .unfinishedTasks), k < Int.max {
            slots.set(q, .unfinishedTasks, .int(k + 1))
        } else {
            let k = try binaryOp(.add, slots.get(q, .unfinishedTasks) ?? .none, .int(1))
            try setAttribute(.object(q), "_unfinished_tasks", k)
        }
        let finished = slots.get(q, .finished)
        if case .object(let e as PyInstance)? = finished, e.cls === n.eventClass {
            slots.set(e, .eventValue, .bool(false))
        } else if let finished {
            _ = try call(try getAttribute(finished, "clear"), Arguments())
        }
        let getters = try QueueFields.line(q, .getters, slots)
        if !getters.items.isEmpty { try wakeOne(getters) }
        return .none
    }

    /// `Queue.task_done`.
    func queueTaskDone(_ q: PyInstance, _ n: QueueNatives) throws -> Value {
        let slots = n.slots
        guard case .int(let k)? = slots.get(q, .unfinishedTasks) else {
            return try call(n.fallbacks["task_done"] ?? .none, Arguments([.object(q)]))
        }
        if k - 1 < 0 { throw pyValueError("task_done() called too many times") }
        slots.set(q, .unfinishedTasks, .int(k - 1))
        if k - 1 == 0, let finished = slots.get(q, .finished) {
            _ = try call(try getAttribute(finished, "set"), Arguments())
        }
        return .none
    }

    /// The prelude's `_wake_one`: the longest-waiting future not already
    /// done gets None; the done ones in front of it leave the line.
    func wakeOne(_ line: PyList) throws {
        while !line.items.isEmpty {
            let w = line.items.removeFirst()
            if case .object(let f as Future) = w {
                if !f.isDone { try f.setResult(.none); return }
            } else if try !truthy(try call(try getAttribute(w, "done"), Arguments())) {
                _ = try call(try getAttribute(w, "set_result"), Arguments([.none]))
                return
            }
        }
    }
}


/// A native coroutine that `close()` can finish before it starts.
protocol ClosableNativeCoroutine: NativeCoroutine {
    func close()
}

/// What `queue.get()` / `queue.put(item)` return on the fast path: CPython's
/// `while self.empty(): <wait in _getters>; return self.get_nowait()` (and
/// the `full`/`_putters`/`put_nowait` mirror), including its `except:` arm:
/// an interrupted waiter leaves the line and, if it had been woken, passes
/// its turn to the next one.
final class QueueWaitCoroutine: NativeAwaitableObject, PhasedCoroutine {
    var phase = CoroutinePhase<Future>.created
    private let queue: PyInstance
    /// The item of a put; nil for a get.
    private let item: Value?
    /// Strong: an `unowned` reference costs a checked retain per use and an
    /// unowned release when the coroutine is freed.
    private let natives: QueueNatives
    /// Weak: see EventWaitCoroutine.
    /// Through the interpreter's shared link, not a weak reference of its own (see `InterpreterLink`).
    private let link: InterpreterLink
    private var interp: Interpreter? { link.interpreter }

    init(_ interp: Interpreter, _ natives: QueueNatives, _ queue: PyInstance, put item: Value?) {
        self.link = interp.link
        self.natives = natives
        self.queue = queue
        self.item = item
    }

    deinit { warnIfNeverAwaited(interp) }

    override var pyType: PyType { AsyncioTypes.coroutine }
    var coroutineName: String { item == nil ? "Queue.get" : "Queue.put" }
    var awaitingLabel: String { item == nil ? "Queue.get()" : "Queue.put()" }

    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        switch phase {
        case .created:
            if case .throwing(let e)? = input {
                phase = .finished
                throw PyError(e)
            }
            return try attempt(interp)
        case .parked(let future):
            return try forward(interp, future, input)
        case .finished:
            throw pyRuntimeError("cannot reuse already awaited coroutine")
        }
    }

    private var line: QueueAttribute { item == nil ? .getters : .putters }

    /// The queue's fields, which must still have the prelude's types.
    private func fields() throws -> QueueFields {
        guard let f = QueueFields(queue, natives.slots) else { throw pyTypeError("Queue._queue must be a list") }
        return f
    }

    /// Whether the operation must wait (the queue is empty / full).
    private func blocked(_ f: QueueFields) -> Bool {
        item == nil ? f.queue.items.isEmpty : f.isFull
    }

    /// One turn of the `while` loop: wait in line, or finish.
    private func attempt(_ interp: Interpreter) throws -> AwaitStep {
        let f = try fields()
        if blocked(f) {
            let future = Future(loop: try interp.getRunningLoop(), label: awaitingLabel)
            if interp.asyncio.wantsEvents { future.syncObject = interp.asyncio.syncNumber(queue) }
            try QueueFields.line(queue, line, natives.slots).items.append(.object(future))
            phase = .parked(future)
            return try forward(interp, future, nil)
        }
        phase = .finished
        if let item { return .done(try interp.queuePutNowait(queue, f, item, natives)) }
        return .done(try interp.queueGetNowait(queue, f, natives))
    }

    private func forward(_ interp: Interpreter, _ future: Future, _ input: ResumeInput?) throws -> AwaitStep {
        let step = try future.awaitStep(interp, input) { _ in
            phase = .finished
            try giveUp(interp, future)
        }
        guard case .done = step else { return step }
        return try attempt(interp)
    }

    /// The prelude's `_give_up`.
    private func giveUp(_ interp: Interpreter, _ future: Future) throws {
        future.cancel()
        let waiters = try QueueFields.line(queue, line, natives.slots)
        if let i = waiters.items.firstIndex(where: { $0.asObject === future }) { waiters.items.remove(at: i) }
        if try !blocked(fields()) && !future.isCancelled { try interp.wakeOne(waiters) }
    }
}
