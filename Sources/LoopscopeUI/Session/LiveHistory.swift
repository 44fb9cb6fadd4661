import LoopscopeAnalysis
import LoopscopeEngine

/// What `b` steps back through in a live process (`watch`), in bounded
/// memory: the most recent `capacity` events, each with the lints it
/// raised, and `base`, the model folded from every event before them (a
/// checkpoint). Going back to step n starts from the checkpoint and replays
/// the window; steps older than the checkpoint are gone.
struct LiveHistory {
    /// Events kept for step-back: `--history N` keeps N / 2 (about 150
    /// bytes each).
    let capacity: Int
    /// The model before the oldest kept event.
    private(set) var base: TimelineModel
    /// Callbacks completed in `base`.
    private var baseSteps = 0
    private var window: [(event: Event, lints: [Lint])] = []
    private var start = 0

    init(capacity: Int, base: TimelineModel) {
        self.capacity = max(capacity, 16)
        self.base = base
    }

    var count: Int { window.count - start }

    /// The earliest step `b` can show.
    var firstStep: Int { baseSteps }

    mutating func append(_ event: Event, lints: [Lint]) {
        window.append((event, lints))
        guard count > capacity else { return }
        // Fold the oldest quarter into the checkpoint, then drop it.
        let end = start + capacity / 4
        for k in start..<end {
            Self.fold(window[k], into: &base)
            if case .stepEnded = window[k].event.kind { baseSteps += 1 }
        }
        start = end
        if start > window.count / 2 {
            window.removeFirst(start)
            start = 0
        }
    }

    /// The run as it was after `steps` completed callbacks (or as close as the
    /// window allows), and the steps that model shows.
    func model(afterSteps steps: Int) -> (TimelineModel, Int) {
        var m = base
        var ended = baseSteps
        for k in start..<window.count {
            let item = window[k]
            if ended >= steps, case .stepBegan = item.event.kind { break }
            Self.fold(item, into: &m)
            if case .stepEnded = item.event.kind { ended += 1 }
        }
        return (m, ended)
    }

    /// The position (completed callbacks, as `model(afterSteps:)` takes it)
    /// that shows the first event after position `from` matching `matches`,
    /// wrapping around to the first match kept. Searches the window only.
    func find(after from: Int, matches: (Event, TimelineModel) -> Bool) -> Int? {
        var m = base
        var ended = baseSteps
        var inStep = false
        var first: Int?
        for k in start..<window.count {
            let item = window[k]
            Self.fold(item, into: &m)
            switch item.event.kind {
            case .stepBegan: inStep = true
            case .stepEnded: inStep = false; ended += 1
            default: break
            }
            guard matches(item.event, m) else { continue }
            // An event inside a callback shows once that callback has run.
            let position = inStep ? ended + 1 : ended
            if first == nil { first = position }
            if position > from { return position }
        }
        return first
    }

    private static func fold(_ item: (event: Event, lints: [Lint]), into model: inout TimelineModel) {
        model.apply(item.event)
        if !item.lints.isEmpty { model.addLints(item.lints) }
    }
}
