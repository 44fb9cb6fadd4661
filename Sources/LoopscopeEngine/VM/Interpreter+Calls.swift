// Calling things: binding arguments to parameters (CPython's error wording),
// Python functions as frames, bound methods, classes, native functions and
// objects with __call__; nested loops for calls made from native code.

enum CallOutcome {
    case value(Value)
    case frame(Frame)
}

extension Interpreter {
    /// Resolves a call made by the dispatch loop. Python functions become a
    /// frame linked under `parent` (no Swift recursion); everything else runs now.
    func prepareCall(_ callable: Value, _ args: Arguments, parent: Frame?) throws -> CallOutcome {
        guard case .object(let o) = callable else {
            throw PyError(BuiltinTypes.typeError, "'\(pyTypeName(callable))' object is not callable")
        }
        if let fn = o as? PyFunction {
            let frame = try bindArguments(fn, args)
            if let g = wrapGenerator(fn, frame) { return .value(.object(g)) }
            return try pushFrame(frame, parent: parent, mode: .call)
        }
        if let nf = o as? PyNativeFunction {
            return .value(try nf.body(self, args))
        }
        if let m = o as? PyBoundMethod {
            var a = args
            a.positional.insert(m.receiver, at: 0)
            return try prepareCall(m.function, a, parent: parent)
        }
        if let t = o as? PyType {
            // A metaclass's own `__call__` (EnumType: `Color(1)` looks a member up).
            if let meta = t.metatype, let call = meta.lookup("__call__"), case .object(let co) = call, co is PyFunction {
                var a = args
                a.positional.insert(callable, at: 0)
                return try prepareCall(call, a, parent: parent)
            }
            return try instantiate(t, args, parent: parent)
        }
        if let call = o.pyType.lookup("__call__") {
            var a = args
            a.positional.insert(callable, at: 0)
            return try prepareCall(call, a, parent: parent)
        }
        throw PyError(BuiltinTypes.typeError, "'\(o.pyType.name)' object is not callable")
    }

    func pushFrame(_ frame: Frame, parent: Frame?, mode: FrameMode) throws -> CallOutcome {
        if depth >= recursionLimit {
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded")
        }
        guard let parent else {
            return .value(try runNestedFrame(frame, mode: mode))
        }
        frame.parent = parent
        frame.mode = mode
        depth += 1
        return .frame(frame)
    }

    /// A call from native code: runs to completion on a nested loop.
    func callValue(_ callable: Value, _ args: Arguments) throws -> Value {
        switch try prepareCall(callable, args, parent: nil) {
        case .value(let v): return v
        case .frame(let f): return try runNestedFrame(f, mode: f.mode)
        }
    }

    func runNestedFrame(_ frame: Frame, mode: FrameMode) throws -> Value {
        if depth >= recursionLimit {
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while calling a Python object")
        }
        if nativeDepth >= maxNativeDepth || !stackGuard.hasRoom() {
            throw PyError(BuiltinTypes.recursionError, "maximum recursion depth exceeded while calling a Python object")
        }
        var isInit: Value?
        if case .initCall(let inst) = mode { isInit = .object(inst) }
        frame.mode = .nativeCall
        frame.parent = currentFrame
        depth += 1
        nativeDepth += 1
        defer { nativeDepth -= 1 }
        let r = run(frame, budget: Int.max)
        frame.parent = nil
        switch r {
        case .returned(let v):
            if let inst = isInit {
                if !v.isNone { throw PyError(BuiltinTypes.typeError, "__init__() should return None, not '\(pyTypeName(v))'") }
                return inst
            }
            return v
        case .raised(let e): throw PyError(e)
        case .yielded, .interrupted, .suspendRequest:
            throw PyError(BuiltinTypes.runtimeError, "internal error: a nested call suspended")
        }
    }

    /// Runs a frame (module body, prelude) to completion from native code.
    func runNested(_ frame: Frame) throws -> Value {
        try runNestedFrame(frame, mode: .nativeCall)
    }

