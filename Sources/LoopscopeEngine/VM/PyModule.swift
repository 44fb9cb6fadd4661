// OWNER: VM helper. A module object: `asyncio`, `time`, `random`, `__main__`.
public final class PyModule: PyObject {
    public let name: String
    public var dict: [String: Value]

    public init(name: String, dict: [String: Value] = [:]) {
        self.name = name
        self.dict = dict
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
        fatalError("VM: executeModuleSource not implemented yet")
    }
}
