// The sequence and helper objects of the runtime library: list, tuple,
// range, slice, and the singletons NotImplemented / Ellipsis.

/// `list`: a mutable array of values.
public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) { self.items = items }
    public var sub: SubclassState?
    public override var pyType: PyType { sub?.cls ?? BuiltinTypes.list }
    public override var subclassState: SubclassState? { sub }

    deinit {
        Trashcan.disposeLastFirst(&items)
    }
}

/// `tuple`: an immutable array of values.
public final class PyTuple: PyObject {
    public private(set) var items: [Value]
    public init(_ items: [Value]) { self.items = items }
    public var sub: SubclassState?
    public override var pyType: PyType { sub?.cls ?? BuiltinTypes.tuple }
    public override var subclassState: SubclassState? { sub }

    deinit {
        Trashcan.disposeLastFirst(&items)
    }

    nonisolated(unsafe) public static let empty = PyTuple([])
}

/// `range(start, stop, step)` with Int bounds (CPython allows big ints; a
/// `slice(start, stop, step)`.
public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start; self.stop = stop; self.step = step
    }
    public override var pyType: PyType { BuiltinTypes.slice }
}

/// The `NotImplemented` singleton returned by binary dunders.
public final class PyNotImplemented: PyObject {
    nonisolated(unsafe) public static let shared = PyNotImplemented()
    public override var pyType: PyType { BuiltinTypes.notImplementedType }
}

/// The `Ellipsis` (`...`) singleton.
public final class PyEllipsis: PyObject {
    nonisolated(unsafe) public static let shared = PyEllipsis()
    public override var pyType: PyType { BuiltinTypes.ellipsisType }
}

/// `sys.stdout` / `sys.stderr`: writes go through `Interpreter.write`.
/// The VM's `sys` module can expose two of these.
public final class PyStdStream: PyObject {
    public let stream: OutputStream
    public init(_ stream: OutputStream) { self.stream = stream }
    public override var pyType: PyType { BuiltinTypes.textIOWrapper }
}

extension Value {
    public static var notImplemented: Value { .object(PyNotImplemented.shared) }
    public static var ellipsis: Value { .object(PyEllipsis.shared) }

    public var isNotImplemented: Bool {
        if case .object(let o) = self { return o === PyNotImplemented.shared }
        return false
    }

    public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }
    public static func tuple(_ items: [Value]) -> Value {
        items.isEmpty ? .object(PyTuple.empty) : .object(PyTuple(items))
    }
}
