// The dispatch loop. One loop runs a whole stack of Python frames: calls push
// a frame and switch to it, returns pop back; generators and coroutines are
// frames linked into the same stack. Only native → Python calls start a
// nested loop (`runNested`).

enum LoopExit {
    case returned(Value)
    case yielded(Value)
    case raised(PyException)
    /// Budget ran out; the frame to continue in.
    case interrupted(Frame)
    case suspendRequest(Value, Frame)
}

/// What to do after a frame returned, yielded or raised.
enum Next {
    case run(Frame)
    case exit(LoopExit)
}

extension Interpreter {
    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func run(_ start: Frame, budget: Int, pending: PyException? = nil) -> LoopExit {
        loopLevel += 1
        let savedCurrent = currentFrame
        // An outer loop synced before calling the native code that got
        // here: its instructions so far join the total, and when this loop
        // ends it counts on from where it synced.
        let outerMark = loopRemaining
        instructionCount &+= loopMark &- outerMark
        loopMark = budget
        loopRemaining = budget
        defer {
            loopLevel -= 1
            currentFrame = savedCurrent
            loopMark = outerMark
            loopRemaining = outerMark
        }
        var f = start
        // The frame holds its code: no reference counting for it in the loop.
        // (Reading a class field through it can still cost a retain/release
        // pair, so the hot fields live in the locals below.)
        unowned(unsafe) var code = f.code
        var instrs = code.instructionBase
        var consts = code.constantBase
        var names = code.nameBase
        var sites = code.attributeCache.entries
        let nullMarker = VMSingletons.null
        var stack = f.stack
        var locals = f.locals
        var sp = f.sp
        var ip = f.ip
        // Instructions left in this slice; what ran is `budget - remaining`.
        var remaining = budget
        currentFrame = f
        f.started = true

        /// Caches the current frame's fields in locals of the loop.
        @inline(__always) func loadFields() {
            code = f.code
            instrs = code.instructionBase
            consts = code.constantBase
            names = code.nameBase
            sites = code.attributeCache.entries
            stack = f.stack
            locals = f.locals
            sp = f.sp
            ip = f.ip
            f.started = true
            currentFrame = f
        }
        /// Switches to a new Python frame called from this one. The loop's
        /// reference to the caller becomes the callee's parent link: moves,
        /// no reference counting. (A fresh or recycled frame's mode is
        /// already `.call`.)
        @inline(__always) func enter(_ callee: consuming Frame) {
            var next = callee
            saveFrame()
            swap(&f, &next)
            f.parent = consume next
            depth &+= 1
            loadFields()
        }
        @inline(__always) func reload(_ nf: Frame) {
            f = nf
            loadFields()
        }
        /// Saves the loop's position into the frame (enough to switch frames).
        @inline(__always) func saveFrame() {
            f.ip = ip
            f.sp = sp
        }
        /// Before anything that may run native code: the frame is saved and
        /// `executedInstructions` is current, so a clock read sees every
        /// instruction executed so far.
        @inline(__always) func sync() {
            saveFrame()
            loopRemaining = remaining
        }
        /// A safe point (after `sync()`): closes generators freed while
        /// suspended (Interpreter+Finalize.swift). Only where an instruction
        /// may have dropped a reference, or before a call that is not the
        /// Python fast path (so a generator freed by a plain return is closed
        /// before the next `print`). Only a flag test unless one was freed.
        @inline(__always) func finalizeFreed() {
            if _slowPath(hasPendingFinalizations) {
                sync()
                runPendingFinalizations()
            }
        }
        @inline(__always) func push(_ v: Value) {
            (stack + sp).initialize(to: v)
            sp &+= 1
        }
        @inline(__always) func pop() -> Value {
            sp &-= 1
            return (stack + sp).move()
        }
        @inline(__always) func buildTuple(_ n: Int) {
            var items: [Value] = []
            items.reserveCapacity(n)
            for k in 0..<n { items.append((stack + sp - n + k).move()) }
            sp -= n
            push(.tuple(items))
        }
        @inline(__always) func rotate3() {
            let c = pop(), b = pop(), a = pop()
            push(c); push(a); push(b)
        }
        @inline(__always) func drop() {
            sp &-= 1
            _ = (stack + sp).move()
        }
        /// Releases the value in slot `k` (above `sp`, already popped).
        @inline(__always) func drop(at k: Int) {
            _ = (stack + k).move()
        }
        /// Pushes an object with one direct retain: copying the Value goes
        /// through an out-of-line function that switches on its case.
        @inline(__always) func pushObject(_ ref: Unmanaged<PyObject>) {
            push(.object(ref.takeUnretainedValue()))
        }
        /// Destroys an object value whose slot is already dead: one direct
        /// release instead of the out-of-line generic destroy.
        @inline(__always) func release(_ ref: Unmanaged<PyObject>) {
            ref.release()
        }
        @inline(__always) func pushLocal(_ i: Int) throws {
            if case .int(let x)? = locals[i] {
                push(.int(x))
            } else if case .float(let d)? = locals[i] {
                push(.float(d))
            } else if let ref = (locals + i).borrowedObject {
                pushObject(ref)
            } else if let v = locals[i] {
                push(v)
            } else {
                sync()
                throw unboundLocal(code, i)
            }
        }
        /// A fused instruction standing for `n` instructions takes its fast
        /// path only when the budget covers all of them, so budget slices
        /// end exactly where they would without fusion.
        @inline(__always) func takeFused(_ n: Int) -> Bool {
            guard remaining >= n - 1 else { return false }
            remaining -= n - 1
            return true
        }
        func finishLoop(_ e: LoopExit) -> LoopExit {
            instructionCount &+= loopMark &- max(remaining, 0)
            return e
        }

        if let pending {
            addTraceback(pending, f)
            chainContext(pending, f)
            switch unwind(f, pending) {
            case .run(let nf): reload(nf)
            case .exit(let e): return finishLoop(e)
            }
        }

        while true {
            remaining &-= 1
            if remaining < 0 {
                sync()
                return finishLoop(.interrupted(f))
            }
            let ins = instrs[ip]
            ip &+= 1
            do {
                switch ins {
                case .nop:
                    break
                // Dropping or overwriting an object can free it, and a freed
                // coroutine reports the current line ("never awaited"): the
                // frame's ip must be current first.
                case .pop:
                    if let ref = (stack + (sp - 1)).borrowedObject {
                        sync()
                        sp &-= 1
                        release(ref)
                        finalizeFreed()
                    } else {
                        drop()
                    }
                case .dup:
                    if let ref = (stack + (sp - 1)).borrowedObject { pushObject(ref) } else { push(stack[sp - 1]) }
                case .dup2:
                    let a = stack[sp - 2], b = stack[sp - 1]
                    push(a); push(b)
                case .rot2:
                    swap(&stack[sp - 1], &stack[sp - 2])
                case .rot3:
                    rotate3()
                case .rot4:
                    let d = pop(), c = pop(), b = pop(), a = pop()
                    push(d); push(a); push(b); push(c)

                case .loadConst(let i):
                    push(consts[Int(i)])
                case .loadFast(let i):
                    try pushLocal(Int(i))
                case .storeFast(let i):
                    if let ref = (locals + Int(i)).borrowedObject {
                        sync()
                        (locals + Int(i)).initialize(to: pop())
                        release(ref)
                        finalizeFreed()
                    } else if case .float? = locals[Int(i)] {
                        // Nothing to release: overwrite in place.
                        (locals + Int(i)).initialize(to: pop())
                    } else {
                        locals[Int(i)] = pop()
                    }
                case .loadDeref(let i):
                    if let v = f.cells[Int(i)].value { push(v) } else {
                        sync()
                        throw unboundCell(code, Int(i))
                    }
                case .storeDeref(let i):
                    f.cells[Int(i)].value = pop()
                case .loadClosure(let i):
                    push(.object(f.cells[Int(i)]))
                case .loadGlobal(let i):
                    let idx = Int(i)
                    var slot = Int(code.globalSlots[idx])
                    if slot < 0 {
                        slot = f.globals.slot(code.names[idx])
                        code.globalSlots[idx] = Int32(slot)
                    }
                    // Functions and classes, the usual globals, skip the
                    // generic value copy.
                    if let ref = (f.globals.values + slot).borrowedObject {
                        pushObject(ref)
                    } else if let v = f.globals.values[slot] {
                        push(v)
                    } else if case let b = Int(code.builtinSlots[idx]), b >= 0, let v = builtinsNS.values[b] {
                        // Resolved by an earlier `loadBuiltin`.
                        push(v)
                    } else {
                        sync()
                        push(try loadBuiltin(code, idx))
                    }
                case .storeGlobal(let i):
                    let idx = Int(i)
                    var slot = Int(code.globalSlots[idx])
                    if slot < 0 {
                        slot = f.globals.slot(code.names[idx])
                        code.globalSlots[idx] = Int32(slot)
                    }
                    sync()
                    f.globals.values[slot] = pop()
                    // A dict store in CPython (module-level code stores
                    // every name this way): costs more than a local's.
                    asyncio.pendingWork &+= 3
                    finalizeFreed()
                case .loadName(let i):
                    if f.classBody == nil, let slot = moduleSlot(code, f.globals, Int(i)), let v = f.globals.values[slot] {
                        // Module code: the global's slot, as LOAD_GLOBAL finds it.
                        push(v)
                        break
                    }
                    let name = code.names[Int(i)]
                    if let v = f.classDict?[name] { push(v) } else if f.classBody?.mapping != nil, let v = try prepared(f, name, sync) {
                        push(v)
                    } else if let v = f.globals[name] { push(v) } else {
                        sync()
                        push(try loadBuiltin(code, Int(i)))
                    }
                case .storeName(let i):
                    sync()
                    let v = pop()
                    if f.classBody == nil, let slot = moduleSlot(code, f.globals, Int(i)) {
                        f.globals.values[slot] = v
                    } else if let m = f.classBody?.mapping {
                        try setItem(m, .str(code.names[Int(i)]), v)
                    } else if f.classDict != nil { f.classStore(code.names[Int(i)], v) } else { f.globals[code.names[Int(i)]] = v }
                    finalizeFreed()
                case .loadAttr(let i):
                    sync()
                    let site = sites + Int(i) &* AttributeCache.ways
                    if let v = fastInstanceLoad(stack + (sp - 1), names + Int(i), site) {
                        // The slot held the instance (fastInstanceLoad checked).
                        let instance = (stack + (sp - 1)).borrowedObject.unsafelyUnwrapped
                        (stack + (sp - 1)).initialize(to: v)
                        release(instance)
                        break
                    }
                    if depth < recursionLimit, let callee = propertyGetterFrame(stack + (sp - 1), site) {
                        sp -= 1
                        enter(callee)
                        break
                    }
                    if let (v, _) = fastClassAttribute(stack[sp - 1], names[Int(i)], site, bind: true) {
                        stack[sp - 1] = v
                        break
                    }
                    let obj = pop()
                    push(try loadAttribute(obj, names[Int(i)], site: site))
                case .storeAttr(let i):
                    sync()
                    let site = sites + Int(i) &* AttributeCache.ways
                    if let ref = plainInstanceRef(stack + (sp - 1), site, AttributeCacheEntry.plainStore) {
                        // The value moves into the dict; the instance's slot is dropped.
                        sp &-= 2
                        ref._withUnsafeGuaranteedRef { $0.dict.set(names + Int(i), (stack + sp).move(), hint: &site.pointee.slot) }
                        drop(at: sp + 1)
                        break
                    }
                    let obj = pop(), v = pop()
                    if depth < recursionLimit, let callee = propertySetterFrame(obj, v, site) {
                        enter(callee)
                    } else {
                        try storeAttribute(obj, code.names[Int(i)], v, site: site)
                    }
                case .loadMethod(let i):
                    if let fn = fastInstanceMethod(stack + (sp - 1), names + Int(i), sites + Int(i) &* AttributeCache.ways) {
                        // [obj] becomes [fn, obj]: the instance moves up a slot.
                        (stack + sp).moveInitialize(from: stack + (sp - 1), count: 1)
                        (stack + (sp - 1)).initialize(to: fn)
                        sp &+= 1
                        break
                    }
                    sync()
                    if let (callable, selfArg) = fastClassAttribute(stack[sp - 1], code.names[Int(i)],
                                                                    code.attributeCache.site(Int(i)), bind: false) {
                        stack[sp - 1] = callable
                        push(selfArg ?? .object(VMSingletons.null))
                        break
                    }
                    let obj = pop()
                    let (callable, selfArg) = try loadMethod(obj, code.names[Int(i)], site: code.attributeCache.site(Int(i)))
                    push(callable)
                    push(selfArg ?? .object(VMSingletons.null))
                case .subscr:
                    sync()
                    if case .int(let i) = stack[sp - 1], case .object(let o) = stack[sp - 2], let v = fastItem(o, i) {
                        // The int key needs no destroying; the container's
                        // slot takes the item.
                        sp &-= 1
                        stack[sp - 1] = v
                    } else {
                        let k = pop(), c = pop()
                        push(try subscriptValue(c, k))
                    }
                case .storeSubscr:
                    sync()
                    if case .int(let i) = stack[sp - 1], fastStoreItem(stack + (sp - 2), i, stack + (sp - 3)) {
                        sp &-= 3
                        _ = (stack + sp + 1).move()
                    } else {
                        let k = pop(), c = pop(), v = pop()
                        try setItem(c, k, v)
                    }
                case .binary(let op), .inplace(let op):
                    if case .float(let x) = stack[sp - 2], case .float(let y) = stack[sp - 1],
                       let r = fastFloatPair(op, x, y) {
                        // Two floats: nothing to release, the result
                        // overwrites the left operand's slot.
                        sp &-= 1
                        (stack + (sp - 1)).initialize(to: .float(r))
                        continue
                    }
                    let b = pop()
                    var a = pop()
                    if case .int(let x) = a, case .int(let y) = b, let r = fastIntOp(op, x, y) {
                        push(r)
                    } else if let r = fastFloatOp(op, a, b) {
                        push(r)
                    } else if op == .add, case .str = a, case .str = b {
                        sync()
                        try concatenateStrings(&a, b, next: instrs[ip], frame: f, locals: locals)
                        push(a)
                    } else {
                        sync()
                        var inplace = false
                        if case .inplace = ins { inplace = true }
                        push(try binaryOp(op, a, b, inplace: inplace))
                    }
                case .unary(let op):
                    let a = pop()
                    if op == .not {
                        if case .bool(let b) = a { push(.bool(!b)) } else { sync(); push(.bool(!(try truthyFast(a)))) }
                    } else if op == .neg, case .int(let x) = a, x != Int.min {
                        push(.int(-x))
                    } else {
                        sync()
                        push(try unaryOp(op, a))
                    }
                case .compare(let op):
                    let b = pop(), a = pop()
                    if case .int(let x) = a, case .int(let y) = b {
                        push(.bool(fastIntCompare(op, x, y)))
                    } else if let r = fastFloatCompare(op, a, b) {
                        push(.bool(r))
                    } else {
                        sync()
                        push(try compareValues(op, a, b))
                    }

                // Superinstructions: the fast path, else the first instruction
                // of the sequence they stand for (see Superinstructions.swift).
                case .compareFastConstJump(let p, let target):
                    if case .int(let x)? = locals[Fused.first(p)], case .int(let y) = consts[Fused.second(p)], takeFused(4) {
                        ip = Fused.compareInts(Fused.code(p), x, y) == Fused.flag(p) ? Int(target) : ip + 3
                    } else {
                        try pushLocal(Fused.first(p))
                    }
                case .compareFastFastJump(let p, let target):
                    if case .int(let x)? = locals[Fused.first(p)], case .int(let y)? = locals[Fused.second(p)], takeFused(4) {
                        ip = Fused.compareInts(Fused.code(p), x, y) == Fused.flag(p) ? Int(target) : ip + 3
                    } else {
                        try pushLocal(Fused.first(p))
                    }
                case .compareJump(let p, let target):
                    let op = Fused.compareOp(p)
                    let b = pop(), a = pop()
                    let result: Value
                    if case .int(let x) = a, case .int(let y) = b {
                        result = .bool(fastIntCompare(op, x, y))
                    } else if let r = fastFloatCompare(op, a, b) {
                        result = .bool(r)
                    } else {
                        sync()
                        result = try compareValues(op, a, b)
                    }
                    if takeFused(2) {
                        if case .bool(let r) = result {
                            if r == (p & 0x10 != 0) { ip = Int(target) } else { ip += 1 }
                        } else {
                            sync()
                            if try truthyFast(result) == (p & 0x10 != 0) { ip = Int(target) } else { ip += 1 }
                        }
                    } else {
                        push(result)
                    }
                case .binaryFastConst(let p, let c):
                    if case .int(let x)? = locals[Fused.first(p)], case .int(let y) = consts[Int(c)],
                       let r = fastIntOp(Fused.binaryOp(Fused.code(p)), x, y), takeFused(Fused.flag(p) ? 4 : 3) {
                        if Fused.flag(p) { locals[Fused.second(p)] = r; ip += 3 } else { push(r); ip += 2 }
                    } else {
                        try pushLocal(Fused.first(p))
                    }
                case .reverseTop(let n):
                    if takeFused(2) {
                        swap(&stack[sp - 1], &stack[sp - Int(n)])
                        ip &+= 1
                    } else {
                        buildTuple(Int(n))
                    }
                case .subscrFastConst(let p):
                    // The list stays in its local: no reference taken.
                    if case .object(let o)? = locals[Fused.first(p)], case .int(let i) = consts[Fused.second(p)],
                       let v = fastItem(o, i), takeFused(3) {
                        push(v)
                        ip &+= 2
                    } else {
                        try pushLocal(Fused.first(p))
                    }
                case .subscrForUpdate(let p):
                    if case .object(let o)? = locals[Fused.first(p)], case .int(let i) = consts[Fused.second(p)],
                       let v = fastItem(o, i), takeFused(4) {
                        push(.object(o))
                        push(.int(i))
                        push(v)
                        ip &+= 3
                    } else {
                        try pushLocal(Fused.first(p))
                    }
                case .rotStoreSubscr:
                    sync()
                    // The budget check comes first: the store cannot be undone.
                    if remaining >= 1, case .int(let i) = stack[sp - 2],
                       fastStoreItem(stack + (sp - 3), i, stack + (sp - 1)) {
                        remaining -= 1
                        sp &-= 3
                        _ = (stack + sp).move()
                        ip &+= 1
                    } else {
                        rotate3()
                    }
                case .binaryFastFast(let p, let d):
                    if case .int(let x)? = locals[Fused.first(p)], case .int(let y)? = locals[Fused.second(p)],
                       let r = fastIntOp(Fused.binaryOp(Fused.code(p)), x, y), takeFused(Fused.flag(p) ? 4 : 3) {
                        if Fused.flag(p) { locals[Int(d)] = r; ip += 3 } else { push(r); ip += 2 }
                    } else if case .float(let x)? = locals[Fused.first(p)], case .float(let y)? = locals[Fused.second(p)],
                              let r = fastFloatPair(Fused.binaryOp(Fused.code(p)), x, y), takeFused(Fused.flag(p) ? 4 : 3) {
                        if Fused.flag(p) { locals[Int(d)] = .float(r); ip += 3 } else { push(.float(r)); ip += 2 }
                    } else {
                        try pushLocal(Fused.first(p))
                    }
                case .deleteFast, .deleteDeref, .loadClassDeref, .deleteGlobal, .deleteName, .deleteAttr,
                     .deleteSubscr, .checkExcMatch, .buildSet, .buildMap, .setAdd, .mapAdd, .listExtend,
                     .setUpdate, .dictUpdate, .unpackEx, .makeFunction, .buildClass, .beforeWith,
                     .beforeAsyncWith, .withExceptStart, .callExitNone, .getYieldFromIter, .getAIter,
                     .getANext, .matchPattern, .importName, .importFrom, .importStar:
                    // Out of line (Interpreter+ColdOps.swift); `sp` comes back
                    // through the frame, also when the instruction raised.
                    sync()
                    defer { sp = f.sp }
                    try runColdInstruction(ins, f)

                case .jump(let t):
                    ip = Int(t)
                case .popJumpIfFalse(let t):
                    let v = pop()
                    if case .bool(let b) = v { if !b { ip = Int(t) } } else {
                        sync()
                        if !(try truthyFast(v)) { ip = Int(t) }
                    }
                case .popJumpIfTrue(let t):
                    let v = pop()
                    if case .bool(let b) = v { if b { ip = Int(t) } } else {
                        sync()
                        if try truthyFast(v) { ip = Int(t) }
                    }
                case .jumpIfFalseOrPop(let t):
                    sync()
                    let v = stack[sp - 1]
                    if !(try truthyFast(v)) { ip = Int(t) } else { drop() }
                case .jumpIfTrueOrPop(let t):
                    sync()
                    let v = stack[sp - 1]
                    if try truthyFast(v) { ip = Int(t) } else { drop() }
                case .getIter:
                    sync()
                    let v = pop()
                    if case .object(let o) = v, o is PyGenerator { push(v) } else { push(try getIter(v)) }
                case .forIter(let t):
                    let it = stack[sp - 1]
                    if case .object(let o) = it, let g = o as? PyGenerator {
                        sync()
                        if g.finished {
                            drop(); ip = Int(t)
                            finalizeFreed()
                            continue
                        }
                        try checkGenerator(g)
                        f.ip = ip
                        let (nf, exc) = try startGenStep(g, parent: f, mode: .forIter(Int(t)), input: .send(.none))
                        if let exc {
                            addTraceback(exc, nf)
                            switch unwind(nf, exc) {
                            case .run(let fr): reload(fr)
                            case .exit(let e): return finishLoop(e)
                            }
                        } else {
                            reload(nf)
                        }
                    } else if case .object(let o) = it, let li = o as? PyListIterator, li.index < li.list.items.count {
                        // `next`'s first case, without the call and its type tests.
                        li.index &+= 1
                        push(li.list.items[li.index &- 1])
                    } else {
                        sync()
                        if let v = try next(it) { push(v) } else { drop(); ip = Int(t); finalizeFreed() }
                    }

                case .call(let argc):
                    let n = Int(argc)
                    if depth < recursionLimit, let callee = plainCallFrame(stack + (sp - n - 1), n) {
                        sp -= n + 1
                        enter(callee)
                    } else if depth < recursionLimit, let callee = plainInitFrame(stack + (sp - n - 1), n) {
                        sp -= n + 1
                        enter(callee)
                    } else if depth < recursionLimit, let callee = boundMethodFrame(stack + (sp - n - 1), n) {
                        sp -= n + 1
                        enter(callee)
                    } else if let g = generatorCall(stack + (sp - n - 1), n) {
                        sp -= n + 1
                        push(g)
                        // `await f(...)`: GET_AWAITABLE and SEND done here (Interpreter+AwaitCall.swift).
                        if remaining >= 2, case .getAwaitable = instrs[ip], case .send = instrs[ip &+ 1],
                           let child = startAwaitedCall(stack[sp &- 1]) {
                            remaining &-= 2
                            ip &+= 2
                            enter(child)
                        }
                    } else if depth < recursionLimit, let sc = stackCall(stack + (sp - n - 1), npos: n, kwNames: []) {
                        sp -= n + 1
                        switch sc {
                        case .frame(let callee): enter(callee)
                        case .value(let v): push(v)
                        }
                    } else if let g = nextCallGenerator(stack + (sp - n - 1), n) {
                        sp -= 1
                        sync()
                        let (nf, _) = try startGenStep(g, parent: f, mode: .nextCall(hasDefault: n == 2), input: .send(.none))
                        reload(nf)
                    } else if n == 1, let unary = unaryNative(stack + (sp - 2)) {
                        // `len(x)`, `abs(x)`: the builtin's one-argument body, no array.
                        let arg = pop()
                        drop()
                        sync()
                        finalizeFreed()
                        push(try unary(self, arg))
                    } else {
                        let args = movedArguments(stack + (sp - n), n)
                        sp -= n
                        let callable = pop()
                        sync()
                        finalizeFreed()
                        if case .object(let o) = callable, type(of: o) == PyNativeFunction.self {
                            // What prepareCall does for a builtin, without its type tests.
                            push(try unsafeDowncast(o, to: PyNativeFunction.self).body(self, Arguments(args)))
                        } else {
                            switch try prepareCall(callable, Arguments(args), parent: f) {
                            case .frame(let nf): reload(nf)
                            case .value(let v): push(v)
                            }
                        }
                    }
                case .callMethod(let argc):
                    let n = Int(argc)
                    let hasSelf: Bool
                    if let o = (stack + (sp - n - 1)).borrowedObject, o.toOpaque() == Unmanaged.passUnretained(nullMarker).toOpaque() {
                        hasSelf = false
                    } else {
                        hasSelf = true
                    }
                    // [method, self, args...] is already [function, args...]
                    // for a plain Python method: the call's fast path.
                    if hasSelf, depth < recursionLimit, let callee = plainCallFrame(stack + (sp - n - 2), n + 1) {
                        sp -= n + 2
                        enter(callee)
                        break
                    }
                    // [function, NULL, args...] (a static method, `module.f()`):
                    // the arguments bind past the NULL, which is dropped.
                    if !hasSelf, depth < recursionLimit, let callee = receiverlessCallFrame(stack + (sp - n - 2), n) {
                        sp -= n + 2
                        drop(at: sp + 1)
                        enter(callee)
                        break
                    }
                    if hasSelf, let g = generatorCall(stack + (sp - n - 2), n + 1) {
                        sp -= n + 2
                        push(g)
                        if remaining >= 2, case .getAwaitable = instrs[ip], case .send = instrs[ip &+ 1],
                           let child = startAwaitedCall(stack[sp &- 1]) {
                            remaining &-= 2
                            ip &+= 2
                            enter(child)
                        }
                        break
                    }
                    if depth < recursionLimit {
                        // [callable, NULL, args...]: the callable next to its
                        // arguments for the binding, the NULL below it.
                        let base = stack + (sp - n - 2)
                        if !hasSelf { swapSlots(base) }
                        if let sc = stackCall(hasSelf ? base : base + 1, npos: hasSelf ? n + 1 : n, kwNames: []) {
                            sp -= hasSelf ? n + 2 : n + 1
                            if !hasSelf { drop() }
                            switch sc {
                            case .frame(let callee): enter(callee)
                            case .value(let v): push(v)
                            }
                            break
                        }
                        if !hasSelf { swapSlots(base) }
                    }
                    var args: [Value]
                    let selfV = stack[sp - n - 1]
                    if hasSelf && n <= 1 {
                        // `q.get()`, `q.put(x)`: an array literal is allocated by
                        // the specialised path, `reserveCapacity` by the generic one.
                        args = n == 0 ? [selfV] : [selfV, (stack + sp - 1).move()]
                    } else {
                        args = []
                        args.reserveCapacity(n + 1)
                        if hasSelf { args.append(selfV) }
                        for k in 0..<n { args.append((stack + sp - n + k).move()) }
                    }
                    sp -= n
                    drop()
                    let callable = pop()
                    sync()
                    finalizeFreed()
                    if case .object(let o) = callable, type(of: o) == PyNativeFunction.self {
                        // A Swift method of a prelude class (`queue.get()`): no type tests.
                        push(try unsafeDowncast(o, to: PyNativeFunction.self).body(self, Arguments(args)))
                        break
                    }
                    switch try prepareCall(callable, Arguments(args), parent: f) {
                    case .frame(let nf): reload(nf)
                    case .value(let v): push(v)
                    }
                case .callKw(let argc, let namesIndex):
                    let n = Int(argc)
                    let names = code.kwNames[Int(namesIndex)]
                    if depth < recursionLimit,
                       let sc = plannedCall(stack + (sp - n - 1), npos: n - names.count, kwNames: names,
                                            plan: code.keywordPlans.plans + Int(namesIndex)) {
                        sp -= n + 1
                        switch sc {
                        case .frame(let callee): enter(callee)
                        case .value(let v): push(v)
                        }
                        break
                    }
                    var all: [Value] = []
                    all.reserveCapacity(n)
                    for k in 0..<n { all.append((stack + sp - n + k).move()) }
                    sp -= n
                    let callable = pop()
                    let npos = n - names.count
                    var kws: Keywords = []
                    for (k, name) in names.enumerated() { kws.append((name, all[npos + k])) }
                    sync()
                    finalizeFreed()
                    switch try prepareCall(callable, Arguments(Array(all[0..<npos]), keywords: kws), parent: f) {
                    case .frame(let nf): reload(nf)
                    case .value(let v): push(v)
                    }
                case .callMethodKw(let argc, let namesIndex):
                    // `obj.m(x, k=v)`: [callable, selfOrNull, args...], as
                    // CALL_METHOD but binding keywords (Interpreter+MethodKeywordCall.swift).
                    saveFrame()
                    if depth < recursionLimit, let sc = methodKeywordFast(f, Int(argc), Int(namesIndex)) {
                        sp = f.sp
                        switch sc {
                        case .frame(let callee): enter(callee)
                        case .value(let v): push(v)
                        }
                        break
                    }
                    let (callable, args) = methodKeywordArguments(f, Int(argc), Int(namesIndex))
                    sp = f.sp
                    sync()
                    finalizeFreed()
                    switch try prepareCall(callable, args, parent: f) {
                    case .frame(let nf): reload(nf)
                    case .value(let v): push(v)
                    }
                case .callEx(let hasKw):
                    var kws: Keywords = []
                    if hasKw != 0 {
                        let d = pop()
                        kws = try keywordsFromMapping(d)
                    }
                    let argsV = pop()
                    let callable = pop()
                    sync()
                    finalizeFreed()
                    let positional = try sequenceItems(argsV)
                    switch try prepareCall(callable, Arguments(positional, keywords: kws), parent: f) {
                    case .frame(let nf): reload(nf)
                    case .value(let v): push(v)
                    }
                case .returnValue, .returnLocals, .jumpReturn, .returnLocal, .binaryReturn:
                    var v: Value = .none
                    switch ins {
                    case .returnValue:
                        v = pop()
                    case .jumpReturn(let t):
                        // A `jump` to `returnValue`: returns directly, unless
                        // the budget ends after the jump.
                        guard takeFused(2) else { ip = Int(t); continue }
                        v = pop()
                    case .returnLocal(let a, let n):
                        if case .int(let x)? = locals[Int(a)], takeFused(Int(n)) {
                            v = .int(x)
                        } else {
                            guard let local = locals[Int(a)], takeFused(Int(n)) else { try pushLocal(Int(a)); continue }
                            v = local
                        }
                    case .binaryReturn(let opCode):
                        let op = Fused.binaryOp(UInt32(opCode))
                        let b = pop(), a = pop()
                        let r: Value
                        if case .int(let x) = a, case .int(let y) = b, let fast = fastIntOp(op, x, y) {
                            r = fast
                        } else {
                            sync()
                            r = try binaryOp(op, a, b)
                        }
                        guard takeFused(2) else { push(r); continue }
                        v = r
                    default:
                        break
                    }
                    if case .call = f.mode, !code.ownsGenerator, f.parent != nil {
                        // Python → Python return, the common case: what
                        // frameReturn does for `.call`, without the detour.
                        // The parent link moves back into the loop's variable.
                        depth &-= 1
                        saveFrame()
                        var done = f.parent.take()!
                        swap(&f, &done)
                        loadFields()
                        push(consume v)
                        Frame.recycle(consume done, modeIsCall: true)
                        continue
                    }
                    saveFrame()
                    if finishAwaitedCoroutine(f) {
                        // `await coro` completes: the result replaces the
                        // coroutine on the awaiting frame's stack (past SEND).
                        var done = f.parent.take()!
                        swap(&f, &done)
                        loadFields()
                        sp &-= 1
                        if let ref = (stack + sp).borrowedObject,
                           ref._withUnsafeGuaranteedRef({ type(of: $0) == PyCoroutine.self }) {
                            // The slot's reference moves into `g` (the slot is
                            // then uninitialised), so `g` may be the only one.
                            var g = unsafeDowncast(ref.takeRetainedValue(), to: PyCoroutine.self)
                            push(consume v)
                            recycleAwaited(&g, consume done)
                        } else {
                            _ = (stack + sp).move()
                            push(consume v)
                            Frame.recycle(consume done)
                        }
                        finalizeFreed()
                        continue
                    }
                    sync()
                    let done = f
                    switch frameReturn(f, v) {
                    case .run(let nf):
                        reload(nf)
                        Frame.recycle(consume done)
                        finalizeFreed()
                    case .exit(let e): return finishLoop(e)
                    }

                case .buildTuple(let n):
                    buildTuple(Int(n))
                case .buildList(let n):
                    let n = Int(n)
                    var items: [Value] = []
                    items.reserveCapacity(n)
                    for k in 0..<n { items.append((stack + sp - n + k).move()) }
                    sp -= n
                    push(.list(items))
                case .buildString(let n):
                    let n = Int(n)
                    var s = ""
                    for k in 0..<n {
                        if case .str(let part) = stack[sp - n + k] { s += part }
                    }
                    for _ in 0..<n { drop() }
                    push(.str(s))
                case .buildSlice(let n):
                    let step: Value = n == 3 ? pop() : .none
                    let upper = pop(), lower = pop()
                    push(.object(PySlice(start: lower, stop: upper, step: step)))
                case .listAppend(let depth):
                    let v = pop()
                    if case .object(let o) = stack[sp - Int(depth)], let l = o as? PyList { l.items.append(v) }
                case .listToTuple:
                    let l = pop()
                    if case .object(let o) = l, let list = o as? PyList { push(.tuple(list.items)) } else { push(l) }
                case .unpackSequence(let n):
                    sync()
                    let v = pop()
                    if case .object(let o) = v, let t = o as? PyTuple, t.items.count == Int(n) {
                        for item in t.items.reversed() { push(item) }
                    } else if case .object(let o) = v, let l = o as? PyList, l.items.count == Int(n) {
                        for item in l.items.reversed() { push(item) }
                    } else {
                        let items = try unpackItems(v, count: Int(n))
                        for item in items.reversed() { push(item) }
                    }
                case .formatValue(let conv, let hasSpec):
                    sync()
                    let spec: String
                    if hasSpec != 0, case .str(let s) = pop() { spec = s } else { spec = "" }
                    var v = pop()
                    switch conv {
                    case 1: v = .str(try str(v))
                    case 2: v = .str(try repr(v))
                    case 3: v = .str(StrFormat.asciiRepr(try repr(v)))
                    default: break
                    }
                    if case .str(let s) = v, spec.isEmpty { push(.str(s)) } else { push(.str(try format(v, spec))) }

                case .setupExcept(let t):
                    f.blocks.append(Block(handler: Int(t), stackDepth: sp, excDepth: f.excStack.count))
                case .popBlock:
                    f.blocks.removeLast()
                case .pushExcInfo:
                    if case .object(let o) = stack[sp - 1], let e = o as? PyException { f.excStack.append(e) }
                case .popExcept:
                    if !f.excStack.isEmpty { f.excStack.removeLast() }
                case .reraise:
                    let v = pop()
                    sync()
                    guard case .object(let o) = v, let e = o as? PyException else { break }
                    switch unwind(f, e) {
                    case .run(let nf): reload(nf)
                    case .exit(let x): return finishLoop(x)
                    }
                case .raise(let n):
                    sync()
                    if n == 0 {
                        guard let e = handledException(from: f) else {
                            throw noActiveException()
                        }
                        switch unwind(f, e) {
                        case .run(let nf): reload(nf)
                        case .exit(let x): return finishLoop(x)
                        }
                        continue
                    }
                    let cause: Value? = n == 2 ? pop() : nil
                    let excV = pop()
                    sync()
                    let e = try makeRaisable(excV)
                    if let cause {
                        if cause.isNone {
                            e.cause = nil
                        } else {
                            e.cause = try makeRaisable(cause)
                        }
                        e.suppressContext = true
                    }
                    throw PyError(e)
                case .loadAssertionError:
                    push(.object(BuiltinTypes.assertionError))

                case .yieldValue, .asyncGenYield:
                    let v = pop()
                    sync()
                    let next: Next
                    if case .yieldValue = ins { next = frameYield(f, v) } else { next = asyncGenYield(f, v) }
                    switch next {
                    case .run(let nf): reload(nf)
                    case .exit(let e): return finishLoop(e)
                    }
                case .getAwaitable:
                    sync()
                    let v = pop()
                    push(try awaitable(v))
                case .endAsyncFor:
                    let excV = pop()
                    drop()
                    sync()
                    if case .object(let o) = excV, let e = o as? PyException {
                        if !e.pyType.isSubtype(of: BuiltinTypes.stopAsyncIteration) {
                            switch unwind(f, e) {
                            case .run(let nf): reload(nf)
                            case .exit(let x): return finishLoop(x)
                            }
                        }
                    }
                case .send:
                    ip -= 1
                    sync()
                    switch try send(f) {
                    case .run(let nf): reload(nf)
                    case .exit(let e): return finishLoop(e)
                    }

                case .setClassCell:
                    break
                }
            } catch let error {
                sync()
                let exc: PyException
                if let pe = error as? PyError {
                    exc = pe.exception
                } else if let sr = error as? SuspendRequest {
                    if canSuspendHere {
                        return finishLoop(.suspendRequest(sr.payload, f))
                    }
                    exc = cannotSuspendHere()
                } else {
                    exc = internalError(error)
                }
                addTraceback(exc, f)
                chainContext(exc, f)
                switch unwind(f, exc) {
                case .run(let nf): reload(nf)
                case .exit(let e): return finishLoop(e)
                }
            }
        }
    }
}
