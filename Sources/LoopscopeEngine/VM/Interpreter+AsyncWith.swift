// BEFORE_ASYNC_WITH: `async with mgr:` looks up `__aenter__` and
// `__aexit__` on the manager's class and calls `__aenter__`. A lock or
// Condition taken in a loop looked both names up along the MRO (two string
// hashes per class) and bound `__aenter__` to call it once; here the
// lookups are remembered per class until any class attribute changes, and
// a method `__aenter__` is called with the manager as its first argument,
// as calling the bound method does.

/// The last few classes `async with` saw and what they resolve the two
/// names to, valid while `PyType.attributeEpoch` is `epoch`.
final class AsyncWithMethods {
    static let capacity = 4
    private var epoch: UInt64 = 0
    private var types: [PyType] = []
    private var methods: [(enter: Value, exit: Value)] = []
    private var next = 0

    /// `(t.lookup("__aenter__"), t.lookup("__aexit__"))` when both exist.
    @inline(__always)
    func lookup(_ t: PyType) -> (enter: Value, exit: Value)? {
        if epoch == PyType.attributeEpoch {
            for i in types.indices where types[i] === t { return methods[i] }
        } else {
            types.removeAll(keepingCapacity: true)
            methods.removeAll(keepingCapacity: true)
            next = 0
            epoch = PyType.attributeEpoch
        }
        guard let enter = t.lookup("__aenter__"), let exit = t.lookup("__aexit__") else { return nil }
        if types.count < Self.capacity {
            types.append(t)
            methods.append((enter, exit))
        } else {
            types[next] = t
            methods[next] = (enter, exit)
            next = (next + 1) % Self.capacity
        }
        return (enter, exit)
    }
}

extension Interpreter {
    /// `async with mgr`: the bound `__aexit__` (kept on the stack for the
    /// exit) and what `__aenter__()` returned (awaited next).
    func enterAsyncWith(_ mgr: Value) throws -> (exit: Value, entered: Value) {
        let t = vmTypeOf(mgr)
        guard let (enter, exit) = asyncio.asyncWithMethods.lookup(t) else {
            _ = try withMethods(mgr, async: true)   // raises CPython's error
            throw PyError(BuiltinTypes.typeError, "'\(t.name)' object does not support the asynchronous context manager protocol")
        }
        let boundExit = bindDescriptor(exit, mgr, t, name: "__aexit__")
        if case .object(let e) = enter,
           type(of: e) == PyFunction.self || (type(of: e) == PyNativeFunction.self && nativeBinds(t, "__aenter__", e)) {
            // What calling the bound method does: the receiver goes first.
            return (boundExit, try callValue(enter, Arguments([mgr])))
        }
        return (boundExit, try callValue(bindDescriptor(enter, mgr, t, name: "__aenter__"), Arguments()))
    }
}
