import LoopscopeEngine

/// Finds asyncio mistakes in a run, from its events (and, for tasks created
/// without a reference, the source line that created them). Incremental:
/// `consume` returns the lints an event reveals, so the TUI can mark them at
/// the moment they happen.
public struct Linter {
    /// A single step this long holds the loop (asyncio debug mode's
    /// `slow_callback_duration`: it warns when `dt >= 0.1`).
    public static let slowStepThreshold = 0.1
    /// A step this long without an `await` that yields is a CPU-bound hog
    /// (the engine's slices are shorter, so a slice alone is not a finding).
    public static let longStepInstructions = 1_000_000

    private let discardedTaskLines: Set<Int>
    private var names: [TaskID: String] = [:]
    private var coroutines: [TaskID: String] = [:]
    private var createdLine: [TaskID: Int] = [:]
    private var failures: [TaskID: String] = [:]
    private var mainTask: TaskID?
    private var loopRunning = false
    private var mainFinished = false
    private var stepStart: (time: Double, task: TaskID?)?
    /// The first blocking call of the running step (`time.sleep(2)`).
    private var blockedInStep: (by: String, duration: Double, line: Int)?
    /// How the running step left its task, for the task's repr.
    private var taskStateAfterStep: TaskReprState?
    private var file = ""
    private var notYieldedInStep: (instructions: Int, line: Int)?
    private var stepDescription = ""
    private var step = -1

    public init(source: String) {
        discardedTaskLines = SourceScan.linesDiscardingTasks(source)
    }

    public static func lints(events: [Event], source: String) -> [Lint] {
        var linter = Linter(source: source)
        return events.flatMap { linter.consume($0) }
    }

    public mutating func consume(_ e: Event) -> [Lint] {
        switch e.kind {
        case .runStarted(let f):
            file = f
        case .loopStarted:
            loopRunning = true
            mainTask = nil
            mainFinished = false
        case .loopClosed:
            loopRunning = false
        case .taskCreated(let task, let name, let coroutine, _, let line):
            names[task] = name
            coroutines[task] = coroutine
            createdLine[task] = line
            if mainTask == nil && loopRunning { mainTask = task }
            if discardedTaskLines.contains(line) {
                return [lint(.unreferencedTask, task, line, e,
                             "\(name) (\(coroutine)()) was created at line \(line) without keeping a reference; "
                             + "keep it (task = asyncio.create_task(...)) and await it, or hold it in a set, "
                             + "since the loop keeps only a weak reference")]
            }
        case .taskRenamed(let task, let name):
            names[task] = name
        case .stepBegan(_, let task, let description):
            step += 1
            stepStart = (e.time, task)
            stepDescription = description
            blockedInStep = nil
            taskStateAfterStep = nil
            notYieldedInStep = nil
        case .loopBlocked(_, let by, let duration, let line):
            // Reported when the step ends, if it took asyncio's slow-callback time.
            if blockedInStep == nil { blockedInStep = (by, duration, line) }
        case .taskSuspended(let task, let line, _, _):
            if task == stepStart?.task { taskStateAfterStep = .pending(line: line) }
        case .notYielded(let task, let instructions, let line):
            // Reported at once (the step may never end), once per step.
            guard notYieldedInStep == nil, instructions >= Self.longStepInstructions else { return [] }
            notYieldedInStep = (instructions, line)
            return [notYielding(task, instructions, line, e)]
        case .stepEnded(_, let task, let instructions):
            var found = endOfStep(task, e)
            if notYieldedInStep == nil, instructions >= Self.longStepInstructions {
                found.append(notYielding(task, instructions, 0, e))
            }
            notYieldedInStep = nil
            return found
        case .taskFailed(let task, let exception, _):
            failures[task] = exception
            if task == mainTask { mainFinished = true }
            if task == stepStart?.task { taskStateAfterStep = .finished("exception=" + exception) }
        case .taskDone(let task, let result):
            if task == mainTask { mainFinished = true }
            if task == stepStart?.task { taskStateAfterStep = .finished("result=" + result) }
        case .taskCancelled(let task, _):
            if task == mainTask { mainFinished = true }
            if task == stepStart?.task { taskStateAfterStep = .cancelled }
        case .taskCancelRequested(let task, _):
            if mainFinished && loopRunning && task != mainTask {
                let line = createdLine[task] ?? 0
                return [lint(.pendingAtShutdown, task, line, e,
                             "\(label(task)) was still pending when asyncio.run() finished, so it was cancelled "
                             + "at shutdown (created at line \(line)); await it or gather it before main() returns")]
            }
        case .warning(_, let message, let task, let line):
            return warningLints(message, task: task, line: line, e)
        default:
            break
        }
        return []
    }

