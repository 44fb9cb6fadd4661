// The Python containers asyncio returns (gather's list, wait's (done, pending)
// tuple of sets). Bridge to the runtime library's types: until they exist in
// this branch these are minimal stand-ins with the same repr.
extension Interpreter {
    func makeList(_ items: [Value]) -> PyObject { PyList(items) }
    func makeTuple(_ items: [Value]) -> PyObject {
        if case .object(let o) = Value.tuple(items) { return o }
        return PyList(items)
    }
    func makeSet(_ items: [Value]) -> PyObject {
        let s = PySet()
        for v in items { try? s.add(v, self) }
        return s
    }

    /// The items of a list/tuple/set/iterable argument.
    func iterate(_ v: Value) throws -> [Value] {
        if case .object(let o as AsyncioList) = v { return o.items }
        if case .object(let o as PyList) = v { return o.items }
        let it = try getIter(v)
        var out: [Value] = []
        while let x = try next(it) { out.append(x) }
        return out
    }
}

final class AsyncioList: PyObject {
    var items: [Value]
    let isTuple: Bool
    let isSet: Bool

    init(_ items: [Value], tuple: Bool = false, set: Bool = false) {
        self.items = items
        self.isTuple = tuple
        self.isSet = set
    }

    override var pyType: PyType { AsyncioTypes.list }
}
