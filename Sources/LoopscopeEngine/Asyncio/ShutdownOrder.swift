// The order in which CPython finalizes what a program leaves behind at exit:
// pending tasks ("Task was destroyed but it is pending!"), their coroutines
// (closed, so `finally` runs, or "never awaited" when never started) and the
// never-started coroutines and suspended generators in the globals.
//
// CPython's cyclic collector calls the finalizers of a garbage set in the
// order of its object list, which is creation order — unless an earlier
// collection reordered the objects. One always runs at exit before the
// modules are torn down. When the program ended normally (under
// scripts/vclock.py, which records the conformance suite), its globals are
// already garbage then: everything is finalized in creation order, so a
// task's coroutine (created first) before the task.
//
// After an uncaught exception the last traceback keeps the module frame,
// and so the globals, reachable until late in shutdown. That first
// collection then finds every object reachable, but only from objects
// created after it (the traceback's frames): its scan moves each one to the
// end of the list as it reaches it, breadth-first from the traceback, in
// each container's traversal order (lists and tuples last item first). The
// final collection finalizes in that order: a task reached before its
// coroutine logs with `running at`, and its coroutine is closed afterwards.
extension Interpreter {
    /// Finalizes the pending tasks and, after an uncaught exception, what
    /// the globals hold, in CPython's order.
    func finalizeAtShutdown(afterUncaughtException: Bool) {
        // What an open current loop holds is freed too late to print
        // (KeptByCurrentLoop.swift).
        let silent = keptByCurrentLoop()
        guard afterUncaughtException else {
            for task in asyncio.pendingTasks.tasks where destroyedPending(task) && !silent.contains(ObjectIdentifier(task)) {
                finalizeGarbage(task, hint: true)
            }
            return
        }
        let reached = reachedFromTraceback().filter { !silent.contains(ObjectIdentifier($0)) }
        let kept = Set(reached.map(ObjectIdentifier.init)).union(silent)
        // The first collection, while imports still work: garbage cycles.
        for c in asyncio.neverAwaitedInCycles { warnAtShutdown(c, hint: true) }
        asyncio.neverAwaitedInCycles = []
        for task in asyncio.pendingTasks.tasks where destroyedPending(task) && !kept.contains(ObjectIdentifier(task)) {
            finalizeGarbage(task, hint: true)
        }
        // The last one: what the frames the exception left hold (the
        // innermost frames' locals come before the globals' contents), then
        // the globals.
        // Taken first: each warning's own write would flush what is left.
        let held = asyncio.neverAwaitedHeld + asyncio.neverAwaited
        asyncio.neverAwaitedHeld = []
        asyncio.neverAwaited = []
        for c in held { warnAtShutdown(c, hint: false) }
        for o in reached {
            if let task = o as? Task {
                if destroyedPending(task) { logDestroyedPending(task) }
            } else if let g = o as? PyGenBase {
                finalizeAtShutdown(g, hint: false)
            }
        }
    }

    /// A pending task in a garbage cycle: its coroutine, created first, is
    /// finalized first.
    private func finalizeGarbage(_ task: Task, hint: Bool) {
        if case .object(let o) = task.coro, let g = o as? PyGenBase { finalizeAtShutdown(g, hint: hint) }
        logDestroyedPending(task)
    }

    private func destroyedPending(_ task: Task) -> Bool {
        task.logDestroyPending && !task.isDone
    }

    /// A coroutine's or generator's finalizer: a suspended one is closed; a
    /// coroutine that never started warns "never awaited" (once: its own
    /// release no longer reports it).
    private func finalizeAtShutdown(_ g: PyGenBase, hint: Bool) {
        if g.needsFinalization {
            closeAtShutdown(g)
        } else if let c = g as? PyCoroutine, !c.frame.started, !c.finished, c.neverAwaitedReporter != nil {
            c.neverAwaitedLink = nil
            if onCoroutineNeverAwaited != nil {
                warnAtShutdown(NeverAwaitedCoroutine(qualname: c.qualname, line: 0, task: nil), hint: hint)
            }
        }
    }

    /// The tasks, coroutines and generators the traceback keeps alive, in
    /// the order the collector's scan reaches them: the globals in
    /// definition order, then breadth-first. A task that ended by raising
    /// keeps its coroutine's frame (the exception's traceback holds it).
    private func reachedFromTraceback() -> [PyObject] {
        var queue: [PyObject] = []
        var seen = Set<ObjectIdentifier>()
        func reach(_ v: Value?) {
            guard case .object(let o)? = v, seen.insert(ObjectIdentifier(o)).inserted else { return }
            queue.append(o)
        }
        for (_, v) in mainModule.namespace.orderedItems { reach(v) }
        var next = 0
        while next < queue.count {
            let o = queue[next]
            next += 1
            switch o {
            case let l as PyList: l.items.reversed().forEach { reach($0) }
            case let t as PyTuple: t.items.reversed().forEach { reach($0) }
            case let d as PyDict:
                for case let e? in d.entries { reach(e.key); reach(e.value) }
            case let s as PySetBase: s.elements.forEach { reach($0) }
            case let task as Task:
                reach(task.coro)
                if task.exception != nil, case .object(let c as PyGenBase) = task.coro { reachLocals(of: c.frame, reach) }
            case let g as PyGenBase where g.needsFinalization:
                reachLocals(of: g.frame, reach)
            case let i as PyInstance:
                i.dict.values.forEach { reach($0) }
            default: break
            }
        }
        return queue
    }

    private func reachLocals(of frame: Frame, _ reach: (Value?) -> Void) {
        for i in 0..<frame.code.localCount { reach(frame.locals[i]) }
    }
}
