#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

// `import math`: the commonly used functions of CPython's math module, on
// the platform libm as CPython uses it, with its error wording.

extension Interpreter {
    public func makeMathModule() throws -> PyModule {
        var t = MethodTable()
        func real(_ v: Value) throws -> Double { try FloatMethods.fromValue(self, v) }
        func unaryF(_ name: String, domain: @escaping (Double) -> Bool = { _ in true }, _ f: @escaping (Double) -> Double) {
            t.add(name) { interp, a in
                let x = try FloatMethods.fromValue(interp, try a.exactlyOne(name, receiver: false))
                if !domain(x) { throw valueError("math domain error") }
                let r = f(x)
                if r.isInfinite && x.isFinite { throw PyError(BuiltinTypes.overflowError, "math range error") }
                if r.isNaN && !x.isNaN { throw valueError("math domain error") }
                return .float(r)
            }
        }
        unaryF("sqrt", domain: { $0 >= 0 || $0.isNaN }) { $0.squareRoot() }
        unaryF("exp") { exp($0) }
        unaryF("sin") { sin($0) }
        unaryF("cos") { cos($0) }
        unaryF("tan") { tan($0) }
        unaryF("asin", domain: { abs($0) <= 1 || $0.isNaN }) { asin($0) }
        unaryF("acos", domain: { abs($0) <= 1 || $0.isNaN }) { acos($0) }
        unaryF("atan") { atan($0) }
        unaryF("sinh") { sinh($0) }
        unaryF("cosh") { cosh($0) }
        unaryF("tanh") { tanh($0) }
        unaryF("log2", domain: { $0 > 0 || $0.isNaN }) { log2($0) }
        unaryF("log10", domain: { $0 > 0 || $0.isNaN }) { log10($0) }
        unaryF("log1p", domain: { $0 > -1 || $0.isNaN }) { log1p($0) }
        unaryF("fabs") { abs($0) }
        unaryF("degrees") { $0 * (180.0 / Double.pi) }
        unaryF("radians") { $0 * (Double.pi / 180.0) }
        t.add("log") { interp, a in
            let r = try a.between("log", 1, 2, receiver: false)
            func ln(_ v: Value) throws -> Double {
                if let b = PyInt.big(v), b.sign == .plus, !b.isZero, b.magnitude.bitWidth > 1000 {
                    // Huge ints: log of the top bits plus the shift, as CPython's loghelper.
                    let shift = b.magnitude.bitWidth - 60
                    return log(Double(b >> shift)) + Double(shift) * log(2.0)
                }
                let x = try real(v)
                if !(x > 0) && !x.isNaN { throw valueError("math domain error") }
                return log(x)
            }
            let num = try ln(r[0])
            if r.count == 1 { return .float(num) }
            let den = try ln(r[1])
            if den == 0 { throw PyError(BuiltinTypes.zeroDivisionError, "float division by zero") }
            return .float(num / den)
        }
        for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
            t.add(name) { interp, a in
                let v = try a.exactlyOne(name, receiver: false)
                if PyInt.isInt(v) { return try interp.unaryOp(.pos, v) }
                if case .float(let d) = v { return try IntMethods.floatToInt(d.rounded(rule)) }
                if let r = try interp.callDunder(v, "__\(name)__", []) { return r }
                return try IntMethods.floatToInt(try real(v).rounded(rule))
            }
        }
        t.add("pow") { interp, a in
            let r = try a.between("pow", 2, 2, receiver: false)
            let x = try real(r[0]), y = try real(r[1])
            if x == 0 && y < 0 { throw valueError("math domain error") }
            if x < 0 && y != y.rounded() && y.isFinite { throw valueError("math domain error") }
            let v = pow(x, y)
            if v.isInfinite && x.isFinite && y.isFinite { throw PyError(BuiltinTypes.overflowError, "math range error") }
            return .float(v)
        }
        t.add("atan2") { _, a in
            let r = try a.between("atan2", 2, 2, receiver: false)
            return .float(atan2(try real(r[0]), try real(r[1])))
        }
        t.add("hypot") { _, a in
            var acc = 0.0
            for v in a.positional { let x = try real(v); acc = hypot(acc, x) }
            return .float(acc)
        }
        t.add("copysign") { _, a in
            let r = try a.between("copysign", 2, 2, receiver: false)
            return .float(copysign(try real(r[0]), try real(r[1])))
        }
        t.add("fmod") { _, a in
            let r = try a.between("fmod", 2, 2, receiver: false)
            let x = try real(r[0]), y = try real(r[1])
            if y == 0 && !x.isNaN { throw valueError("math domain error") }
            return .float(fmod(x, y))
        }
        t.add("isnan") { _, a in .bool(try real(try a.exactlyOne("isnan", receiver: false)).isNaN) }
        t.add("isinf") { _, a in .bool(try real(try a.exactlyOne("isinf", receiver: false)).isInfinite) }
        t.add("isfinite") { _, a in .bool(try real(try a.exactlyOne("isfinite", receiver: false)).isFinite) }
        t.add("isclose") { interp, a in
            let p = try a.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], required: 2, receiver: false)
            let x = try real(p[0] ?? .none), y = try real(p[1] ?? .none)
            let rel = try p[2].map(real) ?? 1e-9, absTol = try p[3].map(real) ?? 0
            if rel < 0 || absTol < 0 { throw valueError("tolerances must be non-negative") }
            if x == y { return .bool(true) }
            if x.isInfinite || y.isInfinite { return .bool(false) }
            let diff = abs(y - x)
            return .bool(diff <= abs(rel * y) || diff <= abs(rel * x) || diff <= absTol)
        }
        t.add("gcd") { interp, a in
            var g = BigInt(0)
            for v in a.positional {
                guard let b = PyInt.big(try interp.integerValue(v, "'\(interp.typeName(v))' object cannot be interpreted as an integer")) else { continue }
                g = BigInt(g.magnitude.greatestCommonDivisor(with: b.magnitude))
            }
            return Value.integer(g)
        }
        t.add("factorial") { interp, a in
            let v = try a.exactlyOne("factorial", receiver: false)
            if case .float = v { throw typeError("'float' object cannot be interpreted as an integer") }
            let n = try interp.indexValue(v, "'\(interp.typeName(v))' object cannot be interpreted as an integer")
            if n < 0 { throw valueError("factorial() not defined for negative values") }
            if n > 20000 { throw PyInt.tooBig() }
            var r = BigInt(1)
            if n > 1 { for i in 2...n { r *= BigInt(i) } }
            return Value.integer(r)
        }
        t.add("isqrt") { interp, a in
            let v = try interp.integerValue(try a.exactlyOne("isqrt", receiver: false), "integer expected")
            guard let b = PyInt.big(v) else { return .int(0) }
            if b.sign == .minus && !b.isZero { throw valueError("isqrt() argument must be nonnegative") }
            return Value.integer(BigInt(b.magnitude.squareRoot()))
        }
        for (name, isComb) in [("comb", true), ("perm", false)] {
            t.add(name) { interp, a in
                let r = try a.between(name, isComb ? 2 : 1, 2, receiver: false)
                let n = try interp.indexValue(r[0], "'\(interp.typeName(r[0]))' object cannot be interpreted as an integer")
                let k = r.count > 1 ? try interp.indexValue(r[1], "'\(interp.typeName(r[1]))' object cannot be interpreted as an integer") : n
                if n < 0 { throw valueError("n must be a non-negative integer") }
                if k < 0 { throw valueError("k must be a non-negative integer") }
                if k > n { return .int(0) }
                if n > 20000 { throw PyInt.tooBig() }
                var num = BigInt(1)
                for i in 0..<k { num *= BigInt(n - i) }
                if isComb { for i in 1...max(1, k) where k > 0 { num /= BigInt(i) } }
                return Value.integer(num)
            }
        }
        t.add("prod") { interp, a in
            let p = try a.bind("prod", ["iterable", "start"], required: 1, positionalOnly: 1, receiver: false)
            var acc = p[1] ?? .int(1)
            try interp.forEach(p[0] ?? .none) { acc = try interp.binaryOp(.mul, acc, $0) }
            return acc
        }
        t.add("fsum") { interp, a in
            // Shewchuk's exact summation, as CPython's msum.
            var partials: [Double] = []
            try interp.forEach(try a.exactlyOne("fsum", receiver: false)) { v in
                var x = try real(v)
                var i = 0
                for var y in partials {
                    if abs(x) < abs(y) { swap(&x, &y) }
                    let hi = x + y
                    let lo = y - (hi - x)
                    if lo != 0 { partials[i] = lo; i += 1 }
                    x = hi
                }
                partials.removeSubrange(i...)
                partials.append(x)
            }
            var n = partials.count
            var hi = 0.0
            if n > 0 {
                n -= 1
                hi = partials[n]
                var lo = 0.0
                while n > 0 {
                    let x = hi
                    n -= 1
                    let y = partials[n]
                    hi = x + y
                    let yr = hi - x
                    lo = y - yr
                    if lo != 0 { break }
                }
                if n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)) {
                    let y = lo * 2
                    let x = hi + y
                    if y == x - hi { hi = x }
                }
            }
            return .float(hi)
        }
        var dict = t.dict
        dict["pi"] = .float(Double.pi)
        dict["e"] = .float(M_E)
        dict["tau"] = .float(2 * Double.pi)
        dict["inf"] = .float(.infinity)
        dict["nan"] = .float(.nan)
        dict["__name__"] = .str("math")
        return PyModule(name: "math", dict: dict)
    }
}
