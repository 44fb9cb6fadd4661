// The builtin types whose instances the VM creates: functions, methods,
// cells, code, generators, coroutines, descriptors.

enum VMTypes {
    nonisolated(unsafe) static let function = BuiltinTypes.builtin("function")
    nonisolated(unsafe) static let method = BuiltinTypes.builtin("method")
    nonisolated(unsafe) static let code = BuiltinTypes.builtin("code")
    nonisolated(unsafe) static let cell = BuiltinTypes.builtin("cell")
    nonisolated(unsafe) static let generator = BuiltinTypes.builtin("generator")
    nonisolated(unsafe) static let coroutine = BuiltinTypes.builtin("coroutine")
    nonisolated(unsafe) static let asyncGenerator = BuiltinTypes.builtin("async_generator")
    nonisolated(unsafe) static let asyncGenASend = BuiltinTypes.builtin("async_generator_asend")
    nonisolated(unsafe) static let coroutineWrapper = BuiltinTypes.builtin("coroutine_wrapper")
    nonisolated(unsafe) static let classmethod = BuiltinTypes.builtin("classmethod")
    nonisolated(unsafe) static let staticmethod = BuiltinTypes.builtin("staticmethod")
    nonisolated(unsafe) static let property = BuiltinTypes.builtin("property")
    nonisolated(unsafe) static let superType = BuiltinTypes.builtin("super")
    nonisolated(unsafe) static let marker = BuiltinTypes.builtin("_vm_marker")
    nonisolated(unsafe) static let fiber = BuiltinTypes.builtin("module_fiber")
    nonisolated(unsafe) static let traceback = BuiltinTypes.builtin("traceback")
    nonisolated(unsafe) static let frame = BuiltinTypes.builtin("frame")
}

/// Internal markers that never escape to Python code.
final class VMMarker: PyObject {
    let label: String
    init(_ label: String) { self.label = label }
    override var pyType: PyType { VMTypes.marker }
}

enum VMSingletons {
    /// A keyword-only parameter without default (MAKE_FUNCTION's kw defaults).
    nonisolated(unsafe) static let noDefault = VMMarker("<no default>")
    /// LOAD_METHOD's "no self" slot.
    nonisolated(unsafe) static let null = VMMarker("<null>")
    nonisolated(unsafe) static var ellipsis: PyObject { PyEllipsis.shared }
}
