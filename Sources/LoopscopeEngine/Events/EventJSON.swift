// JSON Lines encoding of the event stream (schema: docs/events.md).
// Hand-written rather than Codable so field order is fixed and the output is
// byte-for-byte stable across runs and platforms.

extension Event {
    /// One JSON object on one line, no trailing newline.
    public var jsonLine: String {
        var w = JSONObjectWriter()
        w.int("v", EventSchema.version)
        w.int("seq", seq)
        w.double("t", time)
        w.string("type", kind.typeName)
        kind.writeFields(into: &w)
        return w.finish()
    }
}

extension EventKind {
    /// The `type` field: the case name.
    public var typeName: String {
        switch self {
        case .runStarted: return "runStarted"
        case .taskCreated: return "taskCreated"
        case .taskRenamed: return "taskRenamed"
        case .taskArgs: return "taskArgs"
        case .syncCreated: return "syncCreated"
        case .syncChanged: return "syncChanged"
        case .handleScheduled: return "handleScheduled"
        case .handleCancelled: return "handleCancelled"
        case .timerSet: return "timerSet"
        case .timerFired: return "timerFired"
        case .timerCancelled: return "timerCancelled"
        case .clockAdvanced: return "clockAdvanced"
        case .iterationBegan: return "iterationBegan"
        case .iterationEnded: return "iterationEnded"
        case .stepBegan: return "stepBegan"
        case .stepEnded: return "stepEnded"
        case .notYielded: return "notYielded"
        case .taskSuspended: return "taskSuspended"
        case .taskWoken: return "taskWoken"
        case .taskDone: return "taskDone"
        case .taskFailed: return "taskFailed"
        case .taskCancelled: return "taskCancelled"
        case .taskCancelRequested: return "taskCancelRequested"
        case .loopBlocked: return "loopBlocked"
        case .output: return "output"
        case .warning: return "warning"
        case .loopStarted: return "loopStarted"
        case .loopClosed: return "loopClosed"
        case .deadlock: return "deadlock"
        case .runFinished: return "runFinished"
        }
    }

    fileprivate func writeFields(into w: inout JSONObjectWriter) {
        switch self {
        case .runStarted(let file):
            w.string("file", file)
        case .taskCreated(let task, let name, let coroutine, let creator, let line):
            w.int("task", task); w.string("name", name); w.string("coroutine", coroutine)
            w.optionalInt("creator", creator); w.int("line", line)
        case .taskRenamed(let task, let name):
            w.int("task", task); w.string("name", name)
        case .taskArgs(let task, let args):
            w.int("task", task); w.stringArray("args", args)
        case .syncCreated(let object, let kind, let line):
            w.int("object", object); w.string("kind", kind); w.int("line", line)
        case .syncChanged(let object, let op, let task):
            w.int("object", object); w.string("op", op.rawValue); w.optionalInt("task", task)
        case .handleScheduled(let handle, let task, let description):
            w.int("handle", handle); w.optionalInt("task", task); w.string("description", description)
        case .handleCancelled(let handle):
            w.int("handle", handle)
        case .timerSet(let timer, let due, let task, let description):
            w.int("timer", timer); w.double("due", due); w.optionalInt("task", task)
            w.string("description", description)
        case .timerFired(let timer), .timerCancelled(let timer):
            w.int("timer", timer)
        case .clockAdvanced(let from, let to):
            w.double("from", from); w.double("to", to)
        case .iterationBegan(let iteration, let ready):
            w.int("iteration", iteration); w.int("ready", ready)
        case .iterationEnded(let iteration):
            w.int("iteration", iteration)
        case .stepBegan(let handle, let task, let description):
            w.int("handle", handle); w.optionalInt("task", task); w.string("description", description)
        case .stepEnded(let handle, let task, let instructions):
            w.int("handle", handle); w.optionalInt("task", task); w.int("instructions", instructions)
        case .notYielded(let task, let instructions, let line):
            w.optionalInt("task", task); w.int("instructions", instructions); w.int("line", line)
        case .taskSuspended(let task, let line, let awaiting, let awaitedTasks):
            w.int("task", task); w.int("line", line); w.string("awaiting", awaiting)
            w.intArray("awaitedTasks", awaitedTasks)
        case .taskWoken(let task, let by):
            w.int("task", task); w.string("by", by)
        case .taskDone(let task, let result):
            w.int("task", task); w.string("result", result)
        case .taskFailed(let task, let exception, let line):
            w.int("task", task); w.string("exception", exception); w.int("line", line)
        case .taskCancelled(let task, let line):
            w.int("task", task); w.int("line", line)
        case .taskCancelRequested(let task, let by):
            w.int("task", task); w.optionalInt("by", by)
        case .loopBlocked(let task, let by, let duration, let line):
            w.optionalInt("task", task); w.string("by", by); w.double("duration", duration); w.int("line", line)
        case .output(let text, let stream, let task):
            w.string("text", text); w.string("stream", stream.rawValue); w.optionalInt("task", task)
        case .warning(let category, let message, let task, let line):
            w.string("category", category); w.string("message", message)
            w.optionalInt("task", task); w.int("line", line)
        case .loopStarted, .loopClosed:
            break
        case .deadlock(let stuck):
            w.raw("stuck", "[" + stuck.map { s in
                var o = JSONObjectWriter()
                o.int("task", s.task); o.string("name", s.name); o.int("line", s.line); o.string("awaiting", s.awaiting)
                return o.finish()
            }.joined(separator: ",") + "]")
        case .runFinished(let exitCode):
            w.int("exitCode", exitCode)
        }
    }
}

/// Builds one JSON object with fields in insertion order.
struct JSONObjectWriter {
    private var out = "{"
    private var first = true

    private mutating func key(_ k: String) {
        if !first { out += "," }
        first = false
        out += "\"" + k + "\":"
    }

    mutating func int(_ k: String, _ v: Int) { key(k); out += String(v) }
    mutating func optionalInt(_ k: String, _ v: Int?) { key(k); out += v.map(String.init) ?? "null" }
    mutating func double(_ k: String, _ v: Double) { key(k); out += JSONText.number(v) }
    mutating func string(_ k: String, _ v: String) { key(k); out += JSONText.quoted(v) }
    mutating func intArray(_ k: String, _ v: [Int]) { key(k); out += "[" + v.map(String.init).joined(separator: ",") + "]" }
    mutating func raw(_ k: String, _ json: String) { key(k); out += json }
    mutating func stringArray(_ k: String, _ v: [String]) { key(k); out += "[" + v.map(JSONText.quoted).joined(separator: ",") + "]" }
    mutating func finish() -> String { out + "}" }
}

public enum JSONText {
    /// A JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x7F {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// A JSON number: shortest round-trip form; non-finite values as null.
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) + ".0" }
        return String(v)
    }
}
