// dir(), globals() and locals(): the caller's names. globals() and locals()
// are snapshots (CPython's module globals() is the live dict; writing through
// it is the one thing these do not model).

extension Interpreter {
    func addIntrospectionBuiltins(_ b: inout [String: Value]) {
        b["globals"] = native("globals") { interp, a in
            _ = try a.between("globals", 0, 0, receiver: false)
            return interp.dictValue(interp.callerGlobals())
        }
        b["locals"] = native("locals") { interp, a in
            _ = try a.between("locals", 0, 0, receiver: false)
            return interp.dictValue(interp.callerLocals())
        }
        b["dir"] = native("dir") { interp, a in
            let r = try a.between("dir", 0, 1, receiver: false)
            let names = r.isEmpty ? interp.callerLocals().map(\.0) : try interp.attributeNames(r[0])
            return .list(Set(names).sorted().map { .str($0) })
        }
    }

    private func callerGlobals() -> [(String, Value)] {
        guard let frame = currentFrame else { return mainModule.namespace.orderedItems }
        return frame.globals.orderedItems
    }

    private func callerLocals() -> [(String, Value)] {
        guard let frame = currentFrame else { return mainModule.namespace.orderedItems }
        return frameLocals(frame)
    }

    /// What `dir(x)` lists: its own attributes and those of its class chain.
    private func attributeNames(_ v: Value) throws -> [String] {
        if let f = lookupDunder(typeOf(v), "__dir__"), !f.isNone, !typeOf(v).isBuiltin {
            return try toArray(try invoke(f, [v])).map { try str($0) }
        }
        var names: [String] = []
        if case .object(let o) = v {
            if let m = o as? PyModule { return m.namespace.orderedItems.map(\.0) }
            names += o.attributes.map { Array($0.keys) } ?? []
            if let g = o as? PyGenBase { names += generatorAttributeNames(g) }
            if let t = o as? PyType {
                for c in t.mro { names += c.dict.keys }
                return names
            }
        }
        for c in typeOf(v).mro { names += c.dict.keys }
        return names
    }
}
