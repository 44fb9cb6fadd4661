// `[1].__eq__(x)`, `(1,).__lt__(y)`, `'a'.__eq__(1)`: the comparison
// dunders of builtin values called as methods. Builtin types keep no
// comparison methods of their own here (the `==` operator compares them
// natively), so object's dunders answer for them: the builtin type's own
// result when `other` is of a kind it compares with, else NotImplemented,
// as CPython's list_richcompare, long_richcompare, ... do.

extension Interpreter {
    /// nil when `a` is not a builtin value (object's own rules apply).
    func builtinCompareSlot(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value? {
        switch a {
        case .int, .bigint, .bool:
            guard PyInt.isInt(b) else { return .notImplemented }
            return try nativeCompare(op, a, b) ?? .notImplemented
        case .float:
            if case .float = b { return try nativeCompare(op, a, b) ?? .notImplemented }
            guard PyInt.isInt(b) else { return .notImplemented }
            return try nativeCompare(op, a, b) ?? .notImplemented
        case .str:
            guard case .str = b else { return .notImplemented }
            return try nativeCompare(op, a, b) ?? .notImplemented
        case .object(let x):
            guard x is PyList || x is PyTuple || x is PyDict || x is PySetBase else { return nil }
            guard case .object(let y) = b, Self.sameComparableKind(x, y) else { return .notImplemented }
            return try nativeObjectCompare(op, x, y) ?? .notImplemented
        default:
            return nil
        }
    }

    private static func sameComparableKind(_ x: PyObject, _ y: PyObject) -> Bool {
        (x is PyList && y is PyList) || (x is PyTuple && y is PyTuple)
            || (x is PyDict && y is PyDict) || (x is PySetBase && y is PySetBase)
    }
}
