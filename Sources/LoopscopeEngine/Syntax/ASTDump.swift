// A compact, readable rendering of the AST for tests and debugging:
// expressions as prefix forms (`(+ a (* b c))`), statements one per line with
// their bodies indented.

public func dump(_ module: Module) -> String {
    var out = ""
    dumpBody(module.body, indent: "", into: &out)
    return out
}

public func dump(_ expr: Expr) -> String {
    switch expr.kind {
    case .name(let n): return n
    case .constant(let c): return dump(c)
    case .fstring(let parts): return "(f" + parts.map { " " + dump($0) }.joined() + ")"
    case .list(let els): return form("list", els.map(dump))
    case .tuple(let els): return form("tuple", els.map(dump))
    case .set(let els): return form("set", els.map(dump))
    case .dict(let items):
        return form("dict", items.map { item in item.key.map { dump($0) + ":" + dump(item.value) } ?? "**" + dump(item.value) })
    case .starred(let v): return "(* \(dump(v)))"
    case .attribute(let v, let name): return "(. \(dump(v)) \(name))"
    case .subscript(let v, let i): return "(sub \(dump(v)) \(dump(i)))"
    case .slice(let lo, let hi, let step):
        return "(slice \(lo.map(dump) ?? "_") \(hi.map(dump) ?? "_") \(step.map(dump) ?? "_"))"
    case .call(let f, let args, let keywords):
        return form("call", [dump(f)] + args.map(dump) + keywords.map(dump))
    case .binary(let op, let a, let b): return "(\(op.rawValue) \(dump(a)) \(dump(b)))"
    case .unary(let op, let a):
        let name = switch op { case .neg: "neg"; case .pos: "pos"; case .invert: "~"; case .not: "not" }
        return "(\(name) \(dump(a)))"
    case .boolOp(let op, let values): return form(op.rawValue, values.map(dump))
    case .compare(let left, let rest):
        return form("cmp", [dump(left)] + rest.flatMap { [$0.0.rawValue, dump($0.1)] })
    case .ifExp(let test, let body, let orelse): return "(if \(dump(test)) \(dump(body)) \(dump(orelse)))"
    case .lambda(let params, let body): return "(lambda (\(dump(params))) \(dump(body)))"
    case .await(let v): return "(await \(dump(v)))"
    case .yield(let v): return v.map { "(yield \(dump($0)))" } ?? "(yield)"
    case .yieldFrom(let v): return "(yield-from \(dump(v)))"
    case .namedExpr(let target, let value): return "(:= \(target) \(dump(value)))"
    case .listComp(let elt, let gens): return form("listcomp", [dump(elt)] + gens.map(dump))
    case .setComp(let elt, let gens): return form("setcomp", [dump(elt)] + gens.map(dump))
    case .generatorExp(let elt, let gens): return form("genexp", [dump(elt)] + gens.map(dump))
    case .dictComp(let key, let value, let gens):
        return form("dictcomp", [dump(key) + ":" + dump(value)] + gens.map(dump))
    }
}

private func form(_ head: String, _ items: [String]) -> String {
    "(" + ([head] + items).joined(separator: " ") + ")"
}

private func dump(_ c: Constant) -> String {
    switch c {
    case .none: return "None"
    case .true: return "True"
    case .false: return "False"
    case .ellipsis: return "..."
    case .int(let v): return String(v)
    case .bigint(let digits): return digits
    case .float(let v): return "\(v)"
    case .imaginary(let v): return "\(v)j"
    case .str(let s): return quote(s)
    case .bytes(let b): return BytesRepr.repr(b)
    }
}

private func quote(_ s: String) -> String {
    var out = "'"
    for ch in s.unicodeScalars {
        switch ch {
        case "\\": out += "\\\\"
        case "'": out += "\\'"
        case "\n": out += "\\n"
        case "\t": out += "\\t"
        case "\r": out += "\\r"
        default:
            if ch.value < 0x20 || ch.value == 0x7F {
                let hex = String(ch.value, radix: 16)
                out += "\\x" + (hex.count == 1 ? "0" + hex : hex)
            } else {
                out.unicodeScalars.append(ch)
            }
        }
    }
    return out + "'"
}

private func dump(_ part: FStringPart) -> String {
    switch part {
    case .literal(let s): return quote(s)
    case .formatted(let e, let conversion, let spec, let debugText):
        var s = "(fmt \(dump(e))"
        if let conversion { s += " !\(conversion)" }
        if let spec { s += " :(" + spec.map(dump).joined(separator: " ") + ")" }
        if let debugText { s += " debug=" + quote(debugText) }
        return s + ")"
    }
}

