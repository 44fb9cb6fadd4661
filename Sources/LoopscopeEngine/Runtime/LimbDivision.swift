// Long division on limbs (Knuth's algorithm D, 64-bit limbs), used by `//`,
// `%`, `divmod` and the reductions of `pow(a, e, m)`. The BigInt package's
// division goes through generic word accessors and allocates per step;
// three-argument pow spends nearly all its time here.

extension Limbs {
    /// q[0..<n] = u[0..<n] / d for a one-limb d != 0 (q may be u, or nil
    /// for the remainder alone); returns the remainder. Each step multiplies by a reciprocal of d instead of
    /// a hardware 128-by-64 division, several times slower; the quadratic
    /// str() of a big int is nothing but such passes.
    static func divWord(_ q: LimbPtr?, _ u: UnsafePointer<UInt>, _ n: Int, _ d: UInt) -> UInt {
        let s = d.leadingZeroBitCount
        let inverse = WordReciprocal(d << s)
        var i = n - 1
        if s == 0 {
            var r: UInt = 0
            while i >= 0 {
                let (qi, ri) = inverse.divide(r, u[i])
                q?[i] = qi
                r = ri
                i -= 1
            }
            return r
        }
        // (u << s) / (d << s): the same quotient, the remainder shifted.
        var high = i >= 0 ? u[i] >> (UInt.bitWidth - s) : 0
        while i >= 0 {
            let low = u[i] << s | (i > 0 ? u[i - 1] >> (UInt.bitWidth - s) : 0)
            let (qi, ri) = inverse.divide(high, low)
            q?[i] = qi
            high = ri
            i -= 1
        }
        return high >> s
    }

    /// dst[0..<n] = src << s (0 <= s < 64); returns the limb shifted out.
    @inline(__always)
    static func shiftLeft(_ dst: LimbPtr, _ src: UnsafePointer<UInt>, _ n: Int, _ s: Int) -> UInt {
        if s == 0 { dst.update(from: src, count: n); return 0 }
        var carry: UInt = 0
        for i in 0..<n {
            let w = src[i]
            dst[i] = (w << s) | carry
            carry = w >> (UInt.bitWidth - s)
        }
        return carry
    }

    /// u / v for n >= m >= 2 limbs, v[m-1] != 0: the quotient's n-m+1 limbs
    /// into q (when given), the remainder's m limbs into r.
    static func divide(_ u: UnsafePointer<UInt>, _ n: Int, _ v: UnsafePointer<UInt>, _ m: Int,
                       quotient q: LimbPtr?, remainder r: LimbPtr) {
        // Normalise so the divisor's top bit is set: the quotient-limb
        // estimate from the top limbs is then off by at most two.
        let s = v[m - 1].leadingZeroBitCount
        let vn = LimbPtr.allocate(capacity: m), un = LimbPtr.allocate(capacity: n + 1)
        defer { vn.deallocate(); un.deallocate() }
        _ = shiftLeft(vn, v, m, s)
        un[n] = shiftLeft(un, u, n, s)
        let vTop = vn[m - 1], vNext = vn[m - 2]
        var j = n - m
        while j >= 0 {
            let u2 = un[j + m], u1 = un[j + m - 1], u0 = un[j + m - 2]
            var qhat: UInt, rhat: UInt
            var exact = true
            if u2 >= vTop {
                qhat = UInt.max
                let (sum, overflow) = u1.addingReportingOverflow(vTop)
                rhat = sum
                exact = !overflow
            } else {
                (qhat, rhat) = vTop.dividingFullWidth((u2, u1))
            }
            while exact {
                let (ph, pl) = qhat.multipliedFullWidth(by: vNext)
                guard ph > rhat || (ph == rhat && pl > u0) else { break }
                qhat -= 1
                let (sum, overflow) = rhat.addingReportingOverflow(vTop)
                rhat = sum
                exact = !overflow
            }
            // un[j...j+m] -= qhat · vn; if that went negative, add one back.
            var carry: UInt = 0, borrow: UInt = 0
            for i in 0..<m {
                let (hi, lo) = qhat.multipliedFullWidth(by: vn[i])
                let (p, o) = lo.addingReportingOverflow(carry)
                carry = hi &+ carryBit(o)
                let (d1, b1) = un[i + j].subtractingReportingOverflow(p)
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                un[i + j] = d2
                borrow = carryBit(b1) | carryBit(b2)
            }
            let (t1, c1) = un[j + m].subtractingReportingOverflow(carry)
            let (t2, c2) = t1.subtractingReportingOverflow(borrow)
            un[j + m] = t2
            if c1 || c2 {
                qhat -= 1
                un[j + m] &+= addInPlace(un + j, vn, m)
            }
            q?[j] = qhat
            j -= 1
        }
        // Undo the normalisation on the remainder.
        if s == 0 {
            r.update(from: un, count: m)
        } else {
            for i in 0..<m {
                r[i] = (un[i] >> s) | (un[i + 1] << (UInt.bitWidth - s))
            }
        }
    }
}

/// Division of two limbs by a fixed normalised one (top bit set) through
/// its precomputed reciprocal: Möller and Granlund, "Improved division by
/// invariant integers" (2011), the 2-by-1 step.
struct WordReciprocal {
    let d: UInt
    /// floor((2^128 - 1) / d) - 2^64.
    let v: UInt

    init(_ d: UInt) {
        self.d = d
        v = d.dividingFullWidth((~d, UInt.max)).quotient
    }

    /// (u1·2^64 + u0) / d and the remainder, for u1 < d.
    @inline(__always)
    func divide(_ u1: UInt, _ u0: UInt) -> (quotient: UInt, remainder: UInt) {
        let (ph, pl) = v.multipliedFullWidth(by: u1)
        let (q0, c) = pl.addingReportingOverflow(u0)
        var q1 = ph &+ u1 &+ 1 &+ carryBit(c)
        var r = u0 &- q1 &* d
        if r > q0 { q1 &-= 1; r &+= d }
        if r >= d { q1 &+= 1; r &-= d }
        return (q1, r)
    }
}
