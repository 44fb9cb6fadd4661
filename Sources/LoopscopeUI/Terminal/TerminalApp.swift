import CNcurses
import Foundation
import LoopscopeEngine

/// The interactive visualizer's entry point, called by the CLI.
public enum TerminalApp {
    /// Runs the picker or a program until `q`. Returns the exit code: 0 on
    /// `q`, 2 when stdin/stdout is not a terminal (with a message on stderr).
    public static func run(start: StartScreen, hooks: AppHooks = AppHooks()) -> Int32 {
        guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
            let hint = hint(start)
            // The checked write: FileHandle.write(_: Data) traps when stderr is gone.
            try? FileHandle.standardError.write(contentsOf: Data("""
                loopscope: the visualizer needs a terminal (stdout is not a TTY).
                Run a program headless instead:  loopscope run \(hint)

                """.utf8))
            return 2
        }
        let status = ls_term_status()
        guard status == 0 else {
            let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
            let why = status == 2 ? "it cannot move the cursor" : (term.isEmpty ? "TERM is not set" : "it is not in the terminfo database")
            try? FileHandle.standardError.write(contentsOf: Data("""
                loopscope: the visualizer cannot draw on this terminal (TERM=\(term.isEmpty ? "(unset)" : term): \(why)).
                Run the program headless instead:  loopscope run \(hint(start)) --timeline

                """.utf8))
            return 2
        }
        let terminal = Terminal()
        defer { terminal.restore() }
        let app = App(start: start, hooks: hooks)
        let draw = {
            let (w, h) = terminal.size
            terminal.draw(app.render(width: w, height: h))
        }
        app.flush = draw
        draw()
        var last = Date()
        while !app.wantsQuit {
            // Frames only while playing; paused, block until a key or a resize.
            let keys = terminal.readKeys(timeoutMs: app.isPlaying ? 33 : -1)
            for key in keys {
                if key == .resize { terminal.invalidate() }
                app.handle(key)
                if app.wantsQuit { break }
            }
            if app.wantsQuit { break }
            let now = Date()
            let dt = min(now.timeIntervalSince(last), 0.1)
            last = now
            if app.isPlaying { _ = app.tick(realSeconds: dt) }
            draw()
        }
        return 0
    }

    private static func hint(_ start: StartScreen) -> String {
        switch start {
        case .picker: return "FILE.py"
        case .program(let name, _): return name
        case .demo(let d): return d.name
        }
    }
}
