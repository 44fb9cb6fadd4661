// "Task exception was never retrieved": CPython logs it from the finalizer of
// a failed future whose exception nobody read, when the future is freed.
// Failed futures wait in `unretrievedFailures`; after each callback of the
// loop, one that list alone still holds is one CPython would just have freed
// (the handle that ran its last step is dropped as `_run_once` moves on), so
// it is reported then. The rest are reported when `asyncio.run` returns and
// when the run ends.
extension Interpreter {
    /// After a callback: reports the failures nothing else refers to any
    /// more, and forgets the ones whose exception was retrieved.
    func reportFreedFailures() {
        var freed: [Future] = []
        var i = 0
        while i < asyncio.unretrievedFailures.count {
            if !asyncio.unretrievedFailures[i].logTraceback {
                asyncio.unretrievedFailures.remove(at: i)
            } else if isKnownUniquelyReferenced(&asyncio.unretrievedFailures[i]) {
                freed.append(asyncio.unretrievedFailures.remove(at: i))
            } else {
                i += 1
            }
        }
        for f in freed { reportNeverRetrieved(f) }
    }

    func reportUnretrievedExceptions() {
        let failures = asyncio.unretrievedFailures
        asyncio.unretrievedFailures = []
        for f in failures { reportNeverRetrieved(f) }
    }

    private func reportNeverRetrieved(_ f: Future) {
        guard f.logTraceback else { return }
        f.logTraceback = false
        guard let exc = f.exception else { return }
        let kind = f is Task ? "Task" : "Future"
        f.loop.callExceptionHandler(EventLoop.ExceptionContext(
            message: "\(kind) exception was never retrieved", exception: exc,
            details: [("future", .object(f))], task: f as? Task, category: "neverRetrieved"))
    }
}
