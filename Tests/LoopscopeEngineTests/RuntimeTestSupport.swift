@testable import LoopscopeEngine

// Helpers for runtime tests: call builtins and native methods directly
// (the VM is not needed for builtin values).

func makeInterp() -> Interpreter {
    Interpreter(filename: "<test>", source: "")
}

extension Interpreter {
    func builtin(_ name: String, _ args: [Value], kw: Keywords = []) throws -> Value {
        guard case .object(let o)? = makeBuiltins()[name] else { throw PyError(BuiltinTypes.nameError, name) }
        if let f = o as? PyNativeFunction { return try f.body(self, Arguments(args, keywords: kw)) }
        if let t = o as? PyType, case .object(let n)? = t.lookup("__new__"), let f = n as? PyNativeFunction {
            return try f.body(self, Arguments([.object(t)] + args, keywords: kw))
        }
        throw PyError(BuiltinTypes.typeError, "not callable: \(name)")
    }

    func method(_ receiver: Value, _ name: String, _ args: [Value] = [], kw: Keywords = []) throws -> Value {
        guard case .object(let o)? = typeOf(receiver).lookup(name), let f = o as? PyNativeFunction else {
            throw PyError(BuiltinTypes.attributeError, name)
        }
        return try f.body(self, Arguments([receiver] + args, keywords: kw))
    }

    /// repr of the result, or "ErrorType: message".
    func outcome(_ body: () throws -> Value) -> String {
        do {
            return try repr(body())
        } catch let e as PyError {
            return errorLine(e)
        } catch {
            return "swift error \(error)"
        }
    }

    func errorLine(_ e: PyError) -> String {
        let msg = (try? str(.object(e.exception))) ?? "?"
        return e.exception.pyType.name + (msg.isEmpty ? "" : ": " + msg)
    }
}

func list(_ xs: [Value]) -> Value { .list(xs) }
func ints(_ xs: [Int]) -> Value { .list(xs.map { .int($0) }) }
func tuple(_ xs: [Value]) -> Value { .tuple(xs) }

func dict(_ pairs: [(Value, Value)]) -> Value {
    let d = PyDict()
    let interp = makeInterp()
    for (k, v) in pairs { try? d.set(k, v, interp) }
    return .object(d)
}

extension Interpreter {
    /// Calls a function stored on a builtin type (`dict.fromkeys(...)`).
    func typeFunction(_ t: PyType, _ name: String, _ args: [Value]) throws -> Value {
        var found = t.lookup(name)
        // A classmethod (dict.fromkeys) wraps the native function.
        if case .object(let o)? = found, let cm = o as? PyClassMethod { found = cm.function }
        guard case .object(let o)? = found, let f = o as? PyNativeFunction else {
            throw PyError(BuiltinTypes.attributeError, name)
        }
        return try f.body(self, Arguments([.object(t)] + args))
    }
}
