// Builds the scope tree of a module (CPython's symtable.c, first pass), then
// resolves every name (second pass: analyze).

enum ScopeTag {
    static let function = 1, lambda = 2, classDef = 3, listComp = 4, setComp = 5, dictComp = 6, genExp = 7
}

final class SymbolTable {
    private(set) var scopes: [ScopeKey: [Scope]] = [:]
    let top: Scope
    private var current: Scope

    init(module: Module) throws {
        top = Scope(kind: .module, name: "<module>", key: .moduleKey, parent: nil)
        current = top
        for s in module.body { try visit(s) }
        try analyze(top, enclosing: [])
    }

    /// The scope created for the node with this key (in visiting order when
    /// keys repeat, which only happens for identical source ranges).
    func scope(for key: ScopeKey) -> Scope? {
        scopes[key]?.first
    }

    /// How many times each key was taken: repeated keys hand out their
    /// scopes in visiting order.
    private var taken: [ScopeKey: Int] = [:]

    /// The next scope for `key`. The compiler emits a `finally` body once per
    /// way out of its `try` (fall-through, exception, each return or break),
    /// as CPython does, so the same lambda or comprehension is compiled again:
    /// after the last scope of a key, its scopes come round again. A scope is
    /// only read while compiling, so sharing it is safe.
    func consume(_ key: ScopeKey) -> Scope? {
        guard let list = scopes[key], !list.isEmpty else { return nil }
        let n = taken[key, default: 0]
        taken[key] = n + 1
        return list[n % list.count]
    }

    // MARK: pass 1

    private func push(_ kind: ScopeKind, _ name: String, _ key: ScopeKey) -> Scope {
        let s = Scope(kind: kind, name: name, key: key, parent: current)
        s.privateName = kind == .classBody ? name : current.privateName
        current.children.append(s)
        scopes[key, default: []].append(s)
        current = s
        return s
    }

    private func pop(_ previous: Scope) { current = previous }

    private func use(_ n: String) { current.used.insert(current.mangle(n)) }

    private func bindName(_ n: String, _ loc: SourceLocation) throws {
        current.bind(current.mangle(n))
    }

    private func declareGlobal(_ names: [String], _ loc: SourceLocation, nonlocal: Bool) throws {
        for n in names.map(current.mangle) {
            if current.bound.contains(n) || current.used.contains(n) {
                let what = current.params.contains(n) ? "parameter" : (current.bound.contains(n) ? "assigned to" : "used")
                if current.params.contains(n) {
                    throw CompileError("name '\(n)' is \(what) and \(nonlocal ? "nonlocal" : "global")", loc)
                }
                throw CompileError("name '\(n)' is \(what) prior to \(nonlocal ? "nonlocal" : "global") declaration", loc)
            }
            if nonlocal {
                if current.kind == .module { throw CompileError("nonlocal declaration not allowed at module level", loc) }
                current.nonlocals.insert(n)
            } else {
                current.globals.insert(n)
            }
        }
    }

    private func visit(_ body: [Stmt]) throws { for s in body { try visit(s) } }

