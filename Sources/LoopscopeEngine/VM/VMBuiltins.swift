// Builtins that belong to the VM (super, classmethod, staticmethod, property,
// the sandbox refusals) and the method tables of the VM's own types
// (generators, coroutines, async generators, property).

import BigInt

enum VMBridge {
    static func bigint(_ digits: String) -> Value {
        if let b = BigInt(digits) { return Value.integer(b) }
        return .int(0)
    }
}

extension Interpreter {
    func ensureBuiltins() {
        if builtinsLoaded { return }
        builtinsLoaded = true
        VMTypeTables.install()
        var b = makeBuiltins()
        b["super"] = .object(VMTypes.superType)
        b["classmethod"] = .object(VMTypes.classmethod)
        b["staticmethod"] = .object(VMTypes.staticmethod)
        b["property"] = .object(VMTypes.property)
        addIntrospectionBuiltins(&b)
        let refusals: [(String, PyType, String)] = [
            ("open", BuiltinTypes.permissionError, "loopscope runs scripts in a sandbox: open() is not available"),
            ("input", BuiltinTypes.permissionError, "loopscope runs scripts in a sandbox: input() is not available"),
            ("exec", BuiltinTypes.notImplementedError, "loopscope does not support exec()"),
            ("eval", BuiltinTypes.notImplementedError, "loopscope does not support eval()"),
            ("compile", BuiltinTypes.notImplementedError, "loopscope does not support compile()"),
            ("__import__", BuiltinTypes.notImplementedError, "loopscope does not support __import__(); use an import statement"),
            ("breakpoint", BuiltinTypes.notImplementedError, "loopscope does not support breakpoint()"),
        ]
        for (name, type, message) in refusals where b[name] == nil {
            b[name] = native(name) { _, _ in throw PyError(type, message) }
        }
        if b["__name__"] == nil { b["__name__"] = .str("builtins") }
        builtinsNS = Namespace(b)
        if case .object(let n)? = b["next"] { nextBuiltin = n }
    }
}

