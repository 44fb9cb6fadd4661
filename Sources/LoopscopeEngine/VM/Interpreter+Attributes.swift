// Attribute access with Python semantics: data descriptors (property), the
// instance dict, the class MRO with binding of functions / native methods /
// classmethod / staticmethod, `__getattr__`, and the special attributes of
// functions, classes, modules and exceptions.

extension Interpreter {
    /// `site`: the VM's cache entry for this attribute access, if any.
    func loadAttribute(_ obj: Value, _ name: String,
                       site: UnsafeMutablePointer<AttributeCacheEntry>? = nil) throws -> Value {
        guard case .object(let o) = obj else {
            let t = vmTypeOf(obj)
            if let v = classAttribute(t, name, site) { return bindDescriptor(v, obj, t, name: name) }
            if let v = builtinDataAttribute(obj, name) { return v }
            throw attributeError(obj, name)
        }
        if let t = o as? PyType { return try typeAttribute(t, name) }
        if let m = o as? PyModule {
            if let v = m.namespace[name] { return v }
            if name == "__dict__" { return dictValue(m.namespace.orderedItems) }
            if let missing = unsupportedModuleAttribute(m, name) { throw PyError(BuiltinTypes.attributeError, missing) }
            throw attributeError(obj, name, message: "module '\(m.name)' has no attribute '\(name)'")
        }
        if let s = o as? PySuper { return try superAttribute(s, name) }
        if let g = o as? PyGenericAlias, let v = try genericAliasAttribute(g, name) { return v }
        if let u = o as? PyUnionType, let v = u.attribute(name) { return v }
        let t = o.pyType
        let classAttr = classAttribute(t, name, site)
        var descriptorGet: Value?
        if let ca = classAttr, case .object(let d) = ca, !(d is PyFunction) {
            if let p = d as? PyProperty {
                if p.getter.isNone { throw PyError(BuiltinTypes.attributeError, "property '\(name)' of '\(t.name)' object has no getter") }
                return try callValue(p.getter, Arguments([obj]))
            }
            if !d.pyType.isBuiltin, let get = d.pyType.lookup("__get__") {
                // A data descriptor (with __set__/__delete__) wins over the instance dict.
                if d.pyType.lookup("__set__") != nil || d.pyType.lookup("__delete__") != nil {
                    return try callValue(get, Arguments([ca, obj, .object(t)]))
                }
                descriptorGet = get
            }
        }
        if let inst = o as? PyInstance {
            if !(inst is PyException), let v = inst.dict[name] { return v }
        }
        if let special = try specialAttribute(o, name) { return special }
        if let inst = o as? PyInstance {
            if let v = inst.dict[name] { return v }
        } else if let sub = o.subclassState {
            if let v = sub.dict[name] { return v }
        } else if let attrs = o.attributes, let v = attrs[name] {
            return v
        }
        if let get = descriptorGet, let ca = classAttr { return try callValue(get, Arguments([ca, obj, .object(t)])) }
        if let ca = classAttr {
            // A `__slots__` member never stored: unset, not the descriptor.
            if case .object(let d) = ca, let m = d as? PyClassDescriptor, m.isMember { throw attributeError(obj, name) }
            return bindDescriptor(ca, obj, t, name: name)
        }
        if t.isBuiltin, let v = builtinDataAttribute(obj, name) { return v }
        // `.real`, `.numerator` of an int subclass (an IntEnum member) are its value's.
        if let b = boxedBase(o), let v = builtinDataAttribute(b, name) { return v }
        if let ga = t.special(.getattr) {
            return try callValue(ga, Arguments([obj, .str(name)]))
        }
        throw attributeError(obj, name)
    }

    func attributeError(_ obj: Value, _ name: String, message: String? = nil) -> PyError {
        let e = PyException(BuiltinTypes.attributeError, message ?? "'\(pyTypeName(obj))' object has no attribute '\(name)'")
        e.dict["name"] = .str(name)
        e.dict["obj"] = obj
        return PyError(e)
    }

