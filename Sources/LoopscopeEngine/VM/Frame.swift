// One activation of a code object. The value stack and the fast locals are
// raw buffers sized by the compiler, so the dispatch loop pushes and pops
// without bounds or uniqueness checks.

/// How a frame hands its result back when it returns, yields or raises.
enum FrameMode {
    /// Python → Python call: the result is pushed on the parent's stack.
    case call
    /// `__init__` called by instantiating a class: the parent gets the instance.
    case initCall(Value)
    /// The outermost frame of `Interpreter.resume`.
    case fiberRoot
    /// Run by a nested loop for a native → Python call.
    case nativeCall
    /// A generator/coroutine stepped by native code (`send()`, `next()`).
    case nativeGenStep
    /// A generator stepped by FOR_ITER: yield → value for the loop body;
    /// return → the loop ends (jump to the payload).
    case forIter(Int)
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

final class Frame {
    let code: CodeObject
    let globals: Namespace
    let module: PyModule
    /// Class bodies: the namespace being built.
    var classDict: [String: Value]?
    var classDictOrder: [String] = []
    let stack: UnsafeMutablePointer<Value>
    var sp = 0
    let locals: UnsafeMutablePointer<Value?>
    let localCount: Int
    var cells: [PyCell]
    var ip = 0
    /// The instruction being executed (for line numbers).
    var lastIP = 0
    var blocks: [Block] = []
    /// Exceptions being handled in this frame (innermost last).
    var excStack: [PyException] = []
    var parent: Frame?
    var mode: FrameMode = .call
    /// The generator/coroutine this frame belongs to.
    weak var owner: PyGenBase?
    /// The root of the delegation chain this frame yields through.
    unowned(unsafe) var chainRoot: Frame?
    /// The input for a SEND being re-executed after a suspension.
    var sendInput: ResumeInput?
    /// Suspended in SEND on a native awaitable or plain iterator.
    var atSend = false
    var started = false
    var isPrelude: Bool { code.isPrelude }

    init(code: CodeObject, module: PyModule, interp: Interpreter) {
        self.code = code
        self.module = module
        self.globals = module.namespace
        // One allocation for locals and the value stack.
        self.localCount = code.localCount
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
        if code.isClassBody { classDict = [:] }
    }

    deinit {
        stack.deinitialize(count: sp)
        locals.deinitialize(count: localCount)
        UnsafeMutableRawPointer(locals).deallocate()
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
        if sp > depth {
            (stack + depth).deinitialize(count: sp - depth)
            sp = depth
        }
    }

    var line: Int { code.line(at: ip - 1) }

    /// Class body namespace writes keep definition order.
    func classStore(_ name: String, _ v: Value) {
        if classDict?[name] == nil { classDictOrder.append(name) }
        classDict?[name] = v
    }
}
