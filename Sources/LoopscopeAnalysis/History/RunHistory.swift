import LoopscopeEngine

/// What a lane shows for a stretch of the run.
public enum LaneState: Equatable, Sendable {
    /// Queued in the ready queue, waiting for its turn.
    case ready
    /// Executing a step.
    case running
    /// Suspended at an `await` on something pending.
    case awaiting(String, line: Int)
    /// A step that held the loop in a blocking call (`time.sleep(3)`).
    case blocking(String, line: Int)

    public var word: String {
        switch self {
        case .ready: return "ready"
        case .running: return "running"
        case .awaiting(let what, _): return "awaiting \(what)"
        case .blocking(let what, _): return "blocking in \(what)"
        }
    }
}

/// How a task ended.
public enum LaneEnd: Equatable, Sendable {
    case done(result: String)
    case failed(exception: String)
    case cancelled

    public var word: String {
        switch self {
        case .done(let result): return "done → \(result)"
        case .failed(let exception): return "failed: \(exception)"
        case .cancelled: return "cancelled"
        }
    }
}

/// One stretch of a lane, on both axes: virtual time and loop steps (the
/// index of the callback, counting every `stepBegan`).
public struct LaneSpan: Equatable, Sendable {
    public var state: LaneState
    public var startTime: Double
    public var endTime: Double
    public var startStep: Int
    /// Exclusive: a running span of one step has `endStep == startStep + 1`.
    public var endStep: Int
}

public struct TaskLane: Equatable, Sendable {
    public var task: TaskID
    public var name: String
    public var coroutine: String
    public var creator: TaskID?
    public var createdLine: Int
    public var createdTime: Double
    public var spans: [LaneSpan] = []
    public var end: LaneEnd?
    public var endTime: Double?

    /// `Task-2 task1()`: how lanes are labelled everywhere.
    public var label: String { "\(name) \(coroutine)()" }

    /// The tasks `asyncio.run` itself creates at shutdown
    /// (`BaseEventLoop.shutdown_asyncgens`, `shutdown_default_executor`): real
    /// in CPython (they take Task-N numbers), but not the program's own work.
    public var isLoopInternal: Bool { coroutine.hasPrefix("BaseEventLoop.") }
}

/// A period when one callback held the loop without yielding.
public struct BlockedInterval: Equatable, Sendable {
    public var task: TaskID?
    public var by: String
    public var line: Int
    public var startTime: Double
    public var endTime: Double
    public var step: Int
}

/// A callback of the ready queue that is not a Task step (a timer's
/// `_set_result_unless_cancelled`, a `call_soon` function, a done callback).
public struct LoopCallback: Equatable, Sendable {
    public var description: String
    public var startTime: Double
    public var endTime: Double
    public var step: Int
}

/// A point in the run worth marking: output, warnings, deadlocks.
public struct RunMark: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case output, warning, deadlock, notYielded }
    public var kind: Kind
    public var time: Double
    public var step: Int
    public var task: TaskID?
    public var text: String
}

/// The run as the exports draw it: the `Timeline` read off into lanes of
/// spans (a stretch with its start and end on both axes). Built from the
/// same fold the TUI draws from, so an export and the screen agree.
public struct RunHistory: Sendable {
    /// The timeline it reads off: everything but the lanes is the timeline's own.
    private let timeline: Timeline
    public let lanes: [TaskLane]
    public var blocked: [BlockedInterval] { timeline.blocked }
    /// The loop lane's callbacks, the one still running ending at the last event.
    public var callbacks: [LoopCallback] {
        guard var open = timeline.openCallback else { return timeline.callbacks }
        open.endTime = timeline.now
        return timeline.callbacks + [open]
    }
    public var marks: [RunMark] { timeline.marks }
    /// (time, length) each time the ready queue's length changed.
    public var readyQueueLength: [(time: Double, length: Int)] { timeline.readyQueueLength }
    public var endTime: Double { timeline.now }
    public var stepCount: Int { timeline.stepCount }
    public var exitCode: Int? { timeline.exitCode }
    public var file: String { timeline.file }
    /// The run outgrew the history budget: what happened before this time
    /// was forgotten, and the lanes start here.
    public var forgottenBefore: Double? { timeline.forgottenBefore?.time }

    public var truncated: Bool { forgottenBefore != nil }

    public init(events: [Event]) {
        var builder = RunHistoryBuilder()
        for e in events { builder.consume(e) }
        self = builder.finish()
    }

    /// The timeline's lanes, open stretches ending at its last event.
    public init(_ t: Timeline) {
        timeline = t
        lanes = t.tasks.map { Self.lane($0, t) }
    }

    private static func lane(_ track: TaskTrack, _ t: Timeline) -> TaskLane {
        var lane = TaskLane(task: track.id, name: track.name, coroutine: track.coroutine, creator: track.creator,
                            createdLine: track.createdLine, createdTime: track.createdTime)
        let runs = track.runs
        for (k, run) in runs.enumerated() {
            if let end = run.state.laneEnd {
                lane.end = end
                lane.endTime = run.startTime
                break
            }
            guard let state = run.state.laneState else { continue }
            let next = k + 1 < runs.count ? runs[k + 1] : nil
            let endStep = run.state.isRunningLike ? run.startStep + 1 : max(next?.startStep ?? t.stepCount, run.startStep)
            lane.spans.append(LaneSpan(state: state, startTime: run.startTime, endTime: next?.startTime ?? t.now,
                                       startStep: run.startStep, endStep: endStep))
        }
        return lane
    }

    public func lane(_ task: TaskID) -> TaskLane? {
        lanes.first { $0.task == task }
    }

    /// The lanes views draw: the program's tasks (the timeline gives the
    /// loop's own shutdown tasks no lane).
    public var programLanes: [TaskLane] {
        lanes.filter { !$0.isLoopInternal }
    }
}
