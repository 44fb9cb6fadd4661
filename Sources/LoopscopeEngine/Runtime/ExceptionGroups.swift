// ExceptionGroup's split/subgroup/derive and the runtime half of `except*`
// (Objects/exceptions.c and ceval's CHECK_EG_MATCH / PREP_RERAISE_STAR, 3.11).

extension Interpreter {
    func isExceptionGroup(_ e: PyException) -> Bool { e.pyType.isSubtype(of: BuiltinTypes.baseExceptionGroup) }

    func groupItems(_ g: PyException) -> [PyException] {
        guard g.args.count == 2, let items = try? toArray(g.args[1]) else { return [] }
        return items.compactMap { $0.asObject as? PyException }
    }

    /// `BaseExceptionGroup(message, items)`: an ExceptionGroup when every item is an Exception.
    func makeExceptionGroup(_ message: Value, _ items: [PyException], asTuple: Bool = false) -> PyException {
        let all = items.allSatisfy { $0.pyType.isSubtype(of: BuiltinTypes.exception) }
        let values = items.map { Value.object($0) }
        return PyException(type: all ? BuiltinTypes.exceptionGroup : BuiltinTypes.baseExceptionGroup,
                           args: [message, asTuple ? .tuple(values) : .list(values)])
    }

    /// `eg.derive(items)` plus what split copies onto each part.
    func deriveGroup(_ g: PyException, _ items: [PyException]) throws -> PyException {
        let derived: PyException
        if let custom = g.pyType.lookup("derive"), !g.pyType.isBuiltin {
            guard let d = try callValue(custom, Arguments([.object(g), .list(items.map { .object($0) })])).asObject as? PyException else {
                throw PyError(BuiltinTypes.typeError, "derive must return an instance of BaseExceptionGroup")
            }
            derived = d
        } else {
            derived = makeExceptionGroup(g.args.first ?? .str(""), items)
        }
        derived.traceback = g.traceback
        derived.cause = g.cause
        // CPython copies the cause with PyException_SetCause, which also sets
        // __suppress_context__, even when the cause is None.
        derived.suppressContext = true
        derived.context = g.context
        if let notes = g.dict["__notes__"] { derived.dict["__notes__"] = notes }
        return derived
    }

    /// `split`'s condition: a type, a tuple of types, or a predicate.
    func exceptionMatcher(_ cond: Value) throws -> (PyException) throws -> Bool {
        if case .object(let o) = cond, let t = o as? PyType, t.isSubtype(of: BuiltinTypes.baseException) {
            return { $0.pyType.isSubtype(of: t) }
        }
        if case .object(let o) = cond, let tuple = o as? PyTuple {
            var types: [PyType] = []
            for item in tuple.items {
                guard case .object(let io) = item, let t = io as? PyType, t.isSubtype(of: BuiltinTypes.baseException) else {
                    throw PyError(BuiltinTypes.typeError, "expected a function, exception type or tuple of exception types")
                }
                types.append(t)
            }
            return { e in types.contains { e.pyType.isSubtype(of: $0) } }
        }
        if isCallableValue(cond), !(cond.asObject is PyType) {
            return { [unowned self] e in try self.truthy(try self.call(cond, Arguments([.object(e)]))) }
        }
        throw PyError(BuiltinTypes.typeError, "expected a function, exception type or tuple of exception types")
    }

    /// `eg.split(cond)`: the matching and the other leaves, each keeping the nesting.
    func splitGroup(_ g: PyException, _ matches: (PyException) throws -> Bool) throws -> (PyException?, PyException?) {
        if try matches(g) { return (g, nil) }
        guard isExceptionGroup(g) else { return (nil, g) }
        var matched: [PyException] = [], rest: [PyException] = []
        for e in groupItems(g) {
            let (m, r) = try splitGroup(e, matches)
            if let m { matched.append(m) }
            if let r { rest.append(r) }
        }
        return (matched.isEmpty ? nil : try deriveGroup(g, matched),
                rest.isEmpty ? nil : try deriveGroup(g, rest))
    }

    func leaves(_ e: PyException, into set: inout Set<ObjectIdentifier>) {
        if isExceptionGroup(e) {
            for item in groupItems(e) { leaves(item, into: &set) }
        } else {
            set.insert(ObjectIdentifier(e))
        }
    }
}

