import ArgumentParser
import LoopscopeUI

/// `loopscope bench-ui`: what a visualizer frame costs on a huge run
/// (10,000 tasks, 1,000,000 events). Build with `-c release` for real numbers.
struct BenchUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ui",
        abstract: "Measure the visualizer's frame cost on a synthetic run of 10,000 tasks and 1,000,000 events.",
        shouldDisplay: false
    )

    @Option(help: "Tasks in the synthetic run.")
    var tasks = 10_000

    @Option(help: "Events in the synthetic run.")
    var events = 1_000_000

    func run() throws {
        StandardStreams.write(UIBenchmark.run(tasks: tasks, events: events) + "\n")
    }
}
