import BigInt

// Subscripts: `x[i]`, `x[a:b:c]`, item/slice assignment and deletion for
// the builtin sequences and dicts, and `__getitem__`-family dispatch.

struct SliceIndices {
    var start: Int, stop: Int, step: Int, count: Int

    /// Positions selected, in order. (Not a stride to `start + count * step`:
    /// that end can lie outside Int, e.g. `[1, 2, 3][1::2**63-1]`.)
    var positions: LazyMapSequence<Range<Int>, Int> { (0..<count).lazy.map { start + $0 * step } }
}

extension Interpreter {
    /// PySlice_Unpack + PySlice_AdjustIndices.
    func sliceIndices(_ s: PySlice, _ length: Int) throws -> SliceIndices {
        // _PyEval_SliceIndex: a component outside Int is clamped to Int's range.
        func component(_ v: Value) throws -> Int? {
            guard let b = try sliceComponent(v) else { return nil }
            if case .int(let i) = b { return i }
            return PyInt.big(b)?.sign == .minus ? Int.min : Int.max
        }
        var step = try component(s.step) ?? 1
        if step == 0 { throw valueError("slice step cannot be zero") }
        // PySlice_Unpack: so that -step cannot overflow.
        if step < -Int.max { step = -Int.max }
        var start: Int, stop: Int
        if let st = try component(s.start) {
            start = st
            if start < 0 { start += length; if start < 0 { start = step < 0 ? -1 : 0 } } else if start >= length { start = step < 0 ? length - 1 : length }
        } else {
            start = step < 0 ? length - 1 : 0
        }
        if let sp = try component(s.stop) {
            stop = sp
            if stop < 0 { stop += length; if stop < 0 { stop = step < 0 ? -1 : 0 } } else if stop >= length { stop = step < 0 ? length - 1 : length }
        } else {
            stop = step < 0 ? -1 : length
        }
        var count = 0
        if step < 0 {
            if stop < start { count = (start - stop - 1) / (-step) + 1 }
        } else if start < stop {
            count = (stop - start - 1) / step + 1
        }
        return SliceIndices(start: start, stop: stop, step: step, count: count)
    }

    /// A slice component as an int of any size; nil for None.
    private func sliceComponent(_ v: Value) throws -> Value? {
        switch v {
        case .none: return nil
        case .int, .bigint: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if let r = try callDunder(v, "__index__", []), PyInt.isInt(r) { return r }
            throw typeError("slice indices must be integers or None or have an __index__ method")
        }
    }

    /// _PySlice_GetLongIndices: exact (start, stop, step) for a sequence of
    /// `length` elements, for ranges and `slice.indices`, whose lengths and
    /// steps may lie outside Int.
    func sliceIndicesExact(_ s: PySlice, _ length: BigInt) throws -> (BigInt, BigInt, BigInt) {
        let step = try sliceComponent(s.step).flatMap(PyInt.big) ?? 1
        if step.isZero { throw valueError("slice step cannot be zero") }
        let negative = step.sign == .minus
        let lower: BigInt = negative ? -1 : 0
        let upper: BigInt = negative ? length - 1 : length
        func clamp(_ v: Value, default d: BigInt) throws -> BigInt {
            guard let c = try sliceComponent(v).flatMap(PyInt.big) else { return d }
            if c.sign == .minus {
                let k = c + length
                return k < lower ? lower : k
            }
            return c > upper ? upper : c
        }
        let start = try clamp(s.start, default: negative ? upper : lower)
        let stop = try clamp(s.stop, default: negative ? lower : upper)
        return (start, stop, step)
    }

    func sliceArray(_ items: [Value], _ s: PySlice) throws -> [Value] {
        let si = try sliceIndices(s, items.count)
        try HeapBudget.reserve(si.count, of: MemoryLayout<Value>.stride)
        if si.step == 1 { return si.count > 0 ? Array(items[si.start..<(si.start + si.count)]) : [] }
        return si.positions.map { items[$0] }
    }

