// PEP 657 caret lines under a traceback's source line, as CPython 3.11
// prints them (Python/traceback.c `tb_displayline`, Lib/traceback.py
// `format_frame_summary`):
//
//     return a / b + c
//            ~~^~~
//
// The underlined range is the failing instruction's source range. A binary
// operator or a subscript gets its operator (`^`) set apart from its
// operands (`~`); a range covering the whole line gets no carets at all.

/// The caret line (with its 4-space indent and newline) for `rawLine`, the
/// full source line the frame stopped on, or nil when CPython prints none.
/// Columns are 0-based Unicode scalar offsets into `rawLine`, `endColumn`
/// exclusive.
func tracebackCaretLine(rawLine: String, line: Int, column: Int, endLine: Int, endColumn: Int) -> String? {
    guard line > 0, column >= 0, endColumn >= 0, endLine >= line else { return nil }
    let chars = Array(rawLine.unicodeScalars)
    let indent = chars.prefix { isCaretWhitespace($0) }.count
    let shown = chars.count - indent
    guard shown > 0, column <= chars.count else { return nil }
    let start = column
    var end: Int
    var anchors: CaretAnchors?
    if endLine == line {
        end = min(endColumn, chars.count)
        guard end >= start else { return nil }
        anchors = caretAnchors(segment: Array(chars[start..<end]))
    } else {
        // A range running onto later lines is underlined to the last
        // non-blank character of its first line.
        var i = chars.count
        while i > 0 && isCaretWhitespace(chars[i - 1]) { i -= 1 }
        end = max(i, start)
    }
    // Carets spanning the whole shown line say nothing: CPython omits them.
    if end - start == shown && anchors == nil { return nil }
    let displayStart = displayWidth(chars[..<start])
    let displayEnd = displayWidth(chars[..<end])
    var out = "    " + String(repeating: " ", count: max(displayStart - indent, 0))
    if let a = anchors {
        let segment = chars[start..<end]
        let left = displayWidth(segment.prefix(a.leftEnd))
        let right = displayWidth(segment.prefix(a.rightStart))
        out += String(repeating: "~", count: left)
        out += String(repeating: "^", count: max(right - left, 0))
        out += String(repeating: "~", count: max(displayEnd - displayStart - right, 0))
    } else {
        out += String(repeating: "^", count: displayEnd - displayStart)
    }
    return out + "\n"
}

/// traceback.c's IS_WHITESPACE: what is stripped before the shown line.
private func isCaretWhitespace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{0C}" }

/// Where the primary (`^`) part of a segment starts and ends, in scalars.
struct CaretAnchors: Equatable {
    var leftEnd: Int
    var rightStart: Int
}

/// traceback.c's `extract_anchors_from_line`: parse the underlined text on
/// its own; a lone binary operation puts `^` under its operator, a lone
/// subscript under its `[...]`. Offsets are in scalars of `segment`.
func caretAnchors(segment: [Unicode.Scalar]) -> CaretAnchors? {
    var text = ""
    text.unicodeScalars.append(contentsOf: segment)
    // `parseModule` parses on its own large stack: a pathologically nested
    // line cannot overflow the stack of whoever prints the traceback.
    guard let module = try? parseModule(source: text, filename: "<traceback>"), module.body.count == 1,
          case .expr(let expr) = module.body[0].kind else { return nil }
    // AST columns are 1-based; anchors are 0-based.
    switch expr.kind {
    case .binary(_, let left, let right):
        guard left.loc.endLine == 1, right.loc.line == 1 else { return nil }
        let operandEnd = left.loc.endColumn - 1, nextOperand = min(right.loc.column - 1, segment.count)
        // The operator: the first character after the left operand that is
        // neither blank nor a closing parenthesis, two wide when it is `//`, `**`...
        var i = operandEnd
        while i < nextOperand && (isCaretWhitespace(segment[i]) || segment[i] == ")") { i += 1 }
        guard i < nextOperand else { return nil }
        var rightStart = i + 1
        if i + 1 < nextOperand && !isCaretWhitespace(segment[i + 1]) { rightStart += 1 }
        return CaretAnchors(leftEnd: i, rightStart: rightStart)
    case .subscript(let value, let index):
        guard value.loc.endLine == 1, index.loc.endLine == 1 else { return nil }
        var leftEnd = value.loc.endColumn - 1
        var rightStart = index.loc.endColumn
        while leftEnd < segment.count && segment[leftEnd] != "[" { leftEnd += 1 }
        while rightStart < segment.count && segment[rightStart] != "]" { rightStart += 1 }
        if rightStart < segment.count { rightStart += 1 }
        return CaretAnchors(leftEnd: leftEnd, rightStart: rightStart)
    default:
        return nil
    }
}

/// `_display_width`: East Asian wide and fullwidth characters take two columns.
func displayWidth<S: Sequence>(_ scalars: S) -> Int where S.Element == Unicode.Scalar {
    var width = 0
    for s in scalars { width += isWideScalar(s) ? 2 : 1 }
    return width
}

