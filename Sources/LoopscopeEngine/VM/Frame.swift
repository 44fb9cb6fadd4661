// One activation of a code object. The value stack and the fast locals are
// raw buffers sized by the compiler, so the dispatch loop pushes and pops
// without bounds or uniqueness checks.

/// How a frame hands its result back when it returns, yields or raises.
enum FrameMode {
    /// Python → Python call: the result is pushed on the parent's stack.
    case call
    /// `__init__` called by instantiating a class: the parent gets the instance.
    case initCall(PyObject)
    /// The outermost frame of `Interpreter.resume`.
    case fiberRoot
    /// A property setter run for a store: its result is dropped.
    case setterCall
    /// Run by a nested loop for a native → Python call.
    case nativeCall
    /// A generator/coroutine stepped by native code (`send()`, `next()`).
    case nativeGenStep
    /// A generator stepped by FOR_ITER: yield → value for the loop body;
    /// return → the loop ends (jump to the payload).
    case forIter(Int)
    /// A generator stepped by the builtin `next` called from the parent,
    /// whose stack holds the generator and, when given, the default:
    /// yield → the value; return → the default, or StopIteration raised there.
    case nextCall(hasDefault: Bool)
    /// A generator/coroutine driven by SEND (`await`, `yield from`) in the
    /// parent: yields pass through to the chain's root.
    case delegate
    /// An async generator stepped by `__anext__` awaited in the parent:
    /// `yield` returns the value to the parent, `await`s pass through.
    case asyncGenStep
}

struct Block {
    var handler: Int
    var stackDepth: Int
    var excDepth: Int
}

/// A frame's handler blocks. Most frames have at most one `try` open at a
/// time, so the bottom block lives packed in one word and only deeper ones
/// go to an array: a coroutine suspended inside `try` (every task awaiting
/// `Event.wait()`) then costs no array allocation.
struct BlockStack {
    /// Bottom block: handler in bits 0..<32, stack depth 32..<48, exception
    /// depth 48..<63, bit 63 set when occupied.
    private var packed: UInt64 = 0
    /// Blocks above the packed one, or all of them when the bottom one does
    /// not fit in `packed`.
    private var more: [Block] = []

    private static let occupied: UInt64 = 1 << 63

    var isEmpty: Bool { packed == 0 && more.isEmpty }

    mutating func append(_ b: Block) {
        if packed == 0, more.isEmpty,
           b.handler >= 0, b.handler < 1 << 32,
           b.stackDepth >= 0, b.stackDepth < 1 << 16,
           b.excDepth >= 0, b.excDepth < 1 << 15 {
            packed = BlockStack.occupied | UInt64(b.handler)
                | UInt64(b.stackDepth) << 32 | UInt64(b.excDepth) << 48
        } else {
            more.append(b)
        }
    }

    mutating func popLast() -> Block? {
        if !more.isEmpty { return more.removeLast() }
        guard packed != 0 else { return nil }
        let p = packed
        packed = 0
        return Block(handler: Int(p & 0xFFFF_FFFF),
                     stackDepth: Int((p >> 32) & 0xFFFF),
                     excDepth: Int((p >> 48) & 0x7FFF))
    }

    mutating func removeLast() { _ = popLast() }

    mutating func removeAll() {
        packed = 0
        if !more.isEmpty { more.removeAll() }
    }
}