    private func visit(_ s: Stmt) throws {
        switch s.kind {
        case .expr(let e): try visit(e)
        case .assign(let targets, let value):
            try visit(value)
            for t in targets { try visitTarget(t) }
        case .augAssign(let target, _, let value):
            try visit(value)
            if case .name(let n) = target.kind { use(n) }
            try visitTarget(target)
        case .annAssign(let target, let annotation, let value):
            // `x: int` binds nothing yet still makes x local, as CPython's
            // symtable does; `(x): int` without a value does not.
            try visit(annotation)
            if let value { try visit(value) }
            if case .name = target.kind, value == nil, !target.loc.startsWith(s.loc) {} else { try visitTarget(target) }
        case .functionDef(let fd):
            for d in fd.decorators { try visit(d) }
            try visitDefaults(fd.parameters)
            for a in fd.annotations { try visit(a) }
            try bindName(fd.name, s.loc)
            let saved = current
            let sc = push(.function, fd.name, ScopeKey(ScopeTag.function, s.loc))
            sc.isAsync = fd.isAsync
            try visitParams(fd.parameters)
            try visit(fd.body)
            pop(saved)
        case .classDef(let cd):
            for d in cd.decorators { try visit(d) }
            for b in cd.bases { try visit(b) }
            for k in cd.keywords { try visit(k.value) }
            try bindName(cd.name, s.loc)
            let saved = current
            _ = push(.classBody, cd.name, ScopeKey(ScopeTag.classDef, s.loc))
            try visit(cd.body)
            pop(saved)
        case .return(let e):
            if let e { try visit(e) }
        case .delete(let targets):
            for t in targets { try visitTarget(t) }
        case .pass, .break, .continue: break
        case .if(let test, let body, let orelse), .while(let test, let body, let orelse):
            try visit(test); try visit(body); try visit(orelse)
        case .for(let target, let iter, let body, let orelse, _):
            try visit(iter); try visitTarget(target); try visit(body); try visit(orelse)
        case .try(let body, let handlers, let orelse, let finalbody):
            try visit(body)
            for h in handlers {
                if let t = h.type { try visit(t) }
                if let n = h.name { try bindName(n, h.loc) }
                try visit(h.body)
            }
            try visit(orelse); try visit(finalbody)
        case .raise(let exc, let cause):
            if let exc { try visit(exc) }
            if let cause { try visit(cause) }
        case .assert(let test, let msg):
            try visit(test)
            if let msg { try visit(msg) }
        case .with(let items, let body, _):
            for i in items {
                try visit(i.context)
                if let t = i.target { try visitTarget(t) }
            }
            try visit(body)
        case .match(let subject, let cases):
            try visit(subject)
            for c in cases {
                for e in c.pattern.expressions { try visit(e) }
                for n in c.pattern.boundNames { try bindName(n, c.pattern.loc) }
                if let g = c.guardExpr { try visit(g) }
                try visit(c.body)
            }
        case .import(let aliases):
            for a in aliases {
                let bound = a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
                try bindName(bound, a.loc)
            }
        case .importFrom(_, let names, _):
            for a in names where a.name != "*" { try bindName(a.asName ?? a.name, a.loc) }
        case .global(let names): try declareGlobal(names, s.loc, nonlocal: false)
        case .nonlocal(let names): try declareGlobal(names, s.loc, nonlocal: true)
        }
    }

    private func visitDefaults(_ p: Parameters) throws {
        for prm in p.positional { if let d = prm.defaultValue { try visit(d) } }
        for prm in p.keywordOnly { if let d = prm.defaultValue { try visit(d) } }
    }

    private func visitParams(_ p: Parameters) throws {
        var all = p.positional.map(\.name) + p.keywordOnly.map(\.name)
        if let v = p.vararg { all.append(v) }
        if let k = p.kwarg { all.append(k) }
        for n in all.map(current.mangle) {
            if current.params.contains(n) {
                throw CompileError("duplicate argument '\(n)' in function definition", p.positional.first?.loc ?? SourceLocation(line: 1, column: 1))
            }
            current.params.append(n)
            current.bind(n)
        }
    }

    private func visitTarget(_ e: Expr) throws {
        switch e.kind {
        case .name(let n): try bindName(n, e.loc)
        case .tuple(let items), .list(let items): for i in items { try visitTarget(i) }
        case .starred(let inner): try visitTarget(inner)
        case .attribute(let obj, _): try visit(obj)
        case .subscript(let obj, let idx): try visit(obj); try visit(idx)
        default: try visit(e)
        }
    }

