// CALL_METHOD_KW: `obj.m(x, k=v)` compiled as LOAD_METHOD and a keyword
// call, so the common case (a Python method of the instance's class) binds
// straight from the stack with the instance first, and no bound-method
// object is made for the call. The stack holds [callable, selfOrNull,
// positional..., keyword values...], as for CALL_METHOD.

extension Interpreter {
    /// Whether the slot holds LOAD_METHOD's NULL (no receiver).
    @inline(__always)
    private func isNullSlot(_ slot: UnsafeMutablePointer<Value>) -> Bool {
        guard let o = slot.borrowedObject else { return false }
        return o.toOpaque() == Unmanaged.passUnretained(VMSingletons.null).toOpaque()
    }

    /// The call bound through the site's keyword plan (see `plannedCall`),
    /// `f.sp` lowered past what it consumed; nil (nothing touched) for the
    /// general path.
    @inline(never)
    func methodKeywordFast(_ f: Frame, _ n: Int, _ namesIndex: Int) -> StackCall? {
        let code = f.code
        let names = code.kwNames[namesIndex]
        let base = f.stack + (f.sp - n - 2)
        let plan = code.keywordPlans.plans + namesIndex
        if !isNullSlot(base + 1) {
            // [function, self, args...] is [function, args...] with the
            // instance as the first positional.
            guard let sc = plannedCall(base, npos: n + 1 - names.count, kwNames: names, plan: plan) else { return nil }
            f.sp -= n + 2
            return sc
        }
        // [callable, NULL, args...]: the callable next to its arguments.
        swapSlots(base)
        guard let sc = plannedCall(base + 1, npos: n - names.count, kwNames: names, plan: plan) else {
            swapSlots(base)
            return nil
        }
        f.sp -= n + 1
        _ = f.pop()
        return sc
    }

    /// The general path's callable and arguments, moved off `f`'s stack.
    @inline(never)
    func methodKeywordArguments(_ f: Frame, _ n: Int, _ namesIndex: Int) -> (Value, Arguments) {
        let names = f.code.kwNames[namesIndex]
        let top = f.sp
        let base = f.stack + (top - n - 2)
        let hasSelf = !isNullSlot(base + 1)
        let npos = n - names.count
        var positional: [Value] = []
        positional.reserveCapacity(npos + 1)
        let receiver = (base + 1).move()
        if hasSelf { positional.append(receiver) }
        for k in 0..<npos { positional.append((base + 2 + k).move()) }
        var kws: Keywords = []
        kws.reserveCapacity(names.count)
        for (j, name) in names.enumerated() { kws.append((name, (base + 2 + npos + j).move())) }
        let callable = base.move()
        f.sp = top - n - 2
        return (callable, Arguments(positional, keywords: kws))
    }
}
