// Helpers the dispatch loop calls: raising, exception matching, `with`,
// awaitables and async iteration, unpacking and container building.

extension Interpreter {
    // MARK: exceptions

    /// `raise X`: X may be an exception instance or class.
    func makeRaisable(_ v: Value) throws -> PyException {
        if case .object(let o) = v {
            if let e = o as? PyException { return e }
            if let t = o as? PyType, t.isSubtype(of: BuiltinTypes.baseException) {
                let r = try callValue(v, Arguments())
                if case .object(let ro) = r, let e = ro as? PyException { return e }
                throw PyError(BuiltinTypes.typeError, "calling \(t.name) should have returned an instance of BaseException, not \(pyTypeName(r))")
            }
        }
        throw PyError(BuiltinTypes.typeError, "exceptions must derive from BaseException")
    }

    func exceptionMatches(_ excV: Value, _ spec: Value) throws -> Bool {
        guard case .object(let eo) = excV else { return false }
        let et = eo.pyType
        func check(_ s: Value) throws -> Bool {
            if case .object(let so) = s {
                if let t = so as? PyType {
                    if !t.isSubtype(of: BuiltinTypes.baseException) {
                        throw PyError(BuiltinTypes.typeError, "catching classes that do not inherit from BaseException is not allowed")
                    }
                    return et.isSubtype(of: t)
                }
                if let tup = so as? PyTuple {
                    for item in tup.items where try check(item) { return true }
                    return false
                }
            }
            throw PyError(BuiltinTypes.typeError, "catching classes that do not inherit from BaseException is not allowed")
        }
        return try check(spec)
    }

    // MARK: with

