// Methods of `object`, `type`, `BaseException`, NoneType and the std streams.

enum ObjectMethods {
    nonisolated(unsafe) static let objectNew: PyNativeFunction = PyNativeFunction("__new__") { interp, a in
        guard a.count > 0, case .object(let o) = a[0], let cls = o as? PyType else {
            throw typeError("object.__new__(X): X is not a type object")
        }
        if a.count > 1 || !a.keywords.isEmpty {
            if !isObjectMethod(cls.lookup("__new__"), objectNew) {
                throw typeError("object.__new__() takes exactly one argument (the type to instantiate)")
            }
            if isObjectMethod(cls.lookup("__init__"), objectInit) {
                throw typeError("\(cls.name)() takes no arguments")
            }
        }
        if cls.isSubtype(of: BuiltinTypes.baseException) {
            return .object(PyException(type: cls, args: Array(a.positional.dropFirst())))
        }
        if cls.isBuiltin && cls !== BuiltinTypes.object {
            throw typeError("object.__new__(\(cls.name)) is not safe, use \(cls.name).__new__()")
        }
        return .object(PyInstance(cls: cls))
    }

    nonisolated(unsafe) static let objectInit: PyNativeFunction = PyNativeFunction("__init__") { interp, a in
        if a.count > 1 || !a.keywords.isEmpty {
            let t = interp.typeOf(a.count > 0 ? a[0] : .none)
            if !isObjectMethod(t.lookup("__init__"), objectInit) {
                throw typeError("object.__init__() takes exactly one argument (the instance to initialize)")
            }
            if isObjectMethod(t.lookup("__new__"), objectNew) {
                throw typeError("\(t.name)() takes no arguments")
            }
        }
        return .none
    }

    static func isObjectMethod(_ v: Value?, _ f: PyNativeFunction) -> Bool {
        guard case .object(let o)? = v else { return false }
        return o === f
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.dict["__new__"] = .object(objectNew)
        t.dict["__init__"] = .object(objectInit)
        t.add("__repr__") { interp, a in
            guard a.count > 0, case .object(let o) = a[0] else { return .str(try interp.repr(a.count > 0 ? a[0] : .none)) }
            return .str(interp.defaultRepr(o))
        }
        t.add("__str__") { interp, a in .str(try interp.repr(a.count > 0 ? a[0] : .none)) }
        t.add("__hash__") { interp, a in
            guard a.count > 0, case .object(let o) = a[0] else { return .int(try interp.hash(a.count > 0 ? a[0] : .none)) }
            return .int(PyHash.pointer(interp.runtime.objectID(o)))
        }
        t.add("__eq__") { interp, a in
            let r = try a.between("__eq__", 1, 1)
            if let v = try interp.builtinCompareSlot(.eq, a[0], r[0]) { return v }
            return a[0].isIdentical(to: r[0]) ? .bool(true) : .notImplemented
        }
        t.add("__ne__") { interp, a in
            let r = try a.between("__ne__", 1, 1)
            if let v = try interp.builtinCompareSlot(.ne, a[0], r[0]) { return v }
            // object.__ne__: the inverse of the type's own __eq__, passing
            // NotImplemented through (never the full == protocol).
            let eqMethod = interp.typeOf(a[0]).lookup("__eq__") ?? .none
            let eq = eqMethod.isNone ? Value.notImplemented : try interp.invoke(eqMethod, [a[0], r[0]])
            if eq.isNotImplemented { return eq }
            return .bool(!(try interp.truthy(eq)))
        }
        for (name, op) in [("__lt__", CompareOp.lt), ("__le__", .le), ("__gt__", .gt), ("__ge__", .ge)] {
            t.add(name) { interp, a in
                let r = try a.between(name, 1, 1)
                return try interp.builtinCompareSlot(op, a[0], r[0]) ?? .notImplemented
            }
        }
        t.add("__format__") { interp, a in
            let r = try a.between("__format__", 1, 1)
            guard case .str(let spec) = r[0] else { throw typeError("__format__() argument must be str, not \(interp.pyTypeName(r[0]))") }
            if !spec.isEmpty { throw typeError("unsupported format string passed to \(interp.pyTypeName(a[0])).__format__") }
            return .str(try interp.str(a[0]))
        }
        t.add("__setattr__") { interp, a in
            let r = try a.between("__setattr__", 2, 2)
            guard case .str(let name) = r[0] else { throw typeError("attribute name must be string, not '\(interp.pyTypeName(r[0]))'") }
            try interp.objectSetAttr(a[0], name, r[1])
            return .none
        }
        t.add("__delattr__") { interp, a in
            guard case .str(let name) = try a.exactlyOne("__delattr__") else { throw typeError("attribute name must be string") }
            try interp.deleteAttribute(a[0], name, hooks: false)
            return .none
        }
        // A classmethod, as in CPython, so `super().__init_subclass__(**kw)` binds the class.
        t.dict["__init_subclass__"] = .object(PyClassMethod(.object(PyNativeFunction("__init_subclass__") { _, a in
            if !a.keywords.isEmpty, a.count > 0, case .object(let o) = a[0], let cls = o as? PyType {
                throw typeError("\(cls.name).__init_subclass__() takes no keyword arguments")
            }
            return .none
        })))
        return t.dict
    }

