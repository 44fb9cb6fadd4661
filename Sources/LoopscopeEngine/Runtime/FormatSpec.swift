import BigInt

// The format-spec mini-language (`format(v, spec)`, f-strings,
// str.format): [[fill]align][sign][z][#][0][width][grouping][.precision][type]
// for int, float and str, with CPython's errors.

struct ParsedSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character?
    var coerceZero = false
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init() {}

    init(_ spec: String, typeName: String) throws {
        let c = Array(spec)
        var i = 0
        var fillSpecified = false
        func isAlign(_ ch: Character) -> Bool { ch == "<" || ch == ">" || ch == "=" || ch == "^" }
        if c.count >= 2 && isAlign(c[1]) {
            fill = c[0]; align = c[1]; i = 2; fillSpecified = true
        } else if c.count >= 1 && isAlign(c[0]) {
            align = c[0]; i = 1
        }
        if i < c.count && (c[i] == "+" || c[i] == "-" || c[i] == " ") { sign = c[i]; i += 1 }
        if i < c.count && c[i] == "z" { coerceZero = true; i += 1 }
        if i < c.count && c[i] == "#" { alternate = true; i += 1 }
        if !fillSpecified && i < c.count && c[i] == "0" {
            // Backwards-compatible zero padding: fill with '0', and pad
            // after the sign for numbers when no alignment was given.
            zeroPad = true
            fill = "0"
            if align == nil && typeName != "str" { align = "=" }
            i += 1
        }
        var w = 0, sawWidth = false
        while i < c.count, let d = c[i].wholeNumberValue, c[i].isASCII {
            w = w * 10 + d; sawWidth = true; i += 1
            if w > 1_000_000 { throw valueError("Too many decimal digits in format string") }
        }
        if sawWidth { width = w }
        if i < c.count && (c[i] == "," || c[i] == "_") {
            grouping = c[i]; i += 1
            if i < c.count && (c[i] == "," || c[i] == "_") {
                if c[i] != grouping { throw valueError("Cannot specify both ',' and '_'.") }
                throw valueError("Cannot specify '\(c[i])' with '\(c[i])'.")
            }
        }
        if i < c.count && c[i] == "." {
            i += 1
            var p = 0, saw = false
            while i < c.count, let d = c[i].wholeNumberValue, c[i].isASCII {
                let (times10, o1) = p.multipliedReportingOverflow(by: 10)
                let (next, o2) = times10.addingReportingOverflow(d)
                if o1 || o2 { throw valueError("Too many decimal digits in format string") }
                p = next; saw = true; i += 1
            }
            if !saw { throw valueError("Format specifier missing precision") }
            // CPython keeps precision in a C int.
            if p > Int(Int32.max) { throw valueError("precision too big") }
            if p > 1_000_000 { throw valueError("Too many decimal digits in format string") }
            precision = p
        }
        if c.count - i > 1 {
            throw valueError("Invalid format specifier '\(spec)' for object of type '\(typeName)'")
        }
        if i < c.count { type = c[i] }
        if let g = grouping, let t = type {
            let ok: Bool
            switch t {
            case "d", "e", "E", "f", "F", "g", "G", "%": ok = true
            case "b", "o", "x", "X": ok = g == "_"
            default: ok = false
            }
            if !ok { throw valueError("Cannot specify '\(g)' with '\(t)'.") }
        }
    }
}

enum FormatSpec {
    /// Inserts `sep` every `every` digits from the right.
    static func group(_ digits: String, _ sep: Character, every: Int) -> String {
        let chars = Array(digits)
        var out: [Character] = []
        out.reserveCapacity(chars.count + chars.count / every)
        for (k, ch) in chars.enumerated() {
            let fromRight = chars.count - k
            if k > 0 && fromRight % every == 0 { out.append(sep) }
            out.append(ch)
        }
        return String(out)
    }

    /// Pads `body` (sign and prefix given separately so '=' can pad between).
    static func pad(sign: String, prefix: String, body: String, spec: ParsedSpec, defaultAlign: Character) -> String {
        let content = sign.count + prefix.count + body.unicodeScalars.count
        let padding = max(0, spec.width - content)
        if padding == 0 { return sign + prefix + body }
        let fill = String(spec.fill)
        switch spec.align ?? defaultAlign {
        case "<": return sign + prefix + body + String(repeating: fill, count: padding)
        case "^":
            let left = padding / 2
            return String(repeating: fill, count: left) + sign + prefix + body + String(repeating: fill, count: padding - left)
        case "=": return sign + prefix + String(repeating: fill, count: padding) + body
        default: return String(repeating: fill, count: padding) + sign + prefix + body
        }
    }

