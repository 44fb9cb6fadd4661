// `import util` where util.py (or util/__init__.py) sits next to the program:
// CPython puts the script's directory first on sys.path, so books and
// tutorials split their listings into a helper module and the programs that
// import it. The engine reads no files: whoever creates the Engine passes a
// lookup (`EngineOptions.localModules`) that returns the module's source.
// Modules compiled into CPython or frozen in 3.11 (sys, os, ...) are found
// before sys.path there, so a local file never shadows those.

/// A module found next to the program: its source, the absolute path CPython
/// would report as `__file__`, and whether it is a package's `__init__.py`.
public struct LocalModule: Sendable {
    public let source: String
    public let path: String
    public let isPackage: Bool

    public init(source: String, path: String, isPackage: Bool) {
        self.source = source
        self.path = path
        self.isPackage = isPackage
    }
}

extension Interpreter {
    /// The local module `dotted` (loading it and its parent packages on first
    /// use), or nil when the program's directory has no such module.
    func localModule(_ dotted: String) throws -> PyModule? {
        if localModuleNames.contains(dotted) { return modules[dotted] }
        guard let find = localModuleLookup else { return nil }
        var parts = dotted.split(separator: ".").map(String.init)
        guard let top = parts.first, top != "__main__", !CPythonPaths.builtinModules.contains(top),
              !CPythonPaths.frozenModules.contains(top) else { return nil }
        let last = parts.removeLast()
        let parentName = parts.joined(separator: ".")
        var parent: PyModule?
        if !parts.isEmpty {
            guard let p = try localModule(parentName) else { return nil }
            // The package's __init__ may have imported it already.
            if localModuleNames.contains(dotted) { return modules[dotted] }
            parent = p
        }
        guard let found = find(dotted) else { return nil }
        let module = PyModule(name: dotted)
        module.namespace["__file__"] = .str(found.path)
        module.namespace["__package__"] = .str(found.isPackage ? dotted : parentName)
        if found.isPackage {
            let dir = found.path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
            module.namespace["__path__"] = .object(PyList([.str(dir)]))
        }
        localSourceLines[found.path] = found.source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        modules[dotted] = module
        localModuleNames.insert(dotted)
        do {
            let code = try compileSource(found.source, filename: found.path, isPrelude: false)
            _ = try runNested(Frame(code: code, module: module, interp: self))
        } catch {
            // As CPython: a module whose body failed is not left importable.
            modules[dotted] = nil
            localModuleNames.remove(dotted)
            throw error
        }
        parent?.namespace[last] = .object(module)
        return module
    }
}
