import LoopscopeEngine

/// Who a task is and how it ended: what warnings and lints name it by,
/// whether or not it has a lane (asyncio's shutdown tasks have none, and
/// the history budget drops the lanes of tasks that ended long ago).
public struct TaskIdentity: Sendable, Equatable {
    public var name: String
    public var coroutine: String
    public var createdLine: Int
    /// Done, failed or cancelled, as soon as the event says so (even while
    /// its last step still holds the loop); nil while it is pending.
    public var outcome: TaskState?
}

extension Timeline {
    /// The task's identity, from its lane or, once the lane is gone, from
    /// what the timeline kept of it.
    public func identity(of task: TaskID) -> TaskIdentity? {
        if let i = taskIndex[task] { return identity(of: tasks[i]) }
        return loopInternalTasks[task] ?? forgottenTasks[task]
    }

    func identity(of track: TaskTrack) -> TaskIdentity {
        let ended = track.state.isEnded ? track.state : track.afterStep.flatMap { $0.isEnded ? $0 : nil }
        return TaskIdentity(name: track.name, coroutine: track.coroutine, createdLine: track.createdLine,
                            outcome: ended)
    }

    /// `asyncio.run`'s main task has finished (its shutdown has begun).
    public var mainFinished: Bool {
        mainTask.flatMap { identity(of: $0)?.outcome } != nil
    }
}
