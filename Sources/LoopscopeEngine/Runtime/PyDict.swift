// `dict`: CPython's compact dict. Entries live in insertion order in
// `entries` (deleted ones become nil holes, so iteration order survives
// deletion); `indices` is an open-addressing table of positions into
// `entries`, probed like CPython (perturbation), keyed by Python hashes so
// `1`, `1.0` and `True` are the same key.

public final class PyDict: PyObject {
    struct Entry {
        var hash: Int
        var key: Value
        var value: Value
    }

    private static let empty = -1
    private static let dummy = -2

    private(set) var entries: [Entry?] = []
    private var indices: [Int] = PyDict.emptyTable()
    /// Live entries.
    public private(set) var count = 0
    /// Slots of `indices` in use (live + dummy), for the load factor.
    private var filled = 0
    /// Bumped by every structural change, so a lookup whose `__eq__` ran
    /// user code that mutated the dict can restart, and iterators can notice.
    private(set) var version = 0
    /// Whether a key or value holding an object was ever stored: a dict
    /// that never held one (a `**kwargs` dict of ints and strings) is freed
    /// without scanning its entries first.
    private var mayHoldObjects = false

    public override init() {}

    /// Room for `n` entries (a `**kwargs` dict of a known size): no regrowth
    /// of the entry array while it fills.
    func reserveEntries(_ n: Int) {
        entries.reserveCapacity(n)
    }

    /// A `**kwargs` dict for `n` keywords: the entry array allocated once.
    init(keywordCapacity n: Int) {
        super.init()
        if n > 0 { entries.reserveCapacity(n) }
    }

    /// Adds a key known to be absent (a call's keyword names are distinct)
    /// with its hash: no equality tests, no dummies to skip in a fresh dict.
    func appendDistinct(_ key: Value, hash: Int, _ value: Value) {
        let mask = indices.count - 1
        var perturb = UInt(bitPattern: hash)
        var i = Int(UInt(bitPattern: hash) & UInt(mask))
        while indices[i] != PyDict.empty {
            perturb >>= 5
            i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
        }
        if key.holdsObject || value.holdsObject { mayHoldObjects = true }
        filled += 1
        indices[i] = entries.count
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        version &+= 1
        if filled * 3 >= indices.count * 2 { resize() }
    }

    /// A fresh table of 8 empty slots, as a literal: `Array(repeating:count:)`
    /// allocates through the standard library's unspecialised path, which
    /// looks the storage type up at run time (more than the rest of a small
    /// dict's creation).
    @inline(__always)
    private static func emptyTable() -> [Int] {
        [empty, empty, empty, empty, empty, empty, empty, empty]
    }

    deinit {
        // Only keys and values without objects (a `**kwargs` dict): no
        // release runs code or recurses, the trashcan has nothing to bound.
        if count > 0, mayHoldObjects, entries.contains(where: { $0.map { $0.key.holdsObject || $0.value.holdsObject } ?? false }) {
            Trashcan.dispose(&entries, empty: [])
        } else {
            // One by one: the array's own release destroys its elements
            // through the runtime's generic path (a type-metadata walk per
            // element, more than building a small dict cost).
            while !entries.isEmpty { entries.removeLast() }
        }
    }
    /// An instance's `__dict__` passes writes of str keys on to the
    /// instance's attributes (VM/InstanceDict.swift).
    var writeThrough: ((String, Value?) -> Void)?

    /// Set for instances of a user subclass (BuiltinSubclass.swift).
    public var sub: SubclassState?
    public override var pyType: PyType { sub?.cls ?? BuiltinTypes.dict }
    public override var subclassState: SubclassState? { sub }

    /// Position of `key` in `entries`, or nil.
    func position(of key: Value, hash: Int, _ interp: Interpreter) throws -> Int? {
        try find(key, hash: hash, interp).entry
    }

    private func find(_ key: Value, hash: Int, _ interp: Interpreter) throws -> (slot: Int, entry: Int?) {
        restart: while true {
            let mask = indices.count - 1
            var perturb = UInt(bitPattern: hash)
            var i = Int(UInt(bitPattern: hash) & UInt(mask))
            var freeSlot: Int?
            while true {
                let ix = indices[i]
                if ix == PyDict.empty { return (freeSlot ?? i, nil) }
                if ix == PyDict.dummy {
                    if freeSlot == nil { freeSlot = i }
                } else if let e = entries[ix], e.hash == hash {
                    switch KeyEquality.fast(e.key, key) {
                    case .equal: return (i, ix)
                    case .different: break
                    case .unknown:
                        let before = version
                        let eq = try interp.equals(e.key, key)
                        if version != before { continue restart }
                        if eq { return (i, ix) }
                    }
                }
                perturb >>= 5
                i = Int((UInt(i) &* 5 &+ perturb &+ 1) & UInt(mask))
            }
        }
    }

