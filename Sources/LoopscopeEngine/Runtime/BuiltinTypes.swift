// The builtin type objects. They are created once per process and never
// mutated after their method tables are installed, so sharing them between
// interpreters (tests run engines in parallel) is safe.
// OWNER: runtime helper (method tables are installed here or from per-type files).

public enum BuiltinTypes {
    nonisolated(unsafe) public static let object = PyType(name: "object", bases: [], isBuiltin: true)
    nonisolated(unsafe) public static let type = PyType(name: "type", bases: [object], isBuiltin: true)
    nonisolated(unsafe) public static let builtinFunction = PyType(name: "builtin_function_or_method", bases: [object], isBuiltin: true)

    static func builtin(_ name: String, _ base: PyType = object) -> PyType {
        PyType(name: name, bases: [base], isBuiltin: true)
    }

    // Exceptions (CPython 3.11 hierarchy, the parts a program can meet here).
    nonisolated(unsafe) public static let baseException = builtin("BaseException")
    nonisolated(unsafe) public static let systemExit = builtin("SystemExit", baseException)
    nonisolated(unsafe) public static let keyboardInterrupt = builtin("KeyboardInterrupt", baseException)
    nonisolated(unsafe) public static let generatorExit = builtin("GeneratorExit", baseException)
    nonisolated(unsafe) public static let exception = builtin("Exception", baseException)
    nonisolated(unsafe) public static let stopIteration = builtin("StopIteration", exception)
    nonisolated(unsafe) public static let stopAsyncIteration = builtin("StopAsyncIteration", exception)
    nonisolated(unsafe) public static let arithmeticError = builtin("ArithmeticError", exception)
    nonisolated(unsafe) public static let overflowError = builtin("OverflowError", arithmeticError)
    nonisolated(unsafe) public static let zeroDivisionError = builtin("ZeroDivisionError", arithmeticError)
    nonisolated(unsafe) public static let assertionError = builtin("AssertionError", exception)
    nonisolated(unsafe) public static let attributeError = builtin("AttributeError", exception)
    nonisolated(unsafe) public static let importError = builtin("ImportError", exception)
    nonisolated(unsafe) public static let moduleNotFoundError = builtin("ModuleNotFoundError", importError)
    nonisolated(unsafe) public static let lookupError = builtin("LookupError", exception)
    nonisolated(unsafe) public static let indexError = builtin("IndexError", lookupError)
    nonisolated(unsafe) public static let keyError = builtin("KeyError", lookupError)
    nonisolated(unsafe) public static let memoryError = builtin("MemoryError", exception)
    nonisolated(unsafe) public static let nameError = builtin("NameError", exception)
    nonisolated(unsafe) public static let unboundLocalError = builtin("UnboundLocalError", nameError)
    nonisolated(unsafe) public static let osError = builtin("OSError", exception)
    nonisolated(unsafe) public static let permissionError = builtin("PermissionError", osError)
    nonisolated(unsafe) public static let fileNotFoundError = builtin("FileNotFoundError", osError)
    nonisolated(unsafe) public static let timeoutError = builtin("TimeoutError", osError)
    nonisolated(unsafe) public static let runtimeError = builtin("RuntimeError", exception)
    nonisolated(unsafe) public static let notImplementedError = builtin("NotImplementedError", runtimeError)
    nonisolated(unsafe) public static let recursionError = builtin("RecursionError", runtimeError)
    nonisolated(unsafe) public static let syntaxError = builtin("SyntaxError", exception)
    nonisolated(unsafe) public static let indentationError = builtin("IndentationError", syntaxError)
    nonisolated(unsafe) public static let tabError = builtin("TabError", indentationError)
    nonisolated(unsafe) public static let typeError = builtin("TypeError", exception)
    nonisolated(unsafe) public static let valueError = builtin("ValueError", exception)
    nonisolated(unsafe) public static let unicodeError = builtin("UnicodeError", valueError)
    nonisolated(unsafe) public static let warning = builtin("Warning", exception)
    nonisolated(unsafe) public static let runtimeWarning = builtin("RuntimeWarning", warning)
    nonisolated(unsafe) public static let userWarning = builtin("UserWarning", warning)
    nonisolated(unsafe) public static let deprecationWarning = builtin("DeprecationWarning", warning)
}
