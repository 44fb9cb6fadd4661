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

    /// The set of `objects` (distinct, hashed by identity: `all_tasks()`),
    /// exactly as adding them one by one would leave it, but allocated at its
    /// final size when that gives the same table: when every object has its
    /// own home slot there, each lands in it either way. Skips the growth
    /// steps, the last of which held the old and the new table at once
    /// (12 MB for 100,000 tasks, at the moment the live tasks peak).
    func makeIdentitySet(_ objects: [PyObject]) throws -> PySet {
        let set = PySet()
        let hashes = try objects.map { try hash(.object($0)) }
        let size = Self.setTableSize(afterAdding: objects.count)
        let mask = UInt(size - 1)
        var taken = [Bool](repeating: false, count: size)
        var ownSlots = true
        for h in hashes {
            let slot = Int(UInt(bitPattern: h) & mask)
            if taken[slot] { ownSlots = false; break }
            taken[slot] = true
        }
        taken = []
        if ownSlots, size > PySetBase.minSize { set.resize(minUsed: size - 1) }
        for (o, h) in zip(objects, hashes) { try set.add(.object(o), hash: h, self) }
        return set
    }

    /// The table size `PySetBase.add`'s growth rule (setobject.c) reaches
    /// after adding `n` distinct keys to an empty set.
    static func setTableSize(afterAdding n: Int) -> Int {
        var size = PySetBase.minSize
        for fill in stride(from: 1, through: n, by: 1) where fill * 5 >= (size - 1) * 3 {
            let minUsed = fill > 50000 ? fill * 2 : fill * 4
            size = PySetBase.minSize
            while size <= minUsed { size <<= 1 }
        }
        return size
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
