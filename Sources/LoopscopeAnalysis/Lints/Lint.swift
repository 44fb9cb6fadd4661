import LoopscopeEngine

/// A mistake the run shows, with where it happened and how to fix it.
public struct Lint: Equatable, Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case blockingCall = "blocking-call"
        case neverAwaited = "never-awaited"
        case unreferencedTask = "unreferenced-task"
        case pendingAtShutdown = "pending-at-shutdown"
        case exceptionNeverRetrieved = "exception-never-retrieved"
        case notYielding = "not-yielding"
    }

    public var kind: Kind
    public var task: TaskID?
    public var line: Int
    public var time: Double
    /// The loop step during which it happened (for marks on the steps axis).
    public var step: Int
    /// One sentence naming the task and line, ending with the suggested fix.
    public var message: String

    public init(kind: Kind, task: TaskID?, line: Int, time: Double, step: Int, message: String) {
        self.kind = kind
        self.task = task
        self.line = line
        self.time = time
        self.step = step
        self.message = message
    }

    /// How `loopscope run --lint` prints it on stderr.
    public var cliLine: String { "loopscope: warning: \(message)" }
}
