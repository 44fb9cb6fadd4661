import BigInt

// Big-int products for the runtime — `*`, `**`, `math.factorial`, `perm`,
// `comb` — on the limb kernels (Limbs.swift). Values cross into the BigInt
// package's type only at the edges, so a factorial's hundreds of partial
// products cost one limb array each and nothing else.

enum BigArith {
    static func multiply(_ x: BigInt, _ y: BigInt) -> BigInt {
        let m = BigUInt(words: product(LimbStorage.limbs(x.magnitude), LimbStorage.limbs(y.magnitude)))
        return BigInt(sign: x.sign == y.sign || m.isZero ? .plus : .minus, magnitude: m)
    }

    /// a·b, trimmed; squares when both sides are equal (`x * x`, `x ** 2`).
    static func product(_ a: [UInt], _ b: [UInt]) -> [UInt] {
        let n = a.count, m = b.count
        if n == 0 || m == 0 { return [] }
        var r = [UInt](unsafeUninitializedCapacity: n + m) { out, count in
            a.withUnsafeBufferPointer { pa in
                if a == b {
                    Limbs.square(out.baseAddress!, pa.baseAddress!, n)
                } else {
                    b.withUnsafeBufferPointer { pb in
                        Limbs.multiply(out.baseAddress!, pa.baseAddress!, n, pb.baseAddress!, m)
                    }
                }
            }
            count = n + m
        }
        while r.last == 0 { r.removeLast() }
        return r
    }

    /// base ** e (e >= 1) by left-to-right binary powering: one squaring per
    /// exponent bit and, per set bit, a product with the base — one limb
    /// pass when the base is one limb, as in `3**2000000`. Two buffers sized
    /// for the result take turns, so the loop allocates nothing.
    static func power(_ base: BigUInt, _ e: Int) -> BigUInt {
        let b = LimbStorage.limbs(base)
        if e <= 1 || b.isEmpty { return e == 0 ? 1 : base }
        let capacity = base.bitWidth * e / UInt.bitWidth + 3
        var cur = LimbPtr.allocate(capacity: capacity), tmp = LimbPtr.allocate(capacity: capacity)
        defer { cur.deallocate(); tmp.deallocate() }
        cur.update(from: b, count: b.count)
        var len = b.count
        b.withUnsafeBufferPointer { pb in
            var bit = Int.bitWidth - e.leadingZeroBitCount - 2
            while bit >= 0 {
                Limbs.square(tmp, cur, len)
                len = trimmed(tmp, 2 * len)
                swap(&cur, &tmp)
                if (e >> bit) & 1 == 1 {
                    if b.count == 1 {
                        let carry = Limbs.mulWord(cur, cur, len, pb[0])
                        if carry != 0 { cur[len] = carry; len += 1 }
                    } else {
                        Limbs.multiply(tmp, cur, len, pb.baseAddress!, b.count)
                        len = trimmed(tmp, len + b.count)
                        swap(&cur, &tmp)
                    }
                }
                bit -= 1
            }
        }
        return BigUInt(words: Array(UnsafeBufferPointer(start: cur, count: len)))
    }

    @inline(__always)
    static func trimmed(_ p: LimbPtr, _ n: Int) -> Int {
        var n = n
        while n > 0 && p[n - 1] == 0 { n -= 1 }
        return n
    }

    /// n! for n >= 0. n! = 2^(n - popcount(n)) · Π_i oddprod(1 ... n>>i):
    /// the odd part is built from the smallest range up, each level's odd
    /// numbers multiplied by binary splitting, and the power of two is one
    /// shift (CPython's scheme, with 64-bit limbs).
    static func factorial(_ n: Int) -> BigUInt {
        if n < 21 {
            var f: UInt = 1
            if n > 1 { for k in 2...n { f *= UInt(k) } }
            return BigUInt(f)
        }
        if n <= smallFactorialLimit { return BigUInt(words: runningFactorial(n)) }
        var inner: [UInt] = [1], outer: [UInt] = [1]
        var level = Int.bitWidth - n.leadingZeroBitCount - 1
        while level >= 0 {
            let top = n >> level, below = n >> (level + 1)
            let lo = max(3, (below + 1) | 1), hi = (top - 1) | 1
            if lo <= hi {
                inner = product(inner, rangeProduct(UInt(lo), UInt(hi), step: 2))
                outer = product(outer, inner)
            } else if inner != [1] {
                outer = product(outer, inner)
            }
            level -= 1
        }
        return BigUInt(words: shiftedLeft(outer, n - n.nonzeroBitCount))
    }

    /// Up to here one buffer multiplied in place by word-sized runs of
    /// factors beats the product tree, whose allocations dominate while the
    /// result is a few dozen limbs (`factorial(500)` is 59).
    static let smallFactorialLimit = 1024

