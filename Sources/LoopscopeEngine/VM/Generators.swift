// Generator, coroutine and async-generator objects, and the module fiber.
// Each owns a frame; while suspended, `top` is the innermost frame of its
// delegation chain (the frame that yielded or awaits a native awaitable).

public class PyGenBase: PyObject {
    // 100,000 live coroutines (bench/many_tasks.py) make the layout matter:
    // the flags share one byte next to a 32-bit chain length, and the names
    // are stored only when they differ from the code object's (64 bytes
    // instead of 96 per coroutine, malloc overhead included).
    private(set) var frame: Frame
    /// Innermost suspended frame of the chain (the frame itself when not delegating).
    var top: Frame {
        get { innerTop ?? frame }
        set { innerTop = newValue === frame ? nil : newValue }
    }
    /// `top` when it is not `frame`: a finished generator then holds its
    /// frame by one reference, which `recycleFinishedFrame` can test.
    private var innerTop: Frame?
    /// Frames from `top` up to `frame`, for the recursion-depth count.
    var chainLength: Int {
        get { Int(storedChainLength) }
        set { storedChainLength = Int32(clamping: newValue) }
    }
    private var storedChainLength: Int32 = 1
    private var flags: UInt8 = 0

    var isRunning: Bool {
        get { flags & Flag.running != 0 }
        set { setFlag(Flag.running, newValue) }
    }
    var finished: Bool {
        get { flags & Flag.finished != 0 }
        set { setFlag(Flag.finished, newValue) }
    }
    /// Stopped by budget or SuspendRequest with the chain linked (not at a yield).
    var interrupted: Bool {
        get { flags & Flag.interrupted != 0 }
        set { setFlag(Flag.interrupted, newValue) }
    }
    /// Set when a SuspendRequest stopped it: the resume value completes that call.
    var awaitingSuspendResult: Bool {
        get { flags & Flag.awaitingSuspendResult != 0 }
        set { setFlag(Flag.awaitingSuspendResult, newValue) }
    }
    /// Who awaits this coroutine (reuse check).
    var awaitedBy: Bool {
        get { flags & Flag.awaitedBy != 0 }
        set { setFlag(Flag.awaitedBy, newValue) }
    }

    /// Passed to the `gather` call being set up (its duplicate check).
    var inGather: Bool {
        get { flags & Flag.inGather != 0 }
        set { setFlag(Flag.inGather, newValue) }
    }

    private enum Flag {
        static let running: UInt8 = 1
        static let finished: UInt8 = 2
        static let interrupted: UInt8 = 4
        static let awaitingSuspendResult: UInt8 = 8
        static let awaitedBy: UInt8 = 16
        static let inGather: UInt8 = 32
    }

    @inline(__always)
    private func setFlag(_ flag: UInt8, _ on: Bool) {
        if on { flags |= flag } else { flags &= ~flag }
    }

    /// `__name__` / `__qualname__` when they differ from the code object's
    /// (a renamed function); nil in the common case.
    private var renamed: GeneratorNames?
    public var name: String {
        get { renamed?.name ?? frame.code.name }
        set { setNames(name: newValue, qualname: qualname) }
    }
    public var qualname: String {
        get { renamed?.qualname ?? frame.code.qualname }
        set { setNames(name: name, qualname: newValue) }
    }

    private func setNames(name: String, qualname: String) {
        if name == frame.code.name && qualname == frame.code.qualname {
            renamed = nil
        } else {
            renamed = GeneratorNames(name: name, qualname: qualname)
        }
    }

    init(frame: Frame, name: String, qualname: String) {
        self.frame = frame
        super.init()
        setNames(name: name, qualname: qualname)
        frame.owner = self
    }

    /// Named as its code object (a function never renamed): no names to
    /// pass, compare and release per call.
    init(frame: Frame) {
        self.frame = frame
        super.init()
        frame.owner = self
    }

    deinit {
        // The frame may outlive this object (a parent link, a traceback
        // walk): it must not point at freed memory.
        frame.owner = nil
    }

    public var hasStarted: Bool { frame.started }

