// asyncio's exception types (asyncio/exceptions.py, 3.11) and the exception
// groups TaskGroup raises. Created once per process, never mutated after.
public enum AsyncioExceptions {
    static func make(_ name: String, _ base: PyType, module: String = "asyncio.exceptions") -> PyType {
        PyType(name: name, module: module, bases: [base], isBuiltin: true)
    }

    /// A BaseException since 3.8, so `except Exception` does not swallow it.
    nonisolated(unsafe) public static let cancelledError = make("CancelledError", BuiltinTypes.baseException)
    nonisolated(unsafe) public static let invalidStateError = make("InvalidStateError", BuiltinTypes.exception)
    /// 3.11: `asyncio.TimeoutError is builtins.TimeoutError`.
    public static var timeoutError: PyType { BuiltinTypes.timeoutError }
    nonisolated(unsafe) public static let queueEmpty = make("QueueEmpty", BuiltinTypes.exception, module: "asyncio.queues")
    nonisolated(unsafe) public static let queueFull = make("QueueFull", BuiltinTypes.exception, module: "asyncio.queues")

    /// The runtime's builtin groups (TaskGroup raises `BaseExceptionGroup(...)`).
    public static var baseExceptionGroup: PyType { BuiltinTypes.baseExceptionGroup }
    public static var exceptionGroup: PyType { BuiltinTypes.exceptionGroup }
}

extension PyException {
    func isInstance(of type: PyType) -> Bool { cls.isSubtype(of: type) }
    var isCancelledError: Bool { isInstance(of: AsyncioExceptions.cancelledError) }
}

/// Shorthands for raising Python exceptions from asyncio's Swift code.
func pyError(_ type: PyType, _ message: String) -> PyError { PyError(type, message) }
func pyRuntimeError(_ message: String) -> PyError { PyError(BuiltinTypes.runtimeError, message) }
func pyTypeError(_ message: String) -> PyError { PyError(BuiltinTypes.typeError, message) }
func pyValueError(_ message: String) -> PyError { PyError(BuiltinTypes.valueError, message) }
func pyInvalidState(_ message: String) -> PyError { PyError(AsyncioExceptions.invalidStateError, message) }

func newCancelledError(_ message: Value?) -> PyException {
    if let message, !message.isNone {
        return PyException(type: AsyncioExceptions.cancelledError, args: [message])
    }
    return PyException(type: AsyncioExceptions.cancelledError, args: [])
}
