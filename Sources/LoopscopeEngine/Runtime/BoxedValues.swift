// Instances of user classes over the immutable value types (`class I(int)`,
// `class S(str)`, float, bytes): a `PyBoxed` is an ordinary instance (class,
// attribute dict) that keeps the builtin value it stands for. The object
// protocol unwraps it wherever the builtin behaviour applies, and the methods
// of those types unwrap their arguments, so `S("a").upper()` or
// `I(2) + 1` run the builtin code on the plain value, as CPython's do.

public final class PyBoxed: PyInstance {
    /// The plain builtin value (`.int`, `.str`, `.float`, bytes).
    public let base: Value

    init(cls: PyType, base: Value) {
        self.base = base
        super.init(cls: cls)
    }
}

extension Value {
    /// The builtin value inside a `PyBoxed`; the value itself otherwise.
    @inline(__always)
    var unboxed: Value {
        if case .object(let o) = self, type(of: o) == PyBoxed.self { return unsafeDowncast(o, to: PyBoxed.self).base }
        return self
    }
}

@inline(__always)
func boxedBase(_ o: PyObject) -> Value? {
    type(of: o) == PyBoxed.self ? unsafeDowncast(o, to: PyBoxed.self).base : nil
}

enum BoxedMethods {
    /// The method table of a value type whose instances may be boxed: each
    /// method sees plain values (only its receiver for the `receiverOnly`
    /// ones), and `__new__(cls, …)` boxes what the builtin constructor made
    /// when `cls` is a subclass.
    static func unboxing(_ methods: [String: Value], receiverOnly: Set<String> = [],
                         base: @escaping () -> PyType) -> [String: Value] {
        var out = methods
        for (name, v) in methods {
            guard case .object(let o) = v, let f = o as? PyNativeFunction else { continue }
            let body = f.body
            if name == "__new__" {
                // Arguments stay as they are: `str(x)` must see x's own __str__.
                out[name] = .object(PyNativeFunction(name) { interp, a in
                    let t = base()
                    guard let cls = try interp.newTarget(a, t) else { return try body(interp, a) }
                    var plain = a
                    plain.positional[0] = .object(t)
                    return .object(PyBoxed(cls: cls, base: try body(interp, plain)))
                })
            } else if receiverOnly.contains(name) {
                // Formatting arguments keep their own repr/str (`"{!r}".format(Color.RED)`).
                out[name] = .object(PyNativeFunction(name) { interp, a in
                    guard a.count > 0, isBoxed(a[0]) else { return try body(interp, a) }
                    var plain = a
                    plain.positional[0] = a[0].unboxed
                    return try body(interp, plain)
                })
            } else {
                out[name] = .object(PyNativeFunction(name) { interp, a in try body(interp, unbox(a)) })
            }
        }
        return out
    }

    @inline(__always)
    static func unbox(_ a: Arguments) -> Arguments {
        guard a.positional.contains(where: isBoxed) else { return a }
        var out = a
        out.positional = a.positional.map(\.unboxed)
        return out
    }

    @inline(__always)
    private static func isBoxed(_ v: Value) -> Bool {
        if case .object(let o) = v { return type(of: o) == PyBoxed.self }
        return false
    }
}
