import Foundation
import Testing
@testable import LoopscopeUI

/// The UI benchmark, on demand: `LOOPSCOPE_BENCH=1 swift test --filter UIBenchmarkRun`
/// (use `-c release` for the numbers that matter). Not a timed test.
@Suite struct UIBenchmarkRun {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LOOPSCOPE_BENCH"] == "1"))
    func report() {
        let env = ProcessInfo.processInfo.environment
        let tasks = Int(env["LOOPSCOPE_BENCH_TASKS"] ?? "") ?? 10_000
        let events = Int(env["LOOPSCOPE_BENCH_EVENTS"] ?? "") ?? 1_000_000
        let text = UIBenchmark.run(tasks: tasks, events: events, frames: 100)
        print(text)
        #expect(text.contains("ms/frame"))
    }
}
