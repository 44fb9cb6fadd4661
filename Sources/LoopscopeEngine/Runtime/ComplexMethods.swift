// The methods of `complex` (Objects/complexobject.c): operators that widen int
// and float operands and return NotImplemented for anything else, equality
// only (no ordering), the constructor's argument rules and CPython's wording.

enum ComplexMethods {
    /// An arithmetic operand as a complex: complex, int (IntEnum members too), float; nil otherwise.
    static func operand(_ v: Value) throws -> Complex? {
        switch v.unboxed {
        case .int(let i): return Complex(Double(i), 0)
        case .bool(let b): return Complex(b ? 1 : 0, 0)
        case .bigint: return Complex(try PyInt.toDouble(v.unboxed), 0)
        case .float(let d): return Complex(d, 0)
        case .object(let o):
            if let c = o as? PyComplex { return Complex(c.re, c.im) }
            return nil
        default: return nil
        }
    }

    static func receiver(_ a: Arguments, _ name: String) throws -> Complex {
        guard a.count > 0, case .object(let o) = a[0], let c = o as? PyComplex else {
            throw typeError("descriptor '\(name)' requires a 'complex' object")
        }
        return Complex(c.re, c.im)
    }

    static func binary(_ op: BinaryOp, _ a: Complex, _ b: Complex) throws -> Value {
        switch op {
        case .add: return (a + b).value
        case .sub: return (a - b).value
        case .mul: return (a * b).value
        case .truediv:
            guard let q = Complex.quotient(a, b) else {
                throw PyError(BuiltinTypes.zeroDivisionError, "complex division by zero")
            }
            return q.value
        default: return try a.power(b).value
        }
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        for op: BinaryOp in [.add, .sub, .mul, .truediv, .pow] {
            let name = "__\(op.dunder)__", reflected = "__r\(op.dunder)__"
            t.add(name) { _, a in
                let me = try receiver(a, name)
                if op == .pow, a.count == 3, !a[2].isNone { throw valueError("complex modulo") }
                guard a.count >= 2, let other = try operand(a[1]) else { return .notImplemented }
                return try binary(op, me, other)
            }
            t.add(reflected) { _, a in
                let me = try receiver(a, reflected)
                guard let other = try operand(try a.exactlyOne(reflected)) else { return .notImplemented }
                return try binary(op, other, me)
            }
        }
        for op: CompareOp in [.eq, .ne] {
            t.add(op.dunder) { _, a in
                let me = try receiver(a, op.dunder)
                guard let equal = equals(me, try a.exactlyOne(op.dunder)) else { return .notImplemented }
                return .bool(equal == (op == .eq))
            }
        }
        t.add("__neg__") { _, a in let c = try receiver(a, "__neg__"); return Complex(-c.re, -c.im).value }
        t.add("__pos__") { _, a in try receiver(a, "__pos__").value }
        t.add("__abs__") { _, a in
            guard let r = try receiver(a, "__abs__").magnitude else {
                throw PyError(BuiltinTypes.overflowError, "absolute value too large")
            }
            return .float(r)
        }
        t.add("__bool__") { _, a in let c = try receiver(a, "__bool__"); return .bool(c.re != 0 || c.im != 0) }
        t.add("__hash__") { _, a in .int(try receiver(a, "__hash__").hash) }
        t.add("__repr__") { _, a in .str(ComplexText.repr(try receiver(a, "__repr__"))) }
        t.add("__format__") { interp, a in
            let c = try receiver(a, "__format__")
            guard case .str(let spec) = try a.exactlyOne("__format__") else {
                throw typeError("__format__() argument must be str, not \(interp.pyTypeName(a[1]))")
            }
            return .str(try ComplexText.format(c, spec))
        }
        t.add("conjugate") { _, a in
            try a.none("complex.conjugate")
            let c = try receiver(a, "conjugate")
            return Complex(c.re, -c.im).value
        }
        t.add("__complex__") { _, a in try receiver(a, "__complex__").value }
        t.add("__getnewargs__") { _, a in
            let c = try receiver(a, "__getnewargs__")
            return .tuple([.float(c.re), .float(c.im)])
        }
        t.add("__new__") { interp, a in try construct(interp, a) }
        return t.dict
    }

    /// complex_richcompare's equality: nil for a type complex does not compare with.
    static func equals(_ c: Complex, _ other: Value) -> Bool? {
        switch other.unboxed {
        case .int, .bool, .bigint:
            // An int equals a complex only exactly, with no imaginary part.
            return c.im == 0 && NumericCompare.compare(.float(c.re), other.unboxed) == 0
        case .float(let d): return c.im == 0 && c.re == d
        case .object(let o):
            guard let z = o as? PyComplex else { return nil }
            return c.re == z.re && c.im == z.im
        default: return nil
        }
    }

    /// complex(real=0, imag=0), complex('1+2j').
    static func construct(_ interp: Interpreter, _ a: Arguments) throws -> Value {
        let args = try a.bind("complex", ["real", "imag"])
        guard let r = args[0] else {
            if args[1] == nil { return Complex(0, 0).value }
            return try combine(interp, Complex(0, 0), false, args[1])
        }
        if case .str(let s) = r.unboxed {
            if args[1] != nil { throw typeError("complex() can't take second arg if first is a string") }
            return try ComplexText.parse(s).value
        }
        if let i = args[1], case .str = i.unboxed { throw typeError("complex() second arg can't be a string") }
        if case .object(let o) = r, o is PyComplex, args[1] == nil { return r }
        if let made = try interp.callDunder(r, "__complex__", []) {
            guard case .object(let o) = made, let c = o as? PyComplex else {
                throw typeError("__complex__ returned non-complex (type \(interp.pyTypeName(made)))")
            }
            return try combine(interp, Complex(c.re, c.im), true, args[1])
        }
        guard let (cr, isComplex) = try part(interp, r) else {
            throw typeError("complex() first argument must be a string or a number, not '\(interp.pyTypeName(r))'")
        }
        return try combine(interp, cr, isComplex, args[1])
    }

    /// real + imag*1j with CPython's order of operations (`complex(1j, 1j)` is `(-1+1j)`).
    private static func combine(_ interp: Interpreter, _ cr: Complex, _ crIsComplex: Bool, _ i: Value?) throws -> Value {
        guard let i else { return Complex(cr.re, crIsComplex ? cr.im : 0).value }
        guard let (ci, ciIsComplex) = try part(interp, i) else {
            throw typeError("complex() second argument must be a number, not '\(interp.pyTypeName(i))'")
        }
        var re = cr.re, im = ci.re
        if ciIsComplex { re -= ci.im }
        if crIsComplex { im += cr.im }
        return Complex(re, im).value
    }

    /// A constructor argument as a complex, and whether it was one; nil: not a number.
    private static func part(_ interp: Interpreter, _ v: Value) throws -> (Complex, Bool)? {
        if case .object(let o) = v, let c = o as? PyComplex { return (Complex(c.re, c.im), true) }
        if let c = try operand(v) { return (c, false) }
        if let f = try interp.callDunder(v, "__float__", []) {
            guard case .float(let d) = f.unboxed else {
                throw typeError("\(interp.pyTypeName(v)).__float__ returned non-float (type \(interp.pyTypeName(f)))")
            }
            return (Complex(d, 0), false)
        }
        if let n = try interp.callDunder(v, "__index__", []), PyInt.isInt(n) {
            return (Complex(try PyInt.toDouble(n), 0), false)
        }
        return nil
    }
}
