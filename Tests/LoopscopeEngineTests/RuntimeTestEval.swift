@testable import LoopscopeEngine

// A tiny evaluator for Python expressions over builtin values, so runtime
// tests can be written as the same expressions python3 evaluated to
// produce the expected output (literals, calls with keywords, methods,
// operators, subscripts and slices). Not a Python implementation: just
// enough to drive the runtime library without the VM.

struct TestEval {
    enum Token: Equatable { case num(String), str(String), name(String), op(String), end }

    let interp: Interpreter
    var tokens: [Token] = []
    var pos = 0
    let builtins: [String: Value]

    init(_ interp: Interpreter, _ source: String) {
        self.interp = interp
        builtins = interp.makeBuiltins()
        tokens = TestEval.tokenize(source)
    }

    static func tokenize(_ s: String) -> [Token] {
        let c = Array(s)
        var out: [Token] = []
        var i = 0
        while i < c.count {
            let ch = c[i]
            if ch == " " { i += 1; continue }
            if ch.isNumber || (ch == "." && i + 1 < c.count && c[i + 1].isNumber) {
                var j = i
                while j < c.count && (c[j].isNumber || c[j] == "_" || c[j] == "." || c[j] == "x" || c[j].isHexDigit
                                      || ((c[j] == "e" || c[j] == "E") && j + 1 < c.count)
                                      || ((c[j] == "+" || c[j] == "-") && (c[j - 1] == "e" || c[j - 1] == "E"))) { j += 1 }
                out.append(.num(String(c[i..<j]))); i = j; continue
            }
            if ch == "'" || ch == "\"" {
                var j = i + 1, text = ""
                while j < c.count && c[j] != ch {
                    if c[j] == "\\" && j + 1 < c.count {
                        j += 1
                        switch c[j] { case "n": text += "\n"; case "t": text += "\t"; case "\\": text += "\\"; default: text.append(c[j]) }
                    } else { text.append(c[j]) }
                    j += 1
                }
                out.append(.str(text)); i = j + 1; continue
            }
            if ch.isLetter || ch == "_" {
                var j = i
                while j < c.count && (c[j].isLetter || c[j].isNumber || c[j] == "_") { j += 1 }
                out.append(.name(String(c[i..<j]))); i = j; continue
            }
            let two = i + 1 < c.count ? String(c[i...(i + 1)]) : ""
            if ["**", "//", "==", "!=", "<=", ">=", "<<", ">>"].contains(two) { out.append(.op(two)); i += 2; continue }
            out.append(.op(String(ch))); i += 1
        }
        out.append(.end)
        return out
    }

    var peek: Token { tokens[pos] }
    mutating func advance() -> Token { pos += 1; return tokens[pos - 1] }
    mutating func accept(_ op: String) -> Bool {
        if peek == .op(op) { pos += 1; return true }
        return false
    }

    mutating func expression() throws -> Value {
        var left = try bitor()
        while true {
            if accept("==") { left = try interp.compare(.eq, left, try bitor()) }
            else if accept("!=") { left = try interp.compare(.ne, left, try bitor()) }
            else if accept("<=") { left = try interp.compare(.le, left, try bitor()) }
            else if accept(">=") { left = try interp.compare(.ge, left, try bitor()) }
            else if accept("<") { left = try interp.compare(.lt, left, try bitor()) }
            else if accept(">") { left = try interp.compare(.gt, left, try bitor()) }
            else if peek == .name("in") { pos += 1; left = try interp.compare(.in, left, try bitor()) }
            else if peek == .name("not") { pos += 2; left = try interp.compare(.notIn, left, try bitor()) }
            else { return left }
        }
    }

    mutating func bitor() throws -> Value {
        var left = try bitand()
        while true {
            if accept("|") { left = try interp.binaryOp(.bitor, left, try bitand()) }
            else if accept("^") { left = try interp.binaryOp(.bitxor, left, try bitand()) }
            else { return left }
        }
    }

    mutating func bitand() throws -> Value {
        var left = try shift()
        while accept("&") { left = try interp.binaryOp(.bitand, left, try shift()) }
        return left
    }

    mutating func shift() throws -> Value {
        var left = try additive()
        while true {
            if accept("<<") { left = try interp.binaryOp(.lshift, left, try additive()) }
            else if accept(">>") { left = try interp.binaryOp(.rshift, left, try additive()) }
            else { return left }
        }
    }

    mutating func additive() throws -> Value {
        var left = try term()
        while true {
            if accept("+") { left = try interp.binaryOp(.add, left, try term()) }
            else if accept("-") { left = try interp.binaryOp(.sub, left, try term()) }
            else { return left }
        }
    }

    mutating func term() throws -> Value {
        var left = try unary()
        while true {
            if accept("*") { left = try interp.binaryOp(.mul, left, try unary()) }
            else if accept("//") { left = try interp.binaryOp(.floordiv, left, try unary()) }
            else if accept("/") { left = try interp.binaryOp(.truediv, left, try unary()) }
            else if accept("%") { left = try interp.binaryOp(.mod, left, try unary()) }
            else if accept("@") { left = try interp.binaryOp(.matmul, left, try unary()) }
            else { return left }
        }
    }

