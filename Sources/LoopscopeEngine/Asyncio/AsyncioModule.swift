// OWNER: asyncio helper.
extension Interpreter {
    /// `import asyncio` (called once per run by the VM's import machinery).
    public func makeAsyncioModule() throws -> PyModule { fatalError("asyncio: makeAsyncioModule") }
    /// `import time` (virtual clock: sleep blocks the loop, time/monotonic/perf_counter).
    public func makeTimeModule() throws -> PyModule { fatalError("asyncio: makeTimeModule") }
}
