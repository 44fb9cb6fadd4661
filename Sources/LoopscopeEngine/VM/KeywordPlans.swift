// Per-site plans for calls with keyword arguments (CALL_KW, CALL_METHOD_KW):
// where each keyword lands among the callee's locals is a fact about the
// site's names and the callee's code object, so it is worked out once (the
// names compared as strings, `bindable`'s checks) and reused while the site
// keeps calling the same code. What depends on the function rather than its
// code (how many defaults it has, which keyword-only defaults exist) is
// checked on every call, cheaply. Like CPython's specialised CALL, a plan is
// one entry per site: a site that alternates between callees re-plans.

/// How a keyword call site binds to one code object.
struct KeywordPlan {
    /// The code planned for: its identity and serial (an address alone could
    /// be reused by a later code object). Not retained: a plan never keeps
    /// code alive, and a stale plan simply fails to match.
    var codeID: ObjectIdentifier?
    var serial: UInt64 = 0
    /// Planned with the receiver of a bound method (or classmethod) first,
    /// and this many positional values on the stack (a CALL_METHOD_KW site
    /// has one more when LOAD_METHOD found a method).
    var hasFirst = false
    var npos = 0
    /// Whether the call binds at all (surplus positionals, unknown or
    /// repeated keywords are left to the general path, which words the error).
    var ok = false
    /// Per keyword: the local it binds to, or -1 for the `**kwargs` dict.
    var targets: [Int] = []
    /// Per keyword: its str hash (used for the `**kwargs` dict).
    var hashes: [Int] = []
    /// The lowest positional parameter that neither a positional nor a
    /// keyword argument fills (`argCount` when all are filled): every
    /// parameter from there on must have a default.
    var lowestUnfilled = 0
    /// Keyword-only parameters (bit k for parameter k) the call leaves to
    /// their defaults.
    var unfilledKwOnly: UInt64 = 0
}

/// One plan per keyword-names entry of a code object (each CALL_KW site has
/// its own entry).
final class KeywordPlans {
    let plans: UnsafeMutablePointer<KeywordPlan>
    let count: Int

    init(count: Int) {
        self.count = count
        plans = .allocate(capacity: max(count, 1))
        plans.initialize(repeating: KeywordPlan(), count: count)
    }

    deinit {
        plans.deinitialize(count: count)
        plans.deallocate()
    }
}

extension Interpreter {
    /// For a keyword call whose callable sits in `slot`, with `npos`
    /// positional and then `kwNames.count` keyword values after it: the
    /// bound frame (or generator), or nil (nothing consumed) when the
    /// callable is no Python function (or bound method of one) or the
    /// arguments do not bind. `plan` is the site's plan. On success the
    /// callable's and the arguments' slots are consumed. Out of line: every
    /// instruction inlined into the dispatch loop costs all of its other
    /// paths (registers), and a keyword call's binding dwarfs the call.
    @inline(never)
    func plannedCall(_ slot: UnsafeMutablePointer<Value>, npos: Int, kwNames: [String],
                     plan: UnsafeMutablePointer<KeywordPlan>) -> StackCall? {
        guard let (fn, first) = pythonCallee(slot.pointee) else { return nil }
        let code = fn.code
        if plan.pointee.codeID != ObjectIdentifier(code) || plan.pointee.serial != code.serial
            || plan.pointee.hasFirst != (first != nil) || plan.pointee.npos != npos {
            makePlan(plan, code, hasFirst: first != nil, npos: npos, kwNames: kwNames)
        }
        guard plan.pointee.ok, code.argCount - fn.defaults.count <= plan.pointee.lowestUnfilled,
              kwOnlyDefaultsPresent(fn, plan.pointee.unfilledKwOnly) else { return nil }
        let frame = plannedFrame(fn, first: first, slot + 1, npos: npos, kwNames: kwNames, plan: plan)
        _ = slot.move()
        if let g = wrapGenerator(fn, frame) { return .value(.object(g)) }
        return .frame(frame)
    }

    @inline(__always)
    private func kwOnlyDefaultsPresent(_ fn: PyFunction, _ mask: UInt64) -> Bool {
        if mask == 0 { return true }
        let d = fn.kwDefaults
        for k in 0..<fn.code.kwOnlyCount where mask & (1 << UInt64(k)) != 0 {
            if k >= d.count || d[k] == nil { return false }
        }
        return true
    }

