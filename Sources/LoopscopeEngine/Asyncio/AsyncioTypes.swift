// The Python-visible types of asyncio's native objects and their method
// tables. Created once per process and never mutated after initialisation.
enum AsyncioTypes {
    static func make(_ name: String, module: String, base: PyType = BuiltinTypes.object,
                     _ methods: [(String, Value)]) -> PyType {
        var dict: [String: Value] = [:]
        for (k, v) in methods { dict[k] = v }
        return PyType(name: name, module: module, bases: [base], dict: dict, isBuiltin: true)
    }

    nonisolated(unsafe) static let future = make("Future", module: "_asyncio", futureMethods + futureAwaitMethods)
    nonisolated(unsafe) static let task = make("Task", module: "_asyncio", base: future, taskMethods)
    nonisolated(unsafe) static let gatheringFuture = make("_GatheringFuture", module: "asyncio.tasks", base: future, [])
    nonisolated(unsafe) static let handle = make("Handle", module: "asyncio.events", handleMethods)
    nonisolated(unsafe) static let timerHandle = make("TimerHandle", module: "asyncio.events", base: handle, [
        method(TimerHandle.self, "when") { _, h, _ in .float(h.when) },
    ])
    // AbstractEventLoop <- BaseEventLoop <- BaseSelectorEventLoop <- _UnixSelectorEventLoop
    // (= SelectorEventLoop), so isinstance checks and subclasses see CPython's chain.
    nonisolated(unsafe) static let abstractEventLoop = make("AbstractEventLoop", module: "asyncio.events", [])
    nonisolated(unsafe) static let baseEventLoop = make("BaseEventLoop", module: "asyncio.base_events",
                                                        base: abstractEventLoop, loopMethods + loopLifecycleMethods + loopSandboxMethods)
    nonisolated(unsafe) static let baseSelectorEventLoop = make("BaseSelectorEventLoop", module: "asyncio.selector_events",
                                                                base: baseEventLoop, [])
    nonisolated(unsafe) static let eventLoop = make("_UnixSelectorEventLoop", module: "asyncio.unix_events",
                                                    base: baseSelectorEventLoop, [])
    nonisolated(unsafe) static let coroutine = make("coroutine", module: "builtins", [
        method(PyObject.self, "close") { _, o, _ in
            (o as? ClosableNativeCoroutine)?.close()
            return .none
        },
        method(PyObject.self, "__repr__") { interp, o, _ in
            let name = (o as? NativeCoroutine)?.coroutineName ?? "coroutine"
            return .str("<coroutine object \(name) at 0x" + String(interp.objectID(o), radix: 16).leftPadded(to: 12, with: "0") + ">")
        },
    ])
    nonisolated(unsafe) static let driver = make("Runner", module: "asyncio.runners", [])
    nonisolated(unsafe) static let list = make("list", module: "builtins", [])

    static var futureMethods: [(String, Value)] {
        [
            ("__new__", .object(PyNativeFunction("__new__") { interp, args in
                .object(Future(loop: try (NativeArgs("Future", args).keyword("loop")?.asObject as? EventLoop) ?? interp.getEventLoop()))
            })),
            method(Future.self, "__init__") { _, _, _ in .none },
            method(Future.self, "result") { _, f, _ in try f.result() },
            method(Future.self, "exception") { _, f, _ in try f.exceptionValue().map { .object($0) } ?? .none },
            method(Future.self, "done") { _, f, _ in .bool(f.isDone) },
            method(Future.self, "cancelled") { _, f, _ in .bool(f.isCancelled) },
            method(Future.self, "cancel") { _, f, a in .bool(f.cancel(message: a.get(0, "msg") ?? .none)) },
            method(Future.self, "get_loop") { _, f, _ in .object(f.loop) },
            method(Future.self, "add_done_callback") { interp, f, a in
                let cb = PythonCallback(try a.required(0, "fn"))
                cb.context = try interp.capturedContext(a.keyword("context"))
                f.addDoneCallback(.python(cb))
                return .none
            },
            method(Future.self, "remove_done_callback") { interp, f, a in
                .int(try f.removeDoneCallback(interp, try a.required(0, "fn")))
            },
            method(Future.self, "set_result") { _, f, a in
                if f is Task { throw pyRuntimeError("Task does not support set_result operation") }
                try f.setResult(try a.required(0, "result"))
                return .none
            },
            method(Future.self, "set_exception") { interp, f, a in
                if f is Task { throw pyRuntimeError("Task does not support set_exception operation") }
                var v = try a.required(0, "exception")
                if case .object(let t as PyType) = v { v = try interp.call(.object(t), Arguments()) }
                guard case .object(let e as PyException) = v else {
                    throw pyTypeError("invalid exception object")
                }
                try f.setException(e)
                return .none
            },
            method(Future.self, "__repr__") { interp, f, _ in .str(f.repr(interp)) },
            method(Future.self, "__str__") { interp, f, _ in .str(f.repr(interp)) },
            method(Future.self, "_label") { _, f, a in
                if case .str(let s)? = a.get(0, "label") { f.label = s }
                return .none
            },
        ]
    }

    static var taskMethods: [(String, Value)] {
        [
            ("__new__", .object(PyNativeFunction("__new__") { interp, args in
                let a = NativeArgs("Task", args)
                let coro = try a.required(1, "coro")
                let name = try a.keyword("name").flatMap { $0.isNone ? nil : try interp.str($0) }
                let loop = try (a.keyword("loop")?.asObject as? EventLoop) ?? interp.getEventLoop()
                return .object(try Task(coro: coro, loop: loop, name: name))
            })),
            method(Task.self, "get_name") { _, t, _ in .str(t.name) },
            method(Task.self, "set_name") { interp, t, a in
                t.setName(try interp.str(try a.required(0, "value")))
                return .none
            },
            method(Task.self, "get_coro") { _, t, _ in t.coro },
            method(Task.self, "cancelling") { _, t, _ in .int(t.numCancelsRequested) },
            method(Task.self, "uncancel") { _, t, _ in .int(t.uncancel()) },
            method(Task.self, "get_stack") { interp, t, a in
                .object(interp.makeList(interp.taskStack(t, limit: try interp.optionalLimit(a.keyword("limit")))))
            },
            method(Task.self, "print_stack") { interp, t, a in
                guard let f = try interp.importModule("traceback").namespace["_print_task_stack"] else { return .none }
                _ = try interp.call(f, Arguments([.object(t), a.keyword("limit") ?? .none, a.keyword("file") ?? .none]))
                return .none
            },
        ]
    }

    static var handleMethods: [(String, Value)] {
        [
            method(Handle.self, "cancel") { _, h, _ in h.cancel(); return .none },
            method(Handle.self, "cancelled") { _, h, _ in .bool(h.cancelled) },
            method(Handle.self, "__repr__") { interp, h, _ in
                .str(h.repr(interp))
            },
        ]
    }
}