    func wrapGenerator(_ fn: PyFunction, _ frame: Frame) -> PyGenBase? {
        let c = fn.code
        if c.isCoroutine {
            let co = AttributeDict.sameName(fn.name, c.name) && AttributeDict.sameName(fn.qualname, c.qualname)
                ? PyCoroutine(frame: frame) : PyCoroutine(frame: frame, name: fn.name, qualname: fn.qualname)
            if onCoroutineNeverAwaited != nil { co.neverAwaitedLink = link }
            return co
        }
        if c.isAsyncGenerator { return PyAsyncGenerator(frame: frame, name: fn.name, qualname: fn.qualname) }
        if c.isGenerator {
            // Named as its code (the usual case): no names to compare and keep.
            if AttributeDict.sameName(fn.name, c.name) && AttributeDict.sameName(fn.qualname, c.qualname) {
                return PyGenerator(frame: frame)
            }
            return PyGenerator(frame: frame, name: fn.name, qualname: fn.qualname)
        }
        return nil
    }

    // MARK: argument binding

    func bindArguments(_ fn: PyFunction, _ args: Arguments) throws -> Frame {
        let code = fn.code
        let frame = Frame.make(code: code, module: fn.module, interp: self)
        let locals = frame.locals
        let argc = code.argCount
        let pos = args.positional
        let qn = fn.qualname
        if code.isSimpleArgs && args.keywords.isEmpty && pos.count == argc {
            for i in 0..<argc { locals[i] = pos[i] }
        } else {
            try bindGeneral(fn, args, locals, qn)
        }
        for (ci, ai) in code.cellArgs { frame.cells[ci].value = locals[ai] }
        if !fn.closure.isEmpty { frame.cells.append(contentsOf: fn.closure) }
        return frame
    }

    private func bindGeneral(_ fn: PyFunction, _ args: Arguments, _ locals: UnsafeMutablePointer<Value?>, _ qn: String) throws {
        let code = fn.code
        let argc = code.argCount
        let kwonly = code.kwOnlyCount
        let pos = args.positional
        let names = code.varnames
        var extra: [Value] = []
        let n = min(pos.count, argc)
        for i in 0..<n { locals[i] = pos[i] }
        if pos.count > argc {
            if code.hasVarargs {
                extra = Array(pos[argc...])
            } else {
                let given = pos.count
                let required = argc - fn.defaults.count
                let kwGiven = args.keywords.filter { kw in names[argc..<(argc + kwonly)].contains(kw.0) }.count
                var takes: String
                if fn.defaults.isEmpty {
                    takes = "\(argc) positional argument\(argc == 1 ? "" : "s")"
                } else {
                    takes = "from \(required) to \(argc) positional arguments"
                }
                var msg = "\(qn)() takes \(takes) but \(given) \(given == 1 ? "was" : "were") given"
                if kwGiven > 0 {
                    msg = "\(qn)() takes \(takes) but \(given) positional argument\(given == 1 ? "" : "s") (and \(kwGiven) keyword-only argument\(kwGiven == 1 ? "" : "s")) were given"
                }
                throw PyError(BuiltinTypes.typeError, msg)
            }
        }
        var varkw: PyDict?
        if code.hasVarkw { varkw = PyDict() }
        var posOnlyAsKw: [String] = []
        for (name, value) in args.keywords {
            if let idx = names[0..<(argc + kwonly)].firstIndex(of: name), idx >= code.posOnlyCount {
                if locals[idx] != nil {
                    throw PyError(BuiltinTypes.typeError, "\(qn)() got multiple values for argument '\(name)'")
                }
                locals[idx] = value
            } else if let d = varkw {
                try d.set(.str(name), value, self)
            } else if let idx = names[0..<code.posOnlyCount].firstIndex(of: name), idx < code.posOnlyCount {
                posOnlyAsKw.append(name)
            } else {
                throw PyError(BuiltinTypes.typeError, "\(qn)() got an unexpected keyword argument '\(name)'")
            }
        }
        if !posOnlyAsKw.isEmpty {
            throw PyError(BuiltinTypes.typeError, "\(qn)() got some positional-only arguments passed as keyword arguments: '\(posOnlyAsKw.joined(separator: ", "))'")
        }
        // Defaults for missing positional parameters.
        let firstDefault = argc - fn.defaults.count
        var missing: [String] = []
        for i in 0..<argc where locals[i] == nil {
            if i >= firstDefault { locals[i] = fn.defaults[i - firstDefault] } else { missing.append(names[i]) }
        }
        if !missing.isEmpty {
            throw PyError(BuiltinTypes.typeError, "\(qn)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(listNames(missing))")
        }
        var missingKw: [String] = []
        for k in 0..<kwonly where locals[argc + k] == nil {
            if k < fn.kwDefaults.count, let d = fn.kwDefaults[k] { locals[argc + k] = d } else { missingKw.append(names[argc + k]) }
        }
        if !missingKw.isEmpty {
            throw PyError(BuiltinTypes.typeError, "\(qn)() missing \(missingKw.count) required keyword-only argument\(missingKw.count == 1 ? "" : "s"): \(listNames(missingKw))")
        }
        var next = argc + kwonly
        if code.hasVarargs {
            locals[next] = .tuple(extra)
            next += 1
        }
        if let d = varkw { locals[next] = .object(d) }
    }

