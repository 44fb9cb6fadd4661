// An instance's attributes (`obj.__dict__`): string keys in insertion order,
// as Python's dict keeps them. Most instances have a handful of attributes,
// so lookups scan the names instead of hashing: comparing a name with itself
// is nearly free (the same literal shares its storage), where hashing a
// string costs a SipHash every access. Past `indexedFrom` names an index
// takes over, so big namespaces stay O(1).

public struct AttributeDict: Sequence {
    public typealias Element = (key: String, value: Value)

    private var names: [String] = []
    private var slots: [Value] = []
    private var index: [String: Int]?

    static let indexedFrom = 12

    public init() {}

    public init(_ pairs: [String: Value]) {
        for (k, v) in pairs.sorted(by: { $0.key < $1.key }) { self[k] = v }
    }

    public var count: Int { names.count }
    public var isEmpty: Bool { names.isEmpty }
    public var keys: [String] { names }
    public var values: [Value] { slots }

    @inline(__always)
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        for i in names.indices where names[i] == key { return i }
        return nil
    }

    public subscript(key: String) -> Value? {
        get {
            guard let i = position(of: key) else { return nil }
            return slots[i]
        }
        set {
            if let value = newValue {
                if let i = position(of: key) {
                    slots[i] = value
                } else {
                    names.append(key)
                    slots.append(value)
                    if index != nil {
                        index?[key] = names.count - 1
                    } else if names.count >= Self.indexedFrom {
                        rebuildIndex()
                    }
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let i = position(of: key) else { return nil }
        names.remove(at: i)
        let old = slots.remove(at: i)
        if index != nil { rebuildIndex() }
        return old
    }

    public mutating func removeAll() {
        names.removeAll()
        slots.removeAll()
        index = nil
    }

    private mutating func rebuildIndex() {
        var built: [String: Int] = [:]
        for (i, n) in names.enumerated() { built[n] = i }
        index = built
    }

    /// The attributes as a plain dictionary (for `PyObject.attributes`).
    public var dictionary: [String: Value] {
        var d: [String: Value] = [:]
        for (k, v) in self { d[k] = v }
        return d
    }

    public func makeIterator() -> AnyIterator<Element> {
        var i = 0
        return AnyIterator {
            guard i < names.count else { return nil }
            defer { i += 1 }
            return (names[i], slots[i])
        }
    }
}
