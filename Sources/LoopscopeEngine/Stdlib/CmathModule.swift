#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// `cmath` for finite arguments, with the algorithms of CPython's
// Modules/cmathmodule.c (so results agree to the last bit): sqrt, exp, log,
// log10, phase, polar, rect, isclose and the classification functions. The
// trigonometric and hyperbolic functions are refused by name.

enum Cmath {
    static let largeDouble = Double.greatestFiniteMagnitude / 4
    static let logLargeDouble = log(Double.greatestFiniteMagnitude / 4)
    static let mantissaDigits = Double.significandBitCount + 1

    static func squareRoot(_ z: Complex) -> Complex {
        if z.re == 0 && z.im == 0 { return Complex(0, z.im) }
        var ax = z.re.magnitude
        let ay = z.im.magnitude
        let s: Double
        if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            // hypot(ax, ay) would be subnormal: scale up first.
            let up = 2 * (mantissaDigits / 2) + 1
            ax = scalbn(ax, Int32(up))
            s = scalbn((ax + hypot(ax, scalbn(ay, Int32(up)))).squareRoot(), Int32(-(up + 1) / 2))
        } else {
            ax /= 8
            s = 2 * (ax + hypot(ax, ay / 8)).squareRoot()
        }
        let d = ay / (2 * s)
        if z.re >= 0 { return Complex(s, copysign(d, z.im)) }
        return Complex(d, copysign(s, z.im))
    }

    static func exponential(_ z: Complex) throws -> Complex {
        let r: Complex
        if z.re > logLargeDouble {
            let l = exp(z.re - 1)
            r = Complex(l * cos(z.im) * M_E, l * sin(z.im) * M_E)
        } else {
            let l = exp(z.re)
            r = Complex(l * cos(z.im), l * sin(z.im))
        }
        if r.re.isInfinite || r.im.isInfinite { throw PyError(BuiltinTypes.overflowError, "math range error") }
        return r
    }

    static func logarithm(_ z: Complex) throws -> Complex {
        let ax = z.re.magnitude, ay = z.im.magnitude
        var re: Double
        if ax > largeDouble || ay > largeDouble {
            re = log(hypot(ax / 2, ay / 2)) + M_LN2
        } else if ax < Double.leastNormalMagnitude && ay < Double.leastNormalMagnitude {
            guard ax > 0 || ay > 0 else { throw PyError(BuiltinTypes.valueError, "math domain error") }
            let n = Int32(mantissaDigits)
            re = log(hypot(scalbn(ax, n), scalbn(ay, n))) - Double(mantissaDigits) * M_LN2
        } else {
            let h = hypot(ax, ay)
            if 0.71 <= h && h <= 1.73 {
                let am = max(ax, ay), an = min(ax, ay)
                re = log1p((am - 1) * (am + 1) + an * an) / 2
            } else {
                re = log(h)
            }
        }
        return Complex(re, atan2(z.im, z.re))
    }
}

extension Interpreter {
    /// PyComplex_AsCComplex: complex, `__complex__`, or anything float() takes but strings.
    func complexArgument(_ v: Value) throws -> Complex {
        if let c = try ComplexMethods.operand(v) { return c }
        if let made = try callDunder(v, "__complex__", []) {
            guard case .object(let o) = made, let c = o as? PyComplex else {
                throw typeError("__complex__ returned non-complex (type \(pyTypeName(made)))")
            }
            return Complex(c.re, c.im)
        }
        if let f = try callDunder(v, "__float__", []), case .float(let d) = f.unboxed { return Complex(d, 0) }
        if let n = try callDunder(v, "__index__", []), PyInt.isInt(n) { return Complex(try PyInt.toDouble(n), 0) }
        throw typeError("must be real number, not \(pyTypeName(v))")
    }

