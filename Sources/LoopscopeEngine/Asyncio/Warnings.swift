// Warnings CPython prints for asyncio misuse, worded exactly as CPython 3.11.
//
// `coroutine 'f' was never awaited` is printed by CPython when the coroutine
// object is freed. The VM (and each native coroutine) reports the release
// from the coroutine's deinit; printing is deferred so it never runs in the
// middle of a release: to the next write to stdout/stderr (so the warning
// lands where CPython prints it relative to the program's own output) or the
// end of the running callback, whichever comes first. A coroutine released while an exception
// escaped a task step is, in CPython, kept alive by that exception's
// traceback: if the exception ends the program, the warning comes at
// shutdown as `sys:1: RuntimeWarning: ...` after the traceback.

/// One coroutine that was released without ever being started.
struct NeverAwaitedCoroutine {
    let qualname: String
    /// The line running when it was released (what CPython reports).
    let line: Int
    let task: TaskID?
    /// Released by CPython's asyncio code rather than the program's: where.
    var site: ReleaseSite? = nil
}

extension Interpreter {
    /// Connects the VM's release hook. The hook only reads the coroutine's
    /// qualname and keeps no reference to it.
    ///
    /// Also wraps `write` so that warnings pending from earlier releases are
    /// printed before any later output: CPython prints them at the release,
    /// typically right after the statement that dropped the coroutine. Call
    /// after `write` is set.
    func installNeverAwaitedHook() {
        // Through the interpreter's link, not `[weak self]`: a weak reference
        // gives the interpreter a side table, and every later retain of it
        // (the loop and the tasks read it on each step) takes the slow path.
        let link = self.link
        onCoroutineNeverAwaited = { co in
            link.interpreter?.noteNeverAwaited(co.qualname)
        }
        let output = write
        write = { text, stream in
            if let interp = link.interpreter, !interp.asyncio.neverAwaited.isEmpty { interp.flushNeverAwaitedWarnings() }
            output(text, stream)
        }
    }

    /// Called from the deinit of a coroutine that was never started; the
    /// warning is printed at the next flush.
    func noteNeverAwaited(_ qualname: String) {
        asyncio.neverAwaited.append(NeverAwaitedCoroutine(
            qualname: qualname, line: currentLine, task: asyncio.currentTask?.id, site: currentReleaseSite))
    }

    /// Prints the warnings for coroutines released since the last flush.
    /// (Each warning's own `write` finds the list already emptied.)
    func flushNeverAwaitedWarnings() {
        while !asyncio.neverAwaited.isEmpty {
            let pending = asyncio.neverAwaited
            asyncio.neverAwaited = []
            for c in pending { warnCoroutineNeverAwaited(c) }
        }
    }

    /// A task step (or module code) ended by raising `exc`. Coroutines the
    /// unwinding released live on in CPython, in the exception's traceback,
    /// so their warnings wait for the end of the run; coroutines dropped
    /// earlier in the step were freed at once, so they are warned about now.
    func holdNeverAwaitedWarnings(raising exc: PyException) {
        let (unwound, earlier) = partitionNeverAwaited(by: exc)
        asyncio.neverAwaited = earlier
        flushNeverAwaitedWarnings()
        asyncio.neverAwaitedHeld += unwound
    }

    /// Runs `body`, which logs `exc` ("Exception in callback ..."). Released
    /// coroutines the exception's traceback held are, in CPython, caught in a
    /// reference cycle (`Handle._run`'s frame is in that traceback and holds
    /// the exception through its `context` dict): the cyclic collector frees
    /// them at exit. Those dropped before the raise were warned about already.
    func loggingCallbackException(_ exc: PyException, _ body: () -> Void) {
        let (unwound, earlier) = partitionNeverAwaited(by: exc)
        asyncio.neverAwaited = earlier
        flushNeverAwaitedWarnings()
        asyncio.neverAwaitedInCycles += unwound
        body()
    }

    /// Splits the pending warnings into those released while `exc`
    /// propagated (their line is one of its traceback's, or no Python frame
    /// was running) and those released before.
    private func partitionNeverAwaited(by exc: PyException)
        -> (unwound: [NeverAwaitedCoroutine], earlier: [NeverAwaitedCoroutine]) {
        let pending = asyncio.neverAwaited
        asyncio.neverAwaited = []
        if pending.isEmpty { return ([], []) }
        let lines = Set(exc.traceback.lazy.filter { $0.filename == self.filename }.map(\.line))
        var unwound: [NeverAwaitedCoroutine] = []
        var earlier: [NeverAwaitedCoroutine] = []
        for c in pending {
            if c.site == nil && (c.line == 0 || lines.contains(c.line)) { unwound.append(c) } else { earlier.append(c) }
        }
        return (unwound, earlier)
    }

    /// At the end of the run. Coroutines in reference cycles go first (the
    /// collection at exit, while imports still work: with the tracemalloc
    /// hint). After an uncaught exception the held (and pending) warnings
    /// come when the last traceback is cleared, late in shutdown, without
    /// the hint (`import tracemalloc` fails by then).
    func finishNeverAwaitedWarnings(afterUncaughtException: Bool) {
        let inCycles = asyncio.neverAwaitedInCycles
        let held = asyncio.neverAwaitedHeld + asyncio.neverAwaited
        asyncio.neverAwaitedInCycles = []
        asyncio.neverAwaitedHeld = []
        asyncio.neverAwaited = []
        for c in inCycles { warnAtShutdown(c, hint: true) }
        if !afterUncaughtException { warnNeverAwaitedInGlobals(afterUncaughtException: false) }
        for c in held {
            if afterUncaughtException {
                warnAtShutdown(c, hint: false)
            } else {
                warnCoroutineNeverAwaited(c)
            }
        }
        // After a traceback the globals are freed late in shutdown, by
        // reference counting: no hint, and a list's items last to first.
        if afterUncaughtException { warnNeverAwaitedInGlobals(afterUncaughtException: true) }
    }

