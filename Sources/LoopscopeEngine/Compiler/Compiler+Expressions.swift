// Expressions.

extension Compiler {
    func constantValue(_ c: Constant) -> Value {
        switch c {
        case .none: return .none
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .ellipsis: return .object(VMSingletons.ellipsis)
        case .int(let i): return .int(i)
        case .bigint(let digits): return VMBridge.bigint(digits)
        case .float(let d): return .float(d)
        case .imaginary(let d): return .object(PyComplex(0, d))
        case .str(let s): return .str(s)
        case .bytes(let b): return .bytes(b)
        }
    }

    /// Compiles `e` with its instructions attributed to its own range; the
    /// position in force before is restored after (CPython's compiler_visit_expr).
    func compile(_ e: Expr) throws {
        let outer = unit.position
        defer { unit.position = outer }
        at(e.loc)
        try compileExpression(e)
    }

    private func compileExpression(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            loadName(n)
        case .constant(let c):
            emit(.loadConst(constant(constantValue(c))))
        case .fstring(let parts):
            try compileFString(parts)
        case .list(let items):
            try compileSequenceDisplay(items, build: { .buildList($0) }, starred: false)
        case .tuple(let items):
            if items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                try compileSequenceDisplay(items, build: { .buildList($0) }, starred: true)
                emit(.listToTuple)
            } else {
                for i in items { try compile(i) }
                emit(.buildTuple(Int32(items.count)))
            }
        case .set(let items):
            if items.contains(where: { if case .starred = $0.kind { return true }; return false }) {
                emit(.buildSet(0))
                for i in items {
                    if case .starred(let inner) = i.kind { try compile(inner); emit(.setUpdate) }
                    else { try compile(i); emit(.setAdd(1)) }
                }
            } else {
                for i in items { try compile(i) }
                // CPython builds a literal of three or more constants as a
                // frozenset at compile time, which lays the set out differently.
                let constant = items.count > 2 && items.allSatisfy(Self.isFoldedConstant)
                emit(.buildSet(Int32(items.count) | (constant ? Instruction.constantSetFlag : 0)))
            }
        case .dict(let pairs):
            if pairs.contains(where: { $0.key == nil }) {
                emit(.buildMap(0))
                for p in pairs {
                    if let k = p.key {
                        try compile(k); try compile(p.value)
                        emit(.mapAdd(1))
                    } else {
                        try compile(p.value)
                        emit(.dictUpdate(0))
                    }
                }
            } else {
                for p in pairs {
                    if let k = p.key { try compile(k) }
                    try compile(p.value)
                }
                emit(.buildMap(Int32(pairs.count)))
            }
        case .starred:
            throw CompileError("can't use starred expression here", e.loc)
        case .attribute(let obj, let attr):
            try compile(obj)
            unit.position = unit.position.matchingAttribute(e, name: attr)
            emit(.loadAttr(attributeName(attr)))
        case .subscript(let obj, let idx):
            try compile(obj)
            try compile(idx)
            at(e.loc)
            emit(.subscr)
        case .slice(let lower, let upper, let step):
            if let lower { try compile(lower) } else { emit(.loadConst(constant(.none))) }
            if let upper { try compile(upper) } else { emit(.loadConst(constant(.none))) }
            if let step { try compile(step); emit(.buildSlice(3)) } else { emit(.buildSlice(2)) }
        case .call(let f, let args, let keywords):
            try compileCall(f, args, keywords, e.loc)
        case .binary(let op, let a, let b):
            try compile(a)
            try compile(b)
            at(e.loc)
            emit(.binary(op))
        case .unary(let op, let a):
            try compile(a)
            at(e.loc)
            emit(.unary(op))
        case .boolOp(let op, let values):
            let end = newLabel()
            for (i, v) in values.enumerated() {
                try compile(v)
                if i < values.count - 1 {
                    emit(op == .and ? .jumpIfFalseOrPop(Int32(end)) : .jumpIfTrueOrPop(Int32(end)))
                }
            }
            place(end)
        case .compare(let first, let rest):
            try compileCompare(first, rest, e.loc)
        case .ifExp(let test, let body, let orelse):
            let elseL = newLabel(), end = newLabel()
            try compileJump(test, ifTrue: false, to: elseL)
            try compile(body)
            emit(.jump(Int32(end)))
            place(elseL)
            try compile(orelse)
            place(end)
        case .lambda(let params, let body):
            try compileLambda(params, body, e.loc)
        case .await(let x):
            try checkAwait(e.loc)
            try compile(x)
            at(e.loc)
            emit(.getAwaitable)
            emit(.send)
        case .yield(let x):
            guard isInFunction else { throw CompileError("'yield' outside function", e.loc) }
            if let x { try compile(x) } else { emit(.loadConst(constant(.none))) }
            at(e.loc)
            emit(unit.isAsyncGenerator ? .asyncGenYield : .yieldValue)
        case .yieldFrom(let x):
            guard isInFunction else { throw CompileError("'yield' outside function", e.loc) }
            if isAsyncContext { throw CompileError("'yield from' inside async function", e.loc) }
            try compile(x)
            at(e.loc)
            emit(.getYieldFromIter)
            emit(.send)
        case .namedExpr(let target, let value):
            try compile(value)
            emit(.dup)
            storeName(target)
        case .listComp(let elt, let gens):
            try compileComprehension(ScopeTag.listComp, "<listcomp>", e.loc, gens, kind: .list(elt))
        case .setComp(let elt, let gens):
            try compileComprehension(ScopeTag.setComp, "<setcomp>", e.loc, gens, kind: .set(elt))
        case .dictComp(let k, let v, let gens):
            try compileComprehension(ScopeTag.dictComp, "<dictcomp>", e.loc, gens, kind: .dict(k, v))
        case .generatorExp(let elt, let gens):
            try compileComprehension(ScopeTag.genExp, "<genexpr>", e.loc, gens, kind: .generator(elt))
        }
    }

    func checkAwait(_ loc: SourceLocation) throws {
        if unit.isCoroutine || unit.isAsyncGenerator { return }
        if unit.scope.kind == .comprehension {
            // Allowed inside a comprehension of an async function.
            var s = unit.scope.parent
            while let sc = s, sc.kind == .comprehension { s = sc.parent }
            if let sc = s, sc.kind == .function, sc.isAsync { return }
        }
        if unit.scope.kind == .function || unit.scope.kind == .comprehension {
            throw CompileError("'await' outside async function", loc)
        }
        throw CompileError("'await' outside function", loc)
    }

    func compileSequenceDisplay(_ items: [Expr], build: (Int32) -> Instruction, starred: Bool) throws {
        let hasStar = items.contains { if case .starred = $0.kind { return true }; return false }
        if !hasStar {
            for i in items { try compile(i) }
            emit(build(Int32(items.count)))
            return
        }
        emit(.buildList(0))
        for i in items {
            if case .starred(let inner) = i.kind {
                try compile(inner)
                emit(.listExtend)
            } else {
                try compile(i)
                emit(.listAppend(1))
            }
        }
    }

    func compileFString(_ parts: [FStringPart]) throws {
        var count: Int32 = 0
        for p in parts {
            switch p {
            case .literal(let s):
                if s.isEmpty { continue }
                emit(.loadConst(constant(.str(s))))
                count += 1
            case .formatted(let x, let conversion, let spec, let debugText):
                if let debugText {
                    emit(.loadConst(constant(.str(debugText))))
                    count += 1
                }
                try compile(x)
                var conv: Int32 = 0
                switch conversion {
                case "s": conv = 1
                case "r": conv = 2
                case "a": conv = 3
                default: conv = (debugText != nil && spec == nil) ? 2 : 0
                }
                if let spec {
                    try compileFString(spec)
                    emit(.formatValue(conv, 1))
                } else {
                    emit(.formatValue(conv, 0))
                }
                count += 1
            }
        }
        if count == 0 { emit(.loadConst(constant(.str("")))) }
        else if count > 1 { emit(.buildString(count)) }
    }

    func compileCompare(_ first: Expr, _ rest: [(CompareOp, Expr)], _ loc: SourceLocation) throws {
        try compile(first)
        if rest.count == 1 {
            try compile(rest[0].1)
            at(loc)
            emit(.compare(rest[0].0))
            return
        }
        let cleanup = newLabel(), end = newLabel()
        for (i, (op, x)) in rest.enumerated() {
            try compile(x)
            at(loc)
            if i < rest.count - 1 {
                emit(.dup)
                emit(.rot3)
                emit(.compare(op))
                emit(.jumpIfFalseOrPop(Int32(cleanup)))
            } else {
                emit(.compare(op))
            }
        }
        emit(.jump(Int32(end)))
        place(cleanup)
        emit(.rot2)
        emit(.pop)
        place(end)
    }

    /// Jumps to `label` when `e`'s truth equals `ifTrue`; falls through otherwise.
    func compileJump(_ e: Expr, ifTrue: Bool, to label: Label) throws {
        switch e.kind {
        case .unary(.not, let inner):
            try compileJump(inner, ifTrue: !ifTrue, to: label)
        case .boolOp(let op, let values):
            // `a and b` jumps on false if any is false; on true only if all are.
            let isAnd = op == .and
            if isAnd != ifTrue {
                for v in values { try compileJump(v, ifTrue: ifTrue, to: label) }
            } else {
                let skip = newLabel()
                for (i, v) in values.enumerated() {
                    if i < values.count - 1 { try compileJump(v, ifTrue: !ifTrue, to: skip) }
                    else { try compileJump(v, ifTrue: ifTrue, to: label) }
                }
                place(skip)
            }
        case .compare:
            // CPython's compiler_jump_if leaves a comparison's range in force
            // after the jump: an `assert a == b` raises there.
            try compile(e)
            at(e.loc)
            emit(ifTrue ? .popJumpIfTrue(Int32(label)) : .popJumpIfFalse(Int32(label)))
        default:
            try compile(e)
            emit(ifTrue ? .popJumpIfTrue(Int32(label)) : .popJumpIfFalse(Int32(label)))
        }
    }

    func compileCall(_ f: Expr, _ args: [Expr], _ keywords: [Keyword], _ loc: SourceLocation) throws {
        let hasStar = args.contains { if case .starred = $0.kind { return true }; return false }
        let hasDoubleStar = keywords.contains { $0.name == nil }
        if hasStar || hasDoubleStar {
            try compile(f)
            emit(.buildList(0))
            for a in args {
                if case .starred(let inner) = a.kind { try compile(inner); emit(.listExtend) }
                else { try compile(a); emit(.listAppend(1)) }
            }
            if !keywords.isEmpty {
                emit(.buildMap(0))
                for k in keywords {
                    if let n = k.name {
                        emit(.loadConst(constant(.str(n))))
                        try compile(k.value)
                        emit(.mapAdd(1))
                    } else {
                        try compile(k.value)
                        emit(.dictUpdate(1))
                    }
                }
            }
            at(loc)
            emit(.callEx(keywords.isEmpty ? 0 : 1))
            return
        }
        if keywords.isEmpty, case .attribute(let obj, let attr) = f.kind {
            try compile(obj)
            at(f.loc)
            unit.position = unit.position.matchingAttribute(f, name: attr)
            emit(.loadMethod(attributeName(attr)))
            for a in args { try compile(a) }
            at(loc)
            unit.position = unit.position.matchingAttribute(f, name: attr)
            emit(.callMethod(Int32(args.count)))
            return
        }
        if case .attribute(let obj, let attr) = f.kind {
            // `obj.m(x, k=v)`: LOAD_METHOD as without keywords, so no bound
            // method is built for the call.
            try compile(obj)
            at(f.loc)
            unit.position = unit.position.matchingAttribute(f, name: attr)
            emit(.loadMethod(attributeName(attr)))
            for a in args { try compile(a) }
            try compileKeywordValues(keywords)
            at(loc)
            unit.position = unit.position.matchingAttribute(f, name: attr)
            emit(.callMethodKw(Int32(args.count + keywords.count), kwNames(keywords.compactMap(\.name))))
            return
        }
        try compile(f)
        for a in args { try compile(a) }
        if keywords.isEmpty {
            at(loc)
            emit(.call(Int32(args.count)))
        } else {
            try compileKeywordValues(keywords)
            at(loc)
            emit(.callKw(Int32(args.count + keywords.count), kwNames(keywords.compactMap(\.name))))
        }
    }
}

extension Compiler {
    /// A call's keyword argument values, in order; a name given twice is
    /// CPython's SyntaxError.
    func compileKeywordValues(_ keywords: [Keyword]) throws {
        var seen: Set<String> = []
        for k in keywords {
            if let n = k.name, !seen.insert(n).inserted {
                throw CompileError("keyword argument repeated: \(n)", k.loc)
            }
            try compile(k.value)
        }
    }

    /// An element CPython's AST optimizer turns into a constant: a literal,
    /// a signed number, or a tuple of those.
    static func isFoldedConstant(_ e: Expr) -> Bool {
        switch e.kind {
        case .constant: return true
        case .unary(let op, let operand):
            guard op == .neg || op == .pos, case .constant(let c) = operand.kind else { return false }
            switch c {
            case .int, .bigint, .float: return true
            default: return false
            }
        case .tuple(let items): return items.allSatisfy(isFoldedConstant)
        default: return false
        }
    }
}
