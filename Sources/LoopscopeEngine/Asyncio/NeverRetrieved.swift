// "Task exception was never retrieved": CPython logs it from the finalizer of
// a failed future whose exception nobody read, when the future is freed.
// Failed futures wait in `unretrievedFailures`; after each callback of the
// loop, one that list alone still holds is one CPython would just have freed
// (the handle that ran its last step is dropped as `_run_once` moves on), so
// it is reported then. The rest are reported when `asyncio.run` returns and
// when the run ends.
extension Interpreter {
    /// After a callback: reports the failures nothing else refers to any
    /// more, and forgets the ones whose exception was retrieved. A scan costs
    /// the list's length, so a long list (thousands of failed tasks kept for
    /// a later gather) is scanned every length/64 callbacks instead.
    func reportFreedFailures() {
        let count = asyncio.unretrievedFailures.count
        if count > 64 {
            asyncio.failureScanSkipped += 1
            if asyncio.failureScanSkipped < count / 64 { return }
        }
        asyncio.failureScanSkipped = 0
        // Taken out of the state, so checking an element does not copy the array.
        var list = asyncio.unretrievedFailures
        asyncio.unretrievedFailures = []
        var kept: [Future] = []
        var freed: [Future] = []
        for i in list.indices {
            if !list[i].logTraceback { continue }
            if isKnownUniquelyReferenced(&list[i]) { freed.append(list[i]) } else { kept.append(list[i]) }
        }
        list = []
        // Reporting runs handlers, which may fail more futures.
        asyncio.unretrievedFailures = kept + asyncio.unretrievedFailures
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
