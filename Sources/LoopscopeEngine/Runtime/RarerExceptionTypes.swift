// The built-in exception classes programs rarely raise themselves but name in
// `except` clauses, `raise` statements and examples (the tutorial's
// `ExceptionGroup` demo raises a `SystemError`): CPython 3.11 has each of them
// in builtins, so a name lookup must not fail with a NameError.

extension BuiltinTypes {
    nonisolated(unsafe) public static let systemError = builtin("SystemError", exception)
    nonisolated(unsafe) public static let referenceError = builtin("ReferenceError", exception)
    nonisolated(unsafe) public static let bufferError = builtin("BufferError", exception)
    nonisolated(unsafe) public static let eofError = builtin("EOFError", exception)
    nonisolated(unsafe) public static let floatingPointError = builtin("FloatingPointError", arithmeticError)
    nonisolated(unsafe) public static let unicodeTranslateError = builtin("UnicodeTranslateError", unicodeError)

    /// The classes defined in this file, for the builtins namespace.
    static var rarerExceptionTypes: [PyType] {
        [systemError, referenceError, bufferError, eofError, floatingPointError, unicodeTranslateError]
    }
}
