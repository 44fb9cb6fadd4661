import ArgumentParser
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
              loopscope FILE.jsonl      open a recording (`run FILE.jsonl --timeline` to export it)
            """,
        version: LoopscopeVersion.string,
        subcommands: [OpenCommand.self, RunCommand.self, RecordCommand.self, DemosCommand.self, BenchUICommand.self],
        defaultSubcommand: OpenCommand.self
    )

    static func main() {
        StandardStreams.prepare()
        main(nil)
    }
}

enum LoopscopeVersion {
    static let string = "0.1.0"
}
