// A module object: `asyncio`, `time`, `random`, `__main__`.
// Its globals live in a `Namespace` (stable slots the VM caches); `dict`
// presents them as a Swift dictionary for code that builds or reads modules.
public final class PyModule: PyObject {
    public let name: String
    public let namespace: Namespace

    public var dict: [String: Value] {
        get { namespace.dictionary }
        set { namespace.replace(with: newValue) }
    }

    public init(name: String, dict: [String: Value] = [:]) {
        self.name = name
        self.namespace = Namespace(dict)
        super.init()
        if namespace["__name__"] == nil { namespace["__name__"] = .str(name) }
    }

    /// A module over an existing namespace (`builtins`: the VM's own, so the
    /// module and name lookups see the same objects).
    init(name: String, sharing namespace: Namespace) {
        self.name = name
        self.namespace = namespace
        super.init()
    }

    public override var pyType: PyType { ModuleType.type }

    public override var attributes: [String: Value]? {
        get { dict }
        set { dict = newValue ?? [:] }
    }
}

enum ModuleType {
    nonisolated(unsafe) static let type = BuiltinTypes.builtin("module")
}

extension Interpreter {
    /// Runs Python source as a module, synchronously, and returns it. Used for
    /// the parts of the standard library written in Python (asyncio's
    /// higher-level APIs). Its frames are "prelude" frames: skipped by
    /// `currentLine` and by traceback printing of user-facing lines.
    public func executeModuleSource(_ source: String, name: String) throws -> PyModule {
        let module = PyModule(name: name)
        let code = try compileSource(source, filename: "<\(name)>", isPrelude: true)
        modules[name] = module
        let frame = Frame(code: code, module: module, interp: self)
        _ = try runNested(frame)
        return module
    }
}
