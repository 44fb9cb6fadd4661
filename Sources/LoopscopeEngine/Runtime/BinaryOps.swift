import BigInt

// Binary and unary operators (CPython's binary_op1 / PyNumber_*): native
// arithmetic for the builtin types, then the user's `__op__` / `__rop__`
// (the right operand's reflected method first when its type is a subclass
// of the left's), and CPython's TypeError wording when nothing applies.

extension BinaryOp {
    var dunder: String {
        switch self {
        case .add: return "add"
        case .sub: return "sub"
        case .mul: return "mul"
        case .matmul: return "matmul"
        case .truediv: return "truediv"
        case .floordiv: return "floordiv"
        case .mod: return "mod"
        case .pow: return "pow"
        case .lshift: return "lshift"
        case .rshift: return "rshift"
        case .bitand: return "and"
        case .bitor: return "or"
        case .bitxor: return "xor"
        }
    }
}

extension Interpreter {
    /// `a <op> b` (and the in-place form when `inplace`, e.g. list +=).
    public func binaryOp(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool = false) throws -> Value {
        // The hot path: small ints.
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add: return PyInt.add(x, y)
            case .sub: return PyInt.sub(x, y)
            case .mul: return PyInt.mul(x, y)
            case .floordiv: return try PyInt.floorDiv(x, y)
            case .mod: return .int(try PyInt.mod(x, y))
            default: break
            }
        }
        if inplace {
            if case .object(let o) = a {
                if let l = o as? PyList, o.pyType.isBuiltin || o.pyType.inheritsNative("__i" + op.dunder + "__") {
                    if op == .add {
                        l.items.append(contentsOf: try toArray(b))
                        return a
                    }
                    if op == .mul {
                        let n = try repeatCount(b, a)
                        try repeatInPlace(l, n)
                        return a
                    }
                }
                if let s = o as? PySet, o.pyType.isBuiltin || o.pyType.inheritsNative("__i" + op.dunder + "__"), case .object(let ob) = b, let other = ob as? PySetBase {
                    switch op {
                    case .bitor: try s.merge(other, self); return a
                    case .bitand: s.copyContents(from: try SetOps.intersection(self, s, .object(other))); return a
                    case .sub: try SetOps.differenceUpdate(self, s, .object(other)); return a
                    case .bitxor: try SetOps.symmetricDifferenceUpdate(self, s, .object(other)); return a
                    default: break
                    }
                }
                if !o.pyType.isBuiltin || !(o is PyList || o is PySetBase || o is PyDict),
                   let f = lookupDunder(o.pyType, "__i" + op.dunder + "__"), !f.isNone {
                    let r = try invoke(f, [a, b])
                    if !r.isNotImplemented { return r }
                }
                if let d = o as? PyDict, op == .bitor, o.pyType.isBuiltin || o.pyType.inheritsNative("__ior__") {
                    try DictMethods.update(self, d, b)
                    return a
                }
            }
        }
        return try binaryOp1(op, a, b)
    }

    private func binaryOp1(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value {
        let ta = typeOf(a), tb = typeOf(b)
        let aUser = !ta.isBuiltin || (!hasNativeArithmetic(ta) && ta.lookup("__" + op.dunder + "__") != nil)
        let bUser = tb !== ta && (!tb.isBuiltin || (!hasNativeArithmetic(tb) && tb.lookup("__r" + op.dunder + "__") != nil))
        if !aUser && !bUser {
            if let r = try nativeBinary(op, a, b) { return r }
            throw binaryTypeError(op, a, b)
        }
        var triedReflected = false
        if bUser, tb.isSubtype(of: ta), let f = lookupDunder(tb, "__r" + op.dunder + "__"), !f.isNone {
            triedReflected = true
            let r = try invoke(f, [b, a])
            if !r.isNotImplemented { return r }
        }
        if aUser {
            if let f = lookupDunder(ta, "__" + op.dunder + "__"), !f.isNone {
                let r = try invoke(f, [a, b])
                if !r.isNotImplemented { return r }
            }
        } else if let r = try nativeBinary(op, a, b.unboxed) {
            return r
        }
        if bUser && !triedReflected, let f = lookupDunder(tb, "__r" + op.dunder + "__"), !f.isNone {
            let r = try invoke(f, [b, a])
            if !r.isNotImplemented { return r }
        }
        // A builtin subclass without the operator: its base's arithmetic.
        if !bUser && aUser, let r = try nativeBinary(op, a.unboxed, b) { return r }
        throw binaryTypeError(op, a, b)
    }

    func binaryTypeError(_ op: BinaryOp, _ a: Value, _ b: Value) -> PyError {
        let an = pyTypeName(a), bn = pyTypeName(b)
        if op == .add, case .object(let o) = a, o is PyList || o is PyTuple, o.pyType.isBuiltin {
            return typeError("can only concatenate \(an) (not \"\(bn)\") to \(an)")
        }
        if op == .add, case .str = a { return typeError("can only concatenate str (not \"\(bn)\") to str") }
        if op == .mul {
            if isSequence(a) && !PyInt.isInt(b) { return typeError("can't multiply sequence by non-int of type '\(bn)'") }
            if isSequence(b) && !PyInt.isInt(a) { return typeError("can't multiply sequence by non-int of type '\(an)'") }
        }
        if op == .pow { return typeError("unsupported operand type(s) for ** or pow(): '\(an)' and '\(bn)'") }
        return typeError("unsupported operand type(s) for \(op.rawValue): '\(an)' and '\(bn)'")
    }

    func isSequence(_ v: Value) -> Bool {
        if case .str = v { return true }
        if case .object(let o) = v { return o is PyList || o is PyTuple }
        return false
    }

    /// The builtin types' arithmetic; nil means NotImplemented.
    func nativeBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.float(let x), .float(let y)):
            return try floatBinary(op, x, y)
        case (.float(let x), .int), (.float(let x), .bigint), (.float(let x), .bool):
            if op == .lshift || op == .rshift || op == .bitand || op == .bitor || op == .bitxor { return nil }
            return try floatBinary(op, x, try PyInt.toDouble(b))
        case (.int, .float(let y)), (.bigint, .float(let y)), (.bool, .float(let y)):
            if op == .lshift || op == .rshift || op == .bitand || op == .bitor || op == .bitxor { return nil }
            return try floatBinary(op, try PyInt.toDouble(a), y)
        case (.int, .int), (.int, .bigint), (.bigint, .int), (.bigint, .bigint),
             (.bool, .int), (.int, .bool), (.bool, .bigint), (.bigint, .bool), (.bool, .bool):
            guard let r = try intBinary(op, a, b) else { return nil }
            if op == .pow, case .bigint = r {
                chargePow(base: a, result: r)
            } else if case .bigint = a {
                chargeBigInt(op, a, b)
            } else if case .bigint = b {
                chargeBigInt(op, a, b)
            }
            return r
        case (.str(let x), .str(let y)):
            if op == .add {
                try HeapBudget.reserve(x.utf8.count + y.utf8.count)
                chargeBytes(x.utf8.count + y.utf8.count)
                return .str(x + y)
            }
            if op == .mod { return .str(try PercentFormat.format(self, x, b)) }
            return nil
        case (.str(let x), _):
            if op == .mul, PyInt.isInt(b) { return .str(try repeatString(x, try repeatCount(b, a))) }
            if op == .mod { return .str(try PercentFormat.format(self, x, b)) }
            return nil
        case (_, .str(let y)):
            if op == .mul, PyInt.isInt(a) { return .str(try repeatString(y, try repeatCount(a, b))) }
            return nil
        case (.object(let o), _):
            return try objectBinary(op, o, a, b)
        case (_, .object(let o)):
            if op == .mul, PyInt.isInt(a), o is PyList || o is PyTuple, o.pyType.isBuiltin || o.subclassState != nil {
                return try objectBinary(op, o, b, a)
            }
            return nil
        default:
            return nil
        }
    }

    private func objectBinary(_ op: BinaryOp, _ o: PyObject, _ a: Value, _ b: Value) throws -> Value? {
        guard o.pyType.isBuiltin || o.subclassState != nil else { return nil }
        switch o {
        case let l as PyList:
            if op == .add, case .object(let ob) = b, let r = ob as? PyList {
                try HeapBudget.reserve(l.items.count + r.items.count, of: MemoryLayout<Value>.stride)
                chargeCopy(l.items.count + r.items.count)
                return .list(l.items + r.items)
            }
            if op == .mul, PyInt.isInt(b) {
                let n = try repeatCount(b, a)
                try checkRepeat(l.items.count, n, of: MemoryLayout<Value>.stride)
                chargeCopy(l.items.count * max(n, 0))
                return .list(n <= 0 || l.items.isEmpty ? [] : Array([[Value]](repeating: l.items, count: n).joined()))
            }
            return nil
        case let t as PyTuple:
            if op == .add, case .object(let ob) = b, let r = ob as? PyTuple {
                try HeapBudget.reserve(t.items.count + r.items.count, of: MemoryLayout<Value>.stride)
                return .tuple(t.items + r.items)
            }
            if op == .mul, PyInt.isInt(b) {
                let n = try repeatCount(b, a)
                try checkRepeat(t.items.count, n, of: MemoryLayout<Value>.stride)
                chargeCopy(t.items.count * max(n, 0))
                return .tuple(n <= 0 || t.items.isEmpty ? [] : Array([[Value]](repeating: t.items, count: n).joined()))
            }
            return nil
        case let s as PySetBase:
            guard case .object(let ob) = b, let other = ob as? PySetBase else { return nil }
            switch op {
            case .bitor: return .object(try SetOps.union(self, s, [.object(other)]))
            case .bitand: return .object(try SetOps.intersection(self, s, .object(other)))
            case .sub: return .object(try SetOps.difference(self, s, .object(other)))
            case .bitxor: return .object(try SetOps.symmetricDifference(self, s, .object(other)))
            default: return nil
            }
        case let d as PyDict:
            guard op == .bitor, case .object(let ob) = b, let other = ob as? PyDict else { return nil }
            let r = d.copy()
            try DictMethods.update(self, r, .object(other))
            return .object(r)
        default:
            return nil
        }
    }

    func repeatCount(_ n: Value, _ seq: Value) throws -> Int {
        switch n {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        // Too big either way, even negative: CPython's PyNumber_AsSsize_t.
        case .bigint:
            throw PyError(BuiltinTypes.overflowError, "cannot fit 'int' into an index-sized integer")
        default: throw typeError("can't multiply sequence by non-int of type '\(pyTypeName(n))'")
        }
    }

    /// CPython knows a repetition's size before allocating it.
    func checkRepeat(_ count: Int, _ n: Int, of size: Int = 1) throws {
        if n > 0 && count > 0 {
            let (total, o) = count.multipliedReportingOverflow(by: n)
            if o { throw HeapBudget.memoryError() }
            try HeapBudget.reserve(total, of: size)
        }
    }

    func repeatString(_ s: String, _ n: Int) throws -> String {
        if n <= 0 || s.isEmpty { return "" }
        try checkRepeat(s.utf8.count, n)
        chargeBytes(s.utf8.count * n)
        return String(repeating: s, count: n)
    }

    func repeatInPlace(_ l: PyList, _ n: Int) throws {
        if n <= 0 { l.items.removeAll(); return }
        if l.items.isEmpty { return }
        try checkRepeat(l.items.count, n, of: MemoryLayout<Value>.stride)
        chargeCopy(l.items.count * n)
        let base = l.items
        for _ in 1..<n { l.items.append(contentsOf: base) }
    }

    func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double) throws -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .truediv: return try FloatOps.div(x, y)
        case .floordiv: return .float(try FloatOps.floorDiv(x, y))
        case .mod: return .float(try FloatOps.mod(x, y))
        case .pow: return try FloatOps.pow(x, y)
        default: return nil
        }
    }

    func intBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        if case .int(let x) = a, case .int(let y) = b {
            switch op {
            case .add: return PyInt.add(x, y)
            case .sub: return PyInt.sub(x, y)
            case .mul: return PyInt.mul(x, y)
            case .floordiv: return try PyInt.floorDiv(x, y)
            case .mod: return .int(try PyInt.mod(x, y))
            default: break
            }
        }
        switch op {
        case .truediv: return try PyInt.trueDivide(a, b)
        case .pow: return try PyInt.pow(a, b)
        case .lshift: return try PyInt.shift(a, b, left: true)
        case .rshift: return try PyInt.shift(a, b, left: false)
        case .bitand: return PyInt.bitwise(.and, a, b)
        case .bitor: return PyInt.bitwise(.or, a, b)
        case .bitxor: return PyInt.bitwise(.xor, a, b)
        case .matmul: return nil
        default: break
        }
        return try BigArith.arithmetic(op, a, b)
    }

    public func unaryOp(_ op: UnaryOp, _ v: Value) throws -> Value {
        switch op {
        case .not: return .bool(!(try truthy(v)))
        case .neg:
            switch v {
            case .int, .bigint, .bool: return PyInt.negate(v)
            case .float(let d): return .float(-d)
            default: break
            }
        case .pos:
            switch v {
            case .int, .bigint: return v
            case .bool(let b): return .int(b ? 1 : 0)
            case .float: return v
            default: break
            }
        case .invert:
            switch v {
            case .int, .bigint, .bool: return PyInt.invert(v)
            default: break
            }
        }
        let name: String
        switch op {
        case .neg: name = "__neg__"
        case .pos: name = "__pos__"
        case .invert: name = "__invert__"
        case .not: name = "__bool__"
        }
        if let r = try callDunder(v, name, []) { return r }
        throw typeError("bad operand type for unary \(op.rawValue): '\(pyTypeName(v))'")
    }
}
