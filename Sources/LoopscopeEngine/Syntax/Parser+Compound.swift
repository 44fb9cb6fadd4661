// Compound statements (if/while/for/try/with/def/class) and their blocks.

extension Parser {
    func parseCompoundStatement() throws(ParseError) -> Stmt? {
        let t = current
        if t.isOp("@") { return try parseDecorated() }
        guard t.kind == .name else { return nil }
        switch t.text {
        case "if": return try parseIf()
        case "while": return try parseWhile()
        case "for": return try parseFor(isAsync: false, start: t)
        case "try": return try parseTry()
        case "with": return try parseWith(isAsync: false, start: t)
        case "def": return try parseFunctionDef(decorators: [], isAsync: false, start: t)
        case "class": return try parseClassDef(decorators: [], start: t)
        case "async":
            let next = peek()
            if next.isName("def") {
                advance()
                return try parseFunctionDef(decorators: [], isAsync: true, start: t)
            }
            if next.isName("for") {
                advance()
                return try parseFor(isAsync: true, start: t)
            }
            if next.isName("with") {
                advance()
                return try parseWith(isAsync: true, start: t)
            }
            throw genericError(at: next)
        case "match":
            return looksLikeMatchStatement() ? try parseMatchStatement() : nil
        default:
            return nil
        }
    }

    /// `match` is a soft keyword: a cheap filter before trying a match statement
    /// (`match = 3`, `match.group()`, `match += 1` are ordinary names at once).
    func looksLikeMatchStatement() -> Bool {
        let next = peek()
        if next.kind == .newline || next.kind == .endOfFile { return false }
        if next.kind == .op && ["=", ".", ",", ")", "]", "}", ":", ";"].contains(next.text) { return false }
        if next.kind == .op && Parser.augmentedOps[next.text] != nil { return false }
        var i = pos + 1
        var depth = 0
        while i < tokens.count, tokens[i].kind != .newline, tokens[i].kind != .endOfFile {
            let tok = tokens[i]
            if tok.kind == .op {
                if ["(", "[", "{"].contains(tok.text) { depth += 1 }
                if [")", "]", "}"].contains(tok.text) { depth -= 1 }
                if depth == 0 && tok.text == "=" { return false }
            }
            i += 1
        }
        return true
    }

    /// After a header's ':', a block: NEWLINE INDENT statements DEDENT, or simple statements.
    /// `def`, `try`, `finally` and `else` force their ':' (CPython's `&&':'`);
    /// the others say "expected ':'" only when the line ends where it should be.
    func parseBlock(after header: String, headerLine: Int) throws(ParseError) -> [Stmt] {
        let forced = ["function definition", "'try' statement", "'finally' statement", "'else' statement"]
        if forced.contains(header) || current.kind == .newline {
            try expectForced(":")
        } else {
            try expectOp(":")
        }
        guard current.kind == .newline else { return try parseSimpleStatements() }
        let newline = advance()
        guard current.kind == .indent else {
            throw missingIndentError(after: header, headerLine: headerLine, newline: newline)
        }
        advance()
        try enter()
        defer { leave() }
        var body: [Stmt] = []
        while current.kind != .dedent && current.kind != .endOfFile {
            body.append(contentsOf: try parseStatement())
        }
        if current.kind == .dedent { advance() }
        return body
    }

    func missingIndentError(after header: String, headerLine: Int, newline: Token) -> ParseError {
        let message = "expected an indented block after \(header) on line \(headerLine)"
        if current.kind == .endOfFile || current.kind == .dedent && peek().kind == .endOfFile {
            return error(message, loc: SourceLocation(line: newline.line, column: 0, endLine: newline.line,
                                                      endColumn: -1), kind: .indentationError)
        }
        var loc = current.loc
        if current.kind == .dedent { loc = peek().loc }
        return error(message, loc: loc, kind: .indentationError)
    }

