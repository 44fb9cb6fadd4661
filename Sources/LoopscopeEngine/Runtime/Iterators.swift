// Iterator objects of the builtin containers and the lazy builtins
// (enumerate, zip, map, filter, reversed), plus the dict views. `next`
// returns nil when exhausted; Python-level `__next__` raises StopIteration.

public final class PyListIterator: PyObject {
    let list: PyList
    var index = 0
    init(_ list: PyList) { self.list = list }
    public override var pyType: PyType { BuiltinTypes.listIterator }
}

public final class PyListReverseIterator: PyObject {
    let list: PyList
    var index: Int
    init(_ list: PyList) { self.list = list; index = list.items.count - 1 }
    public override var pyType: PyType { BuiltinTypes.listReverseIterator }
}

/// Iterates a fixed array (tuples, and snapshots such as a str's code points).
public final class PyArrayIterator: PyObject {
    let items: [Value]
    var index = 0
    let type: PyType
    init(_ items: [Value], type: PyType) { self.items = items; self.type = type }
    public override var pyType: PyType { type }
}

public final class PyStrIterator: PyObject {
    let scalars: [Unicode.Scalar]
    var index = 0
    init(_ s: String) { scalars = Array(s.unicodeScalars) }
    public override var pyType: PyType { BuiltinTypes.strIterator }
}

public final class PyDictIterator: PyObject {
    enum Kind { case keys, values, items }
    let dict: PyDict
    let kind: Kind
    var position = 0
    let initialCount: Int
    var done = false
    init(_ dict: PyDict, _ kind: Kind) { self.dict = dict; self.kind = kind; initialCount = dict.count }
    public override var pyType: PyType {
        switch kind {
        case .keys: return BuiltinTypes.dictKeyIterator
        case .values: return BuiltinTypes.dictValueIterator
        case .items: return BuiltinTypes.dictItemIterator
        }
    }
}

public final class PySetIterator: PyObject {
    let set: PySetBase
    var position = 0
    let initialCount: Int
    var done = false
    init(_ set: PySetBase) { self.set = set; initialCount = set.count }
    public override var pyType: PyType { BuiltinTypes.setIterator }
}

/// The old sequence protocol: calls `__getitem__(0)`, `(1)`, ... until IndexError.
public final class PySeqIterator: PyObject {
    let seq: Value
    var index = 0
    var done = false
    init(_ seq: Value) { self.seq = seq }
    public override var pyType: PyType { BuiltinTypes.seqIterator }
}

/// `iter(callable, sentinel)`.
public final class PyCallableIterator: PyObject {
    let callable: Value
    let sentinel: Value
    var done = false
    init(_ c: Value, _ s: Value) { callable = c; sentinel = s }
    public override var pyType: PyType { BuiltinTypes.callableIterator }
}

public final class PyEnumerate: PyObject {
    let iterator: Value
    var count: Value
    init(_ it: Value, start: Value) { iterator = it; count = start }
    public override var pyType: PyType { BuiltinTypes.enumerate }
}

public final class PyZip: PyObject {
    let iterators: [Value]
    let strict: Bool
    var done = false
    init(_ its: [Value], strict: Bool) { iterators = its; self.strict = strict }
    public override var pyType: PyType { BuiltinTypes.zip }
}

public final class PyMap: PyObject {
    let function: Value
    let iterators: [Value]
    init(_ f: Value, _ its: [Value]) { function = f; iterators = its }
    public override var pyType: PyType { BuiltinTypes.map }
}

public final class PyFilter: PyObject {
    let function: Value
    let iterator: Value
    init(_ f: Value, _ it: Value) { function = f; iterator = it }
    public override var pyType: PyType { BuiltinTypes.filter }
}

/// `reversed(seq)` over any object with `__len__` and `__getitem__`.
public final class PyReversed: PyObject {
    let seq: Value
    var index: Int
    init(_ seq: Value, count: Int) { self.seq = seq; index = count - 1 }
    public override var pyType: PyType { BuiltinTypes.reversed }
}

/// `dict.keys()`, `.values()`, `.items()`: live views.
public final class PyDictView: PyObject {
    let dict: PyDict
    let kind: PyDictIterator.Kind
    init(_ dict: PyDict, _ kind: PyDictIterator.Kind) { self.dict = dict; self.kind = kind }
    public override var pyType: PyType {
        switch kind {
        case .keys: return BuiltinTypes.dictKeys
        case .values: return BuiltinTypes.dictValues
        case .items: return BuiltinTypes.dictItems
        }
    }
}