    /// CPython frees the program's globals at exit, warning for unstarted
    /// coroutines still stored there (directly or in a list, tuple or dict).
    /// Under the conformance recorder the module's namespace is cyclic
    /// garbage (its functions refer back to it), collected at exit while
    /// imports still work: `sys:1` with the tracemalloc hint. The release
    /// hook is then switched off so the same coroutines do not warn again
    /// when the interpreter is freed.
    /// Suspended generators stored there are closed in the same pass (their
    /// `finally` runs, as CPython's collector finalizes them).
    private func warnNeverAwaitedInGlobals(afterUncaughtException: Bool) {
        let warns = onCoroutineNeverAwaited != nil
        // An open current loop outlives the output (KeptByCurrentLoop.swift).
        var seen = keptByCurrentLoop()
        func visit(_ v: Value) {
            guard case .object(let o) = v, !seen.contains(ObjectIdentifier(o)) else { return }
            if let g = o as? PyGenBase, g is PyGenerator || g is PyAsyncGenerator {
                guard g.needsFinalization, seen.insert(ObjectIdentifier(o)).inserted else { return }
                closeAtShutdown(g)
                return
            }
            guard warns else { return }
            let name: String
            if let c = o as? NativeCoroutine, c.neverStarted {
                name = c.coroutineName
            } else if let c = o as? PyCoroutine, !c.frame.started, !c.finished, c.neverAwaitedReporter != nil {
                name = c.qualname
            } else {
                return
            }
            guard seen.insert(ObjectIdentifier(o)).inserted else { return }
            warnAtShutdown(NeverAwaitedCoroutine(qualname: name, line: 0, task: nil), hint: !afterUncaughtException)
        }
        for (_, v) in mainModule.namespace.orderedItems {
            visit(v)
            guard case .object(let o) = v else { continue }
            if let l = o as? PyList {
                (afterUncaughtException ? l.items.reversed() : l.items).forEach(visit)
            } else if let t = o as? PyTuple {
                (afterUncaughtException ? t.items.reversed() : t.items).forEach(visit)
            } else if let d = o as? PyDict {
                for case let e? in d.entries { visit(e.value) }
            }
        }
        onCoroutineNeverAwaited = nil
    }

    /// `gen.close()` at exit, errors reported as unraisable.
    func closeAtShutdown(_ g: PyGenBase) {
        do {
            try generatorClose(g)
        } catch let e as PyError {
            reportUnraisable(e.exception, in: .object(g))
        } catch {}
    }

    /// A warning with no Python frame running: CPython names the location `sys:1`.
    func warnAtShutdown(_ c: NeverAwaitedCoroutine, hint: Bool) {
        guard shouldShowWarning("coroutine '\(c.qualname)' was never awaited", category: BuiltinTypes.runtimeWarning,
                                filename: "sys", lineno: 1, module: "sys") else { return }
        var text = "sys:1: RuntimeWarning: coroutine '\(c.qualname)' was never awaited\n"
        if hint { text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n" }
        asyncio.emit(.warning(category: "RuntimeWarning", message: "coroutine '\(c.qualname)' was never awaited",
                              task: c.task, line: c.line))
        write(text, .stderr)
    }

    /// `FILE:LINE: RuntimeWarning: coroutine 'f' was never awaited`, the
    /// source line, and the tracemalloc hint.
    private func warnCoroutineNeverAwaited(_ c: NeverAwaitedCoroutine) {
        if let site = c.site {
            warnNeverAwaited(c, at: site)
            return
        }
        // Through the warnings registry: once per location, as CPython's default filter.
        guard shouldShowWarning("coroutine '\(c.qualname)' was never awaited", category: BuiltinTypes.runtimeWarning,
                                filename: filename, lineno: c.line, module: "__main__") else { return }
        var text = "\(filename):\(c.line): RuntimeWarning: coroutine '\(c.qualname)' was never awaited\n"
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if c.line >= 1 && c.line <= lines.count {
            let code = lines[c.line - 1].trimmingWhitespace()
            if !code.isEmpty { text += "  \(code)\n" }
        }
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        asyncio.emit(.warning(category: "RuntimeWarning", message: "coroutine '\(c.qualname)' was never awaited",
                              task: c.task, line: c.line))
        write(text, .stderr)
    }
}

extension Interpreter {
    /// The warning for a coroutine CPython's asyncio code freed: its file,
    /// line and source line.
    private func warnNeverAwaited(_ c: NeverAwaitedCoroutine, at site: ReleaseSite) {
        let message = "coroutine '\(c.qualname)' was never awaited"
        guard shouldShowWarning(message, category: BuiltinTypes.runtimeWarning,
                                filename: site.path, lineno: site.line, module: site.module) else { return }
        let text = "\(site.path):\(site.line): RuntimeWarning: \(message)\n  \(site.source)\n"
            + "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        asyncio.emit(.warning(category: "RuntimeWarning", message: message, task: c.task, line: c.line))
        write(text, .stderr)
    }
}

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
