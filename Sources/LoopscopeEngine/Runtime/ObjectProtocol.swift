import BigInt

// The abstract object layer (CPython's abstract.c): what the VM calls to
// operate on values. User-class dunders (__repr__, __eq__,
// __lt__, __add__, __iter__, __len__, __bool__, __getitem__, __hash__...)
// are dispatched from here through `call` / `getAttribute`.
//
// Builtin values take native fast paths; anything else looks its dunder up
// on the type (never the instance, as CPython) and calls it.

extension Interpreter {
    /// `type(v)`.
    public func typeOf(_ v: Value) -> PyType {
        switch v {
        case .none: return BuiltinTypes.noneType
        case .bool: return BuiltinTypes.bool
        case .int, .bigint: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .str: return BuiltinTypes.str
        case .object(let o): return o.pyType
        }
    }

    /// Finds a special method on a type, ignoring `object`'s defaults
    /// (callers implement those natively).
    func lookupDunder(_ t: PyType, _ name: String) -> Value? {
        for c in t.mro {
            if c === BuiltinTypes.object { return nil }
            if let v = c.dict[name] { return v }
        }
        return nil
    }

    /// Calls `type(v).<name>(v, *args)` if the type defines it.
    func callDunder(_ v: Value, _ name: String, _ args: [Value]) throws -> Value? {
        guard case .object(let o) = v, let f = lookupDunder(o.pyType, name) else { return nil }
        if f.isNone { return nil }
        return try invoke(f, [v] + args)
    }

    /// `repr(v)` exactly as CPython prints it.
    public func repr(_ v: Value) throws -> String {
        switch v {
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigint(let b):
            chargeIntToString(words: Self.words(v))
            return try PyInt.decimalString(b, limit: runtime.intMaxStrDigits)
        case .float(let d): return FloatRepr.repr(d)
        case .str(let s): return StrRepr.repr(s)
        case .object(let o):
            if runsNative(o.pyType, "__repr__") {
                if let b = boxedBase(o) { return try repr(b) }
                if let s = try nativeRepr(o) { return s }
            }
            if let f = lookupDunder(o.pyType, "__repr__") {
                let r = try invoke(f, [v])
                guard case .str(let s) = r else { throw typeError("__repr__ returned non-string (type \(pyTypeName(r)))") }
                return s
            }
            if o is PyType, let s = try nativeRepr(o) { return s }
            return defaultRepr(o)
        }
    }

    /// `<__main__.Foo object at 0x...>`.
    func defaultRepr(_ o: PyObject) -> String {
        let t = o.pyType
        let name = t.module == "builtins" ? t.qualname : t.module + "." + t.qualname
        return "<\(name) object at \(hexAddress(o))>"
    }

    func hexAddress(_ o: PyObject) -> String {
        "0x" + String(runtime.objectID(o), radix: 16).leftPadded(to: 12, with: "0")
    }

    /// `str(v)`.
    public func str(_ v: Value) throws -> String {
        switch v {
        case .str(let s): return s
        case .object(let o):
            if let e = o as? PyException, o.pyType.isBuiltin, !o.pyType.isSubtype(of: BuiltinTypes.baseExceptionGroup) {
                return try exceptionStr(e)
            }
            if !o.pyType.isBuiltin || !(o is PyList || o is PyTuple || o is PyDict || o is PySetBase) {
                if let f = lookupDunder(o.pyType, "__str__") {
                    let r = try invoke(f, [v])
                    guard case .str(let s) = r else { throw typeError("__str__ returned non-string (type \(pyTypeName(r)))") }
                    return s
                }
            }
            // str.__str__ of a str subclass: the plain string; other bases print their repr.
            if case .str(let s)? = boxedBase(o) { return s }
            return try repr(v)
        default: return try repr(v)
        }
    }

