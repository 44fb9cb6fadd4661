// `await f(...)` where `f` is an `async def`: CALL makes a fresh coroutine,
// GET_AWAITABLE checks it, SEND starts it. This is most awaits in
// coroutine-heavy code (a recursive async function makes one per call), and
// the general path (`awaitable`, `send`, `startGenStep`) pays for type tests,
// input checks and copies no fresh coroutine needs. When it returns, the
// awaiting frame gets the result as from any return, without the general
// `frameReturn`, and the coroutine may be kept for the next call
// (CoroutineReuse.swift).

extension Interpreter {
    /// The coroutine's frame, linked under `f` as `startGenStep` links a
    /// delegate (f.ip moved past SEND); nil, with nothing changed, when the
    /// value on top of `f`'s stack is anything but a coroutine nobody has
    /// started, or the step needs the general path (a resumed SEND, the
    /// recursion limit).
    @inline(__always)
    func awaitFreshCoroutine(_ f: Frame) -> Frame? {
        guard !f.atSend, f.sendInput == nil, let ref = (f.stack + (f.sp - 1)).borrowedObject else { return nil }
        return ref._withUnsafeGuaranteedRef { o -> Frame? in
            guard type(of: o) == PyCoroutine.self else { return nil }
            let g = unsafeDowncast(o, to: PyCoroutine.self)
            let child = g.frame
            guard !child.started, !g.isRunning, !g.finished, g.chainLength == 1,
                  depth + 1 <= recursionLimit else { return nil }
            g.isRunning = true
            child.parent = f
            child.mode = .delegate
            child.started = true
            depth += 1
            f.ip += 1
            return child
        }
    }

    /// CALL just made `v` and GET_AWAITABLE, SEND follow: when `v` is a
    /// coroutine (fresh, as CALL made it), what those two do to it — it
    /// counts as awaited and running — and its frame, to enter in
    /// `.delegate` mode below the caller with the coroutine left on the
    /// caller's stack for SEND. Nil, with nothing changed, for anything
    /// else or at the recursion limit (the instructions then run).
    @inline(__always)
    func startAwaitedCall(_ v: Value) -> Frame? {
        guard case .object(let o) = v, type(of: o) == PyCoroutine.self, depth + 1 <= recursionLimit else { return nil }
        let g = unsafeDowncast(o, to: PyCoroutine.self)
        g.awaitedBy = true
        g.isRunning = true
        let child = g.frame
        child.mode = .delegate
        return child
    }

    /// RETURN from `f`, the frame of a coroutine a SEND in its parent
    /// drives: the coroutine is finished (what `frameReturn` does before it
    /// hands the value to the parent). False, with nothing changed, for any
    /// other frame.
    @inline(__always)
    func finishAwaitedCoroutine(_ f: Frame) -> Bool {
        guard case .delegate = f.mode, f.code.isCoroutine, f.parent != nil, let g = f.owner, g.frame === f else { return false }
        depth &-= 1
        f.truncate(to: 0)
        if !f.blocks.isEmpty { f.blocks.removeAll() }
        g.finishAtRoot()
        return true
    }
}
