// `x[i]` and `x[i] = v` for a list or tuple and an int index, read in
// place on the value stack: what `subscriptValue`/`setItem` do first, but
// without moving the operands out (and destroying them through the generic
// enum path) or a call. Float-heavy code (`v[0] -= dx * b`) is mostly
// these and arithmetic.

extension Interpreter {
    /// c[i] when c is a list or tuple and i a valid index (negative counts
    /// from the end), as `subscriptValue` answers it; nil otherwise.
    @inline(__always)
    func fastItem(_ o: PyObject, _ i: Int) -> Value? {
        if let l = o as? PyList { return item(of: l.items, i) }
        if let t = o as? PyTuple { return item(of: t.items, i) }
        return nil
    }

    /// A float item is copied as a float: the generic copy of a Value is
    /// an out-of-line call that tests for a reference to retain.
    @inline(__always)
    private func item(of items: [Value], _ i: Int) -> Value? {
        items.withUnsafeBufferPointer { b in
            let n = b.count
            let j = i < 0 ? i &+ n : i
            guard j >= 0 && j < n else { return nil }
            if case .float(let d) = b[j] { return .float(d) }
            return b[j]
        }
    }

    /// c[i] = v for a builtin list and a valid non-negative index, as
    /// `setItem` does it; false when that path does not apply.
    @inline(__always)
    func fastStoreItem(_ c: UnsafeMutablePointer<Value>, _ i: Int, _ v: UnsafeMutablePointer<Value>) -> Bool {
        // `sub == nil` first: a plain list's pyType is a static (a lazy-init check per read).
        guard let ref = c.borrowedObject else { return false }
        return ref._withUnsafeGuaranteedRef { o in
            guard let l = o as? PyList, i >= 0, l.sub == nil || l.pyType.isBuiltin else { return false }
            // One uniqueness check through the buffer pointer, instead of
            // `count`, the subscript's own check and its end of mutation,
            // each an out-of-line call inside the dispatch loop.
            // The replaced item is released after the access ends.
            var replaced: Value?
            let stored = l.items.withUnsafeMutableBufferPointer { b -> Bool in
                guard i < b.count else { return false }
                let slot = b.baseAddress! + i
                switch slot.pointee {
                case .none, .bool, .int, .float: break
                default: replaced = slot.move(); slot.initialize(to: v.move()); return true
                }
                slot.initialize(to: v.move())
                return true
            }
            withExtendedLifetime(replaced) {}
            return stored
        }
    }
}
