// Coroutine objects reused, with their frames, across calls of one
// coroutine function. `await f(x)` makes a coroutine per call (a recursive
// async function one per call of the recursion) and drops it as soon as the
// await completes: the object's allocation, its deinit and the frame's trip
// through the frame pool cost about as much as the rest of the call. When
// the awaiting frame holds the only reference to a coroutine that returned,
// and nothing but the coroutine holds its frame, nobody can tell the object
// from a new one, so it waits in its code object's `spareCoroutines` for the
// next call, as returned frames wait in the frame pool (`Frame.recycle`).

extension Interpreter {
    /// A coroutine of `fn` from its code's spares, reset to what
    /// `wrapGenerator` makes over a fresh frame; nil when there is none.
    @inline(__always)
    func spareCoroutine(_ fn: PyFunction) -> PyCoroutine? {
        let code = fn.code
        guard !code.spareCoroutines.isEmpty else { return nil }
        let g = code.spareCoroutines.removeLast()
        // Frame.make's condition: the frame ran in the same module.
        guard g.frame.module === fn.module else { return nil }
        if !(AttributeDict.sameName(fn.name, code.name) && AttributeDict.sameName(fn.qualname, code.qualname)) {
            g.rename(as: fn.name, fn.qualname)
        }
        if onCoroutineNeverAwaited != nil { g.neverAwaitedLink = link }
        return g
    }

    /// After a coroutine awaited by SEND returned: `g` holds the reference
    /// the awaiting frame's SEND operand held (moved out of its stack slot)
    /// and `done` the coroutine's finished frame. The coroutine becomes a
    /// spare when these were the last references to it and to its frame;
    /// otherwise both go their usual ways when the caller drops `g`.
    @inline(__always)
    func recycleAwaited(_ g: inout PyCoroutine, _ done: consuming Frame) {
        _ = consume done
        guard g.finished, isKnownUniquelyReferenced(&g), g.holdsFrameAlone else { return }
        let code = g.frame.code
        guard code.spareCoroutines.count < Frame.maxFreeFrames else { return }
        g.resetForReuse()
        g.neverAwaitedLink = nil
        code.spareCoroutines.append(g)
    }
}
