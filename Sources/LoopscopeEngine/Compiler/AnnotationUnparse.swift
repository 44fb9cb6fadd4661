// The text an annotation becomes under `from __future__ import annotations`:
// CPython turns the expression's tree back into source with its own spacing
// and only the parentheses precedence needs (Python/ast_unparse.c's rules),
// so `int|None` reads 'int | None' and `a ** -b` reads 'a ** (-b)'.

enum AnnotationUnparse {
    /// Binding strength, weakest first, as ast_unparse orders its levels.
    enum Level: Int, Comparable {
        case tuple, test, or, and, not, cmp, bor, bxor, band, shift, arith, term, factor, power, await, atom
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        var next: Level { Level(rawValue: rawValue + 1) ?? .atom }
    }

    static func text(_ e: Expr) -> String {
        var out = ""
        write(e, .test, &out)
        return out
    }

    private static func strength(of op: BinaryOp) -> Level {
        switch op {
        case .add, .sub: return .arith
        case .mul, .matmul, .truediv, .floordiv, .mod: return .term
        case .lshift, .rshift: return .shift
        case .bitor: return .bor
        case .bitxor: return .bxor
        case .bitand: return .band
        case .pow: return .power
        }
    }

    private static func wrapped(_ need: Bool, _ out: inout String, _ body: (inout String) -> Void) {
        if need { out += "(" }
        body(&out)
        if need { out += ")" }
    }

    private static func list(_ items: [Expr], _ level: Level, _ out: inout String) {
        for (i, x) in items.enumerated() {
            if i > 0 { out += ", " }
            write(x, level, &out)
        }
    }

    static func write(_ e: Expr, _ level: Level, _ out: inout String) {
        switch e.kind {
        case .name(let n): out += n
        case .constant(let c): out += constant(c)
        case .fstring(let parts): out += "f" + StrRepr.repr(fstringBody(parts))
        case .list(let items):
            out += "["; list(items, .test, &out); out += "]"
        case .set(let items):
            if items.isEmpty { out += "{*()}"; break }
            out += "{"; list(items, .test, &out); out += "}"
        case .tuple(let items):
            if items.isEmpty { out += "()"; break }
            wrapped(level > .tuple, &out) { o in
                list(items, .test, &o)
                if items.count == 1 { o += "," }
            }
        case .dict(let pairs):
            out += "{"
            for (i, p) in pairs.enumerated() {
                if i > 0 { out += ", " }
                if let k = p.key {
                    write(k, .test, &out); out += ": "; write(p.value, .test, &out)
                } else {
                    out += "**"; write(p.value, .bor, &out)
                }
            }
            out += "}"
        case .starred(let v):
            out += "*"; write(v, .bor, &out)
        case .attribute(let base, let attr):
            write(base, .atom, &out)
            // `1 .real`: a bare int literal would swallow the dot.
            if case .constant(.int) = base.kind { out += " " }
            out += "." + attr
        case .subscript(let base, let index):
            write(base, .atom, &out); out += "["; write(index, .tuple, &out); out += "]"
        case .slice(let lower, let upper, let step):
            if let lower { write(lower, .test, &out) }
            out += ":"
            if let upper { write(upper, .test, &out) }
            if let step { out += ":"; write(step, .test, &out) }
        case .call(let fn, let args, let keywords):
            write(fn, .atom, &out)
            out += "("
            var first = true
            for a in args {
                if !first { out += ", " }
                first = false
                if case .generatorExp = a.kind, args.count == 1, keywords.isEmpty {
                    comprehension(a, &out, bare: true)
                } else {
                    write(a, .test, &out)
                }
            }
            for k in keywords {
                if !first { out += ", " }
                first = false
                if let n = k.name { out += n + "="; write(k.value, .test, &out) } else { out += "**"; write(k.value, .bor, &out) }
            }
            out += ")"
        case .binary(let op, let l, let r):
            let pr = strength(of: op)
            let rightAssoc = op == .pow
            wrapped(level > pr, &out) { o in
                write(l, rightAssoc ? pr.next : pr, &o)
                o += " " + op.rawValue + " "
                write(r, rightAssoc ? pr : pr.next, &o)
            }
        case .unary(let op, let v):
            let pr: Level = op == .not ? .not : .factor
            wrapped(level > pr, &out) { o in
                o += op == .not ? "not " : op.rawValue
                write(v, pr, &o)
            }
        case .boolOp(let op, let values):
            let pr: Level = op == .and ? .and : .or
            wrapped(level > pr, &out) { o in
                for (i, v) in values.enumerated() {
                    if i > 0 { o += " " + op.rawValue + " " }
                    write(v, pr.next, &o)
                }
            }
        case .compare(let left, let rest):
            wrapped(level > .cmp, &out) { o in
                write(left, .cmp.next, &o)
                for (op, r) in rest { o += " " + op.rawValue + " "; write(r, .cmp.next, &o) }
            }
        case .ifExp(let test, let body, let orelse):
            wrapped(level > .test, &out) { o in
                write(body, .test.next, &o); o += " if "
                write(test, .test.next, &o); o += " else "
                write(orelse, .test, &o)
            }
        case .lambda(let params, let body):
            wrapped(level > .test, &out) { o in
                let args = parameters(params)
                o += args.isEmpty ? "lambda: " : "lambda " + args + ": "
                write(body, .test, &o)
            }
        case .await(let v):
            wrapped(level > .await, &out) { o in o += "await "; write(v, .atom, &o) }
        case .yield(let v):
            out += "(yield"
            if let v { out += " "; write(v, .tuple, &out) }
            out += ")"
        case .yieldFrom(let v):
            out += "(yield from "; write(v, .tuple, &out); out += ")"
        case .namedExpr(let target, let value):
            wrapped(level > .tuple, &out) { o in o += target + " := "; write(value, .atom, &o) }
        case .listComp, .setComp, .dictComp, .generatorExp:
            comprehension(e, &out, bare: false)
        }
    }

