// The tokenizer, following CPython's Parser/tokenizer.c: INDENT/DEDENT from an
// indentation stack (tabs to multiples of 8, checked against tab size 1 for
// TabError), blank and comment-only lines ignored, implicit line joining inside
// brackets, backslash continuation. It tokenizes everything up front and stops
// at the first error, which the parser reports when it gets there (or earlier,
// as CPython does when a generic parse error hides a tokenizer error).

import Foundation

struct LexError: Sendable {
    var info: SyntaxErrorInfo
    /// CPython raises these inside the tokenizer itself, so they win over parser
    /// errors found earlier in the file (indentation errors do not).
    var overridesParserErrors: Bool
}

struct OpenBracket: Sendable {
    var char: Unicode.Scalar
    var line: Int
    var column: Int
}

struct Lexer {
    static let maxIndent = 100
    static let maxParenLevel = 200

    let source: SourceText
    /// The source's scalars, held directly: the hot loops index this array.
    let scalars: [Unicode.Scalar]
    var pos: Int
    let end: Int
    var line: Int
    var lineStart: Int  // index of the current line's first scalar (for columns)
    /// True for the expression part of an f-string: no NEWLINE/INDENT/DEDENT.
    let isSubExpression: Bool

    var tokens: [Token] = []
    var error: LexError?
    var warnings: [SyntaxWarningInfo] = []
    var brackets: [OpenBracket] = []
    var indents: [Int] = [0]
    var altIndents: [Int] = [0]
    var atLineStart = true
    var lineHasTokens = false

    init(source: SourceText) {
        self.source = source
        self.scalars = source.scalars
        self.pos = 0
        self.end = source.scalars.count
        self.line = 1
        self.lineStart = 0
        self.isSubExpression = false
    }

    /// A lexer for `source[start..<end]`, which begins at (line, column): the
    /// expression inside an f-string replacement field. Lexed as inside brackets.
    init(source: SourceText, start: Int, end: Int, line: Int, column: Int) {
        self.source = source
        self.scalars = source.scalars
        self.pos = start
        self.end = end
        self.line = line
        self.lineStart = start - (column - 1)
        self.isSubExpression = true
        self.atLineStart = false
        self.brackets = [OpenBracket(char: "(", line: line, column: column)]
    }

    var column: Int { pos - lineStart + 1 }

    func peek(_ offset: Int = 0) -> Unicode.Scalar? {
        let i = pos + offset
        return i < end ? scalars[i] : nil
    }

    mutating func tokenize() {
        while error == nil {
            if !scanToken() { break }
        }
    }

    // MARK: - Emitting

    mutating func emit(_ kind: TokenKind, from start: Int, startLine: Int, startColumn: Int) {
        var token = Token(kind: kind, text: source.string(start, pos), line: startLine, column: startColumn,
                          endLine: line, endColumn: column)
        token.startIndex = start
        tokens.append(token)
        if kind != .newline { lineHasTokens = true }
    }

    mutating func emitEmpty(_ kind: TokenKind, line: Int, column: Int) {
        tokens.append(Token(kind: kind, text: "", line: line, column: column, endLine: line, endColumn: column))
    }

    mutating func fail(_ message: String, line: Int, column: Int, endColumn: Int? = nil,
                       kind: SyntaxErrorInfo.Kind = .syntaxError, overrides: Bool = true,
                       withNewline: Bool = false) {
        let text = withNewline ? source.lineText(line) : source.lineTextWithoutNewline(line)
        error = LexError(info: SyntaxErrorInfo(kind: kind, message: message, line: line, column: column,
                                               endLine: line, endColumn: endColumn ?? column, lineText: text),
                         overridesParserErrors: overrides)
    }

