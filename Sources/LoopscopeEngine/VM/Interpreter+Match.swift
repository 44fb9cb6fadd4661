// The `matchPattern` instruction: runs a case's MatchPlan against the subject
// with CPython 3.11's rules (ceval.c's MATCH_CLASS/MATCH_KEYS/MATCH_SEQUENCE):
// which objects count as sequences and mappings, `__match_args__`, the
// builtins that match themselves positionally, and the TypeErrors' wording.

extension Interpreter {
    /// The captured values in slot order, or nil when the pattern fails.
    func runMatch(_ plan: MatchPlan, _ subject: Value, _ values: [Value]) throws -> [Value]? {
        var slots = [Value](repeating: .none, count: plan.slotCount)
        return try matchStep(plan.root, subject, values, &slots) ? slots : nil
    }

    private func matchStep(_ step: MatchStep, _ s: Value, _ values: [Value], _ slots: inout [Value]) throws -> Bool {
        switch step {
        case .value(let i):
            return try truthy(richCompare(.eq, s, values[i]))
        case .identity(let c):
            return s.isIdentical(to: c)
        case .capture(let slot):
            if let slot { slots[slot] = s }
            return true
        case .both(let inner, let slot):
            guard try matchStep(inner, s, values, &slots) else { return false }
            slots[slot] = s
            return true
        case .or(let alternatives):
            for alt in alternatives where try matchStep(alt, s, values, &slots) { return true }
            return false
        case .sequence(let steps, let starIndex):
            return try matchSequence(steps, starIndex, s, values, &slots)
        case .mapping(let keys, let steps, let rest):
            return try matchMapping(keys, steps, rest, s, values, &slots)
        case .cls(let ci, let positional, let names, let keywords):
            guard let attrs = try matchClassAttributes(values[ci], positional.count, names, s) else { return false }
            for (sub, v) in zip(positional + keywords, attrs) where try !matchStep(sub, v, values, &slots) {
                return false
            }
            return true
        }
    }

    private func matchSequence(_ steps: [MatchStep], _ starIndex: Int?, _ s: Value, _ values: [Value],
                               _ slots: inout [Value]) throws -> Bool {
        guard try isMatchSequence(s) else { return false }
        let n = try length(s)
        if starIndex == nil ? n != steps.count : n < steps.count - 1 { return false }
        let items = try toArray(s)
        guard let star = starIndex else {
            for (sub, v) in zip(steps, items) where try !matchStep(sub, v, values, &slots) { return false }
            return true
        }
        let after = steps.count - star - 1
        guard items.count >= star + after else { return false }
        for i in 0..<star where try !matchStep(steps[i], items[i], values, &slots) { return false }
        if case .capture(let slot?) = steps[star] {
            slots[slot] = .object(PyList(Array(items[star..<(items.count - after)])))
        }
        for j in 0..<after where try !matchStep(steps[star + 1 + j], items[items.count - after + j], values, &slots) {
            return false
        }
        return true
    }

    private func matchMapping(_ keys: [Int], _ steps: [MatchStep], _ rest: Int?, _ s: Value, _ values: [Value],
                              _ slots: inout [Value]) throws -> Bool {
        guard try isMatchMapping(s) else { return false }
        if !keys.isEmpty {
            guard try length(s) >= keys.count else { return false }
            let get = try getAttribute(s, "get")
            let missing = Value.object(PyInstance(cls: BuiltinTypes.object))
            var seen: [Value] = []
            for (k, sub) in zip(keys, steps) {
                let key = values[k]
                for earlier in seen where try equals(earlier, key) {
                    throw valueError("mapping pattern checks duplicate key (\(try repr(key)))")
                }
                seen.append(key)
                let v = try invoke(get, [key, missing])
                if v.isIdentical(to: missing) { return false }
                guard try matchStep(sub, v, values, &slots) else { return false }
            }
        }
        if let rest {
            let copy = PyDict()
            let full = try invoke(.object(BuiltinTypes.dict), [s])
            if case .object(let o) = full, let d = o as? PyDict {
                var pos = 0
                while let (next, key, value) = d.entry(from: pos) {
                    try copy.set(key, value, self)
                    pos = next
                }
            }
            for k in keys { _ = try copy.remove(values[k], self) }
            slots[rest] = .object(copy)
        }
        return true
    }

