// `asyncio.Event.wait()` and the wake-up loop of `Event.set()` in Swift.
// The Event class itself stays in the prelude (PreludeLocks.swift) and keeps
// its state in Python attributes (`_value`, `_waiters[_head:]`, `_label`);
// only the per-waiter work is native. With 100,000 tasks parked on one Event
// (bench/many_tasks.py) a Python `wait` coroutine cost each waiter a frame,
// its locals/stack buffer and a coroutine object (~400 bytes), and the mass
// wake-up ran 100,000 Python-level `set_result` calls and `_remove_waiter`s.

/// What `event.wait()` returns: `if self._value: return True`, else wait on a
/// fresh future in `_waiters`, removing it however the await ends
/// (`try: await fut; return True / finally: self._remove_waiter(fut)`).
final class EventWaitCoroutine: NativeAwaitableObject, PhasedCoroutine {
    var phase = CoroutinePhase<Future>.created
    /// The Event instance (an object, so 8 bytes rather than a `Value`'s 17).
    private let eventObject: PyObject
    private var event: Value { .object(eventObject) }
    /// Weak: a coroutine may outlive its run's interpreter in a test, and its
    /// deinit must not touch a freed one.
    /// Through the interpreter's shared link, not a weak reference of its own (see `InterpreterLink`).
    private let link: InterpreterLink
    private var interp: Interpreter? { link.interpreter }

    init(_ interp: Interpreter, event: PyObject) {
        self.link = interp.link
        self.eventObject = event
    }

    deinit { warnIfNeverAwaited(interp) }

    override var pyType: PyType { AsyncioTypes.coroutine }
    var coroutineName: String { "Event.wait" }
    var awaitingLabel: String { "Event.wait()" }

    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        switch phase {
        case .created:
            phase = .finished
            if case .throwing(let e)? = input { throw PyError(e) }
            if try interp.truthy(try read(interp, .value)) { return .done(.bool(true)) }
            let label = try read(interp, .label)
            let future = Future(loop: try interp.getRunningLoop())
            if case .str(let s) = label { future.label = s }
            if interp.asyncio.wantsEvents { future.syncObject = interp.asyncio.syncNumber(eventObject) }
            try waiters(interp).items.append(.object(future))
            phase = .parked(future)
            return try forward(interp, future, nil)
        case .parked(let future):
            return try forward(interp, future, input)
        case .finished:
            throw pyRuntimeError("cannot reuse already awaited coroutine")
        }
    }

    /// `await fut; return True` inside `try/finally: self._remove_waiter(fut)`.
    private func forward(_ interp: Interpreter, _ future: Future, _ input: ResumeInput?) throws -> AwaitStep {
        let step = try future.awaitStep(interp, input) { _ in
            phase = .finished
            try removeWaiter(interp, future)
        }
        guard case .done = step else { return step }
        phase = .finished
        try removeWaiter(interp, future)
        return .done(.bool(true))
    }

    /// `self.<name>`: from the instance dict for an Event of exactly the
    /// prelude's class, as the Event natives read it.
    private func read(_ interp: Interpreter, _ a: EventAttribute) throws -> Value {
        if let n = interp.asyncio.eventNatives, let o = eventObject as? PyInstance, o.cls === n.eventClass,
           let v = n.slots.get(o, a) {
            return v
        }
        return try interp.getAttribute(event, a.attributeName)
    }

    private func waiters(_ interp: Interpreter) throws -> PyList {
        let w = try read(interp, .waiters)
        guard case .object(let o) = w, let list = o as? PyList else {
            throw pyTypeError("Event._waiters must be a list, not \(interp.typeOf(w).name)")
        }
        return list
    }

    /// `Event._remove_waiter`: woken waiters leave from the front in FIFO
    /// order, so advancing `_head` keeps a mass wake-up O(N); the dead prefix
    /// is dropped once it is at least half the list.
    private func removeWaiter(_ interp: Interpreter, _ future: Future) throws {
        let list = try waiters(interp)
        guard case .int(var head) = try read(interp, .head), head >= 0 else {
            throw pyTypeError("Event._head must be an int")
        }
        if head < list.items.count, case .object(let first) = list.items[head], first === future {
            list.items[head] = .none
            head += 1
            if head == list.items.count {
                list.items.removeAll()
                head = 0
            } else if head >= 32, head * 2 >= list.items.count {
                list.items.removeFirst(head)
                head = 0
            }
            if let n = interp.asyncio.eventNatives, let o = eventObject as? PyInstance, o.cls === n.eventClass,
               n.slots.get(o, .head) != nil {
                n.slots.set(o, .head, .int(head))
            } else {
                try interp.setAttribute(event, "_head", .int(head))
            }
        } else if head <= list.items.count,
                  let i = list.items[head...].firstIndex(where: { $0.asObject === future }) {
            list.items.remove(at: i)
        } else {
            throw pyValueError("list.index(x): x not in list")
        }
    }
}

