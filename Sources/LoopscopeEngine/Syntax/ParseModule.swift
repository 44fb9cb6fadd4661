// The public entry points: source text (or raw bytes) → checked Module, or a
// SyntaxErrorInfo worded and positioned as CPython 3.11 reports it.

import Foundation

/// Parses and checks a whole program. Runs on a thread with a large stack so
/// deeply nested (but bounded) input can never overflow the caller's stack.
public func parseModule(source: String, filename: String) throws(SyntaxErrorInfo) -> Module {
    try parseProgram(source: source, filename: filename).module
}

/// Like `parseModule`, also returning the SyntaxWarnings CPython prints
/// (with `formatSyntaxWarning`) before the program runs.
public func parseProgram(source: String, filename: String) throws(SyntaxErrorInfo) -> ParsedProgram {
    final class Job: @unchecked Sendable {
        let source: String
        var result: Result<ParsedProgram, SyntaxErrorInfo>?
        init(source: String) { self.source = source }
    }
    let job = Job(source: source)
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        job.result = Result { () throws(SyntaxErrorInfo) -> ParsedProgram in try parseProgramOnCurrentThread(source: job.source) }
        done.signal()
    }
    thread.stackSize = 64 << 20
    thread.start()
    done.wait()
    switch job.result {
    case .success(let program)?: return program
    case .failure(let error)?: throw error
    case nil: throw SyntaxErrorInfo(message: "internal parser failure", line: 0, column: 0)
    }
}

/// Raw file contents: rejects bytes that are not UTF-8 with CPython's message, skips a BOM.
public func parseModule(bytes: [UInt8], filename: String) throws(SyntaxErrorInfo) -> Module {
    try parseProgram(bytes: bytes, filename: filename).module
}

public func parseProgram(bytes: [UInt8], filename: String) throws(SyntaxErrorInfo) -> ParsedProgram {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if let encoding = SourceEncoding.declared(body), SourceEncoding.isLatin1(encoding) {
        return try parseProgram(source: SourceEncoding.decodeLatin1(body), filename: filename)
    }
    if let (badByte, line) = firstInvalidUTF8(body) {
        let hex = String(badByte, radix: 16)
        throw SyntaxErrorInfo(
            message: "Non-UTF-8 code starting with '\\x\(hex.count == 1 ? "0" + hex : hex)' in file \(filename) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            line: 0, column: 0)
    }
    return try parseProgram(source: String(decoding: body, as: UTF8.self), filename: filename)
}

/// The first byte that does not start or continue a valid UTF-8 sequence, and its line.
func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> (UInt8, Int)? {
    var line = 1
    var i = bytes.startIndex
    while i < bytes.endIndex {
        let b = bytes[i]
        if b == 0x0A { line += 1 }
        if b < 0x80 { i += 1; continue }
        let length: Int
        if b & 0xE0 == 0xC0 && b >= 0xC2 { length = 2 } else if b & 0xF0 == 0xE0 { length = 3 } else if b & 0xF8 == 0xF0 && b <= 0xF4 { length = 4 } else { return (b, line) }
        if i + length > bytes.endIndex { return (b, line) }
        var scalar = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let c = bytes[i + k]
            if c & 0xC0 != 0x80 { return (b, line) }
            scalar = scalar << 6 | UInt32(c & 0x3F)
        }
        if (length == 3 && (scalar < 0x800 || (0xD800...0xDFFF).contains(scalar))) || (length == 4 && (scalar < 0x10000 || scalar > 0x10FFFF)) {
            return (b, line)
        }
        i += length
    }
    return nil
}

/// Parsing proper, on the caller's thread (the bounds in Lexer and Parser keep
/// recursion to a few thousand frames).
func parseModuleOnCurrentThread(source: String) throws(SyntaxErrorInfo) -> Module {
    try parseProgramOnCurrentThread(source: source).module
}

func parseProgramOnCurrentThread(source: String) throws(SyntaxErrorInfo) -> ParsedProgram {
    // The byte scan first: finding the index through the scalar view walks every scalar.
    if source.utf8.contains(0), let nul = source.unicodeScalars.firstIndex(of: "\0") {
        let before = source.unicodeScalars[..<nul]
        let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: "\n").map { source.unicodeScalars.index(after: $0) } ?? source.unicodeScalars.startIndex
        throw SyntaxErrorInfo(message: "source code cannot contain null bytes", line: line, column: 0,
                              endColumn: 0, lineText: String(source.unicodeScalars[lineStart..<nul]))
    }
    let text = SourceText(source)
    var lexer = Lexer(source: text)
    lexer.tokenize()
    var tokens = lexer.tokens
    if let lexError = lexer.error {
        // The parser fails when it reaches this stand-in for the bad token.
        tokens.append(Token(kind: .endOfFile, text: "", line: lexError.info.line, column: lexError.info.column,
                            endLine: lexError.info.line, endColumn: lexError.info.column))
    }
    let parser = Parser(source: text, tokens: tokens)
    let module: Module
    do {
        module = try parser.parseFile()
    } catch {
        throw resolveParseFailure(error, lexer: lexer, tokens: tokens, source: text)
    }
    // Indentation errors stop the token stream where a statement may end.
    if let lexError = lexer.error { throw lexError.info }
    if let deep = firstTooDeepExpression(module.body) {
        throw SyntaxErrorInfo(message: "too complex", line: deep.loc.line, column: deep.loc.column,
                              endLine: deep.loc.endLine, endColumn: deep.loc.endColumn,
                              lineText: text.lineText(deep.loc.line))
    }
    let compileWarnings = try SemanticCheck(source: text).check(module)
    return ParsedProgram(module: module, warnings: lexer.warnings + compileWarnings)
}

/// Which error CPython would report (_PyPegen_set_syntax_error): a tokenizer
/// error the parser reached or that the tokenizer raises itself, an unclosed
/// bracket at end of input, or the parser's own error.
func resolveParseFailure(_ failure: ParseError, lexer: Lexer, tokens: [Token], source: SourceText) -> SyntaxErrorInfo {
    if let lexError = lexer.error {
        // An unexpected indent stops CPython's parser before its tokenizer
        // reaches a later bad token (an unmatched `]`).
        if failure.info.message == "unexpected indent", failure.info.line < lexError.info.line,
           lexError.info.message.hasPrefix("unmatched ") || lexError.info.message.hasPrefix("closing parenthesis") {
            return failure.info
        }
        if failure.tokenIndex >= tokens.count - 1 || lexError.overridesParserErrors { return lexError.info }
        return failure.info
    }
    if let open = lexer.brackets.last {
        let reachedEnd = failure.tokenIndex >= tokens.count - 1
        if reachedEnd || failure.info.line > open.line {
            return SyntaxErrorInfo(message: "'\(Character(open.char))' was never closed", line: open.line,
                                   column: open.column, endLine: open.line, endColumn: 0,
                                   lineText: source.lineText(open.line))
        }
    }
    return failure.info
}
