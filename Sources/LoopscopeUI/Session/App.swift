import Foundation
import LoopscopeAnalysis
import LoopscopeEngine

/// The whole interactive program without a terminal: the picker or the
/// visualizer, key handling, playback ticks and rendering into a buffer.
/// `Terminal` feeds it keys and blits its frames; tests drive it directly.
public final class App {
    public internal(set) var picker: PickerState
    public internal(set) var session: Session?
    public internal(set) var info: ProgramInfo?
    public var view = ViewState()
    public internal(set) var wantsQuit = false
    public let hooks: AppHooks
    /// Draws the current frame immediately (set by the terminal), so a long
    /// rewind can say "rewinding…" first.
    public var flush: (() -> Void)?
    /// Positions (`stepsTaken`) before each step or jump: `b` goes back to the last one.
    public internal(set) var positions: [Int] = []
    /// The size of the last frame (keys are ignored while it is too small to show them).
    public internal(set) var lastSize = (width: 0, height: 0)

    public init(start: StartScreen, hooks: AppHooks = AppHooks()) {
        self.hooks = hooks
        picker = PickerState(demos: hooks.demos)
        switch start {
        case .picker: break
        case .program(let name, let source): open(ProgramInfo(name: name, source: source))
        case .demo(let d): open(Self.info(for: d))
        }
    }

    public var isPlaying: Bool { session?.playing == true }

    static func info(for d: Demo) -> ProgramInfo {
        ProgramInfo(name: "demos/\(d.name).py", source: d.source, title: d.title, lesson: d.lesson)
    }

    // MARK: - Opening programs

    public func open(_ info: ProgramInfo) {
        let make = hooks.makeProgram
        self.info = info
        let linter = hooks.makeLinter.map { makeLinter in { makeLinter(info) } }
        let session = Session(makeProgram: { make(info) }, makeLinter: linter, historyBudget: hooks.historyBudget)
        session.sourceLines = info.sourceLines
        view = ViewState()
        positions = []
        // A program that cannot compile never starts: show its SyntaxError
        // (beside the lesson) at once instead of a paused t=0 that hides it.
        // A live process is never stepped to probe it: each step is a real callback.
        if session.live != nil {
        } else if (try? parseModule(source: info.source, filename: info.name)) == nil {
            session.stepOnce()
        } else if Session.passesNoTime({ make(info) }) {
            // Every lane would be one column on the time axis.
            view.axis = .steps
        }
        self.session = session
    }

    private func openFile(_ path: String) {
        switch hooks.readFile(path) {
        case .failure(let error):
            picker.promptError = error.message
        case .success(let info):
            // A syntax error is reported by the first step; show it under the prompt.
            let probe = Session(makeProgram: { [make = hooks.makeProgram] in make(info) })
            probe.stepOnce()
            let stderr = probe.model.output.filter { $0.stream == .stderr }.map(\.text)
            let syntaxErrors = ["SyntaxError", "IndentationError", "TabError"]
            if probe.model.isFinished, let last = stderr.last,
               syntaxErrors.contains(where: { last.hasPrefix($0 + ":") }) {
                let line = probe.model.errorLine > 0 ? " (line \(probe.model.errorLine))" : ""
                picker.promptError = last + line
                return
            }
            picker.prompt = nil
            picker.promptError = nil
            open(info)
        }
    }

    public func backToPicker() {
        session = nil
        info = nil
        view = ViewState()
        positions = []
    }

    // MARK: - Keys

    public func handle(_ key: Key) {
        if key == .resize { return }
        if key == .ctrlC { wantsQuit = true; return }
        // Too small to draw: only quitting works, so nothing changes unseen.
        if lastSize.width > 0, lastSize.width < VisualizerLayout.minWidth || lastSize.height < VisualizerLayout.minHeight {
            if key == .char("q") { wantsQuit = true }
            return
        }
        guard session != nil else { return handlePicker(key) }
        handleVisualizer(key)
    }

    private func handlePicker(_ key: Key) {
        if case .mouse = key { return }
        switch picker.handle(key, complete: hooks.completePath) {
        case .none: break
        case .quit: wantsQuit = true
        case .open(let d): open(Self.info(for: d))
        case .openFile(let path): openFile(path)
        }
    }

    // MARK: - Time and frames

    /// Advances playback; true when the screen should be redrawn.
    public func tick(realSeconds: Double) -> Bool {
        session?.tick(realSeconds: realSeconds) ?? false
    }

    public func render(width: Int, height: Int) -> ScreenBuffer {
        lastSize = (width, height)
        var buf = ScreenBuffer(width: width, height: height)
        if let session, let info {
            let rows = VisualizerScreen(session: session, info: info, view: view).render(into: &buf)
            if rows > 0 { view.visibleLaneRows = rows }
        } else {
            PickerScreen(state: picker).render(into: &buf)
        }
        return buf
    }
}
