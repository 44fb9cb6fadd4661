// "Task exception was never retrieved": CPython logs it when a failed
// future whose exception nobody read is garbage-collected. Loopscope reports
// it deterministically when `asyncio.run` returns and when the run ends.
extension Interpreter {
    func reportUnretrievedExceptions() {
        let failures = asyncio.unretrievedFailures
        asyncio.unretrievedFailures = []
        for f in failures where f.logTraceback {
            f.logTraceback = false
            guard let exc = f.exception else { continue }
            let kind = f is Task ? "Task" : "Future"
            let context = EventLoop.ExceptionContext(
                message: "\(kind) exception was never retrieved", exception: exc,
                details: [("future", f.repr(self))], task: f as? Task, category: "neverRetrieved")
            f.loop.defaultExceptionHandler(context)
        }
    }
}
