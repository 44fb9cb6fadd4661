// asyncio's own log records: CPython's event loop logs through the
// `asyncio` logger, which a program sees once it configures logging.

extension Interpreter {
    /// A new event loop: `DEBUG asyncio: Using selector: EpollSelector`, when
    /// the program imported logging and enabled that level.
    func logSelectorChoice() {
        guard let logging = modules["logging"], let f = logging.namespace["_log_selector_choice"] else { return }
        do {
            _ = try call(f, Arguments())
        } catch let e as PyError {
            write(renderTraceback(e.exception), .stderr)
        } catch {}
    }
}