private func isWideScalar(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    if v < 0x1100 { return false }
    var lo = 0, hi = wideRanges.count - 1
    while lo <= hi {
        let mid = (lo + hi) / 2
        let r = wideRanges[mid]
        if v < r.0 { hi = mid - 1 } else if v > r.1 { lo = mid + 1 } else { return true }
    }
    return false
}

/// Assigned code points whose East_Asian_Width is W or F (Unicode 14.0, the
/// database of CPython 3.11's unicodedata).
private let wideRanges: [(UInt32, UInt32)] = [
    (0x1100, 0x115F),
    (0x231A, 0x231B),
    (0x2329, 0x232A),
    (0x23E9, 0x23EC),
    (0x23F0, 0x23F0),
    (0x23F3, 0x23F3),
    (0x25FD, 0x25FE),
    (0x2614, 0x2615),
    (0x2648, 0x2653),
    (0x267F, 0x267F),
    (0x2693, 0x2693),
    (0x26A1, 0x26A1),
    (0x26AA, 0x26AB),
    (0x26BD, 0x26BE),
    (0x26C4, 0x26C5),
    (0x26CE, 0x26CE),
    (0x26D4, 0x26D4),
    (0x26EA, 0x26EA),
    (0x26F2, 0x26F3),
    (0x26F5, 0x26F5),
    (0x26FA, 0x26FA),
    (0x26FD, 0x26FD),
    (0x2705, 0x2705),
    (0x270A, 0x270B),
    (0x2728, 0x2728),
    (0x274C, 0x274C),
    (0x274E, 0x274E),
    (0x2753, 0x2755),
    (0x2757, 0x2757),
    (0x2795, 0x2797),
    (0x27B0, 0x27B0),
    (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C),
    (0x2B50, 0x2B50),
    (0x2B55, 0x2B55),
    (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3),
    (0x2F00, 0x2FD5),
    (0x2FF0, 0x2FFB),
    (0x3000, 0x303E),
    (0x3041, 0x3096),
    (0x3099, 0x30FF),
    (0x3105, 0x312F),
    (0x3131, 0x318E),
    (0x3190, 0x31E3),
    (0x31F0, 0x321E),
    (0x3220, 0x3247),
    (0x3250, 0x4DBF),
    (0x4E00, 0xA48C),
    (0xA490, 0xA4C6),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9),
    (0xFE10, 0xFE19),
    (0xFE30, 0xFE52),
    (0xFE54, 0xFE66),
    (0xFE68, 0xFE6B),
    (0xFF01, 0xFF60),
    (0xFFE0, 0xFFE6),
    (0x16FE0, 0x16FE4),
    (0x16FF0, 0x16FF1),
    (0x17000, 0x187F7),
    (0x18800, 0x18CD5),
    (0x18D00, 0x18D08),
    (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB),
    (0x1AFFD, 0x1AFFE),
    (0x1B000, 0x1B122),
    (0x1B150, 0x1B152),
    (0x1B164, 0x1B167),
    (0x1B170, 0x1B2FB),
    (0x1F004, 0x1F004),
    (0x1F0CF, 0x1F0CF),
    (0x1F18E, 0x1F18E),
    (0x1F191, 0x1F19A),
    (0x1F200, 0x1F202),
    (0x1F210, 0x1F23B),
    (0x1F240, 0x1F248),
    (0x1F250, 0x1F251),
    (0x1F260, 0x1F265),
    (0x1F300, 0x1F320),
    (0x1F32D, 0x1F335),
    (0x1F337, 0x1F37C),
    (0x1F37E, 0x1F393),
    (0x1F3A0, 0x1F3CA),
    (0x1F3CF, 0x1F3D3),
    (0x1F3E0, 0x1F3F0),
    (0x1F3F4, 0x1F3F4),
    (0x1F3F8, 0x1F43E),
    (0x1F440, 0x1F440),
    (0x1F442, 0x1F4FC),
    (0x1F4FF, 0x1F53D),
    (0x1F54B, 0x1F54E),
    (0x1F550, 0x1F567),
    (0x1F57A, 0x1F57A),
    (0x1F595, 0x1F596),
    (0x1F5A4, 0x1F5A4),
    (0x1F5FB, 0x1F64F),
    (0x1F680, 0x1F6C5),
    (0x1F6CC, 0x1F6CC),
    (0x1F6D0, 0x1F6D2),
    (0x1F6D5, 0x1F6D7),
    (0x1F6DD, 0x1F6DF),
    (0x1F6EB, 0x1F6EC),
    (0x1F6F4, 0x1F6FC),
    (0x1F7E0, 0x1F7EB),
    (0x1F7F0, 0x1F7F0),
    (0x1F90C, 0x1F93A),
    (0x1F93C, 0x1F945),
    (0x1F947, 0x1F9FF),
    (0x1FA70, 0x1FA74),
    (0x1FA78, 0x1FA7C),
    (0x1FA80, 0x1FA86),
    (0x1FA90, 0x1FAAC),
    (0x1FAB0, 0x1FABA),
    (0x1FAC0, 0x1FAC5),
    (0x1FAD0, 0x1FAD9),
    (0x1FAE0, 0x1FAE7),
    (0x1FAF0, 0x1FAF6),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x2F800, 0x2FA1D),
    (0x30000, 0x3134A)
]
