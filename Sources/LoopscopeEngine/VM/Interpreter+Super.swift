// Zero-argument super() and super(type, obj).

extension Interpreter {
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
