import BigInt

// `+ - * // %` and comparison of Python ints when either side is big,
// straight on limbs: operands are borrowed (LimbStorage) or, for a small
// int, a limb on the stack, and the result is built once. Through the
// BigInt package each operation converted both sides to arrays and went
// through its generic add/subtract, several passes where one does.

extension BigArith {
    /// Calls `body` with an int's magnitude (trimmed limbs) and sign;
    /// nil when `v` is not an int.
    @inline(__always)
    static func withLimbs<R>(_ v: Value, _ body: (UnsafePointer<UInt>, Int, Bool) throws -> R) rethrows -> R? {
        switch v {
        case .int(let i):
            var w = i.magnitude
            return try withUnsafePointer(to: &w) { try body($0, i == 0 ? 0 : 1, i < 0) }
        case .bool(let b):
            var w: UInt = b ? 1 : 0
            return try withUnsafePointer(to: &w) { try body($0, b ? 1 : 0, false) }
        case .bigint(let b):
            let limbs = LimbStorage.limbs(b.magnitude)
            return try limbs.withUnsafeBufferPointer { p in
                var n = p.count
                while n > 0 && p[n - 1] == 0 { n -= 1 }
                guard let base = p.baseAddress, n > 0 else {
                    var zero: UInt = 0
                    return try withUnsafePointer(to: &zero) { try body($0, 0, false) }
                }
                return try body(base, n, b.sign == .minus)
            }
        default:
            return nil
        }
    }

    /// A result's limbs (possibly with leading zeros) as a normalised Value.
    static func intValue(_ r: consuming [UInt], negative: Bool) -> Value {
        var r = r
        while let last = r.last, last == 0 { r.removeLast() }
        switch r.count {
        case 0: return .int(0)
        case 1:
            let w = r[0]
            if !negative && w <= UInt(Int.max) { return .int(Int(w)) }
            if negative && w <= UInt(Int.max) + 1 { return .int(Int(bitPattern: 0 &- w)) }
        default: break
        }
        return .bigint(BigInt(sign: negative ? .minus : .plus, magnitude: BigUInt(words: r)))
    }

