// OSError's constructor picks the subclass its errno names
// (`OSError(2, 'x')` is a FileNotFoundError) and keeps a filename apart
// from `args`, as CPython's does; the subclasses themselves are here too.

extension BuiltinTypes {
    nonisolated(unsafe) public static let blockingIOError = builtin("BlockingIOError", osError)
    nonisolated(unsafe) public static let childProcessError = builtin("ChildProcessError", osError)
    nonisolated(unsafe) public static let connectionAbortedError = builtin("ConnectionAbortedError", connectionError)
    nonisolated(unsafe) public static let connectionRefusedError = builtin("ConnectionRefusedError", connectionError)
    nonisolated(unsafe) public static let connectionResetError = builtin("ConnectionResetError", connectionError)
    nonisolated(unsafe) public static let fileExistsError = builtin("FileExistsError", osError)
    nonisolated(unsafe) public static let interruptedError = builtin("InterruptedError", osError)
    nonisolated(unsafe) public static let isADirectoryError = builtin("IsADirectoryError", osError)
    nonisolated(unsafe) public static let notADirectoryError = builtin("NotADirectoryError", osError)
    nonisolated(unsafe) public static let processLookupError = builtin("ProcessLookupError", osError)

    /// The OSError subclasses defined in this file, for the builtins namespace.
    static var moreOSErrorTypes: [PyType] {
        [blockingIOError, childProcessError, connectionAbortedError, connectionRefusedError,
         connectionResetError, fileExistsError, interruptedError, isADirectoryError,
         notADirectoryError, processLookupError]
    }

    /// Linux errno values and the class `OSError(errno, ...)` becomes.
    static func osErrorSubclass(errno: Int) -> PyType? {
        switch errno {
        case 1, 13: return permissionError            // EPERM, EACCES
        case 2: return fileNotFoundError              // ENOENT
        case 3: return processLookupError             // ESRCH
        case 4: return interruptedError               // EINTR
        case 10: return childProcessError             // ECHILD
        case 11, 114, 115: return blockingIOError     // EAGAIN, EALREADY, EINPROGRESS
        case 17: return fileExistsError               // EEXIST
        case 20: return notADirectoryError            // ENOTDIR
        case 21: return isADirectoryError             // EISDIR
        case 32, 108: return brokenPipeError          // EPIPE, ESHUTDOWN
        case 103: return connectionAbortedError       // ECONNABORTED
        case 104: return connectionResetError         // ECONNRESET
        case 110: return timeoutError                 // ETIMEDOUT
        case 111: return connectionRefusedError       // ECONNREFUSED
        default: return nil
        }
    }
}

extension ExceptionMethods {
    /// `OSError.__new__` / `__init__`: with 2 to 5 arguments they are
    /// (errno, strerror, filename, winerror, filename2).
    static var osErrorMethods: [String: Value] {
        var t = MethodTable()
        t.add("__new__") { _, a in
            guard a.count > 0, case .object(let o) = a[0], var cls = o as? PyType else {
                throw typeError("OSError.__new__(X): X is not a type object")
            }
            guard cls.isSubtype(of: BuiltinTypes.osError) else {
                throw typeError("OSError.__new__(\(cls.name)): \(cls.name) is not a subtype of OSError")
            }
            let args = Array(a.positional.dropFirst())
            // Only OSError itself is redirected; a subclass stays what it is.
            if cls === BuiltinTypes.osError, (2...5).contains(args.count),
               let code = smallInt(args[0]), let sub = BuiltinTypes.osErrorSubclass(errno: code) {
                cls = sub
            }
            let e = PyException(type: cls, args: args)
            setFilenames(e)
            return .object(e)
        }
        t.add("__init__") { _, a in
            let e = try receiver(a, "__init__")
            if !a.keywords.isEmpty { throw typeError("\(e.pyType.name)() takes no keyword arguments") }
            e.args = Array(a.positional.dropFirst())
            setFilenames(e)
            return .none
        }
        return t.dict
    }

    private static func smallInt(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    /// A filename other than None moves out of `args`, which keeps
    /// (errno, strerror) only: CPython's `OSError(2, 'x', 'f').args`.
    private static func setFilenames(_ e: PyException) {
        guard (3...5).contains(e.args.count), !e.args[2].isNone else { return }
        e.dict["filename"] = e.args[2]
        if e.args.count == 5 { e.dict["filename2"] = e.args[4] }
        e.args = Array(e.args.prefix(2))
    }

    /// `str(OSError)`: `[Errno 2] No such file or directory: 'f.txt'`, or
    /// nil when the arguments are not (errno, strerror, ...).
    static func osErrorStr(_ interp: Interpreter, _ e: PyException) throws -> String? {
        let filename = e.dict["filename"], filename2 = e.dict["filename2"]
        if let filename {
            var text = "[Errno \(try interp.str(e.args[0]))] \(try interp.str(e.args[1])): \(try interp.repr(filename))"
            if let filename2, !filename2.isNone { text += " -> \(try interp.repr(filename2))" }
            return text
        }
        guard (2...5).contains(e.args.count) else { return nil }
        return "[Errno \(try interp.str(e.args[0]))] \(try interp.str(e.args[1]))"
    }
}