/// Method tables of the VM's types, installed once per process.
enum VMTypeTables {
    private static let once: Void = {
        func fn(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) -> Value {
            .object(PyNativeFunction(name, body))
        }
        func gen(_ args: Arguments, _ method: String) throws -> PyGenBase {
            guard args.count >= 1, case .object(let o) = args[0], let g = o as? PyGenBase else {
                throw PyError(BuiltinTypes.typeError, "descriptor '\(method)' requires a generator object")
            }
            return g
        }

        // classmethod / staticmethod / property / super as callable types.
        VMTypes.classmethod.dict["__new__"] = fn("__new__") { _, a in
            guard a.count == 2 else { throw PyError(BuiltinTypes.typeError, "classmethod expected 1 argument, got \(a.count - 1)") }
            return .object(PyClassMethod(a[1]))
        }
        VMTypes.staticmethod.dict["__new__"] = fn("__new__") { _, a in
            guard a.count == 2 else { throw PyError(BuiltinTypes.typeError, "staticmethod expected 1 argument, got \(a.count - 1)") }
            return .object(PyStaticMethod(a[1]))
        }
        VMTypes.property.dict["__new__"] = fn("__new__") { _, a in
            let p = a.positional
            return .object(PyProperty(getter: a.keyword("fget") ?? (p.count > 1 ? p[1] : .none),
                                      setter: a.keyword("fset") ?? (p.count > 2 ? p[2] : .none),
                                      deleter: a.keyword("fdel") ?? (p.count > 3 ? p[3] : .none),
                                      doc: a.keyword("doc") ?? (p.count > 4 ? p[4] : .none)))
        }
        func prop(_ a: Arguments) throws -> PyProperty {
            guard a.count == 2, case .object(let o) = a[0], let p = o as? PyProperty else {
                throw PyError(BuiltinTypes.typeError, "property method expects one argument")
            }
            return p
        }
        VMTypes.property.dict["setter"] = fn("setter") { _, a in
            let p = try prop(a)
            return .object(PyProperty(getter: p.getter, setter: a[1], deleter: p.deleter, doc: p.doc))
        }
        VMTypes.property.dict["getter"] = fn("getter") { _, a in
            let p = try prop(a)
            return .object(PyProperty(getter: a[1], setter: p.setter, deleter: p.deleter, doc: p.doc))
        }
        VMTypes.property.dict["deleter"] = fn("deleter") { _, a in
            let p = try prop(a)
            return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: a[1], doc: p.doc))
        }
        VMTypes.superType.dict["__new__"] = fn("__new__") { interp, a in
            if a.count == 1 { return try interp.zeroArgSuper() }
            guard a.count == 3, case .object(let to) = a[1], let t = to as? PyType else {
                throw PyError(BuiltinTypes.typeError, "super() argument 1 must be a type")
            }
            return try interp.makeSuper(t, a[2])
        }

        // Generators.
        let g = VMTypes.generator
        g.dict["__iter__"] = fn("__iter__") { _, a in a[0] }
        g.dict["__next__"] = fn("__next__") { interp, a in try interp.generatorSend(try gen(a, "__next__"), .send(.none)) }
        g.dict["send"] = fn("send") { interp, a in
            guard a.count == 2 else { throw PyError(BuiltinTypes.typeError, "generator.send() takes exactly one argument (\(a.count - 1) given)") }
            return try interp.generatorSend(try gen(a, "send"), .send(a[1]))
        }
        g.dict["throw"] = fn("throw") { interp, a in try interp.generatorThrow(try gen(a, "throw"), a) }
        g.dict["close"] = fn("close") { interp, a in try interp.generatorClose(try gen(a, "close")); return .none }

        // Coroutines: the same protocol, driven by hand.
        let c = VMTypes.coroutine
        c.dict["send"] = fn("send") { interp, a in
            guard a.count == 2 else { throw PyError(BuiltinTypes.typeError, "coroutine.send() takes exactly one argument (\(a.count - 1) given)") }
            return try interp.generatorSend(try gen(a, "send"), .send(a[1]))
        }
        c.dict["throw"] = fn("throw") { interp, a in try interp.generatorThrow(try gen(a, "throw"), a) }
        c.dict["close"] = fn("close") { interp, a in try interp.generatorClose(try gen(a, "close")); return .none }
        c.dict["__await__"] = fn("__await__") { _, a in
            guard case .object(let o) = a[0], let co = o as? PyCoroutine else { return a[0] }
            return .object(PyCoroutineWrapper(co))
        }
        let w = VMTypes.coroutineWrapper
        func wrapped(_ a: Arguments) throws -> PyCoroutine {
            guard case .object(let o) = a[0], let cw = o as? PyCoroutineWrapper else {
                throw PyError(BuiltinTypes.typeError, "expected coroutine_wrapper")
            }
            return cw.coroutine
        }
        w.dict["__iter__"] = fn("__iter__") { _, a in a[0] }
        w.dict["__next__"] = fn("__next__") { interp, a in try interp.generatorSend(try wrapped(a), .send(.none)) }
        w.dict["send"] = fn("send") { interp, a in try interp.generatorSend(try wrapped(a), .send(a.count > 1 ? a[1] : .none)) }
        w.dict["throw"] = fn("throw") { interp, a in try interp.generatorThrow(try wrapped(a), a) }
        w.dict["close"] = fn("close") { interp, a in try interp.generatorClose(try wrapped(a)); return .none }

        // Async generators.
        let ag = VMTypes.asyncGenerator
        func agen(_ a: Arguments) throws -> PyAsyncGenerator {
            guard case .object(let o) = a[0], let g = o as? PyAsyncGenerator else {
                throw PyError(BuiltinTypes.typeError, "expected an async generator")
            }
            return g
        }
        ag.dict["__aiter__"] = fn("__aiter__") { _, a in a[0] }
        ag.dict["__anext__"] = fn("__anext__") { _, a in .object(PyAsyncGenASend(try agen(a), value: .none)) }
        ag.dict["asend"] = fn("asend") { _, a in .object(PyAsyncGenASend(try agen(a), value: a.count > 1 ? a[1] : .none)) }
        ag.dict["athrow"] = fn("athrow") { interp, a in
            let e = try interp.makeRaisable(a.count > 1 ? a[1] : .none)
            return .object(PyAsyncGenASend(try agen(a), value: .none, action: 1, exception: e))
        }
        ag.dict["aclose"] = fn("aclose") { _, a in .object(PyAsyncGenASend(try agen(a), value: .none, action: 2)) }
        installReprs()
        // `int | None`: type.__or__/__ror__ make a types.UnionType (GenericAlias.swift).
        var typeOr = MethodTable()
        GenericAliasTypes.orMethods(into: &typeOr)
        for (k, v) in typeOr.dict { BuiltinTypes.type.dict[k] = v }
    }()

    static func install() { _ = once }
}

/// `coro.__await__()`: an iterator over the coroutine's suspensions.
final class PyCoroutineWrapper: PyObject {
    let coroutine: PyCoroutine
    init(_ c: PyCoroutine) { coroutine = c }
    override var pyType: PyType { VMTypes.coroutineWrapper }
}
