// The builtin type objects. They are created once per process and never
// mutated after their method tables are installed, so sharing them between
// interpreters (tests run engines in parallel) is safe.
// Method tables are installed here or from the per-type files.

public enum BuiltinTypes {
    nonisolated(unsafe) public static let object = PyType(name: "object", bases: [], dict: ObjectMethods.methods, isBuiltin: true)
    nonisolated(unsafe) public static let type = PyType(name: "type", bases: [object], dict: TypeMethods.methods, isBuiltin: true)
    nonisolated(unsafe) public static let builtinFunction = PyType(name: "builtin_function_or_method", bases: [object], isBuiltin: true)

    static func builtin(_ name: String, _ base: PyType = object, methods: [String: Value] = [:]) -> PyType {
        PyType(name: name, bases: [base], dict: methods, isBuiltin: true)
    }

    // Core value types.
    nonisolated(unsafe) public static let int: PyType = builtin("int", methods: BoxedMethods.unboxing(IntMethods.methods) { BuiltinTypes.int }).subclassable()
    nonisolated(unsafe) public static let bool = builtin("bool", int, methods: IntMethods.boolMethods)
    nonisolated(unsafe) public static let float: PyType = builtin("float", methods: BoxedMethods.unboxing(FloatMethods.methods) { BuiltinTypes.float }).subclassable()
    nonisolated(unsafe) public static let str: PyType = builtin("str", methods: BoxedMethods.unboxing(StrMethods.methods, receiverOnly: ["format", "format_map", "__mod__"]) { BuiltinTypes.str }).subclassable()
    nonisolated(unsafe) public static let list = builtin("list", methods: ListMethods.methods).subclassable()
    nonisolated(unsafe) public static let tuple = builtin("tuple", methods: TupleMethods.methods).subclassable()
    nonisolated(unsafe) public static let dict = builtin("dict", methods: DictMethods.methods).subclassable()
    nonisolated(unsafe) public static let set = builtin("set", methods: SetMethods.setMethods).subclassable()
    nonisolated(unsafe) public static let frozenset = builtin("frozenset", methods: SetMethods.frozenSetMethods).subclassable()
    nonisolated(unsafe) public static let range = builtin("range", methods: RangeMethods.methods)
    nonisolated(unsafe) public static let slice = builtin("slice", methods: RangeMethods.sliceMethods)
    nonisolated(unsafe) public static let noneType = builtin("NoneType", methods: ObjectMethods.noneMethods)
    nonisolated(unsafe) public static let notImplementedType = builtin("NotImplementedType")
    nonisolated(unsafe) public static let ellipsisType = builtin("ellipsis")
    nonisolated(unsafe) public static let textIOWrapper = PyType(name: "TextIOWrapper", module: "_io", bases: [object], dict: ObjectMethods.streamMethods, isBuiltin: true)

    // Iterators and views (CPython's type names, as `type(it).__name__` shows).
    static func iteratorType(_ name: String) -> PyType { builtin(name, methods: IteratorMethods.methods) }
    nonisolated(unsafe) public static let listIterator = iteratorType("list_iterator")
    nonisolated(unsafe) public static let listReverseIterator = iteratorType("list_reverseiterator")
    nonisolated(unsafe) public static let tupleIterator = iteratorType("tuple_iterator")
    nonisolated(unsafe) public static let strIterator = iteratorType("str_ascii_iterator")
    nonisolated(unsafe) public static let rangeIterator = iteratorType("range_iterator")
    nonisolated(unsafe) public static let longRangeIterator = iteratorType("longrange_iterator")
    nonisolated(unsafe) public static let setIterator = iteratorType("set_iterator")
    nonisolated(unsafe) public static let dictKeyIterator = iteratorType("dict_keyiterator")
    nonisolated(unsafe) public static let dictValueIterator = iteratorType("dict_valueiterator")
    nonisolated(unsafe) public static let dictItemIterator = iteratorType("dict_itemiterator")
    nonisolated(unsafe) public static let seqIterator = iteratorType("iterator")
    nonisolated(unsafe) public static let callableIterator = iteratorType("callable_iterator")
    nonisolated(unsafe) public static let enumerate = iteratorType("enumerate")
    nonisolated(unsafe) public static let zip = iteratorType("zip")
    nonisolated(unsafe) public static let map = iteratorType("map")
    nonisolated(unsafe) public static let filter = iteratorType("filter")
    nonisolated(unsafe) public static let reversed = iteratorType("reversed")
    nonisolated(unsafe) public static let dictKeys = builtin("dict_keys", methods: DictMethods.viewMethods)
    nonisolated(unsafe) public static let dictValues = builtin("dict_values", methods: DictMethods.viewMethods)
    nonisolated(unsafe) public static let dictItems = builtin("dict_items", methods: DictMethods.viewMethods)

