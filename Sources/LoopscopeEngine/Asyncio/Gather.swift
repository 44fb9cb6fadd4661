// `asyncio.gather` (tasks.py, 3.11): children wrapped with ensure_future in
// argument order (so tasks are created and named in that order), results in
// argument order, the first exception propagates while the others keep
// running, cancelling the gather cancels the children.
final class GatheringFuture: Future {
    var children: [Future] = []
    var cancelRequested = false

    override var pyType: PyType { AsyncioTypes.gatheringFuture }

    /// Read only for events (a task suspending on the gather): derived from
    /// `children` then rather than stored for every gather.
    override var awaitedTasks: [TaskID] {
        get { children.compactMap { ($0 as? Task)?.id } }
        set {}
    }

    override func cancel(message: Value = .none) -> Bool {
        if isDone { return false }
        var ret = false
        for child in children where child.cancel(message: message) { ret = true }
        if ret { cancelRequested = true }
        return ret
    }
}

extension Interpreter {
    /// `_ensure_future`: futures pass through, coroutines become tasks.
    func ensureFuture(_ v: Value, loop: EventLoop? = nil) throws -> Future {
        if case .object(let o) = v, let f = o as? Future {
            if let loop, f.loop !== loop {
                throw pyValueError("The future belongs to a different loop than the one specified as the loop argument")
            }
            return f
        }
        guard isCoroutine(v) else {
            throw pyTypeError("An asyncio.Future, a coroutine or an awaitable is required")
        }
        let loop = try loop ?? getEventLoop()
        // loop.create_task() checks the loop first; on its RuntimeError
        // ensure_future closes the coroutine (so it never warns).
        do {
            try loop.checkClosed()
        } catch let e as PyError {
            _ = try? call(try getAttribute(v, "close"), Arguments())
            throw e
        }
        if loop.taskFactory.isNone { return try loop.fromAsyncio("tasks.py", 680) { try Task(coro: v, loop: loop, name: nil) } }
        guard let fut = try loop.makeTask(v, name: nil).asObject as? Future else {
            throw pyTypeError("the task factory must return a Future")
        }
        return fut
    }

    func gather(_ args: [Value], returnExceptions: Bool) throws -> Future {
        if args.isEmpty {
            let loop = try getEventLoop()
            let outer = Future(loop: loop, label: "gather(0 tasks)")
            try outer.setResult(.object(makeList([])))
            return outer
        }
        // Sized up front: growing it copies while all the children are
        // alive, which is the run's memory peak for a large gather.
        var children: [Future] = []
        children.reserveCapacity(args.count)
        // CPython's `arg_to_fut`. A pending future met before carries
        // `childDone`, so only coroutines and done futures need the
        // dictionary: 100,000 pending tasks then cost no hash table.
        var seen: [ObjectIdentifier: Future] = [:]
        // A coroutine argument is marked instead of entered in `seen`: a
        // mark already set is the same coroutine again. Only while no task
        // factory runs Python code (which could gather the same coroutines).
        let marks = asyncio.runningLoop?.taskFactory.isNone == true
        defer {
            if marks {
                for case .object(let o) in args where type(of: o) == PyCoroutine.self {
                    unsafeDowncast(o, to: PyCoroutine.self).inGather = false
                }
            }
        }
        var nfuts = 0
        var loop: EventLoop?
        // The outer future exists only after the children, as in CPython
        // (bpo-46672: callbacks may run before it is assigned).
        let box = GatherState()
        // One callback object for all children, not a closure per child.
        let childDone = FutureCallback.native(NativeFutureCallback(key: 0, name: "gather.<locals>._done_callback") { interp, fut in
            interp.gatherChildDone(box, fut, returnExceptions: returnExceptions)
        })
        for arg in args {
            asyncio.chargeSeconds(asyncio.cost.gatherChild)
            if case .object(let f as Future) = arg, !f.isDone, f.callbacks.contains(where: { $0.isSameNative(childDone) }) {
                children.append(f)
                continue
            }
            var coroutine: PyCoroutine?
            if marks, case .object(let o) = arg, type(of: o) == PyCoroutine.self {
                let co = unsafeDowncast(o, to: PyCoroutine.self)
                // Children and arguments correspond one to one so far.
                if co.inGather, let first = args[..<children.count].firstIndex(where: { $0.asObject === co }) {
                    children.append(children[first])
                    continue
                }
                coroutine = co
            }
            let key: ObjectIdentifier? = coroutine == nil ? arg.asObject.map { ObjectIdentifier($0) } : nil
            if let key, let existing = seen[key] {
                children.append(existing)
                continue
            }
            let fut = try ensureFuture(arg, loop: loop)
            if loop == nil { loop = fut.loop }
            if let task = fut as? Task, !(arg.asObject === fut) { task.logDestroyPending = false }
            nfuts += 1
            if let co = coroutine {
                co.inGather = true
            } else if let key, !(arg.asObject === fut) || fut.isDone {
                seen[key] = fut
            }
            fut.addDoneCallback(childDone)
            children.append(fut)
        }
        guard let loop else { throw pyRuntimeError("no running event loop") }
        let outer = GatheringFuture(loop: loop, label: "gather(\(children.count) task\(children.count == 1 ? "" : "s"))")
        outer.children = children
        box.outer = outer
        box.nfuts = nfuts
        return outer
    }

    /// `gather.<locals>._done_callback`.
    fileprivate func gatherChildDone(_ box: GatherState, _ fut: Future, returnExceptions: Bool) {
        box.nfinished += 1
        guard let outer = box.outer, !outer.isDone else {
            if !fut.isCancelled { _ = try? fut.exceptionValue() }
            return
        }
        if !returnExceptions {
            if fut.isCancelled {
                try? outer.setException(fut.makeCancelledError())
                return
            }
            if let exc = try? fut.exceptionValue() {
                try? outer.setException(exc)
                return
            }
        }
        if box.nfinished == box.nfuts {
            var results: [Value] = []
            for child in outer.children {
                if child.isCancelled {
                    let msg: Value = child.cancelMessage.isNone ? .str("") : child.cancelMessage
                    results.append(.object(newCancelledError(msg)))
                } else if let exc = (try? child.exceptionValue()) ?? nil {
                    results.append(.object(exc))
                } else {
                    results.append(child.resultValue)
                }
            }
            if outer.cancelRequested {
                try? outer.setException(fut.makeCancelledError())
            } else {
                try? outer.setResult(.object(makeList(results)))
            }
        }
    }
}

private final class GatherState {
    var outer: GatheringFuture?
    var nfuts = 0
    var nfinished = 0
}
