// Per-run state of the runtime library (random, ...).
public final class RuntimeState {
    /// The generator behind the `random` module's functions. Seeded with 0
    /// at start so unseeded programs are deterministic too.
    public let random = PyRandom()

    /// `sys.set_int_max_str_digits`: the most decimal digits int <-> str
    /// conversion accepts (0: no limit). CPython 3.11 defaults to 4300.
    var intMaxStrDigits = PyInt.defaultMaxStrDigits

    /// Ids of objects that cannot keep their own (see `objectID`), with a
    /// weak reference that tells a live owner from a later object at the
    /// same address. A struct, not a class: no allocation per entry.
    private struct IDEntry {
        weak var object: PyObject?
        let id: Int
    }
    private var ids: [ObjectIdentifier: IDEntry] = [:]
    /// How many ids were handed out: the n-th is `address(n)`.
    private var nextID = 0

    /// Containers being repr'd right now (recursive reprs print `[...]`).
    var reprInProgress: Set<ObjectIdentifier> = []
    /// Depth of native recursion (repr/compare/hash of nested containers),
    /// bounded so deeply nested data raises RecursionError instead of
    /// overflowing the Swift stack.
    private var nativeDepth = 0

    public init() {}

    /// `id(o)`: a deterministic fake address, stable while `o` lives and
    /// unique among live objects. Ids are numbered in the order they are first
    /// asked for, whatever the object, so hashes of identity-hashed objects
    /// (and the iteration order of sets of them) depend only on that order.
    public func objectID(_ o: PyObject) -> Int {
        // Futures and tasks store their number: no table entry, no weak side
        // table (100,000 tasks in `all_tasks()` in bench/many_tasks.py).
        if let f = o as? Future {
            if f.objectIDNumber != 0 { return Self.address(Int(f.objectIDNumber)) }
            if nextID < Int(UInt32.max) {
                nextID += 1
                f.objectIDNumber = UInt32(nextID)
                return Self.address(nextID)
            }
        }
        let key = ObjectIdentifier(o)
        if let entry = ids[key], entry.object === o { return entry.id }
        nextID += 1
        let id = Self.address(nextID)
        ids[key] = IDEntry(object: o, id: id)
        if ids.count > 4096 && ids.count.nonzeroBitCount == 1 {
            ids = ids.filter { $0.value.object != nil }
        }
        return id
    }

    private static func address(_ n: Int) -> Int { 0x7f1e_2a00_0000 + n * 0x30 }

    func enterNative(_ interp: Interpreter) throws {
        nativeDepth += 1
        if nativeDepth > min(interp.recursionLimit, 800) {
            nativeDepth -= 1
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
    }

    func leaveNative() { nativeDepth -= 1 }
}
