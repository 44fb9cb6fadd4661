// The standard modules written for the sandbox and the virtual clock (logging,
// warnings, datetime, os, ...), by name: the import switch in
// VM/Interpreter+Import.swift asks here for any name it does not know.

/// Python sources of the standard modules written in Python (one file each).
enum StdlibSources {}

extension Interpreter {
    /// The module `top` if it is one of these, created once per interpreter.
    func cachedStdlibModule(_ top: String) throws -> PyModule? {
        if let m = modules[top] { return m }
        let source: String
        switch top {
        case "_loopscope":
            let m = makeSupportModule()
            modules[top] = m
            return m
        case "_inspect":
            let m = makeInspectSupportModule()
            modules[top] = m
            return m
        case "cmath":
            let m = makeCmathModule()
            modules[top] = m
            return m
        case "warnings": source = StdlibSources.warnings
        case "logging": source = StdlibSources.logging
        case "_timeutil": source = StdlibSources.timeutil
        case "os": source = StdlibSources.os
        case "posixpath": source = StdlibSources.posixpath
        case "__future__": source = StdlibSources.future
        case "datetime": source = StdlibSources.datetime
        case "json": source = StdlibSources.jsonEncoder + "\n" + StdlibSources.jsonDecoder
        case "contextvars": source = StdlibSources.contextvars
        case "argparse":
            source = [StdlibSources.argparseActions, StdlibSources.argparseHelp,
                      StdlibSources.argparseParser, StdlibSources.argparseMatching].joined(separator: "\n\n")
        case "threading": source = StdlibSources.threading
        case "_futures": source = StdlibSources.futures
        case "concurrent": source = "import _futures as futures\n"
        case "queue": source = StdlibSources.queue
        case "inspect":
            source = [StdlibSources.inspectBasics, StdlibSources.inspectSignature,
                      StdlibSources.inspectCallables].joined(separator: "\n\n")
        default: return nil
        }
        return try executeModuleSource(source, name: top)
    }

    /// `os.path`, `concurrent.futures`, `logging.handlers`: modules inside a
    /// package of this folder.
    func stdlibSubmodule(_ dotted: String) throws -> PyModule? {
        if let m = modules[dotted] { return m }
        let real: String
        switch dotted {
        case "os.path": real = "posixpath"
        case "concurrent.futures": real = "_futures"
        case "logging.handlers":
            // A module of its own under its dotted name, bound on the package as `import` does.
            guard let logging = try cachedStdlibModule("logging") else { return nil }
            let m = try executeModuleSource(StdlibSources.loggingHandlers, name: dotted)
            logging.namespace["handlers"] = .object(m)
            return m
        case "json.decoder", "json.encoder": real = "json"
        default: return nil
        }
        guard let m = try cachedStdlibModule(real) else { return nil }
        modules[dotted] = m
        return m
    }
}
