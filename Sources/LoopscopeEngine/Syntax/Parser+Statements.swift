// Simple statements: expression statements, assignments, and the keyword
// statements that fit on one line (`return`, `import`, `global`, ...).

extension Parser {
    func parseStatement() throws(ParseError) -> [Stmt] {
        if current.kind == .indent || current.kind == .dedent { throw genericError() }
        if let compound = try parseCompoundStatement() { return [compound] }
        return try parseSimpleStatements()
    }

    /// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
    func parseSimpleStatements() throws(ParseError) -> [Stmt] {
        var stmts = [try parseSimpleStatement()]
        while acceptOp(";") != nil {
            if current.kind == .newline { break }
            stmts.append(try parseSimpleStatement())
        }
        guard current.kind == .newline else { throw genericError() }
        advance()
        return stmts
    }

    func parseSimpleStatement() throws(ParseError) -> Stmt {
        let start = current
        if start.kind == .name {
            switch start.text {
            case "pass":
                advance()
                return Stmt(.pass, start.loc)
            case "break":
                advance()
                return Stmt(.break, start.loc)
            case "continue":
                advance()
                return Stmt(.continue, start.loc)
            case "return":
                advance()
                let value = startsExpression(current) || checkOp("*") ? try parseStarExpressions() : nil
                return Stmt(.return(value), span(from: start))
            case "raise":
                return try parseRaise()
            case "global", "nonlocal":
                advance()
                var names = [try expectIdentifier().text]
                while acceptOp(",") != nil { names.append(try expectIdentifier().text) }
                return Stmt(start.text == "global" ? .global(names) : .nonlocal(names), span(from: start))
            case "del":
                advance()
                let targets = try parseDelTargets()
                return Stmt(.delete(targets), span(from: start))
            case "assert":
                advance()
                let test = try parseExpression()
                let msg = acceptOp(",") != nil ? try parseExpression() : nil
                return Stmt(.assert(test: test, msg: msg), span(from: start))
            case "import":
                return try parseImport()
            case "from":
                return try parseFromImport()
            default:
                break
            }
        }
        return try parseExpressionStatement()
    }

    func parseRaise() throws(ParseError) -> Stmt {
        let start = advance()
        guard startsExpression(current) else { return Stmt(.raise(exc: nil, cause: nil), start.loc) }
        let exc = try parseExpression()
        let cause = acceptKeyword("from") != nil ? try parseExpression() : nil
        return Stmt(.raise(exc: exc, cause: cause), span(from: start))
    }

    func parseDelTargets() throws(ParseError) -> [Expr] {
        var targets: [Expr] = []
        repeat {
            if !startsExpression(current) && !checkOp("*") { break }
            let target = try parseStarExpression()
            if let bad = invalidTarget(target, mode: .delete) {
                throw error("cannot delete \(exprName(bad))", loc: bad.loc)
            }
            targets.append(target)
        } while acceptOp(",") != nil
        if targets.isEmpty { throw genericError() }
        return targets
    }

    func dottedName() throws(ParseError) -> String {
        var name = try expectIdentifier().text
        while acceptOp(".") != nil { name += "." + (try expectIdentifier().text) }
        return name
    }

    func parseImport() throws(ParseError) -> Stmt {
        let start = advance()
        var aliases: [ImportAlias] = []
        repeat {
            let nameStart = current
            let name = try dottedName()
            let asName = acceptKeyword("as") != nil ? try expectIdentifier().text : nil
            aliases.append(ImportAlias(name: name, asName: asName, loc: span(from: nameStart)))
        } while acceptOp(",") != nil
        return Stmt(.import(aliases), span(from: start))
    }

    func parseFromImport() throws(ParseError) -> Stmt {
        let start = advance()
        var level = 0
        while true {
            if acceptOp(".") != nil { level += 1 } else if acceptOp("...") != nil { level += 3 } else { break }
        }
        var module = ""
        if !checkKeyword("import") { module = try dottedName() }
        if level == 0 && module.isEmpty { throw genericError() }
        try expectKeyword("import")
        if let star = acceptOp("*") {
            return Stmt(.importFrom(module: module, names: [ImportAlias(name: "*", asName: nil, loc: star.loc)],
                                    level: level), span(from: start))
        }
        let parenthesized = acceptOp("(") != nil
        var aliases: [ImportAlias] = []
        repeat {
            if parenthesized && checkOp(")") && !aliases.isEmpty { break }
            let nameStart = current
            let name = try expectIdentifier().text
            let asName = acceptKeyword("as") != nil ? try expectIdentifier().text : nil
            aliases.append(ImportAlias(name: name, asName: asName, loc: span(from: nameStart)))
        } while acceptOp(",") != nil
        if parenthesized {
            try expectOp(")")
        } else if previous.isOp(",") {
            throw error("trailing comma not allowed without surrounding parentheses", loc: previous.loc)
        }
        return Stmt(.importFrom(module: module, names: aliases, level: level), span(from: start))
    }

