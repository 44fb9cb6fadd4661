// A name CPython's module has but Loopscope's lacks (`sys.getsizeof`,
// `contextlib.ExitStack`): CPython's "module 'sys' has no attribute
// 'getsizeof'" would tell the reader the program is wrong, when it is
// Loopscope that falls short. The error keeps its type (AttributeError, or
// ImportError for `from M import N`), so `hasattr` and `except` still work,
// but says what is missing: "loopscope does not support sys.getsizeof yet".
extension Interpreter {
    /// Loopscope's names for modules whose CPython `__name__` differs.
    private static let cpythonModuleName = [
        "_collections_abc": "collections.abc", "_futures": "concurrent.futures", "posixpath": "os.path",
    ]

    /// The message for `name`, when CPython 3.11's version of module `m` has
    /// it; nil for the program's own modules and for names CPython lacks too.
    func unsupportedModuleAttribute(_ m: PyModule, _ name: String) -> String? {
        guard m !== mainModule, m.namespace["__file__"] == nil else { return nil }
        let module = Self.cpythonModuleName[m.name] ?? m.name
        guard let names = CPythonModuleNames.byModule[module], names.contains(name) else { return nil }
        return "loopscope does not support \(module).\(name) yet"
    }
}
