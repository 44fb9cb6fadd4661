import BigInt

// Python's hash() for the builtin immutable values, as CPython computes it
// (Python/pyhash.c, Objects/longobject.c, Objects/tupleobject.c), except
// str: CPython salts string hashes per process, so any deterministic hash
// is as faithful; we use FNV-1a so runs are reproducible.

enum PyHash {
    static let bits = 61
    static let modulus: UInt = (1 << 61) - 1
    static let inf = 314159

    static func int(_ i: Int) -> Int {
        if i == -1 { return -2 }
        if i >= 0 && UInt(i) < modulus { return i }
        var r = Int(i.magnitude % modulus)
        if i < 0 { r = -r }
        return r == -1 ? -2 : r
    }

    static func bigint(_ b: BigInt) -> Int {
        let r = b.magnitude % BigUInt(modulus)
        var h = Int(r)
        if b.sign == .minus { h = -h }
        return h == -1 ? -2 : h
    }

    static func bool(_ b: Bool) -> Int { b ? 1 : 0 }

    /// _Py_HashDouble. NaN hashes to 0 (CPython 3.11 uses the object's
    /// address, which has no deterministic equivalent).
    static func double(_ v: Double) -> Int {
        if v.isNaN { return 0 }
        if v.isInfinite { return v > 0 ? inf : -inf }
        let (m0, e0) = frexpMantissa(v)
        var e = e0
        var sign = 1
        var mant = m0
        if mant < 0 { sign = -1; mant = -mant }
        var x: UInt = 0
        while mant != 0 {
            x = ((x << 28) & modulus) | x >> UInt(bits - 28)
            mant *= 268435456.0
            e -= 28
            let y = UInt(mant)
            mant -= Double(y)
            x += y
            if x >= modulus { x -= modulus }
        }
        let ee = e >= 0 ? e % bits : bits - 1 - ((-1 - e) % bits)
        x = ((x << UInt(ee)) & modulus) | x >> UInt(bits - ee)
        var r = Int(x) * sign
        if r == -1 { r = -2 }
        return r
    }

    /// frexp: v = mantissa * 2^exponent with 0.5 <= |mantissa| < 1.
    static func frexpMantissa(_ v: Double) -> (mantissa: Double, exponent: Int) {
        if v == 0 || !v.isFinite { return (v, 0) }
        // Swift's significand/exponent are normalised even for subnormals.
        let m = Double(sign: v.sign, exponent: -1, significand: v.significand)
        return (m, Int(v.exponent) + 1)
    }

    static func string(_ s: String) -> Int {
        // The one str hash CPython does not salt: hash('') == 0.
        if s.isEmpty { return 0 }
        var h: UInt64 = 0xcbf29ce484222325
        for b in s.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100000001b3
        }
        let r = Int(bitPattern: UInt(h))
        return r == -1 ? -2 : r
    }

    /// tuplehash (xxHash-based, CPython >= 3.8).
    static func tuple(_ hashes: [Int]) -> Int {
        let p1: UInt = 11400714785074694791
        let p2: UInt = 14029467366897019727
        let p5: UInt = 2870177450012600261
        var acc = p5
        for h in hashes {
            acc = acc &+ UInt(bitPattern: h) &* p2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* p1
        }
        acc = acc &+ (UInt(hashes.count) ^ (p5 ^ 3527539))
        if acc == UInt.max { return 1546275796 }
        return Int(bitPattern: acc)
    }

    /// _Py_HashPointer applied to our deterministic fake addresses.
    static func pointer(_ address: Int) -> Int {
        let y = UInt(bitPattern: address)
        let r = Int(bitPattern: (y >> 4) | (y << 60))
        return r == -1 ? -2 : r
    }
}
