// Instances of user classes over builtin types (`class D(dict)`, `class
// P(tuple)`): the native object (PyDict, PyList, PyTuple, a set) carries a
// `SubclassState` with the user class and an instance dict, so every native
// fast path still sees a real dict or list. The object protocol runs the
// native implementation of a dunder only while no Python class in the MRO
// overrides it (`inheritsNative`), and plain builtin values never pay more
// than the `isBuiltin` test they already made.

/// The user class of a builtin-subclass instance and its attributes.
public final class SubclassState {
    public let cls: PyType
    public var dict = AttributeDict()

    init(_ cls: PyType) { self.cls = cls }

    deinit {
        if dict.holdsObjects { Trashcan.dispose(&dict, empty: AttributeDict()) }
    }
}

extension PyType {
    /// Whether `name` resolves to the native base's implementation: a builtin
    /// class comes before any Python class defining it in the MRO.
    func inheritsNative(_ name: String) -> Bool {
        for c in mro {
            if c.isBuiltin {
                // int and float list every dunder they have: one they lack (`__iter__`
                // of an IntFlag) comes from a class after them, as in CPython.
                if c === BuiltinTypes.int || c === BuiltinTypes.float, c.dict[name] == nil { continue }
                return true
            }
            if c.dict[name] != nil { return false }
        }
        return true
    }

    /// Builtin types with `holdsNativeValue` set: subclassable for real.
    @discardableResult
    func subclassable() -> PyType {
        holdsNativeValue = true
        return self
    }
}

extension Interpreter {
    /// Whether the protocol may apply the builtin behaviour of `dunder` to an
    /// object of type `t`: a builtin type, or a subclass that keeps it.
    /// (A StaticString: builtin values, the hot case, never build the name.)
    @inline(__always)
    func runsNative(_ t: PyType, _ dunder: StaticString) -> Bool {
        t.isBuiltin || (t.nativeBase != nil && t.inheritsNative(dunder.description))
    }

    /// `dict.__new__(cls)` and friends: the class to build, or nil when it
    /// is `base` itself. CPython's wording for a bad first argument.
    func newTarget(_ a: Arguments, _ base: PyType) throws -> PyType? {
        guard a.count > 0, case .object(let o) = a[0], let cls = o as? PyType else {
            let what = a.count > 0 ? pyTypeName(a[0]) : "NoneType"
            throw typeError("\(base.name).__new__(X): X is not a type object (\(what))")
        }
        if cls === base { return nil }
        guard cls.isSubtype(of: base) else {
            throw typeError("\(base.name).__new__(\(cls.name)): \(cls.name) is not a subtype of \(base.name)")
        }
        return cls
    }
}
