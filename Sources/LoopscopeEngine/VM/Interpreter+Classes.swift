// `class` statements (CPython's __build_class__ and type.__new__), metaclasses.

extension Interpreter {
    func buildClass(body: Value, name nameV: Value, bases baseValues: [Value], keywords kwValue: Value?) throws -> Value {
        guard case .object(let bo) = body, let fn = bo as? PyFunction, case .str(let name) = nameV else {
            throw PyError(BuiltinTypes.typeError, "__build_class__: func must be a function")
        }
        var keywords = try kwValue.map(keywordsFromMapping) ?? []
        var explicitMeta: Value?
        if let i = keywords.firstIndex(where: { $0.0 == "metaclass" }) {
            explicitMeta = keywords[i].1
            keywords.remove(at: i)
        }
        let bases = try resolveMROEntries(baseValues)
        // As __build_class__: the metaclass first, then its __prepare__, then the body.
        var meta: PyType?
        switch explicitMeta {
        case nil: meta = try winningMetaclass(BuiltinTypes.type, bases)
        case .object(let mo)? where mo is PyType: meta = try winningMetaclass(mo as! PyType, bases)
        default: meta = nil
        }
        let metaValue = meta.map { Value.object($0) } ?? explicitMeta ?? .none
        let prepared = try prepareNamespace(metaValue, meta, nameV, bases, keywords)
        let frame = try bindArguments(fn, Arguments())
        frame.classBody?.mapping = prepared
        _ = try runNested(frame)
        if let prepared {
            return try callValue(metaValue, Arguments([nameV, .tuple(bases), prepared], keywords: keywords))
        }
        let ns = frame.classBody?.items ?? []
        guard let meta else {
            // A plain callable as metaclass: called like one, with the namespace.
            return try callValue(metaValue, Arguments([nameV, .tuple(bases), dictValue(ns)], keywords: keywords))
        }
        if meta === BuiltinTypes.type {
            return .object(try createType(meta: meta, name: name, bases: bases, namespace: ns, keywords: keywords))
        }
        return try callValue(.object(meta), Arguments([nameV, .tuple(bases), dictValue(ns)], keywords: keywords))
    }

    /// Bases that are not classes but know which class stands for them
    /// (`typing.NamedTuple`, `Generic[T]`) are replaced via `__mro_entries__`.
    func resolveMROEntries(_ baseValues: [Value]) throws -> [Value] {
        var out: [Value] = []
        for b in baseValues {
            if case .object(let o) = b, !(o is PyType), let f = try? loadAttribute(b, "__mro_entries__") {
                let r = try callValue(f, Arguments([.tuple(baseValues)]))
                out.append(contentsOf: try sequenceItems(r))
            } else {
                out.append(b)
            }
        }
        return out
    }

    /// `type.__new__(meta, name, bases, ns, **kw)` and `type(name, bases, ns)`.
    func typeNew(_ metaV: Value, _ args: [Value], keywords: Keywords) throws -> Value {
        guard case .object(let mo) = metaV, let meta = mo as? PyType else {
            throw PyError(BuiltinTypes.typeError, "type.__new__(X): X is not a type object")
        }
        guard case .str(let name) = args[0] else {
            throw PyError(BuiltinTypes.typeError, "type.__new__() argument 1 must be str, not \(pyTypeName(args[0]))")
        }
        guard case .object(let bto) = args[1], let bt = bto as? PyTuple else {
            throw PyError(BuiltinTypes.typeError, "type.__new__() argument 2 must be tuple, not \(pyTypeName(args[1]))")
        }
        guard case .object(let dobj) = args[2], let d = dobj as? PyDict else {
            throw PyError(BuiltinTypes.typeError, "type.__new__() argument 3 must be dict, not \(pyTypeName(args[2]))")
        }
        var ns: [(String, Value)] = []
        for (k, v) in d.pairs {
            guard case .str(let ks) = k else { continue }
            ns.append((ks, v))
        }
        let winner = try winningMetaclass(meta, bt.items)
        return .object(try createType(meta: winner, name: name, bases: bt.items, namespace: ns, keywords: keywords))
    }