    /// Whether nothing but this object holds its frame (no frame object,
    /// no traceback walk).
    var holdsFrameAlone: Bool { isKnownUniquelyReferenced(&frame) }

    /// Back to the state of a new object over a frame `Frame.make` gave
    /// (see `Interpreter.spareCoroutine`): not started, not running, its
    /// chain only its frame, named as its code.
    func resetForReuse() {
        flags = 0
        storedChainLength = 1
        innerTop = nil
        renamed = nil
        frame.resetForReuse(modeIsCall: false)
        frame.owner = self
    }

    /// Returned from its own frame: finished, not running, `top` its frame
    /// (what `frameReturn` sets, without `top`'s setter).
    @inline(__always)
    func finishAtRoot() {
        flags = (flags | Flag.finished) & ~Flag.running
        if innerTop != nil { innerTop = nil }
    }

    /// Named as `fn`, when that differs from the code object's names.
    func rename(as name: String, _ qualname: String) {
        setNames(name: name, qualname: qualname)
    }

    /// From a subclass deinit: a finished generator's frame goes back to its
    /// code's pool (`Frame.recycle`) when nothing else holds it, so the next
    /// generator of that function skips two allocations (a recursive
    /// `yield from` walk makes one generator per node).
    @inline(__always)
    func recycleFinishedFrame() {
        guard finished, innerTop == nil, frame.code.framePool != nil,
              isKnownUniquelyReferenced(&frame) else { return }
        frame.owner = nil
        Frame.pool(frame)
    }

    /// Suspended at a `yield` (or an `await` for an async generator): freeing
    /// it must close it, as CPython's dealloc does (`gen.close()`).
    var needsFinalization: Bool {
        frame.started && flags & (Flag.finished | Flag.running | Flag.interrupted) == 0
    }

    /// Suspended at a plain `yield` outside any try, with or loop-`else`
    /// block, not delegating: GeneratorExit thrown there would unwind the
    /// frame at once and come back out, running no instruction, so closing
    /// it is dropping its frame's values (richards-style `next(genexp, None)`
    /// leaves one such generator behind per search).
    var closesSilently: Bool {
        guard !isRunning, !interrupted, chainLength == 1, top === frame else { return false }
        return !frame.atSend && frame.sendInput == nil && frame.blocks.isEmpty
    }

    /// Closes it as `closesSilently` allows.
    func closeSilently() {
        frame.truncate(to: 0)
        frame.excStack.removeAll()
        finished = true
    }

    /// What closing it later needs, taken while it is being freed.
    func pendingFinalization(isAsync: Bool) -> PendingFinalization {
        PendingFinalization(frame: frame, top: top, chainLength: chainLength,
                            name: name, qualname: qualname, isAsync: isAsync)
    }

    /// A new generator object over the frames of one that was freed while
    /// suspended, so `close()` / `aclose()` can run on them.
    static func resurrect(_ p: PendingFinalization) -> PyGenBase {
        let g: PyGenBase = p.isAsync
            ? PyAsyncGenerator(frame: p.frame, name: p.name, qualname: p.qualname)
            : PyGenerator(frame: p.frame, name: p.name, qualname: p.qualname)
        g.top = p.top
        g.chainLength = p.chainLength
        return g
    }
    public var isFinished: Bool { finished }

    /// The user-visible line where the chain is suspended (prelude frames skipped).
    public var fiberLine: Int {
        var f: Frame? = finished ? nil : top
        while let fr = f {
            if !fr.isPrelude { return fr.line }
            if fr === frame { break }
            f = fr.parent
        }
        return frame.code.firstLine
    }
}

public final class PyGenerator: PyGenBase {
    /// The interpreter that closes it if it is freed while suspended (nil
    /// for a resurrected one: CPython finalizes a generator once).
    var finalizerLink: InterpreterLink?
    var finalizer: Interpreter? { finalizerLink?.interpreter }
    public override var pyType: PyType { VMTypes.generator }

