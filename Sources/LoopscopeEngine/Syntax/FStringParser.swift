// f-strings with CPython 3.11's rules (Parser/string_parser.c): literal text
// with `{{`/`}}`, replacement fields whose expression text is found by
// scanning brackets and quotes and then re-parsed, `!r`/`!s`/`!a`, format specs
// with nested fields (two levels at most), and self-documenting `{x=}`.

struct FStringParser {
    let parser: Parser
    let token: Token
    let isRaw: Bool
    let end: Int
    var s: [Unicode.Scalar] { parser.source.scalars }

    init(parser: Parser, token: Token, isRaw: Bool, end: Int) {
        self.parser = parser
        self.token = token
        self.isRaw = isRaw
        self.end = end
    }

    /// f-string errors are reported at the end of the string token, as 3.11 does.
    func fail(_ message: String) -> ParseError {
        parser.error(message, loc: SourceLocation(line: token.endLine, column: token.endColumn))
    }

    /// Literal text and fields up to the end of the body (level 0) or up to the
    /// '}' closing a format spec (level > 0, not consumed).
    mutating func parseParts(_ i: inout Int, level: Int) throws(ParseError) -> [FStringPart] {
        var parts: [FStringPart] = []
        var literalStart = i
        var literal = ""
        func flush(_ upTo: Int) throws(ParseError) {
            if upTo > literalStart {
                literal += try parser.decodeEscapes(literalStart, upTo, raw: isRaw, token: token)
            }
            if !literal.isEmpty { parts.append(.literal(literal)) }
            literal = ""
        }
        while i < end {
            let c = s[i]
            if !isRaw && c == "\\" && i + 1 < end {
                // `\N{...}` contains braces that do not start a field.
                if s[i + 1] == "N" && i + 2 < end && s[i + 2] == "{" {
                    var j = i + 3
                    while j < end && s[j] != "}" { j += 1 }
                    i = min(j + 1, end)
                } else {
                    i += 2
                }
                continue
            }
            if c == "{" || c == "}" {
                if level == 0 {
                    if i + 1 < end && s[i + 1] == c {
                        try flush(i + 1)  // keep one brace
                        i += 2
                        literalStart = i
                        continue
                    }
                    if c == "}" { throw fail("f-string: single '}' is not allowed") }
                }
                try flush(i)
                if c == "}" { return parts }  // end of a format spec
                i += 1
                parts.append(try parseField(&i, level: level))
                literalStart = i
                continue
            }
            i += 1
        }
        try flush(i)
        return parts
    }

