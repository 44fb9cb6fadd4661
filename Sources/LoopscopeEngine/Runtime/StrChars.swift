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

enum StrSearch {
    /// First index >= start of `needle` in `hay[start..<end]`, or -1.
    static func find(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        let end = min(end, hay.count)
        if start > end { return -1 }
        if needle.isEmpty { return start }
        if end - start < needle.count { return -1 }
        let first = needle[0]
        var i = start
        let last = end - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return -1
    }

    /// Last index of `needle` fully inside `hay[start..<end]`, or -1.
    static func rfind(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        let end = min(end, hay.count)
        if start > end { return -1 }
        if needle.isEmpty { return end }
        var i = end - needle.count
        while i >= start {
            var k = 0
            while k < needle.count && hay[i + k] == needle[k] { k += 1 }
            if k == needle.count { return i }
            i -= 1
        }
        return -1
    }

    /// Non-overlapping occurrences.
    static func count(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar], _ start: Int, _ end: Int) -> Int {
        let end = min(end, hay.count)
        if start > end { return 0 }
        if needle.isEmpty { return end - start + 1 }
        var n = 0, i = start
        while true {
            let f = find(hay, needle, i, end)
            if f < 0 { return n }
            n += 1
            i = f + needle.count
        }
    }
}

extension String {
    init(scalars: some Sequence<Unicode.Scalar>) {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: scalars)
        self = String(v)
    }
}