    /// asyncio debug mode's warning for a slow step, `Executing <Task …> took
    /// 0.250 seconds`, with what blocked the loop and the fix.
    private mutating func endOfStep(_ task: TaskID?, _ e: Event) -> [Lint] {
        defer { stepStart = nil }
        guard let start = stepStart, e.time - start.time >= Self.slowStepThreshold else { return [] }
        let took = TimeText.fixed(e.time - start.time, 3)
        let executing = "Executing \(handleRepr(task)) took \(took) seconds"
        if let blocked = blockedInStep {
            return [lint(.blockingCall, task, blocked.line, e,
                         executing + "; " + blockingMessage(task, by: blocked.by, line: blocked.line))]
        }
        var line = 0
        if case .pending(let l)? = taskStateAfterStep { line = l }
        return [lint(.blockingCall, task, line, e,
                     executing + ": CPU-bound code held the event loop; add await asyncio.sleep(0) "
                     + "inside long loops or move the work to asyncio.to_thread(...)")]
    }

    /// How a task looked when its step ended, for `repr(task)`.
    enum TaskReprState {
        case pending(line: Int)
        case finished(String)
        case cancelled
    }

    /// `repr()` of the step's task as asyncio's `_format_handle` prints it
    /// (without debug mode's "created at" tracebacks), or `<Handle …>`.
    private func handleRepr(_ task: TaskID?) -> String {
        guard let task else { return "<Handle \(stepDescription)>" }
        let name = "name='\(names[task] ?? "Task-\(task)")'"
        let coro = "\(coroutines[task] ?? "coroutine")()"
        switch taskStateAfterStep {
        case .pending(let line)?:
            let at = line > 0 ? " running at \(file):\(line)" : ""
            return "<Task pending \(name) coro=<\(coro)\(at)>>"
        case .finished(let outcome)?:
            return "<Task finished \(name) coro=<\(coro) done> \(outcome)>"
        case .cancelled?:
            return "<Task cancelled \(name) coro=<\(coro) done>>"
        case nil:
            return "<Task pending \(name) coro=<\(coro)>>"
        }
    }

    private func notYielding(_ task: TaskID?, _ instructions: Int, _ line: Int, _ e: Event) -> Lint {
        let at = line > 0 ? " (line \(line))" : ""
        return lint(.notYielding, task, line, e,
                    "\(label(task)) has not yielded for \(instructions) instructions\(at); "
                    + "a CPU-bound loop holds the event loop like time.sleep: add await asyncio.sleep(0) "
                    + "inside it or move the work to asyncio.to_thread(...)")
    }

    private func warningLints(_ message: String, task: TaskID?, line: Int, _ e: Event) -> [Lint] {
        if message.contains("was never awaited") {
            let name = message.quotedName ?? "coroutine"
            // Line 0: freed at exit, where CPython names no line (`sys:1`).
            let at = line > 0 ? "line \(line)" : "at exit"
            return [lint(.neverAwaited, task, line, e,
                         "coroutine '\(name)' was never awaited (\(at)); await it, "
                         + "or run it concurrently with asyncio.create_task(...)")]
        }
        if message.contains("exception was never retrieved") {
            let what = task.flatMap { failures[$0] }.map { " with \($0)" } ?? ""
            return [lint(.exceptionNeverRetrieved, task, task.flatMap { createdLine[$0] } ?? line, e,
                         "\(label(task)) failed\(what) and nobody retrieved the exception; "
                         + "await the task (or gather it) so the error is not lost")]
        }
        return []
    }

    private func blockingMessage(_ task: TaskID?, by: String, line: Int) -> String {
        let fix: String
        if task == nil {
            fix = "a callback cannot await: schedule the rest later with loop.call_later(...)"
        } else if by.hasPrefix("time.sleep(") {
            fix = "use await asyncio." + by.dropFirst("time.".count)
        } else {
            fix = "move it off the loop with await asyncio.to_thread(...)"
        }
        return "\(by) at line \(line) blocked the event loop: \(fix)"
    }

    private func label(_ task: TaskID?) -> String {
        guard let task else {
            return stepStart == nil ? "module-level code" : "the callback \(stepDescription)"
        }
        return names[task] ?? "Task \(task)"
    }

    private func lint(_ kind: Lint.Kind, _ task: TaskID?, _ line: Int, _ e: Event, _ message: String) -> Lint {
        Lint(kind: kind, task: task, line: line, time: e.time, step: max(step, 0), message: message)
    }
}

extension String {
    /// The first 'single-quoted' name in a message.
    var quotedName: String? {
        guard let open = firstIndex(of: "'") else { return nil }
        let rest = self[index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<close])
    }
}
