import Foundation
import LoopscopeAnalysis
import LoopscopeEngine

/// The whole interactive program without a terminal: the picker or the
/// visualizer, key handling, playback ticks and rendering into a buffer.
/// `Terminal` feeds it keys and blits its frames; tests drive it directly.
public final class App {
    public private(set) var picker: PickerState
    public private(set) var session: Session?
    public private(set) var info: ProgramInfo?
    public var view = ViewState()
    public private(set) var showPickerHelp = false
    public private(set) var wantsQuit = false
    public let hooks: AppHooks
    /// Draws the current frame immediately (set by the terminal), so a long
    /// rewind can say "rewinding…" first.
    public var flush: (() -> Void)?

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
        let session = Session(makeProgram: { make(info) }, makeLinter: linter)
        // A program that cannot compile never starts: show its SyntaxError
        // (beside the lesson) at once instead of a paused t=0 that hides it.
        if (try? parseModule(source: info.source, filename: info.name)) == nil {
            session.stepOnce()
        }
        self.session = session
        view = ViewState()
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
    }

    // MARK: - Keys

    public func handle(_ key: Key) {
        if key == .resize { return }
        guard let session else { return handlePicker(key) }
        if view.showHelp {
            view.showHelp = false
            return
        }
        if view.detailTask != nil, key == .escape || key == .enter {
            view.detailTask = nil
            return
        }
        view.message = nil
        switch key {
        case .char(" "):
            if session.isFinished {
                view.message = "the run has finished · r restarts · b steps back"
            } else {
                session.togglePlay()
            }
        case .char("n"), .right: session.stepOnce()
        case .char("i"): session.stepIteration()
        case .char("t"): session.stepUntilClockAdvances()
        case .char("b"), .left:
            if session.stepsTaken > 3000 {
                view.message = "rewinding… replaying \(session.stepsTaken - 1) steps"
                flush?()
                view.message = nil
            }
            session.stepBack()
        case .char("+"), .char("="): session.speed.faster(); view.message = "speed \(session.speed.label)"
        case .char("-"), .char("_"): session.speed.slower(); view.message = "speed \(session.speed.label)"
        case .char("r"): session.restart()
        case .char("a"): view.axis = view.axis == .time ? .steps : .time
        case .tab: moveFocus(1)
        case .backTab: moveFocus(-1)
        case .up: scroll(-1)
        case .down: scroll(1)
        case .pageUp: scroll(-max(view.visibleLaneRows - 1, 1))
        case .pageDown: scroll(max(view.visibleLaneRows - 1, 1))
        case .enter:
            if view.focus == .lanes, session.model.tasks.indices.contains(view.selectedLane) {
                view.detailTask = session.model.tasks[view.selectedLane].id
            }
        case .char("?"): view.showHelp = true
        case .escape, .char("d"): backToPicker()
        case .char("q"): wantsQuit = true
        case .char("e"): export()
        default: break
        }
    }

    private func handlePicker(_ key: Key) {
        if showPickerHelp {
            showPickerHelp = false
            return
        }
        switch picker.handle(key) {
        case .none: break
        case .quit: wantsQuit = true
        case .help: showPickerHelp = true
        case .open(let d): open(Self.info(for: d))
        case .openFile(let path): openFile(path)
        }
    }

    private func export() {
        guard let session, let hook = hooks.onExport else {
            view.message = "export not available in this build"
            return
        }
        if let engine = session.program as? Engine {
            view.message = hook(engine)
        } else {
            view.message = "export needs the real engine"
        }
    }

    private var focusOrder: [PanelKind] {
        PanelKind.allCases.filter { $0 != .lesson || info?.lesson != nil }
    }

    private func moveFocus(_ delta: Int) {
        let order = focusOrder
        let i = order.firstIndex(of: view.focus) ?? 0
        view.focus = order[(i + delta + order.count) % order.count]
        // Remember the shown tab of the group the focus lands in.
        for group in [[PanelKind.source, .lesson, .log, .warnings], [.source, .lesson]] where group.contains(view.focus) {
            for first in [PanelKind.source, .lesson] { view.shownTab[first] = view.focus }
        }
    }

    /// ↑/↓: the lane selection, or the focused panel's scroll.
    private func scroll(_ delta: Int) {
        guard let session else { return }
        switch view.focus {
        case .lanes:
            let n = session.model.tasks.count
            guard n > 0 else { return }
            view.selectedLane = min(max(view.selectedLane + delta, 0), n - 1)
            let rows = max(view.visibleLaneRows, 1)
            if view.selectedLane < view.laneScroll { view.laneScroll = view.selectedLane }
            if view.selectedLane >= view.laneScroll + rows { view.laneScroll = view.selectedLane - rows + 1 }
        case .output, .log, .warnings:
            // Counted back from the newest line.
            view.scroll[view.focus] = max((view.scroll[view.focus] ?? 0) - delta, 0)
        case .source, .lesson:
            view.scroll[view.focus] = (view.scroll[view.focus] ?? 0) + delta
            if view.focus == .lesson { view.scroll[.lesson] = max(view.scroll[.lesson] ?? 0, 0) }
        case .loop:
            break
        }
    }

    // MARK: - Time and frames

    /// Advances playback; true when the screen should be redrawn.
    public func tick(realSeconds: Double) -> Bool {
        session?.tick(realSeconds: realSeconds) ?? false
    }

    public func render(width: Int, height: Int) -> ScreenBuffer {
        var buf = ScreenBuffer(width: width, height: height)
        if let session, let info {
            let rows = VisualizerScreen(session: session, info: info, view: view).render(into: &buf)
            if rows > 0 { view.visibleLaneRows = rows }
        } else {
            PickerScreen(state: picker).render(into: &buf)
            if showPickerHelp, buf.width >= VisualizerLayout.minWidth, buf.height >= VisualizerLayout.minHeight {
                Overlays.help(&buf)
            }
        }
        return buf
    }
}
