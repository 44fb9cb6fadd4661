// Global and builtin names as the dispatch loop reads them: through slots
// cached per code object (`CodeObject.globalSlots`, `builtinSlots`) in the
// module's `Namespace` and the builtins', not by hashing the name.

extension Interpreter {
    /// The slot of module-level name `idx` of `code` in `ns`, cached as
    /// LOAD_GLOBAL caches it; nil while the namespace has no such name (no
    /// slot is made for it here, so a module's names keep the order in
    /// which they were first bound).
    @inline(__always)
    func moduleSlot(_ code: CodeObject, _ ns: Namespace, _ idx: Int) -> Int? {
        let cached = code.globalSlots[idx]
        if cached >= 0 { return Int(cached) }
        guard let found = ns.index[code.names[idx]] else { return nil }
        code.globalSlots[idx] = Int32(found)
        return found
    }

    func loadBuiltin(_ code: CodeObject, _ idx: Int) throws -> Value {
        ensureBuiltins()
        let name = code.names[idx]
        var slot = Int(code.builtinSlots[idx])
        if slot < 0 {
            slot = builtinsNS.slot(name)
            code.builtinSlots[idx] = Int32(slot)
        }
        if let v = builtinsNS.values[slot] { return v }
        throw nameNotDefined(name)
    }
}
