// Expressions by precedence, lowest first, exactly as Python's grammar:
// lambda < if-else < or < and < not < comparisons < | < ^ < & < shifts <
// +,- < *,/,//,%,@ < unary < ** < await < primary.

extension Parser {
    static let expressionKeywords: Set<String> = ["not", "lambda", "await", "None", "True", "False"]

    func startsExpression(_ t: Token) -> Bool {
        switch t.kind {
        case .name:
            return !pythonKeywords.contains(t.text) || Parser.expressionKeywords.contains(t.text)
        case .number, .string:
            return true
        case .op:
            return ["(", "[", "{", "-", "+", "~", "..."].contains(t.text)
        default:
            return false
        }
    }

    /// star_expressions: a tuple without parentheses when there are commas.
    func parseStarExpressions() throws(ParseError) -> Expr {
        let start = current
        let first = try parseStarExpression()
        guard checkOp(",") else { return first }
        var elements = [first]
        while acceptOp(",") != nil {
            guard startsExpression(current) || checkOp("*") else { break }
            elements.append(try parseStarExpression())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    /// star_expression: '*' bitwise_or | expression
    func parseStarExpression() throws(ParseError) -> Expr {
        if let star = acceptOp("*") {
            let value = try parseBitOr()
            return Expr(.starred(value), span(from: star))
        }
        return try parseExpression()
    }

    /// star_named_expression: '*' bitwise_or | named_expression (display elements)
    func parseStarNamedExpression() throws(ParseError) -> Expr {
        if let star = acceptOp("*") {
            let value = try parseBitOr()
            return Expr(.starred(value), span(from: star))
        }
        return try parseNamedExpression()
    }

    /// named_expression: NAME ':=' expression | expression !':='
    /// `equalsMayFollow` is for call arguments, which explain a stray '=' themselves.
    func parseNamedExpression(equalsMayFollow: Bool = false) throws(ParseError) -> Expr {
        if current.kind == .name, !isKeyword(current), peek().isOp(":=") {
            let name = advance()
            advance()
            let value = try parseExpression()
            return Expr(.namedExpr(target: name.text, value: value), span(from: name))
        }
        let expr = try parseExpression()
        if checkOp(":=") {
            throw error("cannot use assignment expressions with \(exprName(expr))", loc: expr.loc)
        }
        if checkOp("=") && !equalsMayFollow { try explainStrayEquals(expr) }
        return expr
    }

    /// CPython's invalid_named_expression: `if x = 1:` reads like a comparison.
    func explainStrayEquals(_ target: Expr) throws(ParseError) {
        let saved = pos
        advance()
        guard startsExpression(current), let value = try? parseBitOr(), !checkOp("="), !checkOp(":=") else {
            pos = saved
            return
        }
        if case .name = target.kind {
            throw error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", loc: span(target.loc, value.loc))
        }
        if isBitwiseLevel(target) {
            throw error("cannot assign to \(exprName(target)) here. Maybe you meant '==' instead of '='?", loc: target.loc)
        }
        pos = saved
    }

    /// expression: lambda | disjunction ['if' disjunction 'else' expression]
    func parseExpression() throws(ParseError) -> Expr {
        try enter()
        defer { leave() }
        if checkKeyword("lambda") { return try parseLambda() }
        if isLoneAtom() { return try parseAtom() }
        let start = current
        let body = try parseDisjunction()
        guard checkKeyword("if") else { return body }
        advance()
        let test = try parseDisjunction()
        guard acceptKeyword("else") != nil else {
            throw error("expected 'else' after 'if' expression", loc: span(body.loc, test.loc))
        }
        let orelse = try parseExpression()
        return Expr(.ifExp(test: test, body: body, orelse: orelse), span(from: start))
    }

    /// A name or number followed by a token that ends an expression: its
    /// own expression. Every precedence level below `parseExpression` would
    /// find no operator and hand it down, and arguments, targets and values
    /// are mostly this (a fifth of parsing the asyncio prelude went there).
    func isLoneAtom() -> Bool {
        guard pos + 1 < tokens.count else { return false }
        let next = tokens[pos + 1]
        switch next.kind {
        case .newline: break
        case .op:
            switch next.text {
            case ")", "]", "}", ",", ":", "=": break
            default: return false
            }
        default: return false
        }
        let t = tokens[pos]
        switch t.kind {
        case .number: return true
        case .name: return !pythonKeywords.contains(t.text) || t.text == "None" || t.text == "True" || t.text == "False"
        default: return false
        }
    }

    func parseLambda() throws(ParseError) -> Expr {
        let start = advance()
        let parameters = try parseParameters(closing: ":", allowAnnotations: false)
        try expectOp(":")
        let body = try parseExpression()
        return Expr(.lambda(parameters, body), span(from: start))
    }

    func parseDisjunction() throws(ParseError) -> Expr {
        let start = current
        let first = try parseConjunction()
        guard checkKeyword("or") else { return first }
        var values = [first]
        while acceptKeyword("or") != nil { values.append(try parseConjunction()) }
        return Expr(.boolOp(.or, values), span(from: start))
    }

    func parseConjunction() throws(ParseError) -> Expr {
        let start = current
        let first = try parseInversion()
        guard checkKeyword("and") else { return first }
        var values = [first]
        while acceptKeyword("and") != nil { values.append(try parseInversion()) }
        return Expr(.boolOp(.and, values), span(from: start))
    }

    func parseInversion() throws(ParseError) -> Expr {
        guard let notToken = acceptKeyword("not") else { return try parseComparison() }
        try enter()
        defer { leave() }
        let operand = try parseInversion()
        return Expr(.unary(.not, operand), span(from: notToken))
    }

    func comparisonOperator() -> (CompareOp, Int)? {
        let t = current
        if t.kind == .op {
            switch t.text {
            case "==": return (.eq, 1)
            case "!=": return (.ne, 1)
            case "<": return (.lt, 1)
            case "<=": return (.le, 1)
            case ">": return (.gt, 1)
            case ">=": return (.ge, 1)
            default: return nil
            }
        }
        if t.isName("in") { return (.in, 1) }
        if t.isName("not") && peek().isName("in") { return (.notIn, 2) }
        if t.isName("is") { return peek().isName("not") ? (.isNot, 2) : (.is, 1) }
        return nil
    }

    func parseComparison() throws(ParseError) -> Expr {
        let start = current
        let left = try parseBitOr()
        var comparisons: [(CompareOp, Expr)] = []
        while let (op, width) = comparisonOperator() {
            for _ in 0..<width { advance() }
            comparisons.append((op, try parseBitOr()))
        }
        if comparisons.isEmpty { return left }
        return Expr(.compare(left, comparisons), span(from: start))
    }

    /// One left-associative binary level; `op` maps an operator token to its BinaryOp.
    private func parseBinaryLevel(_ op: (String) -> BinaryOp?, next: () throws(ParseError) -> Expr) throws(ParseError) -> Expr {
        let start = current
        var left = try next()
        // Each link of a chain deepens the tree; count it like nesting.
        var links = 0
        defer { depth -= links }
        while current.kind == .op, let op = op(current.text) {
            try enter()
            links += 1
            advance()
            let right = try next()
            left = Expr(.binary(op, left, right), span(from: start))
        }
        return left
    }

    func parseBitOr() throws(ParseError) -> Expr {
        try parseBinaryLevel({ $0 == "|" ? .bitor : nil }, next: parseBitXor)
    }

    func parseBitXor() throws(ParseError) -> Expr {
        try parseBinaryLevel({ $0 == "^" ? .bitxor : nil }, next: parseBitAnd)
    }

    func parseBitAnd() throws(ParseError) -> Expr {
        try parseBinaryLevel({ $0 == "&" ? .bitand : nil }, next: parseShift)
    }

    func parseShift() throws(ParseError) -> Expr {
        try parseBinaryLevel({ $0 == "<<" ? .lshift : $0 == ">>" ? .rshift : nil }, next: parseSum)
    }

    func parseSum() throws(ParseError) -> Expr {
        try parseBinaryLevel({ $0 == "+" ? .add : $0 == "-" ? .sub : nil }, next: parseTerm)
    }

    func parseTerm() throws(ParseError) -> Expr {
        try parseBinaryLevel({ text in
            switch text {
            case "*": .mul
            case "/": .truediv
            case "//": .floordiv
            case "%": .mod
            case "@": .matmul
            default: nil
            }
        }, next: parseFactor)
    }

    /// factor: ('+' | '-' | '~') factor | power
    func parseFactor() throws(ParseError) -> Expr {
        let t = current
        let op: UnaryOp? = t.kind != .op ? nil : t.text == "-" ? .neg : t.text == "+" ? .pos : t.text == "~" ? .invert : nil
        guard let op else { return try parsePower() }
        advance()
        try enter()
        defer { leave() }
        let operand = try parseFactor()
        return Expr(.unary(op, operand), span(from: t))
    }

    /// power: await_primary ['**' factor] — right-associative, and tighter than a unary on its left.
    func parsePower() throws(ParseError) -> Expr {
        let start = current
        let base = try parseAwaitPrimary()
        guard acceptOp("**") != nil else { return base }
        try enter()
        defer { leave() }
        let exponent = try parseFactor()
        return Expr(.binary(.pow, base, exponent), span(from: start))
    }

    func parseAwaitPrimary() throws(ParseError) -> Expr {
        guard let awaitToken = acceptKeyword("await") else { return try parsePrimary() }
        let value = try parsePrimary()
        return Expr(.await(value), span(from: awaitToken))
    }

    /// primary: atom followed by '.' NAME, '(' arguments ')', '[' slices ']'.
    func parsePrimary() throws(ParseError) -> Expr {
        let start = current
        var expr = try parseAtom()
        var links = 0
        defer { depth -= links }
        while true {
            if checkOp(".") || checkOp("(") || checkOp("[") {
                try enter()
                links += 1
            }
            if acceptOp(".") != nil {
                let name = try expectIdentifier()
                expr = Expr(.attribute(expr, name.text), span(from: start))
            } else if checkOp("(") {
                advance()
                let (args, keywords) = try parseCallArguments()
                try expectOp(")")
                expr = Expr(.call(expr, args: args, keywords: keywords), span(from: start))
            } else if checkOp("[") {
                advance()
                let index = try parseSlices()
                try expectOp("]")
                expr = Expr(.subscript(expr, index), span(from: start))
            } else {
                return expr
            }
        }
    }

    /// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
    func parseYieldExpression() throws(ParseError) -> Expr {
        let start = advance()
        if acceptKeyword("from") != nil {
            let value = try parseExpression()
            return Expr(.yieldFrom(value), span(from: start))
        }
        guard startsExpression(current) || checkOp("*") else { return Expr(.yield(nil), start.loc) }
        let value = try parseStarExpressions()
        return Expr(.yield(value), span(from: start))
    }
}
