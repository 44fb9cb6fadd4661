// A SyntaxError built by a program: `SyntaxError(msg, (filename, lineno,
// offset, text[, end_lineno, end_offset]))` spreads the details over its
// attributes and `str()` names the file's base name and the line, as
// CPython's SyntaxError_init and SyntaxError_str do. The ones the parser
// raises are built in VM/Interpreter+Source.swift.

extension ExceptionMethods {
    /// The attributes every SyntaxError has, None until set.
    static let syntaxErrorFields: Set<String> = [
        "msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line",
    ]

    static var syntaxErrorMethods: [String: Value] {
        var t = MethodTable()
        t.add("__init__") { interp, a in
            let e = try receiver(a, "__init__")
            if !a.keywords.isEmpty { throw typeError("\(e.pyType.name)() takes no keyword arguments") }
            let args = Array(a.positional.dropFirst())
            e.args = args
            for f in syntaxErrorFields { e.dict[f] = nil }
            e.dict["msg"] = args.first ?? Value.none
            guard args.count == 2 else { return .none }
            let info = try interp.sequenceItems(args[1])
            if info.count < 4 { throw typeError("function takes at least 4 arguments (\(info.count) given)") }
            if info.count > 6 { throw typeError("function takes at most 6 arguments (\(info.count) given)") }
            for (name, v) in zip(["filename", "lineno", "offset", "text", "end_lineno", "end_offset"], info) {
                e.dict[name] = v
            }
            return .none
        }
        return t.dict
    }

    /// `str(SyntaxError)`: `msg (file.py, line 3)`, with whichever of the
    /// two parts is known.
    static func syntaxErrorStr(_ interp: Interpreter, _ e: PyException) throws -> String? {
        // Raised natively (`throw PyError(.syntaxError, text)`): no fields, the plain rule.
        guard let msgValue = e.dict["msg"] else { return nil }
        let msg = try interp.str(msgValue)
        var file: String?
        if case .str(let path)? = e.dict["filename"] {
            file = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        }
        var line: Int?
        if case .int(let n)? = e.dict["lineno"] { line = n }
        switch (file, line) {
        case let (f?, l?): return "\(msg) (\(f), line \(l))"
        case let (f?, nil): return "\(msg) (\(f))"
        case let (nil, l?): return "\(msg) (line \(l))"
        case (nil, nil): return msg
        }
    }
}
