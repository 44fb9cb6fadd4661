// Test harness for the VM: runs a program with a `record(x)` builtin that
// collects values, so VM behaviour can be checked independently of print().
@testable import LoopscopeEngine

final class VMRun {
    let interp: Interpreter
    var records: [Value] = []
    var result: FiberResult?
    var fiber: Fiber?
    var executed = 0

    init(_ source: String, withRuntime: Bool = false) {
        interp = Interpreter(filename: "test.py", source: source)
        if !withRuntime {
            interp.builtinsLoaded = true
            VMTypeTables.install()
            var b: [String: Value] = [:]
            for t in [BuiltinTypes.baseException, BuiltinTypes.exception, BuiltinTypes.valueError, BuiltinTypes.typeError,
                      BuiltinTypes.keyError, BuiltinTypes.runtimeError, BuiltinTypes.stopIteration,
                      BuiltinTypes.zeroDivisionError, BuiltinTypes.recursionError, BuiltinTypes.assertionError,
                      BuiltinTypes.nameError, BuiltinTypes.attributeError, BuiltinTypes.generatorExit,
                      BuiltinTypes.stopAsyncIteration, BuiltinTypes.object] {
                b[t.name] = .object(t)
            }
            b["super"] = .object(VMTypes.superType)
            b["classmethod"] = .object(VMTypes.classmethod)
            b["staticmethod"] = .object(VMTypes.staticmethod)
            b["property"] = .object(VMTypes.property)
            b["record"] = .object(PyNativeFunction("record") { [unowned self] _, args in
                self.records.append(contentsOf: args.positional)
                return .none
            })
            interp.builtinsNS = Namespace(b)
        }
    }

    func add(_ name: String, _ v: Value) {
        var d = interp.builtinsNS.dictionary
        d[name] = v
        interp.builtinsNS = Namespace(d)
    }

    @discardableResult
    func start(budget: Int = 10_000_000) -> FiberResult {
        do {
            let f = try interp.loadModule()
            fiber = f
            let r = interp.resume(f, nil, budget: budget, executed: &executed)
            result = r
            return r
        } catch let e as PyError {
            result = .raised(e.exception)
            return .raised(e.exception)
        } catch {
            fatalError("\(error)")
        }
    }

    @discardableResult
    func resume(_ input: ResumeInput?, budget: Int = 10_000_000) -> FiberResult {
        let r = interp.resume(fiber!, input, budget: budget, executed: &executed)
        result = r
        return r
    }

    /// Records rendered without the runtime's repr.
    var rendered: [String] { records.map(render) }

    var raisedType: String? {
        if case .raised(let e)? = result { return e.pyType.name }
        return nil
    }

    var raisedMessage: String? {
        if case .raised(let e)? = result, case .str(let s)? = e.args.first { return s }
        return nil
    }
}

func render(_ v: Value) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .bigint(let b): return String(b)
    case .float(let d): return String(d)
    case .str(let s): return s
    case .object(let o):
        if let t = o as? PyTuple { return "(" + t.items.map(render).joined(separator: ", ") + ")" }
        if let l = o as? PyList { return "[" + l.items.map(render).joined(separator: ", ") + "]" }
        if let e = o as? PyException { return e.pyType.name + "(" + e.args.map(render).joined(separator: ", ") + ")" }
        if let t = o as? PyType { return "<class \(t.name)>" }
        return "<\(o.pyType.name)>"
    }
}
