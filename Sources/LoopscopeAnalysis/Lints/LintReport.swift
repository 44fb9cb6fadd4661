/// How `loopscope run --lint` prints lints: one line per distinct warning,
/// repeats of the same warning at the same line folded into a count.
public enum LintReport {
    public static func cliLines(_ lints: [Lint]) -> [String] {
        var groups: [(first: Lint, count: Int)] = []
        var index: [String: Int] = [:]
        for lint in lints {
            let key = "\(lint.kind.rawValue)|\(lint.task.map(String.init) ?? "-")|\(lint.line)"
            if let i = index[key] {
                groups[i].count += 1
            } else {
                index[key] = groups.count
                groups.append((lint, 1))
            }
        }
        return groups.map { $0.first.cliLine + ($0.count > 1 ? " (\($0.count) times)" : "") }
    }
}