private func dump(_ k: Keyword) -> String {
    k.name.map { "\($0)=" + dump(k.value) } ?? "**" + dump(k.value)
}

private func dump(_ c: Comprehension) -> String {
    "(\(c.isAsync ? "async-for" : "for") \(dump(c.target)) \(dump(c.iter))" + c.ifs.map { " (if \(dump($0)))" }.joined() + ")"
}

private func dump(_ p: Parameters) -> String {
    var items: [String] = []
    func param(_ x: Parameter) -> String { x.name + (x.defaultValue.map { "=" + dump($0) } ?? "") }
    for (i, x) in p.positional.enumerated() {
        items.append(param(x))
        if i + 1 == p.positionalOnlyCount { items.append("/") }
    }
    if let v = p.vararg { items.append("*" + v) } else if !p.keywordOnly.isEmpty { items.append("*") }
    items += p.keywordOnly.map(param)
    if let k = p.kwarg { items.append("**" + k) }
    return items.joined(separator: " ")
}

private func dumpBody(_ body: [Stmt], indent: String, into out: inout String) {
    for stmt in body { dumpStmt(stmt, indent: indent, into: &out) }
}

private func dumpStmt(_ stmt: Stmt, indent: String, into out: inout String) {
    let inner = indent + "  "
    func line(_ s: String) { out += indent + s + "\n" }
    func block(_ label: String, _ body: [Stmt]) {
        out += indent + label + "\n"
        dumpBody(body, indent: inner, into: &out)
    }
    switch stmt.kind {
    case .expr(let e): line(dump(e))
    case .assign(let targets, let value): line(form("=", targets.map(dump) + [dump(value)]))
    case .augAssign(let target, let op, let value): line("(\(op.rawValue)= \(dump(target)) \(dump(value)))")
    case .annAssign(let target, let annotation, let value):
        line(form("ann", [dump(target), dump(annotation)] + (value.map { [dump($0)] } ?? [])))
    case .functionDef(let def):
        for d in def.decorators { line("@" + dump(d)) }
        block("(\(def.isAsync ? "async-def" : "def") \(def.name) (\(dump(def.parameters))))", def.body)
    case .classDef(let def):
        for d in def.decorators { line("@" + dump(d)) }
        block(form("class", [def.name] + def.bases.map(dump) + def.keywords.map(dump)), def.body)
    case .return(let v): line(v.map { "(return \(dump($0)))" } ?? "(return)")
    case .delete(let targets): line(form("del", targets.map(dump)))
    case .pass: line("pass")
    case .break: line("break")
    case .continue: line("continue")
    case .if(let test, let body, let orelse):
        block("(if \(dump(test)))", body)
        if !orelse.isEmpty { block("else", orelse) }
    case .while(let test, let body, let orelse):
        block("(while \(dump(test)))", body)
        if !orelse.isEmpty { block("else", orelse) }
    case .for(let target, let iter, let body, let orelse, let isAsync):
        block("(\(isAsync ? "async-for" : "for") \(dump(target)) \(dump(iter)))", body)
        if !orelse.isEmpty { block("else", orelse) }
    case .try(let body, let handlers, let orelse, let finalbody):
        block("try", body)
        for h in handlers {
            var label = "except"
            if let type = h.type { label += " " + dump(type) }
            if let name = h.name { label += " as " + name }
            block(label, h.body)
        }
        if !orelse.isEmpty { block("else", orelse) }
        if !finalbody.isEmpty { block("finally", finalbody) }
    case .raise(let exc, let cause):
        line(form("raise", (exc.map { [dump($0)] } ?? []) + (cause.map { ["from", dump($0)] } ?? [])))
    case .assert(let test, let msg): line(form("assert", [dump(test)] + (msg.map { [dump($0)] } ?? [])))
    case .with(let items, let body, let isAsync):
        let rendered = items.map { item in dump(item.context) + (item.target.map { " as " + dump($0) } ?? "") }
        block("(\(isAsync ? "async-with" : "with") " + rendered.joined(separator: ", ") + ")", body)
    case .match(let subject, let cases):
        line("(match \(dump(subject)))")
        for c in cases {
            block("case " + c.pattern.boundNames.joined(separator: " ") + (c.guardExpr.map { " if " + dump($0) } ?? ""), c.body)
        }
    case .import(let aliases):
        line(form("import", aliases.map { $0.name + ($0.asName.map { " as " + $0 } ?? "") }))
    case .importFrom(let module, let names, let level):
        line(form("from", [String(repeating: ".", count: level) + module]
                    + names.map { $0.name + ($0.asName.map { " as " + $0 } ?? "") }))
    case .global(let names): line(form("global", names))
    case .nonlocal(let names): line(form("nonlocal", names))
    }
}
