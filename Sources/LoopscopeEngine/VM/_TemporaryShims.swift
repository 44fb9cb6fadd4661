// TEMPORARY (VM branch only): minimal stand-ins for the runtime's containers
// and the syntax helper's parser entry, so the VM compiles before their
// branches land in main. Delete this file when merging main.

public final class PyList: PyObject {
    public var items: [Value]
    public init(_ items: [Value] = []) { self.items = items }
    public override var pyType: PyType { ShimTypes.list }
}

public final class PyTuple: PyObject {
    public let items: [Value]
    public init(_ items: [Value]) { self.items = items }
    public override var pyType: PyType { ShimTypes.tuple }
    nonisolated(unsafe) public static let empty = PyTuple([])
}

public final class PySlice: PyObject {
    public let start: Value, stop: Value, step: Value
    public init(start: Value, stop: Value, step: Value) {
        self.start = start; self.stop = stop; self.step = step
    }
    public override var pyType: PyType { ShimTypes.slice }
}

public final class PyEllipsis: PyObject {
    nonisolated(unsafe) public static let shared = PyEllipsis()
    public override var pyType: PyType { ShimTypes.ellipsis }
}

public final class PyStdStream: PyObject {
    public let stream: OutputStream
    public init(_ stream: OutputStream) { self.stream = stream }
    public override var pyType: PyType { ShimTypes.textIO }
}

public final class PyDict: PyObject {
    var storage: [(key: Value, value: Value)] = []
    public override init() {}
    public override var pyType: PyType { ShimTypes.dict }
    public func get(_ key: Value, _ interp: Interpreter) throws -> Value? {
        storage.first { $0.key.isIdentical(to: key) }?.value
    }
    public func set(_ key: Value, _ value: Value, _ interp: Interpreter) throws {
        if let i = storage.firstIndex(where: { $0.key.isIdentical(to: key) }) { storage[i].value = value } else { storage.append((key, value)) }
    }
    public var pairs: [(key: Value, value: Value)] { storage }
    public var count: Int { storage.count }
}

enum ShimTypes {
    nonisolated(unsafe) static let list = BuiltinTypes.builtin("list")
    nonisolated(unsafe) static let tuple = BuiltinTypes.builtin("tuple")
    nonisolated(unsafe) static let dict = BuiltinTypes.builtin("dict")
    nonisolated(unsafe) static let slice = BuiltinTypes.builtin("slice")
    nonisolated(unsafe) static let ellipsis = BuiltinTypes.builtin("ellipsis")
    nonisolated(unsafe) static let textIO = BuiltinTypes.builtin("TextIOWrapper")
}

extension Value {
    public static func list(_ items: [Value]) -> Value { .object(PyList(items)) }
    public static func tuple(_ items: [Value]) -> Value { .object(PyTuple(items)) }
}

