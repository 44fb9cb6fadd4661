// Character classes of Python's str methods (Unicode database based, as
// CPython's unicodectype.c), and substring search on code point arrays.

enum PyStrChars {
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default: return false
        }
    }

    static func isLineBreak(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    static func isPrintable(_ c: Unicode.Scalar) -> Bool {
        if c == " " { return true }
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
            return false
        default: return true
        }
    }

    static func isAlpha(_ c: Unicode.Scalar) -> Bool {
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return true
        default: return false
        }
    }

    static func isDecimal(_ c: Unicode.Scalar) -> Bool { c.properties.numericType == .decimal }
    static func isDigit(_ c: Unicode.Scalar) -> Bool {
        let t = c.properties.numericType
        return t == .decimal || t == .digit
    }
    static func isNumeric(_ c: Unicode.Scalar) -> Bool { c.properties.numericType != nil }
    static func isAlnum(_ c: Unicode.Scalar) -> Bool { isAlpha(c) || isNumeric(c) }
    static func isCased(_ c: Unicode.Scalar) -> Bool {
        let p = c.properties
        return p.isLowercase || p.isUppercase || p.generalCategory == .titlecaseLetter
    }
    static func isUpper(_ c: Unicode.Scalar) -> Bool { c.properties.isUppercase }
    static func isLower(_ c: Unicode.Scalar) -> Bool { c.properties.isLowercase }

    static func upper(_ c: Unicode.Scalar) -> String { python311(c, c.properties.uppercaseMapping) }
    static func lower(_ c: Unicode.Scalar) -> String { python311(c, c.properties.lowercaseMapping) }
    static func title(_ c: Unicode.Scalar) -> String { python311(c, c.properties.titlecaseMapping) }

    /// A case mapping from Swift's (newer) Unicode tables, or the code point
    /// itself where CPython 3.11's Unicode 14.0 had no such mapping: letters
    /// added since map to themselves, and old letters whose new partner
    /// was added since (U+019B 'ƛ' -> U+A7DC) keep their old mapping.
    private static func python311(_ c: Unicode.Scalar, _ mapping: String) -> String {
        if c.value < 0x180 { return mapping }
        return inPython311(c) && mapping.unicodeScalars.allSatisfy(inPython311) ? mapping : String(c)
    }

    /// Whether the code point was assigned by Unicode 14.0, CPython 3.11's
    /// database. Everything below U+1C80 predates 14.0.
    static func inPython311(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x1C80 { return true }
        guard let age = c.properties.age else { return false }
        return age.major < 14 || (age.major == 14 && age.minor == 0)
    }
}

extension String {
    init(scalars: some Sequence<Unicode.Scalar>) {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        self = String(v)
    }
}
