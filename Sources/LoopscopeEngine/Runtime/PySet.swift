// `set` and `frozenset` with CPython's hash table layout (setobject.c):
// open addressing, runs of LINEAR_PROBES linear probes, then perturbation;
// resize rules and merge strategies copied, so iteration order (and so
// `print({3, 1, 2})`) matches CPython for ints.

public class PySetBase: PyObject {
    enum Slot {
        case empty
        case dummy
        case active(hash: Int, key: Value)
    }

    static let minSize = 8
    static let linearProbes = 9
    static let perturbShift = 5

    var table: [Slot] = Array(repeating: .empty, count: PySetBase.minSize)

    deinit {
        if count > 0 { Trashcan.dispose(&table, empty: []) }
    }
    /// Active entries.
    public internal(set) var count = 0
    /// Active + dummy entries.
    var fill = 0
    /// Where `pop()` resumes its scan.
    var finger = 0
    /// Bumped on every structural change (iterators notice size changes).
    var version = 0

    var mask: Int { table.count - 1 }

    public override init() {}

    public var sub: SubclassState?
    public override var subclassState: SubclassState? { sub }

    /// The live keys in table order (CPython's iteration order).
    public var elements: [Value] {
        var out: [Value] = []
        out.reserveCapacity(count)
        for s in table { if case .active(_, let k) = s { out.append(k) } }
        return out
    }

    var activeEntries: [(hash: Int, key: Value)] {
        var out: [(hash: Int, key: Value)] = []
        out.reserveCapacity(count)
        for s in table { if case .active(let h, let k) = s { out.append((h, k)) } }
        return out
    }

    // MARK: lookup