    func listNames(_ names: [String]) -> String {
        let q = names.map { "'\($0)'" }
        if q.count == 1 { return q[0] }
        if q.count == 2 { return "\(q[0]) and \(q[1])" }
        return q.dropLast().joined(separator: ", ") + ", and " + q.last!
    }

    // MARK: classes

    func instantiate(_ t: PyType, _ args: Arguments, parent: Frame?) throws -> CallOutcome {
        var instance: Value
        let newFn = t.special(.new)
        let objectNew = BuiltinTypes.object.dict["__new__"]
        if case .object(let fo)? = newFn, fo === ObjectMethods.objectNew, !t.isBuiltin,
           !t.isSubtype(of: BuiltinTypes.baseException),
           (args.count == 0 && args.keywords.isEmpty)
            || !ObjectMethods.isObjectMethod(t.special(.initializer), ObjectMethods.objectInit) {
            // `object.__new__` of a plain class: what it would do, without the call.
            instance = .object(PyInstance(cls: t))
        } else if let newFn {
            var a = args
            a.positional.insert(.object(t), at: 0)
            var fnv = newFn
            if case .object(let o) = newFn, let sm = o as? PyStaticMethod { fnv = sm.function }
            instance = try callValue(fnv, a)
        } else if t.isSubtype(of: BuiltinTypes.baseException) {
            instance = .object(PyException(type: t, args: args.positional))
        } else if t.isBuiltin {
            throw PyError(BuiltinTypes.typeError, "cannot create '\(t.name)' instances")
        } else {
            instance = .object(PyInstance(cls: t))
        }
        // __init__ only when __new__ returned an instance of t.
        guard case .object(let io) = instance, io.pyType.isSubtype(of: t) else {
            try refuseBuiltinSubclass(t, instance)
            return .value(instance)
        }
        if let initFn = t.special(.initializer) {
            if case .object(let fo) = initFn, let fn = fo as? PyFunction {
                let frame: Frame
                if fn.code.fastArgCount == args.count + 1 && args.keywords.isEmpty {
                    // `__init__(self, a, b)` called with (a, b): bind in place.
                    frame = Frame.make(code: fn.code, module: fn.module, interp: self)
                    frame.locals[0] = instance
                    for (k, v) in args.positional.enumerated() { frame.locals[k + 1] = v }
                    if fn.hasClosure { frame.cells.append(contentsOf: fn.closure) }
                } else {
                    var a = args
                    a.positional.insert(instance, at: 0)
                    frame = try bindArguments(fn, a)
                }
                return try pushFrame(frame, parent: parent, mode: .initCall(io))
            }
            if let objInit = BuiltinTypes.object.dict["__init__"], case .object(let x) = objInit, case .object(let y) = initFn, x === y {
                try checkNoArgs(t, args, newFn: newFn, objectNew: objectNew)
                return .value(instance)
            }
            var a = args
            a.positional.insert(instance, at: 0)
            let r = try callValue(initFn, a)
            if !r.isNone { throw PyError(BuiltinTypes.typeError, "__init__() should return None, not '\(pyTypeName(r))'") }
            return .value(instance)
        }
        try checkNoArgs(t, args, newFn: newFn, objectNew: objectNew)
        return .value(instance)
    }

