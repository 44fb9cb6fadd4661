// A module's global namespace with stable slots, so compiled code can cache
// where a global lives (`CodeObject.globalSlots`) instead of hashing the name
// on every access.

public final class Namespace {
    private(set) var index: [String: Int] = [:]
    private(set) var names: [String] = []
    /// The slots' values (nil = unbound: deleted or not yet assigned), the
    /// first `names.count` initialised. A raw buffer so the VM reads a global
    /// in place, without copying it out of an array first. Reallocated when
    /// full, so read it through `values` every time, never keep it.
    private(set) var values: UnsafeMutablePointer<Value?>
    private var capacity: Int

    public init(_ dict: [String: Value] = [:]) {
        capacity = max(dict.count, 16)
        values = .allocate(capacity: capacity)
        for (k, v) in dict.sorted(by: { $0.key < $1.key }) { self[k] = v }
    }

    deinit {
        values.deinitialize(count: names.count)
        values.deallocate()
    }

    /// The slot of `name`, created unbound when new. Slots never move.
    func slot(_ name: String) -> Int {
        if let i = index[name] { return i }
        let n = names.count
        if n == capacity { grow() }
        (values + n).initialize(to: nil)
        names.append(name)
        index[name] = n
        return n
    }

    private func grow() {
        let bigger = UnsafeMutablePointer<Value?>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: values, count: names.count)
        values.deallocate()
        values = bigger
        capacity *= 2
    }

    public subscript(name: String) -> Value? {
        get {
            guard let i = index[name] else { return nil }
            return values[i]
        }
        set {
            let i = slot(name)
            values[i] = newValue
        }
    }

    /// Bound names in first-assignment order.
    public var dictionary: [String: Value] {
        var d: [String: Value] = [:]
        for (i, n) in names.enumerated() { if let v = values[i] { d[n] = v } }
        return d
    }

    public var orderedItems: [(String, Value)] {
        var out: [(String, Value)] = []
        for (i, n) in names.enumerated() { if let v = values[i] { out.append((n, v)) } }
        return out
    }

    func replace(with dict: [String: Value]) {
        for i in names.indices { values[i] = nil }
        for (k, v) in dict { self[k] = v }
    }
}