    /// Three-way compare of magnitudes.
    static func compareMagnitudes(_ a: UnsafePointer<UInt>, _ n: Int, _ b: UnsafePointer<UInt>, _ m: Int) -> Int {
        if n != m { return n < m ? -1 : 1 }
        var i = n - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// Three-way compare of two ints (bool/int/bigint); nil for other values.
    static func compareInts(_ a: Value, _ b: Value) -> Int? {
        let r: Int?? = withLimbs(a) { pa, na, sa -> Int? in
            withLimbs(b) { pb, nb, sb -> Int in
                if sa != sb { return sa ? -1 : 1 }
                let c = compareMagnitudes(pa, na, pb, nb)
                return sa ? -c : c
            }
        }
        return r ?? nil
    }

    /// a op b for `+ - * // %` on ints, one side at least big; nil when an
    /// operand is not an int or op is another operator.
    static func arithmetic(_ op: BinaryOp, _ a: Value, _ b: Value) throws -> Value? {
        switch op {
        case .add, .sub, .mul, .floordiv, .mod: break
        default: return nil
        }
        let r: Value?? = try withLimbs(a) { pa, na, sa -> Value? in
            try withLimbs(b) { pb, nb, sb -> Value in
                switch op {
                case .add: return signedSum(pa, na, sa, pb, nb, sb)
                case .sub: return signedSum(pa, na, sa, pb, nb, !sb)
                case .mul:
                    let bits = bitWidth(pa, na) + bitWidth(pb, nb)
                    if bits > PyInt.maxBits { throw PyInt.tooBig() }
                    return intValue(product(pa, na, pb, nb), negative: sa != sb)
                default:
                    if nb == 0 {
                        throw PyError(BuiltinTypes.zeroDivisionError,
                                      op == .mod ? "integer modulo by zero" : "integer division or modulo by zero")
                    }
                    return floorDivision(op, pa, na, sa, pb, nb, sb)
                }
            }
        }
        return r ?? nil
    }

    static func bitWidth(_ p: UnsafePointer<UInt>, _ n: Int) -> Int {
        n == 0 ? 0 : n * UInt.bitWidth - p[n - 1].leadingZeroBitCount
    }

    /// (±a) + (±b): one pass adding magnitudes, or subtracting the smaller.
    static func signedSum(_ pa: UnsafePointer<UInt>, _ na: Int, _ sa: Bool,
                          _ pb: UnsafePointer<UInt>, _ nb: Int, _ sb: Bool) -> Value {
        if nb == 0 { return intValue(Array(UnsafeBufferPointer(start: pa, count: na)), negative: sa) }
        if sa == sb || na == 0 {
            let (pl, nl, ps, ns) = na >= nb ? (pa, na, pb, nb) : (pb, nb, pa, na)
            let r = [UInt](unsafeUninitializedCapacity: nl + 1) { out, count in
                Limbs.sum(out.baseAddress!, pl, nl, ps, ns)
                count = nl + 1
            }
            return intValue(r, negative: na == 0 ? sb : sa)
        }
        let c = compareMagnitudes(pa, na, pb, nb)
        if c == 0 { return .int(0) }
        let (pl, nl, ps, ns, negative) = c > 0 ? (pa, na, pb, nb, sa) : (pb, nb, pa, na, sb)
        let r = [UInt](unsafeUninitializedCapacity: nl) { out, count in
            let o = out.baseAddress!
            o.update(from: pl, count: nl)
            Limbs.borrowThrough(o + ns, nl - ns, Limbs.subInPlace(o, ps, ns))
            count = nl
        }
        return intValue(r, negative: negative)
    }

    /// |a|·|b|, squaring when both are the same number.
    static func product(_ pa: UnsafePointer<UInt>, _ na: Int, _ pb: UnsafePointer<UInt>, _ nb: Int) -> [UInt] {
        if na == 0 || nb == 0 { return [] }
        return [UInt](unsafeUninitializedCapacity: na + nb) { out, count in
            if na == nb && (pa == pb || compareMagnitudes(pa, na, pb, nb) == 0) {
                Limbs.square(out.baseAddress!, pa, na)
            } else {
                Limbs.multiply(out.baseAddress!, pa, na, pb, nb)
            }
            count = na + nb
        }
    }

    /// Python's `//` or `%` (the remainder takes the divisor's sign); b != 0.
    static func floorDivision(_ op: BinaryOp, _ pa: UnsafePointer<UInt>, _ na: Int, _ sa: Bool,
                              _ pb: UnsafePointer<UInt>, _ nb: Int, _ sb: Bool) -> Value {
        let wantQuotient = op == .floordiv
        var q: [UInt] = [], r: [UInt]
        if na < nb {
            r = Array(UnsafeBufferPointer(start: pa, count: na))
        } else if nb == 1 {
            var rem: UInt = 0
            if wantQuotient {
                q = [UInt](unsafeUninitializedCapacity: na) { out, count in
                    rem = Limbs.divWord(out.baseAddress!, pa, na, pb[0])
                    count = na
                }
            } else {
                rem = Limbs.divWord(nil, pa, na, pb[0])
            }
            r = rem == 0 ? [] : [rem]
        } else {
            r = [UInt](unsafeUninitializedCapacity: nb) { rout, rcount in
                if wantQuotient {
                    q = [UInt](unsafeUninitializedCapacity: na - nb + 1) { qout, qcount in
                        Limbs.divide(pa, na, pb, nb, quotient: qout.baseAddress!, remainder: rout.baseAddress!)
                        qcount = na - nb + 1
                    }
                } else {
                    Limbs.divide(pa, na, pb, nb, quotient: nil, remainder: rout.baseAddress!)
                }
                rcount = nb
            }
        }
        while let last = r.last, last == 0 { r.removeLast() }
        // Truncated |a| = Q|b| + R. With different signs and R != 0 the floor
        // is one further from zero: q = -(Q+1), r = ±(|b| - R).
        let adjust = sa != sb && !r.isEmpty
        if wantQuotient {
            if adjust {
                q.append(0)
                q.withUnsafeMutableBufferPointer { p in Limbs.propagate(p.baseAddress!, p.count, 1) }
            }
            return intValue(q, negative: sa != sb)
        }
        if adjust {
            let d = [UInt](unsafeUninitializedCapacity: nb) { out, count in
                let o = out.baseAddress!
                o.update(from: pb, count: nb)
                r.withUnsafeBufferPointer { pr in
                    Limbs.borrowThrough(o + pr.count, nb - pr.count, Limbs.subInPlace(o, pr.baseAddress!, pr.count))
                }
                count = nb
            }
            return intValue(d, negative: sb)
        }
        return intValue(r, negative: sb)
    }
}
