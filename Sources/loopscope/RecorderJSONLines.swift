import LoopscopeEngine

/// `loopscope record`'s path from the recorder's frames to the recording:
/// each record becomes its JSON Lines directly, with no `Event` and no
/// `String` in between (strings are copied from the frame's bytes, numbers
/// written as digits). The bytes are exactly those `RecorderRecords` and
/// `Event.appendJSONLine` write for the same frames (RecordCommandTests
/// check that every line of a recording re-encodes to itself); this path
/// exists because it is on the recorded program's critical path: it costs
/// a fraction of decoding into events (~600 ns an event) and re-encoding.
///
/// The field order of each event type follows `EventKind.writeFields`
/// (docs/events.md); the record layouts follow `RecorderRecords`.
struct RecorderJSONLines {
    /// Events written so far.
    private(set) var count = 0
    /// The time of the last event.
    private(set) var lastTime = 0.0
    /// The recorder reported that it found no loop it could instrument.
    private(set) var loopNotInstrumented = false
    /// "real", or "virtual" under scripts/vclock.py (runStarted says which).
    private(set) var clock = "real"
    private var realClock = true
    private var origin = 0.0
    private var iteration = 0
    private var frames = FrameSplitter()
    /// `{"v":N,"seq":`, every line's start.
    private let lineStart = Array("{\"v\":\(EventSchema.version),\"seq\":".utf8)

    /// Feeds bytes read from the pipe; every whole frame's lines are
    /// appended to `out`. After an error, `out` ends with the last whole record.
    mutating func feed(_ chunk: UnsafeRawBufferPointer, into out: inout ByteWriter) throws {
        var frames = self.frames
        self.frames = FrameSplitter()
        defer { self.frames = frames }
        try frames.split(chunk) { frame in
            var f = Fields(MarshalCursor(frame))
            let records = try f.records()
            for _ in 0..<records {
                let mark = (out.count, count, lastTime, iteration)
                do {
                    try f.begin()
                    try record(&f, into: &out)
                    try f.end()
                } catch {
                    out.truncate(to: mark.0)
                    (count, lastTime, iteration) = (mark.1, mark.2, mark.3)
                    throw error
                }
            }
            guard f.isAtEnd else { throw MarshalError(description: "a frame is not a list of records") }
        }
    }

    // MARK: Records

