import BigInt

// Constructors and methods of `int`, `bool` and `float`.

enum IntMethods {
    static func fromValue(_ interp: Interpreter, _ v: Value) throws -> Value {
        switch v {
        case .int, .bigint: return v
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try floatToInt(d)
        case .str(let s): return try parse(interp, s, base: 10)
        default:
            for name in ["__int__", "__index__", "__trunc__"] {
                if let r = try interp.callDunder(v, name, []) {
                    if PyInt.isInt(r) { return r }
                    throw typeError("\(name) returned non-int (type \(interp.pyTypeName(r)))")
                }
            }
            throw typeError("int() argument must be a string, a bytes-like object or a real number, not '\(interp.pyTypeName(v))'")
        }
    }

    static func floatToInt(_ d: Double) throws -> Value {
        if d.isNaN { throw valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError(BuiltinTypes.overflowError, "cannot convert float infinity to integer") }
        let t = d.rounded(.towardZero)
        if let i = Int(exactly: t) { return .int(i) }
        return Value.integer(BigInt(t))
    }

    static func parse(_ interp: Interpreter, _ s: String, base: Int) throws -> Value {
        try PyInt.checkParseLimit(s, base: base, limit: interp.runtime.intMaxStrDigits)
        if let v = PyInt.parse(s, base: base) { return v }
        // CPython formats the text with %.200R: its repr, cut at 200 characters.
        throw valueError("invalid literal for int() with base \(base): \(StrRepr.repr(s).prefix(200))")
    }

    static func receiverInt(_ a: Arguments, _ name: String) throws -> Value {
        guard a.count > 0, PyInt.isInt(a[0]) else { throw typeError("descriptor '\(name)' requires a 'int' object") }
        return a[0]
    }

    static var common: MethodTable {
        var t = MethodTable()
        t.add("bit_length") { _, a in try a.none("int.bit_length"); return .int(PyInt.bitLength(try receiverInt(a, "bit_length"))) }
        t.add("bit_count") { _, a in
            try a.none("int.bit_count")
            guard let b = PyInt.big(try receiverInt(a, "bit_count")) else { return .int(0) }
            return .int(b.magnitude.words.reduce(0) { $0 + $1.nonzeroBitCount })
        }
        t.add("conjugate") { interp, a in try interp.unaryOp(.pos, try receiverInt(a, "conjugate")) }
        t.add("as_integer_ratio") { interp, a in .tuple([try interp.unaryOp(.pos, try receiverInt(a, "as_integer_ratio")), .int(1)]) }
        t.add("__index__") { interp, a in try interp.unaryOp(.pos, try receiverInt(a, "__index__")) }
        t.add("__int__") { interp, a in try interp.unaryOp(.pos, try receiverInt(a, "__int__")) }
        t.add("__float__") { _, a in .float(try PyInt.toDouble(try receiverInt(a, "__float__"))) }
        t.add("__abs__") { _, a in PyInt.abs(try receiverInt(a, "__abs__")) }
        t.add("__repr__") { interp, a in .str(try interp.repr(try receiverInt(a, "__repr__"))) }
        t.add("__hash__") { interp, a in .int(try interp.hash(try receiverInt(a, "__hash__"))) }
        t.add("__format__") { interp, a in
            let v = try receiverInt(a, "__format__")
            guard case .str(let spec) = try a.exactlyOne("__format__") else { throw typeError("format spec must be str") }
            return .str(try interp.format(v, spec))
        }
        t.add("__round__") { interp, a in
            let v = try receiverInt(a, "__round__")
            let r = try a.between("__round__", 0, 1)
            return try Builtins.roundInt(interp, v, r.first ?? .none)
        }
        t.addArithmeticDunders(ops: [.add, .sub, .mul, .truediv, .floordiv, .mod, .pow, .lshift, .rshift, .bitand, .bitor, .bitxor],
                               bitwiseUnary: true, receiver: receiverInt, accepts: PyInt.isInt)
        return t
    }

    static var methods: [String: Value] {
        var t = common
        IntBytes.add(to: &t)
        t.add("__new__") { interp, a in
            let p = try a.bind("int", ["x", "base"], positionalOnly: 1)
            guard let x = p[0] else {
                if p[1] != nil { throw typeError("int() missing string argument") }
                return .int(0)
            }
            guard let bv = p[1] else { return try fromValue(interp, x) }
            let base = try interp.indexValue(bv, "'\(interp.pyTypeName(bv))' object cannot be interpreted as an integer")
            if base != 0 && (base < 2 || base > 36) { throw valueError("int() base must be >= 2 and <= 36, or 0") }
            guard case .str(let s) = x else { throw typeError("int() can't convert non-string with explicit base") }
            return try parse(interp, s, base: base)
        }
        return t.dict
    }