extension Interpreter {
    /// `iter(v)`.
    public func getIter(_ v: Value) throws -> Value {
        switch v {
        case .str(let s): return .object(PyStrIterator(s))
        case .object(let o):
            if runsNative(o.pyType, "__iter__"), let it = try nativeIter(o, v) { return it }
            if let f = lookupDunder(o.pyType, "__iter__"), !f.isNone {
                let it = try invoke(f, [v])
                guard isIterator(it) else { throw typeError("iter() returned non-iterator of type '\(pyTypeName(it))'") }
                return it
            }
            if lookupDunder(o.pyType, "__getitem__") != nil { return .object(PySeqIterator(v)) }
            throw typeError("'\(o.pyType.name)' object is not iterable")
        default:
            throw typeError("'\(pyTypeName(v))' object is not iterable")
        }
    }

    /// The builtin types' own iterators; nil for anything else.
    func nativeIter(_ o: PyObject, _ v: Value) throws -> Value? {
        if let b = boxedBase(o) { return try getIter(b) }
        switch o {
        case let l as PyList: return .object(PyListIterator(l))
        case let t as PyTuple: return .object(PyArrayIterator(t.items, type: BuiltinTypes.tupleIterator))
        case let d as PyDict: return .object(PyDictIterator(d, .keys))
        case let s as PySetBase: return .object(PySetIterator(s))
        case let r as PyRange: return .object(r.iterator())
        case let dv as PyDictView: return .object(PyDictIterator(dv.dict, dv.kind))
        case is PyListIterator, is PyListReverseIterator, is PyArrayIterator, is PyStrIterator,
             is PyRangeIterator, is PyLongRangeIterator, is PyDictIterator, is PySetIterator, is PySeqIterator,
             is PyCallableIterator, is PyEnumerate, is PyZip, is PyMap, is PyFilter, is PyReversed:
            return v
        default: return nil
        }
    }

    func isIterator(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        return lookupDunder(o.pyType, "__next__") != nil
    }

    /// `next(it)`; nil when exhausted (StopIteration is not thrown for that).
    public func next(_ iterator: Value) throws -> Value? {
        guard case .object(let o) = iterator else { throw typeError("'\(pyTypeName(iterator))' object is not an iterator") }
        if type(of: o) == PyGenerator.self {
            // What `__next__` does, without its StopIteration at the end.
            let g = unsafeDowncast(o, to: PyGenerator.self)
            if g.finished { return nil }
            if case .yielded(let v) = try genStepNative(g, .send(.none)) { return v }
            return nil
        }
        switch o {
        case let it as PyListIterator:
            if it.index < it.list.items.count {
                it.index += 1
                return it.list.items[it.index - 1]
            }
            it.index = Int.max
            return nil
        case let it as PyRangeIterator:
            return it.advance()
        case let it as PyLongRangeIterator:
            return it.advance()
        case let it as PyArrayIterator:
            if it.index < it.items.count {
                it.index += 1
                return it.items[it.index - 1]
            }
            return nil
        case let it as PyStrIterator:
            if it.index < it.scalars.count {
                it.index += 1
                return .str(String(it.scalars[it.index - 1]))
            }
            return nil
        case let it as PyDictIterator:
            if it.done { return nil }
            if it.dict.count != it.initialCount {
                it.done = true
                throw PyError(BuiltinTypes.runtimeError, "dictionary changed size during iteration")
            }
            guard let (next, k, v) = it.dict.entry(from: it.position) else { it.done = true; return nil }
            it.position = next
            switch it.kind {
            case .keys: return k
            case .values: return v
            case .items: return .tuple([k, v])
            }
        case let it as PySetIterator:
            if it.done { return nil }
            if it.set.count != it.initialCount {
                it.done = true
                throw PyError(BuiltinTypes.runtimeError, "Set changed size during iteration")
            }
            let table = it.set.table
            while it.position < table.count {
                let p = it.position
                it.position += 1
                if case .active(_, let k) = table[p] { return k }
            }
            it.done = true
            return nil
        case let it as PyListReverseIterator:
            if it.index >= 0 && it.index < it.list.items.count {
                it.index -= 1
                return it.list.items[it.index + 1]
            }
            it.index = -1
            return nil
        case let it as PyEnumerate:
            guard let v = try next(it.iterator) else { return nil }
            let i = it.count
            it.count = try binaryOp(.add, i, .int(1))
            return .tuple([i, v])
        case let z as PyZip:
            return try zipNext(z)
        case let m as PyMap:
            var args: [Value] = []
            for it in m.iterators {
                guard let v = try next(it) else { return nil }
                args.append(v)
            }
            return try invoke(m.function, args)
        case let f as PyFilter:
            while let v = try next(f.iterator) {
                let keep = f.function.isNone ? try truthy(v) : try truthy(invoke(f.function, [v]))
                if keep { return v }
            }
            return nil
        case let r as PyReversed:
            if r.index < 0 { return nil }
            let i = r.index
            r.index -= 1
            do {
                return try getItem(r.seq, .int(i))
            } catch let e as PyError where e.exception.pyType.isSubtype(of: BuiltinTypes.indexError)
                        || e.exception.pyType.isSubtype(of: BuiltinTypes.stopIteration) {
                r.index = -1
                return nil
            }
        case let s as PySeqIterator:
            if s.done { return nil }
            do {
                let v = try getItem(s.seq, .int(s.index))
                s.index += 1
                return v
            } catch let e as PyError where e.exception.pyType.isSubtype(of: BuiltinTypes.indexError)
                        || e.exception.pyType.isSubtype(of: BuiltinTypes.stopIteration) {
                s.done = true
                return nil
            }
        case let c as PyCallableIterator:
            if c.done { return nil }
            let v = try invoke(c.callable, [])
            if try equals(v, c.sentinel) { c.done = true; return nil }
            return v
        default:
            guard let f = lookupDunder(o.pyType, "__next__"), !f.isNone else {
                throw typeError("'\(o.pyType.name)' object is not an iterator")
            }
            do {
                return try invoke(f, [iterator])
            } catch let e as PyError where e.exception.pyType.isSubtype(of: BuiltinTypes.stopIteration) {
                return nil
            }
        }
    }

