// CPython's traceback printing (traceback.print_exception as the
// interpreter does it for an uncaught exception), with chained exceptions.

/// Where an exception group's box is while printing (traceback.py's
/// `_ExceptionPrintContext`): members are indented two columns per level
/// behind a `| ` margin.
private struct GroupPrintContext {
    var depth = 0
    var needClose = false
    /// The interpreter's own printer (an uncaught exception) adds "Did you mean";
    /// traceback.py (logging) does not, in 3.11.
    var suggestions = false

    var indent: String { String(repeating: " ", count: 2 * depth) }

    /// `_ctx.emit`: prefix every line of `text` with the indent and margin.
    func emit(_ text: String, margin: Character = "|") -> String {
        if depth == 0 { return text }
        let prefix = indent + "\(margin) "
        var out = ""
        var atLineStart = true
        for ch in text {
            if atLineStart { out += prefix }
            out.append(ch)
            atLineStart = ch == "\n"
        }
        return out
    }
}

extension Interpreter {
    func renderTraceback(_ exc: PyException, suggestions: Bool = false) -> String {
        var seen = Set<ObjectIdentifier>()
        var ctx = GroupPrintContext()
        ctx.suggestions = suggestions
        return render(exc, &seen, &ctx)
    }

    private static let causeMessage = "\nThe above exception was the direct cause of the following exception:\n\n"
    private static let contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
    /// traceback.py's defaults for printing groups.
    private static let maxGroupWidth = 15
    private static let maxGroupDepth = 10

    /// `TracebackException.format`: the chain oldest first, each with the
    /// message that links it to the next.
    private func render(_ top: PyException, _ seen: inout Set<ObjectIdentifier>, _ ctx: inout GroupPrintContext) -> String {
        var chain: [(message: String?, exc: PyException)] = []
        var current: PyException? = top
        while let e = current {
            seen.insert(ObjectIdentifier(e))
            if let cause = e.cause, !seen.contains(ObjectIdentifier(cause)) {
                chain.append((Self.causeMessage, e))
                current = cause
            } else if let context = e.context, !e.suppressContext, !seen.contains(ObjectIdentifier(context)) {
                chain.append((Self.contextMessage, e))
                current = context
            } else {
                chain.append((nil, e))
                current = nil
            }
        }
        var out = ""
        for (message, exc) in chain.reversed() {
            if let message { out += ctx.emit(message) }
            out += renderOne(exc, &seen, &ctx)
        }
        return out
    }

    private func renderOne(_ exc: PyException, _ seen: inout Set<ObjectIdentifier>, _ ctx: inout GroupPrintContext) -> String {
        var out = ""
        guard exc.pyType.isSubtype(of: BuiltinTypes.baseExceptionGroup) else {
            if !exc.traceback.isEmpty {
                out += ctx.emit("Traceback (most recent call last):\n")
                out += ctx.emit(entriesText(exc.traceback))
            }
            if exc.pyType.isSubtype(of: BuiltinTypes.syntaxError), let text = syntaxErrorText(exc) {
                return out + ctx.emit(text)
            }
            let suggestion = ctx.suggestions ? suggestionSuffix(exc) : ""
            return out + ctx.emit(exceptionLine(exc) + suggestion + "\n")
        }
        if ctx.depth > Self.maxGroupDepth {
            return ctx.emit("... (max_group_depth is \(Self.maxGroupDepth))\n")
        }
        let isTopLevel = ctx.depth == 0
        if isTopLevel { ctx.depth += 1 }
        if !exc.traceback.isEmpty {
            out += ctx.emit("Exception Group Traceback (most recent call last):\n", margin: isTopLevel ? "+" : "|")
            out += ctx.emit(entriesText(exc.traceback))
        }
        out += ctx.emit(exceptionLine(exc) + "\n")
        let members = groupMembers(exc)
        let shown = members.count <= Self.maxGroupWidth ? members.count : Self.maxGroupWidth + 1
        ctx.needClose = false
        for i in 0..<shown {
            let isLast = i == shown - 1
            if isLast { ctx.needClose = true }
            let truncated = i >= Self.maxGroupWidth
            out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
            ctx.depth += 1
            if truncated {
                let remaining = members.count - Self.maxGroupWidth
                out += ctx.emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
            } else {
                out += render(members[i], &seen, &ctx)
            }
            if isLast && ctx.needClose {
                out += ctx.indent + "+------------------------------------\n"
                ctx.needClose = false
            }
            ctx.depth -= 1
        }
        if isTopLevel { ctx.depth = 0 }
        return out
    }

    private func groupMembers(_ group: PyException) -> [PyException] {
        guard case .object(let t)? = builtinDataAttribute(.object(group), "exceptions"), let tuple = t as? PyTuple else {
            return []
        }
        return tuple.items.compactMap { $0.asObject as? PyException }
    }

    private func entriesText(_ entries: [TracebackEntry]) -> String {
        var out = ""
        // CPython collapses more than 3 identical consecutive lines.
        var i = 0
        while i < entries.count {
            let e = entries[i]
            var j = i + 1
            while j < entries.count && entries[j].isSameLine(as: e) { j += 1 }
            let count = j - i
            let shown = min(count, 3)
            for k in 0..<shown { out += entryText(entries[i + k]) }
            if count > 3 {
                let rest = count - 3
                out += "  [Previous line repeated \(rest) more time\(rest == 1 ? "" : "s")]\n"
            }
            i = j
        }
        return out
    }