    private mutating func record(_ f: inout Fields, into out: inout ByteWriter) throws {
        guard let code = RecordCode(rawValue: try f.int()) else { throw MarshalError(description: "unknown record code") }
        if code == .step { return try step(&f, into: &out) }
        let raw = try f.double()
        switch code {
        case .runStarted:
            let file = try f.text()
            clock = String(decoding: try f.text(), as: UTF8.self)
            realClock = clock == "real"
            origin = try f.double()
            head(raw, ",\"type\":\"runStarted\",\"file\":", &out)
            quoted(file, &out)
            out.put(",\"clock\":")
            quoted(clock, &out)
        case .loopStarted: head(raw, ",\"type\":\"loopStarted\"", &out)
        case .loopClosed: head(raw, ",\"type\":\"loopClosed\"", &out)
        case .taskCreated:
            let (task, name, coroutine) = (try f.int(), try f.text(), try f.text())
            let (creator, line) = (try f.optionalInt(), try f.int())
            head(raw, ",\"type\":\"taskCreated\",\"task\":", &out)
            out.int(task)
            out.put(",\"name\":"); quoted(name, &out)
            out.put(",\"coroutine\":"); quoted(coroutine, &out)
            out.put(",\"creator\":"); optionalInt(creator, &out)
            out.put(",\"line\":"); out.int(line)
        case .taskRenamed:
            let (task, name) = (try f.int(), try f.text())
            head(raw, ",\"type\":\"taskRenamed\",\"task\":", &out)
            out.int(task)
            out.put(",\"name\":"); quoted(name, &out)
        case .handleScheduled:
            // With a sixth field, what woke its task: the taskWoken that follows.
            let (handle, task, description) = (try f.int(), try f.optionalInt(), try f.text())
            let by = task != nil && f.hasMore ? try f.text() : nil
            handleScheduled(raw, handle, task, description, &out)
            if let task, let by {
                end(&out)
                taskWoken(raw, task, by, &out)
            }
        case .handleCancelled:
            let handle = try f.int()
            head(raw, ",\"type\":\"handleCancelled\",\"handle\":", &out)
            out.int(handle)
        case .timerSet:
            let (timer, due, task, description) = (try f.int(), try f.double(), try f.optionalInt(), try f.text())
            head(raw, ",\"type\":\"timerSet\",\"timer\":", &out)
            out.int(timer)
            out.put(",\"due\":"); out.number(due - origin)
            out.put(",\"task\":"); optionalInt(task, &out)
            out.put(",\"description\":"); quoted(description, &out)
        case .timerFired, .timerCancelled:
            let timer = try f.int()
            head(raw, code == .timerFired ? ",\"type\":\"timerFired\",\"timer\":" : ",\"type\":\"timerCancelled\",\"timer\":", &out)
            out.int(timer)
        case .clockAdvanced:
            let (from, to) = (try f.double(), try f.double())
            head(raw, ",\"type\":\"clockAdvanced\",\"from\":", &out)
            out.number(from - origin)
            out.put(",\"to\":"); out.number(to - origin)
        case .iterationBegan:
            let ready = try f.int()
            iteration += 1
            head(raw, ",\"type\":\"iterationBegan\",\"iteration\":", &out)
            out.int(iteration)
            out.put(",\"ready\":"); out.int(ready)
        case .iterationEnded:
            head(raw, ",\"type\":\"iterationEnded\",\"iteration\":", &out)
            out.int(iteration)
        case .stepBegan:
            let (handle, task, description) = (try f.int(), try f.optionalInt(), try f.text())
            stepBegan(raw, handle, task, description, &out)
        case .stepEnded:
            let (handle, task) = (try f.int(), try f.optionalInt())
            stepEnded(raw, handle, task, &out)
        case .taskSuspended:
            let (task, line, awaiting, awaited) = (try f.int(), try f.int(), try f.text(), try f.ints())
            taskSuspended(raw, task, line, awaiting, awaited, &out)
        case .taskWoken:
            let (task, by) = (try f.int(), try f.text())
            taskWoken(raw, task, by, &out)
        case .taskDone:
            let (task, result) = (try f.int(), try f.text())
            head(raw, ",\"type\":\"taskDone\",\"task\":", &out)
            out.int(task)
            out.put(",\"result\":"); quoted(result, &out)
        case .taskFailed:
            let (task, exception, line) = (try f.int(), try f.text(), try f.int())
            head(raw, ",\"type\":\"taskFailed\",\"task\":", &out)
            out.int(task)
            out.put(",\"exception\":"); quoted(exception, &out)
            out.put(",\"line\":"); out.int(line)
        case .taskCancelled:
            let (task, line) = (try f.int(), try f.int())
            head(raw, ",\"type\":\"taskCancelled\",\"task\":", &out)
            out.int(task)
            out.put(",\"line\":"); out.int(line)
        case .cancelRequested:
            let (task, by) = (try f.int(), try f.optionalInt())
            head(raw, ",\"type\":\"taskCancelRequested\",\"task\":", &out)
            out.int(task)
            out.put(",\"by\":"); optionalInt(by, &out)
        case .loopBlocked:
            let (task, by, duration, line) = (try f.optionalInt(), try f.text(), try f.double(), try f.int())
            head(raw, ",\"type\":\"loopBlocked\",\"task\":", &out)
            optionalInt(task, &out)
            out.put(",\"by\":"); quoted(by, &out)
            out.put(",\"duration\":"); out.number(duration)
            out.put(",\"line\":"); out.int(line)
        case .output:
            let (text, stream, task) = (try f.text(), try f.text(), try f.optionalInt())
            head(raw, ",\"type\":\"output\",\"text\":", &out)
            quoted(text, &out)
            out.put(Self.isStderr(stream) ? ",\"stream\":\"stderr\",\"task\":" : ",\"stream\":\"stdout\",\"task\":")
            optionalInt(task, &out)
        case .warning:
            let (category, message, task, line) = (try f.text(), try f.text(), try f.optionalInt(), try f.int())
            if category.elementsEqual("loopscope".utf8) { loopNotInstrumented = true }
            head(raw, ",\"type\":\"warning\",\"category\":", &out)
            quoted(category, &out)
            out.put(",\"message\":"); quoted(message, &out)
            out.put(",\"task\":"); optionalInt(task, &out)
            out.put(",\"line\":"); out.int(line)
        case .step: return
        }
        end(&out)
    }

    /// A STEP record (see `RecorderRecords.step`): its stepBegan unless
    /// written already, the taskSuspended and bare yield's handleScheduled
    /// at its end, and its stepEnded.
    private mutating func step(_ f: inout Fields, into out: inout ByteWriter) throws {
        let (start, handle, task, description, endTime) =
            (try f.optionalDouble(), try f.int(), try f.optionalInt(), try f.text(), try f.double())
        var suspended: (line: Int, awaiting: UnsafeRawBufferPointer, awaited: [Int])?
        var next: (handle: Int, description: UnsafeRawBufferPointer)?
        if task != nil, f.hasMore {
            suspended = (try f.int(), try f.text(), try f.ints())
            if let handle = try f.optionalInt() { next = (handle, try f.text()) }
        }
        if let start {
            stepBegan(start, handle, task, description, &out)
            end(&out)
        }
        if let task, let suspended {
            taskSuspended(endTime, task, suspended.line, suspended.awaiting, suspended.awaited, &out)
            end(&out)
            if let next {
                handleScheduled(endTime, next.handle, task, next.description, &out)
                end(&out)
            }
        }
        stepEnded(endTime, handle, task, &out)
        end(&out)
    }