final class Frame {
    let code: CodeObject
    let module: PyModule
    var globals: Namespace { module.namespace }
    /// Class bodies: the namespace being built. One reference for both
    /// parts keeps every other frame 8 bytes (a malloc size class) smaller.
    var classBody: ClassBody?
    var classDict: [String: Value]? { classBody?.dict }
    let stack: UnsafeMutablePointer<Value>
    var sp = 0
    let locals: UnsafeMutablePointer<Value?>
    var cells: [PyCell]
    var ip = 0
    var blocks = BlockStack()
    /// Exceptions being handled in this frame (innermost last).
    var excStack: [PyException] = []
    var parent: Frame?
    /// The parent a yield passes through to (this frame is driven by SEND
    /// or `__anext__` there), unretained: the parent link holds it.
    var delegatingParent: Unmanaged<Frame>? {
        switch mode {
        case .delegate, .asyncGenStep:
            guard let p = parent else { return nil }
            return Unmanaged.passUnretained(p)
        default:
            return nil
        }
    }
    var mode: FrameMode = .call
    // Declared after `mode` to sit in its padding: a Frame of at most 184
    // bytes takes a 192-byte malloc chunk instead of 208.
    /// Suspended in SEND on a native awaitable or plain iterator.
    var atSend = false
    var started = false
    /// The generator/coroutine this frame belongs to. Not `weak`: a weak
    /// reference allocates a side table per generator (100,000 live tasks
    /// = 200,000 of them); the owner clears it in its deinit instead.
    /// Stored unmanaged rather than `unowned(unsafe)`: reading one of those
    /// compiles to an atomic retain even in a single-threaded build, and
    /// every yield and generator return reads it.
    private var ownerRef: Unmanaged<PyGenBase>?
    var owner: PyGenBase? {
        @inline(__always) get { ownerRef?.takeUnretainedValue() }
        @inline(__always) set { ownerRef = newValue.map { Unmanaged.passUnretained($0) } }
    }
    /// The input for a SEND being re-executed after a suspension.
    var sendInput: ResumeInput?
    var isPrelude: Bool { code.isPrelude }

