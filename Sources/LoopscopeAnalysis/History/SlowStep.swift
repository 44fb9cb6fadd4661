import LoopscopeEngine

/// A step that runs for asyncio's slow-callback time (debug mode warns at
/// `dt >= 0.1`) blocks the loop for all of it, whether it spent the time in
/// `time.sleep` or computing: nothing else can run until it returns. Every
/// view (the TUI's loop lane, `--timeline`, `--svg`, `--trace`) folds steps
/// through this one rule, so they agree on when the loop was blocked.
public struct SlowStep: Sendable {
    /// What blocked the loop when no blocking call did: the step's own code.
    public static let cpuLabel = "CPU-bound code"
    public static var threshold: Double { Linter.slowStepThreshold }

    /// The whole step as one blocked stretch. `replacingFrom` is the index
    /// in the consumer's list of blocked intervals where this step's own
    /// (`time.sleep`) intervals begin: the step's interval replaces them.
    public struct Block: Sendable, Equatable {
        public var task: TaskID?
        public var by: String
        public var line: Int
        public var startTime: Double
        public var endTime: Double
        public var step: Int
        public var replacingFrom: Int
        /// A blocking call named the block (else the step's own code did).
        public var isBlockingCall: Bool
        /// The line the step's task suspended at when the step ended (0: it did not).
        public var suspendedLine: Int
    }

    private struct Open: Sendable {
        var task: TaskID?
        var time: Double
        var step: Int
        var firstBlock: Int
        var blockingCall: (by: String, line: Int)?
        var line: Int
    }

    private var open: Open?

    public init() {}

    /// A step began at `time`; the consumer holds `blockedCount` intervals.
    public mutating func began(task: TaskID?, time: Double, step: Int, blockedCount: Int) {
        open = Open(task: task, time: time, step: step, firstBlock: blockedCount, blockingCall: nil, line: 0)
    }

    /// A blocking call inside the step: the first one names the block, as the lint does.
    public mutating func sawBlockingCall(by: String, line: Int) {
        if open != nil, open?.blockingCall == nil { open?.blockingCall = (by, line) }
    }

    /// The line the step's task suspended at (where CPU-bound code is shown).
    public mutating func sawSuspension(task: TaskID, line: Int) {
        if let o = open, o.task == task { open?.line = line }
    }

    /// The step ended at `time`: its block if it was slow.
    public mutating func ended(time: Double) -> Block? {
        defer { open = nil }
        return block(until: time)
    }

    /// The step still running at `time` (the playhead inside it), once it
    /// has run for the threshold: the band grows as the playhead does.
    public func ongoing(at time: Double) -> Block? { block(until: time) }

    private func block(until time: Double) -> Block? {
        guard let o = open, time - o.time >= Self.threshold else { return nil }
        let by = o.blockingCall ?? (Self.cpuLabel, o.line)
        return Block(task: o.task, by: by.by, line: by.line, startTime: o.time, endTime: time, step: o.step,
                     replacingFrom: o.firstBlock, isBlockingCall: o.blockingCall != nil, suspendedLine: o.line)
    }
}
