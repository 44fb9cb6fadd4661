// Statements (except loops, try and with, which have their own files).

extension Compiler {
    func compileBody(_ body: [Stmt], skipDocstring: Bool = false) throws {
        for (i, s) in body.enumerated() {
            if i == 0, skipDocstring, case .expr(let e) = s.kind, case .constant(.str) = e.kind { continue }
            try compile(s)
        }
    }

    func compile(_ s: Stmt) throws {
        at(s.loc)
        switch s.kind {
        case .expr(let e):
            if case .constant = e.kind { return }
            try compile(e)
            emit(.pop)
        case .assign(let targets, let value):
            try compile(value)
            for (i, t) in targets.enumerated() {
                if i < targets.count - 1 { emit(.dup) }
                try compileStore(t)
            }
        case .augAssign(let target, let op, let value):
            try compileAugAssign(target, op, value)
        case .annAssign(let target, let annotation, let value):
            if let value {
                try compile(value)
                try compileStore(target)
            }
            try compileVariableAnnotation(target, annotation, hasValue: value != nil, at: s.loc)
        case .functionDef(let fd):
            try compileFunctionDef(fd, s.loc)
        case .classDef(let cd):
            try compileClassDef(cd, s.loc)
        case .return(let value):
            guard isInFunction, unit.scope.kind != .comprehension else {
                throw CompileError("'return' outside function", s.loc)
            }
            if value != nil, unit.isAsyncGenerator {
                throw CompileError("'return' with value in async generator", s.loc)
            }
            if let value { try compile(value) } else { emit(.loadConst(constant(.none))) }
            try unwindFBlocks(preserveTop: true, upTo: nil)
            at(s.loc)
            emit(.returnValue)
        case .delete(let targets):
            for t in targets { try compileDelete(t) }
        case .pass:
            break
        case .break:
            try compileBreakContinue(isBreak: true, s.loc)
        case .continue:
            try compileBreakContinue(isBreak: false, s.loc)
        case .if(let test, let body, let orelse):
            let elseL = newLabel(), end = newLabel()
            try compileJump(test, ifTrue: false, to: elseL)
            try compileBody(body)
            if !orelse.isEmpty { emit(.jump(Int32(end))) }
            place(elseL)
            try compileBody(orelse)
            place(end)
        case .while(let test, let body, let orelse):
            try compileWhile(test, body, orelse)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync { try compileAsyncFor(target, iter, body, orelse, s.loc) }
            else { try compileFor(target, iter, body, orelse) }
        case .try(let body, let handlers, let orelse, let finalbody):
            if finalbody.isEmpty {
                try compileTryExcept(body, handlers, orelse)
            } else {
                try compileTryFinally(finalbody) {
                    if handlers.isEmpty {
                        try self.compileBody(body)
                        try self.compileBody(orelse)
                    } else {
                        try self.compileTryExcept(body, handlers, orelse)
                    }
                }
            }
        case .raise(let exc, let cause):
            var n: Int32 = 0
            if let exc {
                try compile(exc); n = 1
                if let cause { try compile(cause); n = 2 }
            }
            at(s.loc)
            emit(.raise(n))
        case .assert(let test, let msg):
            let ok = newLabel()
            try compileJump(test, ifTrue: true, to: ok)
            emit(.loadAssertionError)
            // No `at` here: CPython raises where the test left the position
            // (a comparison's range, else the statement's).
            if let msg {
                try compile(msg)
                emit(.call(1))
            }
            emit(.raise(1))
            place(ok)
        case .with(let items, let body, let isAsync):
            if isAsync && !isAsyncContext {
                throw CompileError("'async with' outside async function", s.loc)
            }
            try compileWith(items[...], body, isAsync: isAsync, s.loc)
        case .match(let subject, let cases):
            try compileMatch(subject, cases)
        case .import(let aliases):
            // Every alias imports at the statement's range, as in CPython.
            for a in aliases {
                emit(.importName(name(a.name)))
                let parts = a.name.split(separator: ".").map(String.init)
                if let asName = a.asName {
                    storeName(asName)
                } else if parts.count > 1 {
                    emit(.pop)
                    emit(.importName(name(parts[0])))
                    storeName(parts[0])
                } else {
                    storeName(a.name)
                }
            }
        case .importFrom(let module, let names, let level):
            if level > 0 {
                throw CompileError("attempted relative import with no known parent package", s.loc)
            }
            emit(.importName(name(module)))
            if names.count == 1 && names[0].name == "*" {
                emit(.importStar)
                return
            }
            for a in names {
                emit(.importFrom(name(a.name)))
                storeName(a.asName ?? a.name)
            }
            emit(.pop)
        case .global, .nonlocal:
            break
        }
    }

    func compileBreakContinue(isBreak: Bool, _ loc: SourceLocation) throws {
        // Find the innermost loop, unwinding what lies between.
        guard let loopIndex = unit.fblocks.lastIndex(where: {
            switch $0 {
            case .whileLoop, .forLoop, .asyncForLoop: return true
            default: return false
            }
        }) else {
            throw CompileError(isBreak ? "'break' outside loop" : "'continue' not properly in loop", loc)
        }
        try unwindFBlocks(preserveTop: false, upTo: loopIndex)
        at(loc)
        switch unit.fblocks[loopIndex] {
        case .whileLoop(let c, let b):
            emit(.jump(Int32(isBreak ? b : c)))
        case .forLoop(let c, let b), .asyncForLoop(let c, let b):
            if isBreak {
                emit(.pop)
                emit(.jump(Int32(b)))
            } else {
                emit(.jump(Int32(c)))
            }
        default: break
        }
    }

    /// Emits the code that leaves every fblock above `upTo` (all when nil),
    /// innermost first. With `preserveTop`, a return value stays on top.
    func unwindFBlocks(preserveTop: Bool, upTo: Int?) throws {
        let saved = unit.fblocks
        defer { unit.fblocks = saved }
        var i = unit.fblocks.count - 1
        let stop = upTo ?? -1
        while i > stop {
            let fb = unit.fblocks[i]
            unit.fblocks.removeLast()
            switch fb {
            case .whileLoop: break
            case .forLoop, .asyncForLoop:
                if preserveTop { emit(.rot2) }
                emit(.pop)
            case .tryExcept:
                emit(.popBlock)
            case .finallyTry(let finalbody):
                emit(.popBlock)
                try compileBody(finalbody)
            case .finallyEnd:
                if preserveTop { emit(.rot2) }
                emit(.pop)
                emit(.popExcept)
            case .handler(let name):
                if preserveTop { emit(.rot2) }
                emit(.pop)
                emit(.popExcept)
                if let name {
                    emit(.loadConst(constant(.none)))
                    storeName(name)
                    deleteName(name)
                }
            case .with(let isAsync):
                emit(.popBlock)
                if preserveTop { emit(.rot2) }
                emit(.callExitNone)
                if isAsync {
                    emit(.getAwaitable)
                    emit(.send)
                }
                emit(.pop)
            }
            i -= 1
        }
    }
}
