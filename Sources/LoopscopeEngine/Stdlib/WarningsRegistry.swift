// The warnings machinery (CPython's Python/_warnings.c): the filters decide
// an action, the registry remembers where a warning was shown, so the
// default action prints a warning once per location. `warnings.warn` and the
// engine's own RuntimeWarnings (never-awaited coroutines) share it.

extension Interpreter {
    /// `warnings.warn_explicit`: raises for "error", prints (or records) the
    /// warning when the filters and the registry say so.
    func warnExplicit(_ message: Value, category: PyType, filename: String, lineno: Int,
                      module: String, tracemallocHint: Bool = false) throws {
        var category = category
        let text: String
        var instance: PyException?
        if case .object(let o) = message, let e = o as? PyException, e.pyType.isSubtype(of: BuiltinTypes.warning) {
            instance = e
            category = e.pyType
            text = try str(message)
        } else {
            text = try str(message)
        }
        let action = warningAction(text: text, category: category, module: module, lineno: lineno)
        if action == "error" {
            throw PyError(instance ?? PyException(category, text))
        }
        guard registerWarning(action: action, text: text, category: category, filename: filename,
                              module: module, lineno: lineno) else { return }
        if let recorder = stdlib.warningRecorder {
            let msg: Value = instance.map { .object($0) } ?? .object(PyException(category, text))
            _ = try call(recorder, Arguments([msg, .object(category), .str(filename), .int(lineno)]))
            return
        }
        asyncio.emit(.warning(category: category.name, message: text, task: asyncio.currentTask?.id, line: lineno))
        write(formatWarning(text, category: category.name, filename: filename, lineno: lineno,
                            tracemallocHint: tracemallocHint), .stderr)
    }

    /// For warnings the engine raises itself: true when the filters and the
    /// registry let it be shown ("error" cannot raise where these happen, so
    /// it shows the warning).
    func shouldShowWarning(_ text: String, category: PyType, filename: String, lineno: Int, module: String) -> Bool {
        let action = warningAction(text: text, category: category, module: module, lineno: lineno)
        return registerWarning(action: action, text: text, category: category, filename: filename,
                               module: module, lineno: lineno)
    }

    /// `FILE:LINE: Category: message`, the stripped source line, and for
    /// objects with an allocation source the tracemalloc hint.
    func formatWarning(_ text: String, category: String, filename: String, lineno: Int,
                       tracemallocHint: Bool = false, line: String? = nil) -> String {
        var s = "\(filename):\(lineno): \(category): \(text)\n"
        let code = line ?? sourceLine(filename, lineno)
        let stripped = code.strippedOf( " \t\r\n\u{0C}")
        if !stripped.isEmpty { s += "  \(stripped)\n" }
        if tracemallocHint { s += "\(category): Enable tracemalloc to get the object allocation traceback\n" }
        return s
    }

    /// The program's line `lineno` (the only file a run can read), or "".
    func sourceLine(_ file: String, _ lineno: Int) -> String {
        guard file == filename, lineno >= 1 else { return "" }
        if sourceLines == nil { sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        guard let lines = sourceLines, lineno <= lines.count else { return "" }
        return lines[lineno - 1]
    }

    /// The first filter matching the warning, else `defaultaction`.
    private func warningAction(text: String, category: PyType, module: String, lineno: Int) -> String {
        for item in stdlib.warningFilters.items {
            guard case .object(let o) = item, let t = o as? PyTuple, t.items.count == 5,
                  case .str(let action) = t.items[0] else { continue }
            if case .str(let pattern) = t.items[1], !WarningPattern.matches(pattern, text, whole: false) { continue }
            if case .object(let c) = t.items[2], let cat = c as? PyType, !category.isSubtype(of: cat) { continue }
            if case .str(let pattern) = t.items[3], !WarningPattern.matches(pattern, module, whole: true) { continue }
            if case .int(let ln) = t.items[4], ln != 0, ln != lineno { continue }
            return action
        }
        return stdlib.defaultAction
    }

    /// Applies the action's registry rule; true when the warning is shown.
    private func registerWarning(action: String, text: String, category: PyType, filename: String,
                                 module: String, lineno: Int) -> Bool {
        let location = "\(filename)\u{0}\(category.name)\u{0}\(text)"
        switch action {
        case "ignore": return false
        case "always": return true
        case "once": return stdlib.warned.insert("once\u{0}\(category.name)\u{0}\(text)").inserted
        case "module": return stdlib.warned.insert("\(location)\u{0}0").inserted
        default: return stdlib.warned.insert("\(location)\u{0}\(lineno)").inserted
        }
    }
}

/// The message and module patterns of `filterwarnings` are regular
/// expressions (`re.I`, matched at the start; the module's must match all
/// of the name). The subset here: literals, `.`, `*`, `+`, `?`, `\` escapes.
enum WarningPattern {
    static func matches(_ pattern: String, _ text: String, whole: Bool) -> Bool {
        let p = Array(pattern.lowercased()), t = Array(text.lowercased())
        var atoms: [(ch: Character?, min: Int, max: Int)] = []
        var i = 0
        while i < p.count {
            var ch: Character? = p[i]
            if p[i] == "\\", i + 1 < p.count { i += 1; ch = p[i] } else if p[i] == "." { ch = nil }
            i += 1
            var lo = 1, hi = 1
            if i < p.count, "*+?".contains(p[i]) {
                (lo, hi) = p[i] == "*" ? (0, Int.max) : p[i] == "+" ? (1, Int.max) : (0, 1)
                i += 1
            }
            atoms.append((ch, lo, hi))
        }
        func match(_ a: Int, _ k: Int) -> Bool {
            if a == atoms.count { return !whole || k == t.count }
            let atom = atoms[a]
            var n = 0
            while n < atom.min {
                guard k + n < t.count, atom.ch == nil || atom.ch == t[k + n] else { return false }
                n += 1
            }
            while true {
                if match(a + 1, k + n) { return true }
                guard n < atom.max, k + n < t.count, atom.ch == nil || atom.ch == t[k + n] else { return false }
                n += 1
            }
        }
        return match(0, 0)
    }
}

extension String {
    func strippedOf(_ set: String) -> String {
        var s = self[...]
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
