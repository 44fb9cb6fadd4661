import LoopscopeEngine

/// What the visualizer drives: a program that runs one callback per `step()`
/// and reports events. `Engine` is one; tests inject scripted sequences.
public protocol SteppableProgram: AnyObject {
    var onEvent: ((Event) -> Void)? { get set }
    var isFinished: Bool { get }
    func step() -> StepOutcome
}

extension Engine: SteppableProgram {}

/// Replays a fixed list of events in steps: a step is everything up to and
/// including the next `stepEnded` (or up to `runFinished`). For tests, and
/// for the UI benchmark.
public final class ScriptedProgram: SteppableProgram {
    public var onEvent: ((Event) -> Void)?
    private let events: [Event]
    private var next = 0

    public init(events: [Event]) { self.events = events }

    public var isFinished: Bool { next >= events.count }

    public func step() -> StepOutcome {
        guard next < events.count else { return .finished }
        while next < events.count {
            let e = events[next]
            next += 1
            onEvent?(e)
            if case .stepEnded = e.kind {
                // The last callback of an iteration ends it, in the same call.
                while next < events.count, case .iterationEnded = events[next].kind {
                    onEvent?(events[next])
                    next += 1
                }
                break
            }
            if case .notYielded = e.kind { return next >= events.count ? .finished : .sliced }
        }
        return next >= events.count ? .finished : .stepped
    }
}
