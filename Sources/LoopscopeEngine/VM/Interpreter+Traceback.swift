// CPython's traceback printing (traceback.print_exception as the
// interpreter does it for an uncaught exception), with chained exceptions.

extension Interpreter {
    func renderTraceback(_ exc: PyException) -> String {
        var seen: [ObjectIdentifier] = []
        return render(exc, &seen)
    }

    private func render(_ exc: PyException, _ seen: inout [ObjectIdentifier]) -> String {
        seen.append(ObjectIdentifier(exc))
        var out = ""
        if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += render(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let ctx = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(ctx)) {
            out += render(ctx, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if exc.pyType.isSubtype(of: BuiltinTypes.syntaxError), let text = syntaxErrorText(exc) {
            if !exc.traceback.isEmpty {
                out += "Traceback (most recent call last):\n"
                out += entriesText(exc.traceback)
            }
            return out + text
        }
        if !exc.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            out += entriesText(exc.traceback)
        }
        out += exceptionLine(exc) + "\n"
        return out
    }

    private func entriesText(_ entries: [TracebackEntry]) -> String {
        var out = ""
        // CPython collapses more than 3 identical consecutive lines.
        var i = 0
        while i < entries.count {
            let e = entries[i]
            var j = i + 1
            while j < entries.count && entries[j] == e { j += 1 }
            let count = j - i
            let shown = min(count, 3)
            for _ in 0..<shown { out += entryText(e) }
            if count > 3 {
                let rest = count - 3
                out += "  [Previous line repeated \(rest) more time\(rest == 1 ? "" : "s")]\n"
            }
            i = j
        }
        return out
    }

    private func entryText(_ e: TracebackEntry) -> String {
        var out = "  File \"\(e.filename)\", line \(e.line), in \(e.function)\n"
        if let text = sourceLine(e.filename, e.line) { out += "    \(text)\n" }
        return out
    }

    func sourceLine(_ file: String, _ line: Int) -> String? {
        guard file == filename, line > 0 else { return nil }
        if sourceLines == nil {
            sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        guard let lines = sourceLines, line <= lines.count else { return nil }
        let s = lines[line - 1].trimmingCharacters(in: " \t\r\u{0C}")
        return s.isEmpty ? nil : s
    }

    /// `ValueError: boom`, `ValueError`, `KeyError: 'x'`, `__main__.MyError: x`.
    func exceptionLine(_ exc: PyException) -> String {
        let t = exc.pyType
        var name = t.qualname
        var module = t.module
        if !t.isBuiltin, case .str(let m)? = t.dict["__module__"] { module = m }
        if module != "builtins" && module != "__main__" { name = "\(module).\(t.qualname)" }
        let text: String
        do { text = try str(.object(exc)) } catch { text = "<exception str() failed>" }
        return text.isEmpty ? name : "\(name): \(text)"
    }

    private func syntaxErrorText(_ exc: PyException) -> String? {
        guard case .object(let o)? = exc.dict["_vm_syntax_info"], let box = o as? SyntaxInfoBox else { return nil }
        return formatSyntaxError(box.info, filename: box.filename)
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
