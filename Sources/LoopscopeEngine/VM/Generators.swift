// Generator, coroutine and async-generator objects, and the module fiber.
// Each owns a frame; while suspended, `top` is the innermost frame of its
// delegation chain (the frame that yielded or awaits a native awaitable).

public class PyGenBase: PyObject {
    let frame: Frame
    /// Innermost suspended frame of the chain (the frame itself when not delegating).
    var top: Frame
    /// Frames from `top` up to `frame`, for the recursion-depth count.
    var chainLength = 1
    var isRunning = false
    var finished = false
    /// Stopped by budget or SuspendRequest with the chain linked (not at a yield).
    var interrupted = false
    /// Set when a SuspendRequest stopped it: the resume value completes that call.
    var awaitingSuspendResult = false
    /// Who awaits this coroutine (reuse check).
    var awaitedBy = false
    public var name: String
    public var qualname: String

    init(frame: Frame, name: String, qualname: String) {
        self.frame = frame
        self.top = frame
        self.name = name
        self.qualname = qualname
        super.init()
        frame.owner = self
    }

    deinit {
        // The frame may outlive this object (a parent link, a traceback
        // walk): it must not point at freed memory.
        frame.owner = nil
    }

    public var hasStarted: Bool { frame.started }
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
    public override var pyType: PyType { VMTypes.generator }
}

public final class PyCoroutine: PyGenBase, Fiber {
    /// Whose `onCoroutineNeverAwaited` hook to call when the coroutine is
    /// dropped without ever being started; set only when the hook was
    /// installed at creation. A weak reference (8 bytes, the side table is
    /// the interpreter's, made once) instead of a copy of the closure (16
    /// bytes) keeps 100,000 coroutines in a smaller malloc size class.
    weak var neverAwaitedReporter: Interpreter?
    public override var pyType: PyType { VMTypes.coroutine }
    public var fiberName: String { qualname }

    deinit {
        if !frame.started, !finished, let interp = neverAwaitedReporter,
           let cb = interp.onCoroutineNeverAwaited { cb(self) }
    }
}

public final class PyAsyncGenerator: PyGenBase {
    public override var pyType: PyType { VMTypes.asyncGenerator }
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
