// `cls.__dict__`, `vars(cls)` and `types.MappingProxyType(d)`: a read-only,
// live view. A class keeps its attributes in an unordered Swift dictionary
// (the attribute lookups read it directly), so the class also remembers its
// keys in definition order (`ClassDictLayout`) and the view lists them in
// that order, with the entries CPython's type_new adds: the `__dict__` and
// `__weakref__` descriptors of a class whose bases give none, `__slots__`'
// members, and `__doc__` (None when the body has no docstring).

/// What a class's `__dict__` shows beyond its attribute values.
struct ClassDictLayout {
    /// Keys in definition order, then later stores; deleted keys are skipped when read.
    var order: [String] = []
    /// The `__dict__`/`__weakref__` descriptors and `__slots__` members, made
    /// once so that two reads of `__dict__` hold the same objects.
    var descriptors: [String: PyClassDescriptor] = [:]
    var instancesHaveDict = true
    var instancesHaveWeakref = true
    /// The `__slots__` members of the class and its bases: the only instance
    /// attributes a class whose instances have no `__dict__` accepts.
    var slotNames: Set<String> = []
}

/// The object behind `cls.__dict__` and `types.MappingProxyType(mapping)`.
final class PyMappingProxy: PyObject {
    enum Source {
        case type(PyType)
        case mapping(Value)
    }
    let source: Source
    init(_ source: Source) { self.source = source }
    override var pyType: PyType { MappingProxyTypes.type }
}

/// A descriptor CPython puts in a class's dict, shown by its repr only.
final class PyClassDescriptor: PyObject {
    let label: String
    let owner: String
    let isMember: Bool
    init(_ label: String, owner: String, isMember: Bool) {
        self.label = label
        self.owner = owner
        self.isMember = isMember
    }
    override var pyType: PyType { isMember ? MappingProxyTypes.member : MappingProxyTypes.getset }
}

enum MappingProxyTypes {
    nonisolated(unsafe) static let type = BuiltinTypes.builtin("mappingproxy", methods: methods)
    nonisolated(unsafe) static let getset = BuiltinTypes.builtin("getset_descriptor", methods: descriptorMethods)
    nonisolated(unsafe) static let member = BuiltinTypes.builtin("member_descriptor", methods: descriptorMethods)

    private static func proxy(_ a: Arguments, _ name: String) throws -> PyMappingProxy {
        guard a.count > 0, case .object(let o) = a[0], let p = o as? PyMappingProxy else {
            throw typeError("descriptor '\(name)' for 'mappingproxy' objects doesn't apply to this object")
        }
        return p
    }

    private static var descriptorMethods: [String: Value] {
        var t = MethodTable()
        t.add("__repr__") { _, a in
            guard case .object(let o) = a[0], let d = o as? PyClassDescriptor else { return .str("<descriptor>") }
            return .str("<\(d.isMember ? "member" : "attribute") '\(d.label)' of '\(d.owner)' objects>")
        }
        return t.dict
    }

    private static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            guard a.count == 2 else {
                throw typeError("mappingproxy() missing required argument 'mapping' (pos 1)")
            }
            let m = a[1]
            let isMapping: Bool
            if case .object(let o) = m, !(o is PyList), !(o is PyTuple), (o is PyDict || o is PyMappingProxy || o.pyType.lookup("keys") != nil) {
                isMapping = true
            } else {
                isMapping = false
            }
            guard isMapping else {
                throw typeError("mappingproxy() argument must be a mapping, not \(interp.pyTypeName(m))")
            }
            return .object(PyMappingProxy(.mapping(m)))
        }
        t.add("__getitem__") { interp, a in
            try interp.getItem(try proxy(a, "__getitem__").backing(interp), try a.exactlyOne("__getitem__"))
        }
        t.add("__contains__") { interp, a in
            .bool(try interp.contains(try proxy(a, "__contains__").backing(interp), try a.exactlyOne("__contains__")))
        }
        t.add("__iter__") { interp, a in try interp.getIter(try proxy(a, "__iter__").backing(interp)) }
        t.add("__len__") { interp, a in .int(try interp.length(try proxy(a, "__len__").backing(interp))) }
        for name in ["keys", "values", "items", "copy", "get"] {
            t.add(name) { interp, a in
                let backing = try proxy(a, name).backing(interp)
                return try interp.callValue(try interp.loadAttribute(backing, name), Arguments(Array(a.positional.dropFirst())))
            }
        }
        t.add("__eq__") { interp, a in
            let other = try a.exactlyOne("__eq__")
            var rhs = other
            if case .object(let o) = other, let p = o as? PyMappingProxy { rhs = try p.backing(interp) }
            return try interp.richCompare(.eq, try proxy(a, "__eq__").backing(interp), rhs)
        }
        t.add("__or__") { interp, a in
            try interp.binaryOp(.bitor, try proxy(a, "__or__").backing(interp), try a.exactlyOne("__or__"))
        }
        t.add("__ror__") { interp, a in
            try interp.binaryOp(.bitor, try a.exactlyOne("__ror__"), try proxy(a, "__ror__").backing(interp))
        }
        t.add("__repr__") { interp, a in
            .str("mappingproxy(" + (try interp.repr(try proxy(a, "__repr__").backing(interp))) + ")")
        }
        // PySequence_DelItem's wording (a mappingproxy has sequence slots), not PyObject_DelItem's.
        t.add("__delitem__") { _, a in throw typeError("'\(try proxy(a, "__delitem__").pyType.name)' object does not support item deletion") }
        t.add("__str__") { interp, a in .str(try interp.str(try proxy(a, "__str__").backing(interp))) }
        t.dict["__hash__"] = Value.none
        return t.dict
    }
}