    /// CPython: printable characters are quoted, others named by code point only.
    mutating func failInvalidCharacter(_ c: Unicode.Scalar, line: Int, column: Int) {
        let isPrintable: Bool
        switch c.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator,
             .spaceSeparator:
            isPrintable = false
        default:
            isPrintable = true
        }
        let message = isPrintable ? "invalid character '\(Character(c))' (U+\(hex4(c.value)))"
                                  : "invalid non-printable character U+\(hex4(c.value))"
        fail(message, line: line, column: column)
    }

    mutating func newLine() {
        line += 1
        lineStart = pos
    }

    // MARK: - Main loop

    /// Scans one token (or a run of INDENT/DEDENT); false at end of input.
    mutating func scanToken() -> Bool {
        if atLineStart && brackets.isEmpty && !isSubExpression {
            if !scanIndentation() { return error == nil && pos < end ? true : finishIfAtEnd() }
            if error != nil { return false }
        }
        // Whitespace between tokens.
        while let c = peek(), c == " " || c == "\t" || c == "\u{0C}" { pos += 1 }
        guard let c = peek() else { return finish() }
        let startLine = line, startColumn = column, start = pos
        switch c {
        case "#":
            while let d = peek(), d != "\n" { pos += 1 }
            return true
        case "\n":
            pos += 1
            if brackets.isEmpty && !isSubExpression && lineHasTokens {
                tokens.append(Token(kind: .newline, text: "\n", line: startLine, column: startColumn,
                                    endLine: startLine, endColumn: startColumn))
                lineHasTokens = false
                atLineStart = true
            } else if brackets.isEmpty && !isSubExpression {
                atLineStart = true
            }
            newLine()
            return true
        case "\\":
            pos += 1
            guard let next = peek() else {
                fail("unexpected EOF while parsing", line: startLine, column: startColumn + 1, endColumn: -1,
                     overrides: false)
                return false
            }
            if next != "\n" {
                fail("unexpected character after line continuation character", line: startLine,
                     column: startColumn + 1, endColumn: 0, overrides: false, withNewline: true)
                return false
            }
            pos += 1
            newLine()
            if peek() == nil && !isSubExpression {
                fail("unexpected EOF while parsing", line: startLine, column: startColumn + 1, endColumn: -1,
                     overrides: false)
                return false
            }
            return true
        case "\"", "'":
            scanString(prefixStart: start, startLine: startLine, startColumn: startColumn)
            return error == nil
        case "0"..."9":
            scanNumber(start: start, startLine: startLine, startColumn: startColumn)
            return error == nil
        case ".":
            if let d = peek(1), ("0"..."9").contains(d) {
                scanNumber(start: start, startLine: startLine, startColumn: startColumn)
                return error == nil
            }
            scanOperator(start: start, startLine: startLine, startColumn: startColumn)
            return error == nil
        default:
            if isIdentifierStart(c) {
                scanNameOrPrefixedString(start: start, startLine: startLine, startColumn: startColumn)
                return error == nil
            }
            if c.value >= 128 {
                failInvalidCharacter(c, line: startLine, column: startColumn)
                return false
            }
            scanOperator(start: start, startLine: startLine, startColumn: startColumn)
            return error == nil
        }
    }

    /// End of input: close the logical line, dedent to column 0, end marker.
    mutating func finish() -> Bool {
        if isSubExpression || !brackets.isEmpty {
            // Inside brackets at end of input CPython's tokenizer stops with an
            // error token; the parser then reports the bracket as never closed.
            emitEmpty(.endOfFile, line: line, column: column)
            return false
        }
        if lineHasTokens {
            tokens.append(Token(kind: .newline, text: "", line: line, column: column, endLine: line,
                                endColumn: column))
            lineHasTokens = false
        }
        let eofLine = pos > lineStart ? line + 1 : line
        for _ in 1..<indents.count { emitEmpty(.dedent, line: eofLine, column: 1) }
        indents = [0]
        emitEmpty(.endOfFile, line: eofLine, column: 1)
        return false
    }

    mutating func finishIfAtEnd() -> Bool {
        if pos >= end { return finish() }
        return true
    }

    // MARK: - Indentation

    /// Measures the indentation at the start of a line and emits INDENT/DEDENT.
    /// Returns false (having consumed the line) for blank and comment-only lines.
    mutating func scanIndentation() -> Bool {
        var col = 0, altCol = 0
        while let c = peek() {
            if c == " " {
                col += 1; altCol += 1
            } else if c == "\t" {
                col = (col / 8 + 1) * 8
                altCol += 1
            } else if c == "\u{0C}" {
                col = 0; altCol = 0
            } else {
                break
            }
            pos += 1
        }
        let c = peek()
        if c == "#" || c == "\n" || c == "\\" && peek(1) == "\n" {
            // Blank or comment-only line: no tokens, no indentation change.
            if c == "#" { while let d = peek(), d != "\n" { pos += 1 } }
            if c == "\\" { pos += 1 }
            if peek() == "\n" {
                pos += 1
                newLine()
            }
            return false
        }
        atLineStart = false
        if c == nil { return true }  // end of file: finish() dedents
        let indentChars = pos - lineStart
        if col == indents[indents.count - 1] {
            if altCol != altIndents[altIndents.count - 1] { tabError() }
        } else if col > indents[indents.count - 1] {
            if indents.count >= Lexer.maxIndent {
                fail("too many levels of indentation", line: line, column: indentChars, endColumn: -1,
                     kind: .indentationError, overrides: false, withNewline: true)
                return true
            }
            if altCol <= altIndents[altIndents.count - 1] { tabError(); return true }
            indents.append(col)
            altIndents.append(altCol)
            tokens.append(Token(kind: .indent, text: "", line: line, column: 1, endLine: line,
                                endColumn: indentChars + 1))
        } else {
            while indents.count > 1 && col < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                emitEmpty(.dedent, line: line, column: indentChars + 1)
            }
            if col != indents[indents.count - 1] {
                var lineEnd = pos
                while lineEnd < end && scalars[lineEnd] != "\n" { lineEnd += 1 }
                fail("unindent does not match any outer indentation level", line: line,
                     column: lineEnd - lineStart + 1, endColumn: -1, kind: .indentationError,
                     overrides: false, withNewline: true)
                return true
            }
            if altCol != altIndents[altIndents.count - 1] { tabError() }
        }
        return true
    }

    mutating func tabError() {
        fail("inconsistent use of tabs and spaces in indentation", line: line, column: 1, endColumn: 0,
             kind: .tabError, overrides: false, withNewline: true)
    }

    // MARK: - Names and operators

    mutating func scanNameOrPrefixedString(start: Int, startLine: Int, startColumn: Int) {
        while let c = peek(), isIdentifierContinue(c) { pos += 1 }
        if let q = peek(), q == "\"" || q == "'", pos - start <= 2 {
            let prefix = source.string(start, pos).lowercased()
            if ["r", "u", "f", "b", "br", "rb", "fr", "rf"].contains(prefix) {
                scanString(prefixStart: start, startLine: startLine, startColumn: startColumn)
                return
            }
        }
        // A non-ASCII scalar that is not an identifier character ends the name;
        // CPython reports it as an invalid character.
        if let c = peek(), c.value >= 128, !isIdentifierContinue(c) {
            failInvalidCharacter(c, line: line, column: column)
            return
        }
        emit(.name, from: start, startLine: startLine, startColumn: startColumn)
        // Identifiers are NFKC-normalised (PEP 3131): `ﬁ` and `fi` are one name.
        if scalars[start..<pos].contains(where: { $0.value >= 128 }), var last = tokens.popLast() {
            last.text = last.text.precomposedStringWithCompatibilityMapping
            tokens.append(last)
        }
    }

    /// Length of the operator starting at `pos` (longest match), 1 for anything else.
    func operatorLength() -> Int {
        let c = scalars[pos]
        let n1 = peek(1), n2 = peek(2)
        switch c {
        case "*", "/", ">", "<":
            // ** // >> << and their augmented forms, or c=.
            if n1 == c {
                return n2 == "=" ? 3 : 2
            }
            return n1 == "=" ? 2 : 1
        case ".":
            return n1 == "." && n2 == "." ? 3 : 1
        case "-":
            return n1 == "=" || n1 == ">" ? 2 : 1
        case "!", "%", "&", "+", ":", "=", "@", "^", "|":
            return n1 == "=" ? 2 : 1
        default:
            return 1
        }
    }

    mutating func scanOperator(start: Int, startLine: Int, startColumn: Int) {
        let length = operatorLength()
        let c = scalars[pos]
        pos += length
        if length == 1 {
            switch c {
            case "(", "[", "{":
                if brackets.count >= Lexer.maxParenLevel {
                    fail("too many nested parentheses", line: startLine, column: startColumn)
                    return
                }
                brackets.append(OpenBracket(char: c, line: startLine, column: startColumn))
            case ")", "]", "}":
                guard let open = brackets.last, !(isSubExpression && brackets.count == 1) else {
                    fail("unmatched '\(Character(c))'", line: startLine, column: startColumn)
                    return
                }
                let expected: Unicode.Scalar = open.char == "(" ? ")" : open.char == "[" ? "]" : "}"
                if c != expected {
                    var message = "closing parenthesis '\(Character(c))' does not match opening parenthesis '\(Character(open.char))'"
                    if open.line != startLine { message += " on line \(open.line)" }
                    fail(message, line: startLine, column: startColumn)
                    return
                }
                brackets.removeLast()
            default:
                break
            }
        }
        emit(.op, from: start, startLine: startLine, startColumn: startColumn)
    }
}

func isIdentifierStart(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 {
        return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_"
    }
    return c.properties.isXIDStart
}

func isIdentifierContinue(_ c: Unicode.Scalar) -> Bool {
    if c.value < 128 {
        return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c == "_" || (c >= "0" && c <= "9")
    }
    return c.properties.isXIDContinue
}

func hex4(_ v: UInt32) -> String {
    let s = String(v, radix: 16, uppercase: true)
    return s.count >= 4 ? s : String(repeating: "0", count: 4 - s.count) + s
}