    static let augmentedOps: [String: BinaryOp] = [
        "+=": .add, "-=": .sub, "*=": .mul, "@=": .matmul, "/=": .truediv, "//=": .floordiv, "%=": .mod,
        "**=": .pow, "<<=": .lshift, ">>=": .rshift, "&=": .bitand, "|=": .bitor, "^=": .bitxor,
    ]

    func parseExpressionStatement() throws(ParseError) -> Stmt {
        let start = current
        let first = checkKeyword("yield") ? try parseYieldExpression() : try parseStarExpressions()

        if checkOp(":") {
            advance()
            if case .tuple = first.kind, !isParenthesized(first) {
                throw error("only single target (not tuple) can be annotated", loc: first.loc)
            }
            if let bad = invalidTarget(first, mode: .assign) {
                throw error("illegal target for annotation", loc: bad.loc)
            }
            let annotation = try parseExpression()
            var value: Expr?
            if acceptOp("=") != nil { value = try parseAssignmentValue() }
            return Stmt(.annAssign(target: first, annotation: annotation, value: value), span(from: start))
        }

        if current.kind == .op, let op = Parser.augmentedOps[current.text] {
            switch first.kind {
            case .name, .attribute, .subscript:
                break
            default:
                throw error("'\(exprName(first))' is an illegal expression for augmented assignment", loc: first.loc)
            }
            advance()
            let value = try parseAssignmentValue()
            return Stmt(.augAssign(target: first, op: op, value: value), span(from: start))
        }

        if checkOp("=") {
            var exprs = [first]
            while acceptOp("=") != nil {
                exprs.append(try parseAssignmentValue())
            }
            let value = exprs.removeLast()
            try validateAssignmentTargets(exprs)
            return Stmt(.assign(targets: exprs, value: value), span(from: start))
        }

        try checkLegacyPrint(first)
        return Stmt(.expr(first), span(from: start))
    }

    /// The right-hand side of `=`: a yield expression or star_expressions.
    func parseAssignmentValue() throws(ParseError) -> Expr {
        if checkKeyword("yield") { return try parseYieldExpression() }
        return try parseStarExpressions()
    }

    /// `print "hello"` → CPython's "Missing parentheses in call to 'print'".
    func checkLegacyPrint(_ expr: Expr) throws(ParseError) {
        guard case .name(let name) = expr.kind, name == "print" || name == "exec",
              startsExpression(current), !checkKeyword("if"), !checkKeyword("else") else { return }
        let saved = pos
        if let rest = try? parseStarExpressions() {
            throw error("Missing parentheses in call to '\(name)'. Did you mean \(name)(...)?",
                        loc: span(expr.loc, rest.loc))
        }
        pos = saved
    }

    func validateAssignmentTargets(_ targets: [Expr]) throws(ParseError) {
        for (i, target) in targets.enumerated() {
            guard let bad = invalidTarget(target, mode: .assign) else { continue }
            // CPython's invalid_named_expression: `a = b` where `a` is an ordinary
            // expression reads like a mistyped comparison.
            var adjacent = target
            if case .tuple(let elements) = target.kind, !isParenthesized(target), let last = elements.last {
                adjacent = last
            }
            if targets.count == 1 && i == 0, isBitwiseLevel(adjacent), invalidTarget(adjacent, mode: .assign) != nil {
                throw error("cannot assign to \(exprName(adjacent)) here. Maybe you meant '==' instead of '='?",
                            loc: adjacent.loc)
            }
            throw error("cannot assign to \(exprName(bad))", loc: bad.loc)
        }
    }

    /// True for expressions that CPython's `bitwise_or` rule produces and that
    /// are not excluded from the "Maybe you meant '=='" hint.
    func isBitwiseLevel(_ e: Expr) -> Bool {
        switch e.kind {
        case .compare, .boolOp, .ifExp, .lambda, .namedExpr, .starred, .yield, .yieldFrom,
             .list, .tuple, .generatorExp:
            return false
        case .unary(let op, _):
            return op != .not
        case .constant(let c):
            return c != .true && c != .false && c != .none
        default:
            return true
        }
    }

    /// A tuple written with parentheses starts before its first element.
    func isParenthesized(_ e: Expr) -> Bool {
        guard case .tuple(let elements) = e.kind, let first = elements.first else { return true }
        return first.loc.line != e.loc.line || first.loc.column != e.loc.column
    }
}
