// complex's text: repr (`(1+2j)`, `2j`, `(-0-0j)`), format() with the float
// presentation types, and parsing `complex('1+2j')` as CPython's
// complex_subtype_from_string does.

enum ComplexText {
    /// A part as repr writes it: the shortest round-trip digits, no `.0`.
    static func part(_ d: Double) -> String {
        let r = FloatRepr.repr(d)
        return r.hasSuffix(".0") ? String(r.dropLast(2)) : r
    }

    private static func signed(_ d: Double) -> String {
        let p = part(d)
        return p.hasPrefix("-") ? p : "+" + p
    }

    /// complex_repr: no real part (and no parentheses) when it is +0.
    static func repr(_ c: Complex) -> String {
        if c.re == 0 && c.re.sign == .plus { return part(c.im) + "j" }
        return "(" + part(c.re) + signed(c.im) + "j)"
    }

    /// format_complex_internal.
    static func format(_ c: Complex, _ specText: String) throws -> String {
        if specText.isEmpty { return repr(c) }
        let spec = try ParsedSpec(specText, typeName: "complex")
        if spec.zeroPad { throw valueError("Zero padding is not allowed in complex format specifier") }
        if spec.align == "=" { throw valueError("'=' alignment flag is not allowed in complex format specifier") }
        var type = spec.type ?? "r"
        switch type {
        case "e", "E", "f", "F", "g", "G", "r": break
        case "n": type = "g"
        default: throw valueError("Unknown format code '\(type)' for object of type 'complex'")
        }
        // Without a type it reads like str(): parentheses, unless the real part is omitted.
        let omitted = spec.type == nil
        let skipReal = omitted && c.re == 0 && c.re.sign == .plus
        if type == "r" && spec.precision != nil { type = "g" }
        func body(_ d: Double, sign: Character?) -> String {
            let negative = d.sign == .minus && !d.isNaN
            var text: String
            if type == "r" {
                text = part(d.magnitude)
            } else {
                text = FloatText.body(d, type: type, precision: spec.precision, alternate: spec.alternate)
            }
            if spec.grouping != nil && d.isFinite {
                let intEnd = text.firstIndex(where: { !$0.isNumber }) ?? text.endIndex
                var plain = spec
                plain.width = 0
                text = FormatSpec.groupedDigits(String(text[..<intEnd]), spec: plain, every: 3, reserved: 0) + text[intEnd...]
            }
            if negative { return "-" + text }
            if sign == "+" { return "+" + text }
            if sign == " " { return " " + text }
            return text
        }
        var out: String
        if skipReal {
            out = body(c.im, sign: spec.sign) + "j"
        } else {
            out = body(c.re, sign: spec.sign) + body(c.im, sign: "+") + "j"
            if omitted { out = "(" + out + ")" }
        }
        var plain = spec
        plain.zeroPad = false
        return FormatSpec.pad(sign: "", prefix: "", body: out, spec: plain, defaultAlign: ">")
    }

    /// complex('…'): `<float>`, `<float>j`, `<float><signed float>j`, and the
    /// older `<float><sign>j`, `<sign>j`, `j`, optionally in parentheses.
    static func parse(_ text: String) throws -> Complex {
        let malformed = valueError("complex() arg is a malformed string")
        var s = Array(text.unicodeScalars.map(Character.init))
        // Underscores may only sit between digits; the number is read without them.
        if s.contains("_") {
            func digit(_ i: Int) -> Bool { i >= 0 && i < s.count && s[i].isASCII && s[i].isNumber }
            for i in s.indices where s[i] == "_" && !(digit(i - 1) && digit(i + 1)) {
                throw valueError("could not convert string to complex: \(StrRepr.repr(text))")
            }
            s.removeAll { $0 == "_" }
        }
        func trim(_ a: [Character]) -> [Character] {
            Array(a.drop(while: { $0.isWhitespace }).reversed().drop(while: { $0.isWhitespace }).reversed())
        }
        s = trim(s)
        if s.first == "(" {
            guard s.last == ")" else { throw malformed }
            s = trim(Array(s.dropFirst().dropLast()))
        }
        func isJ(_ i: Int) -> Bool { i < s.count && (s[i] == "j" || s[i] == "J") }
        func isSign(_ i: Int) -> Bool { i < s.count && (s[i] == "+" || s[i] == "-") }
        if let (x, end) = number(s, from: 0) {
            if end == s.count { return Complex(x, 0) }
            if isJ(end) && end + 1 == s.count { return Complex(0, x) }
            guard isSign(end) else { throw malformed }
            if let (y, end2) = number(s, from: end), isJ(end2), end2 + 1 == s.count { return Complex(x, y) }
            if isJ(end + 1) && end + 2 == s.count { return Complex(x, s[end] == "-" ? -1 : 1) }
            throw malformed
        }
        var i = 0
        var im = 1.0
        if isSign(0) { im = s[0] == "-" ? -1 : 1; i = 1 }
        if isJ(i) && i + 1 == s.count { return Complex(0, im) }
        throw malformed
    }

    /// The float written at `start` (sign, digits, fraction, exponent, or
    /// inf/infinity/nan) and where it ends; nil if none.
    private static func number(_ s: [Character], from start: Int) -> (Double, Int)? {
        var i = start
        var negative = false
        if i < s.count && (s[i] == "+" || s[i] == "-") { negative = s[i] == "-"; i += 1 }
        let rest = String(s[i...].prefix(8)).lowercased()
        for (word, value) in [("infinity", Double.infinity), ("inf", .infinity), ("nan", .nan)] where rest.hasPrefix(word) {
            return (negative ? -value : value, i + word.count)
        }
        var digits = ""
        func scanDigits() -> Bool {
            var saw = false
            while i < s.count {
                guard s[i].isASCII, s[i].isNumber else { break }
                digits.append(s[i]); saw = true; i += 1
            }
            return saw
        }
        let whole = scanDigits()
        var fraction = false
        if i < s.count && s[i] == "." {
            i += 1
            digits.append(".")
            fraction = scanDigits()
        }
        guard whole || fraction else { return nil }
        if i < s.count && (s[i] == "e" || s[i] == "E") {
            let mark = i, kept = digits
            i += 1
            digits.append("e")
            if i < s.count && (s[i] == "+" || s[i] == "-") { digits.append(s[i]); i += 1 }
            if !scanDigits() { i = mark; digits = kept }
        }
        if digits.hasPrefix(".") { digits = "0" + digits }
        if digits.hasSuffix(".") { digits += "0" }
        digits = digits.replacingOccurrences(of: ".e", with: ".0e")
        guard let v = Double(digits) else { return nil }
        return (negative ? -v : v, i)
    }
}
