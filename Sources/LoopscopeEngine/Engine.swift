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
    /// `sys.argv[0]`: the script path as the user typed it (CPython keeps it
    /// so, while `__file__` and tracebacks use the absolute path).
    /// nil: the filename.
    public var argv0: String?
    /// `sys.argv[1:]`: what followed the program on the command line.
    public var arguments: [String] = []
    /// Keep what the program writes in `Engine.stdout`/`stderr`. A consumer
    /// that streams output through `onOutput` turns this off, so a program
    /// that prints for ever runs in constant memory.
    public var captureOutput: Bool = true
    /// `.cpu`: running code takes virtual time, as on CPython's real clock.
    /// `.frozen`: code takes none (`--frozen-clock`, scripts/vclock.py).
    public var clock: ClockMode = .cpu
    /// Finds `import NAME` in the program's own directory (the engine reads
    /// no files; the CLI passes a lookup that does). nil: no local modules.
    public var localModules: (@Sendable (String) -> LocalModule?)?

    public init(recordEvents: Bool = true, instructionBudget: Int = 200_000, recursionLimit: Int = 1000,
                clock: ClockMode = .cpu) {
        self.recordEvents = recordEvents
        self.instructionBudget = instructionBudget
        self.recursionLimit = recursionLimit
        self.clock = clock
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
/// Not thread-safe: drive it from one thread. Release builds count references
/// non-atomically, and engines share the builtin type objects, so in a
/// process only one thread at a time may use any engine (the CLI and the TUI
/// do: one engine, one thread).
public final class Engine {
    public let filename: String
    public let source: String
    public let options: EngineOptions

    /// Every event emitted so far (empty when `options.recordEvents` is false).
    public private(set) var events: [Event] = []
    /// Called for each event as it is emitted, before `step()` returns.
    public var onEvent: ((Event) -> Void)? {
        didSet { installSink() }
    }

    /// Called with each piece of program output as it is written. Lets a
    /// consumer that only prints (plain `loopscope run`) leave `onEvent` nil,
    /// so the loop builds no events at all. Throwing `OutputWriteFailure`
    /// raises it in the program as CPython's OSError when the program itself
    /// wrote (tracebacks and warnings that cannot be written are dropped).
    public var onOutput: ((String, OutputStream) throws -> Void)?

    /// What the program wrote so far, exactly as CPython would (empty when
    /// `options.captureOutput` is false).
    public private(set) var stdout: String = ""
    public private(set) var stderr: String = ""
    /// CPython's exit code once finished.
    public private(set) var exitCode: Int?
    public var isFinished: Bool { exitCode != nil }
    /// The virtual clock, in seconds.
    public var clock: Double { interp.asyncio.clock }
    /// How many `step()` calls ran so far.
    public private(set) var stepCount = 0

    let interp: Interpreter
    private var phase: Phase = .notLoaded
    /// Module-level instructions since the module last yielded: `notYielded`
    /// counts are cumulative, as they are for a task's sliced step.
    private var moduleInstructionsSinceYield = 0
    private var nextSeq = 0

    private enum Phase {
        case notLoaded
        /// Running module-level code; `input` resumes the fiber.
        case module(Fiber, ResumeInput?)
        /// `asyncio.run` / `run_until_complete` suspended the module fiber.
        case driving(Fiber, LoopDriver)
        case finished
    }

    public init(source: String, filename: String, options: EngineOptions = EngineOptions()) {
        // A UTF-8 byte order mark is not part of the program (CPython skips it).
        let source = source.hasPrefix("\u{FEFF}") ? String(source.dropFirst()) : source
        self.source = source
        self.filename = filename
        self.options = options
        self.interp = Interpreter(filename: filename, source: source)
        if let argv0 = options.argv0 { interp.argv = [argv0] }
        interp.argv += options.arguments
        interp.recursionLimit = options.recursionLimit
        interp.localModuleLookup = options.localModules
        interp.asyncio.instructionBudget = options.instructionBudget
        interp.asyncio.clockMode = options.clock
        interp.write = { [unowned self] text, stream in self.write(text, stream) }
        interp.installNeverAwaitedHook()
        installSink()
    }

    /// Runs exactly one callback of the ready queue (or one slice of
    /// module-level code before/after `asyncio.run`). Nothing runs between calls.
    @discardableResult
    public func step() -> StepOutcome {
        switch phase {
        case .finished:
            return .finished
        case .notLoaded:
            stepCount += 1
            emit(.runStarted(file: filename))
            do {
                phase = .module(try interp.loadModule(), nil)
            } catch let error as PyError {
                write(interp.formatTraceback(error.exception), .stderr)
                finish(1)
                return .finished
            } catch {
                write("loopscope: \(error)\n", .stderr)
                finish(1)
                return .finished
            }
            return runModule()
        case .module:
            stepCount += 1
            return runModule()
        case .driving(let fiber, let driver):
            stepCount += 1
            let result = driver.step()
            if result == .deadlock {
                driver.loop.reportDeadlock()
                finish(1, tasksAbandoned: false)
                return .finished
            }
            if let outcome = driver.outcome {
                driver.loop.interp.reportUnretrievedExceptions()
                switch outcome {
                case .success(let v): phase = .module(fiber, .send(v))
                case .failure(let e): phase = .module(fiber, .throwing(e.exception))
                }
            }
            return result == .sliced ? .sliced : .stepped
        }
    }

    /// Steps until the program ends; returns the exit code.
    @discardableResult
    public func runToEnd() -> Int {
        while step() != .finished {}
        return exitCode ?? 1
    }

    // MARK: module-level code

    private func runModule() -> StepOutcome {
        guard case .module(let fiber, let input) = phase else { return .stepped }
        var executed = 0
        let result = interp.resume(fiber, input, budget: options.instructionBudget, executed: &executed)
        moduleInstructionsSinceYield += executed
        if case .budgetExhausted = result {} else { moduleInstructionsSinceYield = 0 }
        if case .raised(let e) = result {
            interp.holdNeverAwaitedWarnings(raising: e)
        } else {
            interp.flushNeverAwaitedWarnings()
        }
        switch result {
        case .returned:
            finish(0)
            return .finished
        case .raised(let exc):
            uncaught(exc)
            return .finished
        case .budgetExhausted:
            phase = .module(fiber, nil)
            emit(.notYielded(task: nil, instructions: moduleInstructionsSinceYield, line: fiber.fiberLine))
            return .sliced
        case .suspendRequest(let payload):
            if case .object(let driver as LoopDriver) = payload {
                phase = .driving(fiber, driver)
                return .stepped
            }
            phase = .module(fiber, .send(.none))
            return .stepped
        case .yielded:
            phase = .module(fiber, .throwing(interp.makeException(BuiltinTypes.runtimeError, "yield outside a coroutine")))
            return .stepped
        }
    }

    /// An exception reached module level: CPython prints the traceback, or
    /// for SystemExit the message, and exits.
    private func uncaught(_ exc: PyException) {
        if exc.isInstance(of: BuiltinTypes.systemExit) {
            let code: Value = exc.args.first ?? .none
            switch code {
            case .none: finish(0)
            case .int(let i): finish(i)
            // CPython's (int)PyLong_AsLong(code): -1 when it overflows a long.
            case .bigint: finish(-1)
            case .bool(let b): finish(b ? 1 : 0)
            default:
                write(((try? interp.str(code)) ?? interp.describe(code)) + "\n", .stderr)
                finish(1)
            }
            return
        }
        write(interp.formatTraceback(exc, suggestions: true), .stderr)
        interp.releaseKeptAlive(exc)
        // CPython re-raises an uncaught KeyboardInterrupt as SIGINT's
        // default: the shell sees 130 (128 + SIGINT).
        let code = exc.isInstance(of: BuiltinTypes.keyboardInterrupt) ? 130 : 1
        finish(code, afterUncaughtException: true)
    }

    /// `tasksAbandoned` is false after a deadlock report: CPython would still
    /// be waiting, so no task was ever freed pending.
    private func finish(_ code: Int, afterUncaughtException: Bool = false, tasksAbandoned: Bool = true) {
        if tasksAbandoned { interp.finalizeAtShutdown(afterUncaughtException: afterUncaughtException) }
        interp.reportUnretrievedExceptions()
        interp.finishNeverAwaitedWarnings(afterUncaughtException: afterUncaughtException)
        // The process's exit status, as the shell sees it: CPython passes
        // the code to exit(), which keeps its low 8 bits (-1 is 255).
        exitCode = code & 0xFF
        phase = .finished
        emit(.runFinished(exitCode: code & 0xFF))
    }

    // MARK: events and output

    private func installSink() {
        if options.recordEvents || onEvent != nil {
            interp.asyncio.sink = { [unowned self] kind in self.emit(kind) }
        } else {
            interp.asyncio.sink = nil
        }
    }

    private func emit(_ kind: EventKind) {
        let event = Event(seq: nextSeq, time: interp.asyncio.clock, kind: kind)
        nextSeq += 1
        if options.recordEvents { events.append(event) }
        onEvent?(event)
    }

    private func write(_ text: String, _ stream: OutputStream) {
        if text.isEmpty { return }
        if options.captureOutput {
            switch stream {
            case .stdout: stdout += text
            case .stderr: stderr += text
            }
        }
        if interp.asyncio.wantsEvents {
            emit(.output(text: text, stream: stream, task: interp.asyncio.currentTask?.id))
        }
        do {
            try onOutput?(text, stream)
        } catch let failure as OutputWriteFailure {
            interp.pendingWriteFailure = failure
        } catch {
            interp.pendingWriteFailure = OutputWriteFailure(errno: 5, reason: "Input/output error")
        }
    }
}
