// The backtracking matcher: continuation-passing over RegexNode, captures
// saved and restored around each attempt. Runs of single-character repeats
// (`.*`, `\w+`, `[a-z]{2,5}`) are counted in a loop instead of recursing.
// A step budget and the stack guard end pathological patterns with an
// error instead of a hang or a crash.

import Foundation

final class RegexMatcher {
    enum Failure: Error { case tooManySteps, tooDeep }

    let input: [UInt32]
    let end: Int
    let groupCount: Int
    /// start/end per group (index 0 = whole match), -1 when unset.
    var caps: [Int]
    private var steps = 0
    private let budget: Int
    private var failure: Failure?
    private var stack = StackGuard()

    init(input: [UInt32], end: Int, groupCount: Int, budget: Int = 5_000_000) {
        self.input = input
        self.end = end
        self.groupCount = groupCount
        self.caps = Array(repeating: -1, count: 2 * (groupCount + 1))
        self.budget = budget
    }

    /// Tries the pattern at each start from `from` (only `from` when `anchored`).
    /// `mustAdvance`: an empty match at `from` is not accepted (after an empty match).
    func find(_ re: CompiledRegex, from: Int, anchored: Bool, full: Bool, mustAdvance: Bool) throws -> Bool {
        let first = Self.firstLiteral(re.root)
        var start = from
        while start <= end {
            if let f = first, !anchored {
                while start < end && input[start] != f { start += 1 }
                if start >= end { return false }
            }
            for k in caps.indices { caps[k] = -1 }
            let s = start
            let ok = match(re.root, s) { j in
                if full && j != self.end { return false }
                if mustAdvance && j == s && s == from { return false }
                self.caps[0] = s
                self.caps[1] = j
                return true
            }
            if let failure { throw failure }
            if ok { return true }
            if anchored { return false }
            start += 1
        }
        return false
    }

    static func firstLiteral(_ n: RegexNode) -> UInt32? {
        switch n {
        case .literal(let c, let ic): return ic ? nil : c
        case .concat(let items): return items.first.flatMap(firstLiteral)
        case .group(_, let inner): return firstLiteral(inner)
        case .repeating(let inner, let min, _, _): return min > 0 ? firstLiteral(inner) : nil
        default: return nil
        }
    }

    @inline(__always) private func tick() -> Bool {
        steps += 1
        if steps > budget { failure = .tooManySteps; return false }
        if steps & 31 == 0 && !stack.hasRoom() { failure = .tooDeep; return false }
        return failure == nil
    }

    func match(_ n: RegexNode, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        guard tick() else { return false }
        switch n {
        case .empty: return k(i)
        case .literal, .any, .charClass:
            guard i < end, Self.single(n, input[i]) else { return false }
            return k(i + 1)
        case .lineStart(let multi):
            guard i == 0 || (multi && input[i - 1] == 0x0A) else { return false }
            return k(i)
        case .lineEnd(let multi):
            guard i == end || (i == end - 1 && input[i] == 0x0A) || (multi && i < end && input[i] == 0x0A) else { return false }
            return k(i)
        case .stringStart: return i == 0 && k(i)
        case .stringEnd: return i == end && k(i)
        case .wordBoundary(let negated, let ascii):
            let before = i > 0 && Self.isWord(input[i - 1], ascii: ascii)
            let after = i < end && Self.isWord(input[i], ascii: ascii)
            return ((before != after) != negated) && k(i)
        case .group(let g, let inner):
            let oldStart = caps[2 * g], oldEnd = caps[2 * g + 1]
            if match(inner, i, { j in
                let s = self.caps[2 * g], e = self.caps[2 * g + 1]
                self.caps[2 * g] = i
                self.caps[2 * g + 1] = j
                if k(j) { return true }
                self.caps[2 * g] = s
                self.caps[2 * g + 1] = e
                return false
            }) { return true }
            caps[2 * g] = oldStart
            caps[2 * g + 1] = oldEnd
            return false
        case .concat(let items):
            return sequence(items, 0, i, k)
        case .alternation(let branches):
            for b in branches {
                if match(b, i, k) { return true }
                if failure != nil { return false }
            }
            return false
        case .repeating(let inner, let min, let max, let greedy):
            if Self.isSingle(inner) { return singleRepeat(inner, min, max, greedy, i, k) }
            return repeatFrom(inner, min, max, greedy, 0, i, k)
        case .backref(let g, let ic):
            let s = caps[2 * g], e = caps[2 * g + 1]
            guard s >= 0, e >= 0 else { return false }
            let len = e - s
            guard i + len <= end else { return false }
            for d in 0..<len {
                let a = input[s + d], b = input[i + d]
                if a != b && !(ic && Self.fold(a) == Self.fold(b)) { return false }
            }
            return k(i + len)
        case .look(let inner, let ahead, let negated, let width):
            let saved = caps
            var found: Bool
            if ahead {
                found = match(inner, i) { _ in true }
            } else {
                let start = i - width
                found = start >= 0 && match(inner, start) { j in j == i }
            }
            if failure != nil { return false }
            if found == negated {
                caps = saved
                return false
            }
            if negated { caps = saved }
            if k(i) { return true }
            caps = saved
            return false
        case .atomic(let inner):
            let saved = caps
            var end = -1
            _ = match(inner, i) { j in end = j; return true }
            if failure != nil || end < 0 { caps = saved; return false }
            if k(end) { return true }
            caps = saved
            return false
        case .conditional(let g, let yes, let no):
            let set = g <= groupCount && caps[2 * g + 1] >= 0
            return match(set ? yes : no, i, k)
        }
    }

