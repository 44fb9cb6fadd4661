// Python functions, bound methods, closure cells and the descriptor
// decorators (classmethod, staticmethod, property).

public final class PyCell: PyObject {
    public var value: Value?
    public init(_ value: Value? = nil) { self.value = value }
    public override var pyType: PyType { VMTypes.cell }
}

public final class PyFunction: PyObject {
    let code: CodeObject
    let module: PyModule
    public var defaults: [Value]
    /// Aligned with the code's keyword-only parameters; nil = required.
    public var kwDefaults: [Value?]
    let closure: [PyCell]
    /// `!closure.isEmpty`, stored for the call fast path.
    let hasClosure: Bool
    public var name: String
    public var qualname: String
    public var doc: Value
    public var dict: [String: Value] = [:]
    /// `__annotations__`: the def's dict, or nil until first read (then `{}`).
    public var annotations: Value?

    init(code: CodeObject, module: PyModule, defaults: [Value], kwDefaults: [Value?], closure: [PyCell]) {
        self.code = code
        self.module = module
        self.defaults = defaults
        self.kwDefaults = kwDefaults
        self.closure = closure
        self.hasClosure = !closure.isEmpty
        self.name = code.name
        self.qualname = code.qualname
        self.doc = code.docstring.map { .str($0) } ?? .none
    }

    public override var pyType: PyType { VMTypes.function }
    public override var attributes: [String: Value]? {
        get { dict }
        set { dict = newValue ?? [:] }
    }

    public var isCoroutineFunction: Bool { code.isCoroutine }
}

/// A function bound to a receiver: Python methods and native methods of
/// builtin types (the receiver becomes the first argument).
public final class PyBoundMethod: PyObject {
    public let function: Value
    public let receiver: Value
    public init(function: Value, receiver: Value) {
        self.function = function
        self.receiver = receiver
    }
    public override var pyType: PyType { VMTypes.method }
}

public final class PyClassMethod: PyObject {
    public let function: Value
    public init(_ f: Value) { function = f }
    public override var pyType: PyType { VMTypes.classmethod }
}

public final class PyStaticMethod: PyObject {
    public let function: Value
    public init(_ f: Value) { function = f }
    public override var pyType: PyType { VMTypes.staticmethod }
}

public final class PyProperty: PyObject {
    public let getter: Value
    public let setter: Value
    public let deleter: Value
    public let doc: Value
    public init(getter: Value, setter: Value = .none, deleter: Value = .none, doc: Value = .none) {
        self.getter = getter
        self.setter = setter
        self.deleter = deleter
        self.doc = doc
    }
    public override var pyType: PyType { VMTypes.property }
}

/// `super()` / `super(T, obj)`: attribute lookup starting after `start` in
/// the MRO of `obj`'s type.
public final class PySuper: PyObject {
    let start: PyType
    let object: Value
    let objectType: PyType
    init(start: PyType, object: Value, objectType: PyType) {
        self.start = start
        self.object = object
        self.objectType = objectType
    }
    public override var pyType: PyType { VMTypes.superType }
}