    private func zipNext(_ z: PyZip) throws -> Value? {
        if z.done || z.iterators.isEmpty { return nil }
        var items: [Value] = []
        items.reserveCapacity(z.iterators.count)
        for (i, it) in z.iterators.enumerated() {
            if let v = try next(it) {
                items.append(v)
                continue
            }
            z.done = true
            if z.strict {
                if i > 0 {
                    let plural = i == 1 ? " " : "s 1-"
                    throw valueError("zip() argument \(i + 1) is shorter than argument\(plural)\(i)")
                }
                for (j, other) in z.iterators.enumerated().dropFirst() {
                    if try next(other) != nil {
                        let plural = j == 1 ? " " : "s 1-"
                        throw valueError("zip() argument \(j + 1) is longer than argument\(plural)\(j)")
                    }
                }
            }
            return nil
        }
        return .tuple(items)
    }

    /// Runs `body` for each element of an iterable.
    func forEach(_ iterable: Value, _ body: (Value) throws -> Void) throws {
        var n = 0
        defer { chargeElements(n) }
        if case .object(let o) = iterable, o.pyType.isBuiltin {
            if let t = o as? PyTuple {
                n = t.items.count
                for v in t.items { try body(v) }
                return
            }
        }
        let it = try getIter(iterable)
        while let v = try next(it) {
            n &+= 1
            try body(v)
        }
    }

    /// The elements of an iterable as an array (`list(x)`).
    public func toArray(_ iterable: Value) throws -> [Value] {
        if case .object(let o) = iterable, o.pyType.isBuiltin {
            if let l = o as? PyList { chargeCopy(l.items.count); return l.items }
            if let t = o as? PyTuple { chargeCopy(t.items.count); return t.items }
            if let r = o as? PyRange { try Self.reserveRange(r) }
        }
        var out: [Value] = []
        try forEach(iterable) {
            out.append($0)
            try Self.checkGrowth(out.count)
        }
        return out
    }

    /// CPython sizes the list before filling it from a range: list(range(0, 2**63-1, 2)) fails
    /// at once with MemoryError, and a length past ssize_t with OverflowError (its length hint).
    static func reserveRange(_ r: PyRange) throws {
        guard let n = r.count else { throw PyInt.ssizeOverflow() }
        try HeapBudget.reserve(n, of: MemoryLayout<Value>.stride)
    }

    /// A collection filled from an iterator is held to the memory budget as
    /// it doubles, so `list()` of an endless generator ends in MemoryError,
    /// as it does in CPython, instead of growing inside one native call.
    @inline(__always)
    static func checkGrowth(_ count: Int) throws {
        if count >= 1 << 16, count & (count - 1) == 0 {
            try HeapBudget.reserve(count, of: MemoryLayout<Value>.stride)
        }
    }
}

enum IteratorMethods {
    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__iter__") { _, a in a[0] }
        t.add("__next__") { interp, a in
            guard let v = try interp.next(a[0]) else { throw PyError(PyException(type: BuiltinTypes.stopIteration, args: [])) }
            return v
        }
        return t.dict
    }
}
