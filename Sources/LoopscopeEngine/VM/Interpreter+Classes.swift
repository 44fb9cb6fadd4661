// `class` statements (CPython's __build_class__) and zero-argument super().

extension Interpreter {
    func buildClass(body: Value, name nameV: Value, bases baseValues: [Value]) throws -> Value {
        guard case .object(let bo) = body, let fn = bo as? PyFunction, case .str(let name) = nameV else {
            throw PyError(BuiltinTypes.typeError, "__build_class__: func must be a function")
        }
        var bases: [PyType] = []
        for b in baseValues {
            guard case .object(let o) = b, let t = o as? PyType else {
                throw PyError(BuiltinTypes.typeError, "bases must be types")
            }
            if (t.isBuiltin && t.name == "bool") || t === VMTypes.function || t === VMTypes.generator || t === VMTypes.coroutine {
                throw PyError(BuiltinTypes.typeError, "type '\(t.name)' is not an acceptable base type")
            }
            bases.append(t)
        }
        if bases.isEmpty { bases = [BuiltinTypes.object] }
        for (i, b) in bases.enumerated() where bases[(i + 1)...].contains(where: { $0 === b }) {
            throw PyError(BuiltinTypes.typeError, "duplicate base class \(b.name)")
        }
        let frame = try bindArguments(fn, Arguments())
        _ = try runNested(frame)
        var ns = frame.classDict ?? [:]
        var cell: PyCell?
        if case .object(let c)? = ns["__classcell__"], let pc = c as? PyCell {
            cell = pc
            ns["__classcell__"] = nil
        }
        var module = "__main__"
        if case .str(let m)? = ns["__module__"] { module = m }
        let t = PyType(name: name, module: module, bases: bases, dict: ns, isBuiltin: false)
        if case .str(let q)? = ns["__qualname__"] { t.qualname = q }
        ns["__qualname__"] = nil
        t.dict["__qualname__"] = nil
        if !mroIsConsistent(t) {
            throw PyError(BuiltinTypes.typeError,
                          "Cannot create a consistent method resolution order (MRO) for bases \(bases.map(\.name).joined(separator: ", "))")
        }
        cell?.value = .object(t)
        // __set_name__ on descriptors, __init_subclass__ on the parent.
        for key in frame.classBody?.order ?? [] {
            guard let v = t.dict[key], case .object(let o) = v, !(o is PyFunction) else { continue }
            if let sn = o.pyType.lookup("__set_name__"), case .object(let so) = sn, so is PyFunction {
                _ = try callValue(sn, Arguments([v, .object(t), .str(key)]))
            }
        }
        if let isc = bases.first?.lookup("__init_subclass__"), case .object(let io) = isc {
            var f: Value = isc
            if let cm = io as? PyClassMethod { f = cm.function }
            if case .object(let fo) = f, fo is PyFunction {
                _ = try callValue(f, Arguments([.object(t)]))
            }
        }
        return .object(t)
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

    /// `super()` with no arguments: `__class__` and the first argument of the
    /// calling Python frame.
    func zeroArgSuper() throws -> Value {
        guard let f = currentFrame else { throw PyError(BuiltinTypes.runtimeError, "super(): no arguments") }
        let code = f.code
        guard code.argCount > 0 || code.hasVarargs else { throw PyError(BuiltinTypes.runtimeError, "super(): no arguments") }
        var first: Value? = f.locals[0]
        if let ci = code.cellArgs.first(where: { $0.arg == 0 })?.cell { first = f.cells[ci].value }
        guard let obj = first else { throw PyError(BuiltinTypes.runtimeError, "super(): arg[0] deleted") }
        guard let ci = code.freevars.firstIndex(of: "__class__") else {
            throw PyError(BuiltinTypes.runtimeError, "super(): __class__ cell not found")
        }
        guard case .object(let co)? = f.cells[code.cellvars.count + ci].value, let cls = co as? PyType else {
            throw PyError(BuiltinTypes.runtimeError, "super(): empty __class__ cell")
        }
        return try makeSuper(cls, obj)
    }

    func makeSuper(_ cls: PyType, _ obj: Value) throws -> Value {
        var objType: PyType
        if case .object(let o) = obj, let t = o as? PyType, t.isSubtype(of: cls) {
            objType = t
        } else {
            objType = vmTypeOf(obj)
        }
        guard objType.isSubtype(of: cls) else {
            throw PyError(BuiltinTypes.typeError, "super(type, obj): obj must be an instance or subtype of type")
        }
        return .object(PySuper(start: cls, object: obj, objectType: objType))
    }
}
