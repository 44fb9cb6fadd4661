import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import LoopscopeAnalysis
import LoopscopeEngine
import LoopscopeUI

/// `loopscope watch FILE.py ARGS...`: the visualizer on a real python3.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Run a program under real python3 with the visualizer live on its event loop.",
        discussion: """
            Opens paused before the loop's first callback. n lets exactly one real callback run; \
            space lets the loop run free (lanes drawn live) and pauses it again between callbacks; \
            b and r look back through the recorded history (view only); q ends the program the way \
            Ctrl-C would. The program's output is in the Output panel; its stdin is /dev/null.
            """
    )

    @OptionGroup var pythonOption: PythonOption

    @Option(name: .long, help: ArgumentHelp("State changes the lanes keep before forgetting the oldest; b steps back through the last N/2 events.", valueName: "N"))
    var history: Int = TimelineModel.defaultHistoryBudget

    @Argument(help: "The Python file to run.")
    var program: String

    @Argument(parsing: .captureForPassthrough, help: "Arguments passed to the program.")
    var arguments: [String] = []

    func run() throws {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            UsageError("watch needs a terminal; record the program instead: loopscope record \(program)").exit()
        }
        let source: ProgramSource
        do {
            source = try ProgramSource.readFile(program)
        } catch let error as UsageError {
            error.exit()
        }
        let python = pythonOption.locate()
        let child: RealPython.Child
        do {
            child = try python.spawn(program: program, arguments: arguments, stdio: .detached, controlled: true)
        } catch let error as UsageError {
            error.exit()
        }
        let process = LiveProcess(child: child)
        forwardHangup(to: child.pid)
        guard history >= 1_000 else { UsageError("--history must be at least 1000").exit() }
        var hooks = AppHooks()
        hooks.historyBudget = history
        hooks.makeProgram = { _ in process }
        // `e` exports what has run so far, from the timeline the screen
        // folds (within the same budget): a real process is not run twice.
        hooks.onExport = { request in
            guard let live = request.live else { return "export not available" }
            var timeline = live.timeline
            _ = timeline.keepWithinBudget()
            return Visualizer.write(history: RunHistory(timeline), lints: live.lints, request: request,
                                    scope: process.isFinished ? "the whole run" : "the run so far", clock: "real")
        }
        _ = TerminalApp.run(start: .program(name: source.filename, source: source.source), hooks: hooks)
        process.interrupt()
        throw ExitCode(Int32(truncatingIfNeeded: process.finishedCode ?? 0))
    }
}

/// The watched program runs in its own process group (keys typed in the
/// visualizer never signal it), so a closed terminal or a `kill` of
/// loopscope would leave it running for ever: pass SIGHUP/SIGTERM on.
nonisolated(unsafe) private var watchedChild: pid_t = 0

private func forwardHangup(to pid: pid_t) {
    watchedChild = pid
    for s in [SIGHUP, SIGTERM] {
        signal(s) { received in
            if watchedChild > 0 { kill(watchedChild, received) }
            signal(received, SIG_DFL)
            raise(received)
        }
    }
}
