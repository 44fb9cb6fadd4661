// OWNER: VM helper. This file started as the contract stub; the VM helper
// replaces the bodies and adds stored state. Signatures below are the API the
// runtime library and asyncio call; keep them (add, don't rename).

public final class Interpreter {
    public let filename: String
    public let source: String
    public var recursionLimit: Int = 1000

    /// Where `print()` and tracebacks go. The Engine routes this into output
    /// events (tagged with the current task) and its stdout/stderr buffers.
    public var write: (String, OutputStream) -> Void = { _, _ in }

    /// asyncio's per-run state (the loop, tasks, the virtual clock).
    public let asyncio = AsyncioState()
    /// The runtime library's per-run state (random generator, ...).
    public let runtime = RuntimeState()

    public init(filename: String, source: String) {
        self.filename = filename
        self.source = source
    }

    /// Calls any Python callable synchronously (functions, bound methods,
    /// classes, native functions, objects with __call__). Runs a nested VM
    /// loop for Python functions; recursion is bounded by `recursionLimit`.
    public func call(_ callable: Value, _ args: Arguments) throws -> Value {
        fatalError("VM: call not implemented yet")
    }

    /// `getattr(obj, name)` with Python semantics (instance dict, class MRO,
    /// binding of functions and native methods, properties).
    public func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        fatalError("VM: getAttribute not implemented yet")
    }

    public func setAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
        fatalError("VM: setAttribute not implemented yet")
    }

    /// The source line the innermost running Python frame is executing
    /// (0 when none). Prelude frames are skipped: this is the user's line.
    public var currentLine: Int { 0 }

    /// True when a native function called right now may throw SuspendRequest
    /// (it was called directly from a fiber's outermost run loop).
    public var canSuspendHere: Bool { false }

    /// Compiles the program and returns a fiber that runs the module body.
    /// Syntax errors are thrown as PyError(SyntaxError/IndentationError/TabError)
    /// with `filename`, `lineno`, `offset`, `text` attributes set so the
    /// traceback printer can show the caret.
    public func loadModule() throws -> Fiber {
        fatalError("VM: loadModule not implemented yet")
    }

    /// Drives a coroutine object (what `async def` calls return) or a module
    /// fiber. `input` is nil on the first resume and after `.budgetExhausted`.
    /// `budget` is the most VM instructions to execute before returning
    /// `.budgetExhausted`; `executed` receives how many ran.
    public func resume(_ fiber: Fiber, _ input: ResumeInput?, budget: Int, executed: inout Int) -> FiberResult {
        fatalError("VM: resume not implemented yet")
    }

    /// Formats a traceback exactly as CPython prints it to stderr
    /// ("Traceback (most recent call last):" ... "ValueError: boom").
    public func formatTraceback(_ exc: PyException) -> String {
        fatalError("VM: formatTraceback not implemented yet")
    }
}

/// Something a Task or the Engine can drive: a coroutine object or the module
/// body. The VM's coroutine class conforms.
public protocol Fiber: PyObject {
    /// `__qualname__` of the coroutine function (`main`, `Worker.run`), or `<module>`.
    var fiberName: String { get }
    /// The user's source line where the fiber is suspended or was created.
    var fiberLine: Int { get }
    /// True once it returned or raised.
    var isFinished: Bool { get }
    /// True once it has been resumed at least once.
    var hasStarted: Bool { get }
}
