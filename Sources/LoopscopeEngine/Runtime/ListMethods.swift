// The methods of `list` and `tuple`.

enum ListMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> PyList {
        guard a.count > 0, case .object(let o) = a[0], let l = o as? PyList else {
            throw typeError("descriptor '\(name)' for 'list' objects doesn't apply to a '\(a.count > 0 ? BuiltinTypes.object.name : "nothing")' object")
        }
        return l
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            if let cls = try interp.newTarget(a, BuiltinTypes.list) {
                // Filled by the subclass's __init__ (list.__init__ by default).
                let l = PyList()
                l.sub = SubclassState(cls)
                return .object(l)
            }
            try a.noKeywords("list")
            let rest = try a.between("list", 0, 1)
            return .list(rest.isEmpty ? [] : try interp.toArray(rest[0]))
        }
        t.add("__init__") { interp, a in
            // A plain list was filled by __new__ (one call for `list(x)`).
            let l = try receiver(a, "__init__")
            guard l.sub != nil else { return .none }
            try a.noKeywords("list")
            let rest = try a.between("list", 0, 1)
            l.items = rest.isEmpty ? [] : try interp.toArray(rest[0])
            return .none
        }
        t.add("__len__") { _, a in .int(try receiver(a, "__len__").items.count) }
        t.addMutableContainerDunders()
        t.add("__repr__") { interp, a in .str(try interp.nativeRepr(try receiver(a, "__repr__")) ?? "") }
        t.add("__reversed__") { _, a in .object(PyListReverseIterator(try receiver(a, "__reversed__"))) }
        t.add("append") { _, a in
            let l = try receiver(a, "append")
            l.items.append(try a.exactlyOne("list.append"))
            return .none
        }
        t.add("extend") { interp, a in
            let l = try receiver(a, "extend")
            let v = try a.exactlyOne("list.extend")
            l.items.append(contentsOf: try interp.toArray(v))
            return .none
        }
        t.add("insert") { interp, a in
            let l = try receiver(a, "insert")
            let r = try a.between("insert", 2, 2)
            var i = try interp.indexValue(r[0], "'\(interp.pyTypeName(r[0]))' object cannot be interpreted as an integer")
            let n = l.items.count
            if i < 0 { i = max(0, i + n) }
            l.items.insert(r[1], at: min(i, n))
            return .none
        }
        t.add("pop") { interp, a in
            let l = try receiver(a, "pop")
            let r = try a.between("pop", 0, 1)
            if l.items.isEmpty { throw indexError("pop from empty list") }
            var i = r.isEmpty ? -1 : try interp.indexValue(r[0], "'\(interp.pyTypeName(r[0]))' object cannot be interpreted as an integer")
            if i < 0 { i += l.items.count }
            guard i >= 0 && i < l.items.count else { throw indexError("pop index out of range") }
            return l.items.remove(at: i)
        }
        t.add("remove") { interp, a in
            let l = try receiver(a, "remove")
            let x = try a.exactlyOne("list.remove")
            var i = 0
            while i < l.items.count {
                if try interp.equals(l.items[i], x) {
                    if i < l.items.count { l.items.remove(at: i) }
                    return .none
                }
                i += 1
            }
            throw valueError("list.remove(x): x not in list")
        }
        t.add("index") { interp, a in
            let l = try receiver(a, "index")
            let r = try a.between("index", 1, 3)
            let (start, end) = try StrMethods.bounds(interp, r, from: 1, l.items.count)
            var i = start
            while i < min(end, l.items.count) {
                if try interp.equals(l.items[i], r[0]) { return .int(i) }
                i += 1
            }
            throw valueError("\(try interp.repr(r[0])) is not in list")
        }
        t.add("count") { interp, a in
            let l = try receiver(a, "count")
            let x = try a.exactlyOne("list.count")
            var n = 0
            for v in l.items where try interp.equals(v, x) { n += 1 }
            return .int(n)
        }
        t.add("sort") { interp, a in
            let l = try receiver(a, "sort")
            if a.count > 1 { throw typeError("sort() takes no positional arguments") }
            let p = try a.bind("sort", ["key", "reverse"])
            let reverse = try p[1].map { try interp.truthy($0) } ?? false
            var items = l.items
            l.items = []
            defer { if l.items.isEmpty { l.items = items } }
            try interp.sortValues(&items, key: p[0], reverse: reverse)
            if !l.items.isEmpty {
                l.items = items
                throw valueError("list modified during sort")
            }
            l.items = items
            return .none
        }
        t.add("reverse") { _, a in
            try a.none("list.reverse")
            try receiver(a, "reverse").items.reverse()
            return .none
        }
        t.add("copy") { _, a in
            try a.none("list.copy")
            return .list(try receiver(a, "copy").items)
        }
        t.add("clear") { _, a in
            try a.none("list.clear")
            // As the list's own release: last item first.
            let l = try receiver(a, "clear")
            var items = l.items
            l.items = []
            Trashcan.disposeLastFirst(&items)
            return .none
        }
        return t.dict
    }
}

enum TupleMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> PyTuple {
        guard a.count > 0, case .object(let o) = a[0], let t = o as? PyTuple else {
            throw typeError("descriptor '\(name)' requires a 'tuple' object")
        }
        return t
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            try a.noKeywords("tuple")
            let rest = try a.between("tuple", 0, 1)
            if let cls = try interp.newTarget(a, BuiltinTypes.tuple) {
                let t = PyTuple(rest.isEmpty ? [] : try interp.toArray(rest[0]))
                t.sub = SubclassState(cls)
                return .object(t)
            }
            if let v = rest.first, case .object(let o) = v, o is PyTuple, o.pyType === BuiltinTypes.tuple { return v }
            return .tuple(rest.isEmpty ? [] : try interp.toArray(rest[0]))
        }
        t.add("__len__") { _, a in .int(try receiver(a, "__len__").items.count) }
        t.addContainerDunders()
        t.add("__hash__") { interp, a in .int(try interp.hashTuple(try receiver(a, "__hash__"))) }
        t.add("__repr__") { interp, a in .str(try interp.nativeRepr(try receiver(a, "__repr__")) ?? "") }
        t.add("index") { interp, a in
            let tup = try receiver(a, "index")
            let r = try a.between("index", 1, 3)
            let (start, end) = try StrMethods.bounds(interp, r, from: 1, tup.items.count)
            var i = start
            while i < min(end, tup.items.count) {
                if try interp.equals(tup.items[i], r[0]) { return .int(i) }
                i += 1
            }
            throw valueError("tuple.index(x): x not in tuple")
        }
        t.add("count") { interp, a in
            let tup = try receiver(a, "count")
            let x = try a.exactlyOne("tuple.count")
            var n = 0
            for v in tup.items where try interp.equals(v, x) { n += 1 }
            return .int(n)
        }
        return t.dict
    }
}