    private mutating func stepBegan(_ raw: Double, _ handle: Int, _ task: Int?, _ description: UnsafeRawBufferPointer,
                                    _ out: inout ByteWriter) {
        head(raw, ",\"type\":\"stepBegan\",\"handle\":", &out)
        out.int(handle)
        out.put(",\"task\":"); optionalInt(task, &out)
        out.put(",\"description\":"); quoted(description, &out)
    }

    private mutating func stepEnded(_ raw: Double, _ handle: Int, _ task: Int?, _ out: inout ByteWriter) {
        head(raw, ",\"type\":\"stepEnded\",\"handle\":", &out)
        out.int(handle)
        out.put(",\"task\":"); optionalInt(task, &out)
        out.put(",\"instructions\":0")
    }

    private mutating func handleScheduled(_ raw: Double, _ handle: Int, _ task: Int?, _ description: UnsafeRawBufferPointer,
                                          _ out: inout ByteWriter) {
        head(raw, ",\"type\":\"handleScheduled\",\"handle\":", &out)
        out.int(handle)
        out.put(",\"task\":"); optionalInt(task, &out)
        out.put(",\"description\":"); quoted(description, &out)
    }

    private mutating func taskSuspended(_ raw: Double, _ task: Int, _ line: Int, _ awaiting: UnsafeRawBufferPointer,
                                        _ awaited: [Int], _ out: inout ByteWriter) {
        head(raw, ",\"type\":\"taskSuspended\",\"task\":", &out)
        out.int(task)
        out.put(",\"line\":"); out.int(line)
        out.put(",\"awaiting\":"); quoted(awaiting, &out)
        out.put(",\"awaitedTasks\":[")
        for (i, t) in awaited.enumerated() {
            if i > 0 { out.byte(UInt8(ascii: ",")) }
            out.int(t)
        }
        out.byte(UInt8(ascii: "]"))
    }

    private mutating func taskWoken(_ raw: Double, _ task: Int, _ by: UnsafeRawBufferPointer, _ out: inout ByteWriter) {
        head(raw, ",\"type\":\"taskWoken\",\"task\":", &out)
        out.int(task)
        out.put(",\"by\":"); quoted(by, &out)
    }

    // MARK: Bytes

    /// `{"v":N,"seq":N,"t":T` and what follows up to the first value: the
    /// event gets its number and its time relative to the start.
    private mutating func head(_ raw: Double, _ rest: StaticString, _ out: inout ByteWriter) {
        var time = raw - origin
        out.put(lineStart)
        out.int(count)
        count += 1
        out.put(",\"t\":")
        if realClock, time.isFinite {
            let micros = (time * 1e6).rounded()
            time = micros / 1e6
            lastTime = time
            // What `number` would write for this time, without working it out again.
            if micros >= 100, micros < 1e15 {
                out.micros(UInt64(micros))
            } else {
                out.number(time)
            }
        } else {
            if time.isFinite { lastTime = time }
            out.number(time)
        }
        out.put(rest)
    }

    private func end(_ out: inout ByteWriter) {
        out.put("}\n")
    }

    private func optionalInt(_ v: Int?, _ out: inout ByteWriter) {
        if let v { out.int(v) } else { out.put("null") }
    }

    /// A JSON string of a marshal string's bytes. Printable ASCII with
    /// nothing to escape (nearly every description and name) is copied as
    /// it is; anything else goes the way `Event`'s strings go (UTF-8
    /// repaired, then escaped), so the bytes are the same.
    private func quoted(_ bytes: UnsafeRawBufferPointer, _ out: inout ByteWriter) {
        if Self.needsEscaping(bytes) {
            return quoted(String(decoding: bytes, as: UTF8.self), &out)
        }
        out.byte(UInt8(ascii: "\""))
        out.put(bytes)
        out.byte(UInt8(ascii: "\""))
    }

    /// Whether any byte is below 0x20, above 0x7E, `"` or `\`: eight bytes
    /// at a time, with the exact byte tests of "Bit Twiddling Hacks"
    /// (hasless, hasmore, haszero), the rest one by one.
    @inline(__always)
    private static func needsEscaping(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        while i + 8 <= bytes.count {
            let x = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            let below = (x &- ones &* 0x20) & ~x
            let above = (x &+ ones) | x
            let quote = x ^ (ones &* 0x22)
            let backslash = x ^ (ones &* 0x5C)
            let zero = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if (below | above | zero) & highs != 0 { return true }
            i += 8
        }
        while i < bytes.count {
            let b = bytes[i]
            if b &- 0x20 >= 0x5F || b == 0x22 || b == 0x5C { return true }
            i += 1
        }
        return false
    }

    private func quoted(_ s: String, _ out: inout ByteWriter) {
        var escaped: [UInt8] = []
        JSONText.appendQuoted(s, to: &escaped)
        out.put(escaped)
    }

    private static func isStderr(_ stream: UnsafeRawBufferPointer) -> Bool {
        stream.elementsEqual("stderr".utf8)
    }
}