    /// Binds a class attribute found for an instance access.
    func bindDescriptor(_ v: Value, _ obj: Value, _ t: PyType, name: String) -> Value {
        guard case .object(let d) = v else { return v }
        if d is PyFunction { return .object(PyBoundMethod(function: v, receiver: obj)) }
        if d is PyNativeFunction {
            return nativeBinds(t, name, d) ? .object(PyBoundMethod(function: v, receiver: obj)) : v
        }
        if let cm = d as? PyClassMethod { return .object(PyBoundMethod(function: cm.function, receiver: .object(t))) }
        if let sm = d as? PyStaticMethod { return sm.function }
        return v
    }

    /// A native function is a method of the builtin type that holds it (it
    /// takes the receiver as args[0]); stored in a class written in Python
    /// (`f = len`) it is a plain builtin function, which never binds in
    /// CPython. Only user classes need the search for the holder.
    func nativeBinds(_ t: PyType, _ name: String, _ f: PyObject) -> Bool {
        if t.isBuiltin || (f as? PyNativeFunction)?.bindsInPythonClass == true { return true }
        for holder in t.mro {
            if case .object(let o)? = holder.dict[name] { return o !== f || holder.isBuiltin }
        }
        return true
    }

    /// LOAD_METHOD: avoids allocating a bound method for `obj.m(...)`.
    func loadMethod(_ obj: Value, _ name: String,
                    site: UnsafeMutablePointer<AttributeCacheEntry>? = nil) throws -> (Value, Value?) {
        if case .object(let o) = obj {
            if o is PyType || o is PyModule || o is PySuper { return (try loadAttribute(obj, name), nil) }
            let t = o.pyType
            if let ca = classAttribute(t, name, site), case .object(let d) = ca,
               d is PyFunction || d is PyNativeFunction && nativeBinds(t, name, d) {
                if let inst = o as? PyInstance {
                    if let v = inst.dict[name] { return (v, nil) }
                } else if let sub = o.subclassState {
                    if let v = sub.dict[name] { return (v, nil) }
                } else if let attrs = o.attributes, let v = attrs[name] {
                    return (v, nil)
                }
                if o is PyFunction || o is PyException || o is PyGenBase {
                    // These have special attributes that shadow nothing callable; fine.
                }
                return (ca, obj)
            }
            return (try loadAttribute(obj, name, site: site), nil)
        }
        let t = vmTypeOf(obj)
        if let ca = classAttribute(t, name, site), case .object(let d) = ca, d is PyFunction || d is PyNativeFunction {
            return (ca, obj)
        }
        return (try loadAttribute(obj, name, site: site), nil)
    }

    func typeAttribute(_ t: PyType, _ name: String) throws -> Value {
        switch name {
        case "__name__": return .str(t.name)
        case "__qualname__": return .str(t.qualname)
        case "__module__":
            if let m = t.dict["__module__"] { return m }
            return .str(t.module)
        case "__mro__": return .tuple(t.mro.map { .object($0) })
        case "__bases__": return .tuple(t.bases.map { .object($0) })
        case "__base__": return t.bases.first.map { .object($0) } ?? Value.none
        case "__dict__": return .object(PyMappingProxy(.type(t)))
        case "__doc__": return t.dict["__doc__"] ?? Value.none
        case "__class__": return .object(t.pyType)
        case "__annotations__" where !t.isBuiltin:
            // Each class owns its annotations (never a base's), created on first read.
            if let a = t.dict["__annotations__"] { return a }
            let a = Value.object(PyDict())
            t.dict["__annotations__"] = a
            return a
        default: break
        }
        if let v = t.lookup(name) {
            if case .object(let d) = v {
                if let cm = d as? PyClassMethod { return .object(PyBoundMethod(function: cm.function, receiver: .object(t))) }
                if let sm = d as? PyStaticMethod { return sm.function }
                if !d.pyType.isBuiltin, let get = d.pyType.lookup("__get__") {
                    return try callValue(get, Arguments([v, .none, .object(t)]))
                }
            }
            return v
        }
        if let v = try metaclassAttribute(t, name) { return v }
        // Methods of the metaclass (`type`), e.g. `mro`.
        if let v = BuiltinTypes.type.lookup(name) { return bindDescriptor(v, .object(t), BuiltinTypes.type, name: name) }
        throw attributeError(.object(t), name, message: "type object '\(t.name)' has no attribute '\(name)'")
    }

