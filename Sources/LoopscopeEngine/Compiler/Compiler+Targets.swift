// Assignment, augmented assignment and `del` targets.

extension Compiler {
    /// Stores the value on top of the stack into `target` (popping it).
    func compileStore(_ target: Expr) throws {
        let outer = unit.position
        defer { unit.position = outer }
        at(target.loc)
        switch target.kind {
        case .name(let n):
            storeName(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            at(target.loc)
            unit.position = unit.position.matchingAttribute(target, name: attr)
            emit(.storeAttr(attributeName(attr)))
        case .subscript(let obj, let idx):
            try compile(obj)
            try compile(idx)
            at(target.loc)
            emit(.storeSubscr)
        case .tuple(let items), .list(let items):
            let starIndex = items.firstIndex { if case .starred = $0.kind { return true }; return false }
            if let si = starIndex {
                if items[(si + 1)...].contains(where: { if case .starred = $0.kind { return true }; return false }) {
                    throw CompileError("multiple starred expressions in assignment", target.loc)
                }
                emit(.unpackEx(Int32(si), Int32(items.count - si - 1)))
            } else {
                emit(.unpackSequence(Int32(items.count)))
            }
            for i in items {
                if case .starred(let inner) = i.kind { try compileStore(inner) } else { try compileStore(i) }
            }
        case .starred:
            throw CompileError("starred assignment target must be in a list or tuple", target.loc)
        case .call:
            throw CompileError("cannot assign to function call here. Maybe you meant '==' instead of '='?", target.loc)
        case .constant:
            throw CompileError("cannot assign to literal here. Maybe you meant '==' instead of '='?", target.loc)
        default:
            throw CompileError("cannot assign to expression here. Maybe you meant '==' instead of '='?", target.loc)
        }
    }

    func compileDelete(_ target: Expr) throws {
        let outer = unit.position
        defer { unit.position = outer }
        at(target.loc)
        switch target.kind {
        case .name(let n):
            deleteName(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            at(target.loc)
            unit.position = unit.position.matchingAttribute(target, name: attr)
            emit(.deleteAttr(attributeName(attr)))
        case .subscript(let obj, let idx):
            try compile(obj)
            try compile(idx)
            at(target.loc)
            emit(.deleteSubscr)
        case .tuple(let items), .list(let items):
            for i in items { try compileDelete(i) }
        default:
            throw CompileError("cannot delete expression", target.loc)
        }
    }

    /// As CPython's compiler_augassign: the target is read and written at
    /// its own range, the operator runs at the statement's.
    func compileAugAssign(_ target: Expr, _ op: BinaryOp, _ value: Expr) throws {
        let statement = unit.position
        defer { unit.position = statement }
        at(target.loc)
        switch target.kind {
        case .name(let n):
            loadName(n)
            try compile(value)
            unit.position = statement
            emit(.inplace(op))
            at(target.loc)
            storeName(n)
        case .attribute(let obj, let attr):
            try compile(obj)
            emit(.dup)
            unit.position = unit.position.matchingAttribute(target, name: attr)
            emit(.loadAttr(attributeName(attr)))
            try compile(value)
            unit.position = statement
            emit(.inplace(op))
            at(target.loc)
            unit.position = unit.position.matchingAttribute(target, name: attr)
            emit(.rot2)
            emit(.storeAttr(attributeName(attr)))
        case .subscript(let obj, let idx):
            try compile(obj)
            try compile(idx)
            emit(.dup2)
            emit(.subscr)
            try compile(value)
            unit.position = statement
            emit(.inplace(op))
            at(target.loc)
            emit(.rot3)
            emit(.storeSubscr)
        default:
            throw CompileError("'\(describe(target))' is an illegal expression for augmented assignment", target.loc)
        }
    }

    func describe(_ e: Expr) -> String {
        switch e.kind {
        case .tuple: return "tuple"
        case .list: return "list"
        case .call: return "function call"
        case .constant: return "literal"
        default: return "expression"
        }
    }
}
