// Native stand-ins for Python code, so the loop, tasks and events can be
// tested before (and independently of) the VM: scripted coroutines that
// await native awaitables, and a busy fiber that never yields.
@testable import LoopscopeEngine

/// What a scripted coroutine does next.
enum ScriptAction {
    /// `await x`; the next stage receives the result.
    case await(NativeAwaitable)
    /// `return v`.
    case finish(Value)
    /// `raise e`.
    case raise(PyException)
}

/// A coroutine made of stages: each stage gets the previous await's result
/// and says what to do next. `onError` plays `except`, `onFinally` plays
/// `finally`.
final class ScriptedCoroutine: PyObject, NativeCoroutine {
    let coroutineName: String
    private var stages: [(Value) throws -> ScriptAction]
    private var current: NativeAwaitable?
    private(set) var isFinished = false
    var onError: ((PyException) throws -> ScriptAction)?
    var onFinally: (() -> Void)?
    var awaitingLabel: String { coroutineName }

    init(_ name: String, _ stages: [(Value) throws -> ScriptAction]) {
        self.coroutineName = name
        self.stages = stages
    }

    override var pyType: PyType { AsyncioTypes.coroutine }

    func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep {
        var last: Value = .none
        if let awaiting = current {
            do {
                switch try awaiting.awaitStep(interp, input) {
                case .suspend(let v): return .suspend(v)
                case .done(let v): last = v; current = nil
                }
            } catch let e as PyError {
                current = nil
                return try handle(interp, e.exception)
            }
        } else if case .throwing(let e)? = input {
            return try handle(interp, e)
        }
        return try advance(interp, last)
    }

    private func handle(_ interp: Interpreter, _ e: PyException) throws -> AwaitStep {
        guard let onError else { return try end { throw PyError(e) } }
        self.onError = nil
        return try run(interp, try onError(e))
    }

    private func advance(_ interp: Interpreter, _ value: Value) throws -> AwaitStep {
        guard !stages.isEmpty else { return try end { .done(.none) } }
        let stage = stages.removeFirst()
        let action: ScriptAction
        do { action = try stage(value) } catch let e as PyError { return try handle(interp, e.exception) }
        return try run(interp, action)
    }

    private func run(_ interp: Interpreter, _ action: ScriptAction) throws -> AwaitStep {
        switch action {
        case .finish(let v): return try end { .done(v) }
        case .raise(let e): return try end { throw PyError(e) }
        case .await(let a):
            current = a
            do {
                switch try a.awaitStep(interp, nil) {
                case .suspend(let v): return .suspend(v)
                case .done(let v): current = nil; return try advance(interp, v)
                }
            } catch let e as PyError {
                current = nil
                return try handle(interp, e.exception)
            }
        }
    }

    private func end(_ body: () throws -> AwaitStep) throws -> AwaitStep {
        isFinished = true
        onFinally?()
        onFinally = nil
        return try body()
    }
}

/// `while True: pass` (or a loop of `total` instructions) as a fiber that
/// honours the instruction budget like the VM does.
final class BusyFiber: PyObject, SelfDrivenFiber {
    let fiberName: String
    var fiberLine: Int = 3
    private(set) var isFinished = false
    private(set) var hasStarted = false
    private var remaining: Int?

    init(_ name: String, total: Int?) {
        self.fiberName = name
        self.remaining = total
    }

    override var pyType: PyType { AsyncioTypes.coroutine }

    func resume(_ interp: Interpreter, _ input: ResumeInput?, budget: Int, executed: inout Int) -> FiberResult {
        hasStarted = true
        if case .throwing(let e)? = input { isFinished = true; return .raised(e) }
        guard let left = remaining else {
            executed = budget
            return .budgetExhausted
        }
        if left > budget {
            remaining = left - budget
            executed = budget
            return .budgetExhausted
        }
        executed = left
        isFinished = true
        return .returned(.none)
    }
}

/// An interpreter whose events and output are recorded, for loop-level tests.
final class LoopHarness {
    let interp = Interpreter(filename: "/tmp/test.py", source: "")
    var events: [Event] = []
    var stdout = ""
    var stderr = ""

    init(budget: Int = 200_000) {
        interp.asyncio.instructionBudget = budget
        interp.asyncio.sink = { [unowned self] kind in
            self.events.append(Event(seq: self.events.count, time: self.interp.asyncio.clock, kind: kind))
        }
        interp.write = { [unowned self] text, stream in
            if stream == .stdout { self.stdout += text } else { self.stderr += text }
            self.interp.asyncio.emit(.output(text: text, stream: stream, task: self.interp.asyncio.currentTask?.id))
        }
    }

    func print(_ text: String) { interp.write(text + "\n", .stdout) }

    func sleep(_ delay: Value, result: Value = .none) -> SleepCoroutine {
        SleepCoroutine(interp, delay: delay, result: result)
    }

    func task(_ coro: NativeCoroutine, name: String? = nil) throws -> Task {
        try Task(coro: .object(coro), loop: try interp.getRunningLoop(), name: name)
    }

    /// `asyncio.run(coro)` run inline to completion.
    func run(_ coro: PyObject) throws -> Value {
        try interp.asyncioRun(.object(coro))
    }

    var kinds: [EventKind] { events.map(\.kind) }
}
