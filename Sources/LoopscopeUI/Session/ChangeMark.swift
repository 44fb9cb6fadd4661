import LoopscopeEngine

/// Where the last step began, so the views can highlight what it changed:
/// events (and what they queued) from `seq` on, output lines from
/// `outputCount`, warnings from `warningCount`. The default marks nothing.
public struct ChangeMark: Sendable, Equatable {
    public var seq = Int.max
    public var outputCount = Int.max
    public var warningCount = Int.max

    public init() {}

    init(_ model: TimelineModel) {
        seq = model.eventCount
        outputCount = model.output.count
        warningCount = model.warnings.count
    }

    public func isNew(seq s: Int) -> Bool { s >= seq }
}
