// Where CPython's own asyncio code drops the last reference to an object the
// program made. CPython reports a coroutine that was never awaited where it
// is freed: when that happens inside its library (the value a callback
// returned, dropped by `Handle._run`; the ready queue `loop.close()`
// clears), the warning names that file and line and shows its source line.
// Loopscope runs that code natively, so it marks the spot while it drops
// the reference.

/// A line of CPython 3.11's asyncio package that releases references.
struct ReleaseSite: Equatable {
    /// The file in the asyncio package, its line, and the line's text.
    let file: String
    let line: Int
    let source: String
    /// The warnings registry's module name for the file.
    let module: String

    var path: String { "\(cpythonAsyncioDirectory)/\(file)" }

    /// `Handle._run`: `self._context.run(self._callback, *self._args)`
    /// returns the callback's result, which nothing keeps.
    static let handleRun = ReleaseSite(file: "events.py", line: 80,
                                       source: "self._context.run(self._callback, *self._args)",
                                       module: "asyncio.events")
    /// `BaseEventLoop.close()`: the handles still waiting to run are dropped.
    static let loopClose = ReleaseSite(file: "base_events.py", line: 678, source: "self._ready.clear()",
                                       module: "asyncio.base_events")
}

extension Interpreter {
    /// Runs `body` (which drops references) as if at `site`: a coroutine
    /// freed meanwhile, while no Python frame newer than the current one
    /// runs, is warned about there.
    func releasing(at site: ReleaseSite, _ body: () -> Void) {
        let saved = (asyncio.releaseSite, asyncio.releaseSiteFrame)
        asyncio.releaseSite = site
        asyncio.releaseSiteFrame = currentFrame.map(ObjectIdentifier.init)
        defer { (asyncio.releaseSite, asyncio.releaseSiteFrame) = saved }
        body()
    }

    /// The library site a coroutine released right now is freed at, if any.
    var currentReleaseSite: ReleaseSite? {
        guard let site = asyncio.releaseSite,
              asyncio.releaseSiteFrame == currentFrame.map(ObjectIdentifier.init) else { return nil }
        return site
    }

    /// Calls `fn(args)` and drops its result at `Handle._run`'s line.
    func callDroppingResult(_ fn: Value, _ args: Arguments) throws {
        let result = try call(fn, args)
        guard result.holdsObject else { return }
        // Moved, not copied: the only reference is the one dropped below.
        asyncio.droppedResult = consume result
        releasing(at: .handleRun) { asyncio.droppedResult = .none }
    }
}
