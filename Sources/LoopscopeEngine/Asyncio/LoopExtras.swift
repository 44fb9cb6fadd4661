// The rest of BaseEventLoop's Python API (base_events.py, 3.11): running
// until stop(), the shutdown coroutines, the exception-handler and
// task-factory hooks, and constructing loops (and Python subclasses of them).
extension AsyncioTypes {
    static var loopLifecycleMethods: [(String, Value)] {
        [
            ("__new__", .object(PyNativeFunction("__new__") { interp, args in
                let loop = EventLoop(interp: interp)
                if case .object(let t as PyType)? = args.positional.first, t !== AsyncioTypes.eventLoop {
                    loop.subclass = t
                }
                return .object(loop)
            })),
            method(EventLoop.self, "__init__") { _, _, _ in .none },
            method(EventLoop.self, "run_forever") { interp, l, _ in
                try l.checkClosed()
                return try interp.runLoop(try LoopDriver(runForever: l))
            },
            method(EventLoop.self, "call_soon_threadsafe") { interp, l, a in
                try l.checkClosed()
                return .object(l.fromPython(l.callSoon(try scheduled(a, from: 0, interp))))
            },
            method(EventLoop.self, "shutdown_asyncgens") { _, l, _ in
                let live = l.takeLiveAsyncGenerators()
                if live.isEmpty { return .object(OneStepCoroutine(nil, name: "BaseEventLoop.shutdown_asyncgens") { _ in .none }) }
                return try l.shutdownAsyncgensCoroutine(live)
            },
            method(EventLoop.self, "set_default_executor") { interp, l, a in
                let executor = try a.required(0, "executor")
                let futures = try interp.importModule("concurrent.futures")
                guard let pool = futures.namespace["ThreadPoolExecutor"], try interp.isInstance(executor, pool) else {
                    throw pyTypeError("executor must be ThreadPoolExecutor instance")
                }
                l.defaultExecutor = executor
                return .none
            },
            method(EventLoop.self, "shutdown_default_executor") { _, _, _ in
                .object(OneStepCoroutine(nil, name: "BaseEventLoop.shutdown_default_executor") { _ in .none })
            },
            method(EventLoop.self, "call_exception_handler") { interp, l, a in
                try l.callExceptionHandler(dict: try a.required(0, "context"))
                return .none
            },
            method(EventLoop.self, "default_exception_handler") { interp, l, a in
                l.defaultExceptionHandler(try l.exceptionContext(try a.required(0, "context")))
                return .none
            },
            method(EventLoop.self, "set_task_factory") { interp, l, a in
                let factory = try a.required(0, "factory")
                if !factory.isNone, !interp.isCallableValue(factory) {
                    throw pyTypeError("task factory must be a callable or None")
                }
                l.taskFactory = factory
                return .none
            },
            method(EventLoop.self, "get_task_factory") { _, l, _ in l.taskFactory },
        ]
    }
}

extension EventLoop {
    /// `loop.create_task(coro, name=name)`: through the task factory when one is set.
    func makeTask(_ coro: Value, name: String?) throws -> Value {
        if taskFactory.isNone { return .object(try Task.createNamedLater(coro: coro, loop: self, name: name)) }
        let task = try interp.call(taskFactory, Arguments([.object(self), coro]))
        if let name { _ = try interp.call(try interp.getAttribute(task, "set_name"), Arguments([.str(name)])) }
        return task
    }

    /// `call_exception_handler(context)` with a Python dict.
    func callExceptionHandler(dict: Value) throws {
        if exceptionHandler.isNone {
            defaultExceptionHandler(try exceptionContext(dict))
            return
        }
        do {
            _ = try interp.call(exceptionHandler, Arguments([.object(self), dict]))
        } catch let error as PyError {
            if !error.exception.isInstance(of: BuiltinTypes.exception) { throw error }
            defaultExceptionHandler(ExceptionContext(
                message: "Unhandled error in exception handler", exception: error.exception,
                details: [("context", dict)], category: "exceptionHandler"))
        }
    }

    /// A context dict as `default_exception_handler` reads it: the message,
    /// the exception, then every other key sorted, as `key: repr(value)`.
    func exceptionContext(_ dict: Value) throws -> ExceptionContext {
        guard case .object(let o) = dict, let d = o as? PyDict else {
            throw pyTypeError("context must be a dict")
        }
        var message = "Unhandled exception in event loop"
        var exception: PyException?
        var details: [(String, Value)] = []
        for (k, v) in d.pairs {
            let key = try interp.str(k)
            switch key {
            case "message": if try interp.truthy(v) { message = try interp.str(v) }
            case "exception": exception = v.asObject as? PyException
            default: details.append((key, v))
            }
        }
        return ExceptionContext(message: message, exception: exception, details: details, category: "exceptionHandler")
    }

    /// A handle Python code scheduled: debug mode remembers where.
    func fromPython<H: Handle>(_ h: H) -> H {
        if debug { handleCreationSites[h.id] = takeCreationSite() }
        return h
    }

    /// Debug mode: the `created at` of a task or handle being made now.
    func takeCreationSite() -> String {
        if let site = internalCreationSite {
            internalCreationSite = nil
            return site
        }
        return "\(interp.filename):\(interp.currentLine)"
    }

    /// Runs `body` as if from line `line` of CPython's `asyncio/FILE` (debug mode only).
    func fromAsyncio<T>(_ file: String, _ line: Int, _ body: () throws -> T) rethrows -> T {
        if debug { internalCreationSite = "\(cpythonAsyncioDirectory)/\(file):\(line)" }
        defer { internalCreationSite = nil }
        return try body()
    }

    /// Debug mode: `Executing <Handle ...> took 0.250 seconds` (logged as a warning
    /// by asyncio's logger) for a callback slower than `slow_callback_duration`.
    func warnIfSlow(_ h: Handle, took dt: Double) {
        defer { handleCreationSites.removeValue(forKey: h.id) }
        let limit = instanceAttributes["slow_callback_duration"]?.asDouble ?? 0.1
        guard dt >= limit else { return }
        let what = h.task.map { $0.repr(interp) } ?? h.repr(interp)
        let seconds = String(format: "%.3f", dt)
        state.emit(.warning(category: "slowCallback", message: "Executing \(what) took \(seconds) seconds",
                            task: h.task?.id, line: h.task?.lastLine ?? 0))
        interp.logAsyncio(AsyncioLogRecord(
            level: .warning, file: "base_events.py", line: 1917, function: "_run_once",
            format: "Executing %s took %.3f seconds", args: [.str(what), .float(dt)],
            text: "Executing \(what) took \(seconds) seconds"))
    }
}

extension Interpreter {
    /// `callable(v)`.
    func isCallableValue(_ v: Value) -> Bool {
        guard case .object(let o) = v else { return false }
        if o is PyType || o is PyNativeFunction || o is PyFunction || o is PyBoundMethod { return true }
        return typeOf(v).lookup("__call__") != nil
    }
}

