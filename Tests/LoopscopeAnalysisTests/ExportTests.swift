import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import LoopscopeEngine
@testable import LoopscopeAnalysis

@Suite struct ChromeTraceTests {
    let history = RunHistory(events: EventScript.primerGather().events)

    func parsed() throws -> [[String: Any]] {
        let json = ChromeTrace.render(history)
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return try #require(object?["traceEvents"] as? [[String: Any]])
    }

    @Test func everyTaskHasANamedLane() throws {
        let names = try parsed().filter { $0["ph"] as? String == "M" && $0["name"] as? String == "thread_name" }
            .compactMap { ($0["args"] as? [String: Any])?["name"] as? String }
        #expect(names == ["event loop", "Task-1 main()", "Task-2 task1()", "Task-3 task2()"])
    }

    @Test func slicesOnALaneNest() throws {
        var byLane: [Int: [(Int64, Int64)]] = [:]
        for e in try parsed() where e["ph"] as? String == "X" {
            let ts = (e["ts"] as! NSNumber).int64Value, dur = (e["dur"] as! NSNumber).int64Value
            byLane[e["tid"] as! Int, default: []].append((ts, ts + dur))
        }
        #expect(!byLane.isEmpty)
        for (_, slices) in byLane {
            let sorted = slices.sorted { $0.0 < $1.0 || ($0.0 == $1.0 && $0.1 > $1.1) }
            var stack: [Int64] = []
            for (start, end) in sorted {
                while let top = stack.last, top <= start, !(top == start && end == start) { stack.removeLast() }
                if let top = stack.last { #expect(end <= top, "slice [\(start), \(end)] overlaps its parent ending at \(top)") }
                stack.append(end)
            }
        }
    }

    @Test func awaitSlicesCarryWhatTheyAwait() throws {
        let awaits = try parsed().filter { $0["cat"] as? String == "awaiting" }
        let labels = awaits.compactMap { ($0["args"] as? [String: Any])?["awaiting"] as? String }
        #expect(labels.sorted() == ["asyncio.sleep(1)", "asyncio.sleep(2)", "gather(2 tasks)"])
        let sleep2 = try #require(awaits.first { $0["name"] as? String == "await asyncio.sleep(2)" })
        #expect(sleep2["dur"] as? Int == 2_000_000)
    }

    @Test func lastTimestampIsTheRunsVirtualEnd() throws {
        let last = try parsed().compactMap { e -> Int64? in
            guard let ts = (e["ts"] as? NSNumber)?.int64Value else { return nil }
            return ts + ((e["dur"] as? NSNumber)?.int64Value ?? 0)
        }.max()
        #expect(last == 2_000_000)
    }

    @Test func outputIsAnInstantOnTheWritersLane() throws {
        let prints = try parsed().filter { ($0["name"] as? String)?.hasPrefix("print: ") == true }
        #expect(prints.count == 5)
        #expect(prints.first?["tid"] as? Int == ChromeTrace.tidFor(2))
    }
}

@Suite struct TextTimelineTests {
    let history = RunHistory(events: EventScript.primerGather().events)

    @Test func timeAxisSnapshot() {
        let text = TextTimeline(width: 80, axis: .time, ascii: false).render(history)
        let expected = """
            demos/gather-results.py: 2.000 s virtual, 8 steps, 3 tasks, exit 0 — along virtual time
                            0s         0.5s       1s        1.5s       2s
                            ┬──────────┬──────────┬─────────┬──────────┬─
            event loop      ·····················█·····················█·
            Task-1 main()   █──────────────────────────────────────────█✔  done → None
            Task-2 task1()  █──────────────────────────────────────────█✔  done → 'Result 1'
            Task-3 task2()  █────────────────────█✔                        done → 'Result 2'

            Legend: █ running  ▒ ready  ─ awaiting  ▓ loop blocked (time.sleep, or a step of 0.1 s or more)  ✔ done  ✖ failed  ⊘ cancelled

            """
        #expect(text == expected)
    }

    @Test func stepsAxisShowsEachCallback() {
        let text = TextTimeline(width: 60, axis: .steps, ascii: true).render(history)
        let lines = text.split(separator: "\n").map(String.init)
        let task3 = try! #require(lines.first { $0.hasPrefix("Task-3") })
        #expect(task3.contains("#"))
        #expect(text.contains("along loop steps"))
        #expect(!text.contains("█"), "--ascii uses only ASCII glyphs")
    }
}

@Suite struct SVGTimelineTests {
    @Test func isWellFormedXMLWithTooltips() throws {
        let svg = SVGTimeline().render(RunHistory(events: EventScript.primerGather().events))
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "SVG must be well-formed XML: \(String(describing: parser.parserError))")
        #expect(svg.contains("<title>Task-2 task1(): awaiting asyncio.sleep(2) (line 4)"))
        #expect(svg.contains(">Task-3 task2()</text>"))
    }
}
