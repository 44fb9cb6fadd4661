// The methods of `dict` and of its views.

enum DictMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> PyDict {
        guard a.count > 0, case .object(let o) = a[0], let d = o as? PyDict else {
            throw typeError("descriptor '\(name)' requires a 'dict' object")
        }
        return d
    }

    /// dict.update(other): a mapping (has keys()) or an iterable of pairs.
    static func update(_ interp: Interpreter, _ d: PyDict, _ other: Value) throws {
        for (k, v) in try interp.toDictPairs(other) { try d.set(k, v, interp) }
    }

    /// dict(x, **kw) / d.update(x, **kw): the arguments after the receiver.
    static func fill(_ interp: Interpreter, _ d: PyDict, _ a: Arguments, _ fname: String) throws {
        let rest = a.positional.dropFirst()
        if rest.count > 1 { throw typeError("\(fname) expected at most 1 argument, got \(rest.count)") }
        if let src = rest.first { try update(interp, d, src) }
        for (k, v) in a.keywords { try d.set(.str(k), v, interp) }
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            let d = PyDict()
            if let cls = try interp.newTarget(a, BuiltinTypes.dict) {
                // A subclass's __init__ decides what goes in (dict.__init__ by default).
                d.sub = SubclassState(cls)
                return .object(d)
            }
            try fill(interp, d, a, "dict")
            return .object(d)
        }
        t.add("__init__") { interp, a in
            // A plain dict was filled by __new__ (one call for `dict(x)`).
            let d = try receiver(a, "__init__")
            if d.sub != nil { try fill(interp, d, a, "dict") }
            return .none
        }
        t.add("__len__") { _, a in .int(try receiver(a, "__len__").count) }
        t.addMutableContainerDunders()
        t.add("__repr__") { interp, a in .str(try interp.nativeRepr(try receiver(a, "__repr__")) ?? "") }
        t.add("keys") { _, a in try a.none("dict.keys"); return .object(PyDictView(try receiver(a, "keys"), .keys)) }
        t.add("values") { _, a in try a.none("dict.values"); return .object(PyDictView(try receiver(a, "values"), .values)) }
        t.add("items") { _, a in try a.none("dict.items"); return .object(PyDictView(try receiver(a, "items"), .items)) }
        t.add("get") { interp, a in
            let d = try receiver(a, "get")
            let r = try a.between("get", 1, 2)
            return try d.get(r[0], interp) ?? (r.count > 1 ? r[1] : .none)
        }
        t.add("setdefault") { interp, a in
            let d = try receiver(a, "setdefault")
            let r = try a.between("setdefault", 1, 2)
            if let v = try d.get(r[0], interp) { return v }
            let v = r.count > 1 ? r[1] : .none
            try d.set(r[0], v, interp)
            return v
        }
        t.add("pop") { interp, a in
            let d = try receiver(a, "pop")
            let r = try a.between("pop", 1, 2)
            if let v = try d.remove(r[0], interp) { return v }
            if r.count > 1 { return r[1] }
            throw PyError(PyException(type: BuiltinTypes.keyError, args: [r[0]]))
        }
        t.add("popitem") { interp, a in
            try a.none("dict.popitem")
            let d = try receiver(a, "popitem")
            guard let (k, v) = try d.popLast(interp) else { throw PyError(BuiltinTypes.keyError, "popitem(): dictionary is empty") }
            return .tuple([k, v])
        }
        t.add("update") { interp, a in
            try fill(interp, try receiver(a, "update"), a, "update")
            return .none
        }
        t.add("copy") { _, a in try a.none("dict.copy"); return .object(try receiver(a, "copy").copy()) }
        t.add("clear") { _, a in try a.none("dict.clear"); try receiver(a, "clear").clear(); return .none }
        var methods = t.dict
        // A classmethod: `D.fromkeys(...)` on a subclass builds a D, filled
        // through its own __setitem__ as CPython does.
        methods["fromkeys"] = .object(PyClassMethod(.object(PyNativeFunction("fromkeys") { interp, a in
            guard a.count > 0, case .object(let o) = a[0], let cls = o as? PyType else {
                throw typeError("descriptor 'fromkeys' needs a type")
            }
            let args = try a.between("fromkeys", 1, 2)
            let v = args.count > 1 ? args[1] : .none
            if cls === BuiltinTypes.dict {
                let d = PyDict()
                try interp.forEach(args[0]) { try d.set($0, v, interp) }
                return .object(d)
            }
            let d = try interp.callValue(.object(cls), Arguments([]))
            try interp.forEach(args[0]) { try interp.setItem(d, $0, v) }
            return d
        })))
        return methods
    }

    static var viewMethods: [String: Value] {
        var t = MethodTable()
        t.add("__len__") { interp, a in .int(try interp.length(a[0])) }
        t.add("__iter__") { interp, a in try interp.getIter(a[0]) }
        t.add("__contains__") { interp, a in .bool(try interp.contains(a[0], try a.exactlyOne("__contains__"))) }
        return t.dict
    }
}

extension Interpreter {
    /// The (key, value) pairs of a mapping or of an iterable of pairs.
    func toDictPairs(_ src: Value) throws -> [(Value, Value)] {
        if case .object(let o) = src {
            if let d = o as? PyDict, o.pyType.isBuiltin || o.pyType.inheritsNative("__iter__") { return d.pairs.map { ($0.key, $0.value) } }
            if let p = o as? PyMappingProxy { return try toDictPairs(try p.backing(self)) }
            if !o.pyType.isBuiltin, lookupDunder(o.pyType, "keys") != nil {
                var out: [(Value, Value)] = []
                let keys = try invoke(try getAttribute(src, "keys"), [])
                try forEach(keys) { k in out.append((k, try getItem(src, k))) }
                return out
            }
        }
        var out: [(Value, Value)] = []
        var index = 0
        let it: Value
        do { it = try getIter(src) } catch let e as PyError where e.exception.pyType === BuiltinTypes.typeError {
            throw typeError("'\(pyTypeName(src))' object is not iterable")
        }
        while let item = try next(it) {
            let pair: [Value]
            do { pair = try toArray(item) } catch let e as PyError where e.exception.pyType === BuiltinTypes.typeError {
                throw typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            if pair.count != 2 {
                throw valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            out.append((pair[0], pair[1]))
            index += 1
        }
        return out
    }
}
