// asyncio.TaskGroup in Swift, with CPython 3.11's observable behaviour
// (taskgroups.py): the order in which children are cancelled, the parent's
// cancel request made and withdrawn, which error escapes, the repr, and the
// `TaskGroup._on_task_done` callback and `TaskGroup(N tasks)` wait the event
// stream shows. The class itself stays in the prelude (PreludeTasks.swift) so
// programs can subclass it; its `__init__` stores a `TaskGroupState` in the
// instance and every other method is one of these natives. (A tree of 56,000
// tasks spent most of its time in the Python version's frames.)

/// What one TaskGroup knows: CPython's `_loop`, `_parent_task`, flags,
/// `_tasks` (here in creation order, so iterating is deterministic),
/// `_errors`, `_base_error` and `_on_completed_fut`.
final class TaskGroupState: PyObject {
    /// Strong: a weak reference would give the loop a side table, and
    /// every future's `unowned` loop reference would then take the slow path.
    var loop: EventLoop?
    var parent: Task?
    var entered = false
    var closing = false
    var aborting = false
    /// Whether a child's failure cancelled the parent (withdrawn on exit).
    var cancelledParent = false
    var children = TaskLine()
    /// nil once `__aexit__` has raised them.
    var errors: [Value]? = []
    /// A KeyboardInterrupt or SystemExit, re-raised as it is.
    var fatal: PyException?
    var allDone: Future?

    nonisolated(unsafe) static let type = AsyncioTypes.make("_TaskGroupState", module: "asyncio.taskgroups", [])
    override var pyType: PyType { Self.type }
}

/// Tasks in creation order with O(1) removal: finished ones leave a hole
/// that the front skips, compacted once holes are most of the line.
struct TaskLine {
    private var slots: [Future?] = []
    private var index: [ObjectIdentifier: Int] = [:]
    private var head = 0

    var count: Int { index.count }
    var isEmpty: Bool { index.isEmpty }
    var members: [Future] { slots[head...].compactMap { $0 } }

    mutating func insert(_ f: Future) {
        let key = ObjectIdentifier(f)
        guard index[key] == nil else { return }
        index[key] = slots.count
        slots.append(f)
    }

    mutating func remove(_ f: Future) {
        guard let i = index.removeValue(forKey: ObjectIdentifier(f)) else { return }
        slots[i] = nil
        if index.isEmpty {
            slots.removeAll(keepingCapacity: true)
            head = 0
            return
        }
        while slots[head] == nil { head += 1 }
        if head >= 32, head * 2 >= slots.count {
            slots.removeFirst(head)
            head = 0
            for (k, f) in slots.enumerated() { if let f { index[ObjectIdentifier(f)] = k } }
        }
    }
}

extension Interpreter {
    /// Puts the natives into the prelude's TaskGroup class.
    func installTaskGroupNatives(_ dict: [String: Value]) {
        guard case .object(let cls as PyType)? = dict["TaskGroup"] else { return }
        typealias Body = (Interpreter, PyInstance, TaskGroupState, Arguments) throws -> Value
        let table: [(String, ClosedRange<Int>, Body)] = [
            ("__repr__", 1...1, { _, _, s, _ in .str(Self.taskGroupRepr(s)) }),
            ("__aenter__", 1...1, { interp, o, s, _ in
                .object(OneStepCoroutine(interp, name: "TaskGroup.__aenter__") { try $0.taskGroupEnter(o, s) })
            }),
            ("__aexit__", 4...4, { interp, o, s, a in .object(TaskGroupExit(interp, o, s, excType: a[1], exc: a[2])) }),
            ("create_task", 2...2, { interp, o, s, a in try interp.taskGroupCreateTask(o, s, a) }),
            ("_abort", 1...1, { _, _, s, _ in s.abort(); return .none }),
            ("_on_task_done", 2...2, { interp, _, s, a in
                guard case .object(let f as Future) = a[1] else { throw pyTypeError("a Task was expected") }
                try interp.taskGroupChildDone(s, f)
                return .none
            }),
        ]
        for (name, arity, body) in table {
            let fn = PyNativeFunction(name) { interp, args in
                guard arity.contains(args.positional.count), case .object(let o as PyInstance) = args.positional[0] else {
                    throw pyTypeError("TaskGroup.\(name)() takes \(arity.lowerBound - 1) positional arguments (\(max(args.positional.count - 1, 0)) given)")
                }
                if name != "create_task", !args.keywords.isEmpty {
                    throw pyTypeError("TaskGroup.\(name)() got an unexpected keyword argument '\(args.keywords[0].0)'")
                }
                return try body(interp, o, try interp.taskGroupState(o), args)
            }
            fn.bindsInPythonClass = true
            cls.dict[name] = .object(fn)
            if name == "_on_task_done" { asyncio.taskGroupDone = fn }
        }
    }

