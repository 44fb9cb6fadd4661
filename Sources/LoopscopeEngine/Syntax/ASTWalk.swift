// Generic traversal helpers over the AST, and the tree-height bound that keeps
// later recursive passes (checks, the compiler, deallocation) within the stack.

extension Expr {
    /// Calls `body` with every direct sub-expression, in source order
    /// (including lambda bodies, comprehension parts and f-string fields).
    public func forEachChild(_ body: (Expr) -> Void) {
        func params(_ p: Parameters) {
            for param in p.positional + p.keywordOnly { if let d = param.defaultValue { body(d) } }
        }
        func parts(_ ps: [FStringPart]) {
            for case .formatted(let e, _, let spec, _) in ps {
                body(e)
                if let spec { parts(spec) }
            }
        }
        func comps(_ gens: [Comprehension]) {
            for g in gens {
                body(g.target)
                body(g.iter)
                g.ifs.forEach(body)
            }
        }
        switch kind {
        case .name, .constant: break
        case .fstring(let ps): parts(ps)
        case .list(let els), .tuple(let els), .set(let els), .boolOp(_, let els): els.forEach(body)
        case .dict(let items):
            for item in items {
                if let k = item.key { body(k) }
                body(item.value)
            }
        case .starred(let v), .attribute(let v, _), .unary(_, let v), .await(let v), .yieldFrom(let v),
             .namedExpr(_, let v):
            body(v)
        case .subscript(let a, let b), .binary(_, let a, let b):
            body(a)
            body(b)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step] { if let part { body(part) } }
        case .call(let f, let args, let keywords):
            body(f)
            args.forEach(body)
            keywords.forEach { body($0.value) }
        case .compare(let left, let rest):
            body(left)
            rest.forEach { body($0.1) }
        case .ifExp(let test, let b, let orelse):
            body(test)
            body(b)
            body(orelse)
        case .lambda(let p, let b):
            params(p)
            body(b)
        case .yield(let v):
            if let v { body(v) }
        case .listComp(let elt, let gens), .setComp(let elt, let gens), .generatorExp(let elt, let gens):
            body(elt)
            comps(gens)
        case .dictComp(let key, let value, let gens):
            body(key)
            body(value)
            comps(gens)
        }
    }
}

extension Stmt {
    /// Expressions directly in this statement (not in nested statements).
    public func forEachExpression(_ body: (Expr) -> Void) {
        func params(_ p: Parameters) {
            for param in p.positional + p.keywordOnly { if let d = param.defaultValue { body(d) } }
        }
        switch kind {
        case .expr(let e): body(e)
        case .assign(let targets, let value):
            targets.forEach(body)
            body(value)
        case .augAssign(let t, _, let v):
            body(t)
            body(v)
        case .annAssign(let t, let a, let v):
            body(t)
            body(a)
            if let v { body(v) }
        case .functionDef(let def):
            def.decorators.forEach(body)
            params(def.parameters)
        case .classDef(let def):
            def.decorators.forEach(body)
            def.bases.forEach(body)
            def.keywords.forEach { body($0.value) }
        case .return(let v): if let v { body(v) }
        case .delete(let ts): ts.forEach(body)
        case .if(let test, _, _), .while(let test, _, _): body(test)
        case .for(let t, let iter, _, _, _):
            body(t)
            body(iter)
        case .try(_, let handlers, _, _): handlers.forEach { if let t = $0.type { body(t) } }
        case .raise(let exc, let cause):
            if let exc { body(exc) }
            if let cause { body(cause) }
        case .assert(let test, let msg):
            body(test)
            if let msg { body(msg) }
        case .with(let items, _, _):
            for item in items {
                body(item.context)
                if let t = item.target { body(t) }
            }
        case .match(let subject, let cases):
            body(subject)
            for c in cases {
                c.pattern.expressions.forEach(body)
                if let g = c.guardExpr { body(g) }
            }
        case .pass, .break, .continue, .import, .importFrom, .global, .nonlocal: break
        }
    }

    /// Statements nested directly inside this one (bodies, handlers, else/finally blocks).
    public var childBlocks: [[Stmt]] {
        switch kind {
        case .functionDef(let def): return [def.body]
        case .classDef(let def): return [def.body]
        case .if(_, let body, let orelse), .while(_, let body, let orelse), .for(_, _, let body, let orelse, _):
            return [body, orelse]
        case .try(let body, let handlers, let orelse, let finalbody):
            return [body] + handlers.map(\.body) + [orelse, finalbody]
        case .with(_, let body, _): return [body]
        case .match(_, let cases): return cases.map(\.body)
        default: return []
        }
    }
}

/// CPython's compiler gives up near 3000 ("maximum recursion depth exceeded
/// during compilation"). We stop at 1000 with "too complex": recursive passes
/// over the tree (checks, compiler, dump) have multi-KB frames in debug builds
/// and must fit an 8 MB stack. Real programs nest a few dozen levels at most.
let maxExpressionHeight = 1000

/// The first expression whose tree is deeper than `limit`, found without recursion.
func firstTooDeepExpression(_ stmts: [Stmt], limit: Int = maxExpressionHeight) -> Expr? {
    var blocks: [[Stmt]] = [stmts]
    while let block = blocks.popLast() {
        for stmt in block {
            var found: Expr?
            func check(_ root: Expr) {
                if found != nil { return }
                var stack: [(Expr, Int)] = [(root, 1)]
                while let (e, height) = stack.popLast() {
                    if height > limit {
                        found = root
                        return
                    }
                    e.forEachChild { stack.append(($0, height + 1)) }
                }
            }
            stmt.forEachExpression(check)
            // Annotations are compiled too, though not among a statement's expressions.
            if case .functionDef(let def) = stmt.kind { def.annotations.forEach(check) }
            if let found { return found }
            blocks.append(contentsOf: stmt.childBlocks)
        }
    }
    return nil
}
