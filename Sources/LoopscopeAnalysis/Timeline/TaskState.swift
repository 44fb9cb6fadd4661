import LoopscopeEngine

/// What a task is doing over a stretch of the run, as the events tell it.
public enum TaskState: Sendable, Equatable {
    /// In the ready queue, waiting for its turn.
    case ready
    /// Its step is executing.
    case running
    /// Suspended at an `await` on something pending.
    case suspended(awaiting: String, line: Int)
    /// Its step holds the loop in a blocking call (`time.sleep(3)`).
    case blocking(by: String, line: Int)
    case done(result: String)
    case failed(exception: String)
    case cancelled

    public var isEnded: Bool {
        switch self {
        case .done, .failed, .cancelled: return true
        default: return false
        }
    }

    public var isRunningLike: Bool {
        switch self {
        case .running, .blocking: return true
        default: return false
        }
    }

    /// The state in words, as shown beside a lane.
    public var words: String {
        switch self {
        case .ready: return "ready"
        case .running: return "running"
        case .suspended(let what, _): return "awaiting \(what)"
        case .blocking(let by, _): return "blocking the loop in \(by)"
        case .done(let result): return "done → \(result)"
        case .failed(let exception): return "failed: \(exception)"
        case .cancelled: return "cancelled"
        }
    }

    /// When several states fall in one column, the strongest is drawn, so a
    /// zero-length step is never hidden behind a long wait.
    public var strength: Int {
        switch self {
        case .suspended: return 1
        case .ready: return 2
        case .running: return 3
        case .blocking: return 4
        case .cancelled: return 5
        case .failed: return 6
        case .done: return 7
        }
    }
}

/// One stretch of a lane: the state from this point until the next run starts.
public struct StateRun: Sendable, Equatable {
    public var startSeq: Int
    public var startTime: Double
    /// The loop step index this run starts at (steps axis); a running run
    /// starts at its own step, other states at the next step.
    public var startStep: Int
    public var state: TaskState
}

/// Everything the timeline knows about one task, kept up to date per event.
public struct TaskTrack: Sendable {
    public let id: TaskID
    public internal(set) var name: String
    public let coroutine: String
    public let creator: TaskID?
    public let createdLine: Int
    public let createdTime: Double
    public let createdStep: Int
    public internal(set) var runs: [StateRun] = []
    /// What the task awaits, when suspended on other tasks.
    public internal(set) var awaitedTasks: [TaskID] = []
    /// Instructions run by a step that has not yielded yet (nil once it yields).
    public internal(set) var notYielded: (instructions: Int, line: Int)?
    public internal(set) var cancelRequested = false
    /// What the current step leads to when it ends (set by events inside it).
    var afterStep: TaskState?

    init(id: TaskID, name: String, coroutine: String, creator: TaskID?, createdLine: Int, createdTime: Double,
         createdStep: Int) {
        self.id = id
        self.name = name
        self.coroutine = coroutine
        self.creator = creator
        self.createdLine = createdLine
        self.createdTime = createdTime
        self.createdStep = createdStep
    }

    /// `Task-2 task1()`: how lanes are labelled everywhere.
    public var label: String { "\(name) \(coroutine)()" }
    public var state: TaskState { runs.last?.state ?? .ready }

    /// The state in words, with the not-yielded warning when a step runs long.
    public var stateWords: String {
        if let ny = notYielded {
            return "has not yielded for \(ny.instructions) instructions (line \(ny.line))"
        }
        return state.words
    }
}

extension TaskState {
    /// The state as an export's lane span (nil for an end).
    var laneState: LaneState? {
        switch self {
        case .ready: return .ready
        case .running: return .running
        case .suspended(let what, let line): return .awaiting(what, line: line)
        case .blocking(let by, let line): return .blocking(by, line: line)
        case .done, .failed, .cancelled: return nil
        }
    }

    /// How an ended task ended, for an export's lane.
    var laneEnd: LaneEnd? {
        switch self {
        case .done(let result): return .done(result: result)
        case .failed(let exception): return .failed(exception: exception)
        case .cancelled: return .cancelled
        default: return nil
        }
    }
}
