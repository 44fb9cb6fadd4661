// repr() of the builtin objects: strings (CPython's quote choice and
// escapes), containers (recursive ones print `[...]`), exceptions, types,
// iterators, and the singletons.

enum StrRepr {
    static func repr(_ s: String) -> String {
        var hasSingle = false, hasDouble = false
        for u in s.utf8 {
            if u == 0x27 { hasSingle = true } else if u == 0x22 { hasDouble = true }
        }
        let quote: Character = (hasSingle && !hasDouble) ? "\"" : "'"
        var out = String(quote)
        out.reserveCapacity(s.utf8.count + 2)
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(c) == quote && c.value < 128 {
                    out += "\\" + String(quote)
                } else if c.value < 0x20 || c.value == 0x7f {
                    out += "\\x" + hex(c.value, 2)
                } else if c.value < 0x7f {
                    out.unicodeScalars.append(c)
                } else if PyStrChars.isPrintable(c) {
                    out.unicodeScalars.append(c)
                } else if c.value < 0x100 {
                    out += "\\x" + hex(c.value, 2)
                } else if c.value < 0x10000 {
                    out += "\\u" + hex(c.value, 4)
                } else {
                    out += "\\U" + hex(c.value, 8)
                }
            }
        }
        out.append(quote)
        return out
    }

    static func hex(_ v: UInt32, _ width: Int) -> String {
        String(v, radix: 16).leftPadded(to: width, with: "0")
    }
}

extension Interpreter {
    /// repr of objects whose type is builtin; nil when the type's own
    /// `__repr__` (or the default) should be used.
    func nativeRepr(_ o: PyObject) throws -> String? {
        switch o {
        case let l as PyList:
            return try reprContainer(l, open: "[", close: "]", items: l.items)
        case let t as PyTuple:
            if t.items.count == 1 { return "(" + (try repr(t.items[0])) + ",)" }
            return try reprContainer(t, open: "(", close: ")", items: t.items)
        case let d as PyDict:
            if d.count == 0 { return "{}" }
            let key = ObjectIdentifier(d)
            if runtime.reprInProgress.contains(key) { return "{...}" }
            runtime.reprInProgress.insert(key)
            try runtime.enterNative(self)
            defer { runtime.reprInProgress.remove(key); runtime.leaveNative() }
            var parts: [String] = []
            var p = 0
            while let (next, k, v) = d.entry(from: p) {
                parts.append(try repr(k) + ": " + repr(v))
                p = next
            }
            return "{" + parts.joined(separator: ", ") + "}"
        case let s as PySetBase:
            let name = o.pyType.name
            if s.count == 0 { return name + "()" }
            let key = ObjectIdentifier(s)
            if runtime.reprInProgress.contains(key) { return name + "(...)" }
            runtime.reprInProgress.insert(key)
            try runtime.enterNative(self)
            defer { runtime.reprInProgress.remove(key); runtime.leaveNative() }
            let body = "{" + (try s.elements.map { try repr($0) }).joined(separator: ", ") + "}"
            return s is PySet && s.sub == nil ? body : name + "(" + body + ")"
        case let r as PyRange:
            let bounds = "\(try repr(r.startValue)), \(try repr(r.stopValue))"
            return r.bigStep == 1 ? "range(\(bounds))" : "range(\(bounds), \(try repr(r.stepValue)))"
        case let s as PySlice:
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case is PyNotImplemented: return "NotImplemented"
        case is PyEllipsis: return "Ellipsis"
        case let e as PyException:
            return try exceptionRepr(e)
        case let t as PyType:
            return t.module == "builtins" ? "<class '\(t.qualname)'>" : "<class '\(t.module).\(t.qualname)'>"
        case let f as PyNativeFunction:
            return "<built-in function \(f.name)>"
        case let v as PyDictView:
            let inner: [Value]
            switch v.kind {
            case .keys: inner = v.dict.keys
            case .values: inner = v.dict.values
            case .items: inner = v.dict.pairs.map { .tuple([$0.key, $0.value]) }
            }
            return o.pyType.name + "(" + (try reprContainer(v, open: "[", close: "]", items: inner)) + ")"
        case let s as PyStdStream:
            return "<_io.TextIOWrapper name='<\(s.stream.rawValue)>' mode='w' encoding='utf-8'>"
        case let m as PyModule:
            return moduleRepr(m)
        default:
            return nil
        }
    }

    func reprContainer(_ o: PyObject, open: String, close: String, items: [Value]) throws -> String {
        if items.isEmpty { return open + close }
        let key = ObjectIdentifier(o)
        if runtime.reprInProgress.contains(key) { return open + "..." + close }
        runtime.reprInProgress.insert(key)
        try runtime.enterNative(self)
        defer { runtime.reprInProgress.remove(key); runtime.leaveNative() }
        var out = open
        for (i, v) in items.enumerated() {
            if i > 0 { out += ", " }
            out += try repr(v)
        }
        return out + close
    }

    /// `ValueError('boom')`.
    func exceptionRepr(_ e: PyException) throws -> String {
        let name = e.pyType.name
        if e.args.count == 1 { return name + "(" + (try repr(e.args[0])) + ")" }
        return name + (try reprContainer(PyTuple(e.args), open: "(", close: ")", items: e.args))
    }

    /// `str(exc)`: the single argument's str, else the args tuple's repr.
    func exceptionStr(_ e: PyException) throws -> String {
        if e.pyType.isSubtype(of: BuiltinTypes.keyError), e.args.count == 1 { return try repr(e.args[0]) }
        // OSError(errno, strerror[, ...]): `[Errno 28] No space left on device`.
        if e.pyType.isSubtype(of: BuiltinTypes.osError), let text = try ExceptionMethods.osErrorStr(self, e) {
            return text
        }
        if e.pyType.isSubtype(of: BuiltinTypes.syntaxError), let text = try ExceptionMethods.syntaxErrorStr(self, e) {
            return text
        }
        switch e.args.count {
        case 0: return ""
        case 1: return try str(e.args[0])
        default: return try repr(.tuple(e.args))
        }
    }
}
