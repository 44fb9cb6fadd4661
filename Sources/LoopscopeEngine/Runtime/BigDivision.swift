import BigInt

// Division-based big-int operations on limbs: `//` and `%`, `pow(a, e, m)`
// and `gcd`, with the BigInt package's type only at the edges.

extension BigArith {
    /// Truncated |x| / |y| and |x| % |y|; y != 0.
    static func divMod(_ x: BigUInt, _ y: BigUInt) -> (quotient: BigUInt, remainder: BigUInt) {
        var a = LimbStorage.limbs(x)
        let b = LimbStorage.limbs(y)
        let n = a.count, m = b.count
        if n < m { return (0, x) }
        if m == 1 {
            let r = a.withUnsafeMutableBufferPointer { p in
                Limbs.divWord(p.baseAddress!, p.baseAddress!, n, b[0])
            }
            return (BigUInt(words: a), BigUInt(r))
        }
        var q = [UInt](repeating: 0, count: n - m + 1), r = [UInt](repeating: 0, count: m)
        a.withUnsafeBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                q.withUnsafeMutableBufferPointer { pq in
                    r.withUnsafeMutableBufferPointer { pr in
                        Limbs.divide(pa.baseAddress!, n, pb.baseAddress!, m,
                                     quotient: pq.baseAddress!, remainder: pr.baseAddress!)
                    }
                }
            }
        }
        return (BigUInt(words: q), BigUInt(words: r))
    }

    /// Python's floor division and modulo (the remainder takes the
    /// divisor's sign); b != 0.
    static func floorDivMod(_ a: BigInt, _ b: BigInt) -> (BigInt, BigInt) {
        let (qm, rm) = divMod(a.magnitude, b.magnitude)
        var q = BigInt(sign: a.sign == b.sign ? .plus : .minus, magnitude: qm)
        var r = BigInt(sign: a.sign, magnitude: rm)
        if !r.isZero && r.sign != b.sign {
            q -= 1
            r += b
        }
        return (q, r)
    }

    /// base^e mod m for base < m and m >= 2, left to right over e's bits;
    /// each step squares (or multiplies by the base) and reduces by long
    /// division into a buffer of m's size, so the loop allocates nothing
    /// but the division's scratch.
    static func powMod(_ base: BigUInt, _ e: BigUInt, _ m: BigUInt) -> BigUInt {
        if e.isZero { return 1 }
        let exponent = LimbStorage.limbs(e)
        let top = exponent.count * UInt.bitWidth - exponent[exponent.count - 1].leadingZeroBitCount - 1
        func bit(_ i: Int) -> Bool { (exponent[i / UInt.bitWidth] >> UInt(i % UInt.bitWidth)) & 1 == 1 }
        let mw = LimbStorage.limbs(m), k = mw.count
        if k == 1 {
            let mod = mw[0], b = base.isZero ? 0 : base.words[0]
            func mulMod(_ x: UInt, _ y: UInt) -> UInt { mod.dividingFullWidth(x.multipliedFullWidth(by: y)).remainder }
            var r = b
            var i = top - 1
            while i >= 0 {
                r = mulMod(r, r)
                if bit(i) { r = mulMod(r, b) }
                i -= 1
            }
            return BigUInt(r)
        }
        var b = LimbStorage.limbs(base)
        b += [UInt](repeating: 0, count: k - b.count)
        let cur = LimbPtr.allocate(capacity: k), wide = LimbPtr.allocate(capacity: 2 * k)
        defer { cur.deallocate(); wide.deallocate() }
        cur.update(from: b, count: k)
        mw.withUnsafeBufferPointer { pm in
            b.withUnsafeBufferPointer { pb in
                var i = top - 1
                while i >= 0 {
                    Limbs.square(wide, cur, k)
                    Limbs.divide(wide, 2 * k, pm.baseAddress!, k, quotient: nil, remainder: cur)
                    if bit(i) {
                        Limbs.multiply(wide, cur, k, pb.baseAddress!, k)
                        Limbs.divide(wide, 2 * k, pm.baseAddress!, k, quotient: nil, remainder: cur)
                    }
                    i -= 1
                }
            }
        }
        return BigUInt(words: Array(UnsafeBufferPointer(start: cur, count: k)))
    }

    /// gcd(|x|, |y|) by the binary algorithm in place on two limb buffers
    /// (the BigInt package's version allocates a new integer per step).
    static func gcd(_ x: BigUInt, _ y: BigUInt) -> BigUInt {
        if x.isZero { return y }
        if y.isZero { return x }
        var a = LimbStorage.limbs(x), b = LimbStorage.limbs(y)
        let za = x.trailingZeroBitCount, zb = y.trailingZeroBitCount
        shiftRightInPlace(&a, za)
        shiftRightInPlace(&b, zb)
        // Both odd from here on: subtract the smaller from the larger and
        // strip the difference's factors of two.
        while true {
            let c = compare(a, b)
            if c == 0 { break }
            if c < 0 { swap(&a, &b) }
            subtractInPlace(&a, b)
            shiftRightInPlace(&a, trailingZeros(a))
        }
        return BigUInt(words: a) << min(za, zb)
    }

    static func compare(_ a: [UInt], _ b: [UInt]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// a -= b for a >= b, trimmed.
    static func subtractInPlace(_ a: inout [UInt], _ b: [UInt]) {
        let n = a.count
        a.withUnsafeMutableBufferPointer { pa in
            b.withUnsafeBufferPointer { pb in
                Limbs.borrowThrough(pa.baseAddress! + pb.count, n - pb.count,
                                    Limbs.subInPlace(pa.baseAddress!, pb.baseAddress!, pb.count))
            }
        }
        while a.last == 0 { a.removeLast() }
    }

    static func trailingZeros(_ a: [UInt]) -> Int {
        var i = 0
        while a[i] == 0 { i += 1 }
        return i * UInt.bitWidth + a[i].trailingZeroBitCount
    }

    static func shiftRightInPlace(_ a: inout [UInt], _ s: Int) {
        if s == 0 { return }
        let words = s / UInt.bitWidth, bits = s % UInt.bitWidth
        if words > 0 { a.removeFirst(words) }
        if bits > 0 {
            for i in 0..<a.count {
                let next = i + 1 < a.count ? a[i + 1] : 0
                a[i] = (a[i] >> bits) | (next << (UInt.bitWidth - bits))
            }
        }
        while a.last == 0 { a.removeLast() }
    }
}
