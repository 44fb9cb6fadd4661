// Binding a call's arguments straight from the caller's value stack into the
// callee's frame: keyword arguments, defaults, keyword-only parameters,
// `*args`/`**kwargs` and cell parameters, for plain functions, bound methods
// and classmethods alike. No `Arguments`, no intermediate arrays; a call
// that would fail to bind is left untouched for the general path, which
// words the error as CPython does.

/// What a call bound from the stack became.
enum StackCall {
    /// A Python frame to enter.
    case frame(Frame)
    /// A generator, coroutine or async generator object (its frame bound).
    case value(Value)
}

extension Interpreter {
    /// The Python function a call slot holds, directly or as a bound method,
    /// and the receiver to pass first; nil for any other callable.
    @inline(__always)
    func pythonCallee(_ callee: Value) -> (PyFunction, Value?)? {
        guard case .object(let o) = callee else { return nil }
        if type(of: o) == PyFunction.self { return (unsafeDowncast(o, to: PyFunction.self), nil) }
        guard type(of: o) == PyBoundMethod.self else { return nil }
        let m = unsafeDowncast(o, to: PyBoundMethod.self)
        guard case .object(let f) = m.function, type(of: f) == PyFunction.self else { return nil }
        return (unsafeDowncast(f, to: PyFunction.self), m.receiver)
    }

    /// For a call whose callable sits in `slot`, with `npos` positional and
    /// then `kwNames.count` keyword values after it: the bound frame, or nil
    /// (nothing consumed) when the callable is no Python function (or a bound
    /// method or classmethod of one) or the arguments do not bind. On success
    /// the callable's and the arguments' slots are consumed.
    @inline(__always)
    func stackCall(_ slot: UnsafeMutablePointer<Value>, npos: Int, kwNames: [String]) -> StackCall? {
        guard let (fn, first) = pythonCallee(slot.pointee) else { return nil }
        guard bindable(fn, hasFirst: first != nil, slot + 1, npos: npos, kwNames: kwNames) else { return nil }
        let frame = boundFrame(fn, first: first, slot + 1, npos: npos, kwNames: kwNames)
        _ = slot.move()
        if let g = wrapGenerator(fn, frame) { return .value(.object(g)) }
        return .frame(frame)
    }

    /// The index of keyword `name` among `code`'s named parameters that
    /// take keywords (not positional-only), or -1.
    @inline(__always)
    private func keywordIndex(_ code: CodeObject, _ name: String) -> Int {
        let names = code.varnames
        for i in code.posOnlyCount..<(code.argCount + code.kwOnlyCount) where AttributeDict.sameName(names[i], name) {
            return i
        }
        return -1
    }

    /// Whether the arguments bind without error: no surplus positionals
    /// without `*args`, no unknown or repeated keyword without `**kwargs`,
    /// every parameter without a default given.
    private func bindable(_ fn: PyFunction, hasFirst: Bool, _ args: UnsafeMutablePointer<Value>,
                          npos: Int, kwNames: [String]) -> Bool {
        let code = fn.code
        let argc = code.argCount, named = argc + code.kwOnlyCount
        guard named <= 64, !code.isModule, !code.isClassBody else { return false }
        let given = npos + (hasFirst ? 1 : 0)
        if given > argc && !code.hasVarargs { return false }
        let filledPositional = min(given, argc)
        var filled: UInt64 = filledPositional == 64 ? ~0 : (1 << UInt64(filledPositional)) &- 1
        for name in kwNames {
            let i = keywordIndex(code, name)
            if i < 0 {
                if !code.hasVarkw { return false }
                continue
            }
            let bit: UInt64 = 1 << UInt64(i)
            if filled & bit != 0 { return false }
            filled |= bit
        }
        let firstDefault = argc - fn.defaults.count
        for i in filledPositional..<argc where filled & (1 << UInt64(i)) == 0 && i < firstDefault { return false }
        for k in 0..<code.kwOnlyCount where filled & (1 << UInt64(argc + k)) == 0 {
            if k >= fn.kwDefaults.count || fn.kwDefaults[k] == nil { return false }
        }
        return true
    }

    /// Moves the arguments into a new frame for `fn`; `bindable` said yes.
    /// A new frame's locals are all unbound and `bindable` ruled out a
    /// parameter given twice, so each is initialised in place, once.
    private func boundFrame(_ fn: PyFunction, first: Value?, _ args: UnsafeMutablePointer<Value>,
                            npos: Int, kwNames: [String]) -> Frame {
        let code = fn.code
        let argc = code.argCount, kwonly = code.kwOnlyCount
        let frame = Frame.make(code: code, module: fn.module, interp: self)
        let locals = frame.locals
        let shift = first == nil ? 0 : 1
        let given = npos + shift
        // Positionals: the receiver first, then the stack's values.
        @inline(__always) func positional(_ k: Int) -> Value { k < shift ? first! : (args + (k - shift)).move() }
        for k in 0..<min(given, argc) { (locals + k).initialize(to: positional(k)) }
        var extra: [Value] = []
        if given > argc {
            if argc >= shift {
                // All from the stack: array literals for the usual counts.
                extra = movedArguments(args + (argc - shift), given - argc)
            } else {
                extra.reserveCapacity(given - argc)
                for k in argc..<given { extra.append(positional(k)) }
            }
        }
        var varkw: PyDict?
        if code.hasVarkw {
            let d = PyDict()
            if !kwNames.isEmpty { d.reserveEntries(kwNames.count) }
            varkw = d
        }
        for (j, name) in kwNames.enumerated() {
            let v = (args + npos + j).move()
            let i = keywordIndex(code, name)
            if i >= 0 { (locals + i).initialize(to: v) } else { try? varkw?.set(.str(name), v, self) }
        }
        if given < argc {
            let firstDefault = argc - fn.defaults.count
            for i in max(given, firstDefault)..<argc where Frame.isUnbound(locals + i) {
                (locals + i).initialize(to: fn.defaults[i - firstDefault])
            }
        }
        for k in 0..<kwonly where Frame.isUnbound(locals + argc + k) { (locals + argc + k).initialize(to: fn.kwDefaults[k]) }
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

/// Exchanges the values in `a[0]` and `a[1]`.
@inline(__always)
func swapSlots(_ a: UnsafeMutablePointer<Value>) {
    let t = a.move()
    a.moveInitialize(from: a + 1, count: 1)
    (a + 1).initialize(to: t)
}
