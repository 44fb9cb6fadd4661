// The methods of `set` / `frozenset`, and the set algebra with CPython's
// algorithms (which decide the resulting table order).

enum SetOps {
    static func make(_ frozen: Bool) -> PySetBase { frozen ? PyFrozenSet() : PySet() }

    static func fromIterable(_ interp: Interpreter, _ v: Value, frozen: Bool = false) throws -> PySetBase {
        let s = make(frozen)
        try s.update(with: v, interp)
        return s
    }

    static func copy(_ interp: Interpreter, _ s: PySetBase, frozen: Bool? = nil) throws -> PySetBase {
        let r = make(frozen ?? (s is PyFrozenSet))
        try r.merge(s, interp)
        return r
    }

    static func asSet(_ interp: Interpreter, _ v: Value) throws -> PySetBase {
        if case .object(let o) = v, let s = o as? PySetBase { return s }
        return try fromIterable(interp, v)
    }

    static func union(_ interp: Interpreter, _ s: PySetBase, _ others: [Value]) throws -> PySetBase {
        let r = try copy(interp, s)
        for o in others { try r.update(with: o, interp) }
        return r
    }

    /// set_intersection: iterate the smaller set, probe the larger.
    static func intersection(_ interp: Interpreter, _ s: PySetBase, _ other: Value) throws -> PySetBase {
        let result = make(s is PyFrozenSet)
        if case .object(let o) = other, let os = o as? PySetBase {
            var (a, b) = (s, os)
            if b.count > a.count { swap(&a, &b) }
            for (h, k) in b.activeEntries where try a.contains(k, hash: h, interp) {
                try result.add(k, hash: h, interp)
            }
            return result
        }
        try interp.forEach(other) { k in
            let h = try interp.hash(k)
            if try s.contains(k, hash: h, interp) { try result.add(k, hash: h, interp) }
        }
        return result
    }

    /// set_difference (with CPython's copy-then-discard branch).
    static func difference(_ interp: Interpreter, _ s: PySetBase, _ other: Value) throws -> PySetBase {
        var otherSize: Int?
        if case .object(let o) = other {
            if let os = o as? PySetBase { otherSize = os.count } else if let d = o as? PyDict { otherSize = d.count }
        }
        guard let size = otherSize, (s.count >> 2) <= size else {
            let r = try copy(interp, s)
            try differenceUpdate(interp, r, other)
            return r
        }
        let result = make(s is PyFrozenSet)
        for (h, k) in s.activeEntries {
            let present: Bool
            if case .object(let o) = other, let os = o as? PySetBase { present = try os.contains(k, hash: h, interp) } else { present = try interp.contains(other, k) }
            if !present { try result.add(k, hash: h, interp) }
        }
        return result
    }

    static func differenceUpdate(_ interp: Interpreter, _ s: PySetBase, _ other: Value) throws {
        if case .object(let o) = other, o === s { s.clearAll(); return }
        if case .object(let o) = other, let os = o as? PySetBase {
            for (h, k) in os.activeEntries { try s.discard(k, hash: h, interp) }
            return
        }
        try interp.forEach(other) { try s.discard($0, interp) }
    }

    static func symmetricDifferenceUpdate(_ interp: Interpreter, _ s: PySetBase, _ other: Value) throws {
        if case .object(let o) = other, o === s { s.clearAll(); return }
        let os = try asSet(interp, other)
        for (h, k) in os.activeEntries {
            if !(try s.discard(k, hash: h, interp)) { try s.add(k, hash: h, interp) }
        }
    }

    static func symmetricDifference(_ interp: Interpreter, _ s: PySetBase, _ other: Value) throws -> PySetBase {
        let r = try fromIterable(interp, other, frozen: s is PyFrozenSet)
        try symmetricDifferenceUpdate(interp, r, .object(s))
        return r
    }

    static func isSubset(_ interp: Interpreter, _ a: PySetBase, _ b: PySetBase) throws -> Bool {
        if a.count > b.count { return false }
        for (h, k) in a.activeEntries where !(try b.contains(k, hash: h, interp)) { return false }
        return true
    }

    static func compare(_ interp: Interpreter, _ op: CompareOp, _ a: PySetBase, _ b: PySetBase) throws -> Bool {
        switch op {
        case .eq: return try a.count == b.count && isSubset(interp, a, b)
        case .ne: return try !(a.count == b.count && isSubset(interp, a, b))
        case .le: return try isSubset(interp, a, b)
        case .ge: return try isSubset(interp, b, a)
        case .lt: return try a.count < b.count && isSubset(interp, a, b)
        case .gt: return try a.count > b.count && isSubset(interp, b, a)
        default: return false
        }
    }
}

