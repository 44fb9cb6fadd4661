// The contract between the VM (coroutine frames) and asyncio (Futures, Tasks,
// native coroutines such as `asyncio.sleep`).

/// What a suspended coroutine or fiber is resumed with.
public enum ResumeInput {
    case send(Value)
    case throwing(PyException)
}

/// One advance of a native awaitable.
public enum AwaitStep {
    /// Suspend the whole coroutine chain, yielding `value` (normally a Future)
    /// up to the Task that drives it, exactly like CPython's `yield self` in
    /// `Future.__await__`.
    case suspend(Value)
    /// The await expression evaluates to this value.
    case done(Value)
}

/// An object implemented in Swift that Python code can `await`
/// (Future, Task, the coroutine returned by `asyncio.sleep`, ...).
public protocol NativeAwaitable: PyObject {
    /// Called by the VM when a coroutine executes `await self` (with nil),
    /// and again with the Task's input each time the suspended chain resumes.
    /// Python exceptions are thrown as PyError.
    func awaitStep(_ interp: Interpreter, _ input: ResumeInput?) throws -> AwaitStep
}

/// `o as? NativeAwaitable`, with class tests first for the awaitables every
/// asyncio program awaits: a protocol cast searches the runtime's
/// conformance cache (hundreds of instructions per `await`).
@inline(__always)
func asNativeAwaitable(_ o: PyObject) -> NativeAwaitable? {
    if type(of: o) == SleepCoroutine.self { return unsafeDowncast(o, to: SleepCoroutine.self) }
    if let f = o as? Future { return f }
    return o as? NativeAwaitable
}

/// The result of driving a coroutine (or the module body) for a while.
public enum FiberResult {
    /// The chain awaits something pending; `value` is what the innermost
    /// awaitable yielded (a Future for a Task to wait on).
    case yielded(Value)
    case returned(Value)
    case raised(PyException)
    /// The instruction budget ran out; resume with `nil` input to continue.
    case budgetExhausted
    /// A native function asked to suspend the fiber at its call site
    /// (`asyncio.run` at module level hands control to the Engine this way).
    /// Resuming with `.send(v)` makes that call return `v`.
    case suspendRequest(Value)
}

/// Thrown by a native function to suspend the calling fiber (see
/// `FiberResult.suspendRequest`). Only valid when `Interpreter.canSuspendHere`.
public struct SuspendRequest: Error, @unchecked Sendable {
    public let payload: Value
    public init(_ payload: Value) { self.payload = payload }
}
