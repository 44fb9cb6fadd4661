// repr() of the VM's objects, as CPython prints them. Installed as native
// `__repr__` methods so the runtime's repr() finds them like any dunder.

extension VMTypeTables {
    static func installReprs() {
        func fn(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) -> Value {
            .object(PyNativeFunction(name, body))
        }
        func addr(_ interp: Interpreter, _ o: PyObject) -> String {
            "0x" + String(interp.objectID(o), radix: 16).leftPadded(to: 12, with: "0")
        }
        VMTypes.function.dict["__repr__"] = fn("__repr__") { interp, a in
            guard case .object(let o) = a[0], let f = o as? PyFunction else { return .str("<function>") }
            return .str("<function \(f.qualname) at \(addr(interp, f))>")
        }
        VMTypes.method.dict["__repr__"] = fn("__repr__") { interp, a in
            guard case .object(let o) = a[0], let m = o as? PyBoundMethod else { return .str("<method>") }
            if case .object(let fo) = m.function, let nf = fo as? PyNativeFunction {
                let recv = m.receiver
                if case .object(let ro) = recv {
                    return .str("<built-in method \(nf.name) of \(ro.pyType.name) object at \(addr(interp, ro))>")
                }
                return .str("<built-in method \(nf.name) of \(interp.pyTypeName(recv)) object>")
            }
            var name = "?"
            if case .object(let fo) = m.function, let f = fo as? PyFunction { name = f.qualname }
            return .str("<bound method \(name) of \(try interp.repr(m.receiver))>")
        }
        for (t, kind) in [(VMTypes.generator, "generator"), (VMTypes.coroutine, "coroutine"), (VMTypes.asyncGenerator, "async_generator")] {
            t.dict["__repr__"] = fn("__repr__") { interp, a in
                guard case .object(let o) = a[0], let g = o as? PyGenBase else { return .str("<\(kind)>") }
                return .str("<\(kind) object \(g.qualname) at \(addr(interp, g))>")
            }
        }
        ModuleType.type.dict["__repr__"] = fn("__repr__") { interp, a in
            guard case .object(let o) = a[0], let m = o as? PyModule else { return .str("<module>") }
            if m.name == "__main__" { return .str("<module '__main__' from '\(interp.filename)'>") }
            return .str(moduleRepr(m))
        }
        VMTypes.cell.dict["__repr__"] = fn("__repr__") { interp, a in
            guard case .object(let o) = a[0], let c = o as? PyCell else { return .str("<cell>") }
            guard let v = c.value else { return .str("<cell at \(addr(interp, c)): empty>") }
            if case .object(let vo) = v {
                return .str("<cell at \(addr(interp, c)): \(vo.pyType.name) object at \(addr(interp, vo))>")
            }
            return .str("<cell at \(addr(interp, c)): \(interp.pyTypeName(v)) object>")
        }
        VMTypes.code.dict["__repr__"] = fn("__repr__") { interp, a in
            guard case .object(let o) = a[0], let c = o as? CodeObject else { return .str("<code>") }
            return .str("<code object \(c.name) at \(addr(interp, c)), file \"\(c.filename)\", line \(c.firstLine)>")
        }
        VMTypes.frame.dict["__repr__"] = fn("__repr__") { interp, a in
            guard case .object(let o) = a[0], let f = o as? PyFrameObject else { return .str("<frame>") }
            let e = interp.entry(of: f)
            return .str("<frame at \(addr(interp, f)), file '\(e.filename)', line \(e.line), code \(e.function)>")
        }
        VMTypes.superType.dict["__repr__"] = fn("__repr__") { interp, a in
            guard case .object(let o) = a[0], let s = o as? PySuper else { return .str("<super>") }
            return .str("<super: <class '\(s.start.name)'>, <\(s.objectType.name) object>>")
        }
    }
}
