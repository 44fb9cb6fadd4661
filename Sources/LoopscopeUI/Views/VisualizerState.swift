import LoopscopeAnalysis
import LoopscopeEngine

/// The panels of the visualizer, in Tab order.
public enum PanelKind: String, Sendable, CaseIterable {
    case lanes, loop, output, source, lesson, log, warnings

    public var title: String {
        switch self {
        case .lanes: return "Tasks"
        case .loop: return "Event loop"
        case .output: return "Output"
        case .source: return "Source"
        case .lesson: return "Lesson"
        case .log: return "Events"
        case .warnings: return "Warnings"
        }
    }
}

/// The program being shown, as people see it.
public struct ProgramInfo: Sendable {
    public var name: String
    public var source: String
    public var lesson: String?
    public var title: String?
    public let sourceLines: [String]

    public init(name: String, source: String, title: String? = nil, lesson: String? = nil) {
        self.name = name
        self.source = source
        self.title = title
        self.lesson = lesson
        sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}

/// What the person chose to look at: axis, focus, scrolling, overlays.
public struct ViewState: Sendable {
    public var axis: TimelineAxis = .time
    public var focus: PanelKind = .lanes
    /// Index into the model's tasks of the highlighted lane.
    public var selectedLane = 0
    public var laneScroll = 0
    /// Lines scrolled back from the natural position (bottom for output and
    /// events, top for lesson and warnings, the current line for source).
    public var scroll: [PanelKind: Int] = [:]
    /// For each tabbed slot, the member shown (keyed by its first member).
    public var shownTab: [PanelKind: PanelKind] = [:]
    public var showHelp = false
    public var detailTask: TaskID?
    /// A one-line message in the footer (export paths, "rewinding…").
    public var message: String?
    /// Rows of lanes visible in the last frame (for PgUp/PgDn).
    public var visibleLaneRows = 10
    /// A line being typed in the footer: `g` (a step number) or `/` (a search).
    public var input: Input?
    public var lastSearch = ""
    /// The event the last search found (highlighted in the Events panel).
    public var searchHit: Int?
    /// Time axis magnification around the playhead (1: the whole run).
    public var zoom = 1.0
    /// Predict mode: on when non-nil (see App+Predict.swift).
    public var predict: PredictScore?

    public enum Input: Sendable, Equatable {
        case goto(String)
        case search(String)
    }

    public init() {}
}

/// Predict mode's score for this run, and the verdict on the last guess.
public struct PredictScore: Sendable, Equatable {
    public var right = 0
    public var total = 0
    public var verdict: String?
}