    /// Digits grouped, with zero padding folded into the grouping when the
    /// spec pads with '0' after the sign (CPython groups the padding too).
    static func groupedDigits(_ digits: String, spec: ParsedSpec, every: Int, reserved: Int) -> String {
        guard let sep = spec.grouping else { return digits }
        if spec.fill == "0" && spec.align == "=" {
            let minLen = spec.width - reserved
            var d = digits
            var g = group(d, sep, every: every)
            while g.count < minLen {
                d = "0" + d
                g = group(d, sep, every: every)
            }
            return g
        }
        return group(digits, sep, every: every)
    }

    static func signString(_ negative: Bool, _ spec: ParsedSpec) -> String {
        if negative { return "-" }
        if spec.sign == "+" { return "+" }
        if spec.sign == " " { return " " }
        return ""
    }

    static func formatInt(_ interp: Interpreter, _ v: Value, _ specText: String) throws -> String {
        if specText.isEmpty { return try interp.str(v) }
        let spec = try ParsedSpec(specText, typeName: "int")
        let type = spec.type ?? "d"
        switch type {
        case "e", "E", "f", "F", "g", "G", "%":
            return try formatFloat(interp, try PyInt.toDouble(v), specText)
        case "d", "n", "b", "o", "x", "X", "c": break
        default:
            throw valueError("Unknown format code '\(type)' for object of type 'int'")
        }
        if spec.precision != nil { throw valueError("Precision not allowed in integer format specifier") }
        guard let big = PyInt.big(v) else { return "" }
        if type == "c" {
            if spec.sign != nil { throw valueError("Sign not allowed with integer format specifier 'c'") }
            if spec.alternate { throw valueError("Alternate form (#) not allowed with integer format specifier 'c'") }
            guard let cp = Int(exactly: big), cp >= 0, cp < 0x110000, let u = Unicode.Scalar(UInt32(cp)) else {
                throw PyError(BuiltinTypes.overflowError, "%c arg not in range(0x110000)")
            }
            return pad(sign: "", prefix: "", body: String(u), spec: spec, defaultAlign: ">")
        }
        let negative = big.sign == .minus && !big.isZero
        let mag = big.magnitude
        var digits: String, prefix = "", every = 3
        switch type {
        case "b": digits = String(mag, radix: 2); prefix = "0b"; every = 4
        case "o": digits = String(mag, radix: 8); prefix = "0o"; every = 4
        case "x": digits = String(mag, radix: 16); prefix = "0x"; every = 4
        case "X": digits = String(mag, radix: 16).uppercased(); prefix = "0X"; every = 4
        default: digits = try PyInt.decimalString(BigInt(mag), limit: interp.runtime.intMaxStrDigits)
        }
        if !spec.alternate || type == "d" || type == "n" { prefix = "" }
        let sign = signString(negative, spec)
        let body = groupedDigits(digits, spec: spec, every: every, reserved: sign.count + prefix.count)
        return pad(sign: sign, prefix: prefix, body: body, spec: spec, defaultAlign: ">")
    }

    static func formatFloat(_ interp: Interpreter, _ d: Double, _ specText: String) throws -> String {
        if specText.isEmpty { return FloatRepr.repr(d) }
        let spec = try ParsedSpec(specText, typeName: "float")
        // "r"/"R" name the internal repr-like layouts for a spec without a
        // type; written explicitly they are unknown codes, as in CPython.
        var type: Character = spec.precision != nil ? "R" : "r"
        if let explicit = spec.type {
            switch explicit {
            case "e", "E", "f", "F", "g", "G", "%": type = explicit
            case "n": type = "g"
            default: throw valueError("Unknown format code '\(explicit)' for object of type 'float'")
            }
        }
        var negative = d.sign == .minus && !d.isNaN
        var body = FloatText.body(d, type: type, precision: spec.precision, alternate: spec.alternate)
        if spec.coerceZero && negative && body.allSatisfy({ $0 == "0" || $0 == "." || $0 == "%" || $0 == "e" || $0 == "+" || $0 == "-" || $0 == "E" }) {
            negative = false
        }
        let sign = signString(negative, spec)
        if spec.grouping != nil && d.isFinite {
            // Group the integer part only.
            let intEnd = body.firstIndex(where: { !$0.isNumber }) ?? body.endIndex
            let intPart = String(body[..<intEnd]), rest = String(body[intEnd...])
            body = groupedDigits(intPart, spec: spec, every: 3, reserved: sign.count + rest.count) + rest
        }
        return pad(sign: sign, prefix: "", body: body, spec: spec, defaultAlign: ">")
    }

