import BigInt

// The `builtins` namespace: the builtin types and exceptions plus the
// builtin functions (Python/bltinmodule.c). Iteration helpers live in
// BuiltinsIteration.swift, numeric ones in BuiltinsNumeric.swift.

enum Builtins {
    static func namespace() -> [String: Value] {
        var ns: [String: Value] = [:]
        let types: [PyType] = [
            BuiltinTypes.object, BuiltinTypes.type, BuiltinTypes.int, BuiltinTypes.bool, BuiltinTypes.float,
            BuiltinTypes.str, BuiltinTypes.list, BuiltinTypes.tuple, BuiltinTypes.dict, BuiltinTypes.set,
            BuiltinTypes.frozenset, BuiltinTypes.range, BuiltinTypes.slice, BuiltinTypes.complex,
        ] + BuiltinTypes.exceptionTypes + ExtraWarnings.types + BytesTypes.exposed
        for t in types { ns[t.name] = .object(t) }
        ns["EnvironmentError"] = .object(BuiltinTypes.osError)
        ns["IOError"] = .object(BuiltinTypes.osError)
        ns["NotImplemented"] = .notImplemented
        ns["Ellipsis"] = .ellipsis
        // True unless python -O, which scripts/vclock.py never passes.
        ns["__debug__"] = .bool(true)
        var t = MethodTable()
        addCore(&t)
        addIteration(&t)
        addNumeric(&t)
        for (k, v) in t.dict { ns[k] = v }
        for name in ["open", "input", "exec", "eval", "compile", "breakpoint", "help"] {
            ns[name] = .object(PyNativeFunction(name) { _, _ in
                throw PyError(BuiltinTypes.permissionError, "loopscope runs scripts in a sandbox: \(name)() is not available")
            })
        }
        // Builtins CPython has and Loopscope lacks: a NameError would say the
        // program is wrong; this names what is missing.
        for name in ["memoryview"] {
            ns[name] = .object(PyNativeFunction(name) { _, _ in
                throw PyError(BuiltinTypes.notImplementedError, "loopscope does not support \(name)() yet")
            })
        }
        // site's Quitter: exit(code=None) and quit() raise SystemExit(code).
        for name in ["exit", "quit"] {
            ns[name] = .object(PyNativeFunction(name) { _, a in
                let code = a.positional.first ?? a.keyword("code") ?? .none
                throw PyError(PyException(type: BuiltinTypes.systemExit, args: [code]))
            })
        }
        return ns
    }

