// The errors CPython's symtable pass raises (Python/symtable.c): duplicate
// parameters, misplaced global/nonlocal declarations, nonlocal names with no
// binding in an enclosing function, and `yield` inside comprehensions.

final class ScopeInfo {
    enum Kind { case module, function, lambda, classBody, comprehension }
    let kind: Kind
    let parent: ScopeInfo?
    var bound: Set<String> = []
    /// Bound other than by import (CPython's DEF_LOCAL), for "assigned to before global declaration".
    var assigned: Set<String> = []
    var used: Set<String> = []
    var params: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    var nonlocalDecls: [(name: String, loc: SourceLocation)] = []
    var children: [ScopeInfo] = []
    /// "list comprehension", "generator expression", ... for comprehension scopes.
    var comprehensionName: String?
    /// Inside a comprehension's iterable expression (no walrus allowed there).
    var comprehensionIterableDepth = 0

    init(kind: Kind, parent: ScopeInfo?) {
        self.kind = kind
        self.parent = parent
        parent?.children.append(self)
    }
}

struct ScopeCheck {
    let source: SourceText

    func error(_ message: String, _ loc: SourceLocation) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, line: loc.line, column: loc.column, endLine: loc.endLine,
                        endColumn: loc.endColumn, lineText: source.lineText(loc.line))
    }

    func check(_ module: Module) throws(SyntaxErrorInfo) {
        let top = ScopeInfo(kind: .module, parent: nil)
        try visit(module.body, top)
        try resolveNonlocals(top)
    }

    func resolveNonlocals(_ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        for decl in scope.nonlocalDecls where !hasEnclosingBinding(decl.name, from: scope) {
            throw error("no binding for nonlocal '\(decl.name)' found", decl.loc)
        }
        for child in scope.children { try resolveNonlocals(child) }
    }

    func hasEnclosingBinding(_ name: String, from scope: ScopeInfo) -> Bool {
        var p = scope.parent
        while let s = p, s.kind != .module {
            if s.kind != .classBody && !s.globals.contains(name) && (s.bound.contains(name) || s.nonlocals.contains(name)) {
                return true
            }
            p = s.parent
        }
        return false
    }

    // MARK: - Statements

    func visit(_ stmts: [Stmt], _ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        for stmt in stmts { try visit(stmt, scope) }
    }

    func visit(_ stmt: Stmt, _ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        switch stmt.kind {
        case .expr(let e):
            try visit(e, scope)
        case .assign(let targets, let value):
            try visit(value, scope)
            for t in targets { try bindTarget(t, scope) }
        case .augAssign(let target, _, let value):
            try visit(value, scope)
            try bindTarget(target, scope)
        case .annAssign(let target, let annotation, let value):
            try visit(annotation, scope)
            if let value { try visit(value, scope) }
            try bindTarget(target, scope)
        case .functionDef(let def):
            for d in def.decorators { try visit(d, scope) }
            try visitDefaults(def.parameters, scope)
            for a in def.annotations { try visit(a, scope) }
            scope.bound.insert(def.name)
            scope.assigned.insert(def.name)
            let inner = ScopeInfo(kind: .function, parent: scope)
            try bindParameters(def.parameters, inner)
            try visit(def.body, inner)
        case .classDef(let def):
            for d in def.decorators { try visit(d, scope) }
            for b in def.bases { try visit(b, scope) }
            for k in def.keywords { try visit(k.value, scope) }
            scope.bound.insert(def.name)
            scope.assigned.insert(def.name)
            try visit(def.body, ScopeInfo(kind: .classBody, parent: scope))
        case .return(let value):
            if let value { try visit(value, scope) }
        case .delete(let targets):
            for t in targets { try bindTarget(t, scope) }
        case .pass, .break, .continue:
            break
        case .if(let test, let body, let orelse), .while(let test, let body, let orelse):
            try visit(test, scope)
            try visit(body, scope)
            try visit(orelse, scope)
        case .for(let target, let iter, let body, let orelse, _):
            try visit(iter, scope)
            try bindTarget(target, scope)
            try visit(body, scope)
            try visit(orelse, scope)
        case .try(let body, let handlers, let orelse, let finalbody):
            try visit(body, scope)
            for h in handlers {
                if let type = h.type { try visit(type, scope) }
                if let name = h.name { try bindName(name, scope, h.loc) }
                try visit(h.body, scope)
            }
            try visit(orelse, scope)
            try visit(finalbody, scope)
        case .raise(let exc, let cause):
            if let exc { try visit(exc, scope) }
            if let cause { try visit(cause, scope) }
        case .assert(let test, let msg):
            try visit(test, scope)
            if let msg { try visit(msg, scope) }
        case .with(let items, let body, _):
            for item in items {
                try visit(item.context, scope)
                if let t = item.target { try bindTarget(t, scope) }
            }
            try visit(body, scope)
        case .match(let subject, let cases):
            try visit(subject, scope)
            for c in cases {
                for e in c.pattern.expressions { try visit(e, scope) }
                for n in c.pattern.boundNames { try bindName(n, scope, c.pattern.loc) }
                if let g = c.guardExpr { try visit(g, scope) }
                try visit(c.body, scope)
            }
        case .import(let aliases):
            for a in aliases {
                let name = a.asName ?? String(a.name.split(separator: ".").first ?? Substring(a.name))
                try bindName(name, scope, a.loc, isImport: true)
            }
        case .importFrom(_, let aliases, _):
            for a in aliases where a.name != "*" { try bindName(a.asName ?? a.name, scope, a.loc, isImport: true) }
        case .global(let names):
            for name in names {
                if scope.params.contains(name) { throw error("name '\(name)' is parameter and global", stmt.loc) }
                if scope.nonlocals.contains(name) { throw error("name '\(name)' is nonlocal and global", stmt.loc) }
                if scope.used.contains(name) {
                    throw error("name '\(name)' is used prior to global declaration", stmt.loc)
                }
                if scope.assigned.contains(name) {
                    throw error("name '\(name)' is assigned to before global declaration", stmt.loc)
                }
                scope.globals.insert(name)
            }
        case .nonlocal(let names):
            if scope.kind == .module { throw error("nonlocal declaration not allowed at module level", stmt.loc) }
            for name in names {
                if scope.params.contains(name) { throw error("name '\(name)' is parameter and nonlocal", stmt.loc) }
                if scope.globals.contains(name) { throw error("name '\(name)' is nonlocal and global", stmt.loc) }
                if scope.used.contains(name) {
                    throw error("name '\(name)' is used prior to nonlocal declaration", stmt.loc)
                }
                if scope.assigned.contains(name) {
                    throw error("name '\(name)' is assigned to before nonlocal declaration", stmt.loc)
                }
                scope.nonlocals.insert(name)
                scope.nonlocalDecls.append((name, stmt.loc))
            }
        }
    }

    func visitDefaults(_ p: Parameters, _ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        for param in p.positional + p.keywordOnly {
            if let d = param.defaultValue { try visit(d, scope) }
        }
    }

    func bindParameters(_ p: Parameters, _ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        var all = p.positional.map { ($0.name, $0.loc) }
        if let v = p.vararg { all.append((v, SourceLocation(line: 0, column: 0))) }
        all += p.keywordOnly.map { ($0.name, $0.loc) }
        if let k = p.kwarg { all.append((k, SourceLocation(line: 0, column: 0))) }
        for (name, loc) in all {
            if scope.params.contains(name) {
                throw error("duplicate argument '\(name)' in function definition", loc)
            }
            scope.params.insert(name)
            scope.bound.insert(name)
        }
    }

    func bindName(_ name: String, _ scope: ScopeInfo, _ loc: SourceLocation, isImport: Bool = false) throws(SyntaxErrorInfo) {
        scope.bound.insert(name)
        if !isImport { scope.assigned.insert(name) }
    }

    func bindTarget(_ e: Expr, _ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        switch e.kind {
        case .name(let name):
            scope.bound.insert(name)
            scope.assigned.insert(name)
        case .tuple(let elements), .list(let elements):
            for el in elements { try bindTarget(el, scope) }
        case .starred(let value):
            try bindTarget(value, scope)
        default:
            try visit(e, scope)
        }
    }

    // MARK: - Expressions

    func visit(_ e: Expr, _ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        switch e.kind {
        case .name(let name):
            scope.used.insert(name)
        case .constant:
            break
        case .fstring(let parts):
            try visitParts(parts, scope)
        case .list(let els), .tuple(let els), .set(let els):
            for el in els { try visit(el, scope) }
        case .dict(let items):
            for item in items {
                if let k = item.key { try visit(k, scope) }
                try visit(item.value, scope)
            }
        case .starred(let v), .attribute(let v, _), .unary(_, let v), .await(let v), .yieldFrom(let v):
            if case .yieldFrom = e.kind { try checkYield(e, scope) }
            try visit(v, scope)
        case .subscript(let a, let b), .binary(_, let a, let b):
            try visit(a, scope)
            try visit(b, scope)
        case .slice(let lower, let upper, let step):
            for part in [lower, upper, step] { if let part { try visit(part, scope) } }
        case .call(let f, let args, let keywords):
            try visit(f, scope)
            for a in args { try visit(a, scope) }
            for k in keywords { try visit(k.value, scope) }
        case .boolOp(_, let values):
            for v in values { try visit(v, scope) }
        case .compare(let left, let rest):
            try visit(left, scope)
            for (_, r) in rest { try visit(r, scope) }
        case .ifExp(let test, let body, let orelse):
            try visit(test, scope)
            try visit(body, scope)
            try visit(orelse, scope)
        case .lambda(let params, let body):
            try visitDefaults(params, scope)
            let inner = ScopeInfo(kind: .lambda, parent: scope)
            try bindParameters(params, inner)
            try visit(body, inner)
        case .yield(let v):
            try checkYield(e, scope)
            if let v { try visit(v, scope) }
        case .namedExpr(let target, let value):
            if scope.comprehensionIterableDepth > 0 {
                throw error("assignment expression cannot be used in a comprehension iterable expression", e.loc)
            }
            try visit(value, scope)
            var s = scope
            while s.kind == .comprehension, let p = s.parent { s = p }
            s.bound.insert(target)
            s.assigned.insert(target)
        case .listComp(let elt, let gens):
            try visitComprehension([elt], gens, scope, name: "list comprehension")
        case .setComp(let elt, let gens):
            try visitComprehension([elt], gens, scope, name: "set comprehension")
        case .generatorExp(let elt, let gens):
            try visitComprehension([elt], gens, scope, name: "generator expression")
        case .dictComp(let key, let value, let gens):
            try visitComprehension([key, value], gens, scope, name: "dict comprehension")
        }
    }

    func visitParts(_ parts: [FStringPart], _ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        for part in parts {
            if case .formatted(let e, _, let spec, _) = part {
                try visit(e, scope)
                if let spec { try visitParts(spec, scope) }
            }
        }
    }

    func checkYield(_ e: Expr, _ scope: ScopeInfo) throws(SyntaxErrorInfo) {
        if let name = scope.comprehensionName {
            throw error("'yield' inside \(name)", e.loc)
        }
    }

    func visitComprehension(_ elts: [Expr], _ gens: [Comprehension], _ scope: ScopeInfo, name: String) throws(SyntaxErrorInfo) {
        guard let first = gens.first else { return }
        scope.comprehensionIterableDepth += 1
        defer { scope.comprehensionIterableDepth -= 1 }
        try visit(first.iter, scope)
        scope.comprehensionIterableDepth -= 1
        defer { scope.comprehensionIterableDepth += 1 }
        let inner = ScopeInfo(kind: .comprehension, parent: scope)
        inner.comprehensionName = name
        for (i, gen) in gens.enumerated() {
            if i > 0 {
                inner.comprehensionIterableDepth += 1
                defer { inner.comprehensionIterableDepth -= 1 }
                try visit(gen.iter, inner)
            }
            try bindTarget(gen.target, inner)
            for cond in gen.ifs { try visit(cond, inner) }
        }
        for elt in elts { try visit(elt, inner) }
    }
}