    static var noneMethods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { _, _ in .none }
        t.add("__repr__") { _, _ in .str("None") }
        t.add("__bool__") { _, _ in .bool(false) }
        return t.dict
    }

    static var streamMethods: [String: Value] {
        var t = MethodTable()
        t.add("write") { interp, a in
            guard case .object(let o) = a[0], let s = o as? PyStdStream else { throw typeError("write() requires a stream") }
            let v = try a.exactlyOne("write")
            guard case .str(let text) = v else { throw typeError("write() argument must be str, not \(interp.pyTypeName(v))") }
            try interp.programWrite(text, s.stream)
            return .int(text.unicodeScalars.count)
        }
        t.add("flush") { _, _ in .none }
        t.add("isatty") { _, _ in .bool(false) }
        return t.dict
    }
}

enum TypeMethods {
    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            // type(x): one argument gives the type. Class creation (3 args)
            // is the VM's business.
            let rest = Array(a.positional.dropFirst())
            if rest.count == 1 && a.keywords.isEmpty { return .object(interp.typeOf(rest[0])) }
            if rest.count == 3 { return try interp.typeNew(a[0], rest, keywords: a.keywords) }
            throw typeError("type() takes 1 or 3 arguments")
        }
        t.add("__init__") { _, _ in .none }
        t.add("__call__") { interp, a in
            guard a.count > 0, case .object(let o) = a[0], let cls = o as? PyType else {
                throw typeError("descriptor '__call__' requires a 'type' object")
            }
            return try interp.instantiateNow(cls, Arguments(Array(a.positional.dropFirst()), keywords: a.keywords))
        }
        t.add("mro") { _, a in
            guard case .object(let o) = a[0], let ty = o as? PyType else { throw typeError("descriptor 'mro' requires a 'type' object") }
            return .list(ty.mro.map { .object($0) })
        }
        return t.dict
    }
}

enum ExceptionMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> PyException {
        guard a.count > 0, case .object(let o) = a[0], let e = o as? PyException else {
            throw typeError("descriptor '\(name)' requires a 'BaseException' object")
        }
        return e
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { _, a in
            guard a.count > 0, case .object(let o) = a[0], let cls = o as? PyType else {
                throw typeError("BaseException.__new__(X): X is not a type object")
            }
            guard cls.isSubtype(of: BuiltinTypes.baseException) else {
                throw typeError("BaseException.__new__(\(cls.name)): \(cls.name) is not a subtype of BaseException")
            }
            return .object(PyException(type: cls, args: Array(a.positional.dropFirst())))
        }
        t.add("__init__") { _, a in
            let e = try receiver(a, "__init__")
            if !a.keywords.isEmpty { throw typeError("\(e.pyType.name)() takes no keyword arguments") }
            e.args = Array(a.positional.dropFirst())
            return .none
        }
        t.add("__str__") { interp, a in .str(try interp.exceptionStr(try receiver(a, "__str__"))) }
        t.add("__repr__") { interp, a in .str(try interp.exceptionRepr(try receiver(a, "__repr__"))) }
        t.add("with_traceback") { _, a in
            _ = try receiver(a, "with_traceback")
            return a[0]
        }
        return t.dict
    }

    /// BaseExceptionGroup / ExceptionGroup (what asyncio.TaskGroup raises).
    static var groupMethods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            guard a.count > 0, case .object(let o) = a[0], let cls = o as? PyType else {
                throw typeError("BaseExceptionGroup.__new__(X): X is not a type object")
            }
            let r = try a.between("BaseExceptionGroup.__new__", 2, 2)
            guard case .str = r[0] else {
                throw typeError("BaseExceptionGroup.__new__() argument 1 must be str, not \(interp.pyTypeName(r[0]))")
            }
            let items: [Value]
            if case .object(let so) = r[1], so is PyList || so is PyTuple {
                items = try interp.toArray(r[1])
            } else {
                throw typeError("second argument (exceptions) must be a sequence")
            }
            if items.isEmpty { throw valueError("second argument (exceptions) must be a non-empty sequence") }
            var allExceptions = true
            for (i, item) in items.enumerated() {
                guard case .object(let io) = item, let e = io as? PyException else {
                    throw valueError("Item \(i) of second argument (exceptions) is not an exception")
                }
                if !e.pyType.isSubtype(of: BuiltinTypes.exception) { allExceptions = false }
            }
            var type = cls
            if cls === BuiltinTypes.baseExceptionGroup && allExceptions { type = BuiltinTypes.exceptionGroup }
            if type.isSubtype(of: BuiltinTypes.exception) && !allExceptions {
                throw typeError("Cannot nest BaseExceptions in an \(type.name)")
            }
            return .object(PyException(type: type, args: [r[0], r[1]]))
        }
        ExceptionGroupMethods.add(to: &t)
        t.add("__init__") { _, _ in .none }
        t.add("__str__") { interp, a in
            let e = try receiver(a, "__str__")
            guard e.args.count == 2 else { return .str(try interp.exceptionStr(e)) }
            let n = try interp.length(e.args[1])
            return .str(try interp.str(e.args[0]) + " (\(n) sub-exception\(n == 1 ? "" : "s"))")
        }
        return t.dict
    }

    static var keyErrorMethods: [String: Value] {
        var t = MethodTable()
        t.add("__str__") { interp, a in
            let e = try receiver(a, "__str__")
            if e.args.count == 1 { return .str(try interp.repr(e.args[0])) }
            return .str(try interp.exceptionStr(e))
        }
        return t.dict
    }
}