extension PyMappingProxy {
    /// The mapping the view reads: a class's attributes in order, or the wrapped mapping.
    func backing(_ interp: Interpreter) throws -> Value {
        switch source {
        case .mapping(let m): return m
        case .type(let t): return interp.dictValue(interp.classDictItems(t))
        }
    }
}

extension Interpreter {
    /// A class's attributes as its `__dict__` lists them.
    func classDictItems(_ t: PyType) -> [(String, Value)] {
        let layout = t.dictLayout ?? ClassDictLayout()
        var out: [(String, Value)] = []
        var seen: Set<String> = []
        for k in layout.order where seen.insert(k).inserted {
            if let v = t.dict[k] {
                out.append((k, v))
            } else if let d = layout.descriptors[k] {
                out.append((k, .object(d)))
            } else if k == "__doc__" {
                out.append((k, .none))
            }
        }
        // Stores that did not go through `type.__setattr__` (native set-up) come last, by name.
        for k in t.dict.keys.sorted() where !seen.contains(k) { out.append((k, t.dict[k]!)) }
        return out
    }

    /// The layout `type.__new__` gives a class whose body produced `namespace`.
    func classDictLayout(_ name: String, _ bases: [PyType], _ namespace: [(String, Value)]) throws -> ClassDictLayout {
        var layout = ClassDictLayout()
        layout.order = namespace.map(\.0).filter { $0 != "__qualname__" && $0 != "__classcell__" }
        // `type(name, bases, ns)` without `__module__`: type_new adds it after the namespace.
        if !layout.order.contains("__module__") { layout.order.append("__module__") }
        func baseHas(_ keyPath: KeyPath<ClassDictLayout, Bool>, builtin: (PyType) -> Bool) -> Bool {
            bases.contains { b in b.dictLayout.map { $0[keyPath: keyPath] } ?? builtin(b) }
        }
        let dictFromBase = baseHas(\.instancesHaveDict) { $0.isSubtype(of: BuiltinTypes.baseException) }
        let weakrefFromBase = baseHas(\.instancesHaveWeakref) {
            $0 === BuiltinTypes.set || $0 === BuiltinTypes.frozenset || $0 === BuiltinTypes.type
        }
        var slotNames: [String]?
        if let slots = namespace.first(where: { $0.0 == "__slots__" })?.1 {
            if case .str(let s) = slots { slotNames = [s] } else {
                slotNames = try sequenceItems(slots).map { v in
                    guard case .str(let s) = v else {
                        throw typeError("__slots__ items must be strings, not '\(pyTypeName(v))'")
                    }
                    return s
                }
            }
        }
        var wantsDict = !dictFromBase, wantsWeakref = !weakrefFromBase
        if let slotNames {
            wantsDict = wantsDict && slotNames.contains("__dict__")
            wantsWeakref = wantsWeakref && slotNames.contains("__weakref__")
            // type_new mangles private slot names as the compiler mangles attributes.
            for s in slotNames where s != "__dict__" && s != "__weakref__" {
                let member = PrivateNames.mangle(s, inClass: name)
                layout.order.append(member)
                layout.descriptors[member] = PyClassDescriptor(member, owner: name, isMember: true)
            }
        }
        for (key, wanted) in [("__dict__", wantsDict), ("__weakref__", wantsWeakref)] where wanted {
            layout.order.append(key)
            layout.descriptors[key] = PyClassDescriptor(key, owner: name, isMember: false)
        }
        if !namespace.contains(where: { $0.0 == "__doc__" }) { layout.order.append("__doc__") }
        layout.slotNames = Set(layout.descriptors.filter { $0.value.isMember }.keys)
        for b in bases { layout.slotNames.formUnion(b.dictLayout?.slotNames ?? []) }
        layout.instancesHaveDict = dictFromBase || wantsDict
        layout.instancesHaveWeakref = weakrefFromBase || wantsWeakref
        return layout
    }
}
