// `types`: the names of the VM's own types, and `types.coroutine`, which
// lets a generator be awaited (the classic way to show what `await` does).
extension Interpreter {
    func makeTypesModule() -> PyModule {
        let m = PyModule(name: "types")
        let ns = m.namespace
        ns["FunctionType"] = .object(VMTypes.function)
        ns["LambdaType"] = .object(VMTypes.function)
        ns["MethodType"] = .object(VMTypes.method)
        ns["GeneratorType"] = .object(VMTypes.generator)
        ns["CoroutineType"] = .object(VMTypes.coroutine)
        ns["AsyncGeneratorType"] = .object(VMTypes.asyncGenerator)
        ns["BuiltinFunctionType"] = .object(BuiltinTypes.builtinFunction)
        ns["ModuleType"] = .object(ModuleType.type)
        ns["MappingProxyType"] = .object(MappingProxyTypes.type)
        ns["GenericAlias"] = .object(GenericAliasTypes.type)
        ns["UnionType"] = .object(GenericAliasTypes.union)
        ns["NoneType"] = .object(BuiltinTypes.noneType)
        ns["CodeType"] = .object(VMTypes.code)
        ns["FrameType"] = .object(VMTypes.frame)
        ns["TracebackType"] = .object(VMTypes.traceback)
        ns["coroutine"] = native("coroutine") { interp, args in
            guard args.count == 1 else { throw PyError(BuiltinTypes.typeError, "coroutine() takes exactly one argument") }
            let fn = args[0]
            guard interp.isCallableValue(fn) else { throw PyError(BuiltinTypes.typeError, "types.coroutine() expects a callable") }
            // A generator function is marked in place (CPython copies its code
            // object with CO_ITERABLE_COROUTINE); other callables pass through.
            if case .object(let o) = fn, let f = o as? PyFunction, f.code.isGenerator { f.code.isIterableCoroutine = true }
            return fn
        }
        return m
    }
}