    /// Normalises a sequence index; nil when out of range.
    func sequenceIndex(_ key: Value, _ count: Int, _ what: String) throws -> Int? {
        var i: Int
        switch key {
        case .int(let x): i = x
        case .bool(let b): i = b ? 1 : 0
        case .bigint: throw Self.indexTooBig()
        default:
            guard let r = try callDunder(key, "__index__", []) else {
                throw typeError("\(what) indices must be integers or slices, not \(pyTypeName(key))")
            }
            switch r {
            case .int(let x): i = x
            case .bool(let b): i = b ? 1 : 0
            case .bigint: throw Self.indexTooBig()
            default: throw typeError("__index__ returned non-int (type \(pyTypeName(r)))")
            }
        }
        if i < 0 { i += count }
        return (i >= 0 && i < count) ? i : nil
    }

    /// A subscript that cannot be an index (CPython's PyNumber_AsSsize_t with IndexError).
    static func indexTooBig() -> PyError { indexError("cannot fit 'int' into an index-sized integer") }

    public func getItem(_ container: Value, _ key: Value) throws -> Value {
        switch container {
        case .str(let s):
            if case .object(let ko) = key, let sl = ko as? PySlice {
                let scalars = Array(s.unicodeScalars)
                let si = try sliceIndices(sl, scalars.count)
                var out = String.UnicodeScalarView()
                if si.step == 1 {
                    if si.count > 0 { out.append(contentsOf: scalars[si.start..<(si.start + si.count)]) }
                } else {
                    for p in si.positions { out.append(scalars[p]) }
                }
                return .str(String(out))
            }
            switch key {
            case .int, .bool, .bigint: break
            default:
                if try callDunder(key, "__index__", []) == nil {
                    throw typeError("string indices must be integers, not '\(pyTypeName(key))'")
                }
            }
            let scalars = s.unicodeScalars
            guard let i = try sequenceIndex(key, scalars.count, "string") else { throw indexError("string index out of range") }
            return .str(String(scalars[scalars.index(scalars.startIndex, offsetBy: i)]))
        case .object(let o):
            if runsNative(o.pyType, "__getitem__"), let v = try nativeGetItem(o, container, key) { return v }
            if let f = lookupDunder(o.pyType, "__getitem__"), !f.isNone { return try invoke(f, [container, key]) }
            if let t = o as? PyType {
                if let f = t.lookup("__class_getitem__") {
                    if case .object(let fo) = f, let cm = fo as? PyClassMethod { return try invoke(cm.function, [container, key]) }
                    return try invoke(f, [container, key])
                }
                // `list[int]` is a types.GenericAlias; other builtins stay lenient (the type itself).
                if t.isBuiltin { return PyGenericAlias.isAliasOrigin(t) ? PyGenericAlias.parameterized(container, key) : container }
                throw typeError("type '\(t.name)' is not subscriptable")
            }
            throw typeError("'\(o.pyType.name)' object is not subscriptable")
        default:
            throw typeError("'\(pyTypeName(container))' object is not subscriptable")
        }
    }

    /// `x[key]` for the builtin containers; nil for anything else. A dict
    /// subclass's missing key goes to its `__missing__`, as dict_subscript does.
    func nativeGetItem(_ o: PyObject, _ container: Value, _ key: Value) throws -> Value? {
        if let b = boxedBase(o) { return try getItem(b, key) }
        switch o {
        case let l as PyList:
            if case .int(let i) = key, i >= 0, i < l.items.count { return l.items[i] }
            if case .object(let ko) = key, let sl = ko as? PySlice { return .list(try sliceArray(l.items, sl)) }
            guard let i = try sequenceIndex(key, l.items.count, "list") else { throw indexError("list index out of range") }
            return l.items[i]
        case let t as PyTuple:
            if case .object(let ko) = key, let sl = ko as? PySlice { return .tuple(try sliceArray(t.items, sl)) }
            guard let i = try sequenceIndex(key, t.items.count, "tuple") else { throw indexError("tuple index out of range") }
            return t.items[i]
        case let d as PyDict:
            if let v = try d.get(key, self) { return v }
            if d.sub != nil, let missing = lookupDunder(d.pyType, "__missing__") { return try invoke(missing, [container, key]) }
            throw PyError(PyException(type: BuiltinTypes.keyError, args: [key]))
        case let r as PyRange:
            if case .object(let ko) = key, let sl = ko as? PySlice { return .object(try RangeMethods.slice(self, r, sl)) }
            let i = try integerValue(key, "range indices must be integers or slices, not \(pyTypeName(key))")
            return try RangeMethods.item(r, PyInt.big(i) ?? 0)
        default: return nil
        }
    }