extension Interpreter {
    /// Event's `is_set`, `set`, `clear` and `wait` as natives in the prelude
    /// class: the same attribute reads and writes as the Python bodies, read
    /// straight from the instance dict for an Event of exactly the prelude's
    /// class (`asyncio.Event().wait()` ran one Python frame per call). A
    /// call with other arguments runs the Python version, for its errors.
    func installEventNatives(_ dict: [String: Value]) {
        guard case .object(let ec as PyType)? = dict["Event"] else { return }
        let natives = EventNatives(eventClass: ec)
        asyncio.eventNatives = natives
        let slots = natives.slots
        let read: (Interpreter, Value, EventAttribute) throws -> Value = { interp, ev, name in
            if case .object(let o as PyInstance) = ev, o.cls === ec, let v = slots.get(o, name) { return v }
            return try interp.getAttribute(ev, name.attributeName)
        }
        let write: (Interpreter, Value, Value) throws -> Void = { interp, ev, v in
            if case .object(let o as PyInstance) = ev, o.cls === ec, slots.get(o, .value) != nil {
                slots.set(o, .value, v)
            } else {
                try interp.setAttribute(ev, "_value", v)
            }
        }
        let table: [(String, (Interpreter, Value) throws -> Value)] = [
            ("is_set", { interp, ev in try read(interp, ev, .value) }),
            ("set", { interp, ev in
                if try !interp.truthy(try read(interp, ev, .value)) {
                    try write(interp, ev, .bool(true))
                    try interp.wakeEventWaiters(try read(interp, ev, .waiters), head: try read(interp, ev, .head))
                }
                return .none
            }),
            ("clear", { interp, ev in
                try write(interp, ev, .bool(false))
                return .none
            }),
            ("wait", { interp, ev in
                guard case .object(let o) = ev else { throw pyTypeError("an Event was expected") }
                return .object(EventWaitCoroutine(interp, event: o))
            }),
        ]
        for (name, body) in table {
            guard let python = ec.dict[name] else { continue }
            let fn = PyNativeFunction(name) { interp, args in
                guard args.positional.count == 1, args.keywords.isEmpty else { return try interp.call(python, args) }
                return try body(interp, args.positional[0])
            }
            fn.bindsInPythonClass = true
            ec.dict[name] = .object(fn)
        }
    }

    /// `Event.set()`'s loop: `for fut in self._waiters[head:]: if not
    /// fut.done(): fut.set_result(True)`, over a snapshot of the list.
    func wakeEventWaiters(_ waiters: Value, head: Value) throws {
        guard case .object(let o) = waiters, let list = o as? PyList, case .int(let head) = head else {
            throw pyTypeError("_wake_waiters expects a list and an int")
        }
        let pending = list.items.dropFirst(max(head, 0))
        for case .object(let f as Future) in pending where !f.isDone {
            try f.setResult(.bool(true))
        }
    }
}

/// The prelude's Event class and where its instances keep their attributes.
final class EventNatives {
    let eventClass: PyType
    let slots = AttributeSlots<EventAttribute>()

    init(eventClass: PyType) {
        self.eventClass = eventClass
    }
}