    func taskGroupState(_ o: PyInstance) throws -> TaskGroupState {
        if case .object(let s as TaskGroupState)? = o.dict["_state"] { return s }
        guard case .object(let s as TaskGroupState) = try getAttribute(.object(o), "_state") else {
            throw pyTypeError("TaskGroup._state must be the group's state")
        }
        return s
    }

    static func taskGroupRepr(_ s: TaskGroupState) -> String {
        var text = "<TaskGroup"
        if !s.children.isEmpty { text += " tasks=\(s.children.count)" }
        if let e = s.errors, !e.isEmpty { text += " errors=\(e.count)" }
        if s.aborting { text += " cancelling" } else if s.entered { text += " entered" }
        return text + ">"
    }

    /// `TaskGroup.__aenter__`'s body: records the loop and the parent task.
    func taskGroupEnter(_ o: PyInstance, _ s: TaskGroupState) throws -> Value {
        if s.entered { throw pyRuntimeError("TaskGroup \(try repr(.object(o))) has already been entered") }
        if s.loop == nil { s.loop = try getRunningLoop() }
        _ = try getRunningLoop()
        guard let parent = asyncio.currentTask else {
            throw pyRuntimeError("TaskGroup \(try repr(.object(o))) cannot determine the parent task")
        }
        s.parent = parent
        s.entered = true
        return .object(o)
    }

    /// `TaskGroup.create_task(coro, *, name=None, context=None)`.
    func taskGroupCreateTask(_ o: PyInstance, _ s: TaskGroupState, _ args: Arguments) throws -> Value {
        for (k, _) in args.keywords where k != "name" && k != "context" {
            throw pyTypeError("TaskGroup.create_task() got an unexpected keyword argument '\(k)'")
        }
        if !s.entered { throw pyRuntimeError("TaskGroup \(try repr(.object(o))) has not been entered") }
        if s.closing && s.children.isEmpty { throw pyRuntimeError("TaskGroup \(try repr(.object(o))) is finished") }
        if s.aborting { throw pyRuntimeError("TaskGroup \(try repr(.object(o))) is shutting down") }
        guard let loop = s.loop else { throw pyRuntimeError("TaskGroup has no loop") }
        try loop.checkClosed()
        let a = NativeArgs("create_task", Arguments([], keywords: args.keywords))
        let name = try a.keyword("name").flatMap { $0.isNone ? nil : try str($0) }
        let child = try withTaskContext(a) {
            try loop.fromAsyncio("taskgroups.py", 161) { try loop.makeTask(args[1], name: name) }
        }
        guard case .object(let f as Future) = child else { throw pyTypeError("the task factory must make a Task") }
        if let own = asyncio.taskGroupDone, o.cls.lookup("_on_task_done")?.asObject !== own {
            // A subclass's own `_on_task_done` is the callback, as in CPython.
            let cb = PythonCallback(try getAttribute(.object(o), "_on_task_done"))
            cb.context = try capturedContext(nil)
            f.addDoneCallback(.python(cb))
        } else {
            f.addDoneCallback(.native(key: 0, name: "TaskGroup._on_task_done") { interp, done in
                try interp.taskGroupChildDone(s, done)
            })
        }
        s.children.insert(f)
        return child
    }

    /// `TaskGroup._on_task_done(task)`.
    func taskGroupChildDone(_ s: TaskGroupState, _ task: Future) throws {
        s.children.remove(task)
        if s.children.isEmpty, let all = s.allDone, !all.isDone { try all.setResult(.bool(true)) }
        if task.isCancelled { return }
        guard let exc = try task.exceptionValue() else { return }
        s.errors?.append(.object(exc))
        if s.fatal == nil, Self.stopsGroup(exc) { s.fatal = exc }
        guard let parent = s.parent, !parent.isDone, !s.aborting, !s.cancelledParent else { return }
        // The first failure stops everything, the body included: cancel the
        // parent so its pending await ends; __aexit__ withdraws the request.
        s.abort()
        s.cancelledParent = true
        parent.cancel()
    }

