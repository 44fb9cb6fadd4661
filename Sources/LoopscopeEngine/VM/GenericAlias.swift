// The runtime forms annotations are written with: `list[int]` (a
// types.GenericAlias: subscripting a builtin container type) and `int | None`
// (a types.UnionType). Both show as written, so annotations print as
// CPython's do; an alias calls and subclasses as its origin and refuses
// isinstance(), a union is a valid isinstance() class spec.

final class PyGenericAlias: PyObject {
    let origin: Value
    let args: [Value]
    init(origin: Value, args: [Value]) {
        self.origin = origin
        self.args = args
    }
    override var pyType: PyType { GenericAliasTypes.type }

    /// The builtin types whose subscription makes an alias (others stay lenient: the type itself).
    static func isAliasOrigin(_ t: PyType) -> Bool {
        t === BuiltinTypes.list || t === BuiltinTypes.dict || t === BuiltinTypes.tuple || t === BuiltinTypes.set
            || t === BuiltinTypes.frozenset || t === BuiltinTypes.type
    }

    static func parameterized(_ origin: Value, _ key: Value) -> Value {
        if case .object(let o) = key, let t = o as? PyTuple { return .object(PyGenericAlias(origin: origin, args: t.items)) }
        return .object(PyGenericAlias(origin: origin, args: [key]))
    }
}

enum GenericAliasTypes {
    nonisolated(unsafe) static let type = PyType(name: "GenericAlias", module: "types", bases: [BuiltinTypes.object],
                                                 dict: methods, isBuiltin: true)
    nonisolated(unsafe) static let union = PyType(name: "UnionType", module: "types", bases: [BuiltinTypes.object],
                                                  dict: unionMethods, isBuiltin: true)

    /// `|` for classes (installed on `type`), aliases and unions.
    static func orMethods(into t: inout MethodTable) {
        t.add("__or__") { interp, a in try PyUnionType.make(interp, a[0], try a.exactlyOne("__or__")) }
        t.add("__ror__") { interp, a in try PyUnionType.make(interp, try a.exactlyOne("__ror__"), a[0]) }
    }

    private static var unionMethods: [String: Value] {
        var t = MethodTable()
        orMethods(into: &t)
        t.add("__repr__") { interp, a in
            guard case .object(let o) = a[0], let u = o as? PyUnionType else { return .str("<union>") }
            return .str(try u.args.map { v -> String in
                if case .object(let o) = v, o === BuiltinTypes.noneType { return "None" }
                return try itemRepr(interp, v)
            }.joined(separator: " | "))
        }
        t.add("__eq__") { interp, a in
            guard case .object(let o) = a[0], let u = o as? PyUnionType,
                  case .object(let p) = try a.exactlyOne("__eq__"), let v = p as? PyUnionType else { return .notImplemented }
            func covers(_ x: [Value], _ y: [Value]) throws -> Bool {
                try x.allSatisfy { m in try y.contains { try interp.truthy(try interp.richCompare(.eq, m, $0)) } }
            }
            return .bool(try covers(u.args, v.args) && covers(v.args, u.args))
        }
        t.add("__hash__") { interp, a in
            guard case .object(let o) = a[0], let u = o as? PyUnionType else { return .int(0) }
            return .int(try u.args.reduce(0) { $0 ^ (try interp.hash($1)) })
        }
        return t.dict
    }

    private static func alias(_ a: Arguments) throws -> PyGenericAlias {
        guard a.count > 0, case .object(let o) = a[0], let g = o as? PyGenericAlias else {
            throw typeError("descriptor requires a 'types.GenericAlias' object")
        }
        return g
    }

    /// ga_repr's rule for one item: `...`, an alias as itself, a class by (module.)qualname.
    static func itemRepr(_ interp: Interpreter, _ v: Value) throws -> String {
        if case .object(let o) = v {
            if o is PyEllipsis { return "..." }
            if let t = o as? PyType {
                let module = t.isBuiltin ? t.module : (t.dict["__module__"].flatMap { if case .str(let s) = $0 { return s }; return nil } ?? t.module)
                return module == "builtins" ? t.qualname : "\(module).\(t.qualname)"
            }
            if let l = o as? PyList { return "[" + (try l.items.map { try itemRepr(interp, $0) }).joined(separator: ", ") + "]" }
        }
        return try interp.repr(v)
    }

    private static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__repr__") { interp, a in
            let g = try alias(a)
            let inner = g.args.isEmpty ? "()" : (try g.args.map { try itemRepr(interp, $0) }).joined(separator: ", ")
            return .str(try itemRepr(interp, g.origin) + "[" + inner + "]")
        }
        t.add("__call__") { interp, a in
            try interp.callValue(try alias(a).origin, Arguments(Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        t.add("__mro_entries__") { _, a in .tuple([try alias(a).origin]) }
        orMethods(into: &t)
        t.add("__eq__") { interp, a in
            let g = try alias(a)
            guard case .object(let o) = try a.exactlyOne("__eq__"), let h = o as? PyGenericAlias else { return .notImplemented }
            let same = try interp.truthy(try interp.richCompare(.eq, g.origin, h.origin))
                && (try interp.truthy(try interp.richCompare(.eq, .tuple(g.args), .tuple(h.args))))
            return .bool(same)
        }
        t.add("__hash__") { interp, a in
            let g = try alias(a)
            return .int(try interp.hash(g.origin) ^ interp.hash(.tuple(g.args)))
        }
        return t.dict
    }
}

extension Interpreter {
    /// `__origin__`, `__args__`, `__parameters__`; nil for the alias's own
    /// methods (the usual lookup); any other attribute is the origin's.
    func genericAliasAttribute(_ g: PyGenericAlias, _ name: String) throws -> Value? {
        switch name {
        case "__origin__": return g.origin
        case "__args__": return .tuple(g.args)
        case "__parameters__": return .tuple([])
        case "__class__", "__mro_entries__", "__eq__", "__hash__", "__repr__", "__call__", "__or__", "__ror__": return nil
        default: return try loadAttribute(g.origin, name)
        }
    }
}

/// `int | None`, `list[int] | str`: types.UnionType, what `|` between
/// classes (and None, aliases, unions) gives since 3.10.
final class PyUnionType: PyObject {
    let args: [Value]
    init(_ args: [Value]) { self.args = args }
    override var pyType: PyType { GenericAliasTypes.union }

    /// `__args__` and `__parameters__`; nil for the usual lookup.
    func attribute(_ name: String) -> Value? {
        switch name {
        case "__args__": return .tuple(args)
        case "__parameters__": return .tuple([])
        default: return nil
        }
    }

    static func isUnionable(_ v: Value) -> Bool {
        if v.isNone { return true }
        guard case .object(let o) = v else { return false }
        return o is PyType || o is PyGenericAlias || o is PyUnionType
    }

    /// `a | b`: flattened, duplicates dropped, None as NoneType; one member stands alone.
    static func make(_ interp: Interpreter, _ a: Value, _ b: Value) throws -> Value {
        guard isUnionable(a), isUnionable(b) else { return .notImplemented }
        var members: [Value] = []
        for v in [a, b] {
            let items: [Value]
            if case .object(let o) = v, let u = o as? PyUnionType { items = u.args } else { items = [v] }
            for item in items {
                let m = item.isNone ? Value.object(BuiltinTypes.noneType) : item
                if try !members.contains(where: { try interp.truthy(try interp.richCompare(.eq, $0, m)) }) { members.append(m) }
            }
        }
        return members.count == 1 ? members[0] : .object(PyUnionType(members))
    }
}
