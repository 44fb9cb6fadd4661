// Bytes literal bodies (b'...', rb'...'): ASCII source only, and the escapes
// CPython's bytes parser knows (\x, octal, the single-letter ones); `\u`,
// `\N` and unknown escapes keep their backslash.

extension Parser {
    func decodeBytesLiteral(_ start: Int, _ end: Int, raw: Bool, token: Token) throws(ParseError) -> [UInt8] {
        let s = source.scalars
        var out: [UInt8] = []
        for c in s[start..<end] where !c.isASCII {
            // CPython's range here counts UTF-8 bytes, not characters.
            var loc = token.loc
            if token.line == token.endLine { loc.endColumn = token.column + token.text.utf8.count }
            throw error("bytes can only contain ASCII literal characters", loc: loc)
        }
        if raw { return s[start..<end].map { UInt8($0.value) } }
        var i = start
        while i < end {
            let c = s[i]
            guard c == "\\", i + 1 < end else {
                out.append(UInt8(c.value))
                i += 1
                continue
            }
            let escapeAt = out.count
            let e = s[i + 1]
            i += 2
            switch e {
            case "\n": break
            case "0"..."7":
                out.append(UInt8(LiteralEscapes.octal(e, s, &i, end) & 0xFF))
            case "x":
                guard i + 1 < end, let hi = Character(s[i]).hexDigitValue, let lo = Character(s[i + 1]).hexDigitValue else {
                    throw error("(value error) invalid \\x escape at position \(escapeAt)",
                                loc: SourceLocation(line: token.endLine, column: token.endColumn))
                }
                out.append(UInt8(hi * 16 + lo))
                i += 2
            default:
                if let code = LiteralEscapes.single(e) {
                    out.append(UInt8(code))
                } else {
                    out.append(0x5C)
                    out.append(UInt8(e.value))
                }
            }
        }
        return out
    }
}
