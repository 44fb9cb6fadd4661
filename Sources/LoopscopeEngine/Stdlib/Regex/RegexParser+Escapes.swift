// Backslash escapes and character classes, with CPython's errors
// ("bad escape \q", "bad character range z-a", "unterminated character set").

extension RegexParser {
    mutating func parseEscape() throws -> RegexNode {
        let start = i
        i += 1
        guard let c = peek() else { throw error("bad escape (end of pattern)", at: start) }
        let ascii = flags.contains(.ascii)
        switch c {
        case 0x41: i += 1; return .stringStart                                   // \A
        case 0x5A: i += 1; return .stringEnd                                     // \Z
        case 0x62: i += 1; return .wordBoundary(negated: false, ascii: ascii)    // \b
        case 0x42: i += 1; return .wordBoundary(negated: true, ascii: ascii)     // \B
        case 0x64, 0x44, 0x77, 0x57, 0x73, 0x53:
            i += 1
            var cls = CharClass()
            cls.items = [Self.category(c)]
            cls.ascii = ascii
            return .charClass(cls)
        case 0x30:
            return .literal(try octalEscape(start: start) ?? 0, ignoreCase: flags.contains(.ignoreCase))
        case 0x31...0x39:
            // Backreference \1..\99 (three octal digits make an octal escape instead).
            if let v = try octalEscape(start: start) { return .literal(v, ignoreCase: flags.contains(.ignoreCase)) }
            var digits = String(Character(Unicode.Scalar(c)!))
            i += 1
            if let d = peek(), (0x30...0x39).contains(d) { digits.append(Character(Unicode.Scalar(d)!)); i += 1 }
            let g = Int(digits)!
            if g > groupCount || g > 99 { throw error("invalid group reference \(g)", at: start + 1) }
            if openGroups.contains(g) { throw error("cannot refer to an open group", at: start) }
            return .backref(g, ignoreCase: flags.contains(.ignoreCase))
        default:
            let v = try escapedChar(start: start, inClass: false)
            return .literal(v, ignoreCase: flags.contains(.ignoreCase))
        }
    }

    static func category(_ c: UInt32) -> ClassItem {
        switch c {
        case 0x64: return .digit(negated: false)
        case 0x44: return .digit(negated: true)
        case 0x77: return .word(negated: false)
        case 0x57: return .word(negated: true)
        case 0x73: return .space(negated: false)
        default: return .space(negated: true)
        }
    }

    /// `\0`, `\012`: octal escapes (the cursor is on the first digit).
    mutating func octalEscape(start: Int) throws -> UInt32? {
        let isOct: (UInt32?) -> Bool = { $0.map { (0x30...0x37).contains($0) } ?? false }
        if peek() == 0x30 {
            var v: UInt32 = 0
            var n = 0
            while n < 3, isOct(peek()) { v = v * 8 + (peek()! - 0x30); i += 1; n += 1 }
            return v
        }
        if isOct(peek()), isOct(peek(1)), isOct(peek(2)) {
            let v = (peek()! - 0x30) * 64 + (peek(1)! - 0x30) * 8 + (peek(2)! - 0x30)
            if v > 0o377 {
                throw error("octal escape value \\\(String(Character(Unicode.Scalar(peek()!)!)))\(String(Character(Unicode.Scalar(peek(1)!)!)))\(String(Character(Unicode.Scalar(peek(2)!)!))) outside of range 0-0o377", at: start)
            }
            i += 3
            return v
        }
        return nil
    }

    /// A single escaped character (cursor after the backslash).
    mutating func escapedChar(start: Int, inClass: Bool) throws -> UInt32 {
        let c = peek()!
        i += 1
        switch c {
        case 0x6E: return 0x0A   // n
        case 0x74: return 0x09   // t
        case 0x72: return 0x0D   // r
        case 0x66: return 0x0C   // f
        case 0x76: return 0x0B   // v
        case 0x61: return 0x07   // a
        case 0x62 where inClass: return 0x08
        case 0x78: return try hexEscape(2, start: start, letter: "x")
        case 0x75: return try hexEscape(4, start: start, letter: "u")
        case 0x55: return try hexEscape(8, start: start, letter: "U")
        case 0x30...0x37 where inClass:
            i -= 1
            var v: UInt32 = 0
            var n = 0
            while n < 3, let d = peek(), (0x30...0x37).contains(d) { v = v * 8 + (d - 0x30); i += 1; n += 1 }
            return v
        default:
            if let s = Unicode.Scalar(c), s.isASCII, Character(s).isLetter || Character(s).isNumber {
                throw error("bad escape \\\(Character(s))", at: start)
            }
            return c
        }
    }

    mutating func hexEscape(_ n: Int, start: Int, letter: String) throws -> UInt32 {
        var digits = ""
        while digits.count < n, let d = peek(), let s = Unicode.Scalar(d), s.properties.isASCIIHexDigit {
            digits.append(Character(s))
            i += 1
        }
        guard digits.count == n, let v = UInt32(digits, radix: 16) else {
            throw error("incomplete escape \\\(letter)\(digits)", at: start)
        }
        return v
    }

    mutating func parseClass() throws -> RegexNode {
        let open = i
        i += 1
        var cls = CharClass()
        cls.ignoreCase = flags.contains(.ignoreCase)
        cls.ascii = flags.contains(.ascii)
        if isChar("^") { cls.negated = true; i += 1 }
        var first = true
        while true {
            guard let c = peek() else { throw error("unterminated character set", at: open) }
            if c == 0x5D && !first { i += 1; break }
            first = false
            let itemStart = i
            var lo: UInt32
            if c == 0x5C {
                i += 1
                guard let e = peek() else { throw error("bad escape (end of pattern)", at: itemStart) }
                if [0x64, 0x44, 0x77, 0x57, 0x73, 0x53].contains(e) {
                    i += 1
                    if isChar("-"), let next = peek(1), next != 0x5D {
                        throw error("bad character range \(text(itemStart, i + 2))", at: itemStart)
                    }
                    cls.items.append(Self.category(e))
                    continue
                }
                lo = try escapedChar(start: itemStart, inClass: true)
            } else {
                lo = c
                i += 1
            }
            if isChar("-"), let next = peek(1), next != 0x5D {
                i += 1
                var hi: UInt32
                if next == 0x5C {
                    let escStart = i
                    i += 1
                    guard peek() != nil else { throw error("unterminated character set", at: open) }
                    if let e = peek(), [0x64, 0x44, 0x77, 0x57, 0x73, 0x53].contains(e) {
                        throw error("bad character range \(text(itemStart, escStart + 2))", at: itemStart)
                    }
                    hi = try escapedChar(start: escStart, inClass: true)
                } else {
                    hi = next
                    i += 1
                }
                if hi < lo { throw error("bad character range \(text(itemStart, i))", at: itemStart) }
                cls.items.append(.range(lo, hi))
            } else {
                cls.items.append(.range(lo, lo))
            }
        }
        return .charClass(cls)
    }

    func text(_ from: Int, _ to: Int) -> String {
        var s = ""
        for k in from..<min(to, p.count) { s.unicodeScalars.append(Unicode.Scalar(p[k])!) }
        return s
    }
}
