import LoopscopeEngine

/// The demo picker's state: the filter, the selection, and the Ctrl-O prompt.
///
/// Keys: every printable key goes to the filter (names and titles), so
/// typing `queue` or `jq` never runs a command. ↑↓ PgUp PgDn Home End move,
/// Enter opens, Esc clears the filter (and quits when it is empty), Ctrl-O
/// opens a file by path (Tab completes it), Ctrl-C quits.
public struct PickerState: Sendable {
    public let demos: [Demo]
    public private(set) var filter = ""
    public private(set) var selected = 0
    /// The Ctrl-O prompt: the path typed so far, and an error shown under it.
    public var prompt: String?
    public var promptError: String?

    public init(demos: [Demo]) { self.demos = demos }

    /// Demos matching the filter (name or title, case-insensitive), in catalog order.
    public var matches: [Demo] {
        let f = filter.lowercased()
        guard !f.isEmpty else { return demos }
        return demos.filter { $0.name.lowercased().contains(f) || $0.title.lowercased().contains(f) }
    }

    /// Where the selection goes when the filter changes: the demo named
    /// exactly so, else the first whose name starts with it, else the first
    /// match. The list keeps catalog order (and its groups).
    var bestMatch: Int {
        let f = filter.lowercased()
        let names = matches.map { $0.name.lowercased() }
        return names.firstIndex(of: f) ?? names.firstIndex { $0.hasPrefix(f) } ?? 0
    }

    public var selectedDemo: Demo? {
        let m = matches
        return m.indices.contains(selected) ? m[selected] : nil
    }

    public enum Action: Equatable { case none, quit, open(Demo), openFile(String) }

    /// `complete` extends a path typed at the prompt (Tab).
    public mutating func handle(_ key: Key, complete: (String) -> String? = { _ in nil }) -> Action {
        if key == .ctrlC { return .quit }
        if prompt != nil { return handlePrompt(key, complete: complete) }
        let count = matches.count
        switch key {
        case .up: selected = max(selected - 1, 0)
        case .down: selected = min(selected + 1, max(count - 1, 0))
        case .pageUp: selected = max(selected - 10, 0)
        case .pageDown: selected = min(selected + 10, max(count - 1, 0))
        case .home: selected = 0
        case .end: selected = max(count - 1, 0)
        case .enter: if let d = selectedDemo { return .open(d) }
        case .escape:
            if filter.isEmpty { return .quit }
            filter = ""
            selected = 0
        case .backspace:
            if !filter.isEmpty { filter.removeLast() }
            selected = bestMatch
        case .ctrlO:
            prompt = ""
            promptError = nil
        default:
            if let c = key.printable {
                filter.append(c)
                selected = bestMatch
            }
        }
        return .none
    }

    private mutating func handlePrompt(_ key: Key, complete: (String) -> String?) -> Action {
        switch key {
        case .escape: prompt = nil; promptError = nil
        case .enter:
            let path = prompt ?? ""
            if path.isEmpty { prompt = nil; return .none }
            return .openFile(path)
        case .backspace: if prompt?.isEmpty == false { prompt?.removeLast() }
        case .tab:
            if let p = prompt, let longer = complete(p) { prompt = longer; promptError = nil }
        default:
            if let c = key.printable { prompt?.append(c); promptError = nil }
        }
        return .none
    }
}
