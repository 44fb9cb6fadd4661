// Word-level kernels for big-int multiplication: little-endian 64-bit limbs
// behind raw pointers. The BigInt package multiplies through an enum-backed
// subscript and only switches to Karatsuba above 1024 words, which made
// `math.factorial` and `3**2000000` many times slower than CPython (30-bit
// digits, Karatsuba above 70 digits). With 64-bit limbs a schoolbook
// product does a quarter of CPython's digit products, so the same shape of
// algorithm (schoolbook, a squaring variant, Karatsuba) comes out ahead.

typealias LimbPtr = UnsafeMutablePointer<UInt>

/// A carry flag as a limb, without a branch: `o ? 1 : 0` compiled to a
/// conditional jump inside the carry chains, and a carry is a coin toss,
/// so every other limb paid for a mispredicted branch.
@inline(__always)
func carryBit(_ o: Bool) -> UInt { UInt(unsafeBitCast(o, to: UInt8.self)) }

enum Limbs {
    /// Below this many limbs (of the shorter operand) schoolbook beats the
    /// recursion's extra additions (measured: 24..48 are within a few per
    /// cent of each other).
    static let karatsubaThreshold = 32
    static let squareThreshold = 40

    /// r[0..<n] += a[0..<n] * m; returns the carry-out limb.
    @inline(__always)
    static func mulAdd(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int, _ m: UInt) -> UInt {
        var carry: UInt = 0
        var i = 0
        while i < n {
            let (hi, lo) = a[i].multipliedFullWidth(by: m)
            let (s1, o1) = lo.addingReportingOverflow(r[i])
            let (s2, o2) = s1.addingReportingOverflow(carry)
            r[i] = s2
            // hi <= 2^64 - 2, so adding both carries cannot overflow.
            carry = hi &+ carryBit(o1) &+ carryBit(o2)
            i &+= 1
        }
        return carry
    }

    /// r[0..<n] = a[0..<n] * m; returns the carry-out limb.
    @inline(__always)
    static func mulWord(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int, _ m: UInt) -> UInt {
        var carry: UInt = 0
        var i = 0
        while i < n {
            let (hi, lo) = a[i].multipliedFullWidth(by: m)
            let (s, o) = lo.addingReportingOverflow(carry)
            r[i] = s
            carry = hi &+ carryBit(o)
            i &+= 1
        }
        return carry
    }

    /// r[0..<n] += a[0..<n]; returns the carry (0 or 1).
    @inline(__always)
    static func addInPlace(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int) -> UInt {
        var carry: UInt = 0
        var i = 0
        while i < n {
            let (s1, o1) = r[i].addingReportingOverflow(a[i])
            let (s2, o2) = s1.addingReportingOverflow(carry)
            r[i] = s2
            carry = carryBit(o1) | carryBit(o2)
            i &+= 1
        }
        return carry
    }

    /// r[0..<n] -= a[0..<n]; returns the borrow (0 or 1).
    @inline(__always)
    static func subInPlace(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int) -> UInt {
        var borrow: UInt = 0
        var i = 0
        while i < n {
            let (d1, o1) = r[i].subtractingReportingOverflow(a[i])
            let (d2, o2) = d1.subtractingReportingOverflow(borrow)
            r[i] = d2
            borrow = carryBit(o1) | carryBit(o2)
            i &+= 1
        }
        return borrow
    }

    /// Adds `c` at r[0] and ripples the carry through r[0..<n].
    @inline(__always)
    static func propagate(_ r: LimbPtr, _ n: Int, _ c: UInt) {
        var c = c
        var i = 0
        while c != 0 && i < n {
            let (s, o) = r[i].addingReportingOverflow(c)
            r[i] = s
            c = o ? 1 : 0
            i += 1
        }
    }

    /// r = a + b where r has n+1 limbs, a has n limbs and b has m <= n.
    static func sum(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int, _ b: UnsafePointer<UInt>, _ m: Int) {
        r.update(from: a, count: n)
        r[n] = 0
        propagate(r + m, n + 1 - m, addInPlace(r, b, m))
    }

    /// r[0..<n+m] = a[0..<n] * b[0..<m]. r must not overlap a or b.
    static func multiply(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int, _ b: UnsafePointer<UInt>, _ m: Int) {
        if n < m { return multiply(r, b, m, a, n) }
        if m == 0 { r.update(repeating: 0, count: n); return }
        if m < karatsubaThreshold { return schoolbook(r, a, n, b, m) }
        if 2 * m <= n { return unbalanced(r, a, n, b, m) }
        karatsuba(r, a, n, b, m)
    }

    static func schoolbook(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int, _ b: UnsafePointer<UInt>, _ m: Int) {
        r[n] = mulWord(r, a, n, b[0])
        for j in 1..<max(m, 1) {
            r[j + n] = mulAdd(r + j, a, n, b[j])
        }
    }

