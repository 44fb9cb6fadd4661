// Annotations, as CPython 3.11 evaluates them: a def's parameter and return
// annotations become one dict handed to MAKE_FUNCTION (built once per `def`,
// never at call time); `x: T` in a module or class body stores into the
// namespace's `__annotations__`, set up first when the body has any; in a
// function body the annotation is not evaluated at all. Under `from
// __future__ import annotations` every annotation is its source text.

extension Compiler {
    /// MAKE_FUNCTION's flag: an annotations dict lies under the closure cells.
    static let annotationsFlag: Int32 = 1 << 24

    /// Pushes the dict for `def`'s annotations; false (nothing pushed) when it has none.
    func compileFunctionAnnotations(_ fd: FunctionDef) throws -> Bool {
        let p = fd.parameters
        // CPython's order: ordinary positional parameters, then the
        // positional-only ones, `*args`, keyword-only, `**kwargs`, 'return'.
        var pairs: [(String, Expr)] = []
        func add(_ prms: ArraySlice<Parameter>) {
            for prm in prms { if let a = prm.annotation { pairs.append((unit.scope.mangle(prm.name), a)) } }
        }
        add(p.positional[p.positionalOnlyCount...])
        add(p.positional[..<p.positionalOnlyCount])
        if let v = p.vararg, let a = p.varargAnnotation { pairs.append((unit.scope.mangle(v), a)) }
        add(p.keywordOnly[...])
        if let k = p.kwarg, let a = p.kwargAnnotation { pairs.append((unit.scope.mangle(k), a)) }
        if let r = fd.returns { pairs.append(("return", r)) }
        if pairs.isEmpty { return false }
        for (n, a) in pairs {
            emit(.loadConst(constant(.str(n))))
            try compileAnnotationValue(a)
        }
        emit(.buildMap(Int32(pairs.count)))
        return true
    }

    func compileAnnotationValue(_ a: Expr) throws {
        if futureAnnotations {
            emit(.loadConst(constant(.str(AnnotationUnparse.text(a)))))
        } else {
            try compile(a)
        }
    }

    /// `x: T` (after any value was stored): only a bare name in a module or class
    /// body is recorded. Without a value, the object (and index) of an
    /// `obj.attr: T` or `obj[i]: T` target is still evaluated, in every scope;
    /// an annotation that is not recorded is evaluated and dropped, outside functions.
    func compileVariableAnnotation(_ target: Expr, _ annotation: Expr, hasValue: Bool, at stmt: SourceLocation) throws {
        let recordable = unit.isClassBody || unit.isModule
        if case .name(let n) = target.kind, target.loc.startsWith(stmt) {
            guard recordable else { return }
            try compileAnnotationValue(annotation)
            emit(unit.isModule ? .loadGlobal(name("__annotations__")) : .loadName(name("__annotations__")))
            emit(.loadConst(constant(.str(unit.scope.mangle(n)))))
            emit(.storeSubscr)
            return
        }
        if !hasValue {
            switch target.kind {
            case .attribute(let obj, _):
                try compile(obj); emit(.pop)
            case .subscript(let obj, let index):
                try compile(obj); emit(.pop)
                try compile(index); emit(.pop)
            default: break
            }
        }
        if recordable && !futureAnnotations {
            try compile(annotation)
            emit(.pop)
        }
    }

    /// SETUP_ANNOTATIONS: an empty `__annotations__` first, when the body annotates anything.
    func setUpAnnotations(_ body: [Stmt]) {
        guard Self.annotates(body) else { return }
        emit(.buildMap(0))
        emit(unit.isModule ? .storeGlobal(name("__annotations__")) : .storeName(name("__annotations__")))
    }

    /// Whether `body` holds an annotated assignment outside nested defs and classes.
    static func annotates(_ body: [Stmt]) -> Bool {
        body.contains { s in
            switch s.kind {
            case .annAssign: return true
            case .if(_, let a, let b), .while(_, let a, let b), .for(_, _, let a, let b, _):
                return annotates(a) || annotates(b)
            case .try(let body, let handlers, let orelse, let finalbody):
                return annotates(body) || handlers.contains { annotates($0.body) } || annotates(orelse) || annotates(finalbody)
            case .with(_, let b, _): return annotates(b)
            case .match(_, let cases): return cases.contains { annotates($0.body) }
            default: return false
            }
        }
    }
}
