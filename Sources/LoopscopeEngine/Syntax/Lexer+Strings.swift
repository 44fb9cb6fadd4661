// Finds the extent of a string literal (the parser decodes it). As in 3.11 an
// f-string is one token; its replacement fields are re-parsed later.

extension Lexer {
    mutating func scanString(prefixStart: Int, startLine: Int, startColumn: Int) {
        guard let quote = peek() else { return }
        let isTriple = peek(1) == quote && peek(2) == quote
        pos += isTriple ? 3 : 1
        while true {
            guard let c = peek() else {
                if isTriple {
                    fail("unterminated triple-quoted string literal (detected at line \(source.lastLineNumber))",
                         line: startLine, column: startColumn)
                } else {
                    fail("unterminated string literal (detected at line \(line))", line: startLine,
                         column: startColumn)
                }
                return
            }
            if c == "\\" {
                pos += 1
                if let next = peek() {
                    pos += 1
                    if next == "\n" { newLine() }
                }
                continue
            }
            if c == "\n" {
                if !isTriple {
                    fail("unterminated string literal (detected at line \(line))", line: startLine,
                         column: startColumn)
                    return
                }
                pos += 1
                newLine()
                continue
            }
            if c == quote {
                if !isTriple {
                    pos += 1
                    break
                }
                if peek(1) == quote && peek(2) == quote {
                    pos += 3
                    break
                }
            }
            pos += 1
        }
        emit(.string, from: prefixStart, startLine: startLine, startColumn: startColumn)
    }
}
