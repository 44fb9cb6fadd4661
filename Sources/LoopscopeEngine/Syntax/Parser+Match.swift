// The `match` statement and its patterns (Grammar/python.gram's match_stmt,
// patterns, ...). `match` and `case` are soft keywords: when the line does not
// parse as a match statement the parser backs up and reads `match` as a name.

extension Parser {
    /// A match statement starting at `match`, or nil (position unchanged) when
    /// `match` is an ordinary name here (`match(x)`, `re.match`, `match = 1`).
    func parseMatchStatement() throws(ParseError) -> Stmt? {
        let start = current
        let saved = pos
        advance()
        guard startsExpression(current) || checkOp("*"), let subject = try? parseMatchSubject() else {
            // `match *x:` is no expression statement either: CPython stops at the ':'.
            pos = saved + 1
            if checkOp("*"), (try? parseStarNamedExpression()) != nil, checkOp(":") { throw genericError() }
            pos = saved
            return nil
        }
        guard checkOp(":") else {
            // CPython's invalid_match_stmt: only when the line is nothing else.
            let newline = current
            pos = saved
            if newline.kind == .newline, (try? parseSimpleStatements()) == nil {
                throw error("expected ':'", at: newline)
            }
            pos = saved
            return nil
        }
        advance()
        guard current.kind == .newline else { throw genericError() }
        let newline = advance()
        guard current.kind == .indent else {
            throw missingIndentError(after: "'match' statement", headerLine: start.line, newline: newline)
        }
        advance()
        try enter()
        defer { leave() }
        var cases: [MatchCase] = []
        repeat {
            guard current.isName("case") else { throw genericError() }
            cases.append(try parseCaseBlock())
        } while current.kind != .dedent && current.kind != .endOfFile
        if current.kind == .dedent { advance() }
        return Stmt(.match(subject: subject, cases: cases), span(from: start))
    }

