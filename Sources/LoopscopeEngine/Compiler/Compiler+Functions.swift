// def, async def, lambda, class and comprehensions: everything that compiles
// a nested code object and builds a function from it at run time.

enum ComprehensionKind {
    case list(Expr), set(Expr), dict(Expr, Expr), generator(Expr)
}

extension Compiler {
    func enterScope(_ key: ScopeKey, _ loc: SourceLocation) throws -> Scope {
        guard let s = symbols.consume(key) else {
            throw CompileError("internal compiler error: missing scope", loc)
        }
        return s
    }

    /// Pushes everything MAKE_FUNCTION needs except defaults, then emits it.
    func makeFunction(_ code: CodeObject, scope: Scope, defaults: Int32, hasKwDefaults: Bool, annotations: Bool = false) {
        var flags = defaults << 2
        if hasKwDefaults { flags |= 1 }
        if annotations { flags |= Self.annotationsFlag }
        if !scope.frees.isEmpty {
            flags |= 2
            for n in scope.frees {
                emit(.loadClosure(Int32(unit.scope.cellIndex(n) ?? 0)))
            }
        }
        emit(.loadConst(constant(.object(code))))
        emit(.makeFunction(flags))
    }

    func compileDefaults(_ p: Parameters) throws -> (Int32, Bool) {
        var n: Int32 = 0
        for prm in p.positional {
            if let d = prm.defaultValue { try compile(d); n += 1 }
            else if n > 0 { throw CompileError("non-default argument follows default argument", prm.loc) }
        }
        let hasKw = p.keywordOnly.contains { $0.defaultValue != nil }
        if hasKw {
            for prm in p.keywordOnly {
                if let d = prm.defaultValue { try compile(d) }
                else { emit(.loadConst(constant(.object(VMSingletons.noDefault)))) }
            }
        }
        return (n, hasKw)
    }

    func withUnit<T>(_ u: CodeUnit, _ body: () throws -> T) rethrows -> T {
        let saved = unit
        units.append(saved)
        unit = u
        defer { unit = saved; units.removeLast() }
        return try body()
    }

    func compileFunctionDef(_ fd: FunctionDef, _ loc: SourceLocation) throws {
        for d in fd.decorators { try compile(d) }
        let scope = try enterScope(ScopeKey(ScopeTag.function, loc), loc)
        let (ndefaults, hasKw) = try compileDefaults(fd.parameters)
        let hasAnnotations = try compileFunctionAnnotations(fd)
        let qn = qualname(for: fd.name)
        // co_firstlineno is the first decorator's line (CPython 3.11), so
        // "defined at" and a new coroutine's "running at" name that line.
        let u = CodeUnit(scope: scope, name: fd.name, qualname: qn, firstLine: fd.decorators.first?.loc.line ?? loc.line)
        u.isCoroutine = fd.isAsync && !scope.isGenerator
        u.isAsyncGenerator = fd.isAsync && scope.isGenerator
        u.isGenerator = !fd.isAsync && scope.isGenerator
        u.docstring = fd.docstring
        let p = fd.parameters
        let code: CodeObject = try withUnit(u) {
            try compileBody(fd.body, skipDocstring: fd.docstring != nil)
            emit(.loadConst(constant(.none)))
            emit(.returnValue)
            return try finish(u, argCount: p.positional.count, posOnly: p.positionalOnlyCount,
                              kwOnly: p.keywordOnly.count, varargs: p.vararg != nil, varkw: p.kwarg != nil)
        }
        at(loc)
        makeFunction(code, scope: scope, defaults: ndefaults, hasKwDefaults: hasKw, annotations: hasAnnotations)
        applyDecorators(fd.decorators)
        storeName(fd.name)
    }

    /// Calls the decorators innermost first, each at its own range (CPython's
    /// compiler_apply_decorators), then goes back to the statement's.
    private func applyDecorators(_ decorators: [Expr]) {
        let statement = unit.position
        for d in decorators.reversed() {
            at(d.loc)
            emit(.call(1))
        }
        unit.position = statement
    }

    func compileLambda(_ params: Parameters, _ body: Expr, _ loc: SourceLocation) throws {
        let scope = try enterScope(ScopeKey(ScopeTag.lambda, loc), loc)
        let (ndefaults, hasKw) = try compileDefaults(params)
        let u = CodeUnit(scope: scope, name: "<lambda>", qualname: qualname(for: "<lambda>"), firstLine: loc.line)
        u.isGenerator = scope.isGenerator
        let code: CodeObject = try withUnit(u) {
            try compile(body)
            emit(.returnValue)
            return try finish(u, argCount: params.positional.count, posOnly: params.positionalOnlyCount,
                              kwOnly: params.keywordOnly.count, varargs: params.vararg != nil, varkw: params.kwarg != nil)
        }
        at(loc)
        makeFunction(code, scope: scope, defaults: ndefaults, hasKwDefaults: hasKw)
    }

