// Instructions the dispatch loop hands to one out-of-line function: deletes,
// class-body names, displays other than tuples and lists, `with`, imports,
// `match`, function and class creation. None of them switches frames, each
// does work worth far more than a call, and none is in a hot loop of the
// benchmarks. Kept out of `run`, their code and temporaries do not compete
// with the hot instructions for registers (fewer spills per instruction).
//
// The loop syncs before the call (the frame's `ip`/`sp` are current and the
// instruction count is published) and reads `sp` back from the frame after
// it, also when the instruction raised.

extension Interpreter {
    @inline(never)
    func runColdInstruction(_ ins: Instruction, _ f: Frame) throws {
        let code = f.code
        let stack = f.stack
        var sp = f.sp
        defer { f.sp = sp }
        func push(_ v: Value) {
            (stack + sp).initialize(to: v)
            sp &+= 1
        }
        func pop() -> Value {
            sp &-= 1
            return (stack + sp).move()
        }
        func drop() {
            sp &-= 1
            _ = (stack + sp).move()
        }
        /// Publishes `sp` before anything that may run Python code.
        func sync() { f.sp = sp }
        func finalizeFreed() {
            if _slowPath(hasPendingFinalizations) {
                sync()
                runPendingFinalizations()
            }
        }

        switch ins {
        case .deleteFast(let i):
            if f.locals[Int(i)] == nil { throw unboundLocal(code, Int(i)) }
            f.locals[Int(i)] = nil
            finalizeFreed()
        case .deleteDeref(let i):
            if f.cells[Int(i)].value == nil { throw unboundCell(code, Int(i)) }
            f.cells[Int(i)].value = nil
        case .loadClassDeref(let i):
            let name = Int(i) < code.cellvars.count ? code.cellvars[Int(i)] : code.freevars[Int(i) - code.cellvars.count]
            if let v = f.classDict?[name] { push(v) } else if f.classBody?.mapping != nil, let v = try prepared(f, name, sync) {
                push(v)
            } else if let v = f.cells[Int(i)].value { push(v) } else {
                throw unboundCell(code, Int(i))
            }
        case .deleteGlobal(let i):
            let name = code.names[Int(i)]
            if f.globals[name] == nil { throw nameNotDefined(name) }
            f.globals[name] = nil
            finalizeFreed()
        case .deleteName(let i):
            let name = code.names[Int(i)]
            if let m = f.classBody?.mapping {
                try classMappingDelete(m, name)
            } else if f.classDict != nil {
                if f.classBody?.remove(name) != true { throw nameNotDefined(name) }
            } else {
                if f.globals[name] == nil { throw nameNotDefined(name) }
                f.globals[name] = nil
            }
            finalizeFreed()
        case .deleteAttr(let i):
            let obj = pop()
            try deleteAttribute(obj, code.names[Int(i)])
        case .deleteSubscr:
            let k = pop(), c = pop()
            try delItem(c, k)
        case .checkExcMatch:
            let t = pop()
            let e = stack[sp - 1]
            push(.bool(try exceptionMatches(e, t)))

        case .buildSet(let payload):
            let n = Int(payload & ~Instruction.constantSetFlag)
            var items: [Value] = []
            for k in 0..<n { items.append((stack + sp - n + k).move()) }
            sp -= n
            sync()
            if payload & Instruction.constantSetFlag != 0 {
                push(.object(try PySetBase.constantDisplay(items, self)))
            } else {
                push(try makeSet(items))
            }
        case .buildMap(let n):
            let n = Int(n)
            let d = PyDict()
            var pairs: [Value] = []
            for k in 0..<(2 * n) { pairs.append((stack + sp - 2 * n + k).move()) }
            sp -= 2 * n
            sync()
            for k in 0..<n { try d.set(pairs[2 * k], pairs[2 * k + 1], self) }
            push(.object(d))
        case .setAdd(let depth):
            let v = pop()
            sync()
            try setAdd(stack[sp - Int(depth)], v)
        case .mapAdd(let depth):
            let v = pop(), k = pop()
            sync()
            if case .object(let o) = stack[sp - Int(depth)], let d = o as? PyDict { try d.set(k, v, self) }
        case .listExtend:
            let it = pop()
            sync()
            let items = try sequenceItems(it)
            if case .object(let o) = stack[sp - 1], let l = o as? PyList { l.items.append(contentsOf: items) }
        case .setUpdate:
            let it = pop()
            sync()
            // No sizing first: CPython's set update iterates, so {*range(10**21)} runs out of memory.
            let source = try getIter(it)
            var added = 0
            while let v = try next(source) {
                try setAdd(stack[sp - 1], v)
                added &+= 1
                try Self.checkGrowth(added)
            }
        case .dictUpdate(let forCall):
            let m = pop()
            sync()
            try dictMerge(stack[sp - 1], m, forCall: forCall != 0, callee: nil)
        case .unpackEx(let before, let after):
            let v = pop()
            let items = try sequenceItems(v)
            let b = Int(before), a = Int(after)
            if items.count < b + a {
                throw notEnoughValuesToUnpack(atLeast: b + a, got: items.count)
            }
            let middle = Array(items[b..<(items.count - a)])
            for item in items[(items.count - a)...].reversed() { push(item) }
            push(.list(middle))
            for item in items[0..<b].reversed() { push(item) }

        case .makeFunction(let flags):
            let codeV = pop()
            guard case .object(let co) = codeV, let fcode = co as? CodeObject else { break }
            var closure: [PyCell] = []
            if flags & 2 != 0 {
                let n = fcode.freevars.count
                for k in 0..<n {
                    if case .object(let c) = stack[sp - n + k], let cell = c as? PyCell { closure.append(cell) }
                }
                for _ in 0..<n { drop() }
            }
            let annotations = flags & Compiler.annotationsFlag != 0 ? pop() : nil
            // `Array(repeating:count:)` costs hundreds of instructions even for
            // no elements (a lambda or generator expression made per call).
            var kwDefaults: [Value?] = fcode.kwOnlyCount == 0 ? [] : Array(repeating: nil, count: fcode.kwOnlyCount)
            if flags & 1 != 0 {
                let n = fcode.kwOnlyCount
                for k in 0..<n {
                    let v = stack[sp - n + k]
                    if case .object(let m) = v, m === VMSingletons.noDefault { kwDefaults[k] = nil } else { kwDefaults[k] = v }
                }
                for _ in 0..<n { drop() }
            }
            let nd = Int((flags & ~Compiler.annotationsFlag) >> 2)
            var defaults: [Value] = []
            for k in 0..<nd { defaults.append((stack + sp - nd + k).move()) }
            sp -= nd
            let fn = PyFunction(code: fcode, module: f.module, defaults: defaults, kwDefaults: kwDefaults, closure: closure)
            fn.annotations = annotations
            push(.object(fn))
        case .buildClass(let payload):
            let keywords: Value? = payload > 0xffff ? pop() : nil
            let n = Int(payload & 0xffff)
            var bases: [Value] = []
            for k in 0..<n { bases.append((stack + sp - n + k).move()) }
            sp -= n
            let nameV = pop(), body = pop()
            sync()
            push(try buildClass(body: body, name: nameV, bases: bases, keywords: keywords))

        case .beforeWith:
            let mgr = pop()
            let (enter, exit) = try withMethods(mgr, async: false)
            push(exit)
            sync()
            push(try callValue(enter, Arguments()))
        case .beforeAsyncWith:
            let mgr = pop()
            let (exit, entered) = try enterAsyncWith(mgr)
            push(exit)
            push(entered)
        case .withExceptStart:
            let excV = stack[sp - 1]
            let exitFn = stack[sp - 2]
            var tv: Value = .none
            if case .object(let o) = excV { tv = .object(o.pyType) }
            push(try callValue(exitFn, Arguments([tv, excV, .none])))
        case .callExitNone:
            let exitFn = pop()
            sync()
            if case .object(let o) = exitFn, type(of: o) == PyBoundMethod.self {
                // What calling the bound method does, with the receiver in place.
                let m = unsafeDowncast(o, to: PyBoundMethod.self)
                push(try callValue(m.function, Arguments([m.receiver, .none, .none, .none])))
            } else {
                push(try callValue(exitFn, Arguments([.none, .none, .none])))
            }

        case .getYieldFromIter:
            let v = pop()
            if case .object(let o) = v, o is PyGenerator || o is PyCoroutine { push(v) } else { sync(); push(try getIter(v)) }
        case .getAIter:
            let v = pop()
            sync()
            push(try asyncIterator(v))
        case .getANext:
            let ait = stack[sp - 1]
            push(try anextAwaitable(ait, forLoop: true))

        case .matchPattern(let c, let n):
            let count = Int(n)
            let values = (0..<count).map { stack[sp - count + $0] }
            for _ in 0..<count { drop() }
            let subject = pop()
            sync()
            guard case .object(let o) = code.constants[Int(c)], let plan = o as? MatchPlan else { fatalError("match plan") }
            if let captured = try runMatch(plan, subject, values) {
                push(.object(PyTuple(captured)))
                push(.bool(true))
            } else {
                push(.none)
                push(.bool(false))
            }
        case .importName(let i):
            push(.object(try importModule(code.names[Int(i)])))
        case .importFrom(let i):
            let m = stack[sp - 1]
            push(try importFrom(m, code.names[Int(i)]))
        case .importStar:
            let m = pop()
            sync()
            try importStar(m, into: f)
        default:
            fatalError("not a cold instruction: \(ins)")
        }
    }
}
