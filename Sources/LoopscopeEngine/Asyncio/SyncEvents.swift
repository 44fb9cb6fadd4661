// Events that let views show who holds a lock and who waits on what (the
// key fact of a deadlock). The prelude's locks, events and queues call
// `_sync(op, self)`; waiting is reported natively when a task suspends on a
// future tagged with its owner (`_future(label, None, self)`).

extension AsyncioState {
    /// The number `syncCreated` gave this object (0: never announced).
    func syncNumber(_ o: PyObject) -> Int {
        syncObjects[ObjectIdentifier(o)] ?? 0
    }
}

extension Interpreter {
    /// `_sync('created' | 'acquired' | 'released', obj)` from the prelude.
    func noteSync(_ op: String, _ o: PyObject) {
        let state = asyncio
        guard state.wantsEvents else { return }
        if op == "created" {
            let n = state.syncObjects.count + 1
            state.syncObjects[ObjectIdentifier(o)] = n
            state.emit(.syncCreated(object: n, kind: typeOf(.object(o)).name, line: currentLine))
            return
        }
        let n = state.syncNumber(o)
        guard n != 0, let kind = SyncOp(rawValue: op) else { return }
        state.emit(.syncChanged(object: n, op: kind, task: state.currentTask?.id))
    }

    /// The first three positional arguments of a coroutine that has not
    /// started, as short reprs. Objects show as `<TypeName>`: a `__repr__`
    /// written in Python must not run (or print) while a task is created.
    func argumentReprs(_ fiber: Fiber) -> [String]? {
        guard let coroutine = fiber as? PyCoroutine else { return nil }
        let frame = coroutine.frame
        // A method's `self` says nothing the coroutine name does not.
        let first = frame.code.varnames.first == "self" ? 1 : 0
        let count = min(frame.code.argCount, first + 3)
        guard count > first, frame.code.localCount >= count else { return nil }
        var out: [String] = []
        for i in first..<count {
            guard let v = frame.locals[i] else { out.append("…"); continue }
            if case .object = v {
                out.append("<\(typeOf(v).name)>")
            } else {
                let text = (try? repr(v)) ?? "?"
                out.append(text.count > 24 ? String(text.prefix(23)) + "…" : text)
            }
        }
        return out
    }
}
