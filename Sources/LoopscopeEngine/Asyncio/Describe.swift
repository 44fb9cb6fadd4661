// Text for events and messages. Values people see are formatted as CPython's
// repr; the common immediates are done here so the loop's hot paths (and
// engine tests that run without the runtime library) avoid a full repr.
extension Interpreter {
    /// `repr(v)`, never throwing: a failing `__repr__` shows as CPython's
    /// fallback-ish `<object>` rather than breaking the loop.
    func describe(_ v: Value) -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        // Swift's shortest round-trip description matches Python's float repr
        // (same exponent thresholds: 1e-05, 1e+16, inf, nan).
        case .float(let d): return d.description
        case .str(let s) where Self.isPlainASCII(s): return "'\(s)'"
        case .object(let o as PyException): return describeException(o)
        case .object(let o as Future): return o.repr(self)
        default: return (try? repr(v)) ?? "<object>"
        }
    }

    /// `ValueError('boom')`, `CancelledError()`.
    func describeException(_ e: PyException) -> String {
        let args = e.args.map { describe($0) }
        return "\(e.cls.name)(\(args.joined(separator: ", ")))"
    }

    /// `str(exc)` as tracebacks print it after the colon.
    func exceptionMessage(_ e: PyException) -> String {
        switch e.args.count {
        case 0: return ""
        case 1:
            if case .str(let s) = e.args[0] { return s }
            return (try? str(e.args[0])) ?? describe(e.args[0])
        default: return "(" + e.args.map { describe($0) }.joined(separator: ", ") + ")"
        }
    }

    /// Delays as the program wrote them: `asyncio.sleep(2)`, `sleep(0.5)`.
    func describeNumber(_ v: Value) -> String { describe(v) }

    static func isPlainASCII(_ s: String) -> Bool {
        for u in s.utf8 where u < 0x20 || u >= 0x7f || u == 0x27 || u == 0x5c { return false }
        return true
    }
}

extension Value {
    /// A Python number as a Double (int, float, bool), nil otherwise.
    var asDouble: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .bigint(let b): return Double(b)
        case .object(let o):
            // An int or float subclass (`class Seconds(float)`) is still a number.
            if let b = boxedBase(o) { return b.asDouble }
            return nil
        default: return nil
        }
    }
}
