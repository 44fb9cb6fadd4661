// `import`: the modules a program may use (created once per interpreter),
// a sandbox refusal for modules that touch the outside world, a clear
// "not supported yet" for the rest of the standard library, and python3's
// "No module named" for anything else (StdlibModuleNames.swift).

extension Interpreter {
    static let sandboxedModules: Set<String> = [
        "socket", "subprocess", "pathlib", "shutil", "multiprocessing", "urllib",
        "http", "requests", "io", "ctypes", "signal", "select", "selectors", "tempfile", "glob", "ssl",
        "sqlite3", "pickle", "shelve", "ftplib", "smtplib", "telnetlib", "webbrowser",
        "fcntl", "pty", "tty", "termios", "resource", "mmap", "importlib", "runpy", "aiohttp",
        "httpx", "psutil", "platform", "getpass", "fileinput", "zipfile", "tarfile", "gzip", "csv",
    ]

    func importModule(_ dotted: String) throws -> PyModule {
        if let m = modules[dotted] { return m }
        let parts = dotted.split(separator: ".").map(String.init)
        guard let top = parts.first else {
            throw PyError(BuiltinTypes.moduleNotFoundError, "No module named ''")
        }
        if let local = try localModule(dotted) { return local }
        if Self.sandboxedModules.contains(top) {
            let e = PyException(BuiltinTypes.importError, "loopscope runs scripts in a sandbox: '\(top)' is not available")
            e.dict["name"] = .str(top)
            throw PyError(e)
        }
        let module: PyModule
        switch top {
        case "asyncio": module = try cachedModule("asyncio") { try makeAsyncioModule() }
        case "time": module = try cachedModule("time") { try makeTimeModule() }
        case "random": module = try cachedModule("random") { try makeRandomModule() }
        case "sys": module = cachedModule("sys") { makeSysModule() }
        case "math": module = cachedModule("math") { makeMathModule() }
        case "itertools": module = cachedModule("itertools") { makeItertoolsModule() }
        case "types": module = cachedModule("types") { makeTypesModule() }
        case "contextlib": module = try cachedModule("contextlib") { try makeContextlibModule() }
        case "__main__": module = mainModule
        case "builtins":
            // `from builtins import range` (a tutorial's way to be explicit): the VM's builtins.
            module = cachedModule("builtins") { ensureBuiltins(); return PyModule(name: "builtins", sharing: builtinsNS) }
        default:
            if let m = try preludeStdlibModule(top) { module = m; break }
            if let m = try cachedStdlibModule(top) { module = m; break }
            let e = PyException(BuiltinTypes.moduleNotFoundError, StdlibModuleNames.all.contains(top)
                                ? "loopscope does not support the module '\(top)' yet"
                                : "No module named '\(top)'")
            e.dict["name"] = .str(top)
            throw PyError(e)
        }
        if parts.count == 1 { return module }
        if let sub = try preludeStdlibSubmodule(dotted) { return sub }
        // Submodules: `asyncio.queues` and friends are views of the package.
        if top == "asyncio" {
            if let sub = modules[dotted] { return sub }     // asyncio.subprocess
            if parts.count == 2, Self.asyncioSubmoduleViews.contains(parts[1]) {
                modules[dotted] = module
                return module
            }
        }
        if let sub = try stdlibSubmodule(dotted) { return sub }
        let e = PyException(BuiltinTypes.moduleNotFoundError, "No module named '\(dotted)'")
        e.dict["name"] = .str(dotted)
        throw PyError(e)
    }

    /// asyncio's submodules that are views of the package itself.
    static let asyncioSubmoduleViews: Set<String> = [
        "queues", "tasks", "locks", "exceptions", "events", "futures", "base_events", "coroutines",
        "runners", "timeouts", "taskgroups", "streams", "protocols", "transports",
    ]

    private func cachedModule(_ name: String, _ make: () throws -> PyModule) rethrows -> PyModule {
        if let m = modules[name] { return m }
        let m = try make()
        modules[name] = m
        return m
    }

    func importFrom(_ m: Value, _ name: String) throws -> Value {
        guard case .object(let o) = m, let module = o as? PyModule else {
            return try loadAttribute(m, name)
        }
        if let v = module.namespace[name] { return v }
        // `from asyncio import tasks`: the submodule, a view of the package (as `import asyncio.tasks`).
        if module.name == "asyncio", Self.asyncioSubmoduleViews.contains(name) {
            modules["asyncio.\(name)"] = module
            return .object(module)
        }
        if let missing = unsupportedModuleAttribute(module, name) {
            let e = PyException(BuiltinTypes.importError, missing)
            e.dict["name"] = .str(module.name)
            throw PyError(e)
        }
        // CPython names the module's file; Loopscope's own modules stand in for CPython's.
        let location = module === mainModule ? filename : CPythonPaths.location(of: module.name) ?? "unknown location"
        let e = PyException(BuiltinTypes.importError, "cannot import name '\(name)' from '\(module.name)' (\(location))")
        e.dict["name"] = .str(module.name)
        throw PyError(e)
    }

    func importStar(_ m: Value, into f: Frame) throws {
        guard case .object(let o) = m, let module = o as? PyModule else { return }
        var names: [String]
        if case .object(let ao)? = module.namespace["__all__"], let l = ao as? PyList {
            names = l.items.compactMap { if case .str(let s) = $0 { return s }; return nil }
        } else {
            names = module.namespace.orderedItems.map(\.0).filter { !$0.hasPrefix("_") }
            // asyncio's __all__ names no submodule.
            if module.name == "asyncio" {
                names.removeAll { Self.asyncioSubmoduleViews.contains($0) || $0 == "subprocess" }
            }
        }
        for n in names {
            guard let v = module.namespace[n] else { continue }
            if f.classDict != nil { f.classStore(n, v) } else { f.globals[n] = v }
        }
    }
}