    /// A user class over `dict`, `int`, `str`… gets the base type's own
    /// `__new__`, which builds a plain base value: the subclass's methods and
    /// attributes would silently vanish, so say so instead.
    private func refuseBuiltinSubclass(_ t: PyType, _ instance: Value) throws {
        guard !t.isBuiltin, let owner = t.mro.first(where: { $0.dict["__new__"] != nil }),
              owner.isBuiltin, owner !== BuiltinTypes.object,
              !owner.isSubtype(of: BuiltinTypes.baseException),
              typeOf(instance) === owner else { return }
        throw PyError(BuiltinTypes.notImplementedError,
                      "loopscope does not support subclassing the built-in type '\(owner.name)' (class \(t.name))")
    }

    private func checkNoArgs(_ t: PyType, _ args: Arguments, newFn: Value?, objectNew: Value?) throws {
        guard args.count > 0 || !args.keywords.isEmpty else { return }
        if t.isSubtype(of: BuiltinTypes.baseException) { return }
        var newIsObjects = newFn == nil
        if let n = newFn, let on = objectNew, case .object(let a) = n, case .object(let b) = on, a === b { newIsObjects = true }
        if newIsObjects && !t.isBuiltin {
            throw PyError(BuiltinTypes.typeError, "\(t.name)() takes no arguments")
        }
    }

    // MARK: helpers for call sites

    func keywordsFromMapping(_ m: Value) throws -> Keywords {
        guard case .object(let o) = m, let d = o as? PyDict else {
            throw PyError(BuiltinTypes.typeError, "argument after ** must be a mapping, not \(pyTypeName(m))")
        }
        var out: Keywords = []
        for (k, v) in d.pairs {
            guard case .str(let s) = k else { throw PyError(BuiltinTypes.typeError, "keywords must be strings") }
            out.append((s, v))
        }
        return out
    }
}

extension Interpreter {
    /// The one-argument body of the builtin in `slot` (see
    /// `PyNativeFunction.unary`), read without taking a reference.
    @inline(__always)
    func unaryNative(_ slot: UnsafeMutablePointer<Value>) -> ((Interpreter, Value) throws -> Value)? {
        guard let ref = slot.borrowedObject else { return nil }
        return ref._withUnsafeGuaranteedRef { o in
            type(of: o) == PyNativeFunction.self ? unsafeDowncast(o, to: PyNativeFunction.self).unary : nil
        }
    }

    /// The `n` values from `base` on, moved into a new array. Array
    /// literals for the usual counts: `Array(repeating:)` and
    /// `Array(unsafeUninitializedCapacity:)` allocate through the standard
    /// library's unspecialised path, which looks the storage type up at run
    /// time (several hundred instructions a call).
    @inline(__always)
    func movedArguments(_ base: UnsafeMutablePointer<Value>, _ n: Int) -> [Value] {
        switch n {
        case 0: return []
        case 1: return [base.move()]
        case 2: return [base.move(), (base + 1).move()]
        case 3: return [base.move(), (base + 1).move(), (base + 2).move()]
        default:
            var args: [Value] = []
            args.reserveCapacity(n)
            for k in 0..<n { args.append((base + k).move()) }
            return args
        }
    }
}
