// Pattern text → RegexNode, with CPython 3.11's re.error messages and
// positions. Inline flags, verbose mode, named groups, backreferences,
// lookaround and conditionals are handled here; the matcher sees none of
// the syntax.

struct RegexParser {
    let p: [UInt32]
    var i = 0
    var flags: RegexFlags
    var groupCount = 0
    var names: [(String, Int)] = []
    var openGroups: Set<Int> = []
    /// `(?(N)...)` may name a group defined later; checked once the pattern is read.
    var conditionalRefs: [(Int, Int)] = []

    init(_ pattern: String, flags: RegexFlags) {
        p = pattern.unicodeScalars.map(\.value)
        self.flags = flags
    }

    static func compile(_ pattern: String, flags: RegexFlags) throws -> CompiledRegex {
        var parser = RegexParser(pattern, flags: flags)
        let root = try parser.parseAll()
        return CompiledRegex(root: root, groupCount: parser.groupCount, groupNames: parser.names, flags: parser.flags)
    }

    func error(_ message: String, at pos: Int? = nil) -> RegexError {
        RegexError(message: message, position: pos ?? i)
    }

    var atEnd: Bool { i >= p.count }
    func peek(_ k: Int = 0) -> UInt32? { i + k < p.count ? p[i + k] : nil }
    func isChar(_ c: Character, _ k: Int = 0) -> Bool { peek(k) == c.unicodeScalars.first!.value }

    mutating func parseAll() throws -> RegexNode {
        try leadingGlobalFlags()
        let node = try parseAlternation()
        if !atEnd {
            if isChar(")") { throw error("unbalanced parenthesis") }
            throw error("unexpected end of pattern")
        }
        if let (g, pos) = conditionalRefs.first(where: { $0.0 > groupCount || $0.0 == 0 }) {
            throw error("invalid group reference \(g)", at: pos)
        }
        return node
    }

    /// `(?imsx)` at the very start sets flags for the whole pattern.
    mutating func leadingGlobalFlags() throws {
        while isChar("("), isChar("?", 1), let c = peek(2), Self.flagLetter(c) != nil {
            var j = i + 2
            var add: RegexFlags = []
            while j < p.count, let f = Self.flagLetter(p[j]) { add.insert(f); j += 1 }
            guard j < p.count, p[j] == 0x29 else { return }  // scoped (?i:...) is a group
            flags.formUnion(add)
            i = j + 1
        }
    }

    static func flagLetter(_ c: UInt32) -> RegexFlags? {
        switch c {
        case 0x69: return .ignoreCase   // i
        case 0x6D: return .multiline    // m
        case 0x73: return .dotAll       // s
        case 0x78: return .verbose      // x
        case 0x61: return .ascii        // a
        case 0x75: return .unicode      // u
        case 0x4C: return .locale       // L
        default: return nil
        }
    }

    mutating func skipVerbose() {
        guard flags.contains(.verbose) else { return }
        while let c = peek() {
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C { i += 1; continue }
            if c == 0x23 {  // '#': comment to end of line
                while let d = peek(), d != 0x0A { _ = d; i += 1 }
                continue
            }
            break
        }
    }

