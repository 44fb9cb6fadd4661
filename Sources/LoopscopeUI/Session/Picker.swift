import LoopscopeEngine

/// The demo picker's state: the filter, the selection, and the `o` prompt.
///
/// Keys: typing filters by name and title. While the filter is empty, `j`/`k`
/// move, `q` quits, `o` opens a file and `?` shows help; `/` starts a filter
/// that takes every letter (for names that begin with those letters).
public struct PickerState: Sendable {
    public let demos: [Demo]
    public private(set) var filter = ""
    /// `/` was typed: every letter goes to the filter.
    public private(set) var filtering = false
    public private(set) var selected = 0
    /// The `o` prompt: the path typed so far, and an error shown under it.
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

    public enum Action: Equatable { case none, quit, open(Demo), openFile(String), help }

    public mutating func handle(_ key: Key) -> Action {
        if prompt != nil { return handlePrompt(key) }
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
            filter = ""
            filtering = false
            selected = 0
        case .backspace:
            if !filter.isEmpty { filter.removeLast() } else { filtering = false }
            selected = bestMatch
        case .char(let c):
            let commandMode = filter.isEmpty && !filtering
            if commandMode {
                switch c {
                case "q": return .quit
                case "j": selected = min(selected + 1, max(count - 1, 0)); return .none
                case "k": selected = max(selected - 1, 0); return .none
                case "o": prompt = ""; promptError = nil; return .none
                case "?": return .help
                case "/": filtering = true; return .none
                default: break
                }
            }
            if c.isLetter || c.isNumber || c == "-" || c == "_" || c == " " || c == "." {
                filter.append(c)
                selected = bestMatch
            }
        default: break
        }
        return .none
    }

    private mutating func handlePrompt(_ key: Key) -> Action {
        switch key {
        case .escape: prompt = nil; promptError = nil
        case .enter:
            let path = prompt ?? ""
            if path.isEmpty { prompt = nil; return .none }
            return .openFile(path)
        case .backspace: if prompt?.isEmpty == false { prompt?.removeLast() }
        case .char(let c): prompt?.append(c); promptError = nil
        default: break
        }
        return .none
    }
}
