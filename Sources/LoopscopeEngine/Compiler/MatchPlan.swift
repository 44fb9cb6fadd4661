// A case pattern compiled for the VM's `matchPattern` instruction: a tree of
// steps over the subject, the values the pattern looks up (literals, dotted
// names, classes, mapping keys) pushed on the stack in `values` order, and one
// capture slot per bound name. The build also performs CPython's compile-time
// pattern checks (compile.c's compiler_pattern_*), in the same order.

indirect enum MatchStep {
    /// `subject == values[i]`.
    case value(Int)
    /// `subject is constant` (None, True, False).
    case identity(Value)
    /// Binds the subject to a slot; nil is the wildcard.
    case capture(Int?)
    /// Exact length, or at least `elements.count - 1` with a star at `starIndex`.
    case sequence([MatchStep], starIndex: Int?)
    case mapping(keys: [Int], [MatchStep], rest: Int?)
    case cls(Int, positional: [MatchStep], names: [String], keywords: [MatchStep])
    case both(MatchStep, slot: Int)
    case or([MatchStep])
}

final class MatchPlan: PyObject, @unchecked Sendable {
    let root: MatchStep
    let slotCount: Int
    init(root: MatchStep, slotCount: Int) {
        self.root = root
        self.slotCount = slotCount
    }
    override var pyType: PyType { BuiltinTypes.object }
}

struct MatchPlanBuilder {
    /// Expressions to evaluate before matching, in the order the steps index them.
    private(set) var values: [Expr] = []
    /// Bound names in slot order.
    private(set) var names: [String] = []

    /// Names bound so far by the pattern being built (CPython's pc->stores).
    private var stores: [String] = []

    mutating func build(_ p: Pattern, allowIrrefutable: Bool) throws -> MatchPlan {
        let root = try step(p, allowIrrefutable: allowIrrefutable)
        return MatchPlan(root: root, slotCount: names.count)
    }

    private mutating func slot(_ name: String, _ loc: SourceLocation) throws -> Int {
        if stores.contains(name) {
            throw CompileError("multiple assignments to name '\(name)' in pattern", spanning: loc)
        }
        stores.append(name)
        if let i = names.firstIndex(of: name) { return i }
        names.append(name)
        return names.count - 1
    }

    private mutating func value(_ e: Expr) -> Int {
        values.append(e)
        return values.count - 1
    }

