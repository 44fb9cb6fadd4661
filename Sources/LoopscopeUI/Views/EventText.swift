import LoopscopeEngine

/// Events in words, for the event log.
enum EventText {
    static func describe(_ e: Event, _ model: TimelineModel) -> String {
        let name: (TaskID?) -> String = { model.taskName($0) }
        switch e.kind {
        case .runStarted(let file): return "run started: \(file)"
        case .taskCreated(let task, _, let coroutine, let creator, let line):
            return "\(name(task)) created for \(coroutine)() by \(name(creator))" + at(line)
        case .taskRenamed(let task, let newName): return "Task#\(task) renamed \(newName)"
        case .taskArgs(let task, let args): return "\(name(task)) arguments: \(args.joined(separator: ", "))"
        case .syncCreated(let object, let kind, let line):
            return "\(kind) \(model.syncName(object, sourceLines: model.sourceLines)) created" + at(line)
        case .syncChanged(let object, let op, let task):
            return "\(name(task)) \(op.rawValue == "waiting" ? "waits for" : op.rawValue) \(model.syncName(object, sourceLines: model.sourceLines))"
        case .handleScheduled(_, _, let d): return "scheduled \(d)"
        case .handleCancelled(let h): return "handle #\(h) cancelled"
        case .timerSet(_, let due, let task, let d):
            return "timer at t=\(TimeText.seconds(due)): \(d)" + (task.map { " → \(name($0))" } ?? "")
        case .timerFired(let timer): return "timer #\(timer) due → ready queue"
        case .timerCancelled(let timer): return "timer #\(timer) cancelled"
        case .clockAdvanced(let from, let to):
            return "clock \(TimeText.seconds(from)) → \(TimeText.seconds(to)) (nothing ready)"
        case .iterationBegan(let i, let ready): return "iteration \(i) begins: \(ready) ready"
        case .iterationEnded(let i): return "iteration \(i) ends"
        case .stepBegan(_, _, let d): return "▶ \(d)"
        case .stepEnded(_, let task, let n): return "■ \(task.map(name) ?? "callback") step ended (\(n) instr)"
        case .notYielded(let task, let n, let line): return "\(name(task)) has not yielded for \(n) instructions" + at(line)
        case .taskSuspended(let task, let line, let what, _): return "\(name(task)) awaits \(what)" + at(line)
        case .taskWoken(let task, let by): return "\(name(task)) woken by \(by)"
        case .taskDone(let task, let result): return "\(name(task)) done → \(result)"
        case .taskFailed(let task, let exc, let line): return "\(name(task)) failed: \(exc)" + at(line)
        case .taskCancelled(let task, let line): return "\(name(task)) cancelled" + at(line)
        case .taskCancelRequested(let task, let by): return "\(name(task)).cancel() by \(name(by))"
        case .loopBlocked(let task, let by, let d, let line):
            return "loop blocked \(TimeText.seconds(d)) by \(by) in \(name(task))" + at(line)
        case .output(let text, let stream, let task):
            let t = text.hasSuffix("\n") ? String(text.dropLast()) : text
            return "\(name(task)) \(stream == .stderr ? "stderr" : "print"): \(t)"
        case .warning(let cat, let message, _, _): return "\(cat): \(message)"
        case .loopStarted: return "event loop started"
        case .loopClosed: return "event loop closed"
        case .deadlock(let stuck): return "deadlock: " + stuck.map(\.name).joined(separator: ", ")
        case .runFinished(let code): return "run finished, exit code \(code)"
        }
    }

    private static func at(_ line: Int) -> String { line > 0 ? " (line \(line))" : "" }
}
