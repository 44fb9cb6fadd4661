// Helpers for native functions: building method tables and checking
// arguments with CPython's error wording.

typealias NativeBody = (Interpreter, Arguments) throws -> Value

/// Collects the methods of a builtin type.
struct MethodTable {
    var dict: [String: Value] = [:]

    mutating func add(_ name: String, _ body: @escaping NativeBody) {
        dict[name] = .object(PyNativeFunction(name, body))
    }

    /// A builtin whose one-positional-argument call has a body of its own
    /// (`unary`, as `addUnary`'s), other calls taking `body`.
    mutating func add(_ name: String, unary: @escaping (Interpreter, Value) throws -> Value,
                      _ body: @escaping NativeBody) {
        let f = PyNativeFunction(name, body)
        f.unary = unary
        dict[name] = .object(f)
    }

    /// A builtin function of exactly one positional argument (METH_O):
    /// `f(x)` in Python code calls `body` directly, with no argument array
    /// (`PyNativeFunction.unary`); any other call checks its arguments as
    /// `exactlyOne` does.
    mutating func addUnary(_ name: String, _ body: @escaping (Interpreter, Value) throws -> Value) {
        let f = PyNativeFunction(name) { interp, a in try body(interp, try a.exactlyOne(name, receiver: false)) }
        f.unary = body
        dict[name] = .object(f)
    }

    /// `__getitem__`, `__setitem__`, `__delitem__`, `__contains__`, `__iter__`
    /// (list and dict share them).
    mutating func addMutableContainerDunders() {
        addContainerDunders()
        add("__setitem__") { interp, a in
            let r = try a.between("__setitem__", 2, 2)
            if case .object(let o) = a[0], try interp.nativeSetItem(o, r[0], r[1]) { return .none }
            try interp.setItem(a[0], r[0], r[1]); return .none
        }
        add("__delitem__") { interp, a in
            let key = try a.exactlyOne("__delitem__")
            if case .object(let o) = a[0], try interp.nativeDelItem(o, key) { return .none }
            try interp.delItem(a[0], key); return .none
        }
    }

    /// `__getitem__`, `__contains__`, `__iter__` of a builtin container. They
    /// run the builtin behaviour on the receiver itself: a subclass's
    /// `super().__getitem__(k)` must not dispatch back to its own override.
    mutating func addContainerDunders(subscript withSubscript: Bool = true) {
        if withSubscript {
            add("__getitem__") { interp, a in
                let key = try a.exactlyOne("__getitem__")
                if case .object(let o) = a[0], let v = try interp.nativeGetItem(o, a[0], key) { return v }
                return try interp.getItem(a[0], key)
            }
        }
        add("__contains__") { interp, a in
            let item = try a.exactlyOne("__contains__")
            if case .object(let o) = a[0], let r = try interp.nativeContains(o, item) { return .bool(r) }
            return .bool(try interp.contains(a[0], item))
        }
        add("__iter__") { interp, a in
            if case .object(let o) = a[0], let it = try interp.nativeIter(o, a[0]) { return it }
            return try interp.getIter(a[0])
        }
    }
}

func typeError(_ message: String) -> PyError { PyError(BuiltinTypes.typeError, message) }
func valueError(_ message: String) -> PyError { PyError(BuiltinTypes.valueError, message) }
func indexError(_ message: String) -> PyError { PyError(BuiltinTypes.indexError, message) }

extension Arguments {
    func noKeywords(_ fname: String) throws {
        if !keywords.isEmpty { throw typeError("\(fname)() takes no keyword arguments") }
    }

    /// METH_O: `list.append() takes exactly one argument (0 given)`.
    /// Counts exclude the receiver when `receiver` is true.
    func exactlyOne(_ fname: String, receiver: Bool = true) throws -> Value {
        try noKeywords(fname)
        let n = positional.count - (receiver ? 1 : 0)
        if n != 1 { throw typeError("\(fname)() takes exactly one argument (\(n) given)") }
        return positional[positional.count - 1]
    }

    /// METH_NOARGS: `list.copy() takes no arguments (1 given)`.
    func none(_ fname: String, receiver: Bool = true) throws {
        try noKeywords(fname)
        let n = positional.count - (receiver ? 1 : 0)
        if n != 0 { throw typeError("\(fname)() takes no arguments (\(n) given)") }
    }

