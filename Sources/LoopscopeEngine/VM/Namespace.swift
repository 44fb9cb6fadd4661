// A module's global namespace with stable slots, so compiled code can cache
// where a global lives (`CodeObject.globalSlots`) instead of hashing the name
// on every access.

public final class Namespace {
    private(set) var index: [String: Int] = [:]
    private(set) var names: [String] = []
    /// nil marks an unbound (deleted or not yet assigned) slot.
    var values: [Value?] = []

    public init(_ dict: [String: Value] = [:]) {
        for (k, v) in dict.sorted(by: { $0.key < $1.key }) { self[k] = v }
    }

    /// The slot of `name`, created unbound when new. Slots never move.
    func slot(_ name: String) -> Int {
        if let i = index[name] { return i }
        names.append(name)
        values.append(nil)
        index[name] = names.count - 1
        return names.count - 1
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
        for i in values.indices { values[i] = nil }
        for (k, v) in dict { self[k] = v }
    }
}
