// Call arguments, parameter lists (def and lambda) and subscript slices.

extension Parser {
    /// arguments: positional, `*iterable`, `name=value`, `**mapping`, or a sole generator expression.
    func parseCallArguments() throws(ParseError) -> ([Expr], [Keyword]) {
        var args: [Expr] = []
        var keywords: [Keyword] = []
        var last: Expr?
        // CPython reports a positional argument after keywords once the whole
        // argument list is read, at the token that follows it.
        var misplacedPositional: String?
        let openParen = previous
        try enter()
        defer { leave() }
        while !checkOp(")") {
            let start = current
            if acceptOp("*") != nil {
                let value = try parseExpression()
                let starred = Expr(.starred(value), span(from: start))
                if keywords.contains(where: { $0.name == nil }) {
                    throw error("iterable argument unpacking follows keyword argument unpacking", loc: start.loc)
                }
                args.append(starred)
                last = starred
            } else if acceptOp("**") != nil {
                let value = try parseExpression()
                keywords.append(Keyword(name: nil, value: value, loc: span(from: start)))
                last = value
            } else if start.kind == .name, peek().isOp("=") {
                if isKeyword(start) && !["True", "False", "None"].contains(start.text) { throw genericError() }
                if ["True", "False", "None"].contains(start.text) {
                    throw error("cannot assign to \(start.text)", at: start)
                }
                advance()
                advance()
                let value = try parseExpression()
                keywords.append(Keyword(name: start.text, value: value, loc: span(from: start)))
                last = value
            } else {
                var value = try parseNamedExpression(equalsMayFollow: true)
                if isComprehensionStart() {
                    let generators = try parseComprehensionClauses()
                    value = Expr(.generatorExp(value, generators), span(from: start))
                    if !args.isEmpty || !keywords.isEmpty || (checkOp(",") && !peek().isOp(")")) {
                        throw error("Generator expression must be parenthesized", loc: value.loc)
                    }
                    // A sole generator argument borrows the call's parentheses, as in CPython.
                    if checkOp(")") { value.loc = span(openParen.loc, current.loc) }
                } else if let equals = acceptOp("=") {
                    throw error("expression cannot contain assignment, perhaps you meant \"==\"?",
                                loc: span(value.loc, equals.loc))
                }
                if !keywords.isEmpty && misplacedPositional == nil {
                    let afterUnpacking = keywords.contains { $0.name == nil }
                    misplacedPositional = afterUnpacking ? "positional argument follows keyword argument unpacking"
                                                         : "positional argument follows keyword argument"
                }
                args.append(value)
                last = value
            }
            if acceptOp(",") == nil {
                if !checkOp(")"), let last { throw try missingCommaError(after: last) }
                break
            }
        }
        if let misplacedPositional { throw error(misplacedPositional, at: current) }
        return (args, keywords)
    }

    /// Parameters of a def (`allowAnnotations`) or a lambda, up to `closing`.
    func parseParameters(closing: String, allowAnnotations: Bool) throws(ParseError) -> Parameters {
        var params = Parameters()
        var seenDefault = false
        var seenStar = false
        var seenSlash = false
        while !checkOp(closing) {
            let start = current
            if acceptOp("/") != nil {
                if seenSlash { throw error("/ may appear only once", at: start) }
                if seenStar { throw error("/ must be ahead of *", at: start) }
                if params.positional.isEmpty { throw error("at least one argument must precede /", at: start) }
                seenSlash = true
                params.positionalOnlyCount = params.positional.count
            } else if acceptOp("**") != nil {
                let name = try expectIdentifier()
                params.kwargAnnotation = try parseAnnotation(allowAnnotations)
                if checkOp("=") { throw error("var-keyword argument cannot have default value", at: current) }
                params.kwarg = name.text
                _ = acceptOp(",")
                if !checkOp(closing) { throw error("arguments cannot follow var-keyword argument", at: current) }
                break
            } else if acceptOp("*") != nil {
                if seenStar { throw error("* argument may appear only once", at: start) }
                seenStar = true
                if current.kind == .name {
                    let name = try expectIdentifier()
                    params.varargAnnotation = try parseAnnotation(allowAnnotations)
                    if checkOp("=") { throw error("var-positional argument cannot have default value", at: current) }
                    params.vararg = name.text
                } else if checkOp(closing) || (checkOp(",") && peek().isOp(closing)) {
                    throw error("named arguments must follow bare *", at: start)
                }
            } else {
                let name = try expectIdentifier()
                let annotation = try parseAnnotation(allowAnnotations)
                var defaultValue: Expr?
                if acceptOp("=") != nil { defaultValue = try parseExpression() }
                let param = Parameter(name: name.text, defaultValue: defaultValue, loc: name.loc, annotation: annotation)
                if seenStar {
                    params.keywordOnly.append(param)
                } else {
                    if defaultValue == nil && seenDefault {
                        throw error("non-default argument follows default argument", at: name)
                    }
                    if defaultValue != nil { seenDefault = true }
                    params.positional.append(param)
                }
            }
            if acceptOp(",") == nil { break }
        }
        return params
    }

    private func parseAnnotation(_ allowed: Bool) throws(ParseError) -> Expr? {
        guard allowed, acceptOp(":") != nil else { return nil }
        return try parseExpression()
    }

    /// slices: a single slice/expression, or a tuple of them (`a[i, j]`, `a[1:2, ::3]`).
    func parseSlices() throws(ParseError) -> Expr {
        let start = current
        try enter()
        defer { leave() }
        let first = try parseSliceItem()
        guard checkOp(",") else {
            // `a[*b]` indexes with a one-element tuple.
            if case .starred = first.kind { return Expr(.tuple([first]), first.loc) }
            return first
        }
        var elements = [first]
        while acceptOp(",") != nil {
            if checkOp("]") { break }
            elements.append(try parseSliceItem())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    func parseSliceItem() throws(ParseError) -> Expr {
        let start = current
        if checkOp("*") { return try parseStarExpression() }
        var lower: Expr?
        if !checkOp(":") {
            let e = try parseNamedExpression()
            if !checkOp(":") { return e }
            lower = e
        }
        advance()
        let upper = startsExpression(current) ? try parseExpression() : nil
        var step: Expr?
        if acceptOp(":") != nil, startsExpression(current) { step = try parseExpression() }
        return Expr(.slice(lower: lower, upper: upper, step: step), span(from: start))
    }
}
