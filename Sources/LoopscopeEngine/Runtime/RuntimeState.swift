// Per-run state of the runtime library (random, ...).
public final class RuntimeState {
    /// The generator behind the `random` module's functions. Seeded with 0
    /// at start so unseeded programs are deterministic too.
    public let random = PyRandom()

    private final class WeakBox {
        weak var object: PyObject?
        let id: Int
        init(_ o: PyObject, _ id: Int) { object = o; self.id = id }
    }
    private var ids: [ObjectIdentifier: WeakBox] = [:]
    private var nextID = 0

    /// Containers being repr'd right now (recursive reprs print `[...]`).
    var reprInProgress: Set<ObjectIdentifier> = []
    /// Depth of native recursion (repr/compare/hash of nested containers),
    /// bounded so deeply nested data raises RecursionError instead of
    /// overflowing the Swift stack.
    private var nativeDepth = 0

    public init() {}

    /// `id(o)`: a deterministic fake address, stable while `o` lives.
    public func objectID(_ o: PyObject) -> Int {
        let key = ObjectIdentifier(o)
        if let box = ids[key], box.object === o { return box.id }
        nextID += 1
        let id = 0x7f1e_2a00_0000 + nextID * 0x30
        ids[key] = WeakBox(o, id)
        if ids.count > 4096 && ids.count.nonzeroBitCount == 1 {
            ids = ids.filter { $0.value.object != nil }
        }
        return id
    }

    func enterNative(_ interp: Interpreter) throws {
        nativeDepth += 1
        if nativeDepth > min(interp.recursionLimit, 800) {
            nativeDepth -= 1
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
    }

    func leaveNative() { nativeDepth -= 1 }
}
