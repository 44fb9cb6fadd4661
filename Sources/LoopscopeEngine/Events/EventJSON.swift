// JSON Lines encoding of the event stream (schema: docs/events.md).
// Hand-written rather than Codable so field order is fixed and the output is
// byte-for-byte stable across runs and platforms.

extension Event {
    /// One JSON object on one line, no trailing newline.
    public var jsonLine: String {
        var out: [UInt8] = []
        out.reserveCapacity(128)
        appendJSONLine(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `jsonLine`'s UTF-8 bytes (no newline): how recordings of
    /// real programs are written, hundreds of thousands of lines without a
    /// String per line.
    public func appendJSONLine(to out: inout [UInt8]) {
        var w = JSONObjectWriter(taking: &out)
        w.int("v", EventSchema.version)
        w.int("seq", seq)
        w.double("t", time)
        w.name("type", kind.typeName)
        kind.writeFields(into: &w)
        w.finish(into: &out)
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
            w.objects("stuck", stuck) { s, o in
                o.int("task", s.task); o.string("name", s.name); o.int("line", s.line); o.string("awaiting", s.awaiting)
            }
        case .runFinished(let exitCode):
            w.int("exitCode", exitCode)
        }
    }
}

/// Builds one JSON object with fields in insertion order, as UTF-8 bytes.
struct JSONObjectWriter {
    private var out: [UInt8]
    private var first = true

    /// Writes onto the end of `buffer` (which it holds until `finish(into:)`).
    init(taking buffer: inout [UInt8]) {
        out = []
        swap(&out, &buffer)
        out.append(UInt8(ascii: "{"))
    }

    private mutating func key(_ k: StaticString) {
        if first {
            first = false
        } else {
            out.append(UInt8(ascii: ","))
        }
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
        out.append(contentsOf: UnsafeBufferPointer(start: Self.quoteColon.utf8Start, count: 2))
    }

    private static let quoteColon: StaticString = "\":"

    mutating func int(_ k: StaticString, _ v: Int) { key(k); JSONText.appendInt(v, to: &out) }
    mutating func optionalInt(_ k: StaticString, _ v: Int?) {
        key(k)
        if let v { JSONText.appendInt(v, to: &out) } else { out.append(contentsOf: "null".utf8) }
    }
    mutating func double(_ k: StaticString, _ v: Double) { key(k); JSONText.appendNumber(v, to: &out) }
    mutating func string(_ k: StaticString, _ v: String) { key(k); JSONText.appendQuoted(v, to: &out) }
    /// A string known to need no escapes (an event type's name).
    mutating func name(_ k: StaticString, _ v: String) {
        key(k)
        out.append(UInt8(ascii: "\""))
        out.append(contentsOf: v.utf8)
        out.append(UInt8(ascii: "\""))
    }
    mutating func intArray(_ k: StaticString, _ v: [Int]) { array(k, v) { JSONText.appendInt($0, to: &$1) } }
    mutating func stringArray(_ k: StaticString, _ v: [String]) { array(k, v) { JSONText.appendQuoted($0, to: &$1) } }
    private mutating func array<T>(_ k: StaticString, _ items: [T], _ element: (T, inout [UInt8]) -> Void) {
        key(k)
        out.append(UInt8(ascii: "["))
        for (i, x) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            element(x, &out)
        }
        out.append(UInt8(ascii: "]"))
    }
    /// A list of objects, each written by `body`.
    mutating func objects<T>(_ k: StaticString, _ items: [T], _ body: (T, inout JSONObjectWriter) -> Void) {
        key(k)
        out.append(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            var o = JSONObjectWriter(taking: &out)
            body(item, &o)
            o.finish(into: &out)
        }
        out.append(UInt8(ascii: "]"))
    }
    mutating func finish(into buffer: inout [UInt8]) {
        out.append(UInt8(ascii: "}"))
        swap(&out, &buffer)
    }
}

public enum JSONText {
    /// A JSON string literal.
    public static func quoted(_ s: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 2)
        appendQuoted(s, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `quoted(s)`'s UTF-8 bytes: quote, backslash and control characters
    /// escaped, everything else (non-ASCII included) as it is.
    public static func appendQuoted(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { bytes in
            var from = 0
            for (i, b) in bytes.enumerated() where b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from..<i]))
                from = i + 1
                out.append(UInt8(ascii: "\\"))
                switch b {
                case 0x22, 0x5C: out.append(b)
                case 0x0A: out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(UInt8(ascii: "r"))
                case 0x09: out.append(UInt8(ascii: "t"))
                default:
                    let hex = { (n: UInt8) in n < 10 ? UInt8(ascii: "0") + n : UInt8(ascii: "a") + n - 10 }
                    out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex(b >> 4), hex(b & 15)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// A decimal integer's digits (what `String(v)` writes). Written
    /// backwards into a small buffer, then appended at once: recordings
    /// write several integers per event.
    public static func appendInt(_ v: Int, to out: inout [UInt8]) {
        if v >= 0, v < 10 { return out.append(UInt8(ascii: "0") + UInt8(v)) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var m = v.magnitude
            var i = digits.count
            repeat {
                i -= 1
                digits[i] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
            } while m > 0
            if v < 0 { out.append(UInt8(ascii: "-")) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[i...]))
        }
    }

    /// `number(v)`'s UTF-8 bytes. Times are mostly whole microseconds
    /// (recordings round to them; virtual times are short decimals), and
    /// the shortest round-trip form of such a value is its microseconds'
    /// digits with the trailing zeros dropped: written here without a
    /// String, a few hundred thousand times a second when recording.
    /// Anything else (or below 1e-4, which Swift writes with an exponent) goes through `number`.
    public static func appendNumber(_ v: Double, to out: inout [UInt8]) {
        let micros = (v * 1e6).rounded()
        guard v.magnitude >= 1e-4, v.magnitude < 1e9, micros / 1e6 == v else {
            return out.append(contentsOf: number(v).utf8)
        }
        let n = Int(micros.magnitude)
        if v < 0 { out.append(UInt8(ascii: "-")) }
        appendInt(n / 1_000_000, to: &out)
        out.append(UInt8(ascii: "."))
        var fraction = n % 1_000_000
        var digits = 6
        while digits > 1, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6) { buffer in
            for i in (0..<digits).reversed() {
                buffer[i] = UInt8(ascii: "0") + UInt8(fraction % 10)
                fraction /= 10
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<digits]))
        }
    }

    /// A JSON number: shortest round-trip form; non-finite values as null.
    public static func number(_ v: Double) -> String {
        guard v.isFinite else { return "null" }
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) + ".0" }
        return String(v)
    }
}
