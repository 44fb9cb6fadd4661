// The pure-Python standard modules of this folder, by import name. The
// import switch asks here before refusing a module.

extension Interpreter {
    static let preludeStdlib: [String: String] = [
        "collections": PreludeSources.collections,
        "_collections_abc": PreludeSources.collectionsAbc,
        "abc": PreludeSources.abc,
        "enum": PreludeSources.enumModule,
        "dataclasses": PreludeSources.dataclasses,
        "operator": PreludeSources.operatorModule,
        "string": PreludeSources.stringModule,
        "textwrap": PreludeSources.textwrap,
        "copy": PreludeSources.copyModule,
        "functools": PreludeSources.functools,
        "typing": PreludeSources.typing,
        "heapq": PreludeSources.heapq,
        "bisect": PreludeSources.bisect,
        "traceback": PreludeSources.traceback,
    ]

    /// One of the modules above, compiled and run on first import.
    func preludeStdlibModule(_ name: String) throws -> PyModule? {
        if let m = modules[name] { return m }
        if name == "re" { return try makeReModule() }
        guard let source = Self.preludeStdlib[name] else { return nil }
        let m = try executeModuleSource(source, name: name)
        modules[name] = m
        return m
    }

    /// `collections.abc` is `_collections_abc`, as in CPython.
    func preludeStdlibSubmodule(_ dotted: String) throws -> PyModule? {
        guard dotted == "collections.abc" else { return nil }
        _ = try preludeStdlibModule("collections")
        return try preludeStdlibModule("_collections_abc")
    }
}
