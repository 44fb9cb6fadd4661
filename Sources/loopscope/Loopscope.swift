import ArgumentParser
import Foundation
import LoopscopeEngine

@main
struct Loopscope: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loopscope",
        abstract: "Watch an asyncio event loop work: live swimlanes of tasks, one callback at a time.",
        discussion: """
            Loopscope runs a Python 3.11 asyncio program on its own instrumented event loop with a \
            virtual clock, so every run is instant and deterministic.

              loopscope                 open the demo picker
              loopscope DEMO | FILE.py  open that program in the visualizer
              loopscope run FILE.py     run headless; print exactly what python3 would
              loopscope demos           list the bundled demos
              loopscope record FILE.py  run it under real python3, record its loop as JSON Lines
              loopscope watch FILE.py   the visualizer live on a real python3 (n: one callback)
              loopscope FILE.jsonl      open a recording (`run FILE.jsonl --timeline` to export it)
            """,
        version: LoopscopeVersion.string,
        subcommands: [OpenCommand.self, RunCommand.self, RecordCommand.self, WatchCommand.self, DemosCommand.self, BenchUICommand.self],
        defaultSubcommand: OpenCommand.self
    )

    static func main() {
        StandardStreams.prepare()
        do {
            if let record = RecordCommandLine.parse(CommandLine.arguments.dropFirst()) {
                try record.run()   // ends by throwing the program's exit code
                return
            }
            var command = try parseAsRoot(nil)
            try command.run()
        } catch let code as ExitCode {
            // The program's own exit status passes through untouched, even 64.
            Foundation.exit(code.rawValue)
        } catch {
            exitForUsage(error)
        }
    }

    /// ArgumentParser exits 64 (EX_USAGE) on a bad command line; loopscope
    /// exits 2 like python3 and most Unix tools, with the same message.
    private static func exitForUsage(_ error: Error) -> Never {
        guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
        var text = fullMessage(for: error)
        if text.hasPrefix("Error: ") { text = "loopscope: error: " + text.dropFirst("Error: ".count) }
        StandardStreams.writeError(text.hasSuffix("\n") ? text : text + "\n")
        Foundation.exit(2)
    }
}

enum LoopscopeVersion {
    static let string = "0.1.0"
}