    /// A long `a` times a short `b`: one balanced product per m-limb chunk.
    static func unbalanced(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int, _ b: UnsafePointer<UInt>, _ m: Int) {
        r.update(repeating: 0, count: n + m)
        let t = LimbPtr.allocate(capacity: 2 * m)
        defer { t.deallocate() }
        var i = 0
        while i < n {
            let k = min(m, n - i)
            multiply(t, a + i, k, b, m)
            propagate(r + i + k + m, n - i - k, addInPlace(r + i, t, k + m))
            i += k
        }
    }

    /// (a1·B^h + a0)(b1·B^h + b0) with the middle term from (a0+a1)(b0+b1).
    static func karatsuba(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int, _ b: UnsafePointer<UInt>, _ m: Int) {
        let h = (n + 1) / 2
        let a1n = n - h, b1n = m - h
        if b1n <= 0 { return unbalanced(r, a, n, b, m) }
        // z0 = a0*b0 in r[0..<2h], z2 = a1*b1 in r[2h..<n+m].
        multiply(r, a, h, b, h)
        multiply(r + 2 * h, a + h, a1n, b + h, b1n)
        let scratch = LimbPtr.allocate(capacity: 4 * h + 4)
        defer { scratch.deallocate() }
        let sa = scratch, sb = scratch + (h + 1), z1 = scratch + (2 * h + 2)
        sum(sa, a, h, a + h, a1n)
        sum(sb, b, h, b + h, b1n)
        multiply(z1, sa, h + 1, sb, h + 1)
        var len = 2 * h + 2
        // z1 >= z0 + z2, so every borrow is absorbed within its 2h+2 limbs.
        borrowThrough(z1 + 2 * h, 2, subInPlace(z1, r, 2 * h))
        let z2n = a1n + b1n
        borrowThrough(z1 + z2n, len - z2n, subInPlace(z1, r + 2 * h, z2n))
        while len > 0 && z1[len - 1] == 0 { len -= 1 }
        let room = n + m - h
        propagate(r + h + len, room - len, addInPlace(r + h, z1, len))
    }

    @inline(__always)
    static func borrowThrough(_ r: LimbPtr, _ n: Int, _ b: UInt) {
        var b = b
        var i = 0
        while b != 0 && i < n {
            let (d, o) = r[i].subtractingReportingOverflow(b)
            r[i] = d
            b = o ? 1 : 0
            i += 1
        }
    }

    /// r[0..<2n] = a[0..<n]². Squaring needs about half the limb products.
    static func square(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int) {
        if n < squareThreshold { return schoolbookSquare(r, a, n) }
        let h = (n + 1) / 2, a1n = n - h
        square(r, a, h)
        square(r + 2 * h, a + h, a1n)
        let scratch = LimbPtr.allocate(capacity: 3 * h + 3)
        defer { scratch.deallocate() }
        let sa = scratch, z1 = scratch + (h + 1)
        sum(sa, a, h, a + h, a1n)
        square(z1, sa, h + 1)
        var len = 2 * h + 2
        borrowThrough(z1 + 2 * h, 2, subInPlace(z1, r, 2 * h))
        let z2n = 2 * a1n
        borrowThrough(z1 + z2n, len - z2n, subInPlace(z1, r + 2 * h, z2n))
        while len > 0 && z1[len - 1] == 0 { len -= 1 }
        let room = 2 * n - h
        propagate(r + h + len, room - len, addInPlace(r + h, z1, len))
    }

    /// Each cross product a[i]·a[j] (i < j) once, doubled, plus the diagonal.
    static func schoolbookSquare(_ r: LimbPtr, _ a: UnsafePointer<UInt>, _ n: Int) {
        r.update(repeating: 0, count: 2 * n)
        if n == 0 { return }
        for i in 0..<(n - 1) {
            r[i + n] = mulAdd(r + 2 * i + 1, a + i + 1, n - i - 1, a[i])
        }
        // Double the cross products (a left shift by one bit) ...
        var top: UInt = 0
        for i in 0..<(2 * n) {
            let w = r[i]
            r[i] = (w << 1) | top
            top = w >> 63
        }
        // ... and add the squares on the diagonal.
        var carry: UInt = 0
        for i in 0..<n {
            let (hi, lo) = a[i].multipliedFullWidth(by: a[i])
            let (s0, o0) = r[2 * i].addingReportingOverflow(lo)
            let (s1, o1) = s0.addingReportingOverflow(carry)
            r[2 * i] = s1
            let (t0, p0) = r[2 * i + 1].addingReportingOverflow(hi)
            let (t1, p1) = t0.addingReportingOverflow(carryBit(o0) | carryBit(o1))
            r[2 * i + 1] = t1
            carry = carryBit(p0) | carryBit(p1)
        }
    }
}
