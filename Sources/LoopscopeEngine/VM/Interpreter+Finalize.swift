// Closing generators that were freed while suspended, as CPython's dealloc
// does (`_PyGen_Finalize`: `gen.close()`, or for an async generator the event
// loop's `_asyncgen_finalizer_hook`). A Swift deinit cannot run Python code,
// so the freed generator's frames wait in `pendingFinalizations` and the
// interpreter closes them at its next safe point: right after the dispatch
// loop drops a reference (pop, stores, deletes, loop exit, a generator or
// coroutine return), before any call that is not the Python → Python fast
// path, and after each fiber step. The fast return path of a plain function
// has no check (it measurably slowed every call): a generator freed with the
// returning frame's locals is closed at the caller's next safe point, at
// the latest before its next native call (`print`), so output order holds.

extension Interpreter {
    /// On a generator's first step: only a started generator needs closing,
    /// and an async generator first iterated inside a running event loop
    /// belongs to that loop (CPython's `_asyncgen_firstiter_hook`).
    @inline(__always)
    func registerForFinalization(_ g: PyGenBase) {
        if let pg = g as? PyGenerator {
            pg.finalizerLink = link
        } else if let ag = g as? PyAsyncGenerator {
            ag.finalizerLink = link
            if let loop = asyncio.runningLoop, !loop.isClosed {
                ag.hookedByLoop = true
                loop.registerAsyncGenerator(ag)
            }
        }
    }

    /// Called from a generator's deinit: no Python code here.
    func deferFinalization(_ p: PendingFinalization) {
        pendingFinalizations.append(p)
        hasPendingFinalizations = true
    }

    /// Closes the generators freed since the last safe point, in the order
    /// they were freed. Finalizers may free more generators; those are closed
    /// too. Errors are reported ("Exception ignored in: ..."), never raised.
    @inline(never)
    func runPendingFinalizations() {
        while !pendingFinalizations.isEmpty {
            let batch = pendingFinalizations
            pendingFinalizations = []
            hasPendingFinalizations = false
            for p in batch { finalize(p) }
        }
        hasPendingFinalizations = false
    }

    private func finalize(_ p: PendingFinalization) {
        let g = PyGenBase.resurrect(p)
        if let ag = g as? PyAsyncGenerator, p.hookedByLoop,
           let loop = asyncio.runningLoop, !loop.isClosed {
            loop.asyncGeneratorFinalizerHook(ag)
            return
        }
        do {
            try generatorClose(g)
        } catch let e as PyError {
            let exc = e.exception
            // "generator ignored GeneratorExit" is raised by close() itself:
            // CPython shows where the program was when it freed the generator.
            if exc.traceback.isEmpty, let f = currentFrame { addTraceback(exc, f) }
            reportUnraisable(exc, in: .object(g))
        } catch {}
    }

    /// CPython's default `sys.unraisablehook` output.
    /// CPython's default `sys.unraisablehook` output: the exception's own
    /// traceback, without its chained context.
    func reportUnraisable(_ exc: PyException, in object: Value) {
        let what = (try? repr(object)) ?? "<object>"
        let (context, cause) = (exc.context, exc.cause)
        exc.context = nil
        exc.cause = nil
        defer { exc.context = context; exc.cause = cause }
        write("Exception ignored in: \(what)\n" + renderTraceback(exc), .stderr)
    }
}