enum SetMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> PySetBase {
        guard a.count > 0, case .object(let o) = a[0], let s = o as? PySetBase else {
            throw typeError("descriptor '\(name)' requires a 'set' object")
        }
        return s
    }

    static func mutable(_ a: Arguments, _ name: String) throws -> PySet {
        guard a.count > 0, case .object(let o) = a[0], let s = o as? PySet else {
            throw typeError("descriptor '\(name)' requires a 'set' object")
        }
        return s
    }

    static var common: MethodTable {
        var t = MethodTable()
        t.add("__len__") { _, a in .int(try receiver(a, "__len__").count) }
        t.addContainerDunders(subscript: false)
        t.add("__repr__") { interp, a in .str(try interp.nativeRepr(try receiver(a, "__repr__")) ?? "") }
        t.add("copy") { interp, a in try a.none("set.copy"); return .object(try SetOps.copy(interp, try receiver(a, "copy"))) }
        t.add("union") { interp, a in
            try a.noKeywords("set.union")
            return .object(try SetOps.union(interp, try receiver(a, "union"), Array(a.positional.dropFirst())))
        }
        t.add("intersection") { interp, a in
            try a.noKeywords("set.intersection")
            var r = try SetOps.copy(interp, try receiver(a, "intersection"))
            for o in a.positional.dropFirst() { r = try SetOps.intersection(interp, r, o) }
            return .object(r)
        }
        t.add("difference") { interp, a in
            try a.noKeywords("set.difference")
            var r = try receiver(a, "difference")
            if a.count == 1 { return .object(try SetOps.copy(interp, r)) }
            for o in a.positional.dropFirst() { r = try SetOps.difference(interp, r, o) }
            return .object(r)
        }
        t.add("symmetric_difference") { interp, a in
            .object(try SetOps.symmetricDifference(interp, try receiver(a, "symmetric_difference"), try a.exactlyOne("set.symmetric_difference")))
        }
        t.add("issubset") { interp, a in
            .bool(try SetOps.isSubset(interp, try receiver(a, "issubset"), try SetOps.asSet(interp, try a.exactlyOne("set.issubset"))))
        }
        t.add("issuperset") { interp, a in
            .bool(try SetOps.isSubset(interp, try SetOps.asSet(interp, try a.exactlyOne("set.issuperset")), try receiver(a, "issuperset")))
        }
        t.add("isdisjoint") { interp, a in
            let s = try receiver(a, "isdisjoint")
            var disjoint = true
            try interp.forEach(try a.exactlyOne("set.isdisjoint")) { if try s.contains($0, interp) { disjoint = false } }
            return .bool(disjoint)
        }
        return t
    }

    static var setMethods: [String: Value] {
        var t = common
        t.add("__new__") { interp, a in
            if let cls = try interp.newTarget(a, BuiltinTypes.set) {
                // Filled by the subclass's __init__ (set.__init__ by default).
                let s = PySet()
                s.sub = SubclassState(cls)
                return .object(s)
            }
            try a.noKeywords("set")
            let rest = try a.between("set", 0, 1)
            return .object(rest.isEmpty ? PySet() : try SetOps.fromIterable(interp, rest[0]))
        }
        t.add("__init__") { interp, a in
            // A plain set was filled by __new__ (one call for `set(x)`).
            let s = try mutable(a, "__init__")
            guard s.sub != nil else { return .none }
            try a.noKeywords("set")
            let rest = try a.between("set", 0, 1)
            s.copyContents(from: rest.isEmpty ? PySet() : try SetOps.fromIterable(interp, rest[0]))
            return .none
        }
        t.add("add") { interp, a in try mutable(a, "add").add(try a.exactlyOne("set.add"), interp); return .none }
        t.add("discard") { interp, a in try mutable(a, "discard").discard(try a.exactlyOne("set.discard"), interp); return .none }
        t.add("remove") { interp, a in
            let k = try a.exactlyOne("set.remove")
            if !(try mutable(a, "remove").discard(k, interp)) { throw PyError(PyException(type: BuiltinTypes.keyError, args: [k])) }
            return .none
        }
        t.add("pop") { _, a in
            try a.none("set.pop")
            guard let v = try mutable(a, "pop").popAny() else { throw PyError(BuiltinTypes.keyError, "pop from an empty set") }
            return v
        }
        t.add("clear") { _, a in try a.none("set.clear"); try mutable(a, "clear").clearAll(); return .none }
        t.add("update") { interp, a in
            let s = try mutable(a, "update")
            for o in a.positional.dropFirst() { try s.update(with: o, interp) }
            return .none
        }
        t.add("intersection_update") { interp, a in
            let s = try mutable(a, "intersection_update")
            var r: PySetBase = s
            for o in a.positional.dropFirst() { r = try SetOps.intersection(interp, r, o) }
            if r !== s { s.copyContents(from: r) }
            return .none
        }
        t.add("difference_update") { interp, a in
            let s = try mutable(a, "difference_update")
            for o in a.positional.dropFirst() { try SetOps.differenceUpdate(interp, s, o) }
            return .none
        }
        t.add("symmetric_difference_update") { interp, a in
            try SetOps.symmetricDifferenceUpdate(interp, try mutable(a, "symmetric_difference_update"), try a.exactlyOne("set.symmetric_difference_update"))
            return .none
        }
        return t.dict
    }

    static var frozenSetMethods: [String: Value] {
        var t = common
        t.add("__new__") { interp, a in
            try a.noKeywords("frozenset")
            let rest = try a.between("frozenset", 0, 1)
            if let cls = try interp.newTarget(a, BuiltinTypes.frozenset) {
                let s = PyFrozenSet()
                if let src = rest.first { s.copyContents(from: try SetOps.fromIterable(interp, src, frozen: true)) }
                s.sub = SubclassState(cls)
                return .object(s)
            }
            if let v = rest.first, case .object(let o) = v, o is PyFrozenSet { return v }
            return .object(rest.isEmpty ? PyFrozenSet() : try SetOps.fromIterable(interp, rest[0], frozen: true))
        }
        t.add("__hash__") { interp, a in .int(try interp.hash(a[0])) }
        return t.dict
    }
}
