// The `match` statement's patterns (PEP 634), shaped like CPython's `ast`
// pattern nodes. Produced by Parser+Match, checked and compiled by
// Compiler+Match, matched at run time by VM/Interpreter+Match.

public struct MatchCase: Sendable {
    public var pattern: Pattern
    public var guardExpr: Expr?
    public var body: [Stmt]
    public init(pattern: Pattern, guardExpr: Expr?, body: [Stmt]) {
        self.pattern = pattern
        self.guardExpr = guardExpr
        self.body = body
    }
}

public struct Pattern: Sendable {
    public var kind: PatternKind
    public var loc: SourceLocation
    public init(_ kind: PatternKind, _ loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
    }
}

public indirect enum PatternKind: Sendable {
    /// A literal or dotted name, compared with `==` (CPython's MatchValue).
    case value(Expr)
    /// `None`, `True`, `False`, compared with `is`.
    case singleton(Constant)
    /// `[a, *rest]` or `(a, b)`: elements may include one `.star`.
    case sequence([Pattern])
    /// `*name` or `*_` (nil) inside a sequence pattern.
    case star(String?)
    case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
    case cls(Expr, positional: [Pattern], keywordNames: [String], keywordPatterns: [Pattern])
    /// `pattern as name`; with no pattern a capture (`name`) or the wildcard (`_`, nil name).
    case matchAs(Pattern?, String?)
    case or([Pattern])
}

extension Pattern {
    /// Expressions evaluated when the pattern is tried, in source order.
    public var expressions: [Expr] {
        var out: [Expr] = []
        collectExpressions(&out)
        return out
    }

    func collectExpressions(_ out: inout [Expr]) {
        switch kind {
        case .value(let e): out.append(e)
        case .singleton, .star: break
        case .sequence(let ps), .or(let ps): for p in ps { p.collectExpressions(&out) }
        case .mapping(let keys, let ps, _):
            out.append(contentsOf: keys)
            for p in ps { p.collectExpressions(&out) }
        case .cls(let c, let pos, _, let kws):
            out.append(c)
            for p in pos + kws { p.collectExpressions(&out) }
        case .matchAs(let p, _): p?.collectExpressions(&out)
        }
    }

    /// Names the pattern binds, in order of first appearance (for `|`, the first alternative's).
    public var boundNames: [String] {
        var out: [String] = []
        collectNames(&out)
        return out
    }

    func collectNames(_ out: inout [String]) {
        func add(_ n: String?) { if let n, !out.contains(n) { out.append(n) } }
        switch kind {
        case .value, .singleton: break
        case .star(let n): add(n)
        case .sequence(let ps): for p in ps { p.collectNames(&out) }
        case .or(let ps): ps.first?.collectNames(&out)
        case .mapping(_, let ps, let rest):
            for p in ps { p.collectNames(&out) }
            add(rest)
        case .cls(_, let pos, _, let kws): for p in pos + kws { p.collectNames(&out) }
        case .matchAs(let p, let n):
            p?.collectNames(&out)
            add(n)
        }
    }
}
