import BigInt
// Builtins over iterables: enumerate, zip, map, filter, sorted, reversed,
// sum, min, max, any, all, iter, next.

extension Interpreter {
    /// `anext(it, default)`: awaits the step, `default` when it stops.
    func anextWithDefault() throws -> Value {
        let m = try modules["_anext"] ?? executeModuleSource("""
            async def anext_default(step, default):
                try:
                    return await step
                except StopAsyncIteration:
                    return default
            """, name: "_anext")
        return m.namespace["anext_default"] ?? .none
    }
}

extension Builtins {
    static func addIteration(_ t: inout MethodTable) {
        t.add("iter") { interp, a in
            let r = try a.between("iter", 1, 2, receiver: false)
            if r.count == 2 { return .object(PyCallableIterator(r[0], r[1])) }
            return try interp.getIter(r[0])
        }
        t.add("next") { interp, a in
            let r = try a.between("next", 1, 2, receiver: false)
            guard case .object(let o) = r[0], interp.isIteratorObject(o) else {
                throw typeError("'\(interp.pyTypeName(r[0]))' object is not an iterator")
            }
            // Without a default, `__next__` itself runs so its StopIteration
            // (a generator's return value included) reaches the caller intact.
            if r.count == 1, let f = interp.lookupDunder(o.pyType, "__next__"), !f.isNone {
                return try interp.invoke(f, [r[0]])
            }
            if let v = try interp.next(r[0]) { return v }
            if r.count > 1 { return r[1] }
            throw PyError(PyException(type: BuiltinTypes.stopIteration, args: []))
        }
        t.add("aiter") { interp, a in
            let r = try a.between("aiter", 1, 1, receiver: false)
            guard let f = interp.vmTypeOf(r[0]).lookup("__aiter__") else {
                throw typeError("'\(interp.pyTypeName(r[0]))' object is not an async iterable")
            }
            return try interp.invoke(f, [r[0]])
        }
        t.add("anext") { interp, a in
            let r = try a.between("anext", 1, 2, receiver: false)
            let step: Value
            if case .object(let o) = r[0], o is PyAsyncGenerator {
                step = try interp.anextAwaitable(r[0])
            } else if let f = interp.vmTypeOf(r[0]).lookup("__anext__") {
                step = try interp.invoke(f, [r[0]])
            } else {
                throw typeError("'\(interp.pyTypeName(r[0]))' object is not an async iterator")
            }
            if r.count == 1 { return step }
            return try interp.call(try interp.anextWithDefault(), Arguments([step, r[1]]))
        }
        t.add("enumerate") { interp, a in
            let p = try a.bind("enumerate", ["iterable", "start"], required: 1, receiver: false)
            let start = p[1] ?? .int(0)
            guard PyInt.isInt(start) else { throw typeError("'\(interp.pyTypeName(start))' object cannot be interpreted as an integer") }
            return .object(PyEnumerate(try interp.getIter(p[0] ?? .none), start: start))
        }
        t.add("zip") { interp, a in
            var strict = false
            for (k, v) in a.keywords {
                guard k == "strict" else { throw typeError("zip() got an unexpected keyword argument '\(k)'") }
                strict = try interp.truthy(v)
            }
            return .object(PyZip(try a.positional.map { try interp.getIter($0) }, strict: strict))
        }
        t.add("map") { interp, a in
            try a.noKeywords("map")
            if a.count < 2 { throw typeError("map() must have at least two arguments.") }
            return .object(PyMap(a[0], try a.positional.dropFirst().map { try interp.getIter($0) }))
        }
        t.add("filter") { interp, a in
            try a.noKeywords("filter")
            let r = try a.between("filter", 2, 2, receiver: false)
            return .object(PyFilter(r[0], try interp.getIter(r[1])))
        }
        t.add("sorted") { interp, a in
            if a.count != 1 {
                throw typeError(a.count == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got \(a.count)")
            }
            var key: Value?, reverse = false
            for (k, v) in a.keywords {
                switch k {
                case "key": key = v
                case "reverse": reverse = try interp.truthy(v)
                default: throw typeError("sort() got an unexpected keyword argument '\(k)'")
                }
            }
            var items = try interp.toArray(a[0])
            if case .object(let o) = a[0], o is PyList { items = Array(items) }
            try interp.sortValues(&items, key: key, reverse: reverse)
            return .list(items)
        }
        t.add("reversed") { interp, a in
            let v = try a.exactlyOne("reversed", receiver: false)
            if case .object(let o) = v, o.pyType.isBuiltin {
                switch o {
                case let l as PyList: return .object(PyListReverseIterator(l))
                case let tup as PyTuple: return .object(PyArrayIterator(tup.items.reversed(), type: BuiltinTypes.reversed))
                case let r as PyRange:
                    return .object(r.iterator(reversed: true))
                case let d as PyDict: return .object(PyArrayIterator(d.keys.reversed(), type: BuiltinTypes.dictKeyIterator))
                case let dv as PyDictView:
                    let items: [Value]
                    switch dv.kind {
                    case .keys: items = dv.dict.keys
                    case .values: items = dv.dict.values
                    case .items: items = dv.dict.pairs.map { .tuple([$0.key, $0.value]) }
                    }
                    return .object(PyArrayIterator(items.reversed(), type: BuiltinTypes.reversed))
                default: break
                }
            }
            if case .str(let s) = v {
                return .object(PyArrayIterator(s.unicodeScalars.reversed().map { .str(String(Character($0))) }, type: BuiltinTypes.reversed))
            }
            if let r = try interp.callDunder(v, "__reversed__", []) { return r }
            if case .object(let o) = v, interp.lookupDunder(o.pyType, "__getitem__") != nil, interp.lookupDunder(o.pyType, "__len__") != nil {
                return .object(PyReversed(v, count: try interp.length(v)))
            }
            throw typeError("'\(interp.pyTypeName(v))' object is not reversible")
        }
        // `sum(x)` (METH_FASTCALL in CPython) takes the one-argument call
        // path, without an argument array; `start` needs the full binding.
        t.add("sum", unary: { interp, v in try sumValues(interp, v, start: .int(0)) }) { interp, a in
            // Argument Clinic's check comes before the keywords are looked at.
            if a.positional.isEmpty { throw typeError("sum() takes at least 1 positional argument (0 given)") }
            let p = try a.bind("sum", ["iterable", "start"], required: 1, positionalOnly: 1, receiver: false)
            return try sumValues(interp, p[0] ?? .none, start: p[1] ?? .int(0))
        }
        t.add("min") { interp, a in try minMax(interp, a, "min", .lt) }
        t.add("max") { interp, a in try minMax(interp, a, "max", .gt) }
        t.add("any") { interp, a in
            let v = try a.exactlyOne("any", receiver: false)
            let it = try interp.getIter(v)
            while let x = try interp.next(it) { if try interp.truthy(x) { return .bool(true) } }
            return .bool(false)
        }
        t.add("all") { interp, a in
            let v = try a.exactlyOne("all", receiver: false)
            let it = try interp.getIter(v)
            while let x = try interp.next(it) { if !(try interp.truthy(x)) { return .bool(false) } }
            return .bool(true)
        }
    }

    static func sumValues(_ interp: Interpreter, _ iterable: Value, start: Value) throws -> Value {
        var acc = start
        if case .str = acc { throw typeError("sum() can't sum strings [use ''.join(seq) instead]") }
        if let total = rangeSum(interp, iterable, start: acc) { return total }
        try interp.forEach(iterable) { v in
            if case .int(let x) = acc, case .int(let y) = v {
                acc = PyInt.add(x, y)
            } else if case .float(let x) = acc, case .float(let y) = v {
                acc = .float(x + y)
            } else {
                acc = try interp.binaryOp(.add, acc, v)
            }
        }
        return acc
    }

    /// `sum(range(...))` from an int start, in closed form: the same value
    /// as adding the items one by one, but without a native loop of up to
    /// 2**64 items that nothing could interrupt (a fuzz mutant summed
    /// `range(2**31)`). The CPU clock is still charged for every item.
    private static func rangeSum(_ interp: Interpreter, _ iterable: Value, start: Value) -> Value? {
        guard case .object(let o) = iterable, let r = o as? PyRange else { return nil }
        let first: BigInt
        switch start {
        case .int(let i): first = BigInt(i)
        case .bigint(let b): first = b
        default: return nil
        }
        let n = r.length
        interp.chargeElements(Int(clamping: n))
        return .integer(first + n * r.bigStart + r.bigStep * (n * (n - 1) / 2))
    }

    static func minMax(_ interp: Interpreter, _ a: Arguments, _ name: String, _ op: CompareOp) throws -> Value {
        var key: Value?, dflt: Value?
        for (k, v) in a.keywords {
            switch k {
            case "key": key = v.isNone ? nil : v
            case "default": dflt = v
            default: throw typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        if a.count == 0 { throw typeError("\(name) expected at least 1 argument, got 0") }
        let items: [Value]
        if a.count == 1 {
            items = try interp.toArray(a[0])
        } else {
            if dflt != nil { throw typeError("Cannot specify a default for \(name)() with multiple positional arguments") }
            items = a.positional
        }
        interp.chargeElements(items.count)
        guard var best = items.first else {
            if let d = dflt { return d }
            throw valueError("\(name)() arg is an empty sequence")
        }
        var bestKey = try key.map { try interp.invoke($0, [best]) } ?? best
        for v in items.dropFirst() {
            let k = try key.map { try interp.invoke($0, [v]) } ?? v
            if try interp.truthy(interp.richCompare(op, k, bestKey)) {
                best = v
                bestKey = k
            }
        }
        return best
    }
}
