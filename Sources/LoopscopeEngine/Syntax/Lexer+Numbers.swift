// Number literals as CPython's tokenizer scans them, with its error messages
// and positions (the caret lands just before the offending character).

extension Lexer {
    private func isDigit(_ c: Unicode.Scalar?) -> Bool { c.map { $0 >= "0" && $0 <= "9" } ?? false }

    mutating func scanNumber(start: Int, startLine: Int, startColumn: Int) {
        let c = scalars[pos]
        if c == "0", let x = peek(1), "xXoObB".unicodeScalars.contains(x) {
            scanRadixNumber(start: start, startLine: startLine, startColumn: startColumn, marker: x)
            return
        }
        if c != "." {
            let allZeros = scanDecimalDigits()
            if error != nil { return }
            let integerPart = String(source.string(start, pos).filter { $0 != "_" })
            let hasLeadingZero = integerPart.count > 1 && integerPart.hasPrefix("0")
            if hasLeadingZero && !allZeros {
                // "012" is an error unless it turns out to be a float ("012.5", "012e3").
                let next = peek()
                if next != "." && next != "e" && next != "E" && next != "j" && next != "J" {
                    fail("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                         line: startLine, column: startColumn, endColumn: startColumn + 1)
                    return
                }
            }
        }
        if peek() == "." {
            pos += 1
            if isDigit(peek()) {
                _ = scanDecimalDigits()
                if error != nil { return }
            }
        }
        if let e = peek(), e == "e" || e == "E" {
            let ePos = pos
            pos += 1
            if let sign = peek(), sign == "+" || sign == "-" {
                pos += 1
                if !isDigit(peek()) {
                    fail("invalid decimal literal", line: line, column: column - 1)
                    return
                }
            } else if !isDigit(peek()) {
                pos = ePos
                fail("invalid decimal literal", line: line, column: column - 1)
                return
            }
            _ = scanDecimalDigits()
            if error != nil { return }
        }
        if let j = peek(), j == "j" || j == "J" { pos += 1 }
        verifyEndOfNumber(kind: "decimal")
        if error == nil { emit(.number, from: start, startLine: startLine, startColumn: startColumn) }
    }

    /// Digits with single underscores between them; returns true when all digits are 0.
    private mutating func scanDecimalDigits() -> Bool {
        var allZeros = true
        while true {
            guard let c = peek() else { break }
            if isDigit(c) {
                if c != "0" { allZeros = false }
                pos += 1
            } else if c == "_" {
                pos += 1
                if !isDigit(peek()) {
                    fail("invalid decimal literal", line: line, column: column - 1)
                    return allZeros
                }
            } else {
                break
            }
        }
        return allZeros
    }

    private mutating func scanRadixNumber(start: Int, startLine: Int, startColumn: Int, marker: Unicode.Scalar) {
        pos += 2
        let (name, valid): (String, (Unicode.Scalar) -> Bool) = switch marker {
        case "x", "X": ("hexadecimal", { $0.properties.isASCIIHexDigit })
        case "o", "O": ("octal", { $0 >= "0" && $0 <= "7" })
        default: ("binary", { $0 == "0" || $0 == "1" })
        }
        var sawDigit = false
        while let c = peek() {
            if c == "_" {
                pos += 1
                guard let d = peek(), valid(d) else {
                    reportBadRadixDigit(name: name, valid: valid)
                    return
                }
            } else if valid(c) {
                sawDigit = true
                pos += 1
            } else {
                break
            }
        }
        if !sawDigit {
            reportBadRadixDigit(name: name, valid: valid)
            return
        }
        if let c = peek(), isDigit(c) {
            fail("invalid digit '\(Character(c))' in \(name) literal", line: line, column: column)
            return
        }
        verifyEndOfNumber(kind: name)
        if error == nil { emit(.number, from: start, startLine: startLine, startColumn: startColumn) }
    }

    private mutating func reportBadRadixDigit(name: String, valid: (Unicode.Scalar) -> Bool) {
        if let c = peek(), isDigit(c) {
            fail("invalid digit '\(Character(c))' in \(name) literal", line: line, column: column)
        } else {
            fail("invalid \(name) literal", line: line, column: column - 1)
        }
    }

    /// A number directly followed by a name character is an error, except the
    /// keywords 3.11 still accepts there (`1if x else y`, with a warning).
    private mutating func verifyEndOfNumber(kind: String) {
        guard let c = peek(), isIdentifierContinue(c) || (c.value >= 128 && isIdentifierStart(c)) else { return }
        var rest = ""
        var i = pos
        while i < end, isIdentifierContinue(scalars[i]), rest.unicodeScalars.count < 6 {
            rest.unicodeScalars.append(scalars[i])
            i += 1
        }
        for keyword in ["and", "else", "for", "if", "in", "is", "not", "or"] where rest.hasPrefix(keyword) {
            warnings.append(SyntaxWarningInfo(message: "invalid \(kind) literal", line: line,
                                              lineText: source.lineText(line)))
            return
        }
        fail("invalid \(kind) literal", line: line, column: column - 1)
    }
}
