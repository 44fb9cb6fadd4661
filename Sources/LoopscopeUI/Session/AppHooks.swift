import Foundation
import LoopscopeAnalysis
import LoopscopeEngine

/// Where the visualizer starts.
public enum StartScreen: Sendable {
    case picker
    /// A program by its display name (path) and source.
    case program(name: String, source: String)
    /// A bundled demo: its lesson is shown beside the run.
    case demo(Demo)
}

/// What the rest of Loopscope plugs into the visualizer.
/// What `e` asks the exporter for: the whole run of this program, drawn on
/// the axis the person is looking at.
public struct ExportRequest: Sendable {
    public var info: ProgramInfo
    public var axis: TimelineAxis
    /// Steps on screen when `e` was pressed, and whether the run had ended there.
    public var stepsShown: Int
    public var finishedHere: Bool
    /// A live process (`watch`) cannot be run again: the live run's own
    /// timeline (the fold the screen shows) and the lints read off it.
    public var live: LiveRun?
}

/// What a live process has run so far, as the session folded it.
public struct LiveRun: Sendable {
    public var timeline: Timeline
    public var lints: [Lint]
}

public struct AppHooks {
    /// The demos the picker lists.
    public var demos: [Demo]
    /// `e` in the visualizer: exports the whole run, returns a message to show (the paths written).
    public var onExport: ((ExportRequest) -> String)?
    /// Makes a fresh linter per run: it sees every event and returns the lints
    /// that event triggers (shown in the Warnings panel). nil: engine warnings only.
    public var makeLinter: ((ProgramInfo) -> (Event, Timeline) -> [Lint])?
    /// Builds the program to drive (the real engine by default; tests script events).
    public var makeProgram: (ProgramInfo) -> SteppableProgram
    /// Reads a file for the picker's Ctrl-O prompt.
    public var readFile: (String) -> Result<ProgramInfo, PromptError>
    /// Tab in the Ctrl-O prompt: the path completed further, or nil.
    public var completePath: (String) -> String? = PathCompletion.complete
    /// Items of history a run keeps on screen (`--history`): older lane
    /// runs are forgotten past it, and `watch` keeps half as many events to
    /// step back through.
    public var historyBudget = TimelineModel.defaultHistoryBudget

    public struct PromptError: Error, Sendable { public var message: String
        public init(_ m: String) { message = m }
    }

    public init(demos: [Demo] = DemoCatalog.all,
                onExport: ((ExportRequest) -> String)? = nil,
                makeLinter: ((ProgramInfo) -> (Event, Timeline) -> [Lint])? = AppHooks.lints,
                makeProgram: @escaping (ProgramInfo) -> SteppableProgram = AppHooks.engine,
                readFile: @escaping (String) -> Result<ProgramInfo, PromptError> = AppHooks.read) {
        self.demos = demos
        self.onExport = onExport
        self.makeLinter = makeLinter
        self.makeProgram = makeProgram
        self.readFile = readFile
    }

    /// The analysis layer's linter, fed incrementally: it reads the
    /// timeline of the model the event was just folded into.
    public static func lints(_ info: ProgramInfo) -> (Event, Timeline) -> [Lint] {
        var linter = Linter(source: info.source)
        return { linter.consume($0, in: $1) }
    }

    public static func engine(_ info: ProgramInfo) -> SteppableProgram {
        engine(clock: .cpu)(info)
    }

    /// Engines on the given clock (`--frozen-clock` asks for `.frozen`).
    /// They keep neither events nor output: the session folds each event
    /// into its model as it arrives, so a program that runs for ever stays
    /// within the model's budget (README, "Bounded memory").
    public static func engine(clock: ClockMode) -> (ProgramInfo) -> SteppableProgram {
        { info in
            var options = EngineOptions(recordEvents: false, clock: clock)
            options.captureOutput = false
            options.localModules = LocalModules.finder(nextTo: info.name)
            return Engine(source: info.source, filename: info.name, options: options)
        }
    }

    public static func read(_ path: String) -> Result<ProgramInfo, PromptError> {
        let expanded = (path as NSString).expandingTildeInPath
        let absolute = URL(fileURLWithPath: expanded).standardizedFileURL.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isDirectory) else {
            return .failure(PromptError("can't open file '\(absolute)': [Errno 2] No such file or directory"))
        }
        guard !isDirectory.boolValue else {
            return .failure(PromptError("can't open file '\(absolute)': [Errno 21] Is a directory"))
        }
        guard let data = FileManager.default.contents(atPath: absolute) else {
            return .failure(PromptError("can't open file '\(absolute)': [Errno 13] Permission denied"))
        }
        return .success(ProgramInfo(name: absolute, source: String(decoding: data, as: UTF8.self)))
    }
}
