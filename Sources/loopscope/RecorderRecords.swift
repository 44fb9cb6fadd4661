import LoopscopeEngine

/// What the recorder (recorder/loopscope_recorder.py) sends on its events
/// pipe, turned into the schema's events (docs/events.md).
///
/// The pipe carries frames: a little-endian UInt32 length, then a marshal
/// list of records. A record is a tuple `(code, time, fields...)` in the
/// order `RecordCode` lists; the recorder appends tuples and lets marshal
/// (C) serialise them, because formatting JSON in Python cost more than the
/// callbacks it described. Here they are numbered from 0, their times made
/// relative to the start (to the microsecond on the real clock), and the
/// iterations counted.
struct RecorderRecords {
    /// Events made so far.
    private(set) var count = 0
    /// "real", or "virtual" under scripts/vclock.py (runStarted says which).
    private(set) var clock = "real"
    /// The time of the last event.
    private(set) var lastTime = 0.0
    /// The recorder reported that it found no loop it could instrument.
    private(set) var loopNotInstrumented = false
    private var origin = 0.0
    private var iteration = 0
    private var frames = FrameSplitter()

    /// Feeds bytes read from the pipe; every whole frame's events are
    /// appended to `events`, in order. A frame that is not the recorder's is an error.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, into events: inout [Event]) throws {
        var frames = self.frames
        self.frames = FrameSplitter()
        defer { self.frames = frames }
        try frames.split(chunk) { frame in
            var fields = Fields(MarshalCursor(frame))
            let records = try fields.records()
            events.reserveCapacity(events.count + records)
            for _ in 0..<records {
                try fields.begin()
                try decode(&fields, into: &events)
                try fields.end()
            }
            guard fields.isAtEnd else { throw MarshalError(description: "a frame is not a list of records") }
        }
    }

    private mutating func decode(_ f: inout Fields, into events: inout [Event]) throws {
        guard let kindCode = RecordCode(rawValue: try f.int()) else { throw MarshalError(description: "unknown record code") }
        if kindCode == .step { return try step(&f, into: &events) }
        let raw = try f.double()
        var kind: EventKind
        switch kindCode {
        case .runStarted:
            let file = try f.string()
            clock = try f.string()
            origin = try f.double()
            kind = .runStarted(file: file)
        case .loopStarted: kind = .loopStarted
        case .loopClosed: kind = .loopClosed
        case .taskCreated:
            kind = .taskCreated(task: try f.int(), name: try f.string(), coroutine: try f.string(),
                                creator: try f.optionalInt(), line: try f.int())
        case .taskRenamed: kind = .taskRenamed(task: try f.int(), name: try f.string())
        case .handleScheduled:
            // With a sixth field, what woke its task: the taskWoken that follows.
            let handle = try f.int()
            let task = try f.optionalInt()
            kind = .handleScheduled(handle: handle, task: task, description: try f.string())
            if let task, f.hasMore {
                events.append(event(at: raw, kind))
                kind = .taskWoken(task: task, by: try f.string())
            }
        case .handleCancelled: kind = .handleCancelled(handle: try f.int())
        case .timerSet:
            kind = .timerSet(timer: try f.int(), due: try f.double() - origin, task: try f.optionalInt(),
                             description: try f.string())
        case .timerFired: kind = .timerFired(timer: try f.int())
        case .timerCancelled: kind = .timerCancelled(timer: try f.int())
        case .clockAdvanced: kind = .clockAdvanced(from: try f.double() - origin, to: try f.double() - origin)
        case .iterationBegan:
            iteration += 1
            kind = .iterationBegan(iteration: iteration, ready: try f.int())
        case .iterationEnded: kind = .iterationEnded(iteration: iteration)
        case .stepBegan:
            kind = .stepBegan(handle: try f.int(), task: try f.optionalInt(), description: try f.string())
        case .stepEnded: kind = .stepEnded(handle: try f.int(), task: try f.optionalInt(), instructions: 0)
        case .taskSuspended:
            kind = .taskSuspended(task: try f.int(), line: try f.int(), awaiting: try f.string(),
                                  awaitedTasks: try f.ints())
        case .taskWoken: kind = .taskWoken(task: try f.int(), by: try f.string())
        case .taskDone: kind = .taskDone(task: try f.int(), result: try f.string())
        case .taskFailed: kind = .taskFailed(task: try f.int(), exception: try f.string(), line: try f.int())
        case .taskCancelled: kind = .taskCancelled(task: try f.int(), line: try f.int())
        case .cancelRequested: kind = .taskCancelRequested(task: try f.int(), by: try f.optionalInt())
        case .loopBlocked:
            kind = .loopBlocked(task: try f.optionalInt(), by: try f.string(), duration: try f.double(),
                                line: try f.int())
        case .output:
            kind = .output(text: try f.string(), stream: try f.string() == "stderr" ? .stderr : .stdout,
                           task: try f.optionalInt())
        case .warning:
            let category = try f.string()
            if category == "loopscope" { loopNotInstrumented = true }
            kind = .warning(category: category, message: try f.string(), task: try f.optionalInt(), line: try f.int())
        case .step: return
        }
        events.append(event(at: raw, kind))
    }

    /// A STEP record: `(code, start or None, handle, task, description, end
    /// [, line, awaiting, awaitedTasks, next handle or None, its description])`
    /// is the step's stepBegan (unless the recorder wrote it already), the
    /// taskSuspended that ended it and the handleScheduled of a bare yield,
    /// both at its end, and its stepEnded.
    private mutating func step(_ f: inout Fields, into events: inout [Event]) throws {
        let start = try f.optionalDouble()
        let handle = try f.int()
        let task = try f.optionalInt()
        let description = try f.string()
        let end = try f.double()
        if let start {
            events.append(event(at: start, .stepBegan(handle: handle, task: task, description: description)))
        }
        if let task, f.hasMore {
            events.append(event(at: end, .taskSuspended(task: task, line: try f.int(), awaiting: try f.string(),
                                                        awaitedTasks: try f.ints())))
            if let next = try f.optionalInt() {
                events.append(event(at: end, .handleScheduled(handle: next, task: task, description: try f.string())))
            }
        }
        events.append(event(at: end, .stepEnded(handle: handle, task: task, instructions: 0)))
    }

    private mutating func event(at raw: Double, _ kind: EventKind) -> Event {
        var time = raw - origin
        if clock == "real", time.isFinite { time = (time * 1e6).rounded() / 1e6 }
        let e = Event(seq: count, time: time, kind: kind)
        count += 1
        if time.isFinite { lastTime = time }
        return e
    }

    /// The events' JSON Lines, as a recording holds them: runStarted also
    /// names the clock (a field the engine's events do not have, which
    /// exports label their axis with; Recording.load reads it).
    func appendJSONLine(_ e: Event, to out: inout [UInt8]) {
        e.appendJSONLine(to: &out)
        if case .runStarted = e.kind {
            out.removeLast()
            out.append(contentsOf: ",\"clock\":\"\(clock)\"}".utf8)
        }
        out.append(0x0A)
    }
}

