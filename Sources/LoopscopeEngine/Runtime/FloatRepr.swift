#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Float to text as CPython does it. `repr` is the shortest round-trip
// string (Swift's description provides the digits; we lay them out by
// CPython's rules: exponent form when the decimal exponent is < -4 or >= 16).
// Fixed-precision conversions ('f', 'e', 'g') go through C's printf, whose
// glibc implementation is correctly rounded like CPython's dtoa.

enum FloatRepr {
    /// Shortest digits and decimal point position: value = 0.DIGITS * 10^decpt.
    static func shortestDigits(_ d: Double) -> (digits: String, decpt: Int) {
        let text = d.magnitude.description
        var mantissa = Substring(text)
        var exp = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exp = Int(text[text.index(after: e)...]) ?? 0
        }
        var digits = ""
        var pointPos: Int?
        for c in mantissa {
            if c == "." { pointPos = digits.count } else { digits.append(c) }
        }
        var decpt = (pointPos ?? digits.count) + exp
        // strip leading zeros (each one moves the point left)
        while digits.count > 1 && digits.first == "0" {
            digits.removeFirst()
            decpt -= 1
        }
        while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        if digits == "0" { decpt = 1 }
        return (digits, decpt)
    }

    /// `repr(float)`.
    static func repr(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        let sign = d.sign == .minus ? "-" : ""
        if d == 0 { return sign + "0.0" }
        let (digits, decpt) = shortestDigits(d)
        return sign + layout(digits: digits, decpt: decpt, useExponent: decpt <= -4 || decpt > 16, addDot0: true)
    }

    /// Lays out digits with a decimal point or as d.ddde+XX.
    static func layout(digits: String, decpt: Int, useExponent: Bool, addDot0: Bool) -> String {
        if useExponent {
            var s = String(digits.first ?? "0")
            if digits.count > 1 { s += "." + digits.dropFirst() }
            let e = decpt - 1
            s += exponentSuffix(e)
            return s
        }
        if decpt <= 0 {
            return "0." + String(repeating: "0", count: -decpt) + digits
        }
        if decpt >= digits.count {
            return digits + String(repeating: "0", count: decpt - digits.count) + (addDot0 ? ".0" : "")
        }
        let i = digits.index(digits.startIndex, offsetBy: decpt)
        return digits[..<i] + "." + digits[i...]
    }

    static func exponentSuffix(_ e: Int) -> String {
        let mag = Swift.abs(e)
        return "e" + (e < 0 ? "-" : "+") + (mag < 10 ? "0" : "") + String(mag)
    }

    /// printf-style conversion of a finite double: `conv` is f, e or g
    /// (uppercase variants are handled by the caller).
    static func printf(_ d: Double, precision: Int, conv: Character, alternate: Bool = false) -> String {
        let fmt = "%" + (alternate ? "#" : "") + ".*" + String(conv)
        let p = Int32(clamping: precision)
        return withVaList([p, d]) { va1 in
            let needed = vsnprintf(nil, 0, fmt, va1)
            guard needed >= 0 else { return "" }
            var buf = [CChar](repeating: 0, count: Int(needed) + 1)
            _ = withVaList([p, d]) { va2 in
                buf.withUnsafeMutableBufferPointer { vsnprintf($0.baseAddress, Int(needed) + 1, fmt, va2) }
            }
            return String(decoding: buf.prefix(Int(needed)).map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }
    }

    /// `round(x, n)`: correctly rounded (half-even on the exact binary value).
    static func round(_ x: Double, _ n: Int) throws -> Double {
        if !x.isFinite || x == 0 { return x }
        if n > 323 { return x }
        if n < -308 { return 0.0 * x }
        let text: String
        if n >= 0 {
            text = printf(x, precision: n, conv: "f")
        } else {
            // Round the exact decimal expansion at 10^-n, half-even.
            let exact = printf(x.magnitude, precision: 1100, conv: "f")
            let parts = exact.split(separator: ".", maxSplits: 1)
            var intDigits = Array(String(parts[0]).utf8)
            let frac = parts.count > 1 ? parts[1] : ""
            let k = -n
            if intDigits.count < k {
                // Magnitude below 10^k: result is 0 unless more than half.
                intDigits = Array(repeating: UInt8(ascii: "0"), count: k - intDigits.count) + intDigits
            }
            let keep = Array(intDigits[0..<(intDigits.count - k)])
            let dropped = intDigits[(intDigits.count - k)...]
            let firstDropped = dropped.first ?? UInt8(ascii: "0")
            let restNonZero = dropped.dropFirst().contains { $0 != UInt8(ascii: "0") } || frac.contains { $0 != "0" }
            var roundUp = false
            if firstDropped > UInt8(ascii: "5") { roundUp = true } else if firstDropped == UInt8(ascii: "5") {
                if restNonZero { roundUp = true } else {
                    let last = keep.last ?? UInt8(ascii: "0")
                    roundUp = (last - UInt8(ascii: "0")) % 2 == 1
                }
            }
            var digits = keep.isEmpty ? [UInt8(ascii: "0")] : keep
            if roundUp {
                var i = digits.count - 1
                while i >= 0 {
                    if digits[i] == UInt8(ascii: "9") { digits[i] = UInt8(ascii: "0"); i -= 1 } else { digits[i] += 1; break }
                }
                if i < 0 { digits.insert(UInt8(ascii: "1"), at: 0) }
            }
            text = (x < 0 ? "-" : "") + String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: k)
        }
        let r = strtod(text, nil)
        if !r.isFinite { throw PyError(BuiltinTypes.overflowError, "rounded value too large to represent") }
        if r == 0 { return x < 0 ? -0.0 : 0.0 }
        return r
    }

    /// Parses `float(s)` text as CPython (strip, underscores, inf/nan words).
    static func parse(_ text: String) -> Double? {
        let s = text.trimmingPythonWhitespace()
        var body = Substring(s)
        var negative = false
        if body.first == "+" || body.first == "-" {
            negative = body.first == "-"
            body = body.dropFirst()
        }
        let lower = body.lowercased()
        if lower == "inf" || lower == "infinity" { return negative ? -.infinity : .infinity }
        if lower == "nan" { return negative ? -.nan : .nan }
        guard !body.isEmpty else { return nil }
        var clean = ""
        var prev: Character = " "
        for c in body {
            if c == "_" {
                guard prev.isASCII && prev.isNumber else { return nil }
            } else {
                if prev == "_" && !(c.isASCII && c.isNumber) { return nil }
                guard c.isASCII, c.isNumber || c == "." || c == "e" || c == "E" || c == "+" || c == "-" else { return nil }
                clean.append(c)
            }
            prev = c
        }
        if prev == "_" { return nil }
        // Validate the shape: digits [. digits] [e [sign] digits]
        var i = clean.startIndex
        var mantDigits = 0
        while i < clean.endIndex, clean[i].isNumber { mantDigits += 1; i = clean.index(after: i) }
        if i < clean.endIndex, clean[i] == "." {
            i = clean.index(after: i)
            while i < clean.endIndex, clean[i].isNumber { mantDigits += 1; i = clean.index(after: i) }
        }
        if mantDigits == 0 { return nil }
        if i < clean.endIndex, clean[i] == "e" || clean[i] == "E" {
            i = clean.index(after: i)
            if i < clean.endIndex, clean[i] == "+" || clean[i] == "-" { i = clean.index(after: i) }
            var expDigits = 0
            while i < clean.endIndex, clean[i].isNumber { expDigits += 1; i = clean.index(after: i) }
            if expDigits == 0 { return nil }
        }
        if i != clean.endIndex { return nil }
        let v = strtod(clean, nil)
        return negative ? -v : v
    }
}
