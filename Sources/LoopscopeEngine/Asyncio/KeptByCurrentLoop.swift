// What the current event loop keeps alive past the end of the output.
//
// The default policy keeps the loop that `get_event_loop()` made (or
// `set_event_loop` installed) in a thread-local, and CPython clears a thread's
// locals only after the modules, `sys` among them, are torn down. A loop that
// was never closed still holds its ready handles and its timers, and through
// them the tasks they would step or wake: those tasks, and their coroutines,
// are freed when nothing can print any more. So a program that makes tasks
// on `asyncio.get_event_loop()` and ends without running or closing the loop
// ends silently under CPython: no "Task was destroyed but it is pending!",
// no "coroutine ... was never awaited". A closed loop holds nothing (close()
// clears both queues), and a loop nobody installed dies with the globals.
// A coroutine or function reached that way holds its module's globals, so
// everything the program's globals hold stays alive (and silent) too.
extension Interpreter {
    /// The tasks and coroutines reachable from the policy's current loop
    /// while it is still open; empty when there is none.
    func keptByCurrentLoop() -> Set<ObjectIdentifier> {
        guard let policy = (try? makeAsyncioModule())?.dict["_policy"], !policy.isNone,
              case .object(let loop as EventLoop)? = try? getAttribute(policy, "_loop"),
              !loop.isClosed else { return [] }
        var seen = Set<ObjectIdentifier>()
        var pending: [PyObject] = []
        func reach(_ v: Value?) {
            guard case .object(let o)? = v else { return }
            reach(o)
        }
        func reach(_ o: PyObject) {
            if seen.insert(ObjectIdentifier(o)).inserted { pending.append(o) }
        }
        func reach(_ cb: FutureCallback) {
            switch cb {
            case .python(let p): reach(p.fn)
            case .wakeup(let t): reach(t)
            case .native: break
            }
        }
        let tasksByID = Dictionary(asyncio.pendingTasks.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let handles: [Handle] = loop.ready.handles + loop.scheduled.items
        for h in handles where !h.cancelled {
            switch h.callback {
            case .taskStep(let t, _): reach(t)
            case .taskWakeup(let t, let f): reach(t); reach(f)
            case .doneCallback(let cb, let f): reach(cb); reach(f)
            case .call(let c): reach(c.fn); c.args.forEach { reach($0) }
            case .native: break
            }
            // A native timer (asyncio.sleep's) wakes the task it names.
            if let timer = h as? TimerHandle, let id = timer.forTask, let t = tasksByID[id] { reach(t) }
        }
        var modulesReached = Set<ObjectIdentifier>()
        func reach(globalsOf module: PyModule) {
            guard modulesReached.insert(ObjectIdentifier(module)).inserted else { return }
            for (_, v) in module.namespace.orderedItems { reach(v) }
        }
        while let o = pending.popLast() {
            switch o {
            case let t as Task:
                reach(t.coro)
                if let w = t.futWaiter { reach(w) }
                t.callbacks.forEach { reach($0) }
            case let f as Future:
                f.callbacks.forEach { reach($0) }
            case let g as PyGenBase:
                for i in 0..<g.frame.code.localCount { reach(g.frame.locals[i]) }
                reach(globalsOf: g.frame.module)
            case let f as PyFunction:
                reach(globalsOf: f.module)
            case let m as PyBoundMethod:
                reach(m.receiver)
                reach(m.function)
            case let l as PyList: l.items.forEach { reach($0) }
            case let t as PyTuple: t.items.forEach { reach($0) }
            case let d as PyDict:
                for case let e? in d.entries { reach(e.key); reach(e.value) }
            case let s as PySetBase: s.elements.forEach { reach($0) }
            case let i as PyInstance: i.dict.values.forEach { reach($0) }
            default: break
            }
        }
        return seen
    }
}
