// `await f(...)` where `f` is an `async def`: the SEND that starts a fresh
// coroutine. This is most awaits in coroutine-heavy code (a recursive async
// function makes one per call), and the general path (`send`,
// `startGenStep`) pays for type tests, input checks and copies no fresh
// coroutine needs.

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
}