    /// After '{': expression, optional '=', '!conversion', ':spec', then '}'.
    mutating func parseField(_ i: inout Int, level: Int) throws(ParseError) -> FStringPart {
        if level >= 2 { throw fail("f-string: expressions nested too deeply") }
        let exprStart = i
        var stack: [Unicode.Scalar] = []
        var quote: Unicode.Scalar?
        var tripleQuoted = false
        while i < end {
            let ch = s[i]
            if ch == "\\" { throw fail("f-string expression part cannot include a backslash") }
            if let q = quote {
                if ch == q {
                    if !tripleQuoted {
                        quote = nil
                    } else if i + 2 < end && s[i + 1] == q && s[i + 2] == q {
                        i += 3
                        quote = nil
                        continue
                    }
                }
                i += 1
                continue
            }
            switch ch {
            case "'", "\"":
                tripleQuoted = i + 2 < end && s[i + 1] == ch && s[i + 2] == ch
                quote = ch
                i += tripleQuoted ? 3 : 1
                continue
            case "[", "(", "{":
                if stack.count >= 200 { throw fail("f-string: too many nested parenthesis") }
                stack.append(ch)
            case "#":
                throw fail("f-string expression part cannot include '#'")
            case "]", ")", "}":
                if stack.isEmpty {
                    if ch == "}" { break }
                    throw fail("f-string: unmatched '\(Character(ch))'")
                }
                let open = stack.removeLast()
                let expected: Unicode.Scalar = open == "(" ? ")" : open == "[" ? "]" : "}"
                if ch != expected {
                    throw fail("f-string: closing parenthesis '\(Character(ch))' does not match opening parenthesis '\(Character(open))'")
                }
                // A bracket that closes a nested display is part of the expression.
                i += 1
                continue
            case "!", ":", "=", "<", ">":
                if stack.isEmpty {
                    if ch != ":", i + 1 < end, s[i + 1] == "=" {
                        i += 2
                        continue
                    }
                    if ch == "<" || ch == ">" { break }
                }
            default:
                break
            }
            if stack.isEmpty && (ch == "!" || ch == ":" || ch == "}" || ch == "=") { break }
            i += 1
        }
        if quote != nil { throw fail("f-string: unterminated string") }
        if let open = stack.last { throw fail("f-string: unmatched '\(Character(open))'") }
        if i >= end { throw fail("f-string: expecting '}'") }
        let exprEnd = i
        if s[exprStart..<exprEnd].allSatisfy({ $0.properties.isWhitespace }) {
            throw fail("f-string: empty expression not allowed")
        }
        let expr = try compileExpression(exprStart, exprEnd)

        var debugText: String?
        if s[i] == "=" {
            i += 1
            while i < end && s[i].properties.isWhitespace { i += 1 }
            if i >= end { throw fail("f-string: expecting '}'") }
            debugText = parser.source.string(exprStart, i)
        }
        var conversion: Character?
        if s[i] == "!" {
            i += 1
            if i >= end { throw fail("f-string: expecting '}'") }
            let c = s[i]
            i += 1
            guard c == "s" || c == "r" || c == "a" else {
                throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
            }
            conversion = Character(c)
        }
        if i >= end { throw fail("f-string: expecting '}'") }
        var spec: [FStringPart]?
        if s[i] == ":" {
            i += 1
            spec = try parseParts(&i, level: level + 1)
        }
        guard i < end, s[i] == "}" else { throw fail("f-string: expecting '}'") }
        i += 1
        if debugText != nil && conversion == nil && spec == nil { conversion = "r" }
        return .formatted(expr, conversion: conversion, spec: spec, debugText: debugText)
    }

    /// Re-parses the field's text in place, so locations are the real ones.
    func compileExpression(_ start: Int, _ exprEnd: Int) throws(ParseError) -> Expr {
        let (line, column) = parser.source.position(of: start)
        var lexer = Lexer(source: parser.source, start: start, end: exprEnd, line: line, column: column)
        lexer.tokenize()
        if let lexError = lexer.error {
            // Tokenizer errors keep their wording (no "f-string: " prefix), as in 3.11.
            throw ParseError(info: relative(lexError.info, start, exprEnd), isGeneric: false,
                             tokenIndex: parser.pos, isFStringRelative: true)
        }
        let sub = Parser(source: parser.source, tokens: lexer.tokens, isFStringExpression: true)
        sub.depth = parser.depth
        do {
            return try sub.parseFStringExpression()
        } catch {
            var e = error
            if !e.isFStringRelative {
                if !e.info.message.hasPrefix("f-string") { e.info.message = "f-string: " + e.info.message }
                e.info = relative(e.info, start, exprEnd)
                e.isFStringRelative = true
            }
            e.isGeneric = false
            e.tokenIndex = parser.pos
            throw e
        }
    }

    /// CPython 3.11 parses a field as the string "(expr)", so its errors show
    /// that text with columns counted inside it.
    func relative(_ info: SyntaxErrorInfo, _ start: Int, _ exprEnd: Int) -> SyntaxErrorInfo {
        var out = info
        let source = parser.source
        func column(line: Int, column: Int) -> Int {
            guard line >= 1 && line <= source.lineStarts.count else { return column }
            return source.lineStarts[line - 1] + column - 1 - start + 2
        }
        out.column = column(line: info.line, column: info.column)
        if info.endColumn > 0 { out.endColumn = column(line: info.endLine, column: info.endColumn) }
        out.line = source.position(of: start).line
        out.endLine = out.line
        out.lineText = "(" + source.string(start, exprEnd) + ")"
        return out
    }
}
