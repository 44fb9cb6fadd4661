// The event loop's async generator hooks, written to behave as CPython 3.11's
// (base_events.py):
// `_asyncgen_firstiter_hook` remembers each async generator first iterated
// while the loop runs, `_asyncgen_finalizer_hook` closes one that was freed
// while suspended by scheduling `aclose()` as a task, and
// `shutdown_asyncgens` closes the ones still alive when `asyncio.run` ends.

/// The loop's `_asyncgens` WeakSet, in first-iteration order. Not weak
/// references: one gives the generator a side table, and then every retain
/// and release of it (several per step of `async for`) takes the runtime's
/// slow path. A registered generator leaves in its deinit instead.
final class AsyncGenRegistry {
    private var live: [Unmanaged<PyAsyncGenerator>] = []

    func add(_ agen: PyAsyncGenerator) {
        live.append(.passUnretained(agen))
        agen.registry = self
    }

    /// From the generator's deinit.
    func remove(_ agen: PyAsyncGenerator) {
        let key = Unmanaged.passUnretained(agen).toOpaque()
        if let i = live.lastIndex(where: { $0.toOpaque() == key }) { live.remove(at: i) }
    }

    /// The generators still alive, in order; the set is emptied.
    func takeAll() -> [PyAsyncGenerator] {
        let all = live.map { $0.takeUnretainedValue() }
        for g in all { g.registry = nil }
        live = []
        return all
    }
}

extension EventLoop {
    /// `_asyncgen_firstiter_hook`: `self._asyncgens.add(agen)`.
    func registerAsyncGenerator(_ agen: PyAsyncGenerator) {
        asyncGenerators.add(agen)
    }

    /// `_asyncgen_finalizer_hook`: `self.call_soon_threadsafe(self.create_task, agen.aclose())`.
    /// (The freed generator already left the WeakSet.)
    func asyncGeneratorFinalizerHook(_ agen: PyAsyncGenerator) {
        callSoon(.native("BaseEventLoop.create_task") { [weak self] interp in
            guard let self, !self.closed else { return }
            _ = try Task(coro: .object(AsyncGenCloser(agen)), loop: self, name: nil)
        })
    }

    /// The async generators `shutdown_asyncgens` must close (alive, in the
    /// order they were first iterated); the WeakSet is cleared.
    func takeLiveAsyncGenerators() -> [PyAsyncGenerator] {
        asyncGenerators.takeAll().filter { !$0.finished }
    }

    /// `shutdown_asyncgens()`'s coroutine for `live` generators.
    func shutdownAsyncgensCoroutine(_ live: [PyAsyncGenerator]) throws -> Value {
        let report = PyNativeFunction("_report") { [weak self] interp, a in
            guard let self, a.count == 2, case .object(let o) = a[1], let exc = o as? PyException else { return .none }
            let agen = (try? interp.repr(a[0])) ?? "<async_generator>"
            self.callExceptionHandler(.init(
                message: "an error occurred during closing of asynchronous generator \(agen)",
                exception: exc, details: [("asyncgen", a[0])], category: "asyncgen"))
            return .none
        }
        let coro = try interp.call(try interp.asyncGenHelper("_shutdown_asyncgens"),
                                   Arguments([.list(live.map { .object($0) }), .object(report)]))
        if case .object(let o) = coro, let g = o as? PyGenBase {
            g.name = "shutdown_asyncgens"
            g.qualname = "BaseEventLoop.shutdown_asyncgens"
        }
        return coro
    }
}

extension Interpreter {
    /// The Python helpers above, compiled once per run.
    func asyncGenHelper(_ name: String) throws -> Value {
        if asyncio.asyncGenHelpers == nil {
            let code = try compileSource(asyncGenHelperSource, filename: "<asyncio>", isPrelude: true)
            let module = PyModule(name: "asyncio.base_events")
            _ = try runNested(Frame(code: code, module: module, interp: self))
            // shutdown_asyncgens gathers the generators' `aclose()` objects
            // themselves: their tasks carry the type's name, as CPython's do.
            module.namespace["_named_athrow"] = .object(PyNativeFunction("_named_athrow") { _, a in
                if a.count == 1, case .object(let o) = a[0], let g = o as? PyGenBase {
                    g.name = "async_generator_athrow"
                    g.qualname = "async_generator_athrow"
                }
                return a.count == 1 ? a[0] : .none
            })
            asyncio.asyncGenHelpers = module
        }
        guard let fn = asyncio.asyncGenHelpers?.namespace[name] else {
            throw PyError(BuiltinTypes.runtimeError, "internal error: no asyncio helper \(name)")
        }
        return fn
    }
}

/// `agen.aclose()` as the finalizer hook's task drives it. Its first step
/// decides what reaches the generator: a task cancelled before it ever ran
/// throws CancelledError into `aclose()`, which CPython throws into the
/// generator itself (not GeneratorExit), so its `finally` still runs.
final class AsyncGenCloser: PyObject, SelfDrivenFiber {
    let generator: PyAsyncGenerator
    private var inner: Fiber?

    init(_ generator: PyAsyncGenerator) { self.generator = generator }

    override var pyType: PyType { AsyncioTypes.coroutine }
    /// CPython's `aclose()` is an `async_generator_athrow` object, which
    /// has no name of its own: tasks and lanes show its type's name.
    var fiberName: String { "async_generator_athrow" }
    var fiberLine: Int { inner?.fiberLine ?? generator.fiberLine }
    var isFinished: Bool { inner?.isFinished ?? false }
    var hasStarted: Bool { inner != nil }

    func resume(_ interp: Interpreter, _ input: ResumeInput?, budget: Int, executed: inout Int) -> FiberResult {
        var input = input
        if inner == nil {
            do {
                let coro: Value
                if case .throwing(let e)? = input {
                    coro = try interp.call(try interp.asyncGenHelper("_aclose_throwing"),
                                           Arguments([.object(generator), .object(e)]))
                    input = nil
                } else {
                    coro = try interp.call(try interp.asyncGenHelper("_aclose"), Arguments([.object(generator)]))
                }
                guard case .object(let o) = coro, let fiber = o as? Fiber else {
                    return .raised(PyException(BuiltinTypes.runtimeError, "internal error: aclose helper"))
                }
                inner = fiber
            } catch let e as PyError {
                return .raised(e.exception)
            } catch {
                return .raised(PyException(BuiltinTypes.runtimeError, "\(error)"))
            }
        }
        guard let inner else { return .raised(PyException(BuiltinTypes.runtimeError, "internal error: aclose")) }
        return interp.resume(inner, input, budget: budget, executed: &executed)
    }
}

private let asyncGenHelperSource = """
import asyncio


async def _aclose(agen):
    await agen.aclose()


async def _aclose_throwing(agen, exc):
    try:
        await agen.athrow(exc)
    except (StopAsyncIteration, GeneratorExit):
        return
    raise RuntimeError("async generator ignored GeneratorExit")


async def _shutdown_asyncgens(closing_agens, report):
    results = await asyncio.gather(
        *[_named_athrow(_aclose(ag)) for ag in closing_agens],
        return_exceptions=True)
    # A generator that failed to close is reported; one that closed, or
    # raised a BaseException that is not an Exception, is not.
    for agen, outcome in zip(closing_agens, results):
        if isinstance(outcome, Exception):
            report(agen, outcome)

"""
