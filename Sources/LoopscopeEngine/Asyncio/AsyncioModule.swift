// `import asyncio`: the native core (run, sleep, tasks, futures, gather, the
// loop) plus the prelude's Python classes (Queue, Lock, wait_for, TaskGroup...).
extension Interpreter {
    /// `import asyncio` (called once per run by the VM's import machinery).
    public func makeAsyncioModule() throws -> PyModule {
        if let m = asyncio.module { return m }
        // The prelude runs first (its module-level code only defines classes
        // and functions); the native core is then added to the same namespace,
        // where the prelude's function bodies find it at call time.
        let source = AsyncioPrelude.locks + "\n\n" + AsyncioPrelude.queues + "\n\n" + AsyncioPrelude.tasks
            + "\n\n" + AsyncioPrelude.events + "\n\n" + AsyncioPrelude.streams
        let module = try executeModuleSource(source, name: "asyncio")
        var dict = module.dict
        for (name, value) in asyncioNatives() { dict[name] = value }
        for (name, value) in preludeHelpers() { dict[name] = value }
        // `asyncio.subprocess` (PIPE, STDOUT, DEVNULL and the refused
        // create_subprocess_* functions), an attribute of the package as in CPython.
        let subprocess = PyModule(name: "asyncio.subprocess", dict: [
            "__file__": .str(CPythonPaths.location(of: "asyncio.subprocess") ?? ""),
            "PIPE": .int(-1), "STDOUT": .int(-2), "DEVNULL": .int(-3),
            "create_subprocess_exec": dict["create_subprocess_exec"] ?? .none,
            "create_subprocess_shell": dict["create_subprocess_shell"] ?? .none,
        ])
        dict["subprocess"] = .object(subprocess)
        // `asyncio.exceptions.TimeoutError`, `asyncio.tasks.Task`: CPython's package
        // has its submodules as attributes; here they are views of the package.
        for name in Self.asyncioSubmoduleViews where dict[name] == nil { dict[name] = .object(module) }
        modules["asyncio.subprocess"] = subprocess
        module.dict = dict
        // Before the queue's: Queue's natives note Event.clear as installed.
        installEventNatives(dict)
        installQueueNatives(dict)
        installLockNatives(dict)
        installTaskGroupNatives(dict)
        asyncio.module = module
        return module
    }

    func asyncioNatives() -> [String: Value] {
        var d: [String: Value] = [:]
        let entries: [(String, Value)] = [
            function("run") { interp, a in try interp.asyncioRun(try a.required(0, "main"), debug: a.keyword("debug") ?? .none) },
            function("sleep") { interp, a in
                interp.asyncio.chargeSeconds(interp.asyncio.cost.sleepCall)
                return .object(SleepCoroutine(interp, delay: try a.required(0, "delay"), result: a.get(1, "result") ?? .none))
            },
            function("create_task") { interp, a in
                let loop = try interp.getRunningLoop()
                let name = try a.keyword("name").flatMap { $0.isNone ? nil : try interp.str($0) }
                return try interp.withTaskContext(a) {
                    try loop.fromAsyncio("tasks.py", 384) { try loop.makeTask(try a.required(0, "coro"), name: name) }
                }
            },
            function("_create_task_named_later") { interp, a in
                guard case .object(let l) = try a.required(0, "loop"), let loop = l as? EventLoop else {
                    throw pyTypeError("a loop was expected")
                }
                try loop.checkClosed()
                let name = try a.get(2, "name").flatMap { $0.isNone ? nil : try interp.str($0) }
                return try interp.withTaskContext(a) {
                    try loop.fromAsyncio("taskgroups.py", 161) { try loop.makeTask(try a.required(1, "coro"), name: name) }
                }
            },
            function("ensure_future") { interp, a in
                let loop = a.keyword("loop").flatMap { $0.asObject as? EventLoop }
                return .object(try interp.ensureFuture(try a.required(0, "coro_or_future"), loop: loop))
            },
            function("gather") { interp, a in
                let re = try a.keyword("return_exceptions").map { try interp.truthy($0) } ?? false
                return .object(try interp.gather(a.args.positional, returnExceptions: re))
            },
            function("get_running_loop") { interp, _ in .object(try interp.getRunningLoop()) },
            function("_get_running_loop") { interp, _ in interp.asyncio.runningLoop.map { .object($0) } ?? .none },
            function("_native_loop") { interp, _ in .object(EventLoop(interp: interp)) },
            function("_loop_tasks") { interp, a in
                let loop = try a.required(0, "loop").asObject as? EventLoop
                return .object(interp.makeList(interp.asyncio.pendingTasks.tasks.filter { $0.loop === loop }.map { .object($0) }))
            },
            // Both take an optional loop: a loop that is not running has no
            // current task, but its pending tasks can still be listed.
            function("current_task") { interp, a in
                if let l = a.get(0, "loop"), !l.isNone {
                    guard let loop = l.asObject as? EventLoop, loop === interp.asyncio.runningLoop else { return .none }
                    return loop.currentTask.map { .object($0) } ?? .none
                }
                _ = try interp.getRunningLoop()
                return interp.asyncio.currentTask.map { .object($0) } ?? .none
            },
            function("all_tasks") { interp, a in
                let given = a.get(0, "loop").flatMap { $0.isNone ? nil : $0.asObject }
                let loop: AnyObject = try given ?? interp.getRunningLoop()
                return .object(try interp.makeIdentitySet(interp.asyncio.pendingTasks.tasks.filter { $0.loop === loop }))
            },
            function("iscoroutine") { interp, a in .bool(interp.isCoroutine(try a.required(0, "obj"))) },
            function("iscoroutinefunction") { interp, a in .bool(interp.isCoroutineFunction(try a.required(0, "func"))) },
            function("isfuture") { _, a in .bool((try a.required(0, "obj")).asObject is Future) },
            function("to_thread") { interp, a in
                let fn = try a.required(0, "func")
                return .object(ToThreadCoroutine(interp, fn: fn, args: Arguments(Array(a.args.positional.dropFirst()), keywords: a.args.keywords)))
            },
            ("Future", .object(AsyncioTypes.future)),
            ("Task", .object(AsyncioTypes.task)),
            ("Handle", .object(AsyncioTypes.handle)),
            ("TimerHandle", .object(AsyncioTypes.timerHandle)),
            ("AbstractEventLoop", .object(AsyncioTypes.abstractEventLoop)),
            ("BaseEventLoop", .object(AsyncioTypes.baseEventLoop)),
            ("SelectorEventLoop", .object(AsyncioTypes.eventLoop)),
            ("CancelledError", .object(AsyncioExceptions.cancelledError)),
            ("InvalidStateError", .object(AsyncioExceptions.invalidStateError)),
            ("TimeoutError", .object(AsyncioExceptions.timeoutError)),
            ("QueueEmpty", .object(AsyncioExceptions.queueEmpty)),
            ("QueueFull", .object(AsyncioExceptions.queueFull)),
        ]
        for (k, v) in entries { d[k] = v }
        return d
    }

