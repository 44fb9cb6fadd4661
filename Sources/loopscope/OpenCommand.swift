import ArgumentParser
import Foundation
import LoopscopeEngine

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

    func run() throws {
        if let name = program, Recording.isRecording(name) {
            do {
                throw ExitCode(Int32(Visualizer.open(try Recording.load(name))))
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
        throw ExitCode(Int32(Visualizer.open(start, clock: frozenClock ? .frozen : .cpu)))
    }
}
