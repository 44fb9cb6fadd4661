// The interpreter: per-run VM state and the API the runtime library and
// asyncio call (call, attributes, fibers, tracebacks). Other files extend it
// by concern (Interpreter+Run, +Calls, +Attributes, +Frames, ...).

public final class Interpreter {
    public let filename: String
    public let source: String
    public var recursionLimit: Int = 1000

    /// Where `print()` and tracebacks go. The Engine routes this into output
    /// events (tagged with the current task) and its stdout/stderr buffers.
    public var write: (String, OutputStream) -> Void = { _, _ in }
    /// Set by `write` when the output could not be written; the program's
    /// own write raises it (`programWrite`).
    var pendingWriteFailure: OutputWriteFailure?

    /// asyncio's per-run state (the loop, tasks, the virtual clock).
    public let asyncio = AsyncioState()
    /// The runtime library's per-run state (random generator, ...).
    public let runtime = RuntimeState()
    /// The other standard modules' per-run state (warnings registry, threads).
    let stdlib = StdlibState()

    /// Called when a coroutine object is destroyed without ever being started
    /// (CPython's "coroutine '...' was never awaited"). Runs during the
    /// coroutine's deinit: read its name, do not keep a reference to it.
    public var onCoroutineNeverAwaited: ((PyCoroutine) -> Void)?

    // MARK: VM state

    /// Generators freed while suspended, to close at the next safe point
    /// (Interpreter+Finalize.swift); the flag is what the dispatch loop reads.
    var pendingFinalizations: [PendingFinalization] = []
    var hasPendingFinalizations = false
    /// What generators and coroutines hold to reach this interpreter from
    /// their deinit (`InterpreterLink`); emptied in `deinit`.
    let link = InterpreterLink()

    /// `__main__`.
    public let mainModule: PyModule
    var builtinsNS = Namespace()
    var builtinsLoaded = false
    /// The builtin `next`, which the dispatch loop runs inline on generators.
    var nextBuiltin: PyObject?
    /// Imported modules by name (created once per interpreter).
    var modules: [String: PyModule] = [:]
    /// The program's module code, while it lives: the frames a running
    /// task's caller chain continues into (FrameObject.swift).
    weak var mainFiber: ModuleFiber?
    /// Python frames currently executing (all nested loops), for the recursion limit.
    var depth = 0
    /// Nested run loops on the Swift stack (native → Python calls).
    var nativeDepth = 0
    /// Bound on nested native → Python calls (the stack guard is the real limit).
    var maxNativeDepth = 100_000
    var stackGuard = StackGuard()
    /// The innermost executing frame (for currentLine, super(), tracebacks).
    /// Not retained: while a run loop runs it holds this frame, and on exit
    /// it restores the value it found (held by an outer loop or nil).
    unowned(unsafe) var currentFrame: Frame?
    /// Instructions executed (all loops), except those the innermost
    /// running loop executed since its last sync: see `executedInstructions`.
    var instructionCount = 0
    /// The innermost running loop's `remaining` when its instructions were
    /// last added to `instructionCount`, and at its last `sync()`: a sync is
    /// then one store, and the dispatch loop keeps one variable fewer.
    var loopMark = 0
    var loopRemaining = 0
    /// Total instructions executed (all loops), as of the innermost loop's
    /// last sync (before anything that may run native code).
    var executedInstructions: Int { instructionCount &+ (loopMark &- loopRemaining) }
    /// True while the outermost loop of a resumed fiber runs a native call directly.
    var suspendAllowed = false
    /// The loop nesting level of the fiber being resumed (for canSuspendHere).
    var fiberLoopLevel = -1
    var loopLevel = 0
    var argv: [String]
    var sourceLines: [String]?
    /// Finds the modules next to the program (Interpreter+LocalImport.swift).
    var localModuleLookup: ((String) -> LocalModule?)?
    /// The local modules loaded so far, and their lines for tracebacks.
    var localModuleNames: Set<String> = []
    var localSourceLines: [String: [String]] = [:]

    public init(filename: String, source: String) {
        self.filename = filename
        self.source = source
        self.mainModule = PyModule(name: "__main__")
        self.argv = [filename]
        mainModule.namespace["__file__"] = .str(filename)
        mainModule.namespace["__doc__"] = Value.none
        // The method tables of generators and coroutines: a program may call
        // `coro.send(None)` before anything loads the builtins.
        VMTypeTables.install()
        asyncio.vm = self
        link.interpreter = self
    }

    deinit {
        // Objects freed while the interpreter's own state is torn down find
        // no interpreter to finalize them with, as a weak reference would.
        link.interpreter = nil
    }

    /// Calls any Python callable synchronously (functions, bound methods,
    /// classes, native functions, objects with __call__). Runs a nested VM
    /// loop for Python functions; recursion is bounded by `recursionLimit`.
    public func call(_ callable: Value, _ args: Arguments) throws -> Value {
        try callValue(callable, args)
    }

    /// `getattr(obj, name)` with Python semantics (instance dict, class MRO,
    /// binding of functions and native methods, properties).
    public func getAttribute(_ obj: Value, _ name: String) throws -> Value {
        try loadAttribute(obj, name)
    }

    public func setAttribute(_ obj: Value, _ name: String, _ value: Value) throws {
        try storeAttribute(obj, name, value)
    }

    /// The source line the innermost running Python frame is executing
    /// (0 when none). Prelude frames are skipped: this is the user's line.
    public var currentLine: Int {
        var f = currentFrame
        while let fr = f {
            if !fr.isPrelude { return fr.line }
            f = fr.parent
        }
        return 0
    }

    /// True when a native function called right now may throw SuspendRequest
    /// (it was called directly from a fiber's outermost run loop).
    public var canSuspendHere: Bool { suspendAllowed && loopLevel == fiberLoopLevel }

    /// Compiles the program and returns a fiber that runs the module body.
    /// Syntax errors are thrown as PyError(SyntaxError/IndentationError/TabError)
    /// with `filename`, `lineno`, `offset`, `text` attributes set so the
    /// traceback printer can show the caret.
    public func loadModule() throws -> Fiber {
        let code = try compileSource(source, filename: filename, isPrelude: false)
        mainModule.namespace["__name__"] = .str("__main__")
        modules["__main__"] = mainModule
        let frame = Frame(code: code, module: mainModule, interp: self)
        let fiber = ModuleFiber(frame: frame, name: "<module>", qualname: "<module>")
        mainFiber = fiber
        return fiber
    }

    /// Drives a coroutine object (what `async def` calls return) or a module
    /// fiber. `input` is nil on the first resume and after `.budgetExhausted`.
    /// `budget` is the most VM instructions to execute before returning
    /// `.budgetExhausted`; `executed` receives how many ran.
    public func resume(_ fiber: Fiber, _ input: ResumeInput?, budget: Int, executed: inout Int) -> FiberResult {
        let result = resumeFiber(fiber, input, budget: budget, executed: &executed)
        // A step's end is a safe point: the fiber is suspended or done.
        if hasPendingFinalizations { runPendingFinalizations() }
        return result
    }

    /// Formats a traceback exactly as CPython prints it to stderr
    /// ("Traceback (most recent call last):" ... "ValueError: boom").
    public func formatTraceback(_ exc: PyException, suggestions: Bool = false) -> String {
        renderTraceback(exc, suggestions: suggestions)
    }

    /// A stable per-interpreter identity for `id()` and default reprs.
    public func objectID(_ o: PyObject) -> Int { runtime.objectID(o) }
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