    /// `x[key] = value` for list and dict; false for anything else.
    func nativeSetItem(_ o: PyObject, _ key: Value, _ value: Value) throws -> Bool {
        if let l = o as? PyList {
            if case .int(let i) = key, i >= 0, i < l.items.count { l.items[i] = value; return true }
            if case .object(let ko) = key, let sl = ko as? PySlice {
                try assignSlice(l, sl, value)
                return true
            }
            guard let i = try sequenceIndex(key, l.items.count, "list") else { throw indexError("list assignment index out of range") }
            l.items[i] = value
            return true
        }
        if let d = o as? PyDict { try d.set(key, value, self); return true }
        return false
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws {
        if case .object(let o) = container {
            if runsNative(o.pyType, "__setitem__"), try nativeSetItem(o, key, value) { return }
            if let f = lookupDunder(o.pyType, "__setitem__"), !f.isNone {
                _ = try invoke(f, [container, key, value])
                return
            }
        }
        throw typeError("'\(pyTypeName(container))' object does not support item assignment")
    }

    private func assignSlice(_ l: PyList, _ sl: PySlice, _ value: Value) throws {
        let newItems: [Value]
        if case .object(let vo) = value, vo === l { newItems = l.items } else {
            do { newItems = try toArray(value) } catch let e as PyError where e.exception.pyType === BuiltinTypes.typeError {
                if sl.step.isNone || (try? indexValue(sl.step, "")) == 1 { throw typeError("can only assign an iterable") }
                throw typeError("must assign iterable to extended slice")
            }
        }
        let si = try sliceIndices(sl, l.items.count)
        if si.step == 1 {
            let lo = si.start
            let hi = max(lo, si.start + si.count)
            l.items.replaceSubrange(lo..<hi, with: newItems)
            return
        }
        if newItems.count != si.count {
            throw valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(si.count)")
        }
        for (k, p) in si.positions.enumerated() { l.items[p] = newItems[k] }
    }

    /// `del x[key]` for list and dict; false for anything else.
    func nativeDelItem(_ o: PyObject, _ key: Value) throws -> Bool {
        if let l = o as? PyList {
            if case .object(let ko) = key, let sl = ko as? PySlice {
                let si = try sliceIndices(sl, l.items.count)
                if si.count == 0 { return true }
                if si.step == 1 { l.items.removeSubrange(si.start..<(si.start + si.count)); return true }
                let drop = Set(si.positions)
                l.items = l.items.enumerated().filter { !drop.contains($0.offset) }.map { $0.element }
                return true
            }
            guard let i = try sequenceIndex(key, l.items.count, "list") else { throw indexError("list assignment index out of range") }
            l.items.remove(at: i)
            return true
        }
        if let d = o as? PyDict {
            if try d.remove(key, self) == nil { throw PyError(PyException(type: BuiltinTypes.keyError, args: [key])) }
            return true
        }
        return false
    }

    public func delItem(_ container: Value, _ key: Value) throws {
        if case .object(let o) = container {
            if runsNative(o.pyType, "__delitem__"), try nativeDelItem(o, key) { return }
            if let f = lookupDunder(o.pyType, "__delitem__"), !f.isNone {
                _ = try invoke(f, [container, key])
                return
            }
        }
        throw typeError("'\(pyTypeName(container))' object doesn't support item deletion")
    }
}