    func makeCmathModule() -> PyModule {
        let m = PyModule(name: "cmath")
        let ns = m.namespace
        ns["pi"] = .float(Double.pi)
        ns["e"] = .float(M_E)
        ns["tau"] = .float(2 * Double.pi)
        ns["inf"] = .float(.infinity)
        ns["nan"] = .float(.nan)
        ns["infj"] = Complex(0, .infinity).value
        ns["nanj"] = Complex(0, .nan).value
        func one(_ name: String, _ f: @escaping (Complex) throws -> Value) {
            ns[name] = native(name) { interp, a in
                try a.noKeywords(name)
                guard a.count == 1 else { throw typeError("\(name)() takes exactly one argument (\(a.count) given)") }
                return try f(try interp.complexArgument(a[0]))
            }
        }
        one("sqrt") { Cmath.squareRoot($0).value }
        one("exp") { try Cmath.exponential($0).value }
        one("log10") { z in let l = try Cmath.logarithm(z); return Complex(l.re / M_LN10, l.im / M_LN10).value }
        one("phase") { z in .float(atan2(z.im, z.re)) }
        one("polar") { z in
            guard let r = z.magnitude else { throw PyError(BuiltinTypes.overflowError, "math range error") }
            return .tuple([.float(r), .float(atan2(z.im, z.re))])
        }
        one("isfinite") { z in .bool(z.re.isFinite && z.im.isFinite) }
        one("isinf") { z in .bool(z.re.isInfinite || z.im.isInfinite) }
        one("isnan") { z in .bool(z.re.isNaN || z.im.isNaN) }
        ns["log"] = native("log") { interp, a in
            try a.noKeywords("log")
            guard (1...2).contains(a.count) else {
                throw typeError(a.count == 0 ? "log expected at least 1 argument, got 0" : "log expected at most 2 arguments, got \(a.count)")
            }
            let x = try Cmath.logarithm(try interp.complexArgument(a[0]))
            guard a.count == 2 else { return x.value }
            guard let q = Complex.quotient(x, try Cmath.logarithm(try interp.complexArgument(a[1]))) else {
                throw PyError(BuiltinTypes.valueError, "math domain error")
            }
            return q.value
        }
        ns["rect"] = native("rect") { interp, a in
            try a.noKeywords("rect")
            guard a.count == 2 else { throw typeError("rect expected 2 arguments, got \(a.count)") }
            let r = try interp.realArgument(a[0]), phi = try interp.realArgument(a[1])
            if phi == 0 { return Complex(r, r * phi).value }
            return Complex(r * cos(phi), r * sin(phi)).value
        }
        ns["isclose"] = native("isclose") { interp, a in
            let args = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2, receiver: false)
            let x = try interp.complexArgument(args[0]!), y = try interp.complexArgument(args[1]!)
            let rel = try args[2].map { try interp.realArgument($0) } ?? 1e-9
            let abs = try args[3].map { try interp.realArgument($0) } ?? 0
            if rel < 0 || abs < 0 { throw valueError("tolerances must be non-negative") }
            if x == y { return .bool(true) }
            if x.re.isInfinite || x.im.isInfinite || y.re.isInfinite || y.im.isInfinite { return .bool(false) }
            let diff = (x - y).magnitude ?? .infinity
            let bx = x.magnitude ?? .infinity, by = y.magnitude ?? .infinity
            return .bool(diff <= rel * by || diff <= rel * bx || diff <= abs)
        }
        for name in ["acos", "asin", "atan", "cos", "sin", "tan", "acosh", "asinh", "atanh", "cosh", "sinh", "tanh"] {
            ns[name] = native(name) { _, _ in
                throw PyError(BuiltinTypes.notImplementedError, "loopscope does not support cmath.\(name) yet")
            }
        }
        return m
    }

    /// A float argument ("d"): int, float or `__float__`/`__index__`.
    func realArgument(_ v: Value) throws -> Double {
        switch v.unboxed {
        case .int, .bool, .bigint, .float: return try PyInt.toDouble(v.unboxed)
        default:
            if let f = try callDunder(v, "__float__", []), case .float(let d) = f.unboxed { return d }
            if let n = try callDunder(v, "__index__", []), PyInt.isInt(n) { return try PyInt.toDouble(n) }
            throw typeError("must be real number, not \(pyTypeName(v))")
        }
    }
}