    /// Argument-clinic style positional check: `pop expected at most 1 argument, got 2`.
    /// Returns the arguments after the receiver.
    func between(_ fname: String, _ min: Int, _ max: Int, receiver: Bool = true) throws -> [Value] {
        try noKeywords(fname)
        let rest = receiver ? Array(positional.dropFirst()) : positional
        let n = rest.count
        if n < min || n > max {
            let plural = { (k: Int) in k == 1 ? "argument" : "arguments" }
            if min == max {
                throw typeError("\(fname) expected \(min) \(plural(min)), got \(n)")
            } else if n < min {
                throw typeError("\(fname) expected at least \(min) \(plural(min)), got \(n)")
            } else {
                throw typeError("\(fname) expected at most \(max) \(plural(max)), got \(n)")
            }
        }
        return rest
    }

    /// Binds positional and keyword arguments to `names` (after the
    /// receiver when `receiver`). Unknown keywords and surplus positionals
    /// raise TypeError as CPython's argument parser does.
    func bind(_ fname: String, _ names: [String], required: Int = 0, positionalOnly: Int = 0, receiver: Bool = true) throws -> [Value?] {
        let skip = receiver ? min(1, positional.count) : 0
        let given = positional.count - skip
        if given > names.count {
            throw typeError("\(fname)() takes at most \(names.count) argument\(names.count == 1 ? "" : "s") (\(given) given)")
        }
        // Appended, not `Array(repeating:count:)`: see `movedArguments`.
        var out: [Value?] = []
        out.reserveCapacity(names.count)
        for i in 0..<names.count { out.append(i < given ? positional[skip + i] : nil) }
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k), i >= positionalOnly else {
                throw typeError("\(fname)() got an unexpected keyword argument '\(k)'")
            }
            if out[i] != nil {
                throw typeError("argument for \(fname)() given by name ('\(k)') and position (\(i + 1))")
            }
            out[i] = v
        }
        for i in 0..<required where out[i] == nil {
            throw typeError("\(fname)() missing required argument '\(names[i])' (pos \(i + 1))")
        }
        return out
    }
}

extension Interpreter {
    /// Calls a callable, running native functions directly.
    func invoke(_ f: Value, _ args: [Value]) throws -> Value {
        if case .object(let o) = f, let n = o as? PyNativeFunction {
            // Natives can re-enter the object protocol; bound the depth.
            try runtime.enterNative(self)
            defer { runtime.leaveNative() }
            return try n.body(self, Arguments(args))
        }
        return try call(f, Arguments(args))
    }

    /// `__index__`-style conversion to Int (bool and int accepted).
    func indexValue(_ v: Value, _ what: @autoclosure () -> String) throws -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .bigint: throw PyInt.ssizeOverflow()
        default:
            if let r = try callDunder(v, "__index__", []) {
                if case .int(let i) = r { return i }
                if case .bool(let b) = r { return b ? 1 : 0 }
                if case .bigint = r { throw PyInt.ssizeOverflow() }
            }
            throw typeError(what())
        }
    }

    /// A start/end argument read as CPython's _PyEval_SliceIndex does: an
    /// int outside Int is clamped to Int's range, never an error.
    func sliceIndexValue(_ v: Value) throws -> Int {
        let i = try integerValue(v, "slice indices must be integers or None or have an __index__ method")
        if case .int(let x) = i { return x }
        return PyInt.big(i)?.sign == .minus ? Int.min : Int.max
    }

    /// An argument CPython reads into a C `int` (chr, expandtabs, `%.*f`):
    /// outside 32 bits it is OverflowError.
    func cIntValue(_ v: Value, _ what: @autoclosure () -> String) throws -> Int {
        let i = try integerValue(v, what())
        guard case .int(let x) = i, let c = Int32(exactly: x) else {
            throw PyError(BuiltinTypes.overflowError, "Python int too large to convert to C int")
        }
        return Int(c)
    }

    /// Like `indexValue` but keeps big ints.
    func integerValue(_ v: Value, _ what: @autoclosure () -> String) throws -> Value {
        switch v {
        case .int, .bigint: return v
        case .bool(let b): return .int(b ? 1 : 0)
        default:
            if let r = try callDunder(v, "__index__", []), PyInt.isInt(r) { return r }
            throw typeError(what())
        }
    }

    func pyTypeName(_ v: Value) -> String { typeOf(v).name }
}
