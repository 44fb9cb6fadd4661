// Rich comparison (CPython's do_richcompare) and the `in` operator.

extension CompareOp {
    var swapped: CompareOp {
        switch self {
        case .lt: return .gt
        case .gt: return .lt
        case .le: return .ge
        case .ge: return .le
        default: return self
        }
    }

    var dunder: String {
        switch self {
        case .eq: return "__eq__"
        case .ne: return "__ne__"
        case .lt: return "__lt__"
        case .le: return "__le__"
        case .gt: return "__gt__"
        case .ge: return "__ge__"
        default: return ""
        }
    }

    func holds(_ c: Int) -> Bool {
        switch self {
        case .eq: return c == 0
        case .ne: return c != 0
        case .lt: return c < 0
        case .le: return c <= 0
        case .gt: return c > 0
        case .ge: return c >= 0
        default: return false
        }
    }
}

extension Interpreter {
    func richCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        if let r = try nativeCompare(op, a, b) { return r }
        let ta = typeOf(a), tb = typeOf(b)
        var triedReflected = false
        if ta !== tb, tb.isSubtype(of: ta), let r = try userCompare(op.swapped, tb, b, a) {
            triedReflected = true
            if !r.isNotImplemented { return r }
        }
        if let r = try userCompare(op, ta, a, b), !r.isNotImplemented { return r }
        if !triedReflected, let r = try userCompare(op.swapped, tb, b, a), !r.isNotImplemented { return r }
        switch op {
        case .eq: return .bool(a.isIdentical(to: b))
        case .ne: return .bool(!a.isIdentical(to: b))
        default:
            throw typeError("'\(op.rawValue)' not supported between instances of '\(ta.name)' and '\(tb.name)'")
        }
    }

    /// Calls the type's comparison dunder; `__ne__` falls back to the
    /// inverted `__eq__` as object.__ne__ does. nil when undefined.
    private func userCompare(_ op: CompareOp, _ t: PyType, _ a: Value, _ b: Value) throws -> Value? {
        // A builtin subclass compares as its base unless a Python class overrides the operator.
        if t.nativeBase != nil, t.inheritsNative(op.dunder), let r = try builtinCompareSlot(op, a.unboxed, b.unboxed) { return r }
        if let f = lookupDunder(t, op.dunder), !f.isNone {
            return try invoke(f, [a, b])
        }
        if op == .ne, let f = lookupDunder(t, "__eq__"), !f.isNone {
            let r = try invoke(f, [a, b])
            if r.isNotImplemented { return r }
            return .bool(!(try truthy(r)))
        }
        return nil
    }

    /// Comparisons between builtin values; nil when either side needs
    /// user-defined methods (or the pair is not natively comparable).
    func nativeCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value? {
        switch (a, b) {
        case (.int(let x), .int(let y)):
            return .bool(op.holds(x < y ? -1 : (x == y ? 0 : 1)))
        case (.str(let x), .str(let y)):
            if op == .eq { return .bool(StrCompare.equal(x, y)) }
            if op == .ne { return .bool(!StrCompare.equal(x, y)) }
            return .bool(op.holds(StrCompare.compare(x, y)))
        case (.none, .none):
            if op == .eq { return .bool(true) }
            if op == .ne { return .bool(false) }
            return nil
        case (.object(let x), .object(let y)):
            guard x.pyType.isBuiltin && y.pyType.isBuiltin else { return nil }
            return try nativeObjectCompare(op, x, y)
        case (.object(let x), _):
            if !x.pyType.isBuiltin || !isCoreObject(x) { return nil }
            return op == .eq ? .bool(false) : (op == .ne ? .bool(true) : nil)
        case (_, .object(let y)):
            if !y.pyType.isBuiltin || !isCoreObject(y) { return nil }
            return op == .eq ? .bool(false) : (op == .ne ? .bool(true) : nil)
        default:
            if NumericCompare.isNumber(a) && NumericCompare.isNumber(b) {
                guard let c = NumericCompare.compare(a, b) else { return .bool(op == .ne) }
                return .bool(op.holds(c))
            }
            // Mixed immediates such as str vs int: == is False, ordering unsupported.
            return op == .eq ? .bool(false) : (op == .ne ? .bool(true) : nil)
        }
    }

    func isCoreObject(_ o: PyObject) -> Bool {
        o is PyList || o is PyTuple || o is PyDict || o is PySetBase || o is PyRange || o is PyDictView
    }

    func nativeObjectCompare(_ op: CompareOp, _ x: PyObject, _ y: PyObject) throws -> Value? {
        switch (x, y) {
        case (let l as PyList, let r as PyList):
            return try compareSequences(op, l.items, r.items)
        case (let l as PyTuple, let r as PyTuple):
            return try compareSequences(op, l.items, r.items)
        case (let l as PySetBase, let r as PySetBase):
            return .bool(try SetOps.compare(self, op, l, r))
        case (let l as PyDict, let r as PyDict):
            guard op == .eq || op == .ne else { return nil }
            let eq = try dictsEqual(l, r)
            return .bool(op == .eq ? eq : !eq)
        case (let l as PyRange, let r as PyRange):
            guard op == .eq || op == .ne else { return nil }
            let n = l.length
            let eq = l === r || (n == r.length && (n.isZero || (l.bigStart == r.bigStart && (n == 1 || l.bigStep == r.bigStep))))
            return .bool(op == .eq ? eq : !eq)
        case (let l as PyDictView, let r as PyDictView) where l.kind != .values && r.kind != .values:
            let ls = try SetOps.fromIterable(self, .object(l)), rs = try SetOps.fromIterable(self, .object(r))
            return .bool(try SetOps.compare(self, op, ls, rs))
        case (let l as PyDictView, let r as PySetBase) where l.kind != .values:
            return .bool(try SetOps.compare(self, op, try SetOps.fromIterable(self, .object(l)), r))
        case (let l as PySetBase, let r as PyDictView) where r.kind != .values:
            return .bool(try SetOps.compare(self, op, l, try SetOps.fromIterable(self, .object(r))))
        default:
            // A mappingproxy compares as the mapping it shows (its own `__eq__`).
            if isCoreObject(x) || isCoreObject(y), !(x is PyMappingProxy), !(y is PyMappingProxy) {
                if op == .eq { return .bool(x === y) }
                if op == .ne { return .bool(x !== y) }
            }
            return nil
        }
    }

    /// list/tuple comparison: first differing element decides, else lengths.
    func compareSequences(_ op: CompareOp, _ a: [Value], _ b: [Value]) throws -> Value {
        if (op == .eq || op == .ne) && a.count != b.count { return .bool(op == .ne) }
        try runtime.enterNative(self)
        defer { runtime.leaveNative() }
        var i = 0
        while i < a.count && i < b.count {
            if !(try equals(a[i], b[i])) { break }
            i += 1
        }
        if i >= a.count || i >= b.count {
            return .bool(op.holds(a.count < b.count ? -1 : (a.count == b.count ? 0 : 1)))
        }
        if op == .eq { return .bool(false) }
        if op == .ne { return .bool(true) }
        return try richCompare(op, a[i], b[i])
    }

    func dictsEqual(_ a: PyDict, _ b: PyDict) throws -> Bool {
        if a.count != b.count { return false }
        try runtime.enterNative(self)
        defer { runtime.leaveNative() }
        for (k, v) in a.pairs {
            guard let w = try b.get(k, self) else { return false }
            if !(try equals(v, w)) { return false }
        }
        return true
    }

    /// `item in container`.
    public func contains(_ container: Value, _ item: Value) throws -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item.unboxed else {
                throw typeError("'in <string>' requires string as left operand, not \(pyTypeName(item))")
            }
            return StrSearch.contains(s, sub)
        case .object(let o):
            if runsNative(o.pyType, "__contains__"), let r = try nativeContains(o, item) { return r }
            if let f = lookupDunder(o.pyType, "__contains__"), !f.isNone {
                return try truthy(invoke(f, [container, item]))
            }
            if lookupDunder(o.pyType, "__iter__") == nil && lookupDunder(o.pyType, "__getitem__") == nil
                && !(o.pyType.isBuiltin && isIteratorObject(o)) {
                throw typeError("argument of type '\(o.pyType.name)' is not iterable")
            }
            let it = try getIter(container)
            while let v = try next(it) {
                if try equals(v, item) { return true }
            }
            return false
        default:
            throw typeError("argument of type '\(pyTypeName(container))' is not iterable")
        }
    }

    /// `item in o` for the builtin containers; nil for anything else.
    func nativeContains(_ o: PyObject, _ item: Value) throws -> Bool? {
        if let b = boxedBase(o) { return try contains(b, item) }
        switch o {
        case let l as PyList:
            var i = 0
            while i < l.items.count {
                if try equals(l.items[i], item) { return true }
                i += 1
            }
            return false
        case let t as PyTuple:
            for v in t.items where try equals(v, item) { return true }
            return false
        case let d as PyDict:
            return try d.get(item, self) != nil
        case let s as PySetBase:
            return try s.contains(item, self)
        case let r as PyRange:
            if let i = PyInt.big(item) { return r.position(of: i) != nil }
            // Anything else (1.0, a str) is compared with each element.
            let it = r.iterator()
            while let x = try next(.object(it)) {
                if try equals(x, item) { return true }
            }
            return false
        case let v as PyDictView:
            switch v.kind {
            case .keys: return try v.dict.get(item, self) != nil
            case .items:
                guard case .object(let to) = item, let t = to as? PyTuple, t.items.count == 2 else { return false }
                guard let w = try v.dict.get(t.items[0], self) else { return false }
                return try equals(w, t.items[1])
            case .values:
                for w in v.dict.values where try equals(w, item) { return true }
                return false
            }
        default: break
        }
        return nil
    }

    func isIteratorObject(_ o: PyObject) -> Bool {
        o.pyType.lookup("__next__") != nil
    }
}

enum StrCompare {
    /// Code point order (UTF-8 byte order is the same).
    static func compare(_ a: String, _ b: String) -> Int {
        if equal(a, b) { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    /// Python's str equality: the same code points. Swift's `==` compares
    /// by canonical equivalence, so it would call 'e\u0301' equal to 'é'.
    static func equal(_ a: String, _ b: String) -> Bool {
        let x = a.utf8, y = b.utf8
        guard x.count == y.count else { return false }
        let fast = x.withContiguousStorageIfAvailable { px in
            y.withContiguousStorageIfAvailable { py in px.elementsEqual(py) }
        }
        if let known = fast ?? nil { return known }
        return x.elementsEqual(y)
    }
}