    deinit {
        if finished { recycleFinishedFrame(); return }
        // Python code must not run inside a deinit: the frames are handed
        // to the interpreter, which closes them at its next safe point.
        if needsFinalization, let interp = finalizer {
            // Closed now, as CPython's dealloc would, when that runs no code.
            if closesSilently { closeSilently(); recycleFinishedFrame(); return }
            interp.deferFinalization(pendingFinalization(isAsync: false))
        }
    }
}

public final class PyCoroutine: PyGenBase, Fiber {
    /// Whose `onCoroutineNeverAwaited` hook to call when the coroutine is
    /// dropped without ever being started; set only when the hook was
    /// installed at creation. A link (8 bytes) instead of a copy of the
    /// closure (16 bytes) keeps 100,000 coroutines in a smaller malloc size
    /// class.
    var neverAwaitedLink: InterpreterLink?
    var neverAwaitedReporter: Interpreter? { neverAwaitedLink?.interpreter }
    public override var pyType: PyType { VMTypes.coroutine }
    public var fiberName: String { qualname }

    deinit {
        if finished { recycleFinishedFrame(); return }
        if !frame.started, let interp = neverAwaitedReporter,
           let cb = interp.onCoroutineNeverAwaited { cb(self) }
    }
}

public final class PyAsyncGenerator: PyGenBase {
    /// See `PyGenerator.finalizer`.
    var finalizerLink: InterpreterLink?
    var finalizer: Interpreter? { finalizerLink?.interpreter }
    /// Its first step ran while an event loop was running: CPython's
    /// `_asyncgen_firstiter_hook` registered it with that loop, whose
    /// finalizer hook then schedules `aclose()` as a task.
    var hookedByLoop = false
    /// The loop's set of async generators it is in (`AsyncGenRegistry`).
    var registry: AsyncGenRegistry?
    public override var pyType: PyType { VMTypes.asyncGenerator }

    deinit {
        registry?.remove(self)
        if needsFinalization, let interp = finalizer {
            var p = pendingFinalization(isAsync: true)
            p.hookedByLoop = hookedByLoop
            interp.deferFinalization(p)
        }
    }
}

/// What `agen.__anext__()` / `agen.asend(v)` return: awaiting it steps the
/// async generator once.
public final class PyAsyncGenASend: PyObject {
    let generator: PyAsyncGenerator
    let value: Value
    /// 0 = asend, 1 = athrow(exc), 2 = aclose
    let action: Int
    let exception: PyException?
    var used = false
    init(_ g: PyAsyncGenerator, value: Value, action: Int = 0, exception: PyException? = nil) {
        generator = g
        self.value = value
        self.action = action
        self.exception = exception
    }
    public override var pyType: PyType { VMTypes.asyncGenASend }
}

/// The module body, driven like a coroutine by the Engine.
public final class ModuleFiber: PyGenBase, Fiber {
    public override var pyType: PyType { VMTypes.fiber }
    public var fiberName: String { "<module>" }
}

/// A generator's names when its function was renamed after definition.
final class GeneratorNames {
    let name: String
    let qualname: String
    init(name: String, qualname: String) {
        self.name = name
        self.qualname = qualname
    }
}

/// The frames of a generator freed while suspended, waiting to be closed.
/// The frames outlive the generator object: the interpreter holds them here.
struct PendingFinalization {
    let frame: Frame
    let top: Frame
    let chainLength: Int
    let name: String
    let qualname: String
    let isAsync: Bool
    var hookedByLoop = false
}

/// How generators and coroutines reach their interpreter from a deinit
/// without a weak reference each (forming, assigning and destroying one cost
/// about a hundred instructions per generator): one shared object, retained
/// like any other, which the interpreter empties when it goes away.
final class InterpreterLink {
    /// Unmanaged rather than `unowned(unsafe)`: reading one of those compiles
    /// to an atomic retain even in a single-threaded build, and every native
    /// coroutine reads it when it is freed.
    private var ref: Unmanaged<Interpreter>?
    var interpreter: Interpreter? {
        @inline(__always) get { ref?.takeUnretainedValue() }
        set { ref = newValue.map { Unmanaged.passUnretained($0) } }
    }
}
