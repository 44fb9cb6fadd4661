// Loops, try/except/finally and with: the statements that set up blocks.

extension Compiler {
    func compileWhile(_ test: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let top = newLabel(), elseL = newLabel(), end = newLabel()
        place(top)
        try compileJump(test, ifTrue: false, to: elseL)
        unit.fblocks.append(.whileLoop(continueTo: top, breakTo: end))
        try compileBody(body)
        unit.fblocks.removeLast()
        emit(.jump(Int32(top)))
        place(elseL)
        try compileBody(orelse)
        place(end)
    }

    func compileFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]) throws {
        let top = newLabel(), exhausted = newLabel(), end = newLabel()
        // GET_ITER and FOR_ITER run at the `for` statement's range, as in CPython.
        try compile(iter)
        emit(.getIter)
        place(top)
        emit(.forIter(Int32(exhausted)))
        try compileStore(target)
        unit.fblocks.append(.forLoop(continueTo: top, breakTo: end))
        try compileBody(body)
        unit.fblocks.removeLast()
        emit(.jump(Int32(top)))
        place(exhausted)
        try compileBody(orelse)
        place(end)
    }

    func compileAsyncFor(_ target: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt], _ loc: SourceLocation) throws {
        guard isAsyncContext else { throw CompileError("'async for' outside async function", loc) }
        let top = newLabel(), stop = newLabel(), end = newLabel()
        try compile(iter)
        at(loc)
        emit(.getAIter)
        place(top)
        emit(.setupExcept(Int32(stop)))
        emit(.getANext)
        emit(.send)
        emit(.popBlock)
        try compileStore(target)
        unit.fblocks.append(.asyncForLoop(continueTo: top, breakTo: end))
        try compileBody(body)
        unit.fblocks.removeLast()
        emit(.jump(Int32(top)))
        place(stop)
        at(loc)
        emit(.endAsyncFor)
        try compileBody(orelse)
        place(end)
    }

    func compileTryExcept(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        if handlers.first?.isStar == true { return try compileTryStar(body, handlers, orelse) }
        let handlerL = newLabel(), end = newLabel()
        emit(.setupExcept(Int32(handlerL)))
        unit.fblocks.append(.tryExcept)
        try compileBody(body)
        unit.fblocks.removeLast()
        emit(.popBlock)
        try compileBody(orelse)
        emit(.jump(Int32(end)))

        place(handlerL)
        emit(.pushExcInfo)
        for (i, h) in handlers.enumerated() {
            at(h.loc)
            if h.type == nil && i != handlers.count - 1 {
                throw CompileError("default 'except:' must be last", h.loc)
            }
            let next = newLabel()
            if let t = h.type {
                try compile(t)
                at(h.loc)
                emit(.checkExcMatch)
                emit(.popJumpIfFalse(Int32(next)))
            }
            // The exception object itself stays on the stack under the handler
            // body (popped at the end), so `raise` inside it can find it.
            if let n = h.name { emit(.dup); storeName(n) }
            unit.fblocks.append(.handler(name: h.name))
            try compileBody(h.body)
            unit.fblocks.removeLast()
            emit(.pop)
            emit(.popExcept)
            if let n = h.name {
                emit(.loadConst(constant(.none)))
                storeName(n)
                deleteName(n)
            }
            emit(.jump(Int32(end)))
            place(next)
        }
        emit(.reraise)
        place(end)
    }

    /// `try ... except* T as e`: an `ExceptStarState` (Runtime/ExceptionGroups.swift)
    /// under the exception on the stack splits off each clause's part; what the
    /// handlers raise and what is left are raised together at the end.
    func compileTryStar(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]) throws {
        let handlerL = newLabel(), end = newLabel()
        emit(.setupExcept(Int32(handlerL)))
        unit.fblocks.append(.tryExcept)
        try compileBody(body)
        unit.fblocks.removeLast()
        emit(.popBlock)
        try compileBody(orelse)
        emit(.jump(Int32(end)))

        place(handlerL)
        emit(.pushExcInfo)                                          // [exc]
        emit(.dup)
        emit(.loadConst(constant(.object(ExceptStarState.begin))))
        emit(.rot2)
        emit(.call(1))                                              // [exc, state]
        for h in handlers {
            at(h.loc)
            let skip = newLabel(), next = newLabel(), raised = newLabel(), after = newLabel()
            emit(.dup)
            emit(.loadAttr(name("match")))
            if let t = h.type { try compile(t) }
            at(h.loc)
            emit(.call(1))                                          // [exc, state, part or None]
            emit(.dup)
            emit(.popJumpIfFalse(Int32(skip)))
            if let n = h.name { storeName(n) } else { emit(.pop) }
            emit(.setupExcept(Int32(raised)))
            unit.fblocks.append(.handler(name: h.name))
            try compileBody(h.body)
            unit.fblocks.removeLast()
            emit(.popBlock)
            emit(.jump(Int32(after)))
            place(raised)                                           // the handler raised: keep it
            emit(.pushExcInfo)                                      // [exc, state, x]
            emit(.rot2)
            emit(.dup)
            emit(.rot3)
            emit(.loadAttr(name("raised")))
            emit(.rot2)
            emit(.call(1))
            emit(.pop)
            emit(.popExcept)
            place(after)
            if let n = h.name {
                emit(.loadConst(constant(.none)))
                storeName(n)
                deleteName(n)
            }
            emit(.jump(Int32(next)))
            place(skip)
            emit(.pop)
            place(next)
        }
        let done = newLabel()
        emit(.loadAttr(name("finish")))
        emit(.call(0))                                              // [exc, what to raise or None]
        emit(.rot2)
        emit(.pop)
        emit(.popExcept)
        emit(.dup)
        emit(.popJumpIfFalse(Int32(done)))
        emit(.reraise)
        place(done)
        emit(.pop)
        place(end)
    }

    func compileTryFinally(_ finalbody: [Stmt], body: () throws -> Void) throws {
        let finalL = newLabel(), end = newLabel()
        emit(.setupExcept(Int32(finalL)))
        unit.fblocks.append(.finallyTry(finalbody))
        try body()
        unit.fblocks.removeLast()
        emit(.popBlock)
        try compileBody(finalbody)
        emit(.jump(Int32(end)))

        place(finalL)
        emit(.pushExcInfo)
        unit.fblocks.append(.finallyEnd)
        try compileBody(finalbody)
        unit.fblocks.removeLast()
        emit(.popExcept)
        emit(.reraise)
        place(end)
    }

    func compileWith(_ items: ArraySlice<WithItem>, _ body: [Stmt], isAsync: Bool, _ loc: SourceLocation) throws {
        guard let item = items.first else {
            try compileBody(body)
            return
        }
        let exc = newLabel(), end = newLabel(), suppress = newLabel()
        try compile(item.context)
        at(loc)
        if isAsync {
            emit(.beforeAsyncWith)
            emit(.getAwaitable)
            emit(.send)
        } else {
            emit(.beforeWith)
        }
        if let t = item.target { try compileStore(t) } else { emit(.pop) }
        emit(.setupExcept(Int32(exc)))
        unit.fblocks.append(.with(isAsync: isAsync))
        try compileWith(items.dropFirst(), body, isAsync: isAsync, loc)
        unit.fblocks.removeLast()
        emit(.popBlock)
        at(loc)
        emit(.callExitNone)
        if isAsync { emit(.getAwaitable); emit(.send) }
        emit(.pop)
        emit(.jump(Int32(end)))

        place(exc)
        at(loc)
        emit(.pushExcInfo)
        emit(.withExceptStart)
        if isAsync { emit(.getAwaitable); emit(.send) }
        emit(.popJumpIfTrue(Int32(suppress)))
        emit(.reraise)
        place(suppress)
        emit(.pop)      // exc
        emit(.popExcept)
        emit(.pop)      // exit
        place(end)
    }
}
