import ArgumentParser
import Foundation
import LoopscopeEngine
import LoopscopeUI

/// `loopscope [PROGRAM]`: the visualizer (the demo picker without a program).
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the visualizer: the demo picker, or PROGRAM directly.",
        shouldDisplay: false
    )

    @Argument(help: "A Python file, a demo name or a recording (FILE.jsonl). Without it, the demo picker opens.")
    var program: String?

    @Flag(name: .long, help: "Code takes no virtual time: only sleeps and waiting for timers move the clock.")
    var frozenClock = false

    @Option(name: .long, help: ArgumentHelp("State changes the lanes keep before forgetting the oldest (bounded memory for endless programs).", valueName: "N"))
    var history: Int = TimelineModel.defaultHistoryBudget

    func run() throws {
        guard history >= 1_000 else { UsageError("--history must be at least 1000").exit() }
        if let name = program, Recording.isRecording(name) {
            do {
                throw ExitCode(Int32(Visualizer.open(try Recording.load(name), history: history)))
            } catch let error as UsageError {
                error.exit()
            }
        }
        var start: ProgramSource?
        if let name = program {
            do {
                start = try ProgramSource.resolve(name)
            } catch let error as UsageError {
                error.exit()
            }
        }
        throw ExitCode(Int32(Visualizer.open(start, clock: frozenClock ? .frozen : .cpu, history: history)))
    }
}
