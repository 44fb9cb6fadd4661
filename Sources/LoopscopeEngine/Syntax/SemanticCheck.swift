// The compile-time errors CPython's compiler raises after parsing
// (Python/compile.c): return/yield/await/break/continue in the wrong place,
// async constructs outside async functions, starred expressions where they
// cannot go, and repeated keyword arguments. Runs after ScopeCheck, as
// CPython's compiler runs after its symtable.

struct SemanticCheck {
    let source: SourceText
    let sink = WarningSink()

    func warn(_ message: String?, line: Int) {
        guard let message else { return }
        sink.warnings.append(SyntaxWarningInfo(message: message, line: line, lineText: source.lineText(line)))
    }

    enum Context: Equatable { case module, function, asyncFunction, lambda, classBody, comprehension }

    struct State {
        var context: Context = .module
        var loopDepth = 0
        /// The function context enclosing comprehensions (for async comprehension checks).
        var enclosing: Context = .module
        /// An async def whose body yields: `return value` is an error there.
        var isAsyncGenerator = false
        /// The line of the module's last opening future import (FutureCheck).
        var futureLine = 0
    }

    func error(_ message: String, _ loc: SourceLocation) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, line: loc.line, column: loc.column, endLine: loc.endLine,
                        endColumn: loc.endColumn, lineText: source.lineText(loc.line))
    }

    /// Checks the module; returns the SyntaxWarnings compiling it would print.
    @discardableResult
    func check(_ module: Module) throws(SyntaxErrorInfo) -> [SyntaxWarningInfo] {
        var state = State()
        state.futureLine = try FutureCheck(source: source).check(module)
        try ScopeCheck(source: source).check(module)
        try visit(module.body, state)
        return sink.warnings
    }

    func visit(_ stmts: [Stmt], _ state: State) throws(SyntaxErrorInfo) {
        for stmt in stmts { try visit(stmt, state) }
    }

    var isInFunction: (State) -> Bool {
        { [.function, .asyncFunction, .lambda].contains($0.context) }
    }

    func visit(_ stmt: Stmt, _ state: State) throws(SyntaxErrorInfo) {
        var loopState = state
        loopState.loopDepth += 1
        switch stmt.kind {
        case .expr(let e):
            try visit(e, state)
        case .assign(let targets, let value):
            try visit(value, state)
            for t in targets { try visitTarget(t, state) }
        case .augAssign(let target, _, let value):
            try visitStored(target, state)
            try visit(value, state)
        case .annAssign(let target, _, let value):
            if let value { try visit(value, state) }
            try visitTarget(target, state)
        case .functionDef(let def):
            for d in def.decorators { try visit(d, state) }
            try visitDefaults(def.parameters, state)
            var inner = State()
            inner.futureLine = state.futureLine
            inner.context = def.isAsync ? .asyncFunction : .function
            inner.enclosing = inner.context
            inner.isAsyncGenerator = def.isAsync && bodyYields(def.body)
            try visit(def.body, inner)
        case .classDef(let def):
            for d in def.decorators { try visit(d, state) }
            for b in def.bases { try visit(b, state) }
            try checkKeywords(def.keywords)
            for k in def.keywords { try visit(k.value, state) }
            var inner = State()
            inner.futureLine = state.futureLine
            inner.context = .classBody
            try visit(def.body, inner)
        case .return(let value):
            if !isInFunction(state) { throw error("'return' outside function", stmt.loc) }
            if let value {
                if state.isAsyncGenerator { throw error("'return' with value in async generator", stmt.loc) }
                try visit(value, state)
            }
        case .delete(let targets):
            for t in targets { try visitStored(t, state) }
        case .pass:
            break
        case .break:
            if state.loopDepth == 0 { throw error("'break' outside loop", stmt.loc) }
        case .continue:
            if state.loopDepth == 0 { throw error("'continue' not properly in loop", stmt.loc) }
        case .if(let test, let body, let orelse):
            try visit(test, state)
            try visit(body, state)
            try visit(orelse, state)
        case .while(let test, let body, let orelse):
            try visit(test, state)
            try visit(body, loopState)
            try visit(orelse, state)
        case .for(let target, let iter, let body, let orelse, let isAsync):
            if isAsync && state.context != .asyncFunction {
                throw error("'async for' outside async function", stmt.loc)
            }
            try visitTarget(target, state)
            try visit(iter, state)
            try visit(body, loopState)
            try visit(orelse, state)
        case .try(let body, let handlers, let orelse, let finalbody):
            try visit(body, state)
            for h in handlers {
                if let type = h.type { try visit(type, state) }
                try visit(h.body, state)
            }
            try visit(orelse, state)
            try visit(finalbody, state)
        case .raise(let exc, let cause):
            if let exc { try visit(exc, state) }
            if let cause { try visit(cause, state) }
        case .assert(let test, let msg):
            if case .tuple(let elements) = test.kind, !elements.isEmpty, !LiteralChecks.isConstant(test) {
                warn("assertion is always true, perhaps remove parentheses?", line: stmt.loc.line)
            }
            try visit(test, state)
            if let msg { try visit(msg, state) }
        case .with(let items, let body, let isAsync):
            if isAsync && state.context != .asyncFunction {
                throw error("'async with' outside async function", stmt.loc)
            }
            for item in items {
                try visit(item.context, state)
                if let t = item.target { try visitTarget(t, state) }
            }
            try visit(body, state)
        case .match(let subject, let cases):
            try visit(subject, state)
            for c in cases {
                for e in c.pattern.expressions { try visit(e, state) }
                if let g = c.guardExpr { try visit(g, state) }
                try visit(c.body, state)
            }
        case .importFrom:
            try FutureCheck.checkPlacement(stmt, futureLine: state.futureLine, source: source)
        case .import, .global, .nonlocal:
            break
        }
    }

    func visitDefaults(_ p: Parameters, _ state: State) throws(SyntaxErrorInfo) {
        for param in p.positional + p.keywordOnly {
            if let d = param.defaultValue { try visit(d, state) }
        }
    }

    /// Assignment targets: a bare starred target and two starred names are errors.
    func visitTarget(_ e: Expr, _ state: State) throws(SyntaxErrorInfo) {
        switch e.kind {
        case .starred:
            throw error("starred assignment target must be in a list or tuple", e.loc)
        case .tuple(let elements), .list(let elements):
            var starred = 0
            for el in elements {
                if case .starred(let inner) = el.kind {
                    starred += 1
                    if starred > 1 { throw error("multiple starred expressions in assignment", e.loc) }
                    try visitTarget(inner, state)
                } else {
                    try visitTarget(el, state)
                }
            }
        default:
            try visitStored(e, state)
        }
    }

    /// A store or delete target: its parts are evaluated, but the literal
    /// checks for loads do not apply (CPython checks only Load subscripts).
    func visitStored(_ e: Expr, _ state: State) throws(SyntaxErrorInfo) {
        switch e.kind {
        case .subscript(let a, let b):
            try visit(a, state)
            try visit(b, state)
        case .attribute(let a, _):
            try visit(a, state)
        default:
            try visit(e, state)
        }
    }

    func checkKeywords(_ keywords: [Keyword]) throws(SyntaxErrorInfo) {
        var seen = Set<String>()
        for k in keywords {
            guard let name = k.name else { continue }
            if !seen.insert(name).inserted { throw error("keyword argument repeated: \(name)", k.loc) }
        }
    }

    /// Elements that may be `*x`: display elements and call arguments.
    func visitElements(_ elements: [Expr], _ state: State) throws(SyntaxErrorInfo) {
        for el in elements {
            if case .starred(let inner) = el.kind { try visit(inner, state) } else { try visit(el, state) }
        }
    }

    func visit(_ e: Expr, _ state: State) throws(SyntaxErrorInfo) {
        switch e.kind {
        case .name, .constant:
            break
        case .fstring(let parts):
            try visitParts(parts, state)
        case .list(let els), .tuple(let els), .set(let els):
            try visitElements(els, state)
        case .dict(let items):
            for item in items {
                if let k = item.key { try visit(k, state) }
                try visit(item.value, state)
            }
        case .starred:
            throw error("can't use starred expression here", e.loc)
        case .attribute(let v, _), .unary(_, let v):
            try visit(v, state)
        case .subscript(let a, let b):
            warn(LiteralChecks.subscripterWarning(a) ?? LiteralChecks.indexWarning(a, b), line: e.loc.line)
            try visit(a, state)
            if case .tuple(let els) = b.kind { try visitElements(els, state) } else { try visit(b, state) }
        case .binary(_, let a, let b):
            try visit(a, state)
            try visit(b, state)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step] { if let part { try visit(part, state) } }
        case .call(let f, let args, let keywords):
            warn(LiteralChecks.callerWarning(f), line: e.loc.line)
            try visit(f, state)
            try visitElements(args, state)
            try checkKeywords(keywords)
            for k in keywords { try visit(k.value, state) }
        case .boolOp(_, let values):
            for v in values { try visit(v, state) }
        case .compare(let left, let rest):
            warn(LiteralChecks.compareWarning(left, rest), line: e.loc.line)
            try visit(left, state)
            for (_, r) in rest { try visit(r, state) }
        case .ifExp(let test, let body, let orelse):
            try visit(test, state)
            try visit(body, state)
            try visit(orelse, state)
        case .lambda(let params, let body):
            try visitDefaults(params, state)
            var inner = State()
            inner.context = .lambda
            inner.enclosing = .lambda
            try visit(body, inner)
        case .await(let v):
            switch state.context {
            case .module, .classBody: throw error("'await' outside function", e.loc)
            case .function, .lambda: throw error("'await' outside async function", e.loc)
            case .asyncFunction, .comprehension: break
            }
            try visit(v, state)
        case .yield(let v):
            if !isInFunction(state) && state.context != .comprehension {
                throw error("'yield' outside function", e.loc)
            }
            if let v {
                if case .tuple(let els) = v.kind { try visitElements(els, state) } else { try visit(v, state) }
            }
        case .yieldFrom(let v):
            if !isInFunction(state) && state.context != .comprehension {
                throw error("'yield' outside function", e.loc)
            }
            if state.context == .asyncFunction { throw error("'yield from' inside async function", e.loc) }
            try visit(v, state)
        case .namedExpr(_, let value):
            try visit(value, state)
        case .listComp(let elt, let gens), .setComp(let elt, let gens):
            try visitComprehension(e, [elt], gens, state, isGenerator: false)
        case .generatorExp(let elt, let gens):
            try visitComprehension(e, [elt], gens, state, isGenerator: true)
        case .dictComp(let key, let value, let gens):
            try visitComprehension(e, [key, value], gens, state, isGenerator: false)
        }
    }

    func visitParts(_ parts: [FStringPart], _ state: State) throws(SyntaxErrorInfo) {
        for part in parts {
            if case .formatted(let e, _, let spec, _) = part {
                try visit(e, state)
                if let spec { try visitParts(spec, state) }
            }
        }
    }

    func visitComprehension(_ node: Expr, _ elts: [Expr], _ gens: [Comprehension], _ state: State,
                            isGenerator: Bool) throws(SyntaxErrorInfo) {
        guard let first = gens.first else { return }
        try visit(first.iter, state)
        let isAsync = gens.contains { $0.isAsync } || containsAwait(elts, gens)
        let enclosing = state.context == .comprehension ? state.enclosing : state.context
        if isAsync && !isGenerator && enclosing != .asyncFunction && state.context != .comprehension {
            throw error("asynchronous comprehension outside of an asynchronous function", node.loc)
        }
        var inner = State()
        inner.context = .comprehension
        inner.enclosing = enclosing
        for (i, gen) in gens.enumerated() {
            if i > 0 { try visit(gen.iter, inner) }
            try visitTarget(gen.target, inner)
            for cond in gen.ifs { try visit(cond, inner) }
        }
        for elt in elts { try visit(elt, inner) }
    }

    /// Whether a function body contains `yield` in its own scope.
    func bodyYields(_ body: [Stmt]) -> Bool {
        body.contains { stmtYields($0) }
    }

    func stmtYields(_ stmt: Stmt) -> Bool {
        func y(_ e: Expr?) -> Bool { e.map(yields) ?? false }
        switch stmt.kind {
        case .expr(let e): return yields(e)
        case .assign(let targets, let value): return y(value) || targets.contains(where: yields)
        case .augAssign(let t, _, let v): return y(t) || y(v)
        case .annAssign(let t, _, let v): return y(t) || y(v)
        case .return(let v): return y(v)
        case .delete(let ts): return ts.contains(where: yields)
        case .if(let test, let body, let orelse), .while(let test, let body, let orelse):
            return y(test) || bodyYields(body) || bodyYields(orelse)
        case .for(let t, let iter, let body, let orelse, _):
            return y(t) || y(iter) || bodyYields(body) || bodyYields(orelse)
        case .try(let body, let handlers, let orelse, let finalbody):
            return bodyYields(body) || handlers.contains { y($0.type) || bodyYields($0.body) }
                || bodyYields(orelse) || bodyYields(finalbody)
        case .raise(let exc, let cause): return y(exc) || y(cause)
        case .assert(let test, let msg): return y(test) || y(msg)
        case .with(let items, let body, _):
            return items.contains { y($0.context) || y($0.target) } || bodyYields(body)
        case .match(let subject, let cases):
            return y(subject) || cases.contains { y($0.guardExpr) || bodyYields($0.body) }
        case .functionDef(let def): return def.decorators.contains(where: yields)
        case .classDef(let def): return def.decorators.contains(where: yields) || def.bases.contains(where: yields)
        case .pass, .break, .continue, .import, .importFrom, .global, .nonlocal: return false
        }
    }

    func yields(_ e: Expr) -> Bool {
        switch e.kind {
        case .yield, .yieldFrom: return true
        default:
            var found = false
            forEachChildInScope(e) { child in if !found { found = yields(child) } }
            return found
        }
    }

    /// Whether a comprehension's own scope awaits (not counting nested functions).
    func containsAwait(_ elts: [Expr], _ gens: [Comprehension]) -> Bool {
        var exprs = elts
        for (i, gen) in gens.enumerated() {
            if i > 0 { exprs.append(gen.iter) }
            exprs.append(contentsOf: gen.ifs)
        }
        return exprs.contains { awaits($0) }
    }

    func awaits(_ e: Expr) -> Bool {
        if case .await = e.kind { return true }
        var found = false
        forEachChildInScope(e) { child in
            if !found, case .await = child.kind { found = true }
            if !found { found = awaits(child) }
        }
        return found
    }

    /// Direct sub-expressions in the same scope (lambdas and comprehensions are other scopes).
    func forEachChildInScope(_ e: Expr, _ body: (Expr) -> Void) {
        switch e.kind {
        case .lambda, .listComp, .setComp, .dictComp, .generatorExp:
            return
        default:
            e.forEachChild(body)
        }
    }
}
