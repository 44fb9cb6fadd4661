// The dispatch loop's fast paths for everyday objects: attribute loads,
// stores and method loads on instances of plain user classes, `C(args)` of a
// class whose `__init__` is a plain Python function, and float arithmetic.
// Each does exactly what the general path would decide (see the checks
// cached in `AttributeCacheEntry.flags`), without its type tests, argument
// arrays and bound-method objects; anything else takes the general path.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Interpreter {
    /// The instance in `v` when it is a plain `PyInstance` (no builtin
    /// layout, no exception) whose class the site describes with `flag`.
    @inline(__always)
    func plainInstance(_ v: Value, _ site: UnsafeMutablePointer<AttributeCacheEntry>,
                       _ flag: UInt8) -> PyInstance? {
        guard case .object(let o) = v, type(of: o) == PyInstance.self else { return nil }
        let inst = unsafeDowncast(o, to: PyInstance.self)
        guard site.pointee.describes(inst.cls) || promoteEntry(site, inst.cls),
              site.pointee.flags & flag != 0 else { return nil }
        return inst
    }

    /// `plainInstance` for the value in a stack slot, borrowed: the slot
    /// keeps the instance alive, so no reference is taken or dropped.
    @inline(__always)
    func plainInstanceRef(_ slot: UnsafeMutablePointer<Value>, _ site: UnsafeMutablePointer<AttributeCacheEntry>,
                          _ flag: UInt8) -> Unmanaged<PyInstance>? {
        guard let ref = slot.borrowedObject else { return nil }
        return ref._withUnsafeGuaranteedRef { o -> Unmanaged<PyInstance>? in
            guard type(of: o) == PyInstance.self else { return nil }
            let inst = unsafeDowncast(o, to: PyInstance.self)
            guard site.pointee.describes(inst.cls) || promoteEntry(site, inst.cls),
                  site.pointee.flags & flag != 0 else { return nil }
            return Unmanaged.passUnretained(inst)
        }
    }

    /// `obj.name` (the object in `slot`, borrowed) found in the instance
    /// dict, where no data descriptor of the class comes first; nil means:
    /// ask `loadAttribute`. Kept small so the dispatch loop inlines it; the
    /// class attribute is looked at out of line.
    @inline(__always)
    func fastInstanceLoad(_ slot: UnsafeMutablePointer<Value>, _ name: UnsafePointer<String>,
                          _ site: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        guard let ref = plainInstanceRef(slot, site, AttributeCacheEntry.dictFirst) else { return nil }
        if let v = ref._withUnsafeGuaranteedRef({ $0.dict.value(name, hint: &site.pointee.slot) }) { return v }
        return instanceClassAttribute(slot, site)
    }

    /// `obj.name` for a plain instance (in `slot`) whose dict lacks the
    /// name: the class attribute, bound as `bindDescriptor` would; nil when
    /// `loadAttribute` must decide.
    @inline(never)
    func instanceClassAttribute(_ slot: UnsafeMutablePointer<Value>,
                                _ site: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        guard site.pointee.flags & AttributeCacheEntry.classPlain != 0, let v = site.pointee.value else { return nil }
        guard case .object(let d) = v else { return v }
        let kind = type(of: d)
        if kind == PyFunction.self { return .object(PyBoundMethod(function: v, receiver: slot.pointee)) }
        if kind == PyStaticMethod.self { return unsafeDowncast(d, to: PyStaticMethod.self).function }
        if kind == PyClassMethod.self, case .object(let o) = slot.pointee {
            return .object(PyBoundMethod(function: unsafeDowncast(d, to: PyClassMethod.self).function,
                                         receiver: .object(unsafeDowncast(o, to: PyInstance.self).cls)))
        }
        return d is PyNativeFunction ? nil : v
    }

    /// LOAD_METHOD of a Python function of the class, not shadowed by the
    /// instance dict (the object in `slot`, borrowed): the function itself,
    /// to be called with the instance.
    @inline(__always)
    func fastInstanceMethod(_ slot: UnsafeMutablePointer<Value>, _ name: UnsafePointer<String>,
                            _ site: UnsafeMutablePointer<AttributeCacheEntry>) -> Value? {
        guard let ref = plainInstanceRef(slot, site, AttributeCacheEntry.method) else { return nil }
        if ref._withUnsafeGuaranteedRef({ !$0.dict.isEmpty && $0.dict.contains(name) }) { return nil }
        return site.pointee.value
    }

    /// `obj.name` for a property with a plain Python getter: a frame for
    /// the getter with the instance (moved out of `slot`) as its argument,
    /// as a call `getter(obj)` would make; nil (nothing consumed) otherwise.
    @inline(__always)
    func propertyGetterFrame(_ slot: UnsafeMutablePointer<Value>,
                             _ site: UnsafeMutablePointer<AttributeCacheEntry>) -> Frame? {
        guard plainInstanceRef(slot, site, AttributeCacheEntry.propertyGetter) != nil,
              case .object(let p)? = site.pointee.value,
              case .object(let g) = unsafeDowncast(p, to: PyProperty.self).getter else { return nil }
        let fn = unsafeDowncast(g, to: PyFunction.self)
        let frame = Frame.make(code: fn.code, module: fn.module, interp: self)
        frame.locals.initialize(to: slot.move())
        if fn.hasClosure { frame.cells.append(contentsOf: fn.closure) }
        return frame
    }

    /// `obj.name = v` for a property with a plain Python setter: a frame
    /// for the setter with the instance and the value (both consumed) as
    /// its arguments, whose result is dropped; nil (nothing consumed) otherwise.
    @inline(__always)
    func propertySetterFrame(_ obj: Value, _ v: Value,
                             _ site: UnsafeMutablePointer<AttributeCacheEntry>) -> Frame? {
        guard plainInstance(obj, site, AttributeCacheEntry.propertySetter) != nil,
              case .object(let p)? = site.pointee.value,
              case .object(let s) = unsafeDowncast(p, to: PyProperty.self).setter else { return nil }
        let fn = unsafeDowncast(s, to: PyFunction.self)
        let frame = Frame.make(code: fn.code, module: fn.module, interp: self)
        frame.locals.initialize(to: obj)
        (frame.locals + 1).initialize(to: v)
        if fn.hasClosure { frame.cells.append(contentsOf: fn.closure) }
        frame.mode = .setterCall
        return frame
    }

    /// `C.name` on a plain class (see `AttributeCacheEntry.classPlain`):
    /// the callable and the receiver a method call passes first (the class
    /// for a classmethod, nil otherwise), or nil for the general path. With
    /// `bind`, a classmethod comes back bound (an attribute load).
    @inline(__always)
    func fastClassAttribute(_ obj: Value, _ name: String, _ site: UnsafeMutablePointer<AttributeCacheEntry>,
                            bind: Bool) -> (Value, Value?)? {
        guard case .object(let o) = obj, type(of: o) == PyType.self else { return nil }
        let t = unsafeDowncast(o, to: PyType.self)
        if !(site.pointee.describes(t) || promoteEntry(site, t)) { _ = fillSite(site, t, name) }
        guard site.pointee.flags & AttributeCacheEntry.classPlain != 0, let v = site.pointee.value else { return nil }
        guard case .object(let d) = v else { return (v, nil) }
        if type(of: d) == PyStaticMethod.self { return (unsafeDowncast(d, to: PyStaticMethod.self).function, nil) }
        if type(of: d) == PyClassMethod.self {
            let fn = unsafeDowncast(d, to: PyClassMethod.self).function
            if bind { return (.object(PyBoundMethod(function: fn, receiver: obj)), nil) }
            return (fn, obj)
        }
        return (v, nil)
    }

    // MARK: generators and coroutines

    /// Calling a generator, coroutine or async generator function with
    /// positional arguments it binds simply: the new object, its frame's
    /// locals moved from the `n` slots after `slot` (which holds the
    /// function; consumed too). Nil (nothing consumed) for the general path.
    @inline(__always)
    func generatorCall(_ slot: UnsafeMutablePointer<Value>, _ n: Int) -> Value? {
        guard case .object(let o) = slot.pointee, type(of: o) == PyFunction.self else { return nil }
        let fn = unsafeDowncast(o, to: PyFunction.self)
        let code = fn.code
        guard code.isCoroutine || code.isGenerator || code.isAsyncGenerator, code.isSimpleArgs,
              n == code.argCount || (n < code.argCount && n + fn.defaults.count >= code.argCount) else { return nil }
        if code.isCoroutine, let g = spareCoroutine(fn) {
            fillPositional(g.frame, fn, slot + 1, n)
            _ = slot.move()
            return .object(g)
        }
        let frame = positionalFrame(fn, slot + 1, n)
        guard let g = wrapGenerator(fn, frame) else { return nil }
        _ = slot.move()
        return .object(g)
    }

    // MARK: instantiation

    /// `C(args)` where `object.__new__` makes the instance and `__init__` is
    /// a plain Python function: a frame for `__init__` with the new instance
    /// first and the `n` arguments (in the slots after `slot`, which holds
    /// the class) moved into its locals; its mode hands the instance to the
    /// caller. Nil (nothing consumed) when the call needs `instantiate`.
    @inline(__always)
    func plainInitFrame(_ slot: UnsafeMutablePointer<Value>, _ n: Int) -> Frame? {
        guard case .object(let o) = slot.pointee, type(of: o) == PyType.self else { return nil }
        let t = unsafeDowncast(o, to: PyType.self)
        guard let fn = plainInitializer(t) else { return nil }
        let code = fn.code
        let argc = n + 1
        guard argc == code.fastArgCount
                || (code.fastArgCount > argc && argc + fn.defaults.count >= code.argCount) else { return nil }
        let inst = PyInstance(cls: t)
        if let spare = t.spareAttributes.popLast() {
            inst.dict = spare
        } else if t.attributeHint > 0 {
            inst.dict.reserve(t.attributeHint)
        }
        let frame = Frame.make(code: code, module: fn.module, interp: self)
        frame.locals.initialize(to: .object(inst))
        for k in 0..<n { (frame.locals + 1 + k).initialize(to: (slot + 1 + k).move()) }
        if argc < code.argCount {
            let d = fn.defaults.count
            for k in argc..<code.argCount { (frame.locals + k).initialize(to: fn.defaults[d - (code.argCount - k)]) }
        }
        if fn.hasClosure { frame.cells.append(contentsOf: fn.closure) }
        frame.mode = .initCall(inst)
        _ = slot.move()
        return frame
    }

    /// The `__init__` of `t` when instantiating it is exactly "make a
    /// `PyInstance`, call `__init__`" (see `instantiate`); cached per class
    /// until any class changes.
    @inline(__always)
    func plainInitializer(_ t: PyType) -> PyFunction? {
        if t.initializerEpoch == PyType.attributeEpoch { return t.initializer }
        var found: PyFunction?
        if !t.isBuiltin, t.metatype == nil,
           case .object(let newFn)? = t.special(.new), newFn === ObjectMethods.objectNew,
           !t.isSubtype(of: BuiltinTypes.baseException),
           case .object(let initFn)? = t.special(.initializer), let f = initFn as? PyFunction,
           f.code.fastArgCount >= 1 {
            found = f
        }
        t.initializer = found
        t.initializerEpoch = PyType.attributeEpoch
        return found
    }

    // MARK: floats

    /// `a op b` when one side is a float and the other a float or an int
    /// (CPython converts the int; exactly, below 2**53), or `int / int`
    /// below 2**53, and the result needs none of float's error cases.
    @inline(__always)
    func fastFloatOp(_ op: BinaryOp, _ a: Value, _ b: Value) -> Value? {
        let x: Double, y: Double
        if case .float(let p) = a {
            x = p
            if case .float(let q) = b { y = q } else if case .int(let q) = b { y = Double(q) } else { return nil }
        } else if case .int(let p) = a {
            if case .float(let q) = b {
                x = Double(p); y = q
            } else if case .int(let q) = b, op == .truediv, p.magnitude <= 1 << 53, q.magnitude <= 1 << 53 {
                x = Double(p); y = Double(q)
            } else {
                return nil
            }
        } else {
            return nil
        }
        if op == .pow, case .int(let q) = b, q.magnitude > 1 << 53 { return nil }
        return fastFloatPair(op, x, y).map { .float($0) }
    }

    /// x op y for two doubles when the result needs none of float's error
    /// cases (a zero divisor, pow's domain and overflow); nil otherwise.
    @inline(__always)
    func fastFloatPair(_ op: BinaryOp, _ x: Double, _ y: Double) -> Double? {
        switch op {
        case .add: return x + y
        case .sub: return x - y
        case .mul: return x * y
        case .truediv: return y == 0 ? nil : x / y
        case .pow:
            // float_pow's ordinary case: a positive finite base other than
            // 1, a finite non-zero exponent, a finite result.
            guard x > 0, x.isFinite, x != 1, y.isFinite, y != 0 else { return nil }
            let r = pow(x, y)
            return r.isFinite ? r : nil
        default: return nil
        }
    }

    /// Ordering and equality of two floats (IEEE, as float_richcompare).
    @inline(__always)
    func fastFloatCompare(_ op: CompareOp, _ a: Value, _ b: Value) -> Bool? {
        guard case .float(let x) = a, case .float(let y) = b else { return nil }
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        case .ge: return x >= y
        case .eq: return x == y
        case .ne: return x != y
        default: return nil
        }
    }
}

extension Interpreter {
    // MARK: next() on a generator

    /// `next(gen)` / `next(gen, default)` on a plain generator that can
    /// step (`slot` holds `next`, the arguments follow): the `next` slot is
    /// dropped and the arguments moved down one, so the caller's stack ends
    /// in [gen, default?] while the generator runs as a frame of the loop
    /// (`FrameMode.nextCall`); the caller then has one slot fewer. Nil
    /// (nothing touched) for the general path.
    @inline(__always)
    func nextCallGenerator(_ slot: UnsafeMutablePointer<Value>, _ n: Int) -> PyGenerator? {
        guard n == 1 || n == 2, let nb = nextBuiltin, case .object(let fo) = slot.pointee, fo === nb,
              case .object(let go) = slot[1], type(of: go) == PyGenerator.self else { return nil }
        let g = unsafeDowncast(go, to: PyGenerator.self)
        guard !g.finished, !g.isRunning, depth + g.chainLength <= recursionLimit else { return nil }
        _ = slot.move()
        slot.moveInitialize(from: slot + 1, count: n)
        return g
    }
}