    /// n! for 21 <= n <= smallFactorialLimit: 2·3·...·n, as many factors
    /// packed into a word as fit, each word multiplied into the result.
    static func runningFactorial(_ n: Int) -> [UInt] {
        let capacity = n * (UInt.bitWidth - n.leadingZeroBitCount) / UInt.bitWidth + 2
        return [UInt](unsafeUninitializedCapacity: capacity) { out, count in
            let r = out.baseAddress!
            r[0] = 1
            var len = 1
            func multiplyIn(_ m: UInt) {
                let carry = Limbs.mulWord(r, r, len, m)
                if carry != 0 { r[len] = carry; len += 1 }
            }
            var run: UInt = 1
            for k in 2...UInt(n) {
                let (p, overflow) = run.multipliedReportingOverflow(by: k)
                if overflow {
                    multiplyIn(run)
                    run = k
                } else {
                    run = p
                }
            }
            multiplyIn(run)
            count = len
        }
    }

    /// lo · (lo+step) · ... · hi (hi - lo a multiple of step), as limbs:
    /// factors packed into one word while they fit, then split in halves
    /// so the big products are balanced.
    static func rangeProduct(_ lo: UInt, _ hi: UInt, step: UInt) -> [UInt] {
        let count = (hi - lo) / step + 1
        let bits = UInt(UInt.bitWidth - hi.leadingZeroBitCount)
        if count <= UInt(UInt.bitWidth) && count * bits <= UInt(UInt.bitWidth) {
            var p: UInt = 1
            var k = lo
            while true {
                p &*= k
                if k >= hi { break }
                k += step
            }
            return [p]
        }
        let mid = lo + (count / 2) * step
        return product(rangeProduct(lo, mid - step, step: step), rangeProduct(mid, hi, step: step))
    }

    static func shiftedLeft(_ a: [UInt], _ s: Int) -> [UInt] {
        let words = s / UInt.bitWidth, bits = s % UInt.bitWidth
        var r = [UInt](repeating: 0, count: words)
        r.reserveCapacity(words + a.count + 1)
        if bits == 0 {
            r.append(contentsOf: a)
            return r
        }
        var carry: UInt = 0
        for w in a {
            r.append((w << bits) | carry)
            carry = w >> (UInt.bitWidth - bits)
        }
        if carry != 0 { r.append(carry) }
        return r
    }

    /// n · (n-1) · ... · (n-k+1) for k >= 1.
    static func fallingProduct(_ n: BigInt, _ k: Int) -> BigInt {
        if let top = UInt(exactly: n) {
            return BigInt(BigUInt(words: rangeProduct(top - UInt(k) + 1, top, step: 1)))
        }
        // n beyond 2^64: the factors are big already, so pairwise halving
        // keeps the products balanced.
        var factors = (0..<k).map { n - BigInt($0) }
        while factors.count > 1 {
            var next: [BigInt] = []
            next.reserveCapacity(factors.count / 2 + 1)
            var i = 0
            while i + 1 < factors.count {
                next.append(multiply(factors[i], factors[i + 1]))
                i += 2
            }
            if i < factors.count { next.append(factors[i]) }
            factors = next
        }
        return factors[0]
    }

    /// Digits (ASCII 0-9, a-z, already validated for `radix`) to a
    /// magnitude: one word-sized chunk of digits at a time, multiplied in
    /// with a single limb pass. (The BigInt package traps on radix 36.)
    static func parse(_ digits: String, radix: Int) -> BigUInt {
        let r = UInt(radix)
        var chunkDigits = 0, power: UInt = 1
        while true {
            let (next, overflow) = power.multipliedReportingOverflow(by: r)
            if overflow { break }
            power = next
            chunkDigits += 1
        }
        var limbs: [UInt] = []
        limbs.reserveCapacity(digits.utf8.count / chunkDigits + 2)
        var chunk: UInt = 0, scale: UInt = 1, filled = 0
        func flush() {
            var carry = chunk
            for i in limbs.indices {
                let (hi, lo) = limbs[i].multipliedFullWidth(by: scale)
                let (s, o) = lo.addingReportingOverflow(carry)
                limbs[i] = s
                carry = hi &+ carryBit(o)
            }
            if carry != 0 { limbs.append(carry) }
        }
        for c in digits.utf8 {
            let d = UInt(c <= 57 ? c - 48 : c - 87)
            chunk = chunk &* r &+ d
            scale &*= r
            filled += 1
            if filled == chunkDigits {
                flush()
                chunk = 0; scale = 1; filled = 0
            }
        }
        if filled > 0 { flush() }
        return BigUInt(words: limbs)
    }
}