    private mutating func step(_ p: Pattern, allowIrrefutable: Bool) throws -> MatchStep {
        switch p.kind {
        case .value(let e):
            return .value(value(e))
        case .singleton(let c):
            return .identity(c == .none ? .none : .bool(c == .true))
        case .matchAs(nil, let name):
            if !allowIrrefutable {
                if let name { throw CompileError("name capture '\(name)' makes remaining patterns unreachable", spanning: p.loc) }
                throw CompileError("wildcard makes remaining patterns unreachable", spanning: p.loc)
            }
            return .capture(try name.map { try slot($0, p.loc) })
        case .matchAs(let inner?, let name):
            let innerStep = try step(inner, allowIrrefutable: allowIrrefutable)
            guard let name else { return innerStep }
            return .both(innerStep, slot: try slot(name, p.loc))
        case .star(let name):
            return .capture(try name.map { try slot($0, p.loc) })
        case .sequence(let elements):
            var starIndex: Int?
            for (i, e) in elements.enumerated() {
                guard case .star = e.kind else { continue }
                if starIndex != nil {
                    throw CompileError("multiple starred names in sequence pattern", spanning: p.loc)
                }
                starIndex = i
            }
            var steps: [MatchStep] = []
            for e in elements { steps.append(try step(e, allowIrrefutable: true)) }
            return .sequence(steps, starIndex: starIndex)
        case .mapping(let keys, let patterns, let rest):
            var seen: [(ConstantKey, Expr)] = []
            var keyIndices: [Int] = []
            for k in keys {
                if let ck = ConstantKey(k) {
                    if seen.contains(where: { $0.0 == ck }) {
                        throw CompileError("mapping pattern checks duplicate key (\(ConstantKey.repr(k)))", spanning: p.loc)
                    }
                    seen.append((ck, k))
                }
                keyIndices.append(value(k))
            }
            var steps: [MatchStep] = []
            for sub in patterns { steps.append(try step(sub, allowIrrefutable: true)) }
            let restSlot = try rest.map { try slot($0, p.loc) }
            return .mapping(keys: keyIndices, steps, rest: restSlot)
        case .cls(let cls, let positional, let kwNames, let kwPatterns):
            let clsIndex = value(cls)
            for (i, n) in kwNames.enumerated() where kwNames[..<i].contains(n) {
                throw CompileError("attribute name repeated in class pattern: \(n)", spanning: kwPatterns[i].loc)
            }
            var pos: [MatchStep] = [], kws: [MatchStep] = []
            for sub in positional { pos.append(try step(sub, allowIrrefutable: true)) }
            for sub in kwPatterns { kws.append(try step(sub, allowIrrefutable: true)) }
            return .cls(clsIndex, positional: pos, names: kwNames, keywords: kws)
        case .or(let alternatives):
            let outer = stores
            var firstNames: [String]?
            var steps: [MatchStep] = []
            for (i, alt) in alternatives.enumerated() {
                stores = []
                let last = i == alternatives.count - 1
                steps.append(try step(alt, allowIrrefutable: last && allowIrrefutable))
                if let firstNames {
                    if Set(firstNames) != Set(stores) {
                        // CPython points at the last pattern node it compiled.
                        throw CompileError("alternative patterns bind different names", alt.lastNode.loc)
                    }
                } else {
                    firstNames = stores
                }
            }
            stores = outer
            for n in firstNames ?? [] where stores.contains(n) {
                throw CompileError("multiple assignments to name '\(n)' in pattern", spanning: p.loc)
            }
            stores += firstNames ?? []
            return .or(steps)
        }
    }
}

/// A literal mapping-pattern key, compared as Python compares dict keys
/// (1 == 1.0 == True), for the duplicate-key check.
private enum ConstantKey: Equatable {
    case number(Double), int(Int), str(String), none, other(String)

    init?(_ e: Expr) {
        switch e.kind {
        case .constant(let c): self.init(c, negate: false)
        case .unary(.neg, let inner):
            guard case .constant(let c) = inner.kind else { return nil }
            self.init(c, negate: true)
        default: return nil
        }
    }

    private init?(_ c: Constant, negate: Bool) {
        switch c {
        case .none: self = .none
        case .true: self = .int(1)
        case .false: self = .int(0)
        case .int(let i): self = .int(negate ? -i : i)
        case .float(let d):
            let v = negate ? -d : d
            if v == v.rounded(), abs(v) < 1e18 { self = .int(Int(v)) } else { self = .number(v) }
        case .str(let s): self = .str(s)
        case .bigint(let digits): self = .other((negate ? "-" : "") + digits)
        case .bytes(let b): self = .other("b" + b.map(String.init).joined(separator: ","))
        case .imaginary(let d): self = .other("j" + FloatRepr.repr(negate ? -d : d))
        case .ellipsis: return nil
        }
    }

    static func repr(_ e: Expr) -> String {
        switch e.kind {
        case .unary(.neg, let inner): return "-" + repr(inner)
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .true: return "True"
            case .false: return "False"
            case .int(let i): return String(i)
            case .bigint(let digits): return digits
            case .float(let d): return FloatRepr.repr(d)
            case .imaginary(let d): return ComplexText.part(d) + "j"
            case .str(let s): return StrRepr.repr(s)
            case .ellipsis: return "Ellipsis"
            case .bytes(let b): return BytesRepr.repr(b)
            }
        default: return "?"
        }
    }
}

extension Pattern {
    /// The last node of a preorder walk.
    var lastNode: Pattern {
        switch kind {
        case .sequence(let ps), .or(let ps), .mapping(_, let ps, _): return ps.last?.lastNode ?? self
        case .cls(_, let pos, _, let kws): return (pos + kws).last?.lastNode ?? self
        case .matchAs(let inner?, _): return inner.lastNode
        default: return self
        }
    }
}