    // Exceptions (CPython 3.11 hierarchy, the parts a program can meet here).
    nonisolated(unsafe) public static let baseException = builtin("BaseException", methods: ExceptionMethods.methods)
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
    nonisolated(unsafe) public static let keyError = builtin("KeyError", lookupError, methods: ExceptionMethods.keyErrorMethods)
    nonisolated(unsafe) public static let memoryError = builtin("MemoryError", exception)
    nonisolated(unsafe) public static let nameError = builtin("NameError", exception)
    nonisolated(unsafe) public static let unboundLocalError = builtin("UnboundLocalError", nameError)
    nonisolated(unsafe) public static let osError = builtin("OSError", exception, methods: ExceptionMethods.osErrorMethods)
    nonisolated(unsafe) public static let permissionError = builtin("PermissionError", osError)
    nonisolated(unsafe) public static let fileNotFoundError = builtin("FileNotFoundError", osError)
    nonisolated(unsafe) public static let timeoutError = builtin("TimeoutError", osError)
    nonisolated(unsafe) public static let connectionError = builtin("ConnectionError", osError)
    nonisolated(unsafe) public static let brokenPipeError = builtin("BrokenPipeError", connectionError)
    nonisolated(unsafe) public static let runtimeError = builtin("RuntimeError", exception)
    nonisolated(unsafe) public static let notImplementedError = builtin("NotImplementedError", runtimeError)
    nonisolated(unsafe) public static let recursionError = builtin("RecursionError", runtimeError)
    nonisolated(unsafe) public static let syntaxError = builtin("SyntaxError", exception, methods: ExceptionMethods.syntaxErrorMethods)
    nonisolated(unsafe) public static let indentationError = builtin("IndentationError", syntaxError)
    nonisolated(unsafe) public static let tabError = builtin("TabError", indentationError)
    nonisolated(unsafe) public static let typeError = builtin("TypeError", exception)
    nonisolated(unsafe) public static let valueError = builtin("ValueError", exception)
    nonisolated(unsafe) public static let unicodeError = builtin("UnicodeError", valueError)
    nonisolated(unsafe) public static let warning = builtin("Warning", exception)
    nonisolated(unsafe) public static let runtimeWarning = builtin("RuntimeWarning", warning)
    nonisolated(unsafe) public static let userWarning = builtin("UserWarning", warning)
    nonisolated(unsafe) public static let deprecationWarning = builtin("DeprecationWarning", warning)
    nonisolated(unsafe) public static let baseExceptionGroup = builtin("BaseExceptionGroup", baseException, methods: ExceptionMethods.groupMethods)
    nonisolated(unsafe) public static let exceptionGroup = PyType(name: "ExceptionGroup", bases: [baseExceptionGroup, exception], isBuiltin: true)

    /// Every exception class above, for the builtins namespace.
    static var exceptionTypes: [PyType] {
        [baseException, systemExit, keyboardInterrupt, generatorExit, exception, stopIteration,
         stopAsyncIteration, arithmeticError, overflowError, zeroDivisionError, assertionError,
         attributeError, importError, moduleNotFoundError, lookupError, indexError, keyError,
         memoryError, nameError, unboundLocalError, osError, permissionError, fileNotFoundError,
         timeoutError, connectionError, brokenPipeError, runtimeError, notImplementedError, recursionError, syntaxError,
         indentationError, tabError, typeError, valueError, unicodeError, warning, runtimeWarning,
         userWarning, deprecationWarning, baseExceptionGroup, exceptionGroup] + moreOSErrorTypes
            + rarerExceptionTypes
    }
}