    /// Helpers only the prelude sees.
    func preludeHelpers() -> [(String, Value)] {
        [
            function("_future") { interp, a in
                let fut = Future(loop: try interp.getRunningLoop())
                if case .str(let s)? = a.get(0, "label") { fut.label = s }
                if let tasks = a.get(1, "tasks"), !tasks.isNone { fut.awaitedTasks = interp.taskIDs(tasks) }
                if case .object(let owner)? = a.get(2, "owner") { fut.syncObject = interp.asyncio.syncNumber(owner) }
                return .object(fut)
            },
            function("_sync") { interp, a in
                guard case .str(let op) = try a.required(0, "op"), case .object(let o) = try a.required(1, "obj") else {
                    return .none
                }
                interp.noteSync(op, o)
                return .none
            },
            function("_event_wait") { interp, a in
                guard case .object(let event) = try a.required(0, "event") else { throw pyTypeError("an Event was expected") }
                return .object(EventWaitCoroutine(interp, event: event))
            },
            function("_wake_waiters") { interp, a in
                try interp.wakeEventWaiters(try a.required(0, "waiters"), head: try a.required(1, "head"))
                return .none
            },
            function("_taskgroup_state") { _, _ in .object(TaskGroupState()) },
            function("_set_awaited") { interp, a in
                if case .object(let f as Future)? = a.get(0, "fut") { f.awaitedTasks = interp.taskIDs(try a.required(1, "tasks")) }
                return .none
            },
        ]
    }

    /// Calls a function of the asyncio module (the prelude's policy functions).
    func callAsyncio(_ name: String, _ args: Value...) throws -> Value {
        guard let fn = try makeAsyncioModule().dict[name] else { throw pyRuntimeError("asyncio.\(name) is missing") }
        return try call(fn, Arguments(args))
    }

    func taskIDs(_ v: Value) -> [TaskID] {
        ((try? iterate(v)) ?? []).compactMap { ($0.asObject as? Task)?.id }
    }

    /// `asyncio.iscoroutinefunction`: CO_COROUTINE (0x80) in the code flags;
    /// partials, and the natives that are `async def` in CPython
    /// (asyncio.sleep, Queue.get, ...), are asked of `inspect`.
    func isCoroutineFunction(_ v: Value) -> Bool {
        if let code = try? getAttribute(v, "__code__"), case .int(let flags)? = try? getAttribute(code, "co_flags") {
            return flags & 0x80 != 0
        }
        guard let inspect = try? cachedStdlibModule("inspect"),
              let ask = inspect.namespace["iscoroutinefunction"],
              let answer = try? call(ask, Arguments([v])) else { return false }
        return (try? truthy(answer)) ?? false
    }

    /// `asyncio.run(main)` (runners.py, 3.11).
    func asyncioRun(_ main: Value, debug: Value = .none) throws -> Value {
        if asyncio.runningLoop != nil {
            throw pyRuntimeError("asyncio.run() cannot be called from a running event loop")
        }
        if !isCoroutine(main) {
            throw pyValueError("a coroutine was expected, got \(describe(main))")
        }
        // Runner._lazy_init: the policy makes the loop and it becomes current.
        guard let loop = try callAsyncio("new_event_loop").asObject as? EventLoop else {
            throw pyTypeError("new_event_loop() must return an event loop")
        }
        _ = try callAsyncio("set_event_loop", .object(loop))
        if !debug.isNone { loop.debug = try truthy(debug) }
        let task = try loop.fromAsyncio("runners.py", 100) { try Task(coro: main, loop: loop, name: nil) }
        return try runLoop(try LoopDriver(loop: loop, future: task, isRunner: true))
    }
}
