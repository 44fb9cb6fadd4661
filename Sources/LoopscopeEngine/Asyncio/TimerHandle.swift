// asyncio.TimerHandle (events.py): a Handle with a deadline, kept in the
// loop's heap until due. Ordered by `when` only, as CPython's `__lt__`.
final class TimerHandle: Handle {
    let when: Double
    /// True while it sits in the loop's heap (`_scheduled`).
    var scheduled = false
    /// The task the timer will wake, for events (`asyncio.sleep` of Task-2).
    let forTask: TaskID?
    let label: String

    init(id: HandleID, when: Double, callback: HandleCallback, loop: EventLoop, forTask: TaskID?, label: String) {
        self.when = when
        self.forTask = forTask
        self.label = label
        super.init(id: id, callback: callback, loop: loop)
    }

    override var pyType: PyType { AsyncioTypes.timerHandle }

    /// `TimerHandle.cancel`: also tells the loop, which counts cancelled
    /// timers still in the heap (for the compaction rule in `_run_once`).
    override func cancel() {
        if cancelled { return }
        if scheduled { loop.timerCancelledCount += 1 }
        cancelled = true
        loop.interp.asyncio.emit(.timerCancelled(timer: id))
    }
}
