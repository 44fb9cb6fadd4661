/// How `loopscope run --lint` prints lints: one line per distinct warning,
/// repeats of the same warning at the same line folded into a count.
public enum LintReport {
    public static func cliLines(_ lints: [Lint]) -> [String] {
        var collector = LintCollector()
        for lint in lints { collector.add(lint) }
        return collector.cliLines
    }
}

/// Gathers a run's lints as they are found, in bounded memory: repeats are
/// folded into a count as they arrive (a warning found on every step of an
/// endless loop is one line), and at most `budget` lints are kept one by one
/// for the trace.
public struct LintCollector {
    /// How many individual lints `loopscope run --trace` keeps.
    public static let defaultBudget = 10_000

    public private(set) var kept: [Lint] = []
    private let budget: Int
    private var groups: [(first: Lint, count: Int)] = []
    private var index: [String: Int] = [:]

    public init(budget: Int = defaultBudget) {
        self.budget = budget
    }

    public mutating func add(_ lint: Lint) {
        if kept.count < budget { kept.append(lint) }
        let key = "\(lint.kind.rawValue)|\(lint.task.map(String.init) ?? "-")|\(lint.line)"
        if let i = index[key] {
            groups[i].count += 1
        } else {
            index[key] = groups.count
            groups.append((lint, 1))
        }
    }

    public var cliLines: [String] {
        groups.map { $0.first.cliLine + ($0.count > 1 ? " (\($0.count) times)" : "") }
    }
}