    /// subject_expr: star_named_expression ',' star_named_expressions? | named_expression
    private func parseMatchSubject() throws(ParseError) -> Expr {
        let start = current
        let first = try parseStarNamedExpression()
        guard checkOp(",") else {
            if case .starred = first.kind { throw genericError() }
            return first
        }
        var elements = [first]
        while acceptOp(",") != nil {
            guard startsExpression(current) || checkOp("*") else { break }
            elements.append(try parseStarNamedExpression())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    private func parseCaseBlock() throws(ParseError) -> MatchCase {
        let caseToken = advance()
        let pattern = try parsePatterns()
        var guardExpr: Expr?
        if acceptKeyword("if") != nil { guardExpr = try parseNamedExpression() }
        let body = try parseBlock(after: "'case' statement", headerLine: caseToken.line)
        return MatchCase(pattern: pattern, guardExpr: guardExpr, body: body)
    }

    /// patterns: open_sequence_pattern | pattern
    private func parsePatterns() throws(ParseError) -> Pattern {
        let start = current
        let first = try parseMaybeStarPattern()
        guard checkOp(",") else {
            if case .star = first.kind { throw genericError() }
            return first
        }
        var elements = [first]
        while acceptOp(",") != nil {
            if checkOp(":") || checkKeyword("if") { break }
            elements.append(try parseMaybeStarPattern())
        }
        return Pattern(.sequence(elements), span(from: start))
    }

    private func parseMaybeStarPattern() throws(ParseError) -> Pattern {
        guard let star = acceptOp("*") else { return try parsePattern() }
        let name = try captureTarget(allowWildcard: true)
        return Pattern(.star(name), span(from: star))
    }

    /// A NAME that can be bound (not followed by '.', '(' or '='); nil for `_`.
    private func captureTarget(allowWildcard: Bool) throws(ParseError) -> String? {
        guard current.kind == .name, !isKeyword(current) else { throw genericError() }
        let next = peek()
        if next.isOp(".") || next.isOp("(") || next.isOp("=") { throw genericError(at: next) }
        if current.text == "_" {
            guard allowWildcard else { throw genericError() }
            advance()
            return nil
        }
        return advance().text
    }

    /// pattern: or_pattern ['as' pattern_capture_target]
    private func parsePattern() throws(ParseError) -> Pattern {
        let start = current
        let orPattern = try parseOrPattern()
        guard acceptKeyword("as") != nil else { return orPattern }
        if current.isName("_") { throw error("cannot use '_' as a target", at: current) }
        if current.kind != .name || isKeyword(current) {
            let target = try parseExpression()
            throw error("invalid pattern target", loc: target.loc)
        }
        let name = try captureTarget(allowWildcard: false)
        return Pattern(.matchAs(orPattern, name), span(from: start))
    }

    private func parseOrPattern() throws(ParseError) -> Pattern {
        let start = current
        let first = try parseClosedPattern()
        guard checkOp("|") else { return first }
        var alternatives = [first]
        while acceptOp("|") != nil { alternatives.append(try parseClosedPattern()) }
        return Pattern(.or(alternatives), span(from: start))
    }

    private func parseClosedPattern() throws(ParseError) -> Pattern {
        try enter()
        defer { leave() }
        let start = current
        switch start.kind {
        case .number:
            return Pattern(.value(try parseSignedNumber()), span(from: start))
        case .string:
            let value = try parseStrings()
            if case .fstring = value.kind {
                throw error("patterns may only match literals and attribute lookups", loc: value.loc)
            }
            return Pattern(.value(value), value.loc)
        case .name:
            switch start.text {
            case "None": advance(); return Pattern(.singleton(.none), start.loc)
            case "True": advance(); return Pattern(.singleton(.true), start.loc)
            case "False": advance(); return Pattern(.singleton(.false), start.loc)
            default: break
            }
            guard !isKeyword(start) else { throw genericError() }
            let target = try parseNameOrAttribute()
            if acceptOp("(") != nil { return try parseClassPattern(target, start: start) }
            if case .attribute = target.kind { return Pattern(.value(target), target.loc) }
            return Pattern(.matchAs(nil, start.text == "_" ? nil : start.text), start.loc)
        case .op:
            switch start.text {
            case "-": return Pattern(.value(try parseSignedNumber()), span(from: start))
            case "(": return try parseGroupOrSequence()
            case "[":
                advance()
                let elements = try parseSequenceElements(closing: "]")
                return Pattern(.sequence(elements), span(from: start))
            case "{": return try parseMappingPattern()
            default: throw genericError()
            }
        default:
            throw genericError()
        }
    }

    /// signed_number, and complex literals: signed_real_number ('+' | '-') imaginary_number.
    private func parseSignedNumber() throws(ParseError) -> Expr {
        let start = current
        let minus = acceptOp("-")
        guard current.kind == .number else { throw genericError() }
        let number = advance()
        let real = try parseNumber(number)
        var value = Expr(.constant(real), number.loc)
        if minus != nil { value = Expr(.unary(.neg, value), span(from: start)) }
        if checkOp("+") || checkOp("-") {
            let op: BinaryOp = advance().text == "+" ? .add : .sub
            guard current.kind == .number else { throw genericError() }
            let imaginary = current
            let imag = try parseNumber(imaginary)
            guard case .imaginary = imag else {
                throw error("imaginary number required in complex literal", at: imaginary)
            }
            if case .imaginary = real { throw error("real number required in complex literal", at: number) }
            advance()
            value = Expr(.binary(op, value, Expr(.constant(imag), imaginary.loc)), span(from: start))
        }
        return value
    }

    /// name_or_attr: NAME ('.' NAME)*
    private func parseNameOrAttribute() throws(ParseError) -> Expr {
        let start = advance()
        var expr = Expr(.name(start.text), start.loc)
        while acceptOp(".") != nil {
            let name = try expectIdentifier()
            expr = Expr(.attribute(expr, name.text), span(from: start))
        }
        return expr
    }

    private func parseGroupOrSequence() throws(ParseError) -> Pattern {
        let open = advance()
        if acceptOp(")") != nil { return Pattern(.sequence([]), span(from: open)) }
        let first = try parseMaybeStarPattern()
        if acceptOp(")") != nil {
            if case .star = first.kind { throw genericError(at: previous) }
            return first
        }
        guard acceptOp(",") != nil else { throw genericError() }
        let rest = checkOp(")") ? [] : try parseSequenceElements(closing: ")")
        if rest.isEmpty { try expectOp(")") }
        return Pattern(.sequence([first] + rest), span(from: open))
    }

    /// maybe_sequence_pattern and its closing bracket.
    private func parseSequenceElements(closing: String) throws(ParseError) -> [Pattern] {
        var elements: [Pattern] = []
        while acceptOp(closing) == nil {
            elements.append(try parseMaybeStarPattern())
            if acceptOp(",") == nil {
                try expectOp(closing)
                break
            }
        }
        return elements
    }

    private func parseMappingPattern() throws(ParseError) -> Pattern {
        let open = advance()
        var keys: [Expr] = [], patterns: [Pattern] = []
        var rest: String?
        while acceptOp("}") == nil {
            if acceptOp("**") != nil {
                guard let name = try captureTarget(allowWildcard: false) else { throw genericError() }
                rest = name
                _ = acceptOp(",")
                try expectOp("}")
                break
            }
            keys.append(try parseMappingKey())
            try expectOp(":")
            patterns.append(try parsePattern())
            if acceptOp(",") == nil {
                try expectOp("}")
                break
            }
        }
        return Pattern(.mapping(keys: keys, patterns: patterns, rest: rest), span(from: open))
    }

    /// key_value_pattern's key: a literal or a dotted name.
    private func parseMappingKey() throws(ParseError) -> Expr {
        let start = current
        switch start.kind {
        case .number: return try parseSignedNumber()
        case .op where start.text == "-": return try parseSignedNumber()
        case .string:
            let value = try parseStrings()
            if case .fstring = value.kind {
                throw error("patterns may only match literals and attribute lookups", loc: value.loc)
            }
            return value
        case .name where ["None", "True", "False"].contains(start.text):
            return try parseAtom()
        case .name where !isKeyword(start):
            guard peek().isOp(".") else { throw genericError(at: peek()) }
            return try parseNameOrAttribute()
        default:
            throw genericError()
        }
    }

    /// After `Name(`: positional patterns, then `name=pattern` keywords.
    private func parseClassPattern(_ cls: Expr, start: Token) throws(ParseError) -> Pattern {
        var positional: [Pattern] = [], names: [String] = [], keywords: [Pattern] = []
        while acceptOp(")") == nil {
            if current.kind == .name, !isKeyword(current), peek().isOp("=") {
                names.append(advance().text)
                advance()
                keywords.append(try parsePattern())
            } else {
                let p = try parsePattern()
                if !names.isEmpty { throw error("positional patterns follow keyword patterns", loc: p.loc) }
                positional.append(p)
            }
            if acceptOp(",") == nil {
                try expectOp(")")
                break
            }
        }
        return Pattern(.cls(cls, positional: positional, keywordNames: names, keywordPatterns: keywords),
                       span(from: start))
    }
}
