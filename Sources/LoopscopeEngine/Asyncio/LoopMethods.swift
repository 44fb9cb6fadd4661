// The event loop's Python methods (base_events.py) and how code finds a loop.
extension Interpreter {
    /// `asyncio.get_running_loop()`.
    func getRunningLoop() throws -> EventLoop {
        guard let loop = asyncio.runningLoop else { throw pyRuntimeError("no running event loop") }
        return loop
    }

    /// `asyncio.get_event_loop()` (3.11): the running loop, else the current
    /// loop of the policy, created on first use.
    func getEventLoop() throws -> EventLoop {
        if let loop = asyncio.runningLoop { return loop }
        guard let loop = try callAsyncio("get_event_loop").asObject as? EventLoop else {
            throw pyTypeError("the event loop policy returned something that is not an event loop")
        }
        return loop
    }

    /// `loop.run_until_complete(x)` / `asyncio.run(coro)`: suspends the
    /// calling fiber so the Engine steps the loop, or runs it inline.
    func runLoop(_ driver: LoopDriver) throws -> Value {
        if canSuspendHere { throw SuspendRequest(.object(driver)) }
        return try driver.runInline()
    }
}

extension AsyncioTypes {
    static func scheduled(_ a: NativeArgs, from index: Int, _ interp: Interpreter) throws -> HandleCallback {
        let fn = try a.required(index, "callback")
        let call = PythonCall(fn: fn, args: Array(a.args.positional.dropFirst(index + 1)))
        call.context = try interp.capturedContext(a.keyword("context"))
        return .call(call)
    }

    static var loopMethods: [(String, Value)] {
        [
            method(EventLoop.self, "time") { _, l, _ in .float(l.time) },
            method(EventLoop.self, "call_soon") { interp, l, a in
                try l.checkClosed()
                return .object(l.fromPython(l.callSoon(try scheduled(a, from: 0, interp))))
            },
            method(EventLoop.self, "call_later") { interp, l, a in
                try l.checkClosed()
                let delay = try interp.requireDelay(try a.required(0, "delay"), "delay")
                return .object(l.fromPython(l.callLater(delay, try scheduled(a, from: 1, interp), task: l.currentTask?.id)))
            },
            method(EventLoop.self, "call_at") { interp, l, a in
                try l.checkClosed()
                let when = try interp.requireNumber(try a.required(0, "when"), "when")
                return .object(l.fromPython(l.callAt(when, try scheduled(a, from: 1, interp), task: l.currentTask?.id)))
            },
            method(EventLoop.self, "create_future") { _, l, _ in .object(Future(loop: l)) },
            method(EventLoop.self, "create_task") { interp, l, a in
                try l.checkClosed()
                let name = try a.keyword("name").flatMap { $0.isNone ? nil : try interp.str($0) }
                return try interp.withTaskContext(a) { try l.makeTask(try a.required(0, "coro"), name: name) }
            },
            method(EventLoop.self, "is_running") { _, l, _ in .bool(l.isRunning) },
            method(EventLoop.self, "is_closed") { _, l, _ in .bool(l.closed) },
            method(EventLoop.self, "stop") { _, l, _ in l.stopping = true; return .none },
            method(EventLoop.self, "close") { _, l, _ in
                if !l.closed {
                    try l.close()
                    l.state.emit(.loopClosed)
                }
                return .none
            },
            method(EventLoop.self, "get_debug") { _, l, _ in .bool(l.debug) },
            method(EventLoop.self, "set_debug") { interp, l, a in
                let enabled = try interp.truthy(try a.required(0, "enabled"))
                l.debug = enabled
                // A running loop hands the change of coroutine-origin
                // tracking to a callback of its own (call_soon_threadsafe),
                // which takes a turn in the ready queue like any other.
                if l.isRunning {
                    l.callSoon(.native("BaseEventLoop._set_coroutine_origin_tracking") { [weak l] _ in
                        l?.setOriginTracking(enabled)
                    })
                }
                return .none
            },
            method(EventLoop.self, "set_exception_handler") { _, l, a in
                l.exceptionHandler = try a.required(0, "handler")
                return .none
            },
            method(EventLoop.self, "get_exception_handler") { _, l, _ in l.exceptionHandler },
            method(EventLoop.self, "run_until_complete") { interp, l, a in
                try l.checkClosed()
                if l.isRunning { throw pyRuntimeError("This event loop is already running") }
                if interp.asyncio.runningLoop != nil {
                    throw pyRuntimeError("Cannot run the event loop while another loop is running")
                }
                let arg = try a.required(0, "future")
                let isNew = !(arg.asObject is Future)
                let fut = try interp.ensureFuture(arg, loop: l)
                if isNew, let t = fut as? Task { t.logDestroyPending = false }
                return try interp.runLoop(try LoopDriver(loop: l, future: fut, isRunner: false))
            },
            method(EventLoop.self, "run_in_executor") { interp, l, a in
                let fn = try a.required(1, "func")
                return .object(interp.startThreadWork(fn, Arguments(Array(a.args.positional.dropFirst(2))), loop: l))
            },
            method(EventLoop.self, "__repr__") { _, l, _ in
                .str("<_UnixSelectorEventLoop running=\(l.isRunning ? "True" : "False") closed=\(l.closed ? "True" : "False") debug=\(l.debug ? "True" : "False")>")
            },
        ]
    }
}
