// `import time` on the virtual clock. `sleep` blocks: it advances the clock
// (and, inside a running loop, holds the loop: a `loopBlocked` event). Every
// read settles the clock first, so in CPU mode differences include the work
// done between them (VirtualClock.swift).
import BigInt

let epochOffset = 1_700_000_000.0

/// `int(seconds * 1e9)` without trapping on huge clocks.
func nanoseconds(_ seconds: Double) throws -> Value {
    let ns = seconds * 1e9
    guard ns.isFinite else { throw PyError(BuiltinTypes.overflowError, "cannot convert float infinity to integer") }
    if abs(ns) < 9.0e18 { return .int(Int(ns)) }
    return .integer(BigInt(ns))
}

extension Interpreter {
    /// `import time` (virtual clock: sleep blocks the loop, time/monotonic/perf_counter).
    public func makeTimeModule() throws -> PyModule {
        var d: [String: Value] = [:]
        let entries: [(String, Value)] = [
            function("sleep") { interp, a in
                let arg = try a.required(0, "secs").unboxed
                guard let secs = arg.asDouble, !(arg.asObject != nil) else {
                    throw pyTypeError("'\(interp.typeOf(arg).name)' object cannot be interpreted as an integer")
                }
                if secs.isNaN { throw pyValueError("Invalid value NaN (not a number)") }
                if secs < 0 { throw pyValueError("sleep length must be non-negative") }
                interp.blockingSleep(secs, description: "time.sleep(\(interp.describeNumber(arg)))")
                return .none
            },
            function("time") { interp, _ in .float(epochOffset + interp.threadAwareClock) },
            function("monotonic") { interp, _ in .float(interp.threadAwareClock) },
            function("perf_counter") { interp, _ in .float(interp.threadAwareClock) },
            function("process_time") { interp, _ in .float(interp.threadAwareClock) },
            // `int(f() * 1e9)`: truncation, as the conformance recorder does.
            function("time_ns") { interp, _ in try nanoseconds(epochOffset + interp.threadAwareClock) },
            function("monotonic_ns") { interp, _ in try nanoseconds(interp.threadAwareClock) },
            function("perf_counter_ns") { interp, _ in try nanoseconds(interp.threadAwareClock) },
            function("process_time_ns") { interp, _ in try nanoseconds(interp.threadAwareClock) },
        ]
        for (k, v) in entries { d[k] = v }
        for (k, v) in try timeFormattingFunctions() { d[k] = v }
        d["timezone"] = .int(0)
        d["altzone"] = .int(0)
        d["daylight"] = .int(0)
        d["tzname"] = .tuple([.str("UTC"), .str("UTC")])
        for name in ["strptime"] {
            d[name] = .object(PyNativeFunction(name) { _, _ in
                throw PyError(BuiltinTypes.notImplementedError,
                              "time.\(name)() is not supported by Loopscope (the clock is virtual)")
            })
        }
        return PyModule(name: "time", dict: d)
    }

    /// The clock as seen by the running code: inside `to_thread` work it
    /// includes the work's own sleeps so far.
    var threadAwareClock: Double {
        settleClock()
        return asyncio.settledClock + (asyncio.threadClock ?? 0)
    }

    func blockingSleep(_ secs: Double, description: String) {
        settleClock()
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
