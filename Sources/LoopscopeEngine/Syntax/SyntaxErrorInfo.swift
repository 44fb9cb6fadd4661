// A compile-time error (SyntaxError, IndentationError, TabError) with the
// attributes CPython 3.11 puts on the exception object, so the VM can build a
// real SyntaxError and `formatSyntaxError` can print exactly what CPython prints.

public struct SyntaxErrorInfo: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case syntaxError = "SyntaxError"
        case indentationError = "IndentationError"
        case tabError = "TabError"
    }

    public var kind: Kind
    public var message: String
    /// 1-based line; 0 when the error has no location (e.g. undecodable bytes).
    public var line: Int
    /// 1-based column (CPython's `offset`, in characters); 0 or less means
    /// "no caret", as in CPython.
    public var column: Int
    public var endLine: Int
    /// 1-based exclusive end column (CPython's `end_offset`); 0 or -1 gives a single caret.
    public var endColumn: Int
    /// The full source line including its newline, as CPython's `text`; nil when unknown.
    public var lineText: String?
    /// True when the program is valid Python that loopscope cannot run yet
    /// (`loopscope does not support ... yet`). Still reported as a SyntaxError.
    public var isUnsupportedFeature: Bool = false

    public init(kind: Kind = .syntaxError, message: String, line: Int, column: Int,
                endLine: Int? = nil, endColumn: Int? = nil, lineText: String? = nil,
                isUnsupportedFeature: Bool = false) {
        self.kind = kind
        self.message = message
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
        self.lineText = lineText
        self.isUnsupportedFeature = isUnsupportedFeature
    }

    /// The exception class name CPython uses.
    public var typeName: String { kind.rawValue }
}

/// What CPython 3.11 prints to stderr when the main script fails to compile
/// (`print_exception_file_and_line` + `print_error_text` in pythonrun.c).
public func formatSyntaxError(_ info: SyntaxErrorInfo, filename: String) -> String {
    var out = ""
    if info.line > 0 {
        out += "  File \"\(filename)\", line \(info.line)\n"
        if let text = info.lineText {
            out += errorTextLines(text, info: info)
        }
    }
    out += "\(info.typeName): \(info.message)\n"
    return out
}

private func errorTextLines(_ fullText: String, info: SyntaxErrorInfo) -> String {
    var offset = info.column
    let textChars = Array(fullText)
    // parse_syntax_error: only SyntaxError itself carries a range; subclasses get one caret.
    var endOffset = info.kind == .syntaxError ? info.endColumn : -1
    let endLine = info.kind == .syntaxError ? info.endLine : info.line
    let lineSize = fullText.utf8.count
    // A range spanning lines is highlighted to the end of the first line.
    if endLine > info.line { endOffset = lineSize }
    if endOffset > lineSize + 1 { endOffset = lineSize + 1 }
    let caretCount = (endOffset > 0 && endOffset > offset) ? endOffset - offset : 1
    offset -= 1
    var chars = textChars[...]
    while let first = chars.first, first == " " || first == "\t" || first == "\u{0C}" {
        chars = chars.dropFirst()
        offset -= 1
    }
    var length = chars.count
    if length > 0 && chars.last == "\n" { length -= 1 }
    if offset > length { offset = length }
    // Skip past embedded newlines before the offset (multi-line text).
    while let nl = chars.firstIndex(of: "\n") {
        let inl = nl - chars.startIndex
        if inl >= offset { break }
        chars = chars[(nl + 1)...]
        length -= inl + 1
        offset -= inl + 1
    }
    var out = "    " + String(chars)
    if chars.last != "\n" { out += "\n" }
    if offset < 0 { return out }
    out += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: caretCount) + "\n"
    return out
}