    /// Exceptions a TaskGroup re-raises as they are, not inside a group.
    static func stopsGroup(_ e: PyException) -> Bool {
        e.isInstance(of: BuiltinTypes.keyboardInterrupt) || e.isInstance(of: BuiltinTypes.systemExit)
    }
}

extension TaskGroupState {
    /// `TaskGroup._abort`.
    func abort() {
        aborting = true
        for child in children.members where !child.isDone { child.cancel() }
    }
}

/// `__aexit__`: cancels the children if the body failed, waits until every
/// child is done (as often as the parent is cancelled meanwhile), then
/// raises what CPython raises: a KeyboardInterrupt/SystemExit as it is, the
/// body's own cancellation, or the errors in a BaseExceptionGroup.
final class TaskGroupExit: NativeAwaitableObject, PhasedCoroutine {
    var phase = CoroutinePhase<Future>.created
    private let group: PyInstance
    private let state: TaskGroupState
    private let excType: Value
    private let exc: Value
    /// The CancelledError to re-raise at the end, if any.
    private var cancel: Value?
    /// Through the interpreter's shared link, not a weak reference of its own (see `InterpreterLink`).
    private let link: InterpreterLink
    private var interp: Interpreter? { link.interpreter }

    init(_ interp: Interpreter, _ group: PyInstance, _ state: TaskGroupState, excType: Value, exc: Value) {
        self.link = interp.link
        self.group = group
        self.state = state
        self.excType = excType
        self.exc = exc
    }

    deinit { warnIfNeverAwaited(interp) }

    override var pyType: PyType { AsyncioTypes.coroutine }
    var coroutineName: String { "TaskGroup.__aexit__" }
    var awaitingLabel: String { coroutineName + "()" }

    override func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        switch phase {
        case .created:
            phase = .finished
            if case .throwing(let e)? = input { throw PyError(e) }
            try begin()
        case .parked(let future):
            do {
                if case .suspend(let v) = try future.awaitStep(interp, input) { return .suspend(v) }
            } catch let error as PyError where error.exception.isCancelledError {
                // The parent was cancelled while it waited for the children.
                if !state.aborting {
                    cancel = .object(error.exception)
                    state.abort()
                }
            } catch {
                phase = .finished
                throw error
            }
            state.allDone = nil
        case .finished:
            throw pyRuntimeError("cannot reuse already awaited coroutine")
        }
        if !state.children.isEmpty {
            let n = state.children.count
            let future = Future(loop: try interp.getRunningLoop(), label: "TaskGroup(\(n) task\(n == 1 ? "" : "s"))")
            future.awaitedTasks = state.children.members.compactMap { ($0 as? Task)?.id }
            state.allDone = future
            phase = .parked(future)
            return try future.awaitStep(interp, nil)
        }
        phase = .finished
        return .done(try finish(interp))
    }

    private func begin() throws {
        state.closing = true
        if state.fatal == nil, case .object(let e as PyException) = exc, Interpreter.stopsGroup(e) { state.fatal = e }
        // The body's CancelledError goes on up unless it only came from the
        // group's own cancel of the parent (withdrawn here).
        if case .object(let t as PyType) = excType, t === AsyncioExceptions.cancelledError { cancel = exc }
        if state.cancelledParent, let parent = state.parent, parent.uncancel() == 0 { cancel = nil }
        if !excType.isNone && !state.aborting { state.abort() }
    }

    private func finish(_ interp: Interpreter) throws -> Value {
        if let fatal = state.fatal { throw PyError(fatal) }
        if let cancel, state.errors?.isEmpty ?? true { throw PyError(try interp.makeRaisable(cancel)) }
        if !excType.isNone, excType.asObject !== AsyncioExceptions.cancelledError { state.errors?.append(exc) }
        guard let errors = state.errors, !errors.isEmpty else { return .none }
        state.errors = nil
        let group = try interp.call(.object(BuiltinTypes.baseExceptionGroup),
                                    Arguments([.str("unhandled errors in a TaskGroup"), .object(interp.makeList(errors))]))
        let e = try interp.makeRaisable(group)
        e.cause = nil
        e.suppressContext = true
        throw PyError(e)
    }
}
