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
}
