// Atoms: names, literals, and bracketed displays (tuples, lists, dicts, sets,
// comprehensions, generator expressions).

extension Parser {
    func parseAtom() throws(ParseError) -> Expr {
        let t = current
        switch t.kind {
        case .name:
            switch t.text {
            case "None": advance(); return Expr(.constant(.none), t.loc)
            case "True": advance(); return Expr(.constant(.true), t.loc)
            case "False": advance(); return Expr(.constant(.false), t.loc)
            default:
                if pythonKeywords.contains(t.text) { throw genericError() }
                advance()
                return Expr(.name(t.text), t.loc)
            }
        case .number:
            advance()
            return Expr(.constant(try parseNumber(t)), t.loc)
        case .string:
            return try parseStrings()
        case .op:
            switch t.text {
            case "(": return try parseParenthesized()
            case "[": return try parseListDisplay()
            case "{": return try parseBraceDisplay()
            case "...": advance(); return Expr(.constant(.ellipsis), t.loc)
            default: throw genericError()
            }
        default:
            throw genericError()
        }
    }

    func parseNumber(_ t: Token) throws(ParseError) -> Constant {
        let text = t.text.filter { $0 != "_" }
        if let last = text.last, last == "j" || last == "J" {
            // Too large a literal (1e999j) is infinite, as CPython's strtod makes it.
            return .imaginary(Double(String(text.dropLast())) ?? .infinity)
        }
        let lower = text.lowercased()
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where lower.hasPrefix(prefix) {
            let digits = String(lower.dropFirst(2))
            if let v = Int(digits, radix: radix) { return .int(v) }
            return .bigint(bigDecimalString(digits, radix: radix))
        }
        if lower.contains(".") || lower.contains("e") {
            return .float(Double(lower) ?? .infinity)
        }
        if let v = Int(lower) { return .int(v) }
        var digits = Substring(lower)
        while digits.count > 1 && digits.first == "0" { digits = digits.dropFirst() }
        return .bigint(String(digits))
    }

    /// Converts digits in `radix` to decimal digits (schoolbook, for literals beyond Int).
    func bigDecimalString(_ digits: String, radix: Int) -> String {
        var decimal: [UInt8] = [0]  // little-endian base-10 digits
        for ch in digits {
            guard let d = ch.hexDigitValue else { continue }
            var carry = d
            for i in decimal.indices {
                let v = Int(decimal[i]) * radix + carry
                decimal[i] = UInt8(v % 10)
                carry = v / 10
            }
            while carry > 0 {
                decimal.append(UInt8(carry % 10))
                carry /= 10
            }
        }
        while decimal.count > 1 && decimal.last == 0 { decimal.removeLast() }
        return String(decimal.reversed().map { Character(String($0)) })
    }

