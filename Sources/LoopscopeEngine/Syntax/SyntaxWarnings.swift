// Compile-time SyntaxWarnings CPython 3.11 prints to stderr before running a
// script ("is" with a literal, "perhaps you missed a comma?", always-true
// asserts, `1if`), and the result type that carries them with the Module.

public struct SyntaxWarningInfo: Sendable, Equatable {
    public var message: String
    public var line: Int
    /// The source line (with its newline), as linecache would read it.
    public var lineText: String?

    public init(message: String, line: Int, lineText: String?) {
        self.message = message
        self.line = line
        self.lineText = lineText
    }
}

/// A parsed, checked program and the warnings compiling it would print.
public struct ParsedProgram: Sendable {
    public var module: Module
    public var warnings: [SyntaxWarningInfo]
}

/// What `warnings.showwarning` writes for a SyntaxWarning:
/// `file.py:3: SyntaxWarning: message` and the stripped source line.
public func formatSyntaxWarning(_ warning: SyntaxWarningInfo, filename: String) -> String {
    var out = "\(filename):\(warning.line): SyntaxWarning: \(warning.message)\n"
    if let text = warning.lineText {
        let stripped = text.strippedSourceLine()
        if !stripped.isEmpty { out += "  \(stripped)\n" }
    }
    return out
}

private extension String {
    /// `str.strip()` for the whitespace that matters in source lines.
    func strippedSourceLine() -> String {
        let ws: Set<Character> = [" ", "\t", "\n", "\r", "\u{0C}", "\u{0B}"]
        var chars = Substring(self)
        while let f = chars.first, ws.contains(f) { chars = chars.dropFirst() }
        while let l = chars.last, ws.contains(l) { chars = chars.dropLast() }
        return String(chars)
    }
}

/// Collects warnings during the checks (the check structs are values).
final class WarningSink {
    var warnings: [SyntaxWarningInfo] = []
}

/// The compiler's literal checks (Python/compile.c: check_compare, check_caller,
/// check_subscripter, check_index), on the tree as CPython's AST optimizer
/// would leave it (constant tuples and negated numbers count as constants).
enum LiteralChecks {
    /// The type name of an expression CPython folds to a constant, if any.
    static func constantType(_ e: Expr) -> String? {
        switch e.kind {
        case .constant(let c):
            switch c {
            case .none: return "NoneType"
            case .true, .false: return "bool"
            case .ellipsis: return "ellipsis"
            case .int, .bigint: return "int"
            case .float: return "float"
            case .imaginary: return "complex"
            case .str: return "str"
            case .bytes: return "bytes"
            }
        case .tuple(let elements):
            return elements.allSatisfy({ constantType($0) != nil }) ? "tuple" : nil
        case .unary(let op, let operand):
            guard let t = constantType(operand) else { return nil }
            if op == .not { return "bool" }
            if op == .invert { return t == "int" || t == "bool" ? "int" : nil }
            return t == "int" || t == "bool" ? "int" : t == "float" ? "float" : nil
        case .binary(let op, let a, let b):
            guard let ta = constantType(a), let tb = constantType(b),
                  ["int", "bool", "float"].contains(ta), ["int", "bool", "float"].contains(tb) else { return nil }
            switch op {
            case .add, .sub, .mul, .mod, .floordiv: return ta == "float" || tb == "float" ? "float" : "int"
            case .truediv: return "float"
            default: return nil
            }
        default:
            return nil
        }
    }

    /// infer_type: the type of a display or constant, nil when unknown.
    static func inferType(_ e: Expr) -> String? {
        if let t = constantType(e) { return t }
        switch e.kind {
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .lambda: return "function"
        case .fstring: return "str"
        default: return nil
        }
    }

    static func isConstant(_ e: Expr) -> Bool { constantType(e) != nil }

    /// check_is_arg: None, True, False and ... are fine with `is`.
    static func isLiteralForIs(_ e: Expr) -> Bool {
        if case .constant(let c) = e.kind { return c != .none && c != .true && c != .false && c != .ellipsis }
        return constantType(e) != nil
    }

    static func compareWarning(_ left: Expr, _ rest: [(CompareOp, Expr)]) -> String? {
        var previous = left
        for (op, right) in rest {
            if op == .is || op == .isNot, isLiteralForIs(previous) || isLiteralForIs(right) {
                return op == .is ? "\"is\" with a literal. Did you mean \"==\"?"
                                 : "\"is not\" with a literal. Did you mean \"!=\"?"
            }
            previous = right
        }
        return nil
    }

    static func callerWarning(_ function: Expr) -> String? {
        switch function.kind {
        case .constant, .tuple, .list, .listComp, .dict, .dictComp, .set, .setComp, .generatorExp, .fstring,
             .unary, .binary:
            guard let t = inferType(function) else { return nil }
            return "'\(t)' object is not callable; perhaps you missed a comma?"
        default:
            return nil
        }
    }

    static func subscripterWarning(_ value: Expr) -> String? {
        if let t = constantType(value) {
            guard ["NoneType", "ellipsis", "int", "bool", "float"].contains(t) else { return nil }
            return "'\(t)' object is not subscriptable; perhaps you missed a comma?"
        }
        switch value.kind {
        case .set, .setComp, .generatorExp, .lambda:
            return "'\(inferType(value) ?? "object")' object is not subscriptable; perhaps you missed a comma?"
        default:
            return nil
        }
    }

    static func indexWarning(_ value: Expr, _ index: Expr) -> String? {
        guard let indexType = inferType(index), indexType != "int", indexType != "bool" else { return nil }
        let valueType: String
        if let t = constantType(value) {
            guard t == "str" || t == "bytes" || t == "tuple" else { return nil }
            valueType = t
        } else {
            switch value.kind {
            case .tuple, .list, .listComp, .fstring: valueType = inferType(value) ?? "object"
            default: return nil
            }
        }
        return "\(valueType) indices must be integers or slices, not \(indexType); perhaps you missed a comma?"
    }
}
