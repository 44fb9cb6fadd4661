import BigInt

// Integer arithmetic with Python semantics: Int fast paths with overflow
// detection that promote to BigInt, floor division/modulo signs, shifts and
// bitwise ops in infinite two's complement, pow (with modulus), and a cap
// on result size so `2 ** 10**9` fails fast instead of eating the machine.

enum PyInt {
    /// Largest integer result we agree to build, in bits.
    static let maxBits = 4_000_000

    static func big(_ v: Value) -> BigInt? {
        switch v {
        case .int(let i): return BigInt(i)
        case .bigint(let b): return b
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    static func isInt(_ v: Value) -> Bool {
        switch v {
        case .int, .bigint, .bool: return true
        default: return false
        }
    }

    /// A Python int that a size or an index cannot hold (CPython's
    /// PyNumber_AsSsize_t with OverflowError).
    static func ssizeOverflow() -> PyError {
        PyError(BuiltinTypes.overflowError, "Python int too large to convert to C ssize_t")
    }

    static func tooBig() -> PyError {
        PyError(BuiltinTypes.memoryError, "integer result too large (loopscope caps integers at \(maxBits) bits)")
    }

    static func checkSize(_ b: BigInt) throws -> Value {
        if b.magnitude.bitWidth > maxBits { throw tooBig() }
        return Value.integer(b)
    }

    static func add(_ a: Int, _ b: Int) -> Value {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? .bigint(BigInt(a) + BigInt(b)) : .int(r)
    }

    static func sub(_ a: Int, _ b: Int) -> Value {
        let (r, o) = a.subtractingReportingOverflow(b)
        return o ? .bigint(BigInt(a) - BigInt(b)) : .int(r)
    }

    static func mul(_ a: Int, _ b: Int) -> Value {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? .bigint(BigInt(a) * BigInt(b)) : .int(r)
    }

    static func floorDiv(_ a: Int, _ b: Int) throws -> Value {
        if b == 0 { throw PyError(BuiltinTypes.zeroDivisionError, "integer division or modulo by zero") }
        if a == Int.min && b == -1 { return .bigint(-BigInt(a)) }
        var q = a / b
        if a % b != 0 && ((a < 0) != (b < 0)) { q -= 1 }
        return .int(q)
    }

    static func mod(_ a: Int, _ b: Int) throws -> Int {
        if b == 0 { throw PyError(BuiltinTypes.zeroDivisionError, "integer modulo by zero") }
        if b == -1 { return 0 }
        var r = a % b
        if r != 0 && ((r < 0) != (b < 0)) { r += b }
        return r
    }

    static func floorDivMod(_ a: BigInt, _ b: BigInt) throws -> (BigInt, BigInt) {
        if b.isZero { throw PyError(BuiltinTypes.zeroDivisionError, "integer division or modulo by zero") }
        return BigArith.floorDivMod(a, b)
    }

    /// Python `>>`: floor division by a power of two.
    static func shiftRight(_ a: BigInt, _ n: Int) -> BigInt {
        if a.sign == .plus { return BigInt(sign: .plus, magnitude: a.magnitude >> n) }
        // -a' >> n == -((a' - 1) >> n) - 1
        let m = (a.magnitude - 1) >> n
        return -BigInt(m) - 1
    }

    static func shift(_ a: Value, _ b: Value, left: Bool) throws -> Value {
        guard let bb = big(b) else { return .notImplemented }
        if bb.sign == .minus && !bb.isZero { throw PyError(BuiltinTypes.valueError, "negative shift count") }
        if case .int(let x) = a, case .int(let n) = b {
            if x == 0 { return .int(0) }
            if !left { return .int(n >= 64 ? (x < 0 ? -1 : 0) : x >> n) }
            if n < 63 {
                let r = x << n
                if r >> n == x { return .int(r) }
            }
        }
        guard let ab = big(a) else { return .notImplemented }
        if ab.isZero { return .int(0) }
        guard let n = Int(exactly: bb) else {
            // CPython 3.11 cannot allocate it either.
            if left { throw PyError(BuiltinTypes.memoryError, "") }
            return .int(ab.sign == .minus ? -1 : 0)
        }
        if left {
            if n >= 1 << 40 { throw PyError(BuiltinTypes.memoryError, "") }
            if n > maxBits - ab.magnitude.bitWidth { throw tooBig() }
            return Value.integer(ab << n)
        }
        return Value.integer(shiftRight(ab, n))
    }

    enum BitOp { case and, or, xor }

    static func bitwise(_ op: BitOp, _ a: Value, _ b: Value) -> Value {
        switch (a, b) {
        case (.bool(let x), .bool(let y)):
            switch op {
            case .and: return .bool(x && y)
            case .or: return .bool(x || y)
            case .xor: return .bool(x != y)
            }
        case (.int(let x), .int(let y)):
            switch op {
            case .and: return .int(x & y)
            case .or: return .int(x | y)
            case .xor: return .int(x ^ y)
            }
        default:
            guard let x = big(a), let y = big(b) else { return .notImplemented }
            return Value.integer(bitwiseBig(op, x, y))
        }
    }

    /// Infinite two's complement bitwise ops on BigInt, word by word.
    static func bitwiseBig(_ op: BitOp, _ a: BigInt, _ b: BigInt) -> BigInt {
        let n = max(a.magnitude.words.count, b.magnitude.words.count) + 1
        let wa = twos(a, n), wb = twos(b, n)
        var out = [UInt](repeating: 0, count: n)
        for i in 0..<n {
            switch op {
            case .and: out[i] = wa[i] & wb[i]
            case .or: out[i] = wa[i] | wb[i]
            case .xor: out[i] = wa[i] ^ wb[i]
            }
        }
        return fromTwos(out)
    }

    static func twos(_ v: BigInt, _ n: Int) -> [UInt] {
        var w = [UInt](repeating: 0, count: n)
        let mw = LimbStorage.limbs(v.magnitude)
        for i in 0..<min(n, mw.count) { w[i] = mw[i] }
        if v.sign == .minus && !v.isZero {
            // negate: invert and add one
            var carry: UInt = 1
            for i in 0..<n {
                let (s, o) = (~w[i]).addingReportingOverflow(carry)
                w[i] = s
                carry = o ? 1 : 0
            }
        }
        return w
    }

    static func fromTwos(_ w: [UInt]) -> BigInt {
        guard let top = w.last else { return 0 }
        if top >> (UInt.bitWidth - 1) == 0 { return BigInt(BigUInt(words: w)) }
        var m = w
        var carry: UInt = 1
        for i in 0..<m.count {
            let (s, o) = (~m[i]).addingReportingOverflow(carry)
            m[i] = s
            carry = o ? 1 : 0
        }
        return -BigInt(BigUInt(words: m))
    }

    static func invert(_ v: Value) -> Value {
        switch v {
        case .bool(let b): return .int(b ? -2 : -1)
        case .int(let i): return .int(~i)
        case .bigint(let b): return Value.integer(-b - 1)
        default: return .notImplemented
        }
    }

    static func negate(_ v: Value) -> Value {
        switch v {
        case .bool(let b): return .int(b ? -1 : 0)
        case .int(let i): return i == Int.min ? .bigint(-BigInt(i)) : .int(-i)
        case .bigint(let b): return Value.integer(-b)
        default: return .notImplemented
        }
    }

    static func abs(_ v: Value) -> Value {
        switch v {
        case .bool(let b): return .int(b ? 1 : 0)
        case .int(let i): return i == Int.min ? .bigint(BigInt(i).magnitude.asBigInt) : .int(Swift.abs(i))
        case .bigint(let b): return .bigint(BigInt(b.magnitude))
        default: return .notImplemented
        }
    }

    /// `a ** b` for ints (negative exponent gives a float).
    static func pow(_ a: Value, _ b: Value) throws -> Value {
        guard let base = big(a), let exp = big(b) else { return .notImplemented }
        if exp.sign == .minus && !exp.isZero {
            return try FloatOps.pow(try toDouble(a), try toDouble(b))
        }
        if base.isZero { return .int(exp.isZero ? 1 : 0) }
        if base.magnitude == 1 {
            if base.sign == .plus { return .int(1) }
            return .int(exp.magnitude.words.first.map { $0 & 1 == 0 ? 1 : -1 } ?? 1)
        }
        guard let e = Int(exactly: exp), e <= maxBits else { throw tooBig() }
        if case .int(let x) = a {
            // Small results without BigInt.
            var result = 1, overflow = false
            var i = 0
            while i < e {
                let (r, o) = result.multipliedReportingOverflow(by: x)
                if o { overflow = true; break }
                result = r
                i += 1
            }
            if !overflow { return .int(result) }
        }
        let bits = (base.magnitude.bitWidth - 1) * e
        if bits > maxBits { throw tooBig() }
        let magnitude = BigArith.power(base.magnitude, e)
        return Value.integer(BigInt(sign: base.sign == .minus && e & 1 == 1 ? .minus : .plus, magnitude: magnitude))
    }

    /// pow(a, b, m).
    static func powMod(_ a: BigInt, _ b: BigInt, _ m: BigInt) throws -> Value {
        if m.isZero { throw PyError(BuiltinTypes.valueError, "pow() 3rd argument cannot be 0") }
        let mm = BigInt(m.magnitude)
        if mm == 1 { return .int(0) }
        var base = a % mm
        if base.sign == .minus { base += mm }
        var e = b
        if e.sign == .minus && !e.isZero {
            guard let inv = modInverse(base, mm) else {
                throw PyError(BuiltinTypes.valueError, "base is not invertible for the given modulus")
            }
            base = inv
            e = -e
        }
        var r = BigInt(BigArith.powMod(base.magnitude, e.magnitude, mm.magnitude))
        if m.sign == .minus && !r.isZero { r -= mm }
        return Value.integer(r)
    }

    static func modInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
        var (oldR, r) = (a, m)
        var (oldS, s) = (BigInt(1), BigInt(0))
        while !r.isZero {
            let q = BigArith.floorDivMod(oldR, r).0
            (oldR, r) = (r, oldR - q * r)
            (oldS, s) = (s, oldS - q * s)
        }
        if oldR != 1 { return nil }
        var x = oldS % m
        if x.sign == .minus { x += m }
        return x
    }

    /// int -> float, OverflowError when out of range (correctly rounded).
    static func toDouble(_ v: Value) throws -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bool(let b): return b ? 1 : 0
        case .bigint(let b):
            let d = roundedDouble(b)
            if !d.isFinite { throw PyError(BuiltinTypes.overflowError, "int too large to convert to float") }
            return d
        case .float(let d): return d
        default: throw PyError(BuiltinTypes.typeError, "must be real number")
        }
    }

    /// BigInt -> Double rounded half-to-even like CPython's PyLong_AsDouble;
    /// infinite when out of range. (The BigInt package's own conversion
    /// rounds ties away from zero and ignores the bits below the round bit,
    /// so float(10**25) came out one ulp low.)
    static func roundedDouble(_ b: BigInt) -> Double {
        let d = roundedDouble(b.magnitude)
        return b.sign == .minus ? -d : d
    }

    static func roundedDouble(_ m: BigUInt) -> Double {
        let width = m.bitWidth
        if width <= 64 { return Double(UInt64(m)) }  // hardware rounds half-even
        // Keep the top 64 bits and fold every lower bit into a sticky bit:
        // the 11 bits dropped when rounding to 53 then decide exactly as
        // the full value would, so one hardware rounding is correct.
        let shift = width - 64
        var top = UInt64(m >> shift)
        if m.trailingZeroBitCount < shift { top |= 1 }
        return Double(sign: .plus, exponent: shift, significand: Double(top))
    }

    /// int / int, correctly rounded as CPython's long_true_divide.
    static func trueDivide(_ a: Value, _ b: Value) throws -> Value {
        if case .int(let x) = a, case .int(let y) = b {
            if y == 0 { throw PyError(BuiltinTypes.zeroDivisionError, "division by zero") }
            let limit = 1 << 53
            if x.magnitude <= UInt(limit) && y.magnitude <= UInt(limit) {
                return .float(Double(x) / Double(y))
            }
        }
        guard let x = big(a), let y = big(b) else { return .notImplemented }
        if y.isZero { throw PyError(BuiltinTypes.zeroDivisionError, "division by zero") }
        if x.isZero { return .float((x.sign == .minus) != (y.sign == .minus) ? -0.0 : 0.0) }
        let negative = (x.sign == .minus) != (y.sign == .minus)
        let n = x.magnitude, d = y.magnitude
        // Scale so the integer quotient has at least 55 significant bits,
        // then a sticky bit makes the final rounding to 53 bits exact.
        let shift = 55 - (n.bitWidth - d.bitWidth)
        let num = shift > 0 ? n << shift : n
        let den = shift < 0 ? d << (-shift) : d
        var (q, r) = num.quotientAndRemainder(dividingBy: den)
        if !r.isZero { q |= 1 }
        let qd = roundedDouble(q)  // q < 2^57 with a sticky bit: rounds once, half-even
        let exponent = -shift
        if exponent + q.bitWidth > 1025 {
            throw PyError(BuiltinTypes.overflowError, "integer division result too large for a float")
        }
        var result: Double
        if exponent + q.bitWidth < -1021 {
            // Subnormal result: round once at the final precision.
            let drop = -1074 - exponent
            if drop >= q.bitWidth + 1 { result = 0 } else {
                let kept = q >> drop
                let rest = q - (kept << drop)
                let half = BigUInt(1) << (drop - 1)
                var k = kept
                if rest > half || (rest == half && (kept.words.first ?? 0) & 1 == 1) { k += 1 }
                result = roundedDouble(k) * Double(sign: .plus, exponent: -1074, significand: 1)
            }
        } else {
            result = Double(sign: .plus, exponent: qd.exponent + exponent, significand: qd.significand)
        }
        if !result.isFinite { throw PyError(BuiltinTypes.overflowError, "integer division result too large for a float") }
        return .float(negative ? -result : result)
    }

    /// Parses `int(s, base)` text with CPython's rules (sign, whitespace,
    /// underscores between digits, 0x/0o/0b prefixes, base 0).
    static func parse(_ text: String, base: Int) -> Value? {
        var s = Substring(text.trimmingPythonWhitespace())
        var negative = false
        if s.first == "+" || s.first == "-" {
            negative = s.first == "-"
            s = s.dropFirst()
        }
        var b = base
        let lower = s.lowercased()
        if (b == 16 && lower.hasPrefix("0x")) || (b == 8 && lower.hasPrefix("0o")) || (b == 2 && lower.hasPrefix("0b")) {
            s = s.dropFirst(2)
            if s.first == "_" { s = s.dropFirst() }
        } else if b == 0 {
            if lower.hasPrefix("0x") { b = 16 } else if lower.hasPrefix("0o") { b = 8 } else if lower.hasPrefix("0b") { b = 2 } else { b = 10 }
            if b != 10 {
                s = s.dropFirst(2)
                if s.first == "_" { s = s.dropFirst() }
            } else if s.count > 1 && s.first == "0" {
                // base 0: leading zeros only allowed for zero itself
                if s.contains(where: { $0 != "0" && $0 != "_" }) { return nil }
            }
        }
        guard !s.isEmpty, s.first != "_", s.last != "_", !s.contains("__") else { return nil }
        var digits = ""
        digits.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars where c != "_" {
            guard let d = digitValue(c), d < b else { return nil }
            digits.unicodeScalars.append(Unicode.Scalar(UInt8(d < 10 ? 48 + d : 87 + d)))
        }
        if let i = Int(digits, radix: b) { return .int(negative ? -i : i) }
        let big = BigInt(BigArith.parse(digits, radix: b))
        return Value.integer(negative ? -big : big)
    }

    static func digitValue(_ c: Unicode.Scalar) -> Int? {
        switch c.value {
        case 48...57: return Int(c.value) - 48
        case 97...122: return Int(c.value) - 87
        case 65...90: return Int(c.value) - 55
        default:
            // Other Unicode decimal digits (Arabic-Indic, fullwidth...).
            if c.properties.numericType == .decimal, let v = c.properties.numericValue { return Int(v) }
            return nil
        }
    }

    static func bitLength(_ v: Value) -> Int {
        switch v {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Int.bitWidth - i.magnitude.leadingZeroBitCount
        case .bigint(let b): return b.magnitude.bitWidth
        default: return 0
        }
    }
}

extension BigUInt {
    var asBigInt: BigInt { BigInt(self) }
}

extension String {
    /// Strips the characters str.strip() strips by default.
    func trimmingPythonWhitespace() -> String {
        let scalars = Array(unicodeScalars)
        var lo = 0, hi = scalars.count
        while lo < hi && PyStrChars.isSpace(scalars[lo]) { lo += 1 }
        while hi > lo && PyStrChars.isSpace(scalars[hi - 1]) { hi -= 1 }
        if lo == 0 && hi == scalars.count { return self }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }
}
