// asyncio's own log records. CPython's event loop reports through the
// `asyncio` logger (asyncio/log.py): errors the default exception handler
// formats, debug mode's slow-callback warning, debug notes. A program sees
// them as records once it configures logging: `ERROR:asyncio:...` under
// `basicConfig()`, filtered by the levels, filters and handlers it set on
// that logger or the root. Without configuration logging's last-resort
// handler prints the bare message (WARNING and above) on stderr.

/// One record of CPython's asyncio logger, as its `logger.<level>(msg, *args)`
/// call at `file:line` in `function` makes it.
struct AsyncioLogRecord {
    enum Level: Int { case debug = 10, info = 20, warning = 30, error = 40 }

    var level: Level
    /// The module in CPython's asyncio package and the line of the logging call
    /// (what `%(pathname)s`, `%(lineno)d` and `%(funcName)s` show).
    var file: String
    var line: Int
    var function: String
    var format: String
    var args: [Value] = []
    /// `format % args`, what the last-resort handler prints.
    var text: String
    var exception: PyException?
    /// `exc_info=False` (the default exception handler without an exception)
    /// rather than no `exc_info` at all, as a filter reading the record sees.
    var excInfoFalse = false
}

extension Interpreter {
    /// Hands the record to the `asyncio` logger. While the program has not
    /// imported logging nobody can have configured it, so the result is what
    /// the last-resort handler prints, written here without loading the module.
    func logAsyncio(_ record: AsyncioLogRecord) {
        guard let logging = modules["logging"], let log = logging.namespace["_log_asyncio"] else {
            guard record.level.rawValue >= AsyncioLogRecord.Level.warning.rawValue else { return }
            var text = record.text + "\n"
            if let exc = record.exception {
                text += formatTraceback(exc)
                if !text.hasSuffix("\n") { text += "\n" }
            }
            write(text, .stderr)
            return
        }
        let exc: Value = record.exception.map { .object($0) } ?? (record.excInfoFalse ? .bool(false) : .none)
        do {
            _ = try call(log, Arguments([
                .int(record.level.rawValue), .str("\(cpythonAsyncioDirectory)/\(record.file)"), .int(record.line),
                .str(record.function), .str(record.format), .tuple(record.args), exc,
            ]))
        } catch let e as PyError {
            // A handler or filter of the program's raised: call_exception_handler's
            // second protection layer logs it and the loop goes on.
            write("Exception in default exception handler\n" + renderTraceback(e.exception), .stderr)
        } catch {}
    }

    /// A new event loop: `DEBUG asyncio: Using selector: EpollSelector`.
    func logSelectorChoice() {
        logAsyncio(AsyncioLogRecord(level: .debug, file: "selector_events.py", line: 54, function: "__init__",
                                    format: "Using selector: %s", args: [.str("EpollSelector")],
                                    text: "Using selector: EpollSelector"))
    }

    /// A debug-mode loop closing: `DEBUG asyncio: Close <_UnixSelectorEventLoop …>`.
    func logLoopClose(_ loop: EventLoop) {
        // Only a configured DEBUG level shows it; skip the repr otherwise.
        guard modules["logging"] != nil else { return }
        logAsyncio(AsyncioLogRecord(level: .debug, file: "base_events.py", line: 676, function: "close",
                                    format: "Close %r", args: [.object(loop)], text: ""))
    }
}