    static func addCore(_ t: inout MethodTable) {
        t.add("print") { interp, a in
            let p = try a.bind("print", ["sep", "end", "file", "flush"], receiver: false, keywordsOnlyFrom: 0)
            func text(_ v: Value?, _ dflt: String, _ what: String) throws -> String {
                guard let v = v, !v.isNone else { return dflt }
                guard case .str(let s) = v else { throw typeError("\(what) must be None or a string, not \(interp.pyTypeName(v))") }
                return s
            }
            let sep = try text(p[0], " ", "sep"), end = try text(p[1], "\n", "end")
            var out = ""
            for (i, v) in a.positional.enumerated() {
                if i > 0 { out += sep }
                out += try interp.str(v)
            }
            out += end
            try interp.writeTo(p[2], out)
            return .none
        }
        t.addUnary("len") { interp, v in .int(try interp.length(v)) }
        t.addUnary("repr") { interp, v in .str(try interp.repr(v)) }
        t.add("ascii") { interp, a in .str(StrFormat.asciiRepr(try interp.repr(try a.exactlyOne("ascii", receiver: false)))) }
        t.add("format") { interp, a in
            let r = try a.between("format", 1, 2, receiver: false)
            var spec = ""
            if r.count > 1 {
                guard case .str(let s) = r[1] else { throw typeError("format() argument 2 must be str, not \(interp.pyTypeName(r[1]))") }
                spec = s
            }
            return .str(try interp.format(r[0], spec))
        }
        t.addUnary("hash") { interp, v in .int(try interp.hash(v)) }
        t.add("id") { interp, a in
            let v = try a.exactlyOne("id", receiver: false)
            switch v {
            case .object(let o): return .int(interp.runtime.objectID(o))
            default:
                // Immediates have no identity of their own; derive a stable fake one.
                return .int(0x7f1e_0000_0000 + (try interp.hash(v) & 0xffff_fff) * 0x20)
            }
        }
        t.add("isinstance") { interp, a in
            let r = try a.between("isinstance", 2, 2, receiver: false)
            return .bool(try interp.isInstance(r[0], r[1]))
        }
        t.add("issubclass") { interp, a in
            let r = try a.between("issubclass", 2, 2, receiver: false)
            guard case .object(let o) = r[0], let cls = o as? PyType else { throw typeError("issubclass() arg 1 must be a class") }
            return .bool(try interp.classMatches(cls, r[1], "issubclass"))
        }
        t.add("callable") { interp, a in
            .bool(interp.isCallableValue(try a.exactlyOne("callable", receiver: false)))
        }
        t.add("getattr") { interp, a in
            let r = try a.between("getattr", 2, 3, receiver: false)
            guard case .str(let name) = r[1] else { throw typeError("attribute name must be string, not '\(interp.pyTypeName(r[1]))'") }
            do {
                return try interp.getAttribute(r[0], name)
            } catch let e as PyError where r.count > 2 && e.exception.pyType.isSubtype(of: BuiltinTypes.attributeError) {
                return r[2]
            }
        }
        t.add("setattr") { interp, a in
            let r = try a.between("setattr", 3, 3, receiver: false)
            guard case .str(let name) = r[1] else { throw typeError("attribute name must be string, not '\(interp.pyTypeName(r[1]))'") }
            try interp.setAttribute(r[0], name, r[2])
            return .none
        }
        t.add("hasattr") { interp, a in
            let r = try a.between("hasattr", 2, 2, receiver: false)
            guard case .str(let name) = r[1] else { throw typeError("attribute name must be string, not '\(interp.pyTypeName(r[1]))'") }
            do {
                _ = try interp.getAttribute(r[0], name)
                return .bool(true)
            } catch let e as PyError where e.exception.pyType.isSubtype(of: BuiltinTypes.attributeError) {
                return .bool(false)
            }
        }
        t.add("delattr") { interp, a in
            let r = try a.between("delattr", 2, 2, receiver: false)
            guard case .str(let name) = r[1] else { throw typeError("attribute name must be string, not '\(interp.pyTypeName(r[1]))'") }
            try interp.deleteAttribute(r[0], name)
            return .none
        }
        t.add("chr") { interp, a in
            let v = try a.exactlyOne("chr", receiver: false)
            let i = try interp.cIntValue(v, "'\(interp.pyTypeName(v))' object cannot be interpreted as an integer")
            guard i >= 0, i < 0x110000 else { throw valueError("chr() arg not in range(0x110000)") }
            guard let u = Unicode.Scalar(UInt32(i)) else {
                throw valueError("loopscope strings cannot hold lone surrogates (chr(\(i)))")
            }
            return .str(String(Character(u)))
        }
        t.add("ord") { interp, a in
            let v = try a.exactlyOne("ord", receiver: false)
            guard case .str(let s) = v else { throw typeError("ord() expected string of length 1, but \(interp.pyTypeName(v)) found") }
            let u = s.unicodeScalars
            guard u.count == 1, let c = u.first else { throw typeError("ord() expected a character, but string of length \(u.count) found") }
            return .int(Int(c.value))
        }
        t.add("vars") { interp, a in
            let v = try a.exactlyOne("vars", receiver: false)
            if case .object(let o) = v, let d = interp.instanceDict(o) { return d }
            if case .object(let o) = v, let t = o as? PyType { return .object(PyMappingProxy(.type(t))) }
            if case .object(let o) = v, o is PyInstance, o.pyType.dictLayout?.instancesHaveDict == false {
                throw typeError("vars() argument must have __dict__ attribute")
            }
            guard case .object(let o) = v, let attrs = o.attributes else {
                throw typeError("vars() argument must have __dict__ attribute")
            }
            let d = PyDict()
            for (k, val) in attrs.sorted(by: { $0.key < $1.key }) { try d.set(.str(k), val, interp) }
            return .object(d)
        }
    }
}

extension Arguments {
    /// Binds keyword-only parameters (print's sep/end/file/flush).
    func bind(_ fname: String, _ names: [String], receiver: Bool, keywordsOnlyFrom: Int) throws -> [Value?] {
        var out = [Value?](repeating: nil, count: names.count)
        for (k, v) in keywords {
            guard let i = names.firstIndex(of: k) else {
                throw typeError("'\(k)' is an invalid keyword argument for \(fname)()")
            }
            out[i] = v
        }
        return out
    }
}

extension Interpreter {
    /// print(file=...): the interpreter's streams, or anything with write().
    func writeTo(_ file: Value?, _ text: String) throws {
        guard let f = file, !f.isNone else { try programWrite(text, .stdout); return }
        if case .object(let o) = f, let s = o as? PyStdStream { try programWrite(text, s.stream); return }
        let w = try getAttribute(f, "write")
        _ = try invoke(w, [.str(text)])
    }

    func isInstance(_ v: Value, _ spec: Value) throws -> Bool {
        try classMatches(typeOf(v), spec, "isinstance")
    }

    func classMatches(_ t: PyType, _ spec: Value, _ fname: String) throws -> Bool {
        guard case .object(let o) = spec else {
            throw typeError("\(fname)() arg 2 must be a type, a tuple of types, or a union")
        }
        if let cls = o as? PyType {
            if t.isSubtype(of: cls) { return true }
            // ABCMeta's hook: registered virtual subclasses and __subclasshook__.
            if let meta = cls.metatype, let hook = meta.lookup("__subclasscheck__"), case .object(let ho) = hook, ho is PyFunction {
                return try truthy(try invoke(hook, [spec, .object(t)]))
            }
            return false
        }
        if let tup = o as? PyTuple {
            for item in tup.items where try classMatches(t, item, fname) { return true }
            return false
        }
        if let u = o as? PyUnionType {
            for item in u.args where try classMatches(t, item, fname) { return true }
            return false
        }
        if o is PyGenericAlias { throw typeError("\(fname)() argument 2 cannot be a parameterized generic") }
        throw typeError("\(fname)() arg 2 must be a type, a tuple of types, or a union")
    }
}
