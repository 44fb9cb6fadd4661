import BigInt

// Numeric builtins: abs, round, divmod, pow, hex, oct, bin.

extension Builtins {
    static func addNumeric(_ t: inout MethodTable) {
        t.addUnary("abs") { interp, v in
            switch v {
            case .int, .bigint, .bool: return PyInt.abs(v)
            case .float(let d): return .float(Swift.abs(d))
            default:
                if let r = try interp.callDunder(v, "__abs__", []) { return r }
                throw typeError("bad operand type for abs(): '\(interp.pyTypeName(v))'")
            }
        }
        t.add("round") { interp, a in
            let p = try a.bind("round", ["number", "ndigits"], required: 1, receiver: false)
            let v = p[0] ?? .none, nd = p[1] ?? .none
            switch v {
            case .float(let d): return try roundFloat(interp, d, nd)
            case .int, .bigint, .bool: return try roundInt(interp, v, nd)
            default:
                if let r = try interp.callDunder(v, "__round__", nd.isNone ? [] : [nd]) { return r }
                throw typeError("type \(interp.pyTypeName(v)) doesn't define __round__ method")
            }
        }
        t.add("divmod") { interp, a in
            let r = try a.between("divmod", 2, 2, receiver: false)
            return try divmod(interp, r[0], r[1])
        }
        t.add("pow") { interp, a in
            let p = try a.bind("pow", ["base", "exp", "mod"], required: 2, receiver: false)
            let base = p[0] ?? .none, exp = p[1] ?? .none
            guard let m = p[2]?.unboxed, !m.isNone else { return try interp.binaryOp(.pow, base, exp) }
            // Three-argument pow works on the ints of int subclasses (IntEnum members).
            let base3 = base.unboxed, exp3 = exp.unboxed
            guard let b = PyInt.big(base3), let e = PyInt.big(exp3), let mm = PyInt.big(m) else {
                if [base, exp, m].contains(where: { if case .object(let o) = $0 { return o is PyComplex }; return false }) {
                    throw valueError("complex modulo")
                }
                throw typeError("pow() 3rd argument not allowed unless all arguments are integers")
            }
            return try PyInt.powMod(b, e, mm)
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            t.add(name) { interp, a in
                let v = try a.exactlyOne(name, receiver: false)
                let n = try interp.integerValue(v, "'\(interp.pyTypeName(v))' object cannot be interpreted as an integer")
                guard let b = PyInt.big(n) else { return .str("") }
                let digits = String(b.magnitude, radix: radix)
                return .str((b.sign == .minus && !b.isZero ? "-" : "") + prefix + digits)
            }
        }
    }

    static func divmod(_ interp: Interpreter, _ x: Value, _ y: Value) throws -> Value {
        switch (x, y) {
        case (.float, _), (_, .float):
            if NumericCompare.isNumber(x) && NumericCompare.isNumber(y) {
                let (q, r) = try FloatOps.divmod(try PyInt.toDouble(x), try PyInt.toDouble(y))
                return .tuple([.float(q), .float(r)])
            }
        default:
            if let a = PyInt.big(x), let b = PyInt.big(y) {
                if case .int(let i) = x, case .int(let j) = y, j != 0, !(i == Int.min && j == -1) {
                    return .tuple([try PyInt.floorDiv(i, j), .int(try PyInt.mod(i, j))])
                }
                let (q, r) = try PyInt.floorDivMod(a, b)
                return .tuple([Value.integer(q), Value.integer(r)])
            }
        }
        if let r = try interp.callDunder(x, "__divmod__", [y]), !r.isNotImplemented { return r }
        if let r = try interp.callDunder(y, "__rdivmod__", [x]), !r.isNotImplemented { return r }
        // int and float subclasses divide as their base (no __divmod__ of theirs here).
        let (ux, uy) = (x.unboxed, y.unboxed)
        if !ux.isIdentical(to: x) || !uy.isIdentical(to: y) { return try divmod(interp, ux, uy) }
        throw typeError("unsupported operand type(s) for divmod(): '\(interp.pyTypeName(x))' and '\(interp.pyTypeName(y))'")
    }

    static func roundFloat(_ interp: Interpreter, _ d: Double, _ nd: Value) throws -> Value {
        if nd.isNone {
            if d.isNaN { throw valueError("cannot convert float NaN to integer") }
            if d.isInfinite { throw PyError(BuiltinTypes.overflowError, "cannot convert float infinity to integer") }
            return try IntMethods.floatToInt(d.rounded(.toNearestOrEven))
        }
        // CPython clamps ndigits to the ssize_t range here.
        let exact = PyInt.big(try interp.integerValue(nd, "'\(interp.pyTypeName(nd))' object cannot be interpreted as an integer")) ?? 0
        let n = Int(exactly: exact) ?? (exact.sign == .minus ? Int.min : Int.max)
        return .float(try FloatRepr.round(d, n))
    }

    static func roundInt(_ interp: Interpreter, _ v: Value, _ nd: Value) throws -> Value {
        let x = PyInt.big(v) ?? 0
        if nd.isNone { return Value.integer(x) }
        let n = PyInt.big(try interp.integerValue(nd, "'\(interp.pyTypeName(nd))' object cannot be interpreted as an integer")) ?? 0
        if n.sign == .plus { return Value.integer(x) }
        // 10**k past twice |x| rounds to 0 (CPython builds 10**k first,
        // which for k = 2**63 never finishes; the answer is the same).
        let k = -n
        if k > BigInt(x.magnitude.bitWidth / 3 + 2) { return .int(0) }
        let p = BigInt(10).power(Int(k))
        var (q, r) = try PyInt.floorDivMod(x, p)
        let twice = r * 2
        if twice > p || (twice == p && q & 1 == 1) { q += 1 }
        r = 0
        return Value.integer(q * p)
    }
}
