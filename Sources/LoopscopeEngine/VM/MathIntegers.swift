import BigInt

// math's integer functions over ints of any size: gcd, lcm, isqrt, perm.
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
        ns["perm"] = native("perm") { interp, args in
            let r = try args.between("perm", 1, 2, receiver: false)
            let n = try interp.mathInteger(r[0])
            let k = r.count > 1 && !r[1].isNone ? try interp.mathInteger(r[1]) : n
            if n.sign == .minus && !n.isZero { throw valueError("n must be a non-negative integer") }
            if k.sign == .minus && !k.isZero { throw valueError("k must be a non-negative integer") }
            if k > n { return .int(0) }
            guard let steps = Int(exactly: k), steps <= 100_000 else { throw PyInt.tooBig() }
            var p = BigInt(1)
            for i in 0..<steps {
                p *= n - BigInt(i)
                if p.magnitude.bitWidth > PyInt.maxBits { throw PyInt.tooBig() }
            }
            return Value.integer(p)
        }
    }

    /// An argument of math's integer functions (`__index__` accepted).
    func mathInteger(_ v: Value) throws -> BigInt {
        let i = try integerValue(v, "'\(pyTypeName(v))' object cannot be interpreted as an integer")
        return PyInt.big(i) ?? 0
    }
}
