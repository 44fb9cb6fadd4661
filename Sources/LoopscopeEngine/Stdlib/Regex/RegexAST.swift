// The parsed form of a regular expression, as the backtracking matcher
// walks it. Characters are Unicode scalars: Python indexes str by code point.

struct RegexFlags: OptionSet, Sendable {
    let rawValue: Int
    static let ignoreCase = RegexFlags(rawValue: 2)
    static let locale = RegexFlags(rawValue: 4)
    static let multiline = RegexFlags(rawValue: 8)
    static let dotAll = RegexFlags(rawValue: 16)
    static let unicode = RegexFlags(rawValue: 32)
    static let verbose = RegexFlags(rawValue: 64)
    static let debug = RegexFlags(rawValue: 128)
    static let ascii = RegexFlags(rawValue: 256)
}

/// One member of a character class: a range or a category (`\d`, `\w`, `\s` and negations).
enum ClassItem: Sendable {
    case range(UInt32, UInt32)
    case digit(negated: Bool)
    case word(negated: Bool)
    case space(negated: Bool)
}

struct CharClass: Sendable {
    var items: [ClassItem] = []
    var negated = false
    var ignoreCase = false
    var ascii = false
}

indirect enum RegexNode: Sendable {
    case empty
    case literal(UInt32, ignoreCase: Bool)
    case any(dotAll: Bool)
    case charClass(CharClass)
    case lineStart(multiline: Bool)   // ^
    case lineEnd(multiline: Bool)     // $
    case stringStart                  // \A
    case stringEnd                    // \Z
    case wordBoundary(negated: Bool, ascii: Bool)
    case group(Int, RegexNode)        // capturing group number
    case concat([RegexNode])
    case alternation([RegexNode])
    case repeating(RegexNode, min: Int, max: Int, greedy: Bool)  // max = Int.max for unbounded
    case backref(Int, ignoreCase: Bool)
    case look(RegexNode, ahead: Bool, negated: Bool, width: Int)
    case conditional(Int, yes: RegexNode, no: RegexNode)
    /// `(?>...)` and possessive quantifiers (3.11): the first way the body matches, never retried.
    case atomic(RegexNode)
}

/// A pattern parsed and ready to match.
struct CompiledRegex: Sendable {
    let root: RegexNode
    let groupCount: Int
    let groupNames: [(String, Int)]
    let flags: RegexFlags
}

/// A bad pattern: CPython's re.error message and position.
struct RegexError: Error {
    let message: String
    let position: Int?
}
