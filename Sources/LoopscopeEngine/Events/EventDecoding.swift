// JSON Lines → Event: reads recordings written by `loopscope run --events`
// and by `loopscope record` (real CPython), so every consumer of events —
// visualizer, lints, exports — works on a recording as on a live run.
// The inverse of EventJSON.swift; unknown fields are ignored so a newer
// writer's extra fields do not break an older reader.

public struct EventDecodingError: Error, Equatable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

extension Event {
    /// Schema versions this reader understands.
    public static let readableVersions: ClosedRange<Int> = 1...2

    /// Decodes one line of JSON Lines.
    public init(jsonLine line: String) throws {
        var parser = JSONParser(Array(line.utf8))
        guard case .object(let fields) = try parser.parseDocument() else {
            throw EventDecodingError("not a JSON object")
        }
        let o = JSONFields(fields)
        let version = try o.int("v")
        guard Event.readableVersions.contains(version) else {
            throw EventDecodingError("schema version \(version) is not supported (this loopscope reads \(Event.readableVersions.lowerBound)–\(Event.readableVersions.upperBound))")
        }
        self.init(seq: try o.int("seq"), time: try o.double("t"), kind: try EventKind(type: try o.string("type"), o))
    }
}

extension EventKind {
    init(type: String, _ o: JSONFields) throws {
        switch type {
        case "runStarted": self = .runStarted(file: try o.string("file"))
        case "taskCreated":
            self = .taskCreated(task: try o.int("task"), name: try o.string("name"), coroutine: try o.string("coroutine"),
                                creator: try o.optionalInt("creator"), line: try o.int("line"))
        case "taskRenamed": self = .taskRenamed(task: try o.int("task"), name: try o.string("name"))
        case "handleScheduled":
            self = .handleScheduled(handle: try o.int("handle"), task: try o.optionalInt("task"), description: try o.string("description"))
        case "handleCancelled": self = .handleCancelled(handle: try o.int("handle"))
        case "timerSet":
            self = .timerSet(timer: try o.int("timer"), due: try o.double("due"), task: try o.optionalInt("task"),
                             description: try o.string("description"))
        case "timerFired": self = .timerFired(timer: try o.int("timer"))
        case "timerCancelled": self = .timerCancelled(timer: try o.int("timer"))
        case "clockAdvanced": self = .clockAdvanced(from: try o.double("from"), to: try o.double("to"))
        case "iterationBegan": self = .iterationBegan(iteration: try o.int("iteration"), ready: try o.int("ready"))
        case "iterationEnded": self = .iterationEnded(iteration: try o.int("iteration"))
        case "stepBegan":
            self = .stepBegan(handle: try o.int("handle"), task: try o.optionalInt("task"), description: try o.string("description"))
        case "stepEnded":
            self = .stepEnded(handle: try o.int("handle"), task: try o.optionalInt("task"), instructions: try o.int("instructions"))
        case "notYielded":
            self = .notYielded(task: try o.optionalInt("task"), instructions: try o.int("instructions"), line: try o.int("line"))
        case "taskSuspended":
            self = .taskSuspended(task: try o.int("task"), line: try o.int("line"), awaiting: try o.string("awaiting"),
                                  awaitedTasks: try o.intArray("awaitedTasks"))
        case "taskWoken": self = .taskWoken(task: try o.int("task"), by: try o.string("by"))
        case "taskDone": self = .taskDone(task: try o.int("task"), result: try o.string("result"))
        case "taskFailed":
            self = .taskFailed(task: try o.int("task"), exception: try o.string("exception"), line: try o.int("line"))
        case "taskCancelled": self = .taskCancelled(task: try o.int("task"), line: try o.int("line"))
        case "taskCancelRequested": self = .taskCancelRequested(task: try o.int("task"), by: try o.optionalInt("by"))
        case "loopBlocked":
            self = .loopBlocked(task: try o.optionalInt("task"), by: try o.string("by"), duration: try o.double("duration"),
                                line: try o.int("line"))
        case "output":
            let name = try o.string("stream")
            guard let stream = OutputStream(rawValue: name) else { throw EventDecodingError("unknown stream '\(name)'") }
            self = .output(text: try o.string("text"), stream: stream, task: try o.optionalInt("task"))
        case "warning":
            self = .warning(category: try o.string("category"), message: try o.string("message"),
                            task: try o.optionalInt("task"), line: try o.int("line"))
        case "loopStarted": self = .loopStarted
        case "loopClosed": self = .loopClosed
        case "deadlock":
            guard case .array(let items)? = o.fields["stuck"] else { throw EventDecodingError("missing field 'stuck'") }
            self = .deadlock(stuck: try items.map { item in
                guard case .object(let f) = item else { throw EventDecodingError("'stuck' holds a non-object") }
                let s = JSONFields(f)
                return StuckTask(task: try s.int("task"), name: try s.string("name"), line: try s.int("line"),
                                 awaiting: try s.string("awaiting"))
            })
        case "runFinished": self = .runFinished(exitCode: try o.int("exitCode"))
        default: throw EventDecodingError("unknown event type '\(type)'")
        }
    }
}

/// A parsed JSON value (only what the event schema uses).
enum JSONValue: Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])
}

struct JSONFields {
    let fields: [String: JSONValue]
    init(_ fields: [String: JSONValue]) { self.fields = fields }

    private func field(_ k: String) throws -> JSONValue {
        guard let v = fields[k] else { throw EventDecodingError("missing field '\(k)'") }
        return v
    }

    func int(_ k: String) throws -> Int {
        guard case .number(let d) = try field(k), let i = Int(exactly: d) else { throw EventDecodingError("'\(k)' is not an integer") }
        return i
    }

