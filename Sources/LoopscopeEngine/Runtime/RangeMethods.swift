// `range` and `slice`.

enum RangeMethods {
    static func receiver(_ a: Arguments, _ name: String) throws -> PyRange {
        guard a.count > 0, case .object(let o) = a[0], let r = o as? PyRange else {
            throw typeError("descriptor '\(name)' requires a 'range' object")
        }
        return r
    }

    /// Position of `v` in the range, or nil.
    static func index(_ r: PyRange, _ v: Int) -> Int? {
        if r.step > 0 ? (v < r.start || v >= r.stop) : (v > r.start || v <= r.stop) { return nil }
        let off = v.subtractingReportingOverflow(r.start)
        if off.overflow || off.partialValue % r.step != 0 { return nil }
        return off.partialValue / r.step
    }

    static func make(_ interp: Interpreter, _ args: [Value]) throws -> PyRange {
        func int(_ v: Value) throws -> Int {
            do {
                return try interp.indexValue(v, "'\(interp.pyTypeName(v))' object cannot be interpreted as an integer")
            } catch let e as PyError where e.exception.pyType === BuiltinTypes.overflowError {
                throw PyError(BuiltinTypes.overflowError, "loopscope supports range() bounds within 64-bit integers")
            }
        }
        switch args.count {
        case 1: return PyRange(start: 0, stop: try int(args[0]), step: 1)
        case 2: return PyRange(start: try int(args[0]), stop: try int(args[1]), step: 1)
        case 3:
            let step = try int(args[2])
            if step == 0 { throw valueError("range() arg 3 must not be zero") }
            return PyRange(start: try int(args[0]), stop: try int(args[1]), step: step)
        case 0: throw typeError("range expected at least 1 argument, got 0")
        default: throw typeError("range expected at most 3 arguments, got \(args.count)")
        }
    }

    static var methods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { interp, a in
            try a.noKeywords("range")
            return .object(try make(interp, Array(a.positional.dropFirst())))
        }
        t.add("__len__") { _, a in .int(try receiver(a, "__len__").count) }
        t.add("__getitem__") { interp, a in try interp.getItem(a[0], try a.exactlyOne("__getitem__")) }
        t.add("__contains__") { interp, a in .bool(try interp.contains(a[0], try a.exactlyOne("__contains__"))) }
        t.add("__iter__") { interp, a in try interp.getIter(a[0]) }
        t.add("__reversed__") { _, a in
            let r = try receiver(a, "__reversed__")
            let n = r.count
            return .object(PyRangeIterator(start: n == 0 ? r.start : r.element(n - 1), step: -r.step, count: n))
        }
        t.add("index") { interp, a in
            let r = try receiver(a, "index")
            let v = try a.exactlyOne("range.index")
            if case .int(let i) = v, let p = index(r, i) { return .int(p) }
            if case .bool(let b) = v, let p = index(r, b ? 1 : 0) { return .int(p) }
            throw valueError("\(try interp.repr(v)) is not in range")
        }
        t.add("count") { interp, a in
            let r = try receiver(a, "count")
            let v = try a.exactlyOne("range.count")
            return .int(try interp.contains(.object(r), v) ? 1 : 0)
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
            let n = try interp.indexValue(try a.exactlyOne("slice.indices"), "'\(interp.pyTypeName(a[1]))' object cannot be interpreted as an integer")
            if n < 0 { throw valueError("length should not be negative") }
            let si = try interp.sliceIndices(s, n)
            return .tuple([.int(si.start), .int(si.stop), .int(si.step)])
        }
        return t.dict
    }
}