enum ExceptionGroupMethods {
    static func add(to t: inout MethodTable) {
        t.add("split") { interp, a in
            let g = try ExceptionMethods.receiver(a, "split")
            let (m, r) = try interp.splitGroup(g, try interp.exceptionMatcher(try a.exactlyOne("split")))
            return .tuple([m.map { .object($0) } ?? .none, r.map { .object($0) } ?? .none])
        }
        t.add("subgroup") { interp, a in
            let g = try ExceptionMethods.receiver(a, "subgroup")
            let (m, _) = try interp.splitGroup(g, try interp.exceptionMatcher(try a.exactlyOne("subgroup")))
            return m.map { .object($0) } ?? .none
        }
        t.add("derive") { interp, a in
            let g = try ExceptionMethods.receiver(a, "derive")
            let items = try interp.toArray(try a.exactlyOne("derive")).compactMap { $0.asObject as? PyException }
            return .object(interp.makeExceptionGroup(g.args.first ?? .str(""), items))
        }
    }
}

/// One `try ... except*` in flight: what is left to match, what the handlers raised.
final class ExceptStarState: PyObject {
    nonisolated(unsafe) static let type = PyType(name: "except_star_state", bases: [BuiltinTypes.object], dict: methods, isBuiltin: true)
    nonisolated(unsafe) static let begin = PyNativeFunction("except_star") { _, a in
        guard let e = a.positional.first?.asObject as? PyException else { return .none }
        return .object(ExceptStarState(e))
    }

    let original: PyException
    var rest: PyException?
    var matches: [PyException] = []
    var raised: [PyException] = []

    init(_ e: PyException) {
        original = e
        rest = e
    }

    override var pyType: PyType { Self.type }

    static var methods: [String: Value] {
        var t = MethodTable()
        // CHECK_EG_MATCH: the part of what is left that this clause handles, or None.
        t.add("match") { interp, a in
            guard let s = a.positional.first?.asObject as? ExceptStarState, a.count == 2 else { return .none }
            let cond = a[1]
            try s.checkClause(interp, cond)
            guard let rest = s.rest else { return .none }
            let matcher = try interp.exceptionMatcher(cond)
            if !interp.isExceptionGroup(rest) {
                // A naked exception is handed to the clause wrapped in a group.
                guard try matcher(rest) else { return .none }
                s.rest = nil
                let g = interp.makeExceptionGroup(.str(""), [rest], asTuple: true)
                s.matches.append(g)
                return .object(g)
            }
            let (m, r) = try interp.splitGroup(rest, matcher)
            s.rest = r
            if let m { s.matches.append(m) }
            return m.map { .object($0) } ?? .none
        }
        t.add("raised") { _, a in
            if let s = a.positional.first?.asObject as? ExceptStarState, a.count == 2, let e = a[1].asObject as? PyException {
                s.raised.append(e)
            }
            return .none
        }
        // PREP_RERAISE_STAR: what the statement raises (None: nothing).
        // Re-raised parts keep the original nesting; new exceptions join
        // them in a fresh group. Returned, not thrown: the compiled code
        // re-raises it once the handled exception is popped, so it is not
        // chained to it.
        t.add("finish") { interp, a in
            guard let s = a.positional.first?.asObject as? ExceptStarState else { return .none }
            var all = s.raised
            if let rest = s.rest { all.append(rest) }
            if all.isEmpty { return .none }
            if !interp.isExceptionGroup(s.original) { return .object(all[0]) }
            var fresh: [PyException] = []
            var kept = Set<ObjectIdentifier>()
            for e in all {
                if e === s.rest || s.matches.contains(where: { $0 === e }) || e === s.original {
                    interp.leaves(e, into: &kept)
                } else {
                    fresh.append(e)
                }
            }
            var everyLeaf = Set<ObjectIdentifier>()
            interp.leaves(s.original, into: &everyLeaf)
            if fresh.isEmpty && kept == everyLeaf { return .object(s.original) }
            if !kept.isEmpty {
                let (keep, _) = try interp.splitGroup(s.original) { kept.contains(ObjectIdentifier($0)) }
                if let keep { fresh.append(keep) }
            }
            if fresh.count > 1 { return .object(interp.makeExceptionGroup(.str(""), fresh)) }
            return fresh.first.map { .object($0) } ?? .none
        }
        return t.dict
    }

    func checkClause(_ interp: Interpreter, _ cond: Value) throws {
        let types: [Value]
        if case .object(let o) = cond, let tuple = o as? PyTuple { types = tuple.items } else { types = [cond] }
        for t in types {
            if case .object(let o) = t, let ty = o as? PyType, ty.isSubtype(of: BuiltinTypes.baseExceptionGroup) {
                throw PyError(BuiltinTypes.typeError, "catching ExceptionGroup with except* is not allowed. Use except instead.")
            }
            guard case .object(let o) = t, let ty = o as? PyType, ty.isSubtype(of: BuiltinTypes.baseException) else {
                throw PyError(BuiltinTypes.typeError, "catching classes that do not inherit from BaseException is not allowed")
            }
        }
    }
}