    func withMethods(_ mgr: Value, async: Bool) throws -> (Value, Value) {
        let t = vmTypeOf(mgr)
        let enterName = async ? "__aenter__" : "__enter__"
        let exitName = async ? "__aexit__" : "__exit__"
        guard let enter = t.lookup(enterName) else {
            if async {
                throw PyError(BuiltinTypes.typeError, "'\(t.name)' object does not support the asynchronous context manager protocol")
            }
            throw PyError(BuiltinTypes.typeError, "'\(t.name)' object does not support the context manager protocol")
        }
        guard let exit = t.lookup(exitName) else {
            if async {
                throw PyError(BuiltinTypes.typeError, "'\(t.name)' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
            }
            throw PyError(BuiltinTypes.typeError, "'\(t.name)' object does not support the context manager protocol (missed __exit__ method)")
        }
        return (bindDescriptor(enter, mgr, t, name: enterName), bindDescriptor(exit, mgr, t, name: exitName))
    }

    // MARK: await

    /// GET_AWAITABLE: what `await v` drives.
    func awaitable(_ v: Value) throws -> Value {
        if case .object(let o) = v {
            if type(of: o) == PyCoroutine.self {
                let c = unsafeDowncast(o, to: PyCoroutine.self)
                if c.finished || c.awaitedBy {
                    throw PyError(BuiltinTypes.runtimeError, "cannot reuse already awaited coroutine")
                }
                c.awaitedBy = true
                return v
            }
            if asNativeAwaitable(o) != nil || o is PyAsyncGenASend { return v }
            if let g = o as? PyGenerator {
                if g.frame.code.isIterableCoroutine { return v }
                throw PyError(BuiltinTypes.typeError, "object generator can't be used in 'await' expression")
            }
            if let aw = o.pyType.lookup("__await__") {
                let it = try callValue(aw, Arguments([v]))
                if case .object(let io) = it, io is PyCoroutine {
                    throw PyError(BuiltinTypes.typeError, "__await__() returned a coroutine")
                }
                return it
            }
        }
        throw PyError(BuiltinTypes.typeError, "object \(pyTypeName(v)) can't be used in 'await' expression")
    }

    func asyncIterator(_ v: Value) throws -> Value {
        if case .object(let o) = v, o is PyAsyncGenerator { return v }
        let t = vmTypeOf(v)
        guard let ai = t.lookup("__aiter__") else {
            throw PyError(BuiltinTypes.typeError, "'async for' requires an object with __aiter__ method, got \(t.name)")
        }
        return try callValue(ai, Arguments([v]))
    }

    /// `ait.__anext__()`. For `async for` (`forLoop`) over an async
    /// generator, the generator itself: SEND steps it as `__anext__()`
    /// would, and no `async_generator_asend` object is made for a value
    /// no Python code can reach.
    func anextAwaitable(_ ait: Value, forLoop: Bool = false) throws -> Value {
        if case .object(let o) = ait, type(of: o) == PyAsyncGenerator.self {
            if forLoop { return ait }
            return .object(PyAsyncGenASend(unsafeDowncast(o, to: PyAsyncGenerator.self), value: .none))
        }
        let t = vmTypeOf(ait)
        guard let an = t.lookup("__anext__") else {
            throw PyError(BuiltinTypes.typeError, "'async for' received an object from __aiter__ that does not implement __anext__: \(t.name)")
        }
        let r = try callValue(an, Arguments([ait]))
        do {
            return try awaitable(r)
        } catch {
            throw PyError(BuiltinTypes.typeError, "'async for' received an invalid object from __anext__: \(pyTypeName(r))")
        }
    }

    // MARK: sequences and containers

    /// The items of any iterable (fast for list and tuple).
    func sequenceItems(_ v: Value) throws -> [Value] {
        if case .object(let o) = v {
            if let l = o as? PyList { return l.items }
            if let t = o as? PyTuple { return t.items }
            if let r = o as? PyRange { try Self.reserveRange(r) }
        }
        let it = try getIter(v)
        var out: [Value] = []
        while let x = try next(it) {
            out.append(x)
            try Self.checkGrowth(out.count)
        }
        return out
    }

    func unpackItems(_ v: Value, count: Int) throws -> [Value] {
        var items: [Value]
        if case .object(let o) = v, let l = o as? PyList { items = l.items }
        else if case .object(let o) = v, let t = o as? PyTuple { items = t.items }
        else {
            let it: Value
            do { it = try getIter(v) } catch let e as PyError where e.exception.pyType === BuiltinTypes.typeError {
                throw PyError(BuiltinTypes.typeError, "cannot unpack non-iterable \(pyTypeName(v)) object")
            }
            items = []
            while let x = try next(it) {
                items.append(x)
                if items.count > count { break }
            }
        }
        if items.count > count {
            throw PyError(BuiltinTypes.valueError, "too many values to unpack (expected \(count))")
        }
        if items.count < count {
            throw PyError(BuiltinTypes.valueError, "not enough values to unpack (expected \(count), got \(items.count))")
        }
        return items
    }

    func makeSet(_ items: [Value]) throws -> Value {
        ensureBuiltins()
        guard let setType = builtinsNS["set"] else { throw PyError(BuiltinTypes.nameError, "name 'set' is not defined") }
        return try callValue(setType, Arguments([.list(items)]))
    }

    func setAdd(_ set: Value, _ v: Value) throws {
        _ = try callValue(try loadAttribute(set, "add"), Arguments([v]))
    }

    func dictMerge(_ target: Value, _ source: Value, forCall: Bool, callee: String?) throws {
        guard case .object(let to) = target, let d = to as? PyDict else { return }
        if case .object(let so) = source, let s = so as? PyDict {
            for (k, v) in s.pairs {
                if forCall {
                    guard case .str(let ks) = k else { throw PyError(BuiltinTypes.typeError, "keywords must be strings") }
                    if try d.get(k, self) != nil {
                        throw PyError(BuiltinTypes.typeError, "got multiple values for keyword argument '\(ks)'")
                    }
                }
                try d.set(k, v, self)
            }
            return
        }
        let keysFn: Value
        do { keysFn = try loadAttribute(source, "keys") } catch {
            if forCall { throw PyError(BuiltinTypes.typeError, "argument after ** must be a mapping, not \(pyTypeName(source))") }
            throw PyError(BuiltinTypes.typeError, "'\(pyTypeName(source))' object is not a mapping")
        }
        for k in try sequenceItems(try callValue(keysFn, Arguments())) {
            try d.set(k, try getItem(source, k), self)
        }
    }

    func subscriptValue(_ c: Value, _ k: Value) throws -> Value {
        if case .object(let o) = c {
            if let l = o as? PyList, case .int(var i) = k {
                if i < 0 { i += l.items.count }
                if i >= 0 && i < l.items.count { return l.items[i] }
            } else if let t = o as? PyTuple, case .int(var i) = k {
                if i < 0 { i += t.items.count }
                if i >= 0 && i < t.items.count { return t.items[i] }
            } else if let t = o as? PyType, t.lookup("__class_getitem__") == nil {
                // `list[int]` style annotations evaluated at run time (GenericAlias.swift).
                if t.isBuiltin { return PyGenericAlias.isAliasOrigin(t) ? PyGenericAlias.parameterized(c, k) : c }
            }
        }
        return try getItem(c, k)
    }
}

extension Interpreter {
    /// `type(v)`, without a runtime call for heap objects.
    @inline(__always)
    func vmTypeOf(_ v: Value) -> PyType {
        if case .object(let o) = v { return o.pyType }
        return typeOf(v)
    }
}