    /// The most derived metaclass among `meta` and the bases' metaclasses.
    func winningMetaclass(_ meta: PyType, _ bases: [Value]) throws -> PyType {
        var winner = meta
        for b in bases {
            guard case .object(let o) = b, let bt = o as? PyType else { continue }
            let bm = bt.pyType
            if winner.isSubtype(of: bm) { continue }
            if bm.isSubtype(of: winner) { winner = bm; continue }
            throw PyError(BuiltinTypes.typeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    func createType(meta: PyType, name: String, bases baseValues: [Value], namespace: [(String, Value)], keywords: Keywords) throws -> PyType {
        var bases: [PyType] = []
        for b in baseValues {
            guard case .object(let o) = b, let t = o as? PyType else {
                throw PyError(BuiltinTypes.typeError, "bases must be types")
            }
            if t === BuiltinTypes.bool || t === BuiltinTypes.range || t === BuiltinTypes.slice
                || t === BuiltinTypes.noneType || t === VMTypes.function || t === VMTypes.generator || t === VMTypes.coroutine {
                throw PyError(BuiltinTypes.typeError, "type '\(t.name)' is not an acceptable base type")
            }
            bases.append(t)
        }
        if bases.isEmpty { bases = [BuiltinTypes.object] }
        for (i, b) in bases.enumerated() where bases[(i + 1)...].contains(where: { $0 === b }) {
            throw PyError(BuiltinTypes.typeError, "duplicate base class \(b.name)")
        }
        var ns: [String: Value] = [:]
        for (k, v) in namespace { ns[k] = v }
        var cell: PyCell?
        if case .object(let c)? = ns["__classcell__"], let pc = c as? PyCell {
            cell = pc
            ns["__classcell__"] = nil
        }
        // CPython makes these implicit classmethods / staticmethods.
        for key in ["__init_subclass__", "__class_getitem__"] {
            if case .object(let f)? = ns[key], f is PyFunction { ns[key] = .object(PyClassMethod(ns[key]!)) }
        }
        var module = "__main__"
        if case .str(let m)? = ns["__module__"] { module = m } else if let f = currentFrame, let m = f.globals["__name__"], case .str(let ms) = m { module = ms; ns["__module__"] = m }
        let t = PyType(name: name, module: module, bases: bases, dict: ns, isBuiltin: false)
        t.dictLayout = try classDictLayout(name, bases, namespace)
        // Each `__slots__` member is a descriptor in the class (`C.x`).
        for (member, d) in t.dictLayout?.descriptors ?? [:] where d.isMember {
            if t.dict[member] != nil {
                throw PyError(BuiltinTypes.valueError, "'\(member)' in __slots__ conflicts with class variable")
            }
            t.dict[member] = .object(d)
        }
        if meta !== BuiltinTypes.type { t.metatype = meta }
        if case .str(let q)? = ns["__qualname__"] { t.qualname = q }
        t.dict["__qualname__"] = nil
        // type_new stores __doc__ = None in a class without a docstring, so
        // its instances do not find a base class's docstring.
        if t.dict["__doc__"] == nil { t.dict["__doc__"] = Value.none }
        if !mroIsConsistent(t) {
            throw PyError(BuiltinTypes.typeError,
                          "Cannot create a consistent method resolution order (MRO) for bases \(bases.map(\.name).joined(separator: ", "))")
        }
        cell?.value = .object(t)
        for (key, v) in namespace {
            guard case .object(let o) = v, !(o is PyFunction), !o.pyType.isBuiltin,
                  let sn = o.pyType.lookup("__set_name__") else { continue }
            do {
                _ = try callValue(sn, Arguments([v, .object(t), .str(key)]))
            } catch let e as PyError {
                // 3.11's type_new_set_names: the error becomes the cause of a RuntimeError.
                let wrapped = PyException(BuiltinTypes.runtimeError,
                                          "Error calling __set_name__ on '\(o.pyType.name)' instance '\(key)' in '\(t.name)'")
                wrapped.cause = e.exception
                wrapped.context = e.exception
                wrapped.suppressContext = true
                throw PyError(wrapped)
            }
        }
        try callInitSubclass(t, keywords)
        return t
    }

    /// `super(t, t).__init_subclass__(**keywords)`.
    private func callInitSubclass(_ t: PyType, _ keywords: Keywords) throws {
        for c in t.mro.dropFirst() {
            guard let isc = c.dict["__init_subclass__"] else { continue }
            if case .object(let io) = isc, let cm = io as? PyClassMethod {
                _ = try callValue(cm.function, Arguments([.object(t)], keywords: keywords))
            }
            return
        }
    }

    /// An attribute a class gets from its metaclass: `Color.__members__`.
    func metaclassAttribute(_ t: PyType, _ name: String) throws -> Value? {
        guard let meta = t.metatype, let v = meta.lookup(name) else { return nil }
        if case .object(let d) = v, let p = d as? PyProperty {
            return try callValue(p.getter, Arguments([.object(t)]))
        }
        return bindDescriptor(v, .object(t), meta, name: name)
    }

    /// `cls(*args)` from native code, `__init__` included.
    func instantiateNow(_ t: PyType, _ args: Arguments) throws -> Value {
        switch try instantiate(t, args, parent: nil) {
        case .value(let v): return v
        case .frame(let f): return try runNestedFrame(f, mode: f.mode)
        }
    }

    func mroIsConsistent(_ t: PyType) -> Bool {
        // Every base's MRO order must be preserved in t's MRO.
        let mro = t.mro
        for b in t.bases {
            var last = -1
            for x in b.mro {
                guard let i = mro.firstIndex(where: { $0 === x }) else { return false }
                if i < last { return false }
                last = i
            }
        }
        var last = -1
        for b in t.bases {
            guard let i = mro.firstIndex(where: { $0 === b }) else { return false }
            if i < last { return false }
            last = i
        }
        return true
    }
}

extension Interpreter {
    /// `meta.__prepare__(name, bases, **kw)` when a metaclass defines one; nil
    /// means the body fills an ordinary namespace (type.__prepare__'s dict).
    func prepareNamespace(_ metaValue: Value, _ meta: PyType?, _ name: Value, _ bases: [Value],
                          _ keywords: Keywords) throws -> Value? {
        if let meta, !meta.mro.contains(where: { !$0.isBuiltin && $0.dict["__prepare__"] != nil }) { return nil }
        guard meta != nil || (try? loadAttribute(metaValue, "__prepare__")) != nil else { return nil }
        let prepare = try loadAttribute(metaValue, "__prepare__")
        let ns = try callValue(prepare, Arguments([name, .tuple(bases)], keywords: keywords))
        guard case .object(let o) = ns, o is PyDict || lookupDunder(o.pyType, "__getitem__") != nil else {
            let metaName = meta?.name ?? "<metaclass>"
            throw typeError("\(metaName).__prepare__() must return a mapping, not \(pyTypeName(ns))")
        }
        return ns
    }

    /// The run loop's read of a class body's prepared namespace (`sync` first: it may run Python code).
    func prepared(_ f: Frame, _ name: String, _ sync: () -> Void) throws -> Value? {
        sync()
        guard let m = f.classBody?.mapping else { return nil }
        return try classMappingGet(m, name)
    }

    /// A class body's read of a prepared namespace; nil when the key is missing.
    func classMappingGet(_ mapping: Value, _ name: String) throws -> Value? {
        if case .object(let o) = mapping, let d = o as? PyDict, o.pyType.isBuiltin { return try d.get(.str(name), self) }
        do {
            return try getItem(mapping, .str(name))
        } catch let e as PyError where e.exception.pyType.isSubtype(of: BuiltinTypes.keyError) {
            return nil
        }
    }

    func classMappingDelete(_ mapping: Value, _ name: String) throws {
        do {
            try delItem(mapping, .str(name))
        } catch let e as PyError where e.exception.pyType.isSubtype(of: BuiltinTypes.keyError) {
            throw PyError(BuiltinTypes.nameError, "name '\(name)' is not defined")
        }
    }
}