    func superAttribute(_ s: PySuper, _ name: String) throws -> Value {
        let mro = s.objectType.mro
        var found = false
        for t in mro {
            if !found {
                if t === s.start { found = true }
                continue
            }
            if let v = t.dict[name] {
                if case .object(let d) = v, let p = d as? PyProperty {
                    return try callValue(p.getter, Arguments([s.object]))
                }
                // super() in a classmethod (obj is the class itself) finds plain functions unbound;
                // in a metaclass method (obj is an instance of the metaclass) they bind.
                if case .object(let o) = s.object, o === s.objectType, case .object(let d) = v, d is PyFunction || d is PyNativeFunction {
                    return v
                }
                return bindDescriptor(v, s.object, s.objectType, name: name)
            }
        }
        if name == "__class__" { return .object(VMTypes.superType) }
        throw PyError(BuiltinTypes.attributeError, "'super' object has no attribute '\(name)'")
    }

    /// Attributes that are not in an instance dict: function metadata,
    /// exception fields, generator state, bound method parts.
    func specialAttribute(_ o: PyObject, _ name: String) throws -> Value? {
        if name == "__class__" { return .object(o.pyType) }
        if name == "__dict__", let d = instanceDict(o) { return d }
        if let fn = o as? PyFunction {
            switch name {
            case "__name__": return .str(fn.name)
            case "__qualname__": return .str(fn.qualname)
            case "__module__": return fn.dict["__module__"] ?? fn.module.namespace["__name__"] ?? Value.none
            case "__doc__": return fn.doc
            case "__dict__": return dictValue(fn.dict.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
            case "__defaults__": return fn.defaults.isEmpty ? Value.none : .tuple(fn.defaults)
            case "__kwdefaults__":
                let names = fn.code.varnames.dropFirst(fn.code.argCount)
                let items = zip(names, fn.kwDefaults).compactMap { n, d in d.map { (n, $0) } }
                return items.isEmpty ? Value.none : dictValue(items)
            case "__annotations__":
                if let a = fn.annotations { return a }
                let a = Value.object(PyDict())
                fn.annotations = a
                return a
            case "__code__": return .object(fn.code)
            case "__globals__": return dictValue(fn.module.namespace.orderedItems)
            case "__closure__": return fn.closure.isEmpty ? Value.none : .tuple(fn.closure.map { .object($0) })
            default: return nil
            }
        }
        if let m = o as? PyBoundMethod {
            switch name {
            case "__self__": return m.receiver
            case "__func__": return m.function
            case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__", "__defaults__", "__code__":
                return try loadAttribute(m.function, name)
            default: return nil
            }
        }
        if let e = o as? PyException {
            switch name {
            case "args": return .tuple(e.args)
            case "__cause__": return e.cause.map { .object($0) } ?? Value.none
            case "__context__": return e.context.map { .object($0) } ?? Value.none
            case "__suppress_context__": return .bool(e.suppressContext)
            case "__traceback__": return e.tracebackValue
            case "value" where e.pyType.isSubtype(of: BuiltinTypes.stopIteration):
                if let v = e.dict["value"] { return v }
                return e.args.first ?? Value.none
            // The runtime owns the rest of the layout (`eg.exceptions`, `exit.code`).
            default: return builtinDataAttribute(.object(e), name)
            }
        }
        if let tb = o as? PyTracebackObject {
            switch name {
            case "tb_lineno": return .int(tb.entries[0].line)
            case "tb_frame": return .object(PyFrameObject(.traceback(tb.entries[0], tracebackModule(tb.entries[0]))))
            case "tb_next": return tb.entries.count > 1 ? .object(PyTracebackObject(Array(tb.entries.dropFirst()))) : Value.none
            default: return nil
            }
        }
        if let g = o as? PyGenBase {
            switch name {
            case "__name__": return .str(g.name)
            case "__qualname__": return .str(g.qualname)
            case "gi_running", "cr_running", "ag_running": return .bool(isExecuting(g))
            // A live frame object until it finishes (inspect reads its line and locals).
            case "gi_frame", "cr_frame", "ag_frame": return g.finished ? Value.none : .object(PyFrameObject(.live(g.frame)))
            case "gi_suspended", "cr_suspended": return .bool(g.frame.started && !g.finished && !isExecuting(g))
            case "cr_await", "gi_yieldfrom", "ag_await": return awaitedObject(g)
            case "gi_code", "cr_code", "ag_code": return .object(g.frame.code)
            case "cr_origin" where g is PyCoroutine: return Value.none
            default: return nil
            }
        }
        if let p = o as? PyProperty {
            switch name {
            case "fget": return p.getter
            case "fset": return p.setter
            case "fdel": return p.deleter
            // No doc given: the getter's, as CPython's property copies it.
            case "__doc__": return p.doc.isNone && !p.getter.isNone ? ((try? loadAttribute(p.getter, "__doc__")) ?? Value.none) : p.doc
            default: return nil
            }
        }
        if let cm = o as? PyClassMethod, name == "__func__" { return cm.function }
        if let sm = o as? PyStaticMethod, name == "__func__" { return sm.function }
        if let f = o as? PyFrameObject { return try frameAttribute(f, name) }
        if let c = o as? TracebackCode {
            switch name {
            case "co_name", "co_qualname": return .str(c.name)
            case "co_filename": return .str(c.filename)
            default: return nil
            }
        }
        if let c = o as? CodeObject {
            switch name {
            case "co_name": return .str(c.name)
            case "co_qualname": return .str(c.qualname)
            case "co_filename": return .str(c.filename)
            case "co_firstlineno": return .int(c.firstLine)
            case "co_varnames": return .tuple(c.varnames.map { .str($0) })
            case "co_argcount": return .int(c.argCount)
            case "co_posonlyargcount": return .int(c.posOnlyCount)
            case "co_kwonlyargcount": return .int(c.kwOnlyCount)
            case "co_flags": return .int(c.pythonFlags)
            default: return nil
            }
        }
        if let c = o as? PyCell, name == "cell_contents" {
            guard let v = c.value else { throw PyError(BuiltinTypes.valueError, "Cell is empty") }
            return v
        }
        if let n = o as? PyNativeFunction {
            switch name {
            case "__name__", "__qualname__": return .str(n.name)
            case "__doc__": return Value.none
            case "__module__": return .str("builtins")
            default: return nil
            }
        }
        return nil
    }

    func storeAttribute(_ obj: Value, _ name: String, _ value: Value,
                        site: UnsafeMutablePointer<AttributeCacheEntry>? = nil) throws {
        guard case .object(let o) = obj else {
            throw attributeError(obj, name)
        }
        if let t = o as? PyType {
            if let meta = t.metatype, let sa = meta.lookup("__setattr__"), case .object(let so) = sa, so is PyFunction {
                _ = try callValue(sa, Arguments([obj, .str(name), value]))
                return
            }
            try typeSetAttr(t, name, value)
            return
        }
        if let m = o as? PyModule { m.namespace[name] = value; return }
        let t = o.pyType
        if !t.isBuiltin, let sa = t.special(.setattr), case .object(let so) = sa, so is PyFunction {
            _ = try callValue(sa, Arguments([obj, .str(name), value]))
            return
        }
        if let ca = classAttribute(t, name, site), case .object(let d) = ca, !(d is PyFunction) {
            if try setThroughDescriptor(d, ca, obj, name, value, t) { return }
        }
        try genericSetAttr(o, name, value)
    }

    /// A class attribute that handles stores itself (a property or a user
    /// data descriptor) takes the store; false when it is a plain value.
    private func setThroughDescriptor(_ d: PyObject, _ ca: Value, _ obj: Value, _ name: String,
                                      _ value: Value, _ t: PyType) throws -> Bool {
        if let p = d as? PyProperty {
            if p.setter.isNone { throw PyError(BuiltinTypes.attributeError, "property '\(name)' of '\(t.name)' object has no setter") }
            _ = try callValue(p.setter, Arguments([obj, value]))
            return true
        }
        if !d.pyType.isBuiltin, let set = d.pyType.lookup("__set__") {
            _ = try callValue(set, Arguments([ca, obj, value]))
            return true
        }
        return false
    }

    /// `type.__setattr__`: the class's own dict, no metaclass hook.
    func typeSetAttr(_ t: PyType, _ name: String, _ value: Value) throws {
        if t.isBuiltin {
            throw PyError(BuiltinTypes.typeError, "cannot set '\(name)' attribute of immutable type '\(t.name)'")
        }
        switch name {
        case "__name__": if case .str(let s) = value { t.name = s }
        case "__qualname__": if case .str(let s) = value { t.qualname = s }
        default:
            if t.dict[name] == nil, let order = t.dictLayout?.order, !order.contains(name) { t.dictLayout?.order.append(name) }
            t.dict[name] = value
        }
    }

    /// `object.__setattr__(obj, name, value)`: descriptors, then the instance dict; no `__setattr__` hook.
    func objectSetAttr(_ obj: Value, _ name: String, _ value: Value) throws {
        if case .object(let o) = obj, let t = o as? PyType { return try typeSetAttr(t, name, value) }
        guard case .object(let o) = obj, !(o is PyModule) else {
            return try storeAttribute(obj, name, value)
        }
        let t = o.pyType
        if let ca = t.lookup(name), case .object(let d) = ca {
            if try setThroughDescriptor(d, ca, obj, name, value, t) { return }
        }
        try genericSetAttr(o, name, value)
    }

    /// `object.__setattr__`: the instance dict and special fields, no hooks.
    func genericSetAttr(_ o: PyObject, _ name: String, _ value: Value) throws {
        // Instances of user classes, by far the most common: no special names.
        if type(of: o) == PyInstance.self, let inst = o as? PyInstance {
            if let layout = inst.pyType.dictLayout, !layout.instancesHaveDict, !layout.slotNames.contains(name) {
                throw slotlessStore(inst, name)
            }
            inst.dict[name] = value
            return
        }
        if let fn = o as? PyFunction {
            switch name {
            case "__name__": if case .str(let s) = value { fn.name = s }; return
            case "__qualname__": if case .str(let s) = value { fn.qualname = s }; return
            case "__doc__": fn.doc = value; return
            case "__defaults__":
                fn.defaults = value.isNone ? [] : try sequenceItems(value); return
            case "__kwdefaults__":
                // The keyword-only defaults the call binder reads, one per name.
                if value.isNone { fn.kwDefaults = fn.kwDefaults.map { _ in nil }; return }
                guard case .object(let o) = value, let d = o as? PyDict else {
                    throw PyError(BuiltinTypes.typeError, "__kwdefaults__ must be set to a dict object")
                }
                let names = fn.code.varnames.dropFirst(fn.code.argCount).prefix(fn.kwDefaults.count)
                fn.kwDefaults = try names.map { try d.get(.str($0), self) }
                return
            case "__annotations__":
                guard case .object(let d) = value, d is PyDict else {
                    throw PyError(BuiltinTypes.typeError, "__annotations__ must be set to a dict object")
                }
                fn.annotations = value; return
            default: fn.dict[name] = value; return
            }
        }
        if let e = o as? PyException {
            switch name {
            case "__cause__":
                e.cause = try optionalException(value, "exception cause must be None or derive from BaseException")
                e.suppressContext = true
                return
            case "__context__":
                e.context = try optionalException(value, "exception context must be None or derive from BaseException")
                return
            case "__suppress_context__":
                e.suppressContext = (try? truthy(value)) ?? false
                return
            case "__traceback__":
                if value.isNone { e.traceback = [] }
                return
            case "args":
                e.args = try sequenceItems(value)
                return
            default: break
            }
        }
        if let inst = o as? PyInstance {
            inst.dict[name] = value
            return
        }
        if let sub = o.subclassState {
            sub.dict[name] = value
            return
        }
        if o.attributes != nil {
            o.attributes?[name] = value
            return
        }
        let tn = o.pyType.name
        if o.pyType.lookup(name) != nil {
            throw PyError(BuiltinTypes.attributeError, "'\(tn)' object attribute '\(name)' is read-only")
        }
        throw PyError(BuiltinTypes.attributeError, "'\(tn)' object has no attribute '\(name)'")
    }

    func optionalException(_ v: Value, _ message: String) throws -> PyException? {
        if v.isNone { return nil }
        if case .object(let o) = v, let e = o as? PyException { return e }
        throw PyError(BuiltinTypes.typeError, message)
    }

    func deleteAttribute(_ obj: Value, _ name: String, hooks: Bool = true) throws {
        guard case .object(let o) = obj else { throw attributeError(obj, name) }
        if hooks, !(o is PyType), !o.pyType.isBuiltin, let da = o.pyType.lookup("__delattr__"), case .object(let df) = da, df is PyFunction {
            _ = try callValue(da, Arguments([obj, .str(name)]))
            return
        }
        if let t = o as? PyType {
            // A metaclass's own __delattr__ (EnumType refuses to delete members).
            if hooks, let meta = t.metatype, let da = meta.lookup("__delattr__"), case .object(let df) = da, df is PyFunction {
                _ = try callValue(da, Arguments([obj, .str(name)]))
                return
            }
            if t.isBuiltin { throw PyError(BuiltinTypes.typeError, "cannot set '\(name)' attribute of immutable type '\(t.name)'") }
            if t.dict.removeValue(forKey: name) == nil {
                throw PyError(BuiltinTypes.attributeError, "type object '\(t.name)' has no attribute '\(name)'")
            }
            return
        }
        if let m = o as? PyModule {
            if m.namespace[name] == nil { throw attributeError(.object(m), name, message: "module '\(m.name)' has no attribute '\(name)'") }
            m.namespace[name] = nil
            return
        }
        let t = o.pyType
        if let ca = t.lookup(name), case .object(let d) = ca, let p = d as? PyProperty {
            if p.deleter.isNone { throw PyError(BuiltinTypes.attributeError, "property '\(name)' of '\(t.name)' object has no deleter") }
            _ = try callValue(p.deleter, Arguments([obj]))
            return
        }
        if let ca = t.lookup(name), case .object(let d) = ca, !d.pyType.isBuiltin, let del = d.pyType.lookup("__delete__") {
            _ = try callValue(del, Arguments([ca, obj]))
            return
        }
        if let fn = o as? PyFunction {
            if name == "__annotations__" { fn.annotations = nil; return }
            if fn.dict.removeValue(forKey: name) == nil { throw attributeError(obj, name) }
            return
        }
        if let inst = o as? PyInstance {
            // In place: going through `attributes` would rebuild the dict and lose its order.
            if inst.dict.removeValue(forKey: name) == nil { throw attributeError(obj, name) }
            return
        }
        if let sub = o.subclassState {
            if sub.dict.removeValue(forKey: name) == nil { throw attributeError(obj, name) }
            return
        }
        if o.attributes?[name] != nil {
            o.attributes?[name] = nil
            return
        }
        throw attributeError(obj, name)
    }

    func dictValue(_ items: [(String, Value)]) -> Value {
        let d = PyDict()
        for (k, v) in items { try? d.set(.str(k), v, self) }
        return .object(d)
    }
}

extension PyException {
    /// `exc.__traceback__`, as `sys.exc_info()[2]` also gives it.
    var tracebackValue: Value { traceback.isEmpty ? .none : .object(PyTracebackObject(traceback)) }
}

/// `exc.__traceback__`: the frames from the one it points at inward, with
/// `tb_lineno`, `tb_next` and `tb_frame` (FrameObject.swift).
public final class PyTracebackObject: PyObject {
    /// Never empty: an exception without frames has `__traceback__` None.
    let entries: [TracebackEntry]
    init(_ entries: [TracebackEntry]) { self.entries = entries }
    public override var pyType: PyType { VMTypes.traceback }
}

extension Interpreter {
    /// Storing `name` on an instance whose class has `__slots__` and no `__dict__`.
    func slotlessStore(_ inst: PyInstance, _ name: String) -> PyError {
        let t = inst.pyType
        if t.lookup(name) != nil {
            return PyError(BuiltinTypes.attributeError, "'\(t.name)' object attribute '\(name)' is read-only")
        }
        return attributeError(.object(inst), name)
    }
}