    private static func comprehension(_ e: Expr, _ out: inout String, bare: Bool) {
        let gens: [Comprehension]
        switch e.kind {
        case .listComp(let elt, let g): out += "["; write(elt, .test, &out); gens = g
        case .setComp(let elt, let g): out += "{"; write(elt, .test, &out); gens = g
        case .dictComp(let k, let v, let g):
            out += "{"; write(k, .test, &out); out += ": "; write(v, .test, &out); gens = g
        case .generatorExp(let elt, let g):
            if !bare { out += "(" }
            write(elt, .test, &out); gens = g
        default: return
        }
        for g in gens {
            out += g.isAsync ? " async for " : " for "
            write(g.target, .tuple, &out)
            out += " in "
            write(g.iter, .test.next, &out)
            for cond in g.ifs { out += " if "; write(cond, .test.next, &out) }
        }
        switch e.kind {
        case .listComp: out += "]"
        case .setComp, .dictComp: out += "}"
        default: if !bare { out += ")" }
        }
    }

    private static func parameters(_ p: Parameters) -> String {
        var parts: [String] = []
        func one(_ prm: Parameter) -> String {
            guard let d = prm.defaultValue else { return prm.name }
            var s = prm.name + "="
            write(d, .test, &s)
            return s
        }
        for (i, prm) in p.positional.enumerated() {
            parts.append(one(prm))
            if i + 1 == p.positionalOnlyCount { parts.append("/") }
        }
        if let v = p.vararg { parts.append("*" + v) } else if !p.keywordOnly.isEmpty { parts.append("*") }
        parts += p.keywordOnly.map(one)
        if let k = p.kwarg { parts.append("**" + k) }
        return parts.joined(separator: ", ")
    }

    private static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "..."
        case .int(let i): return String(i)
        case .bigint(let s): return s
        // An infinite literal (`1e999`) is written so that it reads back as one.
        case .float(let d): return d.isInfinite ? "1e309" : FloatRepr.repr(d)
        case .imaginary(let d): return (d.isInfinite ? "1e309" : ComplexText.part(d)) + "j"
        case .str(let s): return StrRepr.repr(s)
        case .bytes(let b): return BytesRepr.repr(b)
        }
    }

    /// The inside of an f-string's quotes: literal braces doubled, each
    /// replacement field as `{expr!c:spec}`.
    private static func fstringBody(_ parts: [FStringPart]) -> String {
        var s = ""
        for p in parts {
            switch p {
            case .literal(let text):
                s += text.replacingOccurrences(of: "{", with: "{{").replacingOccurrences(of: "}", with: "}}")
            case .formatted(let e, let conversion, let spec, _):
                var inner = ""
                write(e, .test.next, &inner)
                s += inner.hasPrefix("{") ? "{ " + inner : "{" + inner
                if let conversion { s += "!" + String(conversion) }
                if let spec { s += ":" + fstringBody(spec) }
                s += "}"
            }
        }
        return s
    }
}
