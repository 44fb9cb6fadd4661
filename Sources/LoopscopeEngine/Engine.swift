// The public face of the engine: load a program, drive it one callback at a
// time, read the events. Views never reach past this type into the VM or loop.

public struct EngineOptions: Sendable {
    /// Keep every event in `Engine.events` (the TUI and exporters want this;
    /// a plain `loopscope run` does not).
    public var recordEvents: Bool = true
    /// VM instructions one drive call may execute before it returns with a
    /// `notYielded` event, so a task that never yields cannot freeze a consumer.
    public var instructionBudget: Int = 200_000
    /// Python's recursion limit (CPython: 1000).
    public var recursionLimit: Int = 1000

    public init(recordEvents: Bool = true, instructionBudget: Int = 200_000, recursionLimit: Int = 1000) {
        self.recordEvents = recordEvents
        self.instructionBudget = instructionBudget
        self.recursionLimit = recursionLimit
    }
}

public enum StepOutcome: Sendable, Equatable {
    /// One callback (or one slice of module-level code) ran.
    case stepped
    /// The budget ran out mid-callback; call `step()` again to continue it.
    case sliced
    /// The program has ended; `exitCode` is set.
    case finished
}

/// A loaded program. Deterministic: the same source gives the same events.
/// Not thread-safe; drive it from one thread.
public final class Engine {
    public let filename: String
    public let source: String
    public let options: EngineOptions

    /// Every event emitted so far (empty when `options.recordEvents` is false).
    public private(set) var events: [Event] = []
    /// Called for each event as it is emitted, before `step()` returns.
    public var onEvent: ((Event) -> Void)?

    /// What the program wrote so far, exactly as CPython would.
    public private(set) var stdout: String = ""
    public private(set) var stderr: String = ""
    /// CPython's exit code once finished.
    public private(set) var exitCode: Int?
    public var isFinished: Bool { exitCode != nil }
    /// The virtual clock, in seconds.
    public private(set) var clock: Double = 0

    public init(source: String, filename: String, options: EngineOptions = EngineOptions()) {
        self.source = source
        self.filename = filename
        self.options = options
        // OWNER: asyncio helper — build the interpreter, compile lazily on the
        // first step so a syntax error becomes output + runFinished(1).
    }

    /// Runs exactly one callback of the ready queue (or one slice of
    /// module-level code before/after `asyncio.run`). Nothing runs between calls.
    @discardableResult
    public func step() -> StepOutcome {
        fatalError("Engine.step: not implemented yet")  // OWNER: asyncio helper
    }

    /// Steps until the program ends; returns the exit code.
    @discardableResult
    public func runToEnd() -> Int {
        while step() != .finished {}
        return exitCode ?? 1
    }
}
