// The `match` statement. The subject stays on the stack while the cases are
// tried; each case pushes a copy plus the values its pattern looks up, and
// `matchPattern` answers with the captured values (bound only once the whole
// pattern matched, as CPython does) and a flag.

extension Compiler {
    func compileMatch(_ subject: Expr, _ cases: [MatchCase]) throws {
        try compile(subject)
        let end = newLabel()
        for (i, c) in cases.enumerated() {
            var builder = MatchPlanBuilder()
            let isLast = i == cases.count - 1
            let plan = try builder.build(c.pattern, allowIrrefutable: isLast || c.guardExpr != nil)
            let failed = newLabel(), next = newLabel()
            at(c.pattern.loc)
            emit(.dup)
            for e in builder.values { try compile(e) }
            at(c.pattern.loc)
            emit(.matchPattern(constant(.object(plan)), Int32(builder.values.count)))
            emit(.popJumpIfFalse(Int32(failed)))
            if builder.names.isEmpty {
                emit(.pop)
            } else {
                emit(.unpackSequence(Int32(builder.names.count)))
                for n in builder.names { storeName(n) }
            }
            if let g = c.guardExpr { try compileJump(g, ifTrue: false, to: next) }
            emit(.pop)
            try compileBody(c.body)
            emit(.jump(Int32(end)))
            place(failed)
            emit(.pop)
            place(next)
        }
        emit(.pop)
        place(end)
    }
}