    init(code: CodeObject, module: PyModule, interp: Interpreter) {
        self.code = code
        self.module = module
        // One allocation for locals and the value stack.
        let localBytes = Frame.localBytes(code.localCount)
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: localBytes + code.maxStack * MemoryLayout<Value>.stride,
            alignment: max(MemoryLayout<Value>.alignment, MemoryLayout<Value?>.alignment))
        self.locals = raw.bindMemory(to: Value?.self, capacity: code.localCount)
        self.locals.initialize(repeating: nil, count: code.localCount)
        self.stack = (raw + localBytes).bindMemory(to: Value.self, capacity: code.maxStack)
        if code.cellCount == 0 {
            cells = []
        } else {
            cells = []
            cells.reserveCapacity(code.cellCount)
            for _ in 0..<code.cellvars.count { cells.append(PyCell()) }
        }
        if code.isClassBody { classBody = ClassBody() }
    }

    deinit {
        // Element-wise moves: `deinitialize(count:)` goes through the generic
        // swift_arrayDestroy, which costs more than a frame's whole call.
        for i in 0..<sp { _ = (stack + i).move() }
        for i in 0..<code.localCount { _ = (locals + i).move() }
        UnsafeMutableRawPointer(locals).deallocate()
    }

    /// A frame for a call of `code`: a recycled one when the code has one
    /// (see `recycle`), else a new one.
    @inline(__always)
    static func make(code: CodeObject, module: PyModule, interp: Interpreter) -> Frame {
        let n = code.freeFrameCount
        if n > 0, let pool = code.framePool, pool[n - 1]._withUnsafeGuaranteedRef({ $0.module === module }) {
            code.freeFrameCount = n - 1
            return pool[n - 1].takeRetainedValue()
        }
        return Frame(code: code, module: module, interp: interp)
    }

    /// Most frames to keep per code object: enough for the leaves of a
    /// recursion to reuse frames, small enough not to hold memory.
    static let maxFreeFrames = 16

    /// Keeps a returned frame of a plain function for the next call of its
    /// code, saving two allocations and the setup. Only when nothing else
    /// holds the frame (a generator's `top`, a traceback walk, ...).
    @inline(__always)
    static func recycle(_ done: consuming Frame, modeIsCall: Bool = false) {
        var frame = done
        guard let pool = frame.code.framePool, frame.code.freeFrameCount < maxFreeFrames,
              isKnownUniquelyReferenced(&frame) else { return }
        frame.resetForReuse(modeIsCall: modeIsCall)
        let i = frame.code.freeFrameCount
        frame.code.freeFrameCount = i + 1
        pool[i] = Unmanaged.passRetained(consume frame)
    }

    /// A finished generator's frame that only its freed generator held
    /// (`PyGenBase.recycleFinishedFrame`), into its code's pool.
    static func pool(_ frame: Frame) {
        let code = frame.code
        guard let pool = code.framePool, code.freeFrameCount < maxFreeFrames else { return }
        frame.resetForReuse(modeIsCall: false)
        let i = code.freeFrameCount
        code.freeFrameCount = i + 1
        pool[i] = Unmanaged.passRetained(frame)
    }

    /// Back to the state `init` leaves: empty stack, unbound locals, no
    /// cells. Only for codes with a frame pool (no cells of their own, no
    /// class namespace); a generator's frame only once it finished.
    @inline(__always) func resetForReuse(modeIsCall: Bool) {
        if code.ownsGenerator {
            sendInput = nil
            atSend = false
            owner = nil
        }
        if parent != nil { parent = nil }
        // `return` inside `finally` can leave the first return value behind.
        for i in 0..<sp { _ = (stack + i).move() }
        sp = 0
        for i in 0..<code.localCount { Frame.unbind(locals + i) }
        ip = 0
        if code.hasHandlers {
            if !blocks.isEmpty { blocks.removeAll() }
            if !excStack.isEmpty { excStack.removeAll() }
        }
        if !modeIsCall { mode = .call }
        // A closure's cells are its function's: the next call brings its own.
        if code.hasCells, !cells.isEmpty { cells.removeAll(keepingCapacity: true) }
        started = false
    }

    /// `slot.pointee = nil`, without the generic destroy call when the
    /// value holds no reference (ints and the like, the common case).
    @inline(__always) static func unbind(_ slot: UnsafeMutablePointer<Value?>) {
        switch slot.pointee {
        case nil, .none?, .bool?, .int?, .float?: slot.initialize(to: nil)
        default: slot.pointee = nil
        }
    }

    /// `slot.pointee == nil`, tested in place: `== nil` copies the value
    /// out first (a retain and a release when it holds an object).
    @inline(__always) static func isUnbound(_ slot: UnsafeMutablePointer<Value?>) -> Bool {
        if case nil = slot.pointee { return true }
        return false
    }

    private static func localBytes(_ n: Int) -> Int {
        let bytes = n * MemoryLayout<Value?>.stride
        let a = MemoryLayout<Value>.alignment
        return (bytes + a - 1) / a * a
    }

    @inline(__always) func push(_ v: Value) {
        (stack + sp).initialize(to: v)
        sp += 1
    }

    @inline(__always) func pop() -> Value {
        sp -= 1
        return (stack + sp).move()
    }

    @inline(__always) func top() -> Value { stack[sp - 1] }

    func truncate(to depth: Int) {
        while sp > depth {
            sp -= 1
            _ = (stack + sp).move()
        }
    }

    var line: Int { code.line(at: ip - 1) }

    /// Class body namespace writes keep definition order.
    func classStore(_ name: String, _ v: Value) {
        guard let body = classBody else { return }
        if body.dict[name] == nil { body.order.append(name) }
        body.dict[name] = v
    }
}

/// The namespace a class body builds, with its definition order.
final class ClassBody {
    var dict: [String: Value] = [:]
    var order: [String] = []
    /// The namespace a metaclass's `__prepare__` returned: the body's names
    /// are read and written through its `__getitem__`/`__setitem__` instead.
    var mapping: Value?

    /// `del name` in the body: a name bound again later goes last, as in a dict.
    func remove(_ name: String) -> Bool {
        guard dict.removeValue(forKey: name) != nil else { return false }
        order.removeAll { $0 == name }
        return true
    }

    /// The names in definition order, as the class's namespace gets them.
    var items: [(String, Value)] { order.compactMap { k in dict[k].map { (k, $0) } } }
}
