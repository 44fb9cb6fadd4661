// The dispatch loop's int and comparison fast paths and its truth test:
// what it does inline before falling back to the object protocol
// (Runtime/BinaryOps.swift, Compare.swift).

extension Interpreter {
    @inline(__always)
    func fastIntOp(_ op: BinaryOp, _ x: Int, _ y: Int) -> Value? {
        switch op {
        case .add:
            let (r, o) = x.addingReportingOverflow(y)
            return o ? nil : .int(r)
        case .sub:
            let (r, o) = x.subtractingReportingOverflow(y)
            return o ? nil : .int(r)
        case .mul:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return o ? nil : .int(r)
        case .floordiv:
            if y == 0 || (x == Int.min && y == -1) { return nil }
            let q = x / y
            return .int((x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q)
        case .mod:
            if y == 0 || (x == Int.min && y == -1) { return nil }
            let r = x % y
            return .int((r != 0 && ((r < 0) != (y < 0))) ? r + y : r)
        case .bitand: return .int(x & y)
        case .bitor: return .int(x | y)
        case .bitxor: return .int(x ^ y)
        default: return nil
        }
    }

    @inline(__always)
    func fastIntCompare(_ op: CompareOp, _ x: Int, _ y: Int) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        case .eq, .is: return x == y
        case .ne, .isNot: return x != y
        case .in, .notIn: return false
        }
    }

    /// `a op b` for everything but the int fast path.
    @inline(__always)
    func compareValues(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        default: return try compare(op, a, b)
        }
    }

    @inline(__always)
    func truthyFast(_ v: Value) throws -> Bool {
        switch v {
        case .bool(let b): return b
        case .none: return false
        case .int(let i): return i != 0
        default: return try truthy(v)
        }
    }
}
