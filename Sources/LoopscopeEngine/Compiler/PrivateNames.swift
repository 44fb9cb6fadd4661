// Private name mangling (CPython's _Py_Mangle): inside a class, `__x` is
// compiled as `_Class__x`, everywhere a name is bound, read or looked up as an
// attribute, in the class body and in every function, lambda and comprehension
// nested in it (up to the next class). Names are mangled where they enter the
// symbol table and again where the compiler emits them, so both agree.

enum PrivateNames {
    /// `name` as written inside the class `className` (nil: outside any class).
    static func mangle(_ name: String, inClass className: String?) -> String {
        guard let className, name.hasPrefix("__") else { return name }
        // Dunders (`__init__`, also `__` itself) and dotted import names stay as they are.
        if name.hasSuffix("__") || name.contains(".") { return name }
        let stripped = className.drop { $0 == "_" }
        // A class named only with underscores mangles nothing.
        if stripped.isEmpty { return name }
        return "_" + stripped + name
    }
}

extension Scope {
    /// `n` as this scope's code refers to it.
    func mangle(_ n: String) -> String {
        PrivateNames.mangle(n, inClass: privateName)
    }
}

extension Compiler {
    /// The name-table index of attribute `attr` as the current code looks it up.
    func attributeName(_ attr: String) -> Int32 {
        name(unit.scope.mangle(attr))
    }
}
