// The loop's exception handler (base_events.py `call_exception_handler` /
// `default_exception_handler`). CPython logs one error record through the
// `asyncio` logger (AsyncioLogging.swift): the message, then
// `key: repr(value)` for the other context keys (sorted), with the exception's
// traceback as the record's exc_info.
extension EventLoop {
    struct ExceptionContext {
        var message: String
        var exception: PyException?
        /// The other keys, in the order CPython's context dict has them
        /// (`future`, `handle`, `task`, `asyncgen`, `context`, ...).
        var details: [(String, Value)] = []
        var task: Task?
        var category: String

        /// The `context` dict a Python exception handler receives.
        func dict(_ interp: Interpreter) -> PyDict {
            let d = PyDict()
            try? d.set(.str("message"), .str(message), interp)
            if let exception { try? d.set(.str("exception"), .object(exception), interp) }
            for (key, value) in details { try? d.set(.str(key), value, interp) }
            return d
        }
    }

    func callExceptionHandler(_ context: ExceptionContext) {
        if !exceptionHandler.isNone {
            let dict = context.dict(interp)
            do {
                _ = try interp.call(exceptionHandler, Arguments([.object(self), .object(dict)]))
                return
            } catch let error as PyError {
                // CPython logs 'Unhandled error in exception handler' and falls back.
                defaultExceptionHandler(ExceptionContext(
                    message: "Unhandled error in exception handler", exception: error.exception,
                    details: [("context", .object(dict))], task: context.task, category: "exceptionHandler"))
                return
            } catch {
                return
            }
        }
        defaultExceptionHandler(context)
    }

    /// `default_exception_handler`: one ERROR record of the `asyncio` logger,
    /// the message and `key: repr(value)` lines, with the exception as exc_info.
    func defaultExceptionHandler(_ context: ExceptionContext) {
        var text = context.message
        for (key, value) in context.details.sorted(by: { $0.0 < $1.0 }) {
            text += "\n\(key): " + ((try? interp.repr(value)) ?? interp.describe(value))
        }
        state.emit(.warning(category: context.category, message: context.message,
                            task: context.task?.id, line: context.task?.lastLine ?? 0))
        interp.logAsyncio(AsyncioLogRecord(
            level: .error, file: "base_events.py", line: 1771, function: "default_exception_handler",
            format: text, text: text, exception: context.exception, excInfoFalse: context.exception == nil))
    }

    /// `Handle._run`'s except clause: "Exception in callback ...".
    func reportCallbackException(_ handle: Handle, _ exc: PyException) {
        callExceptionHandler(ExceptionContext(
            message: "Exception in callback \(handle.callbackSource(interp))", exception: exc,
            details: [("handle", .object(handle))], task: nil, category: "callbackException"))
    }
}