    /// The attributes a class pattern checks (positional, then keyword), or
    /// nil when the subject is not an instance or lacks one of them.
    private func matchClassAttributes(_ clsValue: Value, _ positionalCount: Int, _ keywordNames: [String],
                                      _ s: Value) throws -> [Value]? {
        guard case .object(let o) = clsValue, let cls = o as? PyType else {
            throw typeError("called match pattern must be a type")
        }
        guard try isInstance(s, clsValue) else { return nil }
        var attrs: [Value] = []
        var seen: [String] = []
        if positionalCount > 0 {
            if let matchArgs = try optionalAttribute(clsValue, "__match_args__") {
                guard case .object(let mo) = matchArgs, let tuple = mo as? PyTuple else {
                    throw typeError("\(cls.name).__match_args__ must be a tuple (got \(pyTypeName(matchArgs)))")
                }
                if positionalCount > tuple.items.count {
                    throw tooManyPositional(cls, tuple.items.count, positionalCount)
                }
                for item in tuple.items.prefix(positionalCount) {
                    guard case .str(let name) = item else {
                        throw typeError("__match_args__ elements must be strings (got \(pyTypeName(item)))")
                    }
                    guard let v = try matchAttribute(s, name, cls, &seen) else { return nil }
                    attrs.append(v)
                }
            } else if matchesSelf(cls) {
                if positionalCount > 1 { throw tooManyPositional(cls, 1, positionalCount) }
                attrs.append(s)
            } else {
                throw tooManyPositional(cls, 0, positionalCount)
            }
        }
        for name in keywordNames {
            guard let v = try matchAttribute(s, name, cls, &seen) else { return nil }
            attrs.append(v)
        }
        return attrs
    }

    private func matchAttribute(_ s: Value, _ name: String, _ cls: PyType, _ seen: inout [String]) throws -> Value? {
        if seen.contains(name) {
            throw typeError("\(cls.name)() got multiple sub-patterns for attribute \(StrRepr.repr(name))")
        }
        seen.append(name)
        return try optionalAttribute(s, name)
    }

    private func optionalAttribute(_ v: Value, _ name: String) throws -> Value? {
        do {
            return try getAttribute(v, name)
        } catch let e as PyError where e.exception.pyType.isSubtype(of: BuiltinTypes.attributeError) {
            return nil
        }
    }

    private func tooManyPositional(_ cls: PyType, _ allowed: Int, _ given: Int) -> PyError {
        typeError("\(cls.name)() accepts \(allowed) positional sub-pattern\(allowed == 1 ? "" : "s") (\(given) given)")
    }

    /// CPython's _Py_TPFLAGS_MATCH_SELF: `int(x)` binds the subject itself.
    private func matchesSelf(_ cls: PyType) -> Bool {
        cls.mro.contains { t in Self.matchSelfTypes.contains { $0 === t } }
    }

    nonisolated(unsafe) private static let matchSelfTypes: [PyType] = [
        BuiltinTypes.bool, BuiltinTypes.int, BuiltinTypes.float, BuiltinTypes.str, BuiltinTypes.list,
        BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set, BuiltinTypes.frozenset,
    ]

    /// Py_TPFLAGS_SEQUENCE: list, tuple, range and what registers with collections.abc.Sequence.
    private func isMatchSequence(_ s: Value) throws -> Bool {
        guard case .object(let o) = s else { return false }
        if o is PyList || o is PyTuple || o is PyRange { return true }
        if o is PyDict || o is PySetBase { return false }
        return try isVirtualInstance(s, of: "Sequence")
    }

    /// Py_TPFLAGS_MAPPING: dict and what registers with collections.abc.Mapping.
    private func isMatchMapping(_ s: Value) throws -> Bool {
        guard case .object(let o) = s else { return false }
        if o is PyDict { return true }
        if o is PyList || o is PyTuple || o is PyRange || o is PySetBase { return false }
        return try isVirtualInstance(s, of: "Mapping")
    }

    private func isVirtualInstance(_ s: Value, of abcName: String) throws -> Bool {
        guard let abc = modules["_collections_abc"], let cls = abc.namespace[abcName] else { return false }
        return try isInstance(s, cls)
    }
}