    /// traceback.c's `tb_displayline`: the frame, its source line without
    /// the indentation (trailing blanks stay, as CPython prints them), and
    /// the carets under the failing instruction's range.
    func entryText(_ e: TracebackEntry) -> String {
        var out = "  File \"\(e.filename)\", line \(e.line), in \(e.function)\n"
        guard let raw = rawSourceLine(e.filename, e.line) else { return out }
        let shown = String(raw.unicodeScalars.drop { $0 == " " || $0 == "\t" || $0 == "\u{0C}" })
        if shown.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{0C}" }) { return out }
        out += "    \(shown)\n"
        if let carets = tracebackCaretLine(rawLine: raw, line: e.line, column: e.column,
                                           endLine: e.endLine, endColumn: e.endColumn) {
            out += carets
        }
        return out
    }

    /// Line `line` of the program's source (1-based), without its line break.
    func rawSourceLine(_ file: String, _ line: Int) -> String? {
        if file != filename, line > 0, let lines = localSourceLines[file] {
            guard line <= lines.count else { return nil }
            var s = lines[line - 1]
            if s.hasSuffix("\r") { s.removeLast() }
            return s
        }
        guard file == filename, line > 0 else { return nil }
        if sourceLines == nil {
            sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        guard let lines = sourceLines, line <= lines.count else { return nil }
        var s = lines[line - 1]
        if s.hasSuffix("\r") { s.removeLast() }
        return s
    }

    /// `traceback.format_exception_only`: what ends a traceback, without
    /// 3.11's "Did you mean" (traceback.py does not add it).
    func renderExceptionOnly(_ exc: PyException) -> String {
        if exc.pyType.isSubtype(of: BuiltinTypes.syntaxError), let text = syntaxErrorText(exc) { return text }
        return exceptionLine(exc) + "\n"
    }

    /// `ValueError: boom`, `ValueError`, `KeyError: 'x'`, `__main__.MyError: x`.
    func exceptionLine(_ exc: PyException) -> String {
        let name = exceptionTypeLabel(exc)
        let text: String
        do { text = try str(.object(exc)) } catch { text = "<exception str() failed>" }
        return text.isEmpty ? name : "\(name): \(text)"
    }

    /// `ValueError`, `__main__`'s `MyError`, `pkg.MyError`.
    func exceptionTypeLabel(_ exc: PyException) -> String {
        let t = exc.pyType
        var module = t.module
        if !t.isBuiltin, case .str(let m)? = t.dict["__module__"] { module = m }
        return module != "builtins" && module != "__main__" ? "\(module).\(t.qualname)" : t.qualname
    }

    private func syntaxErrorText(_ exc: PyException) -> String? {
        if case .object(let o)? = exc.dict["_vm_syntax_info"], let box = o as? SyntaxInfoBox {
            return formatSyntaxError(box.info, filename: box.filename)
        }
        return programSyntaxErrorText(exc)
    }

    /// A SyntaxError the program built: its file, line, text and caret from
    /// the attributes, as CPython prints them; nil (the plain one-line form)
    /// without an int `lineno`.
    private func programSyntaxErrorText(_ exc: PyException) -> String? {
        guard case .int(let line)? = exc.dict["lineno"] else { return nil }
        func int(_ key: String) -> Int? { if case .int(let n)? = exc.dict[key] { return n }; return nil }
        var filename = "<string>"
        if case .str(let f)? = exc.dict["filename"] { filename = f }
        var text: String?
        if case .str(let t)? = exc.dict["text"] { text = t }
        let kind: SyntaxErrorInfo.Kind = exc.pyType.isSubtype(of: BuiltinTypes.tabError) ? .tabError
            : exc.pyType.isSubtype(of: BuiltinTypes.indentationError) ? .indentationError : .syntaxError
        let info = SyntaxErrorInfo(kind: kind, message: "", line: line, column: int("offset") ?? -1,
                                   endLine: int("end_lineno") ?? line, endColumn: int("end_offset") ?? -1, lineText: text)
        var out = formatSyntaxError(info, filename: filename)
        // The parser's form ends with its kind's name; the program's class and message replace it.
        out.removeLast()
        if let nl = out.lastIndex(of: "\n") { out = String(out[...nl]) } else { out = "" }
        let label = exceptionTypeLabel(exc)
        let msg = exc.dict["msg"] ?? .none
        if msg.isNone { return out + label + "\n" }
        let msgText = (try? str(msg)) ?? "<exception str() failed>"
        return out + label + ": " + msgText + "\n"
    }
}

extension String {
    func trimmingCharacters(in chars: String) -> String {
        let set = Set(chars)
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

/// Carries the parser's error info on a SyntaxError instance.
final class SyntaxInfoBox: PyObject {
    let info: SyntaxErrorInfo
    let filename: String
    init(_ info: SyntaxErrorInfo, filename: String) {
        self.info = info
        self.filename = filename
    }
    override var pyType: PyType { VMTypes.marker }
}
