import BigInt
import Foundation

// math's integer functions over ints of any size: gcd, lcm, isqrt,
// factorial, perm, comb.
// (CPython computes them on arbitrary ints; Int arithmetic would trap on
// `gcd(-2**63, 0)`, whose answer is 2**63.)

extension Interpreter {
    func addMathIntegerFunctions(_ ns: Namespace) {
        ns["gcd"] = native("gcd") { interp, args in
            try args.noKeywords("gcd")
            var g = BigInt(0)
            for a in args.positional { g = g.greatestCommonDivisor(with: try interp.mathInteger(a)) }
            return Value.integer(g.magnitude.isZero ? 0 : BigInt(g.magnitude))
        }
        ns["lcm"] = native("lcm") { interp, args in
            try args.noKeywords("lcm")
            var l = BigInt(1)
            for a in args.positional {
                let x = try interp.mathInteger(a)
                if l.isZero || x.isZero { l = 0; continue }
                l = BigInt((l * x).magnitude / l.greatestCommonDivisor(with: x).magnitude)
                if l.magnitude.bitWidth > PyInt.maxBits { throw PyInt.tooBig() }
            }
            return Value.integer(l)
        }
        ns["isqrt"] = native("isqrt") { interp, args in
            let n = try interp.mathInteger(try args.exactlyOne("isqrt", receiver: false))
            if n.sign == .minus && !n.isZero { throw valueError("isqrt() argument must be nonnegative") }
            return Value.integer(BigInt(n.magnitude.squareRoot()))
        }
        ns["factorial"] = native("factorial") { interp, args in
            let n = try interp.mathInteger(try args.exactlyOne("math.factorial", receiver: false))
            return try interp.factorial(n)
        }
        ns["perm"] = native("perm") { interp, args in
            try args.noKeywords("math.perm")
            let r = try args.between("perm", 1, 2, receiver: false)
            let n = try interp.mathInteger(r[0])
            if r.count == 1 || r[1].isNone { return try interp.factorial(n) }
            let k = try interp.mathInteger(r[1])
            try Self.checkNonNegative(n, k)
            if k > n { return .int(0) }
            return try interp.fallingProduct(n, k, divideByKFactorial: false)
        }
        ns["comb"] = native("comb") { interp, args in
            try args.noKeywords("math.comb")
            let r = try args.between("comb", 2, 2, receiver: false)
            let n = try interp.mathInteger(r[0])
            var k = try interp.mathInteger(r[1])
            try Self.checkNonNegative(n, k)
            if k > n { return .int(0) }
            k = Swift.min(k, n - k)
            return try interp.fallingProduct(n, k, divideByKFactorial: true)
        }
    }

    static func checkNonNegative(_ n: BigInt, _ k: BigInt) throws {
        if n.sign == .minus && !n.isZero { throw valueError("n must be a non-negative integer") }
        if k.sign == .minus && !k.isZero { throw valueError("k must be a non-negative integer") }
    }

    func factorial(_ n: BigInt) throws -> Value {
        if n.sign == .minus && !n.isZero { throw valueError("factorial() not defined for negative values") }
        guard let small = Int(exactly: n) else {
            throw PyError(BuiltinTypes.overflowError, "factorial() argument should not exceed \(Int.max)")
        }
        // log2(n!) up front: refuse what the integer cap would refuse anyway
        // before spending the time to build it.
        if small > 1000, lgamma(Double(small) + 1) / M_LN2 > Double(PyInt.maxBits) { throw PyInt.tooBig() }
        let r = Value.integer(BigInt(BigArith.factorial(small)))
        chargeFactorial(resultWords: Self.words(r))
        return r
    }

    /// perm(n, k), or comb(n, k) = perm(n, k) / k!, for 0 <= k <= n.
    func fallingProduct(_ n: BigInt, _ k: BigInt, divideByKFactorial: Bool) throws -> Value {
        if k.isZero { return .int(1) }
        // The result's size up front (log-gamma, or k times n's size for an n
        // beyond a Double), so an impossible request fails at once.
        let nd = Double(n), kd = Double(k)
        var bits = nd.isFinite ? (lgamma(nd + 1) - lgamma(nd - kd + 1)) / M_LN2 : kd * Double(n.bitWidth)
        if divideByKFactorial { bits -= lgamma(kd + 1) / M_LN2 }
        guard bits <= Double(PyInt.maxBits) * 1.01, let steps = Int(exactly: k) else { throw PyInt.tooBig() }
        let p = BigArith.fallingProduct(n, steps)
        chargeFactorial(resultWords: p.magnitude.bitWidth / 64 + 1)
        if !divideByKFactorial { return Value.integer(p) }
        let f = BigInt(BigArith.factorial(steps))
        return Value.integer(p.quotientAndRemainder(dividingBy: f).quotient)
    }

    /// An argument of math's integer functions (`__index__` accepted).
    func mathInteger(_ v: Value) throws -> BigInt {
        let i = try integerValue(v, "'\(pyTypeName(v))' object cannot be interpreted as an integer")
        return PyInt.big(i) ?? 0
    }
}