    private func visit(_ e: Expr) throws {
        switch e.kind {
        case .name(let n):
            use(n)
            if n == "super" { markClassCellUse() }
            if n == "__class__" { markClassCellUse() }
        case .constant: break
        case .fstring(let parts): try visitFString(parts)
        case .list(let items), .tuple(let items), .set(let items): for i in items { try visit(i) }
        case .dict(let pairs):
            for p in pairs { if let k = p.key { try visit(k) }; try visit(p.value) }
        case .starred(let inner): try visit(inner)
        case .attribute(let obj, _): try visit(obj)
        case .subscript(let obj, let idx): try visit(obj); try visit(idx)
        case .slice(let a, let b, let c):
            if let a { try visit(a) }
            if let b { try visit(b) }
            if let c { try visit(c) }
        case .call(let f, let args, let kws):
            try visit(f)
            for a in args { try visit(a) }
            for k in kws { try visit(k.value) }
        case .binary(_, let a, let b): try visit(a); try visit(b)
        case .unary(_, let a): try visit(a)
        case .boolOp(_, let items): for i in items { try visit(i) }
        case .compare(let first, let rest):
            try visit(first)
            for (_, x) in rest { try visit(x) }
        case .ifExp(let t, let b, let o): try visit(t); try visit(b); try visit(o)
        case .lambda(let params, let body):
            try visitDefaults(params)
            let saved = current
            _ = push(.function, "<lambda>", ScopeKey(ScopeTag.lambda, e.loc))
            try visitParams(params)
            try visit(body)
            pop(saved)
        case .await(let x):
            if current.kind == .comprehension { current.isAsync = true }
            try visit(x)
        case .yield(let x):
            if current.kind == .module || current.kind == .classBody {
                throw CompileError("'yield' outside function", e.loc)
            }
            current.isGenerator = true
            if let x { try visit(x) }
        case .yieldFrom(let x):
            if current.kind == .module || current.kind == .classBody {
                throw CompileError("'yield' outside function", e.loc)
            }
            if current.isAsync { throw CompileError("'yield from' inside async function", e.loc) }
            current.isGenerator = true
            try visit(x)
        case .namedExpr(let written, let value):
            try visit(value)
            let target = current.mangle(written)
            if current.kind == .comprehension {
                var s: Scope? = current
                while let sc = s, sc.kind == .comprehension { s = sc.parent }
                if let outer = s {
                    outer.bind(target)
                    if outer.kind == .module { current.globals.insert(target) }
                    else if outer.kind == .classBody {
                        throw CompileError("assignment expression within a comprehension cannot be used in a class body", e.loc)
                    } else { current.nonlocals.insert(target) }
                    var c: Scope? = current
                    while let cc = c, cc !== outer {
                        if cc.kind == .comprehension, cc !== current {
                            if outer.kind == .module { cc.globals.insert(target) } else { cc.nonlocals.insert(target) }
                        }
                        c = cc.parent
                    }
                }
            } else {
                current.bind(target)
            }
        case .listComp(let elt, let gens):
            try visitComprehension(ScopeTag.listComp, "<listcomp>", e.loc, gens) { try self.visit(elt) }
        case .setComp(let elt, let gens):
            try visitComprehension(ScopeTag.setComp, "<setcomp>", e.loc, gens) { try self.visit(elt) }
        case .generatorExp(let elt, let gens):
            try visitComprehension(ScopeTag.genExp, "<genexpr>", e.loc, gens, isGenerator: true) { try self.visit(elt) }
        case .dictComp(let k, let v, let gens):
            try visitComprehension(ScopeTag.dictComp, "<dictcomp>", e.loc, gens) {
                try self.visit(k); try self.visit(v)
            }
        }
    }

    private func visitFString(_ parts: [FStringPart]) throws {
        for p in parts {
            if case .formatted(let x, _, let spec, _) = p {
                try visit(x)
                if let spec { try visitFString(spec) }
            }
        }
    }

    private func visitComprehension(_ tag: Int, _ name: String, _ loc: SourceLocation, _ gens: [Comprehension],
                                    isGenerator: Bool = false, element: () throws -> Void) throws {
        guard let first = gens.first else { return }
        // The outermost iterable is evaluated in the enclosing scope.
        try visit(first.iter)
        let saved = current
        let sc = push(.comprehension, name, ScopeKey(tag, loc))
        sc.isGenerator = isGenerator
        sc.isAsync = gens.contains { $0.isAsync }
        sc.params = [".0"]
        sc.bind(".0")
        for (i, g) in gens.enumerated() {
            if i > 0 { try visit(g.iter) }
            try visitTarget(g.target)
            for cond in g.ifs { try visit(cond) }
        }
        try element()
        pop(saved)
    }

