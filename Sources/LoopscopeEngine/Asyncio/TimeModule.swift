// `import time` on the virtual clock. `sleep` blocks: it advances the clock
// (and, inside a running loop, holds the loop: a `loopBlocked` event). CPU
// work takes zero virtual time, so only sleeps move the clock.
let epochOffset = 1_700_000_000.0

extension Interpreter {
    /// `import time` (virtual clock: sleep blocks the loop, time/monotonic/perf_counter).
    public func makeTimeModule() throws -> PyModule {
        var d: [String: Value] = [:]
        let entries: [(String, Value)] = [
            function("sleep") { interp, a in
                let arg = try a.required(0, "secs")
                let secs = try interp.requireNumber(arg, "secs")
                if secs < 0 { throw pyValueError("sleep length must be non-negative") }
                interp.blockingSleep(secs, description: "time.sleep(\(interp.describeNumber(arg)))")
                return .none
            },
            function("time") { interp, _ in .float(epochOffset + interp.threadAwareClock) },
            function("monotonic") { interp, _ in .float(interp.threadAwareClock) },
            function("perf_counter") { interp, _ in .float(interp.threadAwareClock) },
            function("process_time") { _, _ in .float(0) },
            function("time_ns") { interp, _ in .int(Int(((epochOffset + interp.threadAwareClock) * 1e9).rounded())) },
            function("monotonic_ns") { interp, _ in .int(Int((interp.threadAwareClock * 1e9).rounded())) },
            function("perf_counter_ns") { interp, _ in .int(Int((interp.threadAwareClock * 1e9).rounded())) },
        ]
        for (k, v) in entries { d[k] = v }
        for name in ["strftime", "localtime", "gmtime", "ctime", "asctime", "mktime", "strptime"] {
            d[name] = .object(PyNativeFunction(name) { _, _ in
                throw PyError(BuiltinTypes.notImplementedError,
                              "time.\(name)() is not supported by Loopscope (the clock is virtual)")
            })
        }
        return PyModule(name: "time", dict: d)
    }

    /// The clock as seen by the running code: inside `to_thread` work it
    /// includes the work's own sleeps so far.
    var threadAwareClock: Double { asyncio.clock + (asyncio.threadClock ?? 0) }

    func blockingSleep(_ secs: Double, description: String) {
        if let t = asyncio.threadClock {
            asyncio.threadClock = t + secs
            return
        }
        asyncio.clock = asyncio.clock + secs
        if let loop = asyncio.runningLoop {
            asyncio.emit(.loopBlocked(task: loop.currentTask?.id, by: description, duration: secs, line: currentLine))
        }
    }
}
