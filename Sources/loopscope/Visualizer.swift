import Foundation
import LoopscopeEngine

/// Bridges the CLI to the TUI (LoopscopeUI).
enum Visualizer {
    static func open(_ program: ProgramSource?) -> Int {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            StandardStreams.writeError("""
                loopscope: the visualizer needs a terminal (stdout is not a TTY).
                Run a program headless instead:  loopscope run \(program?.filename ?? "FILE.py")

                """)
            return 2
        }
        StandardStreams.writeError("loopscope: the visualizer is not built yet; use `loopscope run`.\n")
        return 2
    }
}
