// The warning categories CPython has beyond Warning, RuntimeWarning,
// UserWarning and DeprecationWarning (those are in BuiltinTypes).

enum ExtraWarnings {
    nonisolated(unsafe) static let pendingDeprecationWarning = BuiltinTypes.builtin("PendingDeprecationWarning", BuiltinTypes.warning)
    nonisolated(unsafe) static let syntaxWarning = BuiltinTypes.builtin("SyntaxWarning", BuiltinTypes.warning)
    nonisolated(unsafe) static let futureWarning = BuiltinTypes.builtin("FutureWarning", BuiltinTypes.warning)
    nonisolated(unsafe) static let importWarning = BuiltinTypes.builtin("ImportWarning", BuiltinTypes.warning)
    nonisolated(unsafe) static let unicodeWarning = BuiltinTypes.builtin("UnicodeWarning", BuiltinTypes.warning)
    nonisolated(unsafe) static let bytesWarning = BuiltinTypes.builtin("BytesWarning", BuiltinTypes.warning)
    nonisolated(unsafe) static let resourceWarning = BuiltinTypes.builtin("ResourceWarning", BuiltinTypes.warning)
    nonisolated(unsafe) static let encodingWarning = BuiltinTypes.builtin("EncodingWarning", BuiltinTypes.warning)

    /// For the builtins namespace.
    static var types: [PyType] {
        [pendingDeprecationWarning, syntaxWarning, futureWarning, importWarning, unicodeWarning,
         bytesWarning, resourceWarning, encodingWarning]
    }
}
