// The method tables of `bytes` and `bytearray`: the protocol dunders
// (length, items, comparison, concatenation, hashing) and the constructors.
// The str-like methods are in BytesTextMethods.swift, bytearray's mutations
// in ByteArrayMethods.swift.

enum BytesMethods {
    /// The receiver's bytes, and whether it is a bytearray (results keep its type).
    static func receiver(_ a: Arguments, _ name: String) throws -> (bytes: [UInt8], mutable: Bool) {
        if a.count > 0, case .object(let o) = a[0] {
            if let b = o as? PyBytes { return (b.bytes, false) }
            if let b = o as? PyByteArray { return (b.bytes, true) }
        }
        throw typeError("descriptor '\(name)' requires a 'bytes' object")
    }

    static func make(_ bytes: [UInt8], mutable: Bool) -> Value {
        mutable ? .object(PyByteArray(bytes)) : .bytes(bytes)
    }

    static var bytesMethods: [String: Value] {
        var t = shared(typeName: "bytes")
        t.add("__new__") { interp, a in
            let args = try a.bind("bytes", ["source", "encoding", "errors"])
            return .bytes(try construct(interp, args, typeName: "bytes"))
        }
        t.add("__hash__") { _, a in .int(PyHash.bytes(try receiver(a, "__hash__").bytes)) }
        return t.dict
    }

    static var byteArrayMethods: [String: Value] {
        var t = shared(typeName: "bytearray")
        t.add("__new__") { _, a in
            _ = try a.bind("bytearray", ["source", "encoding", "errors"])
            return .object(PyByteArray([]))
        }
        t.add("__init__") { interp, a in
            let args = try a.bind("bytearray", ["source", "encoding", "errors"])
            guard case .object(let o) = a[0], let target = o as? PyByteArray else { return .none }
            target.bytes = try construct(interp, args, typeName: "bytearray")
            return .none
        }
        t.dict["__hash__"] = Value.none
        ByteArrayMethods.add(to: &t)
        return t.dict
    }

    /// `bytes(source, encoding, errors)` as bytes_new does.
    static func construct(_ interp: Interpreter, _ args: [Value?], typeName: String) throws -> [UInt8] {
        let source = args[0], encoding = args[1], errors = args[2]
        if encoding != nil || errors != nil {
            guard case .str(let s)? = source else {
                throw typeError(source == nil ? "encoding or errors without sequence argument" : "encoding without a string argument")
            }
            return try Codecs.encode(s, encoding: try Codecs.name(interp, encoding, "\(typeName)() argument 'encoding'"),
                                     errors: try Codecs.name(interp, errors, "\(typeName)() argument 'errors'", default: "strict"))
        }
        guard let source else { return [] }
        return try interp.bytesFromSource(source, typeName)
    }

