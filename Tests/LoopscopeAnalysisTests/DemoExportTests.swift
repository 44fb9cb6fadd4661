import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import LoopscopeEngine
@testable import LoopscopeAnalysis

/// Exports of real demo runs, compared with recorded renderings.
/// Re-record after an intended change: `LOOPSCOPE_RECORD=1 swift test --filter DemoExportTests`.
@Suite struct DemoExportTests {
    static let snapshots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    func run(_ demo: String) throws -> (RunHistory, [Event]) {
        let d = try #require(DemoCatalog.named(demo))
        let engine = Engine(source: d.source, filename: "demos/\(demo).py", options: EngineOptions(clock: .frozen))
        #expect(engine.runToEnd() == 0)
        return (RunHistory(events: engine.events), engine.events)
    }

    func matchSnapshot(_ text: String, _ name: String) throws {
        let url = Self.snapshots.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["LOOPSCOPE_RECORD"] != nil {
            try text.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(text == expected, "\(name) differs from its snapshot")
    }

    @Test(arguments: ["event-loop", "blocking-ticker", "cancel"])
    func textTimelineMatchesSnapshot(demo: String) throws {
        let (history, _) = try run(demo)
        try matchSnapshot(TextTimeline(width: 100).render(history), "\(demo).timeline.txt")
        try matchSnapshot(TextTimeline(width: 80, axis: .steps, ascii: true).render(history), "\(demo).steps-ascii.txt")
    }

    @Test func svgMatchesSnapshotAndIsWellFormed() throws {
        let (history, _) = try run("blocking-ticker")
        let svg = SVGTimeline().render(history)
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse())
        #expect(svg.contains("loop blocked by time.sleep(2) in Task-3"))
        try matchSnapshot(svg, "blocking-ticker.svg")
    }

    @Test func traceEndsAtTheRunsVirtualEnd() throws {
        let (history, events) = try run("blocking-ticker")
        let json = ChromeTrace.render(history, lints: Linter.lints(events: events, source: DemoCatalog.named("blocking-ticker")!.source))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let trace = try #require(object?["traceEvents"] as? [[String: Any]])
        let end = trace.compactMap { e -> Int64? in
            guard let ts = (e["ts"] as? NSNumber)?.int64Value else { return nil }
            return ts + ((e["dur"] as? NSNumber)?.int64Value ?? 0)
        }.max()
        #expect(end == ChromeTrace.micros(history.endTime))
        let lanes = trace.filter { $0["name"] as? String == "thread_name" }.compactMap { ($0["args"] as? [String: Any])?["name"] as? String }
        #expect(lanes == ["event loop", "Task-1 main()", "Task-2 ticker()", "Task-3 slow_job()"])
        #expect(trace.contains { ($0["name"] as? String)?.hasPrefix("lint: Executing <Task finished name='Task-3' coro=<slow_job() done> result=None> took 2.000 seconds") == true })
    }
}
