#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

// Float arithmetic as Objects/floatobject.c: floor division and modulo
// through fmod with sign fix-ups, pow's special cases, and exact
// comparisons between ints and floats.

enum FloatOps {
    static func div(_ a: Double, _ b: Double) throws -> Value {
        if b == 0 { throw PyError(BuiltinTypes.zeroDivisionError, "float division by zero") }
        return .float(a / b)
    }

    static func mod(_ vx: Double, _ wx: Double) throws -> Double {
        if wx == 0 { throw PyError(BuiltinTypes.zeroDivisionError, "float modulo") }
        var m = fmod(vx, wx)
        if m != 0 {
            if (wx < 0) != (m < 0) { m += wx }
        } else {
            m = copysign(0.0, wx)
        }
        return m
    }

    static func divmod(_ vx: Double, _ wx: Double, what: String = "float divmod()") throws -> (Double, Double) {
        if wx == 0 { throw PyError(BuiltinTypes.zeroDivisionError, what) }
        var m = fmod(vx, wx)
        var div = (vx - m) / wx
        if m != 0 {
            if (wx < 0) != (m < 0) {
                m += wx
                div -= 1.0
            }
        } else {
            m = copysign(0.0, wx)
        }
        var floordiv: Double
        if div != 0 {
            floordiv = floor(div)
            if div - floordiv > 0.5 { floordiv += 1.0 }
        } else {
            floordiv = copysign(0.0, vx / wx)
        }
        return (floordiv, m)
    }

    static func floorDiv(_ a: Double, _ b: Double) throws -> Double {
        try divmod(a, b, what: "float floor division by zero").0
    }

    static func isOddInteger(_ x: Double) -> Bool { fmod(x.magnitude, 2.0) == 1.0 }

    /// float_pow.
    static func pow(_ iv: Double, _ iw: Double) throws -> Value {
        if iw == 0 { return .float(1.0) }
        if iv.isNaN { return .float(iv) }
        if iw.isNaN { return .float(iv == 1.0 ? 1.0 : iw) }
        if iw.isInfinite {
            let a = iv.magnitude
            if a == 1.0 { return .float(1.0) }
            if (iw > 0) == (a > 1.0) { return .float(iw.magnitude) }
            return .float(0.0)
        }
        if iv.isInfinite {
            let odd = isOddInteger(iw)
            if iw > 0 { return .float(odd ? iv : iv.magnitude) }
            return .float(odd ? copysign(0.0, iv) : 0.0)
        }
        if iv == 0 {
            let odd = isOddInteger(iw)
            if iw < 0 { throw PyError(BuiltinTypes.zeroDivisionError, "0.0 cannot be raised to a negative power") }
            return .float(odd ? iv : 0.0)
        }
        var base = iv
        var negate = false
        if iv < 0 {
            if iw != floor(iw) {
                // A negative number to a fractional power is complex.
                return try Complex(iv, 0).power(Complex(iw, 0)).value
            }
            base = -iv
            negate = isOddInteger(iw)
        }
        if base == 1.0 { return .float(negate ? -1.0 : 1.0) }
        let r = cPow(base, iw)
        if r.isInfinite { throw PyError(BuiltinTypes.overflowError, "(34, 'Numerical result out of range')") }
        return .float(negate ? -r : r)
    }
}

/// Comparisons across int, bool, bigint and float without rounding errors.
enum NumericCompare {
    /// Three-way compare of two numbers (bool/int/bigint/float); nil if
    /// either is not a number or a NaN is involved (then only != holds).
    static func compare(_ a: Value, _ b: Value) -> Int? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return x < y ? -1 : (x == y ? 0 : 1)
        case (.float(let x), .float(let y)):
            if x.isNaN || y.isNaN { return nil }
            return x < y ? -1 : (x == y ? 0 : 1)
        case (.float(let x), _):
            guard let r = compareIntFloat(b, x) else { return nil }
            return -r
        case (_, .float(let y)):
            return compareIntFloat(a, y)
        default:
            return BigArith.compareInts(a, b)
        }
    }

    /// Compares an integer value with a double exactly.
    static func compareIntFloat(_ i: Value, _ d: Double) -> Int? {
        if d.isNaN { return nil }
        if d.isInfinite { return d > 0 ? -1 : 1 }
        if case .int(let x) = i, x.magnitude <= (1 << 53) {
            let xd = Double(x)
            return xd < d ? -1 : (xd == d ? 0 : 1)
        }
        if case .bool(let b) = i {
            let xd: Double = b ? 1 : 0
            return xd < d ? -1 : (xd == d ? 0 : 1)
        }
        guard let x = PyInt.big(i) else { return nil }
        // Compare against floor(d); equal floors decide by the fraction.
        let fl = d.rounded(.down)
        let fi = BigInt(fl)
        if x < fi { return -1 }
        if x > fi { return 1 }
        return fl == d ? 0 : -1
    }

    /// `==` between two immediates (nil if not both numeric or both str).
    static func equalImmediates(_ a: Value, _ b: Value) -> Bool? {
        switch (a, b) {
        case (.str(let x), .str(let y)): return StrCompare.equal(x, y)
        case (.none, .none): return true
        case (.str, _), (_, .str), (.none, _), (_, .none): return false
        default:
            guard isNumber(a), isNumber(b) else { return nil }
            return compare(a, b) == 0
        }
    }

    static func isNumber(_ v: Value) -> Bool {
        switch v {
        case .int, .bigint, .bool, .float: return true
        default: return false
        }
    }
}

/// libm's pow, reachable from types that define their own `pow`.
func cPow(_ x: Double, _ y: Double) -> Double { pow(x, y) }
