// Assignment, deletion and loop targets, and CPython's names for expression
// kinds in "cannot assign to ..." messages (_PyPegen_get_expr_name).

enum TargetMode {
    case assign, delete, forTarget
}

extension Parser {
    /// star_targets for `for` loops and comprehensions: stops before `in`.
    func parseTargetList() throws(ParseError) -> Expr {
        let start = current
        let first = try parseStarTarget()
        guard checkOp(",") else { return first }
        var elements = [first]
        while acceptOp(",") != nil {
            guard startsExpression(current) || checkOp("*") else { break }
            elements.append(try parseStarTarget())
        }
        return Expr(.tuple(elements), span(from: start))
    }

    func parseStarTarget() throws(ParseError) -> Expr {
        if let star = acceptOp("*") {
            let value = try parseBitOr()
            return Expr(.starred(value), span(from: star))
        }
        return try parseBitOr()
    }

    /// The first sub-expression that cannot be a target (_PyPegen_get_invalid_target).
    func invalidTarget(_ e: Expr, mode: TargetMode) -> Expr? {
        switch e.kind {
        case .name, .attribute, .subscript:
            return nil
        case .tuple(let elements), .list(let elements):
            for element in elements {
                if let bad = invalidTarget(element, mode: mode) { return bad }
            }
            return nil
        case .starred(let value):
            return mode == .delete ? e : invalidTarget(value, mode: mode)
        case .compare(let left, let ops):
            if mode == .forTarget, let first = ops.first, first.0 == .in { return invalidTarget(left, mode: mode) }
            return e
        default:
            return e
        }
    }
}

/// CPython's wording for an expression kind in syntax errors.
func exprName(_ e: Expr) -> String {
    switch e.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolOp, .binary, .unary: return "expression"
    case .generatorExp: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .fstring: return "f-string expression"
    case .compare: return "comparison"
    case .ifExp: return "conditional expression"
    case .namedExpr: return "named expression"
    case .slice: return "slice"
    case .constant(let c):
        switch c {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "ellipsis"
        default: return "literal"
        }
    }
}