    mutating func unary() throws -> Value {
        if accept("-") { return try interp.unaryOp(.neg, try unary()) }
        if accept("~") { return try interp.unaryOp(.invert, try unary()) }
        if accept("+") { return try interp.unaryOp(.pos, try unary()) }
        let base = try postfix()
        if accept("**") { return try interp.binaryOp(.pow, base, try unary()) }
        return base
    }

    mutating func arguments(_ close: String) throws -> ([Value], Keywords) {
        var args: [Value] = [], kw: Keywords = []
        while !accept(close) {
            if case .name(let n) = peek, tokens[pos + 1] == .op("=") {
                pos += 2
                kw.append((n, try expression()))
            } else if accept("*") {
                args += try interp.toArray(try expression())
            } else {
                args.append(try expression())
            }
            _ = accept(",")
        }
        return (args, kw)
    }

    func call(_ f: Value, _ args: [Value], _ kw: Keywords) throws -> Value {
        guard case .object(let o) = f else { throw PyError(BuiltinTypes.typeError, "not callable") }
        if let n = o as? PyNativeFunction { return try n.body(interp, Arguments(args, keywords: kw)) }
        if let t = o as? PyType, case .object(let no)? = t.lookup("__new__"), let n = no as? PyNativeFunction {
            return try n.body(interp, Arguments([f] + args, keywords: kw))
        }
        throw PyError(BuiltinTypes.typeError, "not callable")
    }

    mutating func sliceOrIndex() throws -> Value {
        var parts: [Value] = [.none]
        var isSlice = false
        if peek != .op(":") { parts[0] = try expression() }
        while accept(":") {
            isSlice = true
            parts.append(peek == .op(":") || peek == .op("]") ? .none : try expression())
        }
        _ = accept("]")
        if !isSlice { return parts[0] }
        while parts.count < 3 { parts.append(.none) }
        return .object(PySlice(start: parts[0], stop: parts[1], step: parts[2]))
    }

    mutating func postfix() throws -> Value {
        var v = try atom()
        while true {
            if accept("(") {
                let (a, k) = try arguments(")")
                v = try call(v, a, k)
            } else if accept("[") {
                v = try interp.getItem(v, try sliceOrIndex())
            } else if accept(".") {
                guard case .name(let n) = advance() else { throw PyError(BuiltinTypes.syntaxError, "name") }
                if case .object(let o) = v, let m = o as? PyModule {
                    guard let f = m.dict[n] else { throw PyError(BuiltinTypes.attributeError, n) }
                    v = f
                } else if case .object(let o) = v, let t = o as? PyType {
                    guard let f = t.lookup(n) ?? interp.builtinDataAttribute(v, n) else { throw PyError(BuiltinTypes.attributeError, n) }
                    v = f
                } else if accept("(") {
                    let (a, k) = try arguments(")")
                    v = try interp.method(v, n, a, kw: k)
                } else if let d = interp.builtinDataAttribute(v, n) {
                    v = d
                } else {
                    throw PyError(BuiltinTypes.attributeError, n)
                }
            } else {
                return v
            }
        }
    }

    mutating func atom() throws -> Value {
        switch advance() {
        case .num(let s):
            let clean = s.replacingOccurrences(of: "_", with: "")
            if clean.hasPrefix("0x") { return PyInt.parse(clean, base: 16) ?? .none }
            if clean.contains(".") || clean.contains("e") || clean.contains("E") { return .float(Double(clean) ?? 0) }
            return PyInt.parse(clean, base: 10) ?? .none
        case .str(let s):
            var text = s
            while case .str(let more) = peek { pos += 1; text += more }
            return .str(text)
        case .name(let n):
            switch n {
            case "None": return .none
            case "True": return .bool(true)
            case "False": return .bool(false)
            default:
                guard let b = builtins[n] else { throw PyError(BuiltinTypes.nameError, "name '\(n)' is not defined") }
                return b
            }
        case .op("("):
            if accept(")") { return .tuple([]) }
            let first = try expression()
            if accept(")") { return first }
            var items = [first]
            while accept(",") { if accept(")") { return .tuple(items) }; items.append(try expression()) }
            _ = accept(")")
            return .tuple(items)
        case .op("["):
            return .list(try arguments("]").0)
        case .op("{"):
            if accept("}") { return .object(PyDict()) }
            let first = try expression()
            if accept(":") {
                let d = PyDict()
                try d.set(first, try expression(), interp)
                while accept(",") {
                    if accept("}") { return .object(d) }
                    let k = try expression()
                    _ = accept(":")
                    try d.set(k, try expression(), interp)
                }
                _ = accept("}")
                return .object(d)
            }
            let s = PySet()
            try s.add(first, interp)
            while accept(",") { if peek == .op("}") { break }; try s.add(try expression(), interp) }
            _ = accept("}")
            return .object(s)
        default:
            throw PyError(BuiltinTypes.syntaxError, "unexpected token")
        }
    }
}

extension Interpreter {
    /// Evaluates a test expression; returns repr(result) or "Error: message".
    func eval(_ source: String) -> String {
        var e = TestEval(self, source)
        return outcome { try e.expression() }
    }
}
