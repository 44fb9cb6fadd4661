// `s += t` and `s = s + t` in a loop: linear, not quadratic.
//
// Swift strings are values: appending copies the whole buffer whenever
// another reference to it exists, and the variable that `s` was loaded
// from is such a reference. CPython meets the same problem with the same
// trick (unicode_concatenate): when the next instruction stores the sum
// into a variable, that variable lets go of its string first, so the left
// operand is usually the buffer's only owner and grows in place.

extension Interpreter {
    /// `a + b` for two strings, `a` becoming the sum; `next` is the
    /// instruction after the addition.
    @inline(never)
    func concatenateStrings(_ a: inout Value, _ b: Value, next: Instruction,
                            frame f: Frame, locals: UnsafeMutablePointer<Value?>) throws {
        guard case .str(let y) = b else { return }
        let old = a.strByteCount, total = old + y.utf8.count
        let target = storeTarget(next, frame: f, locals: locals)
        // Checked before the target is released: a MemoryError leaves the
        // variable as it was. Growing in place, a buffer is reallocated
        // (doubled) only when the length passes a power of two.
        if target == nil || old.leadingZeroBitCount != total.leadingZeroBitCount {
            try HeapBudget.reserve(total)
        } else {
            try HeapBudget.reserve(y.utf8.count)
        }
        // The virtual clock charges what CPython 3.11 spends: it appends in
        // place for a fast local only, and copies both strings elsewhere.
        if case .local = target { chargeBytes(y.utf8.count) } else { chargeBytes(total) }
        if let target { release(target, frame: f, locals: locals) }
        a.appendString(y)
    }

    private enum StoreTarget {
        case local(Int), cell(Int), global(Int)
    }

    /// The variable `next` stores into, when it holds a string: it can let
    /// go of it early because the store follows at once, nothing in between
    /// can fail or look, and a string has no finalizer to run early.
    private func storeTarget(_ next: Instruction, frame f: Frame, locals: UnsafeMutablePointer<Value?>) -> StoreTarget? {
        let name: String
        switch next {
        case .storeFast(let i):
            if case .str? = locals[Int(i)] { return .local(Int(i)) }
            return nil
        case .storeDeref(let i):
            if case .str? = f.cells[Int(i)].value { return .cell(Int(i)) }
            return nil
        case .storeGlobal(let i):
            name = f.code.names[Int(i)]
        case .storeName(let i) where f.classDict == nil:
            name = f.code.names[Int(i)]
        default:
            return nil
        }
        guard let slot = f.globals.index[name], case .str? = f.globals.values[slot] else { return nil }
        return .global(slot)
    }

    private func release(_ target: StoreTarget, frame f: Frame, locals: UnsafeMutablePointer<Value?>) {
        switch target {
        case .local(let i): locals[i] = nil
        case .cell(let i): f.cells[i].value = nil
        case .global(let slot): f.globals.values[slot] = nil
        }
    }
}

extension Value {
    var strByteCount: Int {
        if case .str(let s) = self { return s.utf8.count }
        return 0
    }

    /// Appends to a `.str` in place when this value holds the buffer's only
    /// reference (the binding below takes a second one, dropped by the
    /// assignment before the append).
    mutating func appendString(_ tail: String) {
        guard case .str(var s) = self else { return }
        self = .none
        s += tail
        self = .str(s)
    }
}