    static func formatStr(_ str: String, _ specText: String) throws -> String {
        if specText.isEmpty { return str }
        let spec = try ParsedSpec(specText, typeName: "str")
        if let t = spec.type, t != "s" { throw valueError("Unknown format code '\(t)' for object of type 'str'") }
        if spec.sign != nil { throw valueError("Sign not allowed in string format specifier") }
        if spec.alternate { throw valueError("Alternate form (#) not allowed in string format specifier") }
        if spec.align == "=" { throw valueError("'=' alignment not allowed in string format specifier") }
        if let g = spec.grouping { throw valueError("Cannot specify '\(g)' with 's'.") }
        var s = str
        if let p = spec.precision, s.unicodeScalars.count > p {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: s.unicodeScalars.prefix(p))
            s = String(v)
        }
        return pad(sign: "", prefix: "", body: s, spec: spec, defaultAlign: "<")
    }
}

/// Float bodies for the presentation types, laid out from correctly
/// rounded digits (printf) by CPython's rules (format_float_short).
enum FloatText {
    static func body(_ v: Double, type: Character, precision: Int?, alternate: Bool) -> String {
        let d = v.magnitude
        let upper = type == "F" || type == "E" || type == "G"
        // '%' keeps its sign after inf and nan too (CPython appends it last).
        let percent = type == "%" ? "%" : ""
        if d.isNaN { return (upper ? "NAN" : "nan") + percent }
        if d.isInfinite { return (upper ? "INF" : "inf") + percent }
        let out: String
        switch type {
        case "f", "F":
            out = FloatRepr.printf(d, precision: precision ?? 6, conv: "f", alternate: alternate)
        case "%":
            out = FloatRepr.printf(d * 100, precision: precision ?? 6, conv: "f", alternate: alternate) + "%"
        case "e", "E":
            out = FloatRepr.printf(d, precision: precision ?? 6, conv: "e", alternate: alternate)
        case "g", "G":
            out = general(d, precision: max(precision ?? 6, 1), alternate: alternate, addDot0: false)
        case "R":
            out = general(d, precision: max(precision ?? 6, 1), alternate: alternate, addDot0: true)
        default:
            if d == 0 { return "0.0" }
            let (digits, decpt) = FloatRepr.shortestDigits(d)
            out = FloatRepr.layout(digits: digits, decpt: decpt, useExponent: decpt <= -4 || decpt > 16, addDot0: true)
        }
        return upper ? out.uppercased() : out
    }

    /// Correctly rounded significant digits: value = 0.DIGITS * 10^decpt.
    static func digits(_ d: Double, significant p: Int) -> (String, Int) {
        let e = FloatRepr.printf(d, precision: p - 1, conv: "e")
        guard let ei = e.firstIndex(of: "e") else { return ("0", 1) }
        let mant = e[..<ei].filter { $0 != "." }
        let exp = Int(e[e.index(after: ei)...]) ?? 0
        return (String(mant), d == 0 ? 1 : exp + 1)
    }

    static func general(_ d: Double, precision p: Int, alternate: Bool, addDot0: Bool) -> String {
        var (digits, decpt) = digits(d, significant: p)
        let useExp = decpt <= -4 || decpt > (addDot0 ? p - 1 : p)
        if !alternate {
            while digits.count > 1 && digits.last == "0" { digits.removeLast() }
        }
        if useExp {
            var s = String(digits.first ?? "0")
            if digits.count > 1 { s += "." + digits.dropFirst() } else if alternate { s += "." }
            return s + FloatRepr.exponentSuffix(decpt - 1)
        }
        var s: String
        if decpt <= 0 {
            s = "0." + String(repeating: "0", count: -decpt) + digits
        } else if decpt >= digits.count {
            s = digits + String(repeating: "0", count: decpt - digits.count)
            if alternate { s += "." } else if addDot0 { s += ".0" }
        } else {
            let i = digits.index(digits.startIndex, offsetBy: decpt)
            s = digits[..<i] + "." + digits[i...]
        }
        return s
    }
}
