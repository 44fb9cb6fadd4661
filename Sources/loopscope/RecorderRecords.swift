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
    /// The start of a frame whose end has not arrived yet.
    private var carry: [UInt8] = []

    /// Feeds bytes read from the pipe; every whole frame's events are
    /// appended to `events`, in order. A frame that is not the recorder's is an error.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, into events: inout [Event]) throws {
        carry.append(contentsOf: chunk)
        var from = 0
        defer { carry.removeSubrange(0..<from) }
        try carry.withUnsafeBytes { all in
            while all.count - from >= 4 {
                let length = Int(UInt32(littleEndian: all.loadUnaligned(fromByteOffset: from, as: UInt32.self)))
                guard all.count - from - 4 >= length else { return }
                var reader = MarshalReader(UnsafeRawBufferPointer(rebasing: all[(from + 4)..<(from + 4 + length)]))
                guard case .sequence(let records) = try reader.value(), reader.isAtEnd else {
                    throw MarshalError(description: "a frame is not a list of records")
                }
                for record in records { events.append(try event(record)) }
                from += 4 + length
            }
        }
    }

    private mutating func event(_ record: MarshalValue) throws -> Event {
        guard case .sequence(let r) = record, r.count >= 2, case .int(let code) = r[0],
              let kindCode = RecordCode(rawValue: code), let raw = r[1].double
        else { throw MarshalError(description: "malformed record \(record)") }
        let f = Fields(values: r)
        let kind: EventKind
        switch kindCode {
        case .runStarted:
            clock = try f.string(3)
            origin = try f.double(4)
            kind = .runStarted(file: try f.string(2))
        case .loopStarted: kind = .loopStarted
        case .loopClosed: kind = .loopClosed
        case .taskCreated:
            kind = .taskCreated(task: try f.int(2), name: try f.string(3), coroutine: try f.string(4),
                                creator: try f.optionalInt(5), line: try f.int(6))
        case .taskRenamed: kind = .taskRenamed(task: try f.int(2), name: try f.string(3))
        case .handleScheduled:
            kind = .handleScheduled(handle: try f.int(2), task: try f.optionalInt(3), description: try f.string(4))
        case .handleCancelled: kind = .handleCancelled(handle: try f.int(2))
        case .timerSet:
            kind = .timerSet(timer: try f.int(2), due: try f.double(3) - origin, task: try f.optionalInt(4),
                             description: try f.string(5))
        case .timerFired: kind = .timerFired(timer: try f.int(2))
        case .timerCancelled: kind = .timerCancelled(timer: try f.int(2))
        case .clockAdvanced: kind = .clockAdvanced(from: try f.double(2) - origin, to: try f.double(3) - origin)
        case .iterationBegan:
            iteration += 1
            kind = .iterationBegan(iteration: iteration, ready: try f.int(2))
        case .iterationEnded: kind = .iterationEnded(iteration: iteration)
        case .stepBegan:
            kind = .stepBegan(handle: try f.int(2), task: try f.optionalInt(3), description: try f.string(4))
        case .stepEnded: kind = .stepEnded(handle: try f.int(2), task: try f.optionalInt(3), instructions: 0)
        case .taskSuspended:
            kind = .taskSuspended(task: try f.int(2), line: try f.int(3), awaiting: try f.string(4),
                                  awaitedTasks: try f.ints(5))
        case .taskWoken: kind = .taskWoken(task: try f.int(2), by: try f.string(3))
        case .taskDone: kind = .taskDone(task: try f.int(2), result: try f.string(3))
        case .taskFailed: kind = .taskFailed(task: try f.int(2), exception: try f.string(3), line: try f.int(4))
        case .taskCancelled: kind = .taskCancelled(task: try f.int(2), line: try f.int(3))
        case .cancelRequested: kind = .taskCancelRequested(task: try f.int(2), by: try f.optionalInt(3))
        case .loopBlocked:
            kind = .loopBlocked(task: try f.optionalInt(2), by: try f.string(3), duration: try f.double(4),
                                line: try f.int(5))
        case .output:
            kind = .output(text: try f.string(2), stream: try f.string(3) == "stderr" ? .stderr : .stdout,
                           task: try f.optionalInt(4))
        case .warning:
            let category = try f.string(2)
            if category == "loopscope" { loopNotInstrumented = true }
            kind = .warning(category: category, message: try f.string(3), task: try f.optionalInt(4), line: try f.int(5))
        }
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

/// The record codes, in the recorder's order (its RUN_STARTED ... WARNING).
enum RecordCode: Int {
    case runStarted, loopStarted, loopClosed, taskCreated, taskRenamed, handleScheduled, handleCancelled,
         timerSet, timerFired, timerCancelled, clockAdvanced, iterationBegan, iterationEnded, stepBegan,
         stepEnded, taskSuspended, taskWoken, taskDone, taskFailed, taskCancelled, cancelRequested,
         loopBlocked, output, warning
}

/// A record's fields by position, typed.
private struct Fields {
    let values: [MarshalValue]

    private func at(_ i: Int) throws -> MarshalValue {
        guard i < values.count else { throw MarshalError(description: "record \(values) has no field \(i)") }
        return values[i]
    }

    func int(_ i: Int) throws -> Int {
        switch try at(i) {
        case .int(let v): return v
        case .bool(let b): return b ? 1 : 0
        case let v: throw MarshalError(description: "field \(i) is not an int: \(v)")
        }
    }

    func optionalInt(_ i: Int) throws -> Int? {
        if case .none = try at(i) { return nil }
        return try int(i)
    }

    func double(_ i: Int) throws -> Double {
        guard let v = try at(i).double else { throw MarshalError(description: "field \(i) is not a number") }
        return v
    }

    func string(_ i: Int) throws -> String {
        guard case .string(let s) = try at(i) else { throw MarshalError(description: "field \(i) is not a string") }
        return s
    }

    func ints(_ i: Int) throws -> [Int] {
        guard case .sequence(let items) = try at(i) else { throw MarshalError(description: "field \(i) is not a tuple") }
        return try items.indices.map { try Fields(values: items).int($0) }
    }
}

extension MarshalValue {
    /// A number as a Double (ints too: the virtual clock may be an int).
    var double: Double? {
        switch self {
        case .double(let v): return v
        case .int(let v): return Double(v)
        default: return nil
        }
    }
}
