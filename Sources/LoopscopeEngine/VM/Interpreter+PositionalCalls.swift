// The Python → Python call fast path: a call whose arguments bind by
// position alone (defaults fill the missing trailing ones, keyword-only
// parameters take their defaults) moves them straight from the caller's
// stack into the new frame's locals. Plain functions, bound methods held in
// variables and functions found by LOAD_METHOD without a receiver (static
// methods, `module.f()`) take it; everything else binds through
// `stackCall` (Interpreter+CallBinding.swift) or the general path.

extension Interpreter {
    /// Whether `n` positional arguments bind to `fn` by position alone:
    /// no `*args`, `**kwargs` or cell parameters, not a generator, every
    /// parameter beyond the `n` with a default.
    func takesPositionally(_ fn: PyFunction, _ n: Int) -> Bool {
        let code = fn.code
        if n == code.fastArgCount { return true }
        if code.fastArgCount > n { return n + fn.defaults.count >= code.argCount }
        // `def f(x, *, flag=False)`: fastArgCount is -1, n >= 0.
        guard code.kwOnlyDefaultsBind, n <= code.argCount, n + fn.defaults.count >= code.argCount,
              fn.kwDefaults.count == code.kwOnlyCount else { return false }
        for d in fn.kwDefaults where d == nil { return false }
        return true
    }

    /// A frame for `fn` with the `n` values from `args` on moved into its
    /// first locals (consumed), the missing trailing positionals from its
    /// defaults, and its closure. The caller has checked the counts fit
    /// (`fastArgCount`: no keyword-only parameters).
    @inline(__always)
    func positionalFrame(_ fn: PyFunction, _ args: UnsafeMutablePointer<Value>, _ n: Int) -> Frame {
        let frame = Frame.make(code: fn.code, module: fn.module, interp: self)
        fillPositional(frame, fn, args, n)
        return frame
    }

    /// `positionalFrame`'s filling of a fresh or recycled frame of `fn`
    /// (a reused coroutine's frame too).
    @inline(__always)
    func fillPositional(_ frame: Frame, _ fn: PyFunction, _ args: UnsafeMutablePointer<Value>, _ n: Int) {
        let code = fn.code
        // A fresh or recycled frame's locals are all unbound (nil).
        for k in 0..<n { (frame.locals + k).initialize(to: (args + k).move()) }
        if n < code.argCount {
            let d = fn.defaults.count
            for k in n..<code.argCount { (frame.locals + k).initialize(to: fn.defaults[d - (code.argCount - k)]) }
        }
        if fn.hasClosure { frame.cells.append(contentsOf: fn.closure) }
    }

    /// `positionalFrame` for any call `takesPositionally` accepts: the
    /// receiver (when given) first, then the `n` values from `args` on
    /// (consumed), the other parameters, keyword-only ones included, from
    /// the defaults. Out of line: the dispatch loop's common calls take
    /// `positionalFrame`, and every instruction inlined there costs all
    /// of them (registers).
    @inline(never)
    func defaultsFrame(_ fn: PyFunction, receiver: Value?, _ args: UnsafeMutablePointer<Value>, _ n: Int) -> Frame {
        let code = fn.code
        let frame = Frame.make(code: code, module: fn.module, interp: self)
        var locals = frame.locals
        if let receiver {
            locals.initialize(to: receiver)
            locals += 1
        }
        for k in 0..<n { (locals + k).initialize(to: (args + k).move()) }
        let given = n + (receiver == nil ? 0 : 1), argc = code.argCount
        if given < argc {
            let d = fn.defaults.count
            for k in given..<argc { (frame.locals + k).initialize(to: fn.defaults[d - (argc - k)]) }
        }
        for k in 0..<code.kwOnlyCount { (frame.locals + argc + k).initialize(to: fn.kwDefaults[k]) }
        if fn.hasClosure { frame.cells.append(contentsOf: fn.closure) }
        return frame
    }

    /// For `call` on a plain Python function with positional arguments
    /// (`slot` holds the function, the `n` arguments follow it): a frame
    /// with the arguments moved into its locals, or nil when the call needs
    /// the general path. On success the function's slot and the arguments'
    /// slots are consumed (left uninitialised). The function is only
    /// borrowed while the frame is built, then its slot's reference dropped.
    @inline(__always)
    func plainCallFrame(_ slot: UnsafeMutablePointer<Value>, _ n: Int) -> Frame? {
        guard let fn = plainFunction(slot.pointee) else { return nil }
        let frame: Frame? = fn._withUnsafeGuaranteedRef { fn in
            let code = fn.code
            if n == code.fastArgCount || (code.fastArgCount > n && n + fn.defaults.count >= code.argCount) {
                return positionalFrame(fn, slot + 1, n)
            }
            guard code.kwOnlyDefaultsBind, takesPositionally(fn, n) else { return nil }
            return defaultsFrame(fn, receiver: nil, slot + 1, n)
        }
        // The slot held `.object(fn)`: releasing the object is destroying the value.
        if frame != nil { fn.release() }
        return frame
    }

    /// CALL_METHOD's [function, NULL, args...] (a static method, a
    /// function in an instance or module namespace): `slot` holds the
    /// function, the `n` arguments follow the NULL. A frame, the function's
    /// and the arguments' slots consumed (not the NULL's), or nil.
    @inline(never)
    func receiverlessCallFrame(_ slot: UnsafeMutablePointer<Value>, _ n: Int) -> Frame? {
        guard let fn = plainFunction(slot.pointee) else { return nil }
        let frame: Frame? = fn._withUnsafeGuaranteedRef { fn in
            guard takesPositionally(fn, n) else { return nil }
            return defaultsFrame(fn, receiver: nil, slot + 2, n)
        }
        if frame != nil { fn.release() }
        return frame
    }

    /// The function in a value, without taking a reference: the caller's
    /// stack slot keeps it alive.
    @inline(__always)
    private func plainFunction(_ v: borrowing Value) -> Unmanaged<PyFunction>? {
        switch v {
        case .object(let o):
            guard let fn = o as? PyFunction else { return nil }
            return Unmanaged.passUnretained(fn)
        default:
            return nil
        }
    }

    /// `m(args)` for a bound method of a plain Python function
    /// (`deposit = acc.deposit; deposit(1)`), `slot` holding the method and
    /// the `n` arguments following it: a frame with the receiver first and
    /// the arguments after it, as calling `m.__func__(m.__self__, ...)`
    /// binds; nil (nothing consumed) for the general path.
    @inline(never)
    func boundMethodFrame(_ slot: UnsafeMutablePointer<Value>, _ n: Int) -> Frame? {
        guard case .object(let o) = slot.pointee, type(of: o) == PyBoundMethod.self else { return nil }
        let m = unsafeDowncast(o, to: PyBoundMethod.self)
        guard case .object(let fo) = m.function, type(of: fo) == PyFunction.self else { return nil }
        let fn = unsafeDowncast(fo, to: PyFunction.self)
        guard takesPositionally(fn, n + 1) else { return nil }
        let frame = defaultsFrame(fn, receiver: m.receiver, slot + 1, n)
        _ = slot.move()
        return frame
    }
}
