// The operator methods of int, bool and float: `(1).__add__(2)`,
// `functools.reduce(int.__mul__, xs)`, `(3).__lt__(4)`. Each runs the
// operator's native implementation and returns NotImplemented for operand
// types the type does not handle itself (`(1).__add__(2.0)`), as CPython's
// slot wrappers do. The interpreter's own operators never call these: they
// go straight to the native arithmetic (see `binaryOp1`).

extension MethodTable {
    /// `receiver` checks `self` (CPython's "descriptor '__add__' requires a
    /// 'int' object"); `accepts` tells which right operands are handled.
    mutating func addArithmeticDunders(ops: [BinaryOp], bitwiseUnary: Bool,
                                       receiver: @escaping (Arguments, String) throws -> Value,
                                       accepts: @escaping (Value) -> Bool) {
        for op in ops {
            let name = "__\(op.dunder)__", reflected = "__r\(op.dunder)__"
            add(name) { interp, a in
                let me = try receiver(a, name)
                let other = try a.exactlyOne(name)
                guard accepts(other) else { return Value.notImplemented }
                return try interp.nativeBinary(op, me, other) ?? Value.notImplemented
            }
            add(reflected) { interp, a in
                let me = try receiver(a, reflected)
                let other = try a.exactlyOne(reflected)
                guard accepts(other) else { return Value.notImplemented }
                return try interp.nativeBinary(op, other, me) ?? Value.notImplemented
            }
        }
        for op: CompareOp in [.eq, .ne, .lt, .le, .gt, .ge] {
            add(op.dunder) { interp, a in
                let me = try receiver(a, op.dunder)
                let other = try a.exactlyOne(op.dunder)
                guard accepts(other) else { return Value.notImplemented }
                return try interp.nativeCompare(op, me, other) ?? Value.notImplemented
            }
        }
        var unary: [(String, UnaryOp)] = [("__neg__", .neg), ("__pos__", .pos)]
        if bitwiseUnary { unary.append(("__invert__", .invert)) }
        for (name, op) in unary {
            add(name) { interp, a in
                try a.none(name)
                return try interp.unaryOp(op, try receiver(a, name))
            }
        }
        add("__bool__") { interp, a in
            try a.none("__bool__")
            return .bool(try interp.truthy(try receiver(a, "__bool__")))
        }
    }
}

extension Interpreter {
    /// Types whose operator methods are only `addArithmeticDunders` wrappers
    /// around `nativeBinary`: operators on them skip the method lookup.
    func hasNativeArithmetic(_ t: PyType) -> Bool {
        t === BuiltinTypes.int || t === BuiltinTypes.bool || t === BuiltinTypes.float
    }
}
