// `obj.__dict__` and `vars(obj)` for instances. Attributes live in an
// `AttributeDict` (the VM's fast paths read it directly), so `__dict__` is a
// dict built from it in insertion order whose writes go through to the
// instance: `self.__dict__.update(kw)`, `vars(self)[k] = v` and
// `del obj.__dict__[k]` change the object, as CPython's live dict does. A
// write to the object itself does not show in a `__dict__` taken before it.

extension Interpreter {
    /// The `__dict__` of an instance of a Python class (a plain instance, a
    /// builtin-subclass instance); nil for other objects.
    func instanceDict(_ o: PyObject) -> Value? {
        if type(of: o) == PyInstance.self || type(of: o) == PyBoxed.self, let inst = o as? PyInstance {
            // `__slots__` without `__dict__`: the slots' values are kept here, but there is no dict.
            if let layout = inst.pyType.dictLayout, !layout.instancesHaveDict { return nil }
            return mirroredDict(inst.dict) { name, value in
                if let value { inst.dict[name] = value } else { inst.dict.removeValue(forKey: name) }
            }
        }
        if let sub = o.subclassState {
            return mirroredDict(sub.dict) { name, value in
                if let value { sub.dict[name] = value } else { sub.dict.removeValue(forKey: name) }
            }
        }
        return nil
    }

    private func mirroredDict(_ attrs: AttributeDict, _ write: @escaping (String, Value?) -> Void) -> Value {
        let d = PyDict()
        for (k, v) in attrs { try? d.set(.str(k), v, self) }
        d.writeThrough = write
        return .object(d)
    }
}