    /// `bool(v)`.
    public func truthy(_ v: Value) throws -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigint: return true
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .object(let o):
            let t = o.pyType
            if t.isBuiltin || (t.nativeBase != nil && t.inheritsNative("__bool__") && t.inheritsNative("__len__")) {
                if let b = boxedBase(o) { return try truthy(b) }
                if let l = o as? PyList { return !l.items.isEmpty }
                if let t = o as? PyTuple { return !t.items.isEmpty }
                if let d = o as? PyDict { return d.count > 0 }
                if let s = o as? PySetBase { return s.count > 0 }
                if let r = o as? PyRange { return !r.isEmpty }
                if o is PyNotImplemented { return true }
            }
            if let f = lookupDunder(o.pyType, "__bool__"), !f.isNone {
                let r = try invoke(f, [v])
                guard case .bool(let b) = r else { throw typeError("__bool__ should return bool, returned \(pyTypeName(r))") }
                return b
            }
            if lookupDunder(o.pyType, "__len__") != nil { return try length(v) > 0 }
            return true
        }
    }

    /// `len(v)`.
    public func length(_ v: Value) throws -> Int {
        switch v {
        case .str(let s): return s.unicodeScalars.count
        case .object(let o):
            if runsNative(o.pyType, "__len__") {
                if let b = boxedBase(o) { return try length(b) }
                if let l = o as? PyList { return l.items.count }
                if let t = o as? PyTuple { return t.items.count }
                if let d = o as? PyDict { return d.count }
                if let s = o as? PySetBase { return s.count }
                if let r = o as? PyRange {
                    guard let n = r.count else { throw PyInt.ssizeOverflow() }
                    return n
                }
                if let dv = o as? PyDictView { return dv.dict.count }
            }
            if let f = lookupDunder(o.pyType, "__len__"), !f.isNone {
                let r = try invoke(f, [v])
                switch r {
                case .int(let n):
                    if n < 0 { throw valueError("__len__() should return >= 0") }
                    return n
                case .bool(let b): return b ? 1 : 0
                case .bigint(let b):
                    if b.sign == .minus { throw valueError("__len__() should return >= 0") }
                    throw PyError(BuiltinTypes.overflowError, "cannot fit 'int' into an index-sized integer")
                default: throw typeError("'\(pyTypeName(r))' object cannot be interpreted as an integer")
                }
            }
            throw typeError("object of type '\(o.pyType.name)' has no len()")
        default:
            throw typeError("object of type '\(pyTypeName(v))' has no len()")
        }
    }

    /// A single comparison (`is`/`in` included); returns the Python result value.
    public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value {
        switch op {
        case .is: return .bool(a.isIdentical(to: b))
        case .isNot: return .bool(!a.isIdentical(to: b))
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        default: return try richCompare(op, a, b)
        }
    }

    /// `a == b` as a Swift Bool (dict keys, list.index, `in`): identity
    /// implies equality, as PyObject_RichCompareBool.
    public func equals(_ a: Value, _ b: Value) throws -> Bool {
        switch KeyEquality.fast(a, b) {
        case .equal: return true
        case .different: return false
        case .unknown: return try truthy(richCompare(.eq, a, b))
        }
    }

    /// `hash(v)`; TypeError for unhashable values.
    public func hash(_ v: Value) throws -> Int {
        switch v {
        case .none: return 0x5f3759df
        case .bool(let b): return PyHash.bool(b)
        case .int(let i): return PyHash.int(i)
        case .bigint(let b): return PyHash.bigint(b)
        case .float(let d): return PyHash.double(d)
        case .str(let s): return PyHash.string(s)
        case .object(let o):
            let t = o.pyType
            if t.isBuiltin || (t.nativeBase != nil && t.inheritsNative("__hash__") && t.inheritsNative("__eq__")) {
                if let b = boxedBase(o) { return try hash(b) }
                if let tup = o as? PyTuple { return try hashTuple(tup) }
                if let fs = o as? PyFrozenSet { return fs.frozenHash() }
                if o is PyList || o is PyDict || o is PySet || o is PySlice || o is PyDictView {
                    throw typeError("unhashable type: '\(t.name)'")
                }
                if let r = o as? PyRange {
                    // CPython hashes (len, start, step), with None for what a short range lacks.
                    let n = r.length
                    return try hashTuple(PyTuple([Value.integer(n), n.isZero ? .none : r.startValue, n < 2 ? .none : r.stepValue]))
                }
            }
            for c in t.mro {
                if c === BuiltinTypes.object { break }
                if let h = c.dict["__hash__"] {
                    if h.isNone { throw typeError("unhashable type: '\(t.name)'") }
                    let r = try invoke(h, [v])
                    switch r {
                    case .int(let i): return i == -1 ? -2 : i
                    case .bigint(let b): return PyHash.bigint(b)
                    case .bool(let b): return b ? 1 : 0
                    default: throw typeError("__hash__ method should return an integer")
                    }
                }
                if !c.isBuiltin && c.dict["__eq__"] != nil { throw typeError("unhashable type: '\(t.name)'") }
            }
            return PyHash.pointer(runtime.objectID(o))
        }
    }

    func hashTuple(_ t: PyTuple) throws -> Int {
        try runtime.enterNative(self)
        defer { runtime.leaveNative() }
        return PyHash.tuple(try t.items.map { try hash($0) })
    }

    /// `format(v, spec)`, used by f-strings and str.format.
    public func format(_ v: Value, _ spec: String) throws -> String {
        switch v {
        case .int, .bigint: return try FormatSpec.formatInt(self, v, spec)
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try FormatSpec.formatInt(self, .int(b ? 1 : 0), spec)
        case .float(let d): return try FormatSpec.formatFloat(self, d, spec)
        case .str(let s): return try FormatSpec.formatStr(s, spec)
        case .object(let o):
            // int/float/str.__format__ with an empty spec is str(self), which a subclass may override.
            if let b = boxedBase(o), runsNative(o.pyType, "__format__") { return spec.isEmpty ? try str(v) : try format(b, spec) }
            if !o.pyType.isBuiltin || !(o is PyList || o is PyTuple || o is PyDict || o is PySetBase || o is PyException) {
                if let f = lookupDunder(o.pyType, "__format__") {
                    let r = try invoke(f, [v, .str(spec)])
                    guard case .str(let s) = r else { throw typeError("__format__ must return a str, not \(pyTypeName(r))") }
                    return s
                }
            }
            if !spec.isEmpty { throw typeError("unsupported format string passed to \(o.pyType.name).__format__") }
            return try str(v)
        case .none:
            if !spec.isEmpty { throw typeError("unsupported format string passed to NoneType.__format__") }
            return "None"
        }
    }

    /// The `builtins` namespace: print, len, range, exceptions, types...
    public func makeBuiltins() -> [String: Value] { Builtins.namespace() }

    /// Creates an exception instance of a builtin type from native code.
    public func makeException(_ type: PyType, _ message: String) -> PyException { PyException(type, message) }
}

extension String {
    func leftPadded(to n: Int, with c: Character) -> String {
        let k = count
        return k >= n ? self : String(repeating: c, count: n - k) + self
    }
}
