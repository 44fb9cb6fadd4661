// An instance's attributes (`obj.__dict__`): string keys in insertion order,
// as Python's dict keeps them. Most instances have a handful of attributes,
// so lookups scan the names instead of hashing: comparing a name with itself
// is nearly free (the same literal shares its storage), where hashing a
// string costs a SipHash every access. Past `indexedFrom` names an index
// takes over, so big namespaces stay O(1).

public struct AttributeDict: Sequence {
    public typealias Element = (key: String, value: Value)

    /// One array of pairs: one allocation per instance, not two.
    private var entries: [Element] = []
    private var index: [String: Int]?

    static let indexedFrom = 12

    public init() {}

    public init(_ pairs: [String: Value]) {
        for (k, v) in pairs.sorted(by: { $0.key < $1.key }) { self[k] = v }
    }

    /// Whether releasing the values may free objects in turn (a chain of
    /// deinits the trashcan bounds); ints, floats and strings cannot.
    var holdsObjects: Bool {
        entries.contains { if case .object = $0.value { return true } else { return false } }
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }
    public var keys: [String] { entries.map(\.key) }
    public var values: [Value] { entries.map(\.value) }

    @inline(__always)
    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        for i in entries.indices where AttributeDict.sameName(entries[i].key, key) { return i }
        return nil
    }

    /// `a == b`, with the scan's usual answer (two different short names)
    /// found without a call into the string library: a string of at most 15
    /// UTF-8 bytes is stored inline in one canonical form (bit 61 of its
    /// second word says so, an ABI-stable layout), so two such strings are
    /// equal exactly when their bits are.
    @inline(__always)
    static func sameName(_ a: String, _ b: String) -> Bool {
        let x = unsafeBitCast(a, to: (UInt64, UInt64).self)
        let y = unsafeBitCast(b, to: (UInt64, UInt64).self)
        if x.0 == y.0, x.1 == y.1 { return true }
        if x.1 & y.1 & (1 << 61) != 0 { return false }
        return a == b
    }

    public subscript(key: String) -> Value? {
        get {
            guard let i = position(of: key) else { return nil }
            return entries[i].value
        }
        set {
            if let value = newValue {
                if let i = position(of: key) {
                    entries[i].value = value
                } else {
                    append(key, value)
                }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    @discardableResult
    public mutating func removeValue(forKey key: String) -> Value? {
        guard let i = position(of: key) else { return nil }
        let old = entries.remove(at: i).value
        if index != nil { rebuildIndex() }
        return old
    }

    // MARK: with a position hint

    // Instances of one class usually get their attributes in the same
    // order (in `__init__`), so an attribute site remembers where it found
    // the name last time and checks that position first, as CPython's
    // inline caches keep an index into a class's shared keys.

    /// `sameName(a, b.pointee)`, reading the name in place (the dispatch
    /// loop's names live in a code object's buffer): no copy of it.
    @inline(__always)
    static func sameName(_ a: String, at b: UnsafePointer<String>) -> Bool {
        let x = unsafeBitCast(a, to: (UInt64, UInt64).self)
        let y = UnsafeRawPointer(b).load(as: (UInt64, UInt64).self)
        if x.0 == y.0, x.1 == y.1 { return true }
        if x.1 & y.1 & (1 << 61) != 0 { return false }
        return a == b.pointee
    }

    @inline(__always)
    private func position(at key: UnsafePointer<String>) -> Int? {
        if let index { return index[key.pointee] }
        for i in entries.indices where AttributeDict.sameName(entries[i].key, at: key) { return i }
        return nil
    }

    /// Whether the name at `key` has a value.
    @inline(__always)
    func contains(_ key: UnsafePointer<String>) -> Bool { position(at: key) != nil }

    /// The value for the name at `key`, looking at position `hint` first;
    /// `hint` becomes the position it was found at.
    @inline(__always)
    func value(_ key: UnsafePointer<String>, hint: inout Int32) -> Value? {
        let h = Int(hint)
        if h < entries.count, AttributeDict.sameName(entries[h].key, at: key) { return entries[h].value }
        guard let i = position(at: key) else { return nil }
        hint = Int32(truncatingIfNeeded: i)
        return entries[i].value
    }

    /// The name stored at position `i`: a caller keeping this copy of it
    /// matches it by its bits from then on (see `sameName`).
    func name(at i: Int) -> String { entries[i].key }

    /// `self[key.pointee] = value`, looking at position `hint` first;
    /// `hint` becomes the key's position. A new name is appended without
    /// a second scan.
    @inline(__always)
    mutating func set(_ key: UnsafePointer<String>, _ value: consuming Value, hint: inout Int32) {
        let h = Int(hint)
        if h < entries.count, AttributeDict.sameName(entries[h].key, at: key) {
            entries[h].value = value
            return
        }
        if let i = position(at: key) {
            entries[i].value = value
            hint = Int32(truncatingIfNeeded: i)
            return
        }
        hint = Int32(truncatingIfNeeded: entries.count)
        append(key.pointee, value)
    }

    /// A name known to be absent.
    private mutating func append(_ key: String, _ value: consuming Value) {
        entries.append((key, value))
        if index != nil {
            index?[key] = entries.count - 1
        } else if entries.count >= Self.indexedFrom {
            rebuildIndex()
        }
    }

    /// Room for `n` attributes before the first one arrives.
    mutating func reserve(_ n: Int) {
        entries.reserveCapacity(n)
    }

    /// Drops every attribute, last first, from code specialised for the
    /// pairs: left to the array's own deinit, they are destroyed through
    /// the generic value witnesses, several times slower. Only for
    /// attributes whose release runs no code (see `holdsObjects`), so the
    /// order is not observable.
    mutating func releaseScalars() {
        while !entries.isEmpty { entries.removeLast() }
    }

    /// The storage of a freed instance whose attributes were released
    /// (`releaseScalars`), emptied for the next instance of its class
    /// (`PyType.spareAttributes`); nil when there is none worth keeping.
    mutating func takeEmptiedStorage() -> AttributeDict? {
        guard entries.isEmpty, entries.capacity > 0 else { return nil }
        index = nil
        var taken = AttributeDict()
        swap(&taken, &self)
        return taken
    }

    public mutating func removeAll() {
        entries.removeAll()
        index = nil
    }

    private mutating func rebuildIndex() {
        var built: [String: Int] = [:]
        for (i, e) in entries.enumerated() { built[e.key] = i }
        index = built
    }

    /// The attributes as a plain dictionary (for `PyObject.attributes`).
    public var dictionary: [String: Value] {
        var d: [String: Value] = [:]
        for (k, v) in entries { d[k] = v }
        return d
    }

    public func makeIterator() -> IndexingIterator<[Element]> {
        entries.makeIterator()
    }
}
