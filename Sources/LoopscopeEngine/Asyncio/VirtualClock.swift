// The virtual clock and what moves it. Frozen mode is scripts/vclock.py's
// model: only sleeps and waiting for timers move the clock. CPU mode also
// charges running code through a fixed cost model (each VM instruction, each
// callback the loop runs, native work in proportion to its input), so the
// same program still gives the same events byte for byte but time passes
// while code runs, as it does for CPython on a real clock.
//
// Charging is lazy: the dispatch loop only counts instructions, and the
// clock is settled (count since the last settle × cost) whenever someone
// reads it: loop.time(), time.*, timer deadlines, event stamps.

/// How the virtual clock moves.
public enum ClockMode: String, Sendable, CaseIterable {
    /// Running code takes time (the cost model below); the default.
    case cpu
    /// Code takes no time; only sleeps and waiting for timers move the clock.
    case frozen
}

/// Virtual seconds charged per unit of work. Calibrated against CPython 3.11
/// on the development machine (README, "What differs from CPython"). The
/// loop's machinery is native here but Python code in CPython (`Handle`,
/// `call_soon`, `_run_once`, `gather`, `sleep`), so it is charged by the
/// piece, as CPython's bytecode for it would cost.
struct CostModel: Sendable {
    /// One VM instruction, and one unit of native work (`Interpreter.chargeWork`).
    var instruction: Double
    /// Running one handle of the ready queue (`Handle._run`, the Task's
    /// `__step` machinery around the coroutine's own instructions).
    var callback: Double
    /// One `_run_once` iteration's bookkeeping and its `select` call.
    var iteration: Double
    /// `call_soon` / `call_at`: building the Handle and queueing it.
    var schedule: Double
    /// `create_task`: the Task and its bookkeeping (its first `call_soon` apart).
    var task: Double
    /// `gather`'s work per child: `ensure_future`, `add_done_callback`, and
    /// its `_done_callback` when the child ends.
    var gatherChild: Double
    /// Calling `asyncio.sleep` (a Python coroutine in CPython).
    var sleepCall: Double
    /// True when `select` waits whole milliseconds, rounded up, as
    /// CPython's EpollSelector does: a loop waiting for a timer wakes up to
    /// 1 ms late, so timers due within that millisecond run in one iteration.
    var selectInMilliseconds: Bool

    init(instruction: Double, callback: Double, iteration: Double, schedule: Double, task: Double,
         gatherChild: Double, sleepCall: Double, selectInMilliseconds: Bool) {
        self.instruction = instruction
        self.callback = callback
        self.iteration = iteration
        self.schedule = schedule
        self.task = task
        self.gatherChild = gatherChild
        self.sleepCall = sleepCall
        self.selectInMilliseconds = selectInMilliseconds
    }

    static let frozen = CostModel(instruction: 0, callback: 0, iteration: 0, schedule: 0, task: 0,
                                  gatherChild: 0, sleepCall: 0, selectInMilliseconds: false)
    static let cpu = CostModel(instruction: 8e-9, callback: 1.0e-6, iteration: 2.0e-6, schedule: 0.6e-6, task: 2.5e-6,
                               gatherChild: 2.0e-6, sleepCall: 0.4e-6, selectInMilliseconds: true)

    init(_ mode: ClockMode) {
        self = mode == .cpu ? .cpu : .frozen
    }
}

extension Interpreter {
    /// Charges `units` instruction-equivalents of native work (sorting,
    /// summing, joining, big-int arithmetic ...) to the clock.
    @inline(__always)
    func chargeWork(_ units: Int) {
        asyncio.pendingWork &+= units
    }

    /// Brings the clock up to date with the work done since the last read.
    /// Work done inside `to_thread` is charged to the thread's own clock.
    func settleClock() {
        let state = asyncio
        let count = executedInstructions
        let units = count - state.settledInstructions + state.pendingWork
        guard units != 0 else { return }
        state.settledInstructions = count
        state.pendingWork = 0
        state.chargeSeconds(Double(units) * state.cost.instruction)
    }
}

extension AsyncioState {
    /// Adds `seconds` of running code to the clock the code runs on. Two
    /// reads with work between them never return the same time.
    func chargeSeconds(_ seconds: Double) {
        guard seconds > 0 else { return }
        if let t = threadClock {
            threadClock = later(t, by: seconds)
        } else {
            settledClock = later(settledClock, by: seconds)
        }
    }

    private func later(_ t: Double, by seconds: Double) -> Double {
        let next = t + seconds
        return next > t ? next : t.nextUp
    }

    /// How far `select(timeout)` moves the clock: selectors.EpollSelector
    /// rounds the wait up to whole milliseconds (`math.ceil(timeout * 1e3) *
    /// 1e-3`) in CPU mode; a frozen clock waits exactly (vclock.py).
    func selectWait(_ timeout: Double) -> Double {
        guard cost.selectInMilliseconds else { return timeout }
        return (timeout * 1e3).rounded(.up) * 1e-3
    }
}
