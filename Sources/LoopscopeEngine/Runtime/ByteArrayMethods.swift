// bytearray's mutations: item and slice assignment, deletion, append,
// extend, insert, pop, remove, clear, reverse, copy, `+=` and `*=`.

enum ByteArrayMethods {
    static func target(_ a: Arguments, _ name: String) throws -> PyByteArray {
        guard a.count > 0, case .object(let o) = a[0], let b = o as? PyByteArray else {
            throw typeError("descriptor '\(name)' requires a 'bytearray' object")
        }
        return b
    }

    static func add(to t: inout MethodTable) {
        t.add("__setitem__") { interp, a in
            let b = try target(a, "__setitem__")
            let r = try a.between("__setitem__", 2, 2)
            if case .object(let ko) = r[0], let sl = ko as? PySlice {
                let new: [UInt8]
                if let buf = interp.bufferBytes(r[1]) { new = buf } else {
                    if PyInt.isInt(r[1]) { throw typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)") }
                    new = try interp.bytesFromSource(r[1], "bytearray")
                }
                let si = try interp.sliceIndices(sl, b.bytes.count)
                if si.step == 1 {
                    b.bytes.replaceSubrange(si.start..<max(si.start, si.start + si.count), with: new)
                } else {
                    if new.count != si.count {
                        throw valueError("attempt to assign bytes of size \(new.count) to extended slice of size \(si.count)")
                    }
                    for (k, p) in si.positions.enumerated() { b.bytes[p] = new[k] }
                }
                return .none
            }
            _ = try BytesMethods.indexKey(interp, r[0], "bytearray")
            guard let i = try interp.sequenceIndex(r[0], b.bytes.count, "bytearray") else {
                throw indexError("bytearray index out of range")
            }
            b.bytes[i] = try interp.byteValue(r[1])
            return .none
        }
        t.add("__delitem__") { interp, a in
            let b = try target(a, "__delitem__")
            let key = try a.exactlyOne("__delitem__")
            if case .object(let ko) = key, let sl = ko as? PySlice {
                let si = try interp.sliceIndices(sl, b.bytes.count)
                let drop = Set(si.positions)
                b.bytes = b.bytes.enumerated().filter { !drop.contains($0.offset) }.map(\.element)
                return .none
            }
            _ = try BytesMethods.indexKey(interp, key, "bytearray")
            guard let i = try interp.sequenceIndex(key, b.bytes.count, "bytearray") else {
                throw indexError("bytearray index out of range")
            }
            b.bytes.remove(at: i)
            return .none
        }
        t.add("append") { interp, a in
            let b = try target(a, "append")
            b.bytes.append(try interp.byteValue(try a.exactlyOne("append")))
            return .none
        }
        t.add("extend") { interp, a in
            let b = try target(a, "extend")
            let v = try a.exactlyOne("extend")
            if PyInt.isInt(v) || v.isNone { throw typeError("can't extend bytearray with \(interp.pyTypeName(v))") }
            b.bytes += try interp.bytesFromSource(v, "bytearray")
            return .none
        }
        t.add("insert") { interp, a in
            let b = try target(a, "insert")
            let r = try a.between("insert", 2, 2)
            var i = try interp.indexValue(r[0], "")
            let v = try interp.byteValue(r[1])
            if i < 0 { i = max(0, i + b.bytes.count) }
            b.bytes.insert(v, at: min(i, b.bytes.count))
            return .none
        }
        t.add("pop") { interp, a in
            let b = try target(a, "pop")
            let r = try a.between("pop", 0, 1)
            if b.bytes.isEmpty { throw indexError("pop from empty bytearray") }
            var i = try r.first.map { try interp.indexValue($0, "") } ?? -1
            if i < 0 { i += b.bytes.count }
            guard i >= 0, i < b.bytes.count else { throw indexError("pop index out of range") }
            return .int(Int(b.bytes.remove(at: i)))
        }
        t.add("remove") { interp, a in
            let b = try target(a, "remove")
            let v = try interp.byteValue(try a.exactlyOne("remove"))
            guard let i = b.bytes.firstIndex(of: v) else { throw valueError("value not found in bytearray") }
            b.bytes.remove(at: i)
            return .none
        }
        t.add("clear") { _, a in try a.none("bytearray.clear"); try target(a, "clear").bytes = []; return .none }
        t.add("reverse") { _, a in try a.none("bytearray.reverse"); try target(a, "reverse").bytes.reverse(); return .none }
        t.add("copy") { _, a in try a.none("bytearray.copy"); return .object(PyByteArray(try target(a, "copy").bytes)) }
        t.add("__iadd__") { interp, a in
            let b = try target(a, "__iadd__")
            let other = try a.exactlyOne("__iadd__")
            guard let more = interp.bufferBytes(other) else {
                throw typeError("can't concat \(interp.pyTypeName(other)) to bytearray")
            }
            b.bytes += more
            return a[0]
        }
        t.add("__imul__") { interp, a in
            let b = try target(a, "__imul__")
            let n = max(0, try interp.indexValue(try a.exactlyOne("__imul__"), ""))
            try interp.checkRepeat(b.bytes.count, n, of: 1)
            b.bytes = n == 0 ? [] : Array([[UInt8]](repeating: b.bytes, count: n).joined())
            return a[0]
        }
    }
}
