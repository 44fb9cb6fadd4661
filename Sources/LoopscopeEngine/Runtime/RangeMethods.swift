import BigInt

// `range` and `slice`.

enum RangeMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> PyRange {
        guard a.count > 0, case .object(let o) = a[0], let r = o as? PyRange else {
            throw typeError("descriptor '\(name)' requires a 'range' object")
        }
        return r
    }

    static func make(_ interp: Interpreter, _ args: [Value]) throws -> PyRange {
        func int(_ v: Value) throws -> BigInt {
            let i = try interp.integerValue(v, "'\(interp.pyTypeName(v))' object cannot be interpreted as an integer")
            return PyInt.big(i) ?? 0
        }
        switch args.count {
        case 1: return PyRange.make(0, try int(args[0]), 1)
        case 2: return PyRange.make(try int(args[0]), try int(args[1]), 1)
        case 3:
            let (start, stop, step) = (try int(args[0]), try int(args[1]), try int(args[2]))
            if step.isZero { throw valueError("range() arg 3 must not be zero") }
            return PyRange.make(start, stop, step)
        case 0: throw typeError("range expected at least 1 argument, got 0")
        default: throw typeError("range expected at most 3 arguments, got \(args.count)")
        }
    }

    /// `r[i]` for an int `i` of any size (CPython's compute_range_item).
    static func item(_ r: PyRange, _ i: BigInt) throws -> Value {
        let n = r.length
        let k = i.sign == .minus ? i + n : i
        if k.sign == .minus || k >= n { throw indexError("range object index out of range") }
        return Value.integer(r.element(k))
    }

    /// `r[a:b:c]`: another range (CPython's compute_slice).
    static func slice(_ interp: Interpreter, _ r: PyRange, _ s: PySlice) throws -> PyRange {
        let (start, stop, step) = try interp.sliceIndicesExact(s, r.length)
        return PyRange.make(r.element(start), r.element(stop), r.bigStep * step)
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            try a.noKeywords("range")
            return .object(try make(interp, Array(a.positional.dropFirst())))
        }
        t.add("__len__") { _, a in
            guard let n = try receiver(a, "__len__").count else { throw PyInt.ssizeOverflow() }
            return .int(n)
        }
        t.add("__getitem__") { interp, a in try interp.getItem(a[0], try a.exactlyOne("__getitem__")) }
        t.add("__contains__") { interp, a in .bool(try interp.contains(a[0], try a.exactlyOne("__contains__"))) }
        t.add("__iter__") { interp, a in try interp.getIter(a[0]) }
        t.add("__reversed__") { _, a in
            .object(try receiver(a, "__reversed__").iterator(reversed: true))
        }
        t.add("index") { interp, a in
            let r = try receiver(a, "index")
            let v = try a.exactlyOne("range.index")
            if let i = PyInt.big(v) {
                if let p = r.position(of: i) { return Value.integer(p) }
            } else {
                // Anything else is looked for by iterating, as in a list.
                var p = 0
                let it = r.iterator()
                while let x = try interp.next(.object(it)) {
                    if try interp.equals(x, v) { return .int(p) }
                    p += 1
                }
            }
            throw valueError("\(try interp.repr(v)) is not in range")
        }
        t.add("count") { interp, a in
            let r = try receiver(a, "count")
            let v = try a.exactlyOne("range.count")
            if let i = PyInt.big(v) { return .int(r.position(of: i) == nil ? 0 : 1) }
            var n = 0
            let it = r.iterator()
            while let x = try interp.next(.object(it)) {
                if try interp.equals(x, v) { n += 1 }
            }
            return .int(n)
        }
        return t.dict
    }

    static var sliceMethods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { _, a in
            try a.noKeywords("slice")
            let r = try a.between("slice", 1, 3)
            switch r.count {
            case 1: return .object(PySlice(start: .none, stop: r[0], step: .none))
            case 2: return .object(PySlice(start: r[0], stop: r[1], step: .none))
            default: return .object(PySlice(start: r[0], stop: r[1], step: r[2]))
            }
        }
        t.add("indices") { interp, a in
            guard case .object(let o) = a[0], let s = o as? PySlice else { throw typeError("descriptor 'indices' requires a 'slice' object") }
            let n = try interp.integerValue(try a.exactlyOne("slice.indices"), "'\(interp.pyTypeName(a[1]))' object cannot be interpreted as an integer")
            let length = PyInt.big(n) ?? 0
            if length.sign == .minus { throw valueError("length should not be negative") }
            let (start, stop, step) = try interp.sliceIndicesExact(s, length)
            return .tuple([Value.integer(start), Value.integer(stop), Value.integer(step)])
        }
        return t.dict
    }
}