    mutating func parseAlternation() throws -> RegexNode {
        var branches = [try parseSequence()]
        while isChar("|") {
            i += 1
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    mutating func parseSequence() throws -> RegexNode {
        var items: [RegexNode] = []
        while true {
            skipVerbose()
            guard let c = peek(), c != 0x7C, c != 0x29 else { break }  // '|' ')'
            if c == 0x28, isChar("?", 1), isChar("#", 2) {  // (?#comment)
                while let d = peek(), d != 0x29 { _ = d; i += 1 }
                if atEnd { throw error("missing ), unterminated comment") }
                i += 1
                continue
            }
            let atomStart = i
            if let q = try quantifierAhead() {
                _ = q
                throw error("nothing to repeat", at: atomStart)
            }
            var atom = try parseAtom()
            var quantified = false
            while true {
                skipVerbose()
                let qStart = i
                guard let (min, max) = try quantifierAhead() else { break }
                if quantified { throw error("multiple repeat", at: qStart) }
                if Self.isAnchor(atom) { throw error("nothing to repeat", at: qStart) }
                var greedy = true
                if isChar("?") { greedy = false; i += 1 }
                atom = .repeating(atom, min: min, max: max, greedy: greedy)
                if greedy && isChar("+") {
                    i += 1
                    atom = .atomic(atom)
                }
                quantified = true
            }
            items.append(atom)
        }
        if items.isEmpty { return .empty }
        return items.count == 1 ? items[0] : .concat(items)
    }

    static func isAnchor(_ n: RegexNode) -> Bool {
        switch n {
        case .lineStart, .lineEnd, .stringStart, .stringEnd, .wordBoundary: return true
        default: return false
        }
    }

    /// Consumes `*`, `+`, `?` or a valid `{m,n}`; `{` that is not a quantifier stays a literal.
    mutating func quantifierAhead() throws -> (Int, Int)? {
        guard let c = peek() else { return nil }
        switch c {
        case 0x2A: i += 1; return (0, Int.max)
        case 0x2B: i += 1; return (1, Int.max)
        case 0x3F: i += 1; return (0, 1)
        case 0x7B:
            var j = i + 1
            var lo = "", hi = ""
            while j < p.count, let d = Unicode.Scalar(p[j]), ("0"..."9").contains(Character(d)) { lo.append(Character(d)); j += 1 }
            var hasComma = false
            if j < p.count, p[j] == 0x2C {
                hasComma = true
                j += 1
                while j < p.count, let d = Unicode.Scalar(p[j]), ("0"..."9").contains(Character(d)) { hi.append(Character(d)); j += 1 }
            }
            guard j < p.count, p[j] == 0x7D, !(lo.isEmpty && !hasComma) else { return nil }
            let start = i
            i = j + 1
            let min = Int(lo) ?? 0
            let max = hasComma ? (hi.isEmpty ? Int.max : (Int(hi) ?? Int.max)) : min
            if max < min { throw error("min repeat greater than max repeat", at: start + 1) }
            return (min, max)
        default: return nil
        }
    }

    mutating func parseAtom() throws -> RegexNode {
        let c = p[i]
        let ic = flags.contains(.ignoreCase)
        switch c {
        case 0x28: return try parseGroup()
        case 0x5B: return try parseClass()
        case 0x2E: i += 1; return .any(dotAll: flags.contains(.dotAll))
        case 0x5E: i += 1; return .lineStart(multiline: flags.contains(.multiline))
        case 0x24: i += 1; return .lineEnd(multiline: flags.contains(.multiline))
        case 0x5C: return try parseEscape()
        default:
            i += 1
            return .literal(c, ignoreCase: ic)
        }
    }

    mutating func parseGroup() throws -> RegexNode {
        let open = i
        i += 1
        var capture = true
        var name: String?
        var lookaround: (ahead: Bool, negated: Bool)?
        let savedFlags = flags
        defer { flags = savedFlags }
        if isChar("?") {
            i += 1
            guard let c = peek() else { throw error("unexpected end of pattern") }
            switch c {
            case 0x3A: i += 1; capture = false                     // (?:
            case 0x3E:                                              // (?>
                i += 1
                let inner = try parseAlternation()
                guard isChar(")") else { throw error("missing ), unterminated subpattern", at: open) }
                i += 1
                return .atomic(inner)
            case 0x3D: i += 1; lookaround = (true, false)           // (?=
            case 0x21: i += 1; lookaround = (true, true)            // (?!
            case 0x50:                                              // (?P<name> or (?P=name)
                i += 1
                if isChar("<") {
                    i += 1
                    name = try parseName(terminator: 0x3E)
                } else if isChar("=") {
                    i += 1
                    let nameStart = i
                    let ref = try parseName(terminator: 0x29)
                    guard let g = names.first(where: { $0.0 == ref })?.1 else {
                        throw error("unknown group name '\(ref)'", at: nameStart)
                    }
                    if openGroups.contains(g) { throw error("cannot refer to an open group", at: nameStart) }
                    return .backref(g, ignoreCase: flags.contains(.ignoreCase))
                } else {
                    guard let d = peek() else { throw error("unexpected end of pattern") }
                    throw error("unknown extension ?P" + String(Character(Unicode.Scalar(d)!)), at: open + 1)
                }
            case 0x3C:                                              // (?<= (?<! or (?<name>
                i += 1
                if isChar("=") { i += 1; lookaround = (false, false) } else if isChar("!") { i += 1; lookaround = (false, true) } else {
                    guard let d = peek() else { throw error("unexpected end of pattern") }
                    throw error("unknown extension ?<" + String(Character(Unicode.Scalar(d)!)), at: open + 1)
                }
            case 0x28:                                              // (?(id)yes|no)
                i += 1
                let refStart = i
                var ref = ""
                while let d = peek(), d != 0x29 { ref.append(Character(Unicode.Scalar(d)!)); i += 1 }
                if atEnd { throw error("missing ), unterminated name", at: refStart) }
                i += 1
                let g: Int
                if let n = Int(ref) {
                    g = n
                    conditionalRefs.append((n, refStart))
                } else if let named = names.first(where: { $0.0 == ref })?.1 { g = named } else {
                    throw error("unknown group name '\(ref)'", at: refStart)
                }
                let yes = try parseSequence()
                var no: RegexNode = .empty
                if isChar("|") {
                    i += 1
                    no = try parseSequence()
                    if isChar("|") { throw error("conditional backref with more than two branches") }
                }
                guard isChar(")") else { throw error("missing ), unterminated subpattern", at: open) }
                i += 1
                return .conditional(g, yes: yes, no: no)
            default:
                // Scoped inline flags: (?i:...) / (?-i:...)
                var add: RegexFlags = [], remove: RegexFlags = []
                var removing = false
                while let d = peek(), d != 0x3A, d != 0x29 {
                    if d == 0x2D { removing = true; i += 1; continue }
                    guard let f = Self.flagLetter(d) else {
                        throw error("unknown extension ?" + String(Character(Unicode.Scalar(d)!)), at: open + 1)
                    }
                    if removing { remove.insert(f) } else { add.insert(f) }
                    i += 1
                }
                if isChar(")") {
                    throw error("global flags not at the start of the expression", at: open)
                }
                guard isChar(":") else { throw error("missing -, : or )") }
                i += 1
                flags.formUnion(add)
                flags.subtract(remove)
                capture = false
            }
        }
        var number = 0
        if capture && lookaround == nil {
            groupCount += 1
            number = groupCount
            if let name {
                if let old = names.first(where: { $0.0 == name }) {
                    throw error("redefinition of group name '\(name)' as group \(number); was group \(old.1)", at: open + 4)
                }
                names.append((name, number))
            }
            openGroups.insert(number)
        }
        let inner = try parseAlternation()
        guard isChar(")") else { throw error("missing ), unterminated subpattern", at: open) }
        i += 1
        if let la = lookaround {
            var width = 0
            if !la.ahead {
                guard let w = Self.fixedWidth(inner) else { throw RegexError(message: "look-behind requires fixed-width pattern", position: nil) }
                width = w
            }
            return .look(inner, ahead: la.ahead, negated: la.negated, width: width)
        }
        if capture {
            openGroups.remove(number)
            return .group(number, inner)
        }
        return inner
    }

    mutating func parseName(terminator: UInt32) throws -> String {
        let start = i
        var name = ""
        while let d = peek(), d != terminator {
            name.unicodeScalars.append(Unicode.Scalar(d)!)
            i += 1
        }
        if atEnd {
            throw error(terminator == 0x3E ? "missing >, unterminated name" : "missing ), unterminated name", at: start)
        }
        if name.isEmpty { throw error("missing group name", at: start) }
        if !Self.isIdentifier(name) { throw error("bad character in group name '\(name)'", at: start) }
        i += 1
        return name
    }

    static func isIdentifier(_ s: String) -> Bool {
        guard let f = s.first, f == "_" || f.isLetter else { return false }
        return s.allSatisfy { $0 == "_" || $0.isLetter || $0.isNumber }
    }

    /// The width of a look-behind body, nil when it can vary.
    static func fixedWidth(_ n: RegexNode) -> Int? {
        switch n {
        case .empty, .lineStart, .lineEnd, .stringStart, .stringEnd, .wordBoundary, .look: return 0
        case .literal, .any, .charClass: return 1
        case .group(_, let inner): return fixedWidth(inner)
        case .concat(let items):
            var w = 0
            for x in items { guard let k = fixedWidth(x) else { return nil }; w += k }
            return w
        case .alternation(let bs):
            let ws = bs.map(fixedWidth)
            guard let first = ws.first, let f = first, ws.allSatisfy({ $0 == f }) else { return nil }
            return f
        case .repeating(let inner, let min, let max, _):
            guard min == max, let w = fixedWidth(inner) else { return nil }
            return w * min
        case .backref, .conditional: return nil
        case .atomic(let inner): return fixedWidth(inner)
        }
    }
}