    /// '(' ... ')': empty tuple, grouping, tuple, generator expression, or yield.
    func parseParenthesized() throws(ParseError) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        if let close = acceptOp(")") { return Expr(.tuple([]), span(open.loc, close.loc)) }
        if checkKeyword("yield") {
            let y = try parseYieldExpression()
            try expectOp(")")
            return y
        }
        let first = try parseStarNamedExpression()
        if isComprehensionStart() {
            let generators = try parseComprehensionClauses()
            let close = try expectOp(")")
            return Expr(.generatorExp(first, generators), span(open.loc, close.loc))
        }
        if acceptOp(")") != nil {
            if case .starred = first.kind {
                throw error("cannot use starred expression here", loc: first.loc)
            }
            return first
        }
        var elements = [first]
        while true {
            if checkOp(",") {
                advance()
                if checkOp(")") { break }
                elements.append(try parseStarNamedExpression())
                continue
            }
            if checkOp(")") { break }
            throw try missingCommaError(after: elements[elements.count - 1])
        }
        let close = try expectOp(")")
        return Expr(.tuple(elements), span(open.loc, close.loc))
    }

    func parseListDisplay() throws(ParseError) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        if let close = acceptOp("]") { return Expr(.list([]), span(open.loc, close.loc)) }
        let first = try parseStarNamedExpression()
        if isComprehensionStart() {
            let generators = try parseComprehensionClauses()
            let close = try expectOp("]")
            return Expr(.listComp(first, generators), span(open.loc, close.loc))
        }
        let elements = try parseDisplayRest(first: first, closing: "]")
        let close = try expectOp("]")
        return Expr(.list(elements), span(open.loc, close.loc))
    }

    /// The remaining comma-separated elements of a list or set display.
    func parseDisplayRest(first: Expr, closing: String) throws(ParseError) -> [Expr] {
        var elements = [first]
        while !checkOp(closing) {
            guard acceptOp(",") != nil else { throw try missingCommaError(after: elements[elements.count - 1]) }
            if checkOp(closing) { break }
            elements.append(try parseStarNamedExpression())
        }
        return elements
    }

    /// '{' ... '}': dict, set, or their comprehensions.
    func parseBraceDisplay() throws(ParseError) -> Expr {
        let open = advance()
        try enter()
        defer { leave() }
        if let close = acceptOp("}") { return Expr(.dict([]), span(open.loc, close.loc)) }
        if acceptOp("**") != nil {
            let mapping = try parseBitOr()
            return try parseDictRest(open: open, first: (nil, mapping))
        }
        let first = try parseStarNamedExpression()
        if acceptOp(":") != nil {
            let value = try parseExpression()
            if isComprehensionStart() {
                let generators = try parseComprehensionClauses()
                let close = try expectOp("}")
                return Expr(.dictComp(key: first, value: value, generators), span(open.loc, close.loc))
            }
            return try parseDictRest(open: open, first: (first, value))
        }
        if isComprehensionStart() {
            let generators = try parseComprehensionClauses()
            let close = try expectOp("}")
            return Expr(.setComp(first, generators), span(open.loc, close.loc))
        }
        let elements = try parseDisplayRest(first: first, closing: "}")
        let close = try expectOp("}")
        return Expr(.set(elements), span(open.loc, close.loc))
    }

    func parseDictRest(open: Token, first: (Expr?, Expr)) throws(ParseError) -> Expr {
        var items: [(key: Expr?, value: Expr)] = [(key: first.0, value: first.1)]
        while !checkOp("}") {
            guard acceptOp(",") != nil else { throw try missingCommaError(after: items[items.count - 1].value) }
            if checkOp("}") { break }
            if acceptOp("**") != nil {
                items.append((key: nil, value: try parseBitOr()))
                continue
            }
            let key = try parseExpression()
            guard acceptOp(":") != nil else {
                throw error("':' expected after dictionary key", loc: key.loc)
            }
            items.append((key: key, value: try parseExpression()))
        }
        let close = try expectOp("}")
        return Expr(.dict(items), span(open.loc, close.loc))
    }

    /// CPython's invalid_expression: two expressions side by side inside brackets.
    func missingCommaError(after previousExpr: Expr) throws(ParseError) -> ParseError {
        guard startsExpression(current), !checkKeyword("not") || !peek().isName("in") else {
            return genericError()
        }
        if case .name = previousExpr.kind, current.kind == .string { return genericError() }
        if previousExpr.loc.endLine == current.line, previousExpr.loc.endColumn == current.column,
           case .name = previousExpr.kind {
            return genericError()
        }
        let saved = pos
        guard let next = try? parseExpression() else {
            pos = saved
            return genericError()
        }
        return error("invalid syntax. Perhaps you forgot a comma?", loc: span(previousExpr.loc, next.loc))
    }

    func isComprehensionStart() -> Bool {
        checkKeyword("for") || (checkKeyword("async") && peek().isName("for"))
    }

    /// ('async'? 'for' targets 'in' disjunction ('if' disjunction)*)+
    func parseComprehensionClauses() throws(ParseError) -> [Comprehension] {
        var generators: [Comprehension] = []
        while isComprehensionStart() {
            let isAsync = acceptKeyword("async") != nil
            try expectKeyword("for")
            let target = try parseTargetList()
            if let bad = invalidTarget(target, mode: .forTarget) {
                throw error("cannot assign to \(exprName(bad))", loc: bad.loc)
            }
            try expectKeyword("in")
            let iter = try parseDisjunction()
            var ifs: [Expr] = []
            while acceptKeyword("if") != nil { ifs.append(try parseDisjunction()) }
            generators.append(Comprehension(target: target, iter: iter, ifs: ifs, isAsync: isAsync))
        }
        return generators
    }
}
