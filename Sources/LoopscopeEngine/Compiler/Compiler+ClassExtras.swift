// The parts of a class statement that only metaclass-aware code reads:
// class keywords (`metaclass=M`, `**kw`) and `__annotations__` (dataclasses,
// NamedTuple and TypedDict are built from it).

extension Compiler {
    static let classKeywordsFlag: Int32 = 1 << 16

    /// Pushes one dict holding the class statement's keywords.
    func compileClassKeywords(_ keywords: [Keyword]) throws {
        emit(.buildMap(0))
        for k in keywords {
            if let n = k.name {
                emit(.loadConst(constant(.str(n))))
                try compile(k.value)
                emit(.buildMap(1))
            } else {
                try compile(k.value)
            }
            emit(.dictUpdate(1))
        }
    }

    static func isSimpleAnnotation(_ s: Stmt) -> Bool {
        if case .annAssign(let target, _, _) = s.kind, case .name = target.kind { return true }
        return false
    }

    /// `__annotations__[name] = annotation` in a class body.
    func compileClassAnnotation(_ n: String, _ annotation: Expr) throws {
        if futureAnnotations {
            emit(.loadConst(constant(.str(Self.annotationText(annotation)))))
        } else {
            try compile(annotation)
        }
        emit(.loadName(name("__annotations__")))
        emit(.loadConst(constant(.str(n))))
        emit(.storeSubscr)
    }

    /// The source form of an annotation, as `from __future__ import annotations` keeps it.
    static func annotationText(_ e: Expr) -> String {
        switch e.kind {
        case .name(let n): return n
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .true: return "True"
            case .false: return "False"
            case .ellipsis: return "..."
            case .int(let i): return String(i)
            case .bigint(let s): return s
            case .float(let d): return String(d)
            case .str(let s): return "'" + s + "'"
            case .bytes(let b): return BytesRepr.repr(b)
            }
        case .attribute(let base, let attr): return annotationText(base) + "." + attr
        case .subscript(let base, let index):
            var inner = annotationText(index)
            if case .tuple(let items) = index.kind { inner = items.map(annotationText).joined(separator: ", ") }
            return annotationText(base) + "[" + inner + "]"
        case .tuple(let items): return "(" + items.map(annotationText).joined(separator: ", ") + ")"
        case .list(let items): return "[" + items.map(annotationText).joined(separator: ", ") + "]"
        case .binary(let op, let l, let r): return annotationText(l) + " " + op.rawValue + " " + annotationText(r)
        default: return "..."
        }
    }
}
