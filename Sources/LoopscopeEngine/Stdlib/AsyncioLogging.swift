// asyncio's own log records: CPython's event loop logs through the
// `asyncio` logger, which a program sees once it configures logging.

extension Interpreter {
    /// A new event loop: `DEBUG asyncio: Using selector: EpollSelector`, when
    /// the program imported logging and enabled that level.
    func logSelectorChoice() {
        logAsyncioDebug("selector_events.py", 54, "__init__", "Using selector: %s", [.str("EpollSelector")])
    }

    /// A debug-mode loop closing: `DEBUG asyncio: Close <_UnixSelectorEventLoop …>`.
    func logLoopClose(_ loop: EventLoop) {
        logAsyncioDebug("base_events.py", 676, "close", "Close %r", [.object(loop)])
    }

    /// What `logger.debug(msg, *args)` at `source:line` in CPython's asyncio
    /// package logs; nothing unless the program imported logging.
    private func logAsyncioDebug(_ source: String, _ line: Int, _ function: String, _ message: String, _ args: [Value]) {
        guard let logging = modules["logging"], let f = logging.namespace["_log_asyncio_debug"] else { return }
        do {
            _ = try call(f, Arguments([.str(source), .int(line), .str(function), .str(message), .tuple(args)]))
        } catch let e as PyError {
            write(renderTraceback(e.exception), .stderr)
        } catch {}
    }
}