    func optionalInt(_ k: String) throws -> Int? {
        if case .null? = fields[k] { return nil }
        if fields[k] == nil { return nil }
        return try int(k)
    }

    /// Non-finite numbers are written as null (JSONText.number).
    func double(_ k: String) throws -> Double {
        switch try field(k) {
        case .number(let d): return d
        case .null: return .nan
        default: throw EventDecodingError("'\(k)' is not a number")
        }
    }

    func string(_ k: String) throws -> String {
        guard case .string(let s) = try field(k) else { throw EventDecodingError("'\(k)' is not a string") }
        return s
    }

    func intArray(_ k: String) throws -> [Int] {
        guard case .array(let items) = try field(k) else { throw EventDecodingError("'\(k)' is not a list") }
        return try items.map {
            guard case .number(let d) = $0, let i = Int(exactly: d) else { throw EventDecodingError("'\(k)' holds a non-integer") }
            return i
        }
    }
}

/// A small strict JSON parser over UTF-8 bytes (RFC 8259), nesting bounded.
struct JSONParser {
    private let b: [UInt8]
    private var i = 0
    private var depth = 0

    init(_ bytes: [UInt8]) { b = bytes }

    mutating func parseDocument() throws -> JSONValue {
        let v = try value()
        skipSpace()
        guard i == b.count else { throw error("unexpected text after the value") }
        return v
    }

    private func error(_ what: String) -> EventDecodingError {
        EventDecodingError("invalid JSON at column \(i + 1): \(what)")
    }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
    }

    private mutating func value() throws -> JSONValue {
        skipSpace()
        guard i < b.count else { throw error("unexpected end of line") }
        switch b[i] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        default: return .number(try number())
        }
    }

    private mutating func literal(_ word: String) throws {
        let w = Array(word.utf8)
        guard i + w.count <= b.count, Array(b[i..<i + w.count]) == w else { throw error("expected \(word)") }
        i += w.count
    }

    private mutating func nested<T>(_ body: (inout JSONParser) throws -> T) throws -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= 32 else { throw error("nested too deeply") }
        return try body(&self)
    }

    private mutating func object() throws -> JSONValue {
        try nested { p in
            p.i += 1
            var out: [String: JSONValue] = [:]
            p.skipSpace()
            if p.i < p.b.count, p.b[p.i] == UInt8(ascii: "}") { p.i += 1; return .object(out) }
            while true {
                p.skipSpace()
                guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: "\"") else { throw p.error("expected a key") }
                let key = try p.string()
                p.skipSpace()
                guard p.i < p.b.count, p.b[p.i] == UInt8(ascii: ":") else { throw p.error("expected ':'") }
                p.i += 1
                out[key] = try p.value()
                p.skipSpace()
                guard p.i < p.b.count else { throw p.error("unexpected end of line") }
                if p.b[p.i] == UInt8(ascii: ",") { p.i += 1; continue }
                if p.b[p.i] == UInt8(ascii: "}") { p.i += 1; return .object(out) }
                throw p.error("expected ',' or '}'")
            }
        }
    }

    private mutating func array() throws -> JSONValue {
        try nested { p in
            p.i += 1
            var out: [JSONValue] = []
            p.skipSpace()
            if p.i < p.b.count, p.b[p.i] == UInt8(ascii: "]") { p.i += 1; return .array(out) }
            while true {
                out.append(try p.value())
                p.skipSpace()
                guard p.i < p.b.count else { throw p.error("unexpected end of line") }
                if p.b[p.i] == UInt8(ascii: ",") { p.i += 1; continue }
                if p.b[p.i] == UInt8(ascii: "]") { p.i += 1; return .array(out) }
                throw p.error("expected ',' or ']'")
            }
        }
    }

    private mutating func number() throws -> Double {
        let start = i
        while i < b.count, let c = Optional(b[i]),
              (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            i += 1
        }
        guard i > start, let d = Double(String(decoding: b[start..<i], as: UTF8.self)), d.isFinite else {
            throw error("expected a value")
        }
        return d
    }

    private mutating func string() throws -> String {
        i += 1
        var bytes: [UInt8] = []
        var scalars = String.UnicodeScalarView()
        func flush() {
            if !bytes.isEmpty { scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars); bytes.removeAll() }
        }
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\"") { i += 1; flush(); return String(scalars) }
            if c == UInt8(ascii: "\\") {
                guard i + 1 < b.count else { break }
                let e = b[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "n"): bytes.append(0x0A)
                case UInt8(ascii: "t"): bytes.append(0x09)
                case UInt8(ascii: "r"): bytes.append(0x0D)
                case UInt8(ascii: "b"): bytes.append(0x08)
                case UInt8(ascii: "f"): bytes.append(0x0C)
                case UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "\""): bytes.append(e)
                case UInt8(ascii: "u"):
                    flush()
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code), i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") {
                        i += 2
                        let low = try hex4()
                        code = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
                    }
                    scalars.append(Unicode.Scalar(code) ?? "\u{FFFD}")
                default: throw error("bad escape")
                }
                continue
            }
            bytes.append(c)
            i += 1
        }
        throw error("unterminated string")
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= b.count, let v = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16) else {
            throw error("bad \\u escape")
        }
        i += 4
        return v
    }
}

extension Event {
    /// Decodes a whole JSON Lines recording. Blank lines are skipped; any
    /// other line that is not an event is an error naming its line number.
    public static func decodeRecording(_ text: String) throws -> [Event] {
        var events: [Event] = []
        var number = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\r" || $0 == "\t" }) { continue }
            do {
                events.append(try Event(jsonLine: String(line)))
            } catch let error as EventDecodingError {
                throw EventDecodingError("line \(number): \(error.message)")
            }
        }
        return events
    }
}