/// The record codes, in the recorder's order (its RUN_STARTED ... STEP).
enum RecordCode: Int {
    case runStarted, loopStarted, loopClosed, taskCreated, taskRenamed, handleScheduled, handleCancelled,
         timerSet, timerFired, timerCancelled, clockAdvanced, iterationBegan, iterationEnded, stepBegan,
         stepEnded, taskSuspended, taskWoken, taskDone, taskFailed, taskCancelled, cancelRequested,
         loopBlocked, output, warning, step
}

/// Cuts the pipe's bytes into frames (a little-endian UInt32 length, then
/// that many bytes), keeping the start of a frame whose end has not arrived.
struct FrameSplitter {
    private var carry: [UInt8] = []

    /// Calls `body` with each whole frame, in order.
    mutating func split(_ chunk: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws {
        if carry.isEmpty {
            // Most reads end on a frame's end or hold most of one: no copy.
            let used = try Self.whole(chunk, body)
            carry.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[used...]))
            return
        }
        carry.append(contentsOf: chunk)
        var used = 0
        defer { carry.removeSubrange(0..<used) }
        try carry.withUnsafeBytes { used = try Self.whole($0, body) }
    }

    /// Passes the whole frames at the start of `bytes` to `body`; how many bytes they took.
    private static func whole(_ bytes: UnsafeRawBufferPointer, _ body: (UnsafeRawBufferPointer) throws -> Void) throws -> Int {
        var from = 0
        while bytes.count - from >= 4 {
            let length = Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: from, as: UInt32.self)))
            guard bytes.count - from - 4 >= length else { break }
            try body(UnsafeRawBufferPointer(rebasing: bytes[(from + 4)..<(from + 4 + length)]))
            from += 4 + length
        }
        return from
    }
}

/// A frame's records, each read field by field in order, typed, straight
/// off the bytes.
struct Fields {
    private var cursor: MarshalCursor
    /// Fields of the current record not read yet.
    private var left = 0

    init(_ cursor: MarshalCursor) { self.cursor = cursor }

    var isAtEnd: Bool { cursor.isAtEnd }

    /// Whether the current record has fields not read yet.
    var hasMore: Bool { left > 0 }

    /// How many records the frame holds.
    mutating func records() throws -> Int { try cursor.sequence() }

    mutating func begin() throws { left = try cursor.sequence() }

    private mutating func next() throws {
        guard left > 0 else { throw MarshalError(description: "a record is missing a field") }
        left -= 1
    }

    mutating func int() throws -> Int { try next(); return try cursor.int() }
    mutating func optionalInt() throws -> Int? { try next(); return try cursor.optionalInt() }
    mutating func double() throws -> Double { try next(); return try cursor.double() }
    mutating func optionalDouble() throws -> Double? { try next(); return try cursor.optionalDouble() }
    mutating func string() throws -> String { try next(); return try cursor.string() }
    mutating func text() throws -> UnsafeRawBufferPointer { try next(); return try cursor.text() }
    mutating func ints() throws -> [Int] { try next(); return try cursor.ints() }

    /// Past the record's end (fields a newer recorder added skipped).
    mutating func end() throws {
        while left > 0 { try next(); try cursor.skip() }
    }
}
