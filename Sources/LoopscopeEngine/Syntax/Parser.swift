// A recursive-descent parser for the Python 3.11 subset, following the
// structure of CPython's Grammar/python.gram (one function per rule level) and
// its error messages. Errors are thrown as ParseError; `parseModule` decides,
// as CPython's _PyPegen_set_syntax_error does, whether a tokenizer error or an
// unclosed bracket is reported instead.

struct ParseError: Error {
    var info: SyntaxErrorInfo
    /// A plain "invalid syntax" (CPython lets tokenizer errors replace these).
    var isGeneric: Bool
    /// Index of the token where parsing failed.
    var tokenIndex: Int
    /// Already re-positioned relative to an f-string field's "(expr)" text.
    var isFStringRelative = false
}

final class Parser {
    /// Bound on nesting (and on operator/trailer chains, which deepen the tree)
    /// so deep input fails cleanly instead of overflowing the Swift stack.
    /// Matches `maxExpressionHeight`.
    static let maxDepth = 1000

    let source: SourceText
    let tokens: [Token]
    var pos = 0
    var depth = 0
    /// Parsing the expression inside an f-string replacement field.
    let isFStringExpression: Bool

    init(source: SourceText, tokens: [Token], isFStringExpression: Bool = false) {
        self.source = source
        self.tokens = tokens
        self.isFStringExpression = isFStringExpression
    }

    // MARK: - Token access

    var current: Token { tokens[pos] }

    func peek(_ n: Int = 1) -> Token { tokens[min(pos + n, tokens.count - 1)] }

    var previous: Token { tokens[max(pos - 1, 0)] }

    @discardableResult
    func advance() -> Token {
        let t = tokens[pos]
        if pos < tokens.count - 1 { pos += 1 }
        return t
    }

    func checkOp(_ s: String) -> Bool { current.kind == .op && current.text == s }

    func checkKeyword(_ s: String) -> Bool { current.kind == .name && current.text == s }

    func acceptOp(_ s: String) -> Token? { checkOp(s) ? advance() : nil }

    func acceptKeyword(_ s: String) -> Token? { checkKeyword(s) ? advance() : nil }

    @discardableResult
    func expectOp(_ s: String) throws(ParseError) -> Token {
        guard checkOp(s) else { throw genericError() }
        return advance()
    }

    @discardableResult
    func expectKeyword(_ s: String) throws(ParseError) -> Token {
        guard checkKeyword(s) else { throw genericError() }
        return advance()
    }

    /// `expected ':'` and friends: CPython's forced tokens.
    @discardableResult
    func expectForced(_ s: String) throws(ParseError) -> Token {
        guard checkOp(s) else { throw error("expected '\(s)'", at: current) }
        return advance()
    }

    func isKeyword(_ t: Token) -> Bool { t.kind == .name && pythonKeywords.contains(t.text) }

    /// A NAME that is not a keyword.
    func expectIdentifier() throws(ParseError) -> Token {
        guard current.kind == .name, !pythonKeywords.contains(current.text) else { throw genericError() }
        return advance()
    }

    // MARK: - Nesting bound

    func enter() throws(ParseError) {
        if depth >= Parser.maxDepth { throw error("too complex", at: current) }
        depth += 1
    }

    func leave() { depth -= 1 }

    // MARK: - Errors

    func genericError(at token: Token? = nil) -> ParseError {
        let t = token ?? current
        let index = token == nil ? pos : (tokens.firstIndex { $0.startIndex == t.startIndex && $0.line == t.line && $0.column == t.column } ?? pos)
        var info = SyntaxErrorInfo(message: "invalid syntax", line: t.line, column: t.column,
                                   endLine: t.endLine, endColumn: t.endColumn, lineText: source.lineText(t.line))
        if t.kind == .indent {
            info = SyntaxErrorInfo(kind: .indentationError, message: "unexpected indent", line: t.line,
                                   column: t.endColumn - 1, endLine: t.line, endColumn: -1,
                                   lineText: source.lineText(t.line))
            return ParseError(info: info, isGeneric: false, tokenIndex: index)
        }
        if t.kind == .dedent {
            info.kind = .indentationError
            info.message = "unexpected unindent"
        }
        return ParseError(info: info, isGeneric: t.kind != .dedent, tokenIndex: index)
    }

    func error(_ message: String, at token: Token, kind: SyntaxErrorInfo.Kind = .syntaxError) -> ParseError {
        error(message, loc: token.loc, kind: kind)
    }

    func error(_ message: String, loc: SourceLocation, kind: SyntaxErrorInfo.Kind = .syntaxError,
               unsupported: Bool = false) -> ParseError {
        let info = SyntaxErrorInfo(kind: kind, message: message, line: loc.line, column: loc.column,
                                   endLine: loc.endLine, endColumn: loc.endColumn,
                                   lineText: source.lineText(loc.line), isUnsupportedFeature: unsupported)
        return ParseError(info: info, isGeneric: false, tokenIndex: pos)
    }

    func unsupported(_ what: String, loc: SourceLocation) -> ParseError {
        error("loopscope does not support \(what) yet", loc: loc, unsupported: true)
    }

    // MARK: - Locations

    func span(_ start: SourceLocation, _ end: SourceLocation) -> SourceLocation {
        SourceLocation(line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn)
    }

    /// From `start` to the end of the last real token consumed (a block
    /// statement ends where its last body statement ends, not at NEWLINE/DEDENT).
    func span(from start: Token) -> SourceLocation {
        var i = max(pos - 1, 0)
        while i > 0, [.newline, .indent, .dedent].contains(tokens[i].kind) { i -= 1 }
        return span(start.loc, tokens[i].loc)
    }

    // MARK: - Entry points

    func parseFile() throws(ParseError) -> Module {
        var body: [Stmt] = []
        while current.kind != .endOfFile {
            if current.kind == .newline { advance(); continue }
            body.append(contentsOf: try parseStatement())
        }
        return Module(body: body, docstring: docstring(of: body))
    }

    /// The expression of an f-string replacement field: `(star_expressions | yield_expr)`.
    func parseFStringExpression() throws(ParseError) -> Expr {
        let expr: Expr
        if checkKeyword("yield") {
            expr = try parseYieldExpression()
        } else {
            expr = try parseStarExpressions()
        }
        // CPython parses the field as "(expr)", so it is inside brackets.
        guard current.kind == .endOfFile else { throw try missingCommaError(after: expr) }
        if case .starred = expr.kind { throw error("cannot use starred expression here", loc: expr.loc) }
        return expr
    }

    func docstring(of body: [Stmt]) -> String? {
        guard let first = body.first, case .expr(let e) = first.kind, case .constant(.str(let s)) = e.kind else {
            return nil
        }
        return s
    }
}