    static func shared(typeName: String) -> MethodTable {
        var t = MethodTable()
        t.add("__len__") { _, a in .int(try receiver(a, "__len__").bytes.count) }
        t.add("__repr__") { _, a in
            let r = try receiver(a, "__repr__")
            return .str(r.mutable ? "bytearray(\(BytesRepr.repr(r.bytes)))" : BytesRepr.repr(r.bytes))
        }
        t.add("__iter__") { _, a in
            let r = try receiver(a, "__iter__")
            return .object(PyArrayIterator(r.bytes.map { .int(Int($0)) },
                                           type: r.mutable ? BytesTypes.byteArrayIterator : BytesTypes.bytesIterator))
        }
        t.add("__getitem__") { interp, a in
            let r = try receiver(a, "__getitem__")
            let key = try a.exactlyOne("__getitem__")
            if case .object(let ko) = key, let sl = ko as? PySlice {
                let si = try interp.sliceIndices(sl, r.bytes.count)
                return make(si.positions.map { r.bytes[$0] }, mutable: r.mutable)
            }
            guard case .int = try indexKey(interp, key, typeName) else { throw indexError(rangeMessage(typeName)) }
            guard let i = try interp.sequenceIndex(key, r.bytes.count, typeName) else { throw indexError(rangeMessage(typeName)) }
            return .int(Int(r.bytes[i]))
        }
        t.add("__contains__") { interp, a in
            let r = try receiver(a, "__contains__")
            let item = try a.exactlyOne("__contains__")
            if let sub = interp.bufferBytes(item) { return .bool(BytesSearch.find(r.bytes, sub, 0, r.bytes.count) >= 0) }
            switch item {
            case .int, .bool, .bigint: return .bool(r.bytes.contains(try interp.byteValue(item)))
            default:
                if try interp.callDunder(item, "__index__", []) != nil { return .bool(r.bytes.contains(try interp.byteValue(item))) }
                throw typeError("a bytes-like object is required, not '\(interp.pyTypeName(item))'")
            }
        }
        for op in [CompareOp.eq, .ne, .lt, .le, .gt, .ge] {
            t.add(op.dunder) { interp, a in
                let r = try receiver(a, op.dunder)
                guard let other = interp.bufferBytes(try a.exactlyOne(op.dunder)) else { return .notImplemented }
                let c = r.bytes.lexicographicallyPrecedes(other) ? -1 : r.bytes == other ? 0 : 1
                switch op {
                case .eq: return .bool(c == 0)
                case .ne: return .bool(c != 0)
                case .lt: return .bool(c < 0)
                case .le: return .bool(c <= 0)
                case .gt: return .bool(c > 0)
                default: return .bool(c >= 0)
                }
            }
        }
        t.add("__add__") { interp, a in
            let r = try receiver(a, "__add__")
            let other = try a.exactlyOne("__add__")
            guard let b = interp.bufferBytes(other) else {
                throw typeError("can't concat \(interp.pyTypeName(other)) to \(typeName)")
            }
            try HeapBudget.reserve(r.bytes.count + b.count)
            return make(r.bytes + b, mutable: r.mutable)
        }
        let repeatBody: NativeBody = { interp, a in
            let r = try receiver(a, "__mul__")
            let n = try a.exactlyOne("__mul__")
            guard try PyInt.isInt(n) || interp.callDunder(n, "__index__", []) != nil else {
                throw typeError("can't multiply sequence by non-int of type '\(interp.pyTypeName(n))'")
            }
            let count = max(0, try interp.indexValue(n, ""))
            try interp.checkRepeat(r.bytes.count, count, of: 1)
            return make(count == 0 ? [] : Array([[UInt8]](repeating: r.bytes, count: count).joined()), mutable: r.mutable)
        }
        t.add("__mod__") { interp, a in
            let r = try receiver(a, "__mod__")
            let s = try PercentFormat.format(interp, PercentFormat.latin1(r.bytes), try a.exactlyOne("__mod__"), bytes: true)
            return make(PercentFormat.latin1(s), mutable: r.mutable)
        }
        t.add("__mul__", repeatBody)
        t.add("__rmul__", repeatBody)
        t.add("decode") { interp, a in
            let r = try receiver(a, "decode")
            let args = try a.bind("decode", ["encoding", "errors"])
            return .str(try Codecs.decode(r.bytes, encoding: try Codecs.name(interp, args[0], "decode() argument 'encoding'"),
                                          errors: try Codecs.name(interp, args[1], "decode() argument 'errors'", default: "strict")))
        }
        t.add("fromhex") { interp, a in
            // A class method: `bytes.fromhex(s)` and `b''.fromhex(s)` alike.
            var args = a.positional
            var mutable = typeName == "bytearray"
            if let f = args.first, case .object(let o) = f, o is PyType || o is PyBytes || o is PyByteArray {
                if let cls = o as? PyType { mutable = cls === BytesTypes.bytearray }
                args.removeFirst()
            }
            guard args.count == 1 else { throw typeError("fromhex() takes exactly one argument (\(args.count) given)") }
            guard case .str(let s) = args[0] else {
                throw typeError("fromhex() argument must be str, not \(interp.pyTypeName(args[0]))")
            }
            return make(try BytesText.fromHex(s), mutable: mutable)
        }
        BytesTextMethods.add(to: &t, typeName: typeName)
        return t
    }

    /// Validates a subscript key; `.int` for integer keys.
    static func indexKey(_ interp: Interpreter, _ key: Value, _ typeName: String) throws -> Value {
        switch key {
        case .int, .bool, .bigint: return .int(0)
        default:
            if try interp.callDunder(key, "__index__", []) != nil { return .int(0) }
            throw typeError("\(typeName == "bytes" ? "byte" : typeName) indices must be integers or slices, not \(interp.pyTypeName(key))")
        }
    }

    static func rangeMessage(_ typeName: String) -> String {
        typeName == "bytes" ? "index out of range" : "bytearray index out of range"
    }
}

extension PyHash {
    /// CPython hashes bytes with the same siphash as str's UTF-8 bytes, so
    /// `hash(b'abc') == hash('abc')` for ASCII; Loopscope's str hash is keyed
    /// on the text, so ASCII bytes reuse it and the rest hash their values.
    static func bytes(_ b: [UInt8]) -> Int {
        if b.allSatisfy({ $0 < 0x80 }) { return string(String(decoding: b, as: UTF8.self)) }
        return tuple(b.map { Int($0) })
    }
}