    public func get(_ key: Value, _ interp: Interpreter) throws -> Value? {
        let h = try interp.hash(key)
        guard let p = try find(key, hash: h, interp).entry else { return nil }
        return entries[p]?.value
    }

    public func set(_ key: Value, _ value: Value, _ interp: Interpreter) throws {
        try set(key, hash: try interp.hash(key), value, interp)
    }

    func set(_ key: Value, hash: Int, _ value: Value, _ interp: Interpreter) throws {
        if let w = writeThrough, case .str(let name) = key { w(name, value) }
        if key.holdsObject || value.holdsObject { mayHoldObjects = true }
        let (slot, existing) = try find(key, hash: hash, interp)
        if let p = existing {
            entries[p]?.value = value
            return
        }
        if indices[slot] == PyDict.empty { filled += 1 }
        indices[slot] = entries.count
        entries.append(Entry(hash: hash, key: key, value: value))
        count += 1
        version &+= 1
        if filled * 3 >= indices.count * 2 { resize() }
    }

    /// Removes `key`; returns its value, or nil when absent.
    @discardableResult
    public func remove(_ key: Value, _ interp: Interpreter) throws -> Value? {
        let h = try interp.hash(key)
        let (slot, existing) = try find(key, hash: h, interp)
        guard let p = existing, let e = entries[p] else { return nil }
        if let w = writeThrough, case .str(let name) = key { w(name, nil) }
        indices[slot] = PyDict.dummy
        entries[p] = nil
        count -= 1
        version &+= 1
        // Trailing holes can go: keeps popitem and appends cheap.
        while let last = entries.last, last == nil { entries.removeLast() }
        return e.value
    }

    /// `popitem()`: the last inserted pair.
    public func popLast(_ interp: Interpreter) throws -> (Value, Value)? {
        guard let last = entries.last, let e = last else { return nil }
        _ = try remove(e.key, interp)
        return (e.key, e.value)
    }

    public func clear() {
        if let w = writeThrough {
            for case .str(let name) in keys { w(name, nil) }
        }
        entries = []
        indices = PyDict.emptyTable()
        count = 0
        filled = 0
        version &+= 1
    }

    public func copy() -> PyDict {
        let d = PyDict()
        d.entries = entries
        d.indices = indices
        d.count = count
        d.filled = filled
        d.mayHoldObjects = mayHoldObjects
        return d
    }

    /// Live (key, value) pairs in insertion order.
    public var pairs: [(key: Value, value: Value)] {
        entries.compactMap { $0.map { ($0.key, $0.value) } }
    }
    public var keys: [Value] { entries.compactMap { $0?.key } }
    public var values: [Value] { entries.compactMap { $0?.value } }

    /// The entry at or after `position` in `entries`, for iterators.
    func entry(from position: Int) -> (next: Int, key: Value, value: Value)? {
        var p = position
        while p < entries.count {
            if let e = entries[p] { return (p + 1, e.key, e.value) }
            p += 1
        }
        return nil
    }

    func hashOfEntry(_ position: Int) -> Int? { entries[position]?.hash }

    private func resize() {
        let live = entries.compactMap { $0 }
        var size = 8
        while size * 2 <= live.count * 3 { size <<= 1 }
        size <<= 1
        entries = live
        indices = Array(repeating: PyDict.empty, count: size)
        filled = live.count
        let mask = UInt(size - 1)
        for (n, e) in live.enumerated() {
            var perturb = UInt(bitPattern: e.hash)
            var i = UInt(bitPattern: e.hash) & mask
            while indices[Int(i)] != PyDict.empty {
                perturb >>= 5
                i = (i &* 5 &+ perturb &+ 1) & mask
            }
            indices[Int(i)] = n
        }
    }
}

/// Equality of dict/set keys without running Python code when both sides
/// are values whose `==` the runtime knows.
enum KeyEquality {
    case equal, different, unknown

    static func fast(_ a: Value, _ b: Value) -> KeyEquality {
        switch (a, b) {
        case (.str(let x), .str(let y)): return StrCompare.equal(x, y) ? .equal : .different
        case (.int(let x), .int(let y)): return x == y ? .equal : .different
        case (.none, .none): return .equal
        case (.object(let x), .object(let y)) where x === y: return .equal
        case (.object, _), (_, .object): return .unknown
        default:
            // Mixed immediates (int/float/bool/bigint/str/None): numeric
            // equality without user code.
            if let r = NumericCompare.equalImmediates(a, b) { return r ? .equal : .different }
            return .different
        }
    }
}
