// Warnings CPython prints for asyncio misuse, worded exactly as CPython 3.11.
extension Interpreter {
    /// `RuntimeWarning: coroutine 'f' was never awaited`: the VM calls this
    /// when a coroutine object that never started is released. `line` is the
    /// line that created it (CPython reports the line running at release time,
    /// which for the usual `f()` statement is the same line).
    public func warnCoroutineNeverAwaited(_ name: String, line: Int) {
        var text = "\(filename):\(line): RuntimeWarning: coroutine '\(name)' was never awaited\n"
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        if line >= 1 && line <= lines.count {
            let code = lines[line - 1].trimmingWhitespace()
            if !code.isEmpty { text += "  \(code)\n" }
        }
        text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        asyncio.emit(.warning(category: "RuntimeWarning", message: "coroutine '\(name)' was never awaited",
                              task: asyncio.currentTask?.id, line: line))
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
