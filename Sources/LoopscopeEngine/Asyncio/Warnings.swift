// Warnings CPython prints for asyncio misuse, worded exactly as CPython 3.11.
//
// `coroutine 'f' was never awaited` is printed by CPython when the coroutine
// object is freed. The VM reports the release from the coroutine's deinit;
// printing is deferred to the end of the running callback so it never runs
// in the middle of a release. A coroutine released while an exception
// escaped a task step is, in CPython, kept alive by that exception's
// traceback: if the exception ends the program, the warning comes at
// shutdown as `sys:1: RuntimeWarning: ...` after the traceback.

/// One coroutine that was released without ever being started.
struct NeverAwaitedCoroutine {
    let qualname: String
    /// The line running when it was released (what CPython reports).
    let line: Int
    let task: TaskID?
}

extension Interpreter {
    /// Connects the VM's release hook. The hook only reads the coroutine's
    /// qualname and keeps no reference to it.
    func installNeverAwaitedHook() {
        onCoroutineNeverAwaited = { [weak self] co in
            guard let self else { return }
            self.asyncio.neverAwaited.append(NeverAwaitedCoroutine(
                qualname: co.qualname, line: self.currentLine, task: self.asyncio.currentTask?.id))
        }
    }

    /// Prints the warnings for coroutines released since the last flush.
    func flushNeverAwaitedWarnings() {
        while !asyncio.neverAwaited.isEmpty {
            let pending = asyncio.neverAwaited
            asyncio.neverAwaited = []
            for c in pending { warnCoroutineNeverAwaited(c) }
        }
    }

    /// A task step ended by raising: the coroutines released meanwhile live
    /// on in the exception's traceback (CPython), so their warnings wait.
    func holdNeverAwaitedWarnings() {
        asyncio.neverAwaitedHeld += asyncio.neverAwaited
        asyncio.neverAwaited = []
    }

    /// At the end of the run. After an uncaught exception the held (and
    /// pending) warnings are printed the way CPython's shutdown does.
    func finishNeverAwaitedWarnings(afterUncaughtException: Bool) {
        let held = asyncio.neverAwaitedHeld + asyncio.neverAwaited
        asyncio.neverAwaitedHeld = []
        asyncio.neverAwaited = []
        for c in held {
            if afterUncaughtException {
                asyncio.emit(.warning(category: "RuntimeWarning", message: "coroutine '\(c.qualname)' was never awaited",
                                      task: c.task, line: c.line))
                write("sys:1: RuntimeWarning: coroutine '\(c.qualname)' was never awaited\n", .stderr)
            } else {
                warnCoroutineNeverAwaited(c)
            }
        }
    }

    /// `FILE:LINE: RuntimeWarning: coroutine 'f' was never awaited`, the
    /// source line, and the tracemalloc hint.
    private func warnCoroutineNeverAwaited(_ c: NeverAwaitedCoroutine) {
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

extension Substring {
    fileprivate func trimmingWhitespace() -> String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