    func compileClassDef(_ cd: ClassDef, _ loc: SourceLocation) throws {
        for d in cd.decorators { try compile(d) }
        let scope = try enterScope(ScopeKey(ScopeTag.classDef, loc), loc)
        let qn = qualname(for: cd.name)
        let u = CodeUnit(scope: scope, name: cd.name, qualname: qn, firstLine: cd.decorators.first?.loc.line ?? loc.line)
        u.isClassBody = true
        var doc: String?
        if let first = cd.body.first, case .expr(let e) = first.kind, case .constant(.str(let s)) = e.kind { doc = s }
        let code: CodeObject = try withUnit(u) {
            emit(.loadGlobal(name("__name__")))
            emit(.storeName(name("__module__")))
            emit(.loadConst(constant(.str(qn))))
            emit(.storeName(name("__qualname__")))
            setUpAnnotations(cd.body)
            if let doc {
                emit(.loadConst(constant(.str(doc))))
                emit(.storeName(name("__doc__")))
            }
            try compileBody(cd.body, skipDocstring: doc != nil)
            if let ci = scope.cells.firstIndex(of: "__class__") {
                emit(.loadClosure(Int32(ci)))
                emit(.storeName(name("__classcell__")))
            }
            emit(.returnLocals)
            return try finish(u, argCount: 0, posOnly: 0, kwOnly: 0, varargs: false, varkw: false)
        }
        at(loc)
        makeFunction(code, scope: scope, defaults: 0, hasKwDefaults: false)
        emit(.loadConst(constant(.str(cd.name))))
        for b in cd.bases { try compile(b) }
        let hasKw = !cd.keywords.isEmpty
        if hasKw { try compileClassKeywords(cd.keywords) }
        at(loc)
        emit(.buildClass(Int32(cd.bases.count) | (hasKw ? Self.classKeywordsFlag : 0)))
        applyDecorators(cd.decorators)
        storeName(cd.name)
    }

    func compileComprehension(_ tag: Int, _ name: String, _ loc: SourceLocation, _ gens: [Comprehension],
                              kind: ComprehensionKind) throws {
        guard let first = gens.first else { return }
        // Outermost iterable: evaluated here, passed as `.0`.
        let scope = try enterScope(ScopeKey(tag, loc), loc)
        let isGen: Bool
        if case .generator = kind { isGen = true } else { isGen = false }
        let isAsync = scope.isAsync
        if isAsync && !isGen { try checkAwait(loc) }
        let u = CodeUnit(scope: scope, name: name, qualname: qualname(for: name), firstLine: loc.line)
        u.isGenerator = isGen && !isAsync
        u.isAsyncGenerator = isGen && isAsync
        u.isCoroutine = !isGen && isAsync
        let code: CodeObject = try withUnit(u) {
            at(loc)
            switch kind {
            case .list: emit(.buildList(0))
            case .set: emit(.buildSet(0))
            case .dict: emit(.buildMap(0))
            case .generator: break
            }
            try compileGenerators(gens, 0, kind, loc)
            if isGen { emit(.loadConst(constant(.none))) }
            emit(.returnValue)
            return try finish(u, argCount: 1, posOnly: 0, kwOnly: 0, varargs: false, varkw: false)
        }
        makeFunction(code, scope: scope, defaults: 0, hasKwDefaults: false)
        try compile(first.iter)
        at(loc)
        emit(first.isAsync ? .getAIter : .getIter)
        emit(.call(1))
        if isAsync && !isGen {
            emit(.getAwaitable)
            emit(.send)
        }
    }

    private func compileGenerators(_ gens: [Comprehension], _ level: Int, _ kind: ComprehensionKind, _ loc: SourceLocation) throws {
        let g = gens[level]
        if level == 0 {
            emit(.loadFast(0))
        } else {
            try compile(g.iter)
            at(loc)
            emit(g.isAsync ? .getAIter : .getIter)
        }
        let top = newLabel(), end = newLabel()
        place(top)
        if g.isAsync {
            emit(.setupExcept(Int32(end)))
            emit(.getANext)
            emit(.send)
            emit(.popBlock)
        } else {
            emit(.forIter(Int32(end)))
        }
        try compileStore(g.target)
        for cond in g.ifs { try compileJump(cond, ifTrue: false, to: top) }
        if level + 1 < gens.count {
            try compileGenerators(gens, level + 1, kind, loc)
        } else {
            let depth = Int32(gens.count + 1)
            switch kind {
            case .list(let elt):
                try compile(elt); emit(.listAppend(depth))
            case .set(let elt):
                try compile(elt); emit(.setAdd(depth))
            case .dict(let k, let v):
                try compile(k); try compile(v); emit(.mapAdd(depth))
            case .generator(let elt):
                try compile(elt)
                emit(unit.isAsyncGenerator ? .asyncGenYield : .yieldValue)
                emit(.pop)
            }
        }
        emit(.jump(Int32(top)))
        place(end)
        if g.isAsync { emit(.endAsyncFor) }
    }
}
