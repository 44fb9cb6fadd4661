// `_loopscope`: what the standard modules written in Python need from the
// engine — the user's calling frame (logging's funcName/lineno, warnings'
// stacklevel), the warnings registry, traceback text, the modelled thread,
// and the sandbox's refusal.

extension Interpreter {
    /// The `depth`-th frame of the program's own code up the stack (1 = the
    /// innermost), skipping the standard library's prelude frames.
    func userFrame(_ depth: Int) -> Frame? {
        var f = currentFrame
        var n = 0
        while let fr = f {
            if !fr.isPrelude {
                n += 1
                if n >= depth { return fr }
            }
            f = fr.parent
        }
        return nil
    }

    func makeSupportModule() -> PyModule {
        var d: [String: Value] = [:]
        let entries: [(String, Value)] = [
            function("caller") { interp, a in
                let depth = a.get(0, "depth")?.asInt ?? 1
                guard let fr = interp.userFrame(max(depth, 1)) else { return .none }
                return .tuple([.str(fr.code.filename), .int(fr.line), .str(fr.code.name), .str(fr.module.name)])
            },
            function("warn") { interp, a in
                let message = try a.required(0, "message")
                let category = try interp.warningCategory(a.get(1, "category") ?? .none, message)
                let level = a.get(2, "stacklevel")?.asInt ?? 1
                if let fr = interp.userFrame(max(level, 1)) {
                    try interp.warnExplicit(message, category: category, filename: fr.code.filename,
                                            lineno: fr.line, module: fr.module.name)
                } else {
                    try interp.warnExplicit(message, category: category, filename: "sys", lineno: 1, module: "sys")
                }
                return .none
            },
            function("warn_explicit") { interp, a in
                let message = try a.required(0, "message")
                let category = try interp.warningCategory(try a.required(1, "category"), message)
                guard case .str(let file) = try a.required(2, "filename") else { throw pyTypeError("filename must be a str") }
                let lineno = try a.required(3, "lineno").asInt ?? 0
                var module = file.hasSuffix(".py") ? String(file.dropLast(3)) : file
                if case .str(let m)? = a.get(4, "module") { module = m }
                try interp.warnExplicit(message, category: category, filename: file, lineno: lineno, module: module)
                return .none
            },
            function("format_warning") { interp, a in
                let text = try interp.str(try a.required(0, "message"))
                let cat = try a.required(1, "category")
                var name = (cat.asObject as? PyType)?.name ?? ""
                if name.isEmpty { name = try interp.str(cat) }
                guard case .str(let file) = try a.required(2, "filename") else { throw pyTypeError("filename must be a str") }
                let line: String? = { if case .str(let s)? = a.get(4, "line") { return s }; return nil }()
                return .str(interp.formatWarning(text, category: name, filename: file,
                                                 lineno: try a.required(3, "lineno").asInt ?? 0, line: line))
            },
            function("set_warning_recorder") { interp, a in
                let v = a.get(0, "recorder") ?? .none
                interp.stdlib.warningRecorder = v.isNone ? nil : v
                return .none
            },
            function("filters_mutated") { interp, _ in
                interp.stdlib.warned.removeAll()
                return .none
            },
            function("set_default_action") { interp, a in
                if case .str(let s)? = a.get(0, "action") { interp.stdlib.defaultAction = s }
                return .none
            },
            function("format_exception") { interp, a in
                guard case .object(let o) = try a.required(0, "exc"), let e = o as? PyException else { return .str("NoneType: None\n") }
                return .str(interp.renderTraceback(e))
            },
            // traceback: (filename, lineno, name, source line or None, the
            // frame's lines as a traceback prints them) per frame, outermost first.
            function("tb_entries") { interp, a in
                guard case .object(let o) = try a.required(0, "tb"), let tb = o as? PyTracebackObject else {
                    throw pyTypeError("expected a traceback object")
                }
                return .object(interp.makeList(tb.entries.map(interp.frameSummary)))
            },
            function("stack_entries") { interp, _ in
                var entries: [TracebackEntry] = []
                var f = interp.programFrame(interp.currentFrame)
                while let fr = f {
                    // Without columns: traceback.py has no carets for a stack.
                    entries.append(TracebackEntry(filename: fr.code.filename, line: interp.tracebackEntry(fr).line, function: interp.tracebackEntry(fr).function))
                    f = interp.programParent(fr)
                }
                return .object(interp.makeList(entries.reversed().map(interp.frameSummary)))
            },
            // A frame object's chain outward, outermost first, as stack entries.
            function("frame_entries") { interp, a in
                let v = try a.required(0, "f")
                guard case .object(let o) = v, let f = o as? PyFrameObject else {
                    throw PyError(BuiltinTypes.attributeError, "'\(interp.pyTypeName(v))' object has no attribute 'f_back'")
                }
                return .object(interp.makeList(interp.frameChain(f).reversed().map { interp.frameSummary(interp.entry(of: $0)) }))
            },
            // A task's `_exception`, read without marking it retrieved.
            function("task_exception") { _, a in
                guard case .object(let o) = try a.required(0, "task"), let t = o as? Task, t.state == .finished else { return .none }
                return t.exception.map { .object($0) } ?? .none
            },
            function("frame_summary") { interp, a in
                let v = try a.required(0, "f")
                guard case .object(let o) = v, let f = o as? PyFrameObject else {
                    throw PyError(BuiltinTypes.attributeError, "'\(interp.pyTypeName(v))' object has no attribute 'f_code'")
                }
                var e = interp.entry(of: f)
                if case .int(let line) = try a.required(1, "lineno") { e.line = line }
                return interp.frameSummary(e)
            },
            function("exception_only") { interp, a in
                guard case .object(let o) = try a.required(0, "exc"), let e = o as? PyException else { return .str("NoneType: None\n") }
                return .str(interp.renderExceptionOnly(e))
            },
            function("now") { interp, _ in .float(epochOffset + interp.threadAwareClock) },
            function("thread_name") { interp, _ in .str(interp.stdlib.threadName) },
            // threading.Thread.start and concurrent.futures: (ok, result or
            // exception, virtual seconds the work took on its own clock).
            function("thread_call") { interp, a in
                let savedName = interp.stdlib.threadName
                if case .str(let name)? = a.keyword("name") { interp.stdlib.threadName = name }
                defer { interp.stdlib.threadName = savedName }
                let (outcome, elapsed) = interp.runOffLoop(try a.required(0, "fn"), Arguments(Array(a.args.positional.dropFirst())))
                switch outcome {
                case .success(let v): return .tuple([.bool(true), v, .float(elapsed)])
                case .failure(let e): return .tuple([.bool(false), .object(e.exception), .float(elapsed)])
                }
            },
            function("get_context") { interp, _ in interp.stdlib.context ?? .none },
            function("set_context") { interp, a in
                interp.stdlib.context = try a.required(0, "context")
                if let copy = a.get(1, "copy") { interp.stdlib.copyContext = copy }
                return .none
            },
            function("sandbox") { _, a in
                let what = (a.get(0, "what")).flatMap { if case .str(let s) = $0 { return s }; return nil } ?? "this"
                throw PyError(BuiltinTypes.permissionError, "loopscope runs scripts in a sandbox: \(what) is not available")
            },
        ]
        for (k, v) in entries { d[k] = v }
        d["filters"] = .object(stdlib.warningFilters)
        d["pid"] = .int(Self.fakePID)
        return PyModule(name: "_loopscope", dict: d)
    }

    func frameSummary(_ e: TracebackEntry) -> Value {
        let line = rawSourceLine(e.filename, e.line).map { Value.str($0) } ?? .none
        return .tuple([.str(e.filename), .int(e.line), .str(e.function), line, .str(entryText(e))])
    }

    /// `os.getpid()` in the sandbox (scripts/vclock.py reports the same).
    static let fakePID = 4242

    /// `warn`'s category argument: None → UserWarning; a Warning instance
    /// as message decides it; anything but a Warning subclass is refused.
    func warningCategory(_ v: Value, _ message: Value) throws -> PyType {
        if case .object(let o) = message, let e = o as? PyException, e.pyType.isSubtype(of: BuiltinTypes.warning) {
            return e.pyType
        }
        if v.isNone { return BuiltinTypes.userWarning }
        guard case .object(let o) = v, let t = o as? PyType, t.isSubtype(of: BuiltinTypes.warning) else {
            throw pyTypeError("category must be a Warning subclass, not '\(typeOf(v).name)'")
        }
        return t
    }
}

extension Value {
    /// An `int` (or bool) as a Swift Int, else nil.
    var asInt: Int? {
        switch self {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }
}
