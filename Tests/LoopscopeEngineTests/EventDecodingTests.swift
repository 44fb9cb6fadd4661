// JSON Lines → Event: every event the engine writes reads back as itself,
// so recordings from `run --events` open like live runs; bad lines are
// clear errors naming the line.

import Testing
import LoopscopeEngine

@Suite("Event decoding")
struct EventDecodingTests {
    @Test("every demo's events read back as themselves", arguments: DemoCatalog.all.map(\.name))
    func demoRoundTrip(name: String) throws {
        let demo = try #require(DemoCatalog.named(name))
        let engine = Engine(source: demo.source, filename: "demos/\(name).py", options: EngineOptions(recordEvents: true, clock: .frozen))
        engine.runToEnd()
        for e in engine.events {
            let decoded = try Event(jsonLine: e.jsonLine)
            #expect(decoded == e, "\(e.jsonLine)")
        }
    }

    @Test func stringsEscapesAndNulls() throws {
        let e = Event(seq: 3, time: 0.25, kind: .output(text: "tab\tq\"\\ é 🎉\u{1}\n", stream: .stderr, task: nil))
        #expect(try Event(jsonLine: e.jsonLine) == e)
        let surrogates = #"{"v":1,"seq":0,"t":1e-3,"type":"output","text":"\ud83c\udf89","stream":"stdout","task":2}"#
        #expect(try Event(jsonLine: surrogates) == Event(seq: 0, time: 0.001, kind: .output(text: "🎉", stream: .stdout, task: 2)))
    }

    @Test func badLinesAreErrorsNamingTheLine() {
        let good = #"{"v":1,"seq":0,"t":0.0,"type":"loopStarted"}"#
        #expect(throws: EventDecodingError("line 3: invalid JSON at column 2: expected a key")) {
            try Event.decodeRecording(good + "\n\n{oops}\n")
        }
        #expect(throws: EventDecodingError("line 1: unknown event type 'nope'")) {
            try Event.decodeRecording(#"{"v":1,"seq":0,"t":0.0,"type":"nope"}"#)
        }
        #expect(throws: EventDecodingError("line 1: missing field 'task'")) {
            try Event.decodeRecording(#"{"v":1,"seq":0,"t":0.0,"type":"taskDone","result":"1"}"#)
        }
        #expect(throws: (any Error).self) { try Event(jsonLine: #"{"v":99,"seq":0,"t":0.0,"type":"loopStarted"}"#) }
        #expect(throws: (any Error).self) { try Event(jsonLine: String(repeating: "[", count: 10_000)) }
    }

    /// Times are written without a String when they are whole microseconds:
    /// the bytes must be exactly `String(v)`'s (shortest round trip), or
    /// recordings would change.
    @Test func numbersAsTheirShortestForm() {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [0, -0.0, 1e-4, 0.0001234, 9.9e-5, 5e-6, 0.1, 0.2, 0.3, 0.1 + 0.2, 1.5, 100, -2.25,
                                999_999_999.999999, 1e9, 1e15, 1e16, 12_345.678901, .infinity, .nan]
        for i in 0..<20_000 {
            let micros = Double(Int.random(in: 0..<(i % 2 == 0 ? 10_000_000 : 1_000_000_000_000), using: &generator))
            values.append((i % 3 == 0 ? -micros : micros) / 1e6)
        }
        for v in values {
            var out: [UInt8] = []
            JSONText.appendNumber(v, to: &out)
            #expect(String(decoding: out, as: UTF8.self) == JSONText.number(v), "\(v)")
        }
    }
}
