// TEMPORARY (VM branch only): the syntax helper's parser entry points, until
// their branch lands in main. Delete this file when merging main.

public struct SyntaxErrorInfo: Error, Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case syntaxError = "SyntaxError", indentationError = "IndentationError", tabError = "TabError"
    }
    public var kind: Kind
    public var message: String
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int
    public var lineText: String?
    public init(kind: Kind = .syntaxError, message: String, line: Int, column: Int,
                endLine: Int? = nil, endColumn: Int? = nil, lineText: String? = nil) {
        self.kind = kind; self.message = message; self.line = line; self.column = column
        self.endLine = endLine ?? line; self.endColumn = endColumn ?? column; self.lineText = lineText
    }
}

public func formatSyntaxError(_ info: SyntaxErrorInfo, filename: String) -> String {
    "  File \"\(filename)\", line \(info.line)\n\(info.kind.rawValue): \(info.message)\n"
}

public func parseModule(source: String, filename: String) throws(SyntaxErrorInfo) -> Module {
    throw SyntaxErrorInfo(message: "parser not available in this build", line: 1, column: 1)
}
