// The loop's exception handler (base_events.py `call_exception_handler` /
// `default_exception_handler`). CPython logs through `logging` to stderr:
// the message, then `key: repr(value)` for the other context keys (sorted),
// then the exception's traceback.
extension EventLoop {
    struct ExceptionContext {
        var message: String
        var exception: PyException?
        /// Extra lines in CPython's sorted key order (`future: <Task ...>`, `handle: <Handle ...>`).
        var details: [(String, String)] = []
        var task: Task?
        var category: String
    }

    func callExceptionHandler(_ context: ExceptionContext) {
        if !exceptionHandler.isNone {
            let dict = PyContextDict(context)
            do {
                _ = try interp.call(exceptionHandler, Arguments([.object(self), .object(dict)]))
                return
            } catch let error as PyError {
                // CPython logs 'Unhandled error in exception handler' and falls back.
                defaultExceptionHandler(ExceptionContext(
                    message: "Unhandled error in exception handler", exception: error.exception,
                    details: [("context", "{...}")], task: context.task, category: "exceptionHandler"))
                return
            } catch {
                return
            }
        }
        defaultExceptionHandler(context)
    }

    func defaultExceptionHandler(_ context: ExceptionContext) {
        var text = context.message + "\n"
        for (key, value) in context.details { text += "\(key): \(value)\n" }
        if let exc = context.exception {
            text += interp.formatTraceback(exc)
            if !text.hasSuffix("\n") { text += "\n" }
        }
        state.emit(.warning(category: context.category, message: context.message,
                            task: context.task?.id, line: context.task?.lastLine ?? 0))
        interp.write(text, .stderr)
    }

    /// `Handle._run`'s except clause: "Exception in callback ...".
    func reportCallbackException(_ handle: Handle, _ exc: PyException) {
        callExceptionHandler(ExceptionContext(
            message: "Exception in callback \(handle.callbackSource(interp))", exception: exc,
            details: [("handle", handle.repr(interp))], task: nil, category: "callbackException"))
    }
}

/// The `context` dict handed to a Python exception handler: a plain object
/// whose `__getitem__`-free use is `context['message']`; exposed as attributes
/// until the runtime's dict type is available to native code.
final class PyContextDict: PyObject {
    var values: [String: Value] = [:]

    init(_ context: EventLoop.ExceptionContext) {
        values["message"] = .str(context.message)
        if let e = context.exception { values["exception"] = .object(e) }
        if let t = context.task { values["task"] = .object(t) }
    }

    override var pyType: PyType { AsyncioTypes.contextDict }
    override var attributes: [String: Value]? {
        get { values }
        set { values = newValue ?? [:] }
    }
}