    private func sequence(_ items: [RegexNode], _ idx: Int, _ i: Int, _ k: (Int) -> Bool) -> Bool {
        if idx == items.count { return k(i) }
        return match(items[idx], i) { j in self.sequence(items, idx + 1, j, k) }
    }

    private func repeatFrom(_ inner: RegexNode, _ min: Int, _ max: Int, _ greedy: Bool, _ count: Int, _ i: Int,
                            _ k: (Int) -> Bool) -> Bool {
        guard tick() else { return false }
        if greedy {
            if count < max && match(inner, i, { j in self.iterate(inner, min, max, greedy, count, i, j, k) }) { return true }
            if failure != nil { return false }
            return count >= min && k(i)
        }
        if count >= min && k(i) { return true }
        if failure != nil { return false }
        return count < max && match(inner, i) { j in self.iterate(inner, min, max, greedy, count, i, j, k) }
    }

    /// After one more iteration from `i` to `j`: an iteration that matched
    /// nothing cannot make progress, so repeating stops after it (its
    /// captures stay, as in CPython: `(a*)*b` leaves group 1 empty).
    private func iterate(_ inner: RegexNode, _ min: Int, _ max: Int, _ greedy: Bool, _ count: Int, _ i: Int, _ j: Int,
                         _ k: (Int) -> Bool) -> Bool {
        if j == i && count >= min { return k(j) }
        return repeatFrom(inner, min, max, greedy, count + 1, j, k)
    }

    private func singleRepeat(_ inner: RegexNode, _ min: Int, _ max: Int, _ greedy: Bool, _ i: Int,
                              _ k: (Int) -> Bool) -> Bool {
        let limit = max == Int.max ? end - i : Swift.min(max, end - i)
        if greedy {
            var n = 0
            while n < limit && Self.single(inner, input[i + n]) { n += 1 }
            if n < min { return false }
            var c = n
            while c >= min {
                if k(i + c) { return true }
                guard tick() else { return false }
                c -= 1
            }
            return false
        }
        var c = 0
        while c < min {
            guard c < limit, Self.single(inner, input[i + c]) else { return false }
            c += 1
        }
        while true {
            if k(i + c) { return true }
            guard tick(), c < limit, Self.single(inner, input[i + c]) else { return false }
            c += 1
        }
    }

    static func isSingle(_ n: RegexNode) -> Bool {
        switch n {
        case .literal, .any, .charClass: return true
        default: return false
        }
    }

    static func single(_ n: RegexNode, _ c: UInt32) -> Bool {
        switch n {
        case .literal(let x, let ic): return c == x || (ic && fold(c) == fold(x))
        case .any(let dotAll): return dotAll || c != 0x0A
        case .charClass(let cls): return classMatches(cls, c)
        default: return false
        }
    }

    static func classMatches(_ cls: CharClass, _ c: UInt32) -> Bool {
        var hit = itemsMatch(cls, c)
        if !hit && cls.ignoreCase {
            let lower = fold(c), upper = upperCase(c)
            hit = (lower != c && itemsMatch(cls, lower)) || (upper != c && itemsMatch(cls, upper))
        }
        return hit != cls.negated
    }

    private static func itemsMatch(_ cls: CharClass, _ c: UInt32) -> Bool {
        for item in cls.items {
            switch item {
            case .range(let lo, let hi): if c >= lo && c <= hi { return true }
            case .digit(let neg): if isDigit(c, ascii: cls.ascii) != neg { return true }
            case .word(let neg): if isWord(c, ascii: cls.ascii) != neg { return true }
            case .space(let neg): if isSpace(c, ascii: cls.ascii) != neg { return true }
            }
        }
        return false
    }

    static func isDigit(_ c: UInt32, ascii: Bool) -> Bool {
        if c >= 0x30 && c <= 0x39 { return true }
        if ascii || c < 0x80 { return false }
        return Unicode.Scalar(c)?.properties.numericType == .decimal
    }

    static func isWord(_ c: UInt32, ascii: Bool) -> Bool {
        if c < 0x80 {
            return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c == 0x5F
        }
        if ascii { return false }
        guard let s = Unicode.Scalar(c) else { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isSpace(_ c: UInt32, ascii: Bool) -> Bool {
        if c == 0x20 || (c >= 0x09 && c <= 0x0D) { return true }
        if ascii || c < 0x80 { return c >= 0x1C && c <= 0x1F && !ascii }
        return Unicode.Scalar(c)?.properties.isWhitespace ?? false
    }

    static func fold(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return (c >= 0x41 && c <= 0x5A) ? c + 32 : c }
        guard let s = Unicode.Scalar(c) else { return c }
        let l = s.properties.lowercaseMapping.unicodeScalars
        return l.count == 1 ? l.first!.value : c
    }

    static func upperCase(_ c: UInt32) -> UInt32 {
        if c < 0x80 { return (c >= 0x61 && c <= 0x7A) ? c - 32 : c }
        guard let s = Unicode.Scalar(c) else { return c }
        let u = s.properties.uppercaseMapping.unicodeScalars
        return u.count == 1 ? u.first!.value : c
    }
}