    /// Index of the active slot holding `key`, or nil.
    func findSlot(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Int? {
        restart: while true {
            let mask = UInt(self.mask)
            var perturb = UInt(bitPattern: hash)
            var i = UInt(bitPattern: hash) & mask
            while true {
                let probes = (i + UInt(PySetBase.linearProbes) <= mask) ? PySetBase.linearProbes : 0
                var j = i
                for _ in 0...probes {
                    switch table[Int(j)] {
                    case .empty: return nil
                    case .dummy: break
                    case .active(let h, let k):
                        if h == hash {
                            switch KeyEquality.fast(k, key) {
                            case .equal: return Int(j)
                            case .different: break
                            case .unknown:
                                let before = version, size = table.count
                                let eq = try interp.equals(k, key)
                                if version != before || size != table.count { continue restart }
                                if eq { return Int(j) }
                            }
                        }
                    }
                    j += 1
                }
                perturb >>= UInt(PySetBase.perturbShift)
                i = (i &* 5 &+ 1 &+ perturb) & mask
            }
        }
    }

    public func contains(_ key: Value, _ interp: Interpreter) throws -> Bool {
        try findSlot(key, hash: try interp.hash(key), interp) != nil
    }

    func contains(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Bool {
        try findSlot(key, hash: hash, interp) != nil
    }

    // MARK: insertion (set_add_entry)

    public func add(_ key: Value, _ interp: Interpreter) throws {
        try add(key, hash: try interp.hash(key), interp)
    }

    func add(_ key: Value, hash: Int, _ interp: Interpreter) throws {
        restart: while true {
            let mask = UInt(self.mask)
            var perturb = UInt(bitPattern: hash)
            var i = UInt(bitPattern: hash) & mask
            var freeSlot: Int?
            var found: Int?
            search: while true {
                let probes = (i + UInt(PySetBase.linearProbes) <= mask) ? PySetBase.linearProbes : 0
                var j = i
                for _ in 0...probes {
                    switch table[Int(j)] {
                    case .empty:
                        found = Int(j)
                        break search
                    case .dummy:
                        if freeSlot == nil { freeSlot = Int(j) }
                    case .active(let h, let k):
                        if h == hash {
                            switch KeyEquality.fast(k, key) {
                            case .equal: return
                            case .different: break
                            case .unknown:
                                let before = version, size = table.count
                                let eq = try interp.equals(k, key)
                                if version != before || size != table.count { continue restart }
                                if eq { return }
                            }
                        }
                    }
                    j += 1
                }
                perturb >>= UInt(PySetBase.perturbShift)
                i = (i &* 5 &+ 1 &+ perturb) & mask
            }
            version &+= 1
            if let f = freeSlot {
                table[f] = .active(hash: hash, key: key)
                count += 1
                return
            }
            guard let slot = found else { return }
            table[slot] = .active(hash: hash, key: key)
            fill += 1
            count += 1
            if fill * 5 < self.mask * 3 { return }
            resize(minUsed: count > 50000 ? count * 2 : count * 4)
            return
        }
    }

    /// set_insert_clean: insert a key known to be absent into a table without dummies.
    static func insertClean(_ table: inout [Slot], _ key: Value, hash: Int) {
        let mask = UInt(table.count - 1)
        var perturb = UInt(bitPattern: hash)
        var i = UInt(bitPattern: hash) & mask
        while true {
            if case .empty = table[Int(i)] {
                table[Int(i)] = .active(hash: hash, key: key)
                return
            }
            if i + UInt(linearProbes) <= mask {
                for j in 1...UInt(linearProbes) {
                    if case .empty = table[Int(i + j)] {
                        table[Int(i + j)] = .active(hash: hash, key: key)
                        return
                    }
                }
            }
            perturb >>= UInt(perturbShift)
            i = (i &* 5 &+ 1 &+ perturb) & mask
        }
    }

    func resize(minUsed: Int) {
        var newSize = PySetBase.minSize
        while newSize <= minUsed { newSize <<= 1 }
        let old = table
        var fresh = [Slot](repeating: .empty, count: newSize)
        for s in old {
            if case .active(let h, let k) = s { PySetBase.insertClean(&fresh, k, hash: h) }
        }
        table = fresh
        fill = count
        version &+= 1
    }

    // MARK: removal

    /// set_discard_entry; returns whether the key was present.
    @discardableResult
    func discard(_ key: Value, hash: Int, _ interp: Interpreter) throws -> Bool {
        guard let slot = try findSlot(key, hash: hash, interp) else { return false }
        table[slot] = .dummy
        count -= 1
        version &+= 1
        return true
    }

    @discardableResult
    public func discard(_ key: Value, _ interp: Interpreter) throws -> Bool {
        try discard(key, hash: try interp.hash(key), interp)
    }

    /// set.pop(): scans from the finger, as CPython.
    func popAny() -> Value? {
        guard count > 0 else { return nil }
        var i = finger & mask
        while true {
            if case .active(_, let k) = table[i] {
                table[i] = .dummy
                count -= 1
                finger = i + 1
                version &+= 1
                return k
            }
            i = (i + 1) & mask
        }
    }

    func clearAll() {
        table = Array(repeating: .empty, count: PySetBase.minSize)
        count = 0
        fill = 0
        finger = 0
        version &+= 1
    }

    // MARK: merging (set_merge / set_update_internal)

    /// Adds every element of another set, as set_merge does (the fast paths
    /// change the resulting table order, so they are reproduced).
    func merge(_ other: PySetBase, _ interp: Interpreter) throws {
        if other === self || other.count == 0 { return }
        if (fill + other.count) * 5 >= mask * 3 {
            resize(minUsed: (count + other.count) * 2)
        }
        if fill == 0 && mask == other.mask && other.fill == other.count {
            table = other.table
            fill = other.fill
            count = other.count
            version &+= 1
            return
        }
        if fill == 0 {
            fill = other.count
            count = other.count
            for s in other.table {
                if case .active(let h, let k) = s { PySetBase.insertClean(&table, k, hash: h) }
            }
            version &+= 1
            return
        }
        for (h, k) in other.activeEntries { try add(k, hash: h, interp) }
    }

    /// set_update_internal for any iterable.
    func update(with iterable: Value, _ interp: Interpreter) throws {
        if case .object(let o) = iterable {
            if let s = o as? PySetBase { return try merge(s, interp) }
            if let d = o as? PyDict, o.pyType === BuiltinTypes.dict {
                if (fill + d.count) * 5 >= mask * 3 {
                    resize(minUsed: (count + d.count) * 2)
                }
                var p = 0
                while let (next, k, _) = d.entry(from: p) {
                    let h = try d.hashOfEntry(next - 1) ?? interp.hash(k)
                    try add(k, hash: h, interp)
                    p = next
                }
                return
            }
        }
        try interp.forEach(iterable) { try self.add($0, interp) }
    }

    /// The set a display of three or more constants builds (`{-1, -2, 7}`).
    /// CPython compiles such a display to BUILD_SET 0 + SET_UPDATE of a
    /// constant frozenset, and the compiler's constant merging rebuilds that
    /// frozenset from the first one's iteration order; SET_UPDATE into the
    /// empty set then copies the table as is. So the layout is that of the
    /// elements inserted twice over, which can differ from one insertion:
    /// `{-1, -2, 7}` prints `{-2, -1, 7}` but `set([-1, -2, 7])` prints
    /// `{7, -1, -2}`. For the compiler to use when every element is a
    /// constant (after constant folding) and there are more than two.
    static func constantDisplay(_ items: [Value], _ interp: Interpreter) throws -> PySet {
        let first = PyFrozenSet()
        for item in items { try first.add(item, interp) }
        let merged = PyFrozenSet()
        for (h, k) in first.activeEntries { try merged.add(k, hash: h, interp) }
        let result = PySet()
        try result.merge(merged, interp)
        return result
    }

    func copyContents(from other: PySetBase) {
        table = other.table
        count = other.count
        fill = other.fill
        version &+= 1
    }
}

/// `set`.
public final class PySet: PySetBase {
    public override var pyType: PyType { sub?.cls ?? BuiltinTypes.set }
}

/// `frozenset`.
public final class PyFrozenSet: PySetBase {
    public override var pyType: PyType { sub?.cls ?? BuiltinTypes.frozenset }

    /// frozenset_hash from setobject.c, over the table including empty and
    /// dummy slots, as CPython.
    func frozenHash() -> Int {
        func shuffle(_ h: UInt) -> UInt { ((h ^ 89869747) ^ (h << 16)) &* 3644798167 }
        var hash: UInt = 0
        for s in table {
            if case .active(let h, _) = s { hash ^= shuffle(UInt(bitPattern: h)) }
        }
        // (CPython also XORs empty and dummy slots, then cancels them out.)
        hash ^= (UInt(count) + 1) &* 1927868237
        hash ^= (hash >> 11) ^ (hash >> 25)
        hash = hash &* 69069 &+ 907133923
        if hash == UInt.max { hash = 590923713 }
        return Int(bitPattern: hash)
    }
}
