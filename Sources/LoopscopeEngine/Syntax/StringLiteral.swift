// Decoding of string literal bodies: escape sequences as CPython's
// unicodeescape codec does, raw strings, and the `\N{NAME}` lookup.

enum DecodedString {
    case plain(String)
    case fstring([FStringPart])
}

extension Parser {
    /// A string token split into its parts (indices into the source scalars).
    struct StringToken {
        var isRaw: Bool
        var isBytes: Bool
        var isFormatted: Bool
        var bodyStart: Int
        var bodyEnd: Int
    }

    func splitStringToken(_ t: Token) -> StringToken {
        let scalars = source.scalars
        var i = t.startIndex
        var isRaw = false, isBytes = false, isFormatted = false
        while i < scalars.count, scalars[i] != "'" && scalars[i] != "\"" {
            switch scalars[i] {
            case "r", "R": isRaw = true
            case "b", "B": isBytes = true
            case "f", "F": isFormatted = true
            default: break
            }
            i += 1
        }
        let end = t.startIndex + t.text.unicodeScalars.count
        let quote = scalars[min(i, scalars.count - 1)]
        let isTriple = i + 2 < end && scalars[i + 1] == quote && scalars[i + 2] == quote && end - i >= 6
        let quoteLength = isTriple ? 3 : 1
        return StringToken(isRaw: isRaw, isBytes: isBytes, isFormatted: isFormatted,
                           bodyStart: i + quoteLength, bodyEnd: max(i + quoteLength, end - quoteLength))
    }

    /// One or more adjacent string literals, concatenated (f-strings included).
    func parseStrings() throws(ParseError) -> Expr {
        let first = current
        var parts: [FStringPart] = []
        var isFormatted = false
        var bytes: [UInt8] = []
        var bytesCount = 0, textCount = 0
        while current.kind == .string {
            let t = advance()
            let info = splitStringToken(t)
            if info.isBytes {
                bytes += try decodeBytesLiteral(info.bodyStart, info.bodyEnd, raw: info.isRaw, token: t)
                bytesCount += 1
                continue
            }
            textCount += 1
            if info.isFormatted {
                isFormatted = true
                var fparser = FStringParser(parser: self, token: t, isRaw: info.isRaw, end: info.bodyEnd)
                var i = info.bodyStart
                parts.append(contentsOf: try fparser.parseParts(&i, level: 0))
            } else {
                let text = try decodeEscapes(info.bodyStart, info.bodyEnd, raw: info.isRaw, token: t)
                parts.append(.literal(text))
            }
        }
        let loc = span(first.loc, previous.loc)
        if bytesCount > 0 {
            if textCount > 0 {
                throw error("cannot mix bytes and nonbytes literals", loc: SourceLocation(line: previous.endLine, column: previous.endColumn))
            }
            return Expr(.constant(.bytes(bytes)), loc)
        }
        if !isFormatted {
            var s = ""
            for case .literal(let text) in parts { s += text }
            return Expr(.constant(.str(s)), loc)
        }
        return Expr(.fstring(mergeLiterals(parts)), loc)
    }

    func mergeLiterals(_ parts: [FStringPart]) -> [FStringPart] {
        var out: [FStringPart] = []
        for part in parts {
            if case .literal(let text) = part {
                if text.isEmpty { continue }
                if case .literal(let previousText)? = out.last {
                    out[out.count - 1] = .literal(previousText + text)
                    continue
                }
            }
            out.append(part)
        }
        return out
    }

    /// Decodes `source[start..<end]`; `raw` keeps backslashes as written.
    func decodeEscapes(_ start: Int, _ end: Int, raw: Bool, token: Token) throws(ParseError) -> String {
        let s = source.scalars
        var out = String.UnicodeScalarView()
        if raw {
            out.append(contentsOf: s[start..<end])
            return String(out)
        }
        var i = start
        var bytePosition = 0  // UTF-8 offset in the body, for codec error messages
        func unicodeError(_ detail: String, from: Int, to: Int) -> ParseError {
            error("(unicode error) 'unicodeescape' codec can't decode bytes in position \(from)-\(to): \(detail)",
                  loc: SourceLocation(line: token.endLine, column: token.endColumn))
        }
        while i < end {
            let c = s[i]
            guard c == "\\", i + 1 < end else {
                out.append(c)
                bytePosition += String(c).utf8.count
                i += 1
                continue
            }
            let escapeStart = bytePosition
            let e = s[i + 1]
            i += 2
            bytePosition += 1 + String(e).utf8.count
            switch e {
            case "\n": break
            case "0"..."7":
                let from = i
                let value = LiteralEscapes.octal(e, s, &i, end)
                bytePosition += i - from
                out.append(Unicode.Scalar(UInt32(value)) ?? "\u{FFFD}")
            case "x", "u", "U":
                let width = e == "x" ? 2 : e == "u" ? 4 : 8
                var value: UInt32 = 0
                var count = 0
                while count < width, i < end, let d = Character(s[i]).hexDigitValue {
                    value = value * 16 + UInt32(d)
                    i += 1
                    bytePosition += 1
                    count += 1
                }
                if count < width {
                    let name = e == "x" ? "\\xXX" : e == "u" ? "\\uXXXX" : "\\UXXXXXXXX"
                    throw unicodeError("truncated \(name) escape", from: escapeStart, to: bytePosition - 1)
                }
                if value > 0x10FFFF {
                    throw unicodeError("illegal Unicode character", from: escapeStart, to: bytePosition - 1)
                }
                // Lone surrogates cannot live in a Swift String; they become U+FFFD.
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
            case "N":
                guard i < end, s[i] == "{", let close = s[i..<end].firstIndex(of: "}") else {
                    throw unicodeError("malformed \\N character escape", from: escapeStart, to: bytePosition - 1)
                }
                var name = String.UnicodeScalarView()
                name.append(contentsOf: s[(i + 1)..<close])
                let nameBytes = String(name).utf8.count
                bytePosition += nameBytes + 2
                i = close + 1
                guard let scalar = unicodeScalar(named: String(name)) else {
                    throw unicodeError("unknown Unicode character name", from: escapeStart, to: bytePosition - 1)
                }
                out.append(scalar)
            default:
                if let code = LiteralEscapes.single(e), let scalar = Unicode.Scalar(code) {
                    out.append(scalar)
                } else {
                    // Unknown escapes keep their backslash (CPython warns, but accepts).
                    out.append("\\")
                    out.append(e)
                }
            }
        }
        return String(out)
    }
}

/// `\N{NAME}`: a scan of the Unicode name table (only done when a program uses it).
func unicodeScalar(named rawName: String) -> Unicode.Scalar? {
    let name = rawName.uppercased()
    if name.isEmpty { return nil }
    let ranges: [ClosedRange<UInt32>] = [0...0xD7FF, 0xE000...0x3FFFF, 0xE0000...0xE01EF]
    for range in ranges {
        for v in range {
            guard let scalar = Unicode.Scalar(v) else { continue }
            if scalar.properties.name == name || scalar.properties.nameAlias == name { return scalar }
        }
    }
    return nil
}
