import BigInt

// int.to_bytes and int.from_bytes (3.11: length and byteorder default to 1
// and 'big'), with CPython's errors.

enum IntBytes {
    static func add(to t: inout MethodTable) {
        t.add("to_bytes") { interp, a in
            let v = try IntMethods.receiverInt(a, "to_bytes")
            let p = try a.bind("to_bytes", ["length", "byteorder", "signed"])
            let length = try p[0].map { try interp.indexValue($0, "") } ?? 1
            let little = try byteOrder(interp, p[1])
            let signed = try p[2].map { try interp.truthy($0) } ?? false
            if length < 0 { throw valueError("length argument must be non-negative") }
            var n = PyInt.big(v) ?? 0
            if n.sign == .minus && !signed { throw PyError(BuiltinTypes.overflowError, "can't convert negative int to unsigned") }
            let bits = 8 * length
            let limit = BigInt(1) << (signed ? max(bits - 1, 0) : bits)
            let fits = signed ? (bits > 0 && n >= -limit && n < limit) || (bits == 0 && n == 0) : n < limit
            guard fits else { throw PyError(BuiltinTypes.overflowError, "int too big to convert") }
            if n.sign == .minus { n += BigInt(1) << bits }
            try HeapBudget.reserve(length)
            var out = [UInt8](repeating: 0, count: length)
            for i in 0..<length {
                out[little ? i : length - 1 - i] = UInt8(n & 0xFF)
                n >>= 8
            }
            return .bytes(out)
        }
        t.add("from_bytes") { interp, a in
            // A class method: `int.from_bytes(...)`.
            var positional = a.positional
            if let f = positional.first, case .object(let o) = f, o is PyType { positional.removeFirst() }
            let p = try Arguments(positional, keywords: a.keywords).bind("from_bytes", ["bytes", "byteorder", "signed"],
                                                                         required: 1, receiver: false)
            guard let source = p[0] else { throw typeError("from_bytes() missing required argument 'bytes' (pos 1)") }
            let bytes = try interp.bytesFromSource(source, "bytes")
            let little = try byteOrder(interp, p[1])
            let signed = try p[2].map { try interp.truthy($0) } ?? false
            var n = BigInt(0)
            for b in (little ? bytes.reversed() : bytes) { n = n << 8 | BigInt(b) }
            if signed, let top = little ? bytes.last : bytes.first, top >= 0x80 { n -= BigInt(1) << (8 * bytes.count) }
            return Value.integer(n)
        }
    }

    private static func byteOrder(_ interp: Interpreter, _ v: Value?) throws -> Bool {
        guard let v else { return false }
        guard case .str(let s) = v else {
            throw typeError("to_bytes() argument 'byteorder' must be str, not \(interp.pyTypeName(v))")
        }
        switch s {
        case "little": return true
        case "big": return false
        default: throw valueError("byteorder must be either 'little' or 'big'")
        }
    }
}