    private func markClassCellUse() {
        if current.kind == .function { current.needsClassCell = true; current.used.insert("__class__") }
    }

    // MARK: pass 2

    /// `enclosing`: scopes outside `scope`, innermost last.
    private func analyze(_ scope: Scope, enclosing: [Scope]) throws {
        switch scope.kind {
        case .module:
            for n in scope.bound.union(scope.used) { scope.resolved[n] = .globalImplicit }
        case .classBody:
            for n in scope.globals { scope.resolved[n] = .globalExplicit }
            for n in scope.nonlocals {
                guard findBinding(n, enclosing) != nil else {
                    throw CompileError("no binding for nonlocal '\(n)' found", SourceLocation(line: scope.key.line, column: scope.key.column))
                }
                scope.resolved[n] = .free
            }
            for n in scope.bound where scope.resolved[n] == nil { scope.resolved[n] = .name }
            for n in scope.used where scope.resolved[n] == nil {
                scope.resolved[n] = findBinding(n, enclosing) != nil ? .classFree : .name
            }
        case .function, .comprehension:
            for n in scope.globals { scope.resolved[n] = .globalExplicit }
            for n in scope.nonlocals {
                guard findBinding(n, enclosing) != nil else {
                    throw CompileError("no binding for nonlocal '\(n)' found", SourceLocation(line: scope.key.line, column: scope.key.column))
                }
                scope.resolved[n] = .free
            }
            for n in scope.params where scope.resolved[n] == nil { scope.resolved[n] = .fast }
            for n in scope.bindOrder where scope.resolved[n] == nil { scope.resolved[n] = .fast }
            for n in scope.used.sorted() where scope.resolved[n] == nil {
                scope.resolved[n] = findBinding(n, enclosing) != nil ? .free : .globalImplicit
            }
        }
        // Free names: register the capture along the way to the owner.
        for (n, s) in scope.resolved where s == .free || s == .classFree {
            capture(n, from: scope, enclosing: enclosing)
        }
        let childEnclosing = enclosing + [scope]
        for c in scope.children { try analyze(c, enclosing: childEnclosing) }
        if scope.isFunctionLike {
            scope.varnames = scope.params
            for n in scope.bindOrder where !scope.params.contains(n) {
                if scope.resolved[n] == .fast { scope.varnames.append(n) }
            }
        }
    }

    /// The scope that binds `n` for code in a scope nested in `enclosing`.
    private func findBinding(_ n: String, _ enclosing: [Scope]) -> Scope? {
        for s in enclosing.reversed() {
            switch s.kind {
            case .module: return nil
            case .classBody:
                if n == "__class__" { return s }
                continue
            case .function, .comprehension:
                if s.globals.contains(n) { return nil }
                if s.bound.contains(n) && !s.nonlocals.contains(n) { return s }
                if s.nonlocals.contains(n) { return s }
                if s.used.contains(n) || true {
                    // keep searching outward; the name may be free here too
                    continue
                }
            }
        }
        return nil
    }

    private func capture(_ n: String, from scope: Scope, enclosing: [Scope]) {
        if !scope.frees.contains(n) { scope.frees.append(n) }
        for s in enclosing.reversed() {
            if s.kind == .module { return }
            let owns: Bool
            switch s.kind {
            case .classBody: owns = (n == "__class__")
            default: owns = s.bound.contains(n) && !s.nonlocals.contains(n) && !s.globals.contains(n)
            }
            if owns {
                if !s.cells.contains(n) { s.cells.append(n) }
                if s.kind != .classBody { s.resolved[n] = .cell }
                return
            }
            if !s.frees.contains(n) { s.frees.append(n) }
            if s.kind != .classBody, s.resolved[n] == nil { s.resolved[n] = .free }
        }
    }
}