    /// Works out the site's plan for `code` (see `bindable`, whose checks
    /// it makes once; those that depend on the function are left to the call).
    @inline(never)
    private func makePlan(_ plan: UnsafeMutablePointer<KeywordPlan>, _ code: CodeObject, hasFirst: Bool,
                          npos: Int, kwNames: [String]) {
        var p = KeywordPlan()
        p.codeID = ObjectIdentifier(code)
        p.serial = code.serial
        p.hasFirst = hasFirst
        p.npos = npos
        defer { plan.pointee = p }
        let argc = code.argCount, kwonly = code.kwOnlyCount, named = argc + kwonly
        guard named < 64, !code.isModule, !code.isClassBody else { return }
        let given = npos + (hasFirst ? 1 : 0)
        if given > argc && !code.hasVarargs { return }
        let filledPositional = min(given, argc)
        var filled: UInt64 = (1 << UInt64(filledPositional)) &- 1
        let names = code.varnames
        for name in kwNames {
            var target = -1
            for i in code.posOnlyCount..<named where AttributeDict.sameName(names[i], name) {
                target = i
                break
            }
            if target < 0 {
                if !code.hasVarkw { return }
            } else {
                let bit: UInt64 = 1 << UInt64(target)
                if filled & bit != 0 { return }
                filled |= bit
            }
            p.targets.append(target)
            p.hashes.append(PyHash.string(name))
        }
        var lowest = argc
        for i in 0..<argc where filled & (1 << UInt64(i)) == 0 {
            lowest = i
            break
        }
        p.lowestUnfilled = lowest
        for k in 0..<kwonly where filled & (1 << UInt64(argc + k)) == 0 { p.unfilledKwOnly |= 1 << UInt64(k) }
        p.ok = true
    }

    /// Moves the arguments into a new frame for `fn` as the plan says; the
    /// plan and the function's defaults allow the call. A new frame's
    /// locals are all unbound and the plan ruled out a parameter given
    /// twice, so each is initialised in place, once.
    private func plannedFrame(_ fn: PyFunction, first: Value?, _ args: UnsafeMutablePointer<Value>,
                              npos: Int, kwNames: [String], plan: UnsafeMutablePointer<KeywordPlan>) -> Frame {
        let code = fn.code
        let argc = code.argCount, kwonly = code.kwOnlyCount
        let frame = Frame.make(code: code, module: fn.module, interp: self)
        let locals = frame.locals
        // Positionals: the receiver first, then the stack's values.
        var shift = 0
        if let first, argc > 0 {
            locals.initialize(to: first)
            shift = 1
        }
        let direct = min(npos, argc - shift)
        for k in 0..<direct { (locals + shift + k).initialize(to: (args + k).move()) }
        var extra: [Value] = []
        if code.hasVarargs {
            if shift == 0, let first {
                // `def f(*args)` as a method: the receiver is the first extra.
                extra.reserveCapacity(npos + 1)
                extra.append(first)
                for k in 0..<npos { extra.append((args + k).move()) }
            } else {
                extra = movedArguments(args + direct, npos - direct)
            }
        }
        var varkw: PyDict?
        if code.hasVarkw { varkw = PyDict(keywordCapacity: kwNames.count) }
        plan.pointee.targets.withUnsafeBufferPointer { targets in
            plan.pointee.hashes.withUnsafeBufferPointer { hashes in
                for j in 0..<targets.count {
                    let v = (args + npos + j).move()
                    let i = targets[j]
                    if i >= 0 {
                        (locals + i).initialize(to: v)
                    } else {
                        varkw!.appendDistinct(.str(kwNames[j]), hash: hashes[j], v)
                    }
                }
            }
        }
        if plan.pointee.lowestUnfilled < argc {
            let firstDefault = argc - fn.defaults.count
            for i in plan.pointee.lowestUnfilled..<argc where Frame.isUnbound(locals + i) {
                (locals + i).initialize(to: fn.defaults[i - firstDefault])
            }
        }
        if plan.pointee.unfilledKwOnly != 0 {
            for k in 0..<kwonly where Frame.isUnbound(locals + argc + k) {
                (locals + argc + k).initialize(to: fn.kwDefaults[k])
            }
        }
        var next = argc + kwonly
        if code.hasVarargs {
            (locals + next).initialize(to: .tuple(extra))
            next += 1
        }
        if let d = varkw { (locals + next).initialize(to: .object(d)) }
        if !code.cellArgs.isEmpty {
            for (ci, ai) in code.cellArgs { frame.cells[ci].value = locals[ai] }
        }
        if fn.hasClosure { frame.cells.append(contentsOf: fn.closure) }
        return frame
    }
}