    func parseIf() throws(ParseError) -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        let body = try parseBlock(after: "'\(start.text)' statement", headerLine: start.line)
        var orelse: [Stmt] = []
        if checkKeyword("elif") {
            orelse = [try parseIf()]
        } else if let elseToken = acceptKeyword("else") {
            orelse = try parseBlock(after: "'else' statement", headerLine: elseToken.line)
        }
        return Stmt(.if(test: test, body: body, orelse: orelse), span(from: start))
    }

    func parseWhile() throws(ParseError) -> Stmt {
        let start = advance()
        let test = try parseNamedExpression()
        let body = try parseBlock(after: "'while' statement", headerLine: start.line)
        var orelse: [Stmt] = []
        if let elseToken = acceptKeyword("else") {
            orelse = try parseBlock(after: "'else' statement", headerLine: elseToken.line)
        }
        return Stmt(.while(test: test, body: body, orelse: orelse), span(from: start))
    }

    func parseFor(isAsync: Bool, start: Token) throws(ParseError) -> Stmt {
        let forToken = advance()
        let target = try parseTargetList()
        if let bad = invalidTarget(target, mode: .forTarget) {
            throw error("cannot assign to \(exprName(bad))", loc: bad.loc)
        }
        try expectKeyword("in")
        let iter = try parseStarExpressions()
        let body = try parseBlock(after: "'for' statement", headerLine: forToken.line)
        var orelse: [Stmt] = []
        if let elseToken = acceptKeyword("else") {
            orelse = try parseBlock(after: "'else' statement", headerLine: elseToken.line)
        }
        return Stmt(.for(target: target, iter: iter, body: body, orelse: orelse, isAsync: isAsync), span(from: start))
    }

    func parseTry() throws(ParseError) -> Stmt {
        let start = advance()
        let body = try parseBlock(after: "'try' statement", headerLine: start.line)
        var handlers: [ExceptHandler] = []
        while checkKeyword("except") {
            let exceptToken = advance()
            let isStar = acceptOp("*") != nil
            if let first = handlers.first, first.isStar != isStar {
                throw error("cannot have both 'except' and 'except*' on the same 'try'", loc: exceptToken.loc)
            }
            if isStar && checkOp(":") { throw error("expected one or more exception types", at: current) }
            var type: Expr?
            var name: String?
            if !checkOp(":") {
                type = try parseExpression()
                if let first = type, checkOp(",") {
                    // `except A, B:` — CPython's message, over the whole list.
                    var last = first
                    while acceptOp(",") != nil, startsExpression(current) { last = try parseExpression() }
                    throw error("multiple exception types must be parenthesized", loc: span(first.loc, last.loc))
                }
                if acceptKeyword("as") != nil { name = try expectIdentifier().text }
            }
            let handlerBody = try parseBlock(after: "'except' statement", headerLine: exceptToken.line)
            if isStar, let bad = Self.leavesExceptStar(handlerBody, inLoop: false) {
                throw error("'break', 'continue' and 'return' cannot appear in an except* block", loc: bad.loc)
            }
            var handler = ExceptHandler(type: type, name: name, body: handlerBody, loc: span(from: exceptToken))
            handler.isStar = isStar
            handlers.append(handler)
        }
        var orelse: [Stmt] = []
        var finalbody: [Stmt] = []
        if !handlers.isEmpty, let elseToken = acceptKeyword("else") {
            orelse = try parseBlock(after: "'else' statement", headerLine: elseToken.line)
        }
        if let finallyToken = acceptKeyword("finally") {
            finalbody = try parseBlock(after: "'finally' statement", headerLine: finallyToken.line)
        }
        if handlers.isEmpty && finalbody.isEmpty {
            throw error("expected 'except' or 'finally' block", at: current)
        }
        return Stmt(.try(body: body, handlers: handlers, orelse: orelse, finalbody: finalbody), span(from: start))
    }

    /// A `break`/`continue` (outside a loop of its own) or `return` in an
    /// `except*` body: CPython rejects them.
    static func leavesExceptStar(_ body: [Stmt], inLoop: Bool) -> Stmt? {
        for st in body {
            switch st.kind {
            case .return: return st
            case .break, .continue: if !inLoop { return st }
            case .if(_, let b, let o):
                if let bad = leavesExceptStar(b, inLoop: inLoop) ?? leavesExceptStar(o, inLoop: inLoop) { return bad }
            case .while(_, let b, let o), .for(_, _, let b, let o, _):
                if let bad = leavesExceptStar(b, inLoop: true) ?? leavesExceptStar(o, inLoop: inLoop) { return bad }
            case .try(let b, let hs, let o, let fin):
                for part in [b, o, fin] + hs.map(\.body) {
                    if let bad = leavesExceptStar(part, inLoop: inLoop) { return bad }
                }
            case .with(_, let b, _):
                if let bad = leavesExceptStar(b, inLoop: inLoop) { return bad }
            case .match(_, let cases):
                for c in cases {
                    if let bad = leavesExceptStar(c.body, inLoop: inLoop) { return bad }
                }
            default: break
            }
        }
        return nil
    }

    func parseWith(isAsync: Bool, start: Token) throws(ParseError) -> Stmt {
        let withToken = advance()
        var items: [WithItem]
        if checkOp("("), let parenthesized = tryParseParenthesizedWithItems() {
            items = parenthesized
        } else {
            items = [try parseWithItem()]
            while acceptOp(",") != nil { items.append(try parseWithItem()) }
        }
        let body = try parseBlock(after: "'with' statement", headerLine: withToken.line)
        return Stmt(.with(items: items, body: body, isAsync: isAsync), span(from: start))
    }

    /// `with (a as b, c as d):` — tried first, abandoned if it is just a
    /// parenthesised expression such as `with (yield x):` or `with (a, b) as c:`.
    func tryParseParenthesizedWithItems() -> [WithItem]? {
        let saved = pos
        do {
            advance()
            var items: [WithItem] = []
            repeat {
                if checkOp(")") && !items.isEmpty { break }
                items.append(try parseWithItem())
            } while acceptOp(",") != nil
            try expectOp(")")
            if checkOp(":") { return items }
        } catch {}
        pos = saved
        return nil
    }

    func parseWithItem() throws(ParseError) -> WithItem {
        let context = try parseExpression()
        var target: Expr?
        if acceptKeyword("as") != nil {
            let t = try parseStarTarget()
            if let bad = invalidTarget(t, mode: .assign) {
                throw error("cannot assign to \(exprName(bad))", loc: bad.loc)
            }
            target = t
        }
        return WithItem(context: context, target: target)
    }

    func parseDecorated() throws(ParseError) -> Stmt {
        var decorators: [Expr] = []
        while acceptOp("@") != nil {
            decorators.append(try parseNamedExpression())
            guard current.kind == .newline else { throw genericError() }
            advance()
        }
        // The statement starts at `def`/`class`, not at the decorators (CPython's lineno).
        let t = current
        if t.isName("def") { return try parseFunctionDef(decorators: decorators, isAsync: false, start: t) }
        if t.isName("class") { return try parseClassDef(decorators: decorators, start: t) }
        if t.isName("async") && peek().isName("def") {
            advance()
            return try parseFunctionDef(decorators: decorators, isAsync: true, start: t)
        }
        throw genericError()
    }

    func parseFunctionDef(decorators: [Expr], isAsync: Bool, start: Token) throws(ParseError) -> Stmt {
        let defToken = advance()
        let name = try expectIdentifier().text
        try expectForced("(")
        let parameters = try parseParameters(closing: ")", allowAnnotations: true)
        try expectOp(")")
        let returns = acceptOp("->") != nil ? try parseExpression() : nil
        let body = try parseBlock(after: "function definition", headerLine: defToken.line)
        var def = FunctionDef(name: name, parameters: parameters, body: body, decorators: decorators,
                              isAsync: isAsync, docstring: docstring(of: body))
        def.returns = returns
        return Stmt(.functionDef(def), span(from: start))
    }

    func parseClassDef(decorators: [Expr], start: Token) throws(ParseError) -> Stmt {
        let classToken = advance()
        let name = try expectIdentifier().text
        var bases: [Expr] = []
        var keywords: [Keyword] = []
        if acceptOp("(") != nil {
            (bases, keywords) = try parseCallArguments()
            try expectOp(")")
        }
        let body = try parseBlock(after: "class definition", headerLine: classToken.line)
        let def = ClassDef(name: name, bases: bases, keywords: keywords, body: body, decorators: decorators)
        return Stmt(.classDef(def), span(from: start))
    }
}
