// Tokens as CPython's tokenizer produces them. Positions are 1-based lines and
// 1-based columns counted in Unicode scalars; `endColumn` is exclusive.

public enum TokenKind: Sendable, Equatable {
    case name
    case number
    /// A whole string literal including prefix and quotes (f-strings too, as in 3.11).
    case string
    case op
    case newline
    case indent
    case dedent
    case endOfFile
}

public struct Token: Sendable, Equatable {
    public var kind: TokenKind
    /// The exact source text ("" for NEWLINE at end of file, INDENT, DEDENT, end of file).
    public var text: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    /// Index of the token's first scalar in the source (f-strings are re-parsed from there).
    var startIndex: Int = 0

    public init(kind: TokenKind, text: String, line: Int, column: Int, endLine: Int, endColumn: Int) {
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    var loc: SourceLocation { SourceLocation(line: line, column: column, endLine: endLine, endColumn: endColumn) }

    func isOp(_ s: String) -> Bool { kind == .op && text == s }
    func isName(_ s: String) -> Bool { kind == .name && text == s }
}

/// Python's hard keywords; `match`, `case` and `_` are soft keywords and lex as names.
let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
    "return", "try", "while", "with", "yield",
]