    static var boolMethods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            try a.noKeywords("bool")
            let r = try a.between("bool", 0, 1)
            return .bool(try r.first.map { try interp.truthy($0) } ?? false)
        }
        t.add("__repr__") { _, a in
            guard case .bool(let b) = a[0] else { throw typeError("descriptor '__repr__' requires a 'bool' object") }
            return .str(b ? "True" : "False")
        }
        return t.dict
    }
}

enum FloatMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> Double {
        guard a.count > 0, case .float(let d) = a[0] else { throw typeError("descriptor '\(name)' requires a 'float' object") }
        return d
    }

    static func fromValue(_ interp: Interpreter, _ v: Value) throws -> Double {
        switch v {
        case .float(let d): return d
        case .int, .bigint, .bool: return try PyInt.toDouble(v)
        case .str(let s):
            guard let d = FloatRepr.parse(s) else { throw valueError("could not convert string to float: \(StrRepr.repr(s))") }
            return d
        default:
            if let r = try interp.callDunder(v, "__float__", []) {
                guard case .float(let d) = r else { throw typeError("\(interp.pyTypeName(v)).__float__ returned non-float (type \(interp.pyTypeName(r)))") }
                return d
            }
            if let r = try interp.callDunder(v, "__index__", []), PyInt.isInt(r) { return try PyInt.toDouble(r) }
            throw typeError("float() argument must be a string or a real number, not '\(interp.pyTypeName(v))'")
        }
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.addArithmeticDunders(ops: [.add, .sub, .mul, .truediv, .floordiv, .mod, .pow], bitwiseUnary: false,
                               receiver: { a, name in .float(try receiver(a, name)) },
                               accepts: { v in
                                   if case .float = v { return true }
                                   return PyInt.isInt(v)
                               })
        t.add("__new__") { interp, a in
            try a.noKeywords("float")
            let r = try a.between("float", 0, 1)
            return .float(try r.first.map { try fromValue(interp, $0) } ?? 0)
        }
        t.add("is_integer") { _, a in
            try a.none("float.is_integer")
            let d = try receiver(a, "is_integer")
            return .bool(d.isFinite && d.rounded(.towardZero) == d)
        }
        t.add("as_integer_ratio") { _, a in
            try a.none("float.as_integer_ratio")
            let d = try receiver(a, "as_integer_ratio")
            if d.isNaN { throw valueError("cannot convert NaN to integer ratio") }
            if d.isInfinite { throw PyError(BuiltinTypes.overflowError, "cannot convert Infinity to integer ratio") }
            if d == 0 { return .tuple([.int(0), .int(1)]) }
            // d = significand * 2^exponent with an integer significand.
            let e = Int(d.exponent) - 52
            var num = BigInt(Int64(d.significandBitPattern | (d.isNormal ? (1 << 52) : 0)))
            var exp = d.isNormal ? e : -1074
            while !num.isZero && num & 1 == 0 && exp < 0 { num >>= 1; exp += 1 }
            if d < 0 { num = -num }
            if exp >= 0 { return .tuple([Value.integer(num << exp), .int(1)]) }
            return .tuple([Value.integer(num), Value.integer(BigInt(1) << (-exp))])
        }
        t.add("conjugate") { _, a in .float(try receiver(a, "conjugate")) }
        t.add("__int__") { _, a in try IntMethods.floatToInt(try receiver(a, "__int__")) }
        t.add("__trunc__") { _, a in try IntMethods.floatToInt(try receiver(a, "__trunc__")) }
        t.add("__float__") { _, a in .float(try receiver(a, "__float__")) }
        t.add("__abs__") { _, a in .float(abs(try receiver(a, "__abs__"))) }
        t.add("__repr__") { _, a in .str(FloatRepr.repr(try receiver(a, "__repr__"))) }
        t.add("__hash__") { _, a in .int(PyHash.double(try receiver(a, "__hash__"))) }
        t.add("__format__") { interp, a in
            let d = try receiver(a, "__format__")
            guard case .str(let spec) = try a.exactlyOne("__format__") else { throw typeError("format spec must be str") }
            return .str(try interp.format(.float(d), spec))
        }
        t.add("__round__") { interp, a in
            let d = try receiver(a, "__round__")
            let r = try a.between("__round__", 0, 1)
            return try Builtins.roundFloat(interp, d, r.first ?? .none)
        }
        return t.dict
    }
}
