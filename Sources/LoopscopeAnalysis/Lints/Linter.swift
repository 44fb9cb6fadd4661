import LoopscopeEngine

/// Finds asyncio mistakes in a run, from its events (and, for tasks created
/// without a reference, the source line that created them). Incremental:
/// `consume` returns the lints an event reveals, so the TUI can mark them at
/// the moment they happen. It keeps no copy of the run: who the tasks are,
/// which step runs and how it ended, it reads off the `Timeline` the event
/// was just folded into (the one model the views and exports read too).
public struct Linter {
    /// A single step this long holds the loop (asyncio debug mode's
    /// `slow_callback_duration`: it warns when `dt >= 0.1`).
    public static let slowStepThreshold = 0.1
    /// A step this long without an `await` that yields is a CPU-bound hog
    /// (the engine's slices are shorter, so a slice alone is not a finding).
    public static let longStepInstructions = 1_000_000

    private let discardedTaskLines: Set<Int>
    /// The running step's not-yielding lint was given (once per step).
    private var reportedNotYielding = false

    public init(source: String) {
        discardedTaskLines = SourceScan.linesDiscardingTasks(source)
    }

    public static func lints(events: [Event], source: String) -> [Lint] {
        var fold = RunHistoryBuilder(lintSource: source)
        return events.flatMap { fold.consume($0) }
    }

    /// The lints `e` reveals; `timeline` has just applied it.
    public mutating func consume(_ e: Event, in timeline: Timeline) -> [Lint] {
        let t = Reading(timeline: timeline, event: e)
        switch e.kind {
        case .taskCreated(let task, let name, let coroutine, _, let line):
            if discardedTaskLines.contains(line) {
                return [t.lint(.unreferencedTask, task, line,
                               "\(name) (\(coroutine)()) was created at line \(line) without keeping a reference; "
                               + "keep it (task = asyncio.create_task(...)) and await it, or hold it in a set, "
                               + "since the loop keeps only a weak reference")]
            }
        case .stepBegan:
            reportedNotYielding = false
        case .notYielded(let task, let instructions, let line):
            // Reported at once (the step may never end), once per step.
            guard !reportedNotYielding, instructions >= Self.longStepInstructions else { return [] }
            reportedNotYielding = true
            return [t.notYielding(task, instructions, line)]
        case .stepEnded(_, let task, let instructions):
            var found = t.endOfStep(task)
            if !reportedNotYielding, instructions >= Self.longStepInstructions {
                found.append(t.notYielding(task, instructions, 0))
            }
            reportedNotYielding = false
            return found
        case .taskCancelRequested(let task, _):
            if timeline.mainFinished && timeline.loopRunning && task != timeline.mainTask {
                let line = timeline.identity(of: task)?.createdLine ?? 0
                return [t.lint(.pendingAtShutdown, task, line,
                               "\(t.label(task)) was still pending when asyncio.run() finished, so it was cancelled "
                               + "at shutdown (created at line \(line)); await it or gather it before main() returns")]
            }
        case .warning(_, let message, let task, let line):
            return t.warningLints(message, task: task, line: line)
        default:
            break
        }
        return []
    }
}

/// One event's lints, worded from what the timeline says after folding it.
private struct Reading {
    let timeline: Timeline
    let event: Event

    /// asyncio debug mode's warning for a slow step, `Executing <Task …> took
    /// 0.250 seconds`, with what blocked the loop and the fix.
    func endOfStep(_ task: TaskID?) -> [Lint] {
        guard let slow = timeline.lastSlowStep else { return [] }
        let outcome = task.flatMap { timeline.identity(of: $0)?.outcome }
        let took = TimeText.fixed(slow.endTime - slow.startTime, 3)
        let executing = "Executing \(handleRepr(task, outcome: outcome, line: slow.suspendedLine)) took \(took) seconds"
        if slow.isBlockingCall {
            return [lint(.blockingCall, task, slow.line,
                         executing + "; " + blockingMessage(task, by: slow.by, line: slow.line))]
        }
        return [lint(.blockingCall, task, outcome == nil ? slow.suspendedLine : 0,
                     executing + ": CPU-bound code held the event loop; add await asyncio.sleep(0) "
                     + "inside long loops or move the work to asyncio.to_thread(...)")]
    }

    /// `repr()` of the step's task as asyncio's `_format_handle` prints it
    /// (without debug mode's "created at" tracebacks), or `<Handle …>`.
    private func handleRepr(_ task: TaskID?, outcome: TaskState?, line: Int) -> String {
        guard let task else { return "<Handle \(timeline.lastStep?.description ?? "")>" }
        let identity = timeline.identity(of: task)
        let name = "name='\(identity?.name ?? "Task-\(task)")'"
        let coro = "\(identity?.coroutine ?? "coroutine")()"
        switch outcome {
        case .done(let result)?:
            return "<Task finished \(name) coro=<\(coro) done> result=\(result)>"
        case .failed(let exception)?:
            return "<Task finished \(name) coro=<\(coro) done> exception=\(exception)>"
        case .cancelled?:
            return "<Task cancelled \(name) coro=<\(coro) done>>"
        default:
            let at = line > 0 ? " running at \(timeline.file):\(line)" : ""
            return "<Task pending \(name) coro=<\(coro)\(at)>>"
        }
    }

    func notYielding(_ task: TaskID?, _ instructions: Int, _ line: Int) -> Lint {
        let at = line > 0 ? " (line \(line))" : ""
        return lint(.notYielding, task, line,
                    "\(label(task)) has not yielded for \(instructions) instructions\(at); "
                    + "a CPU-bound loop holds the event loop like time.sleep: add await asyncio.sleep(0) "
                    + "inside it or move the work to asyncio.to_thread(...)")
    }

    func warningLints(_ message: String, task: TaskID?, line: Int) -> [Lint] {
        if message.contains("was never awaited") {
            let name = message.quotedName ?? "coroutine"
            // Line 0: freed at exit, where CPython names no line (`sys:1`).
            let at = line > 0 ? "line \(line)" : "at exit"
            return [lint(.neverAwaited, task, line,
                         "coroutine '\(name)' was never awaited (\(at)); await it, "
                         + "or run it concurrently with asyncio.create_task(...)")]
        }
        if message.contains("exception was never retrieved") {
            let identity = task.flatMap { timeline.identity(of: $0) }
            var what = ""
            if case .failed(let exception)? = identity?.outcome { what = " with \(exception)" }
            return [lint(.exceptionNeverRetrieved, task, identity?.createdLine ?? line,
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

    func label(_ task: TaskID?) -> String {
        guard let task else {
            return timeline.running.map { "the callback \($0.description)" } ?? "module-level code"
        }
        return timeline.identity(of: task)?.name ?? "Task \(task)"
    }

    func lint(_ kind: Lint.Kind, _ task: TaskID?, _ line: Int, _ message: String) -> Lint {
        Lint(kind: kind, task: task, line: line, time: event.time, step: max(timeline.stepCount - 1, 0),
             message: message)
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
