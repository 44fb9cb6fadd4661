// Per-run state of the standard modules that are not asyncio's: the
// warnings registry (shared by `warnings.warn` and the engine's own
// never-awaited RuntimeWarnings) and the modelled worker threads.

final class StdlibState {
    /// `warnings.filters`: tuples (action, message, category, module, lineno),
    /// newest first. The list object is the one the Python module exposes.
    let warningFilters: PyList
    /// `warnings.defaultaction`.
    var defaultAction = "default"
    /// Locations already warned about (the `__warningregistry__`s and
    /// `onceregistry` of CPython, cleared whenever the filters change).
    var warned: Set<String> = []
    /// Set by `catch_warnings(record=True)`: called with
    /// (message, category, filename, lineno) instead of printing.
    var warningRecorder: Value?
    /// The name `threading.current_thread()` reports: "MainThread", or the
    /// executor worker modelled to run `to_thread` / `run_in_executor` work.
    var threadName = "MainThread"
    /// contextvars: the current `Context` (a Python object), nil until a
    /// program imports the module; tasks and callbacks then each capture one.
    var context: Value?
    /// contextvars' `copy_context`, set with `context`.
    var copyContext: Value?
    /// The `context=` given to `create_task`, taken by the Task being made.
    var pendingTaskContext: Value?

    init() {
        func filter(_ action: String, _ category: PyType, module: String? = nil) -> Value {
            .tuple([.str(action), .none, .object(category), module.map { .str($0) } ?? .none, .int(0)])
        }
        warningFilters = PyList([
            filter("default", BuiltinTypes.deprecationWarning, module: "__main__"),
            filter("ignore", BuiltinTypes.deprecationWarning),
            filter("ignore", ExtraWarnings.pendingDeprecationWarning),
            filter("ignore", ExtraWarnings.importWarning),
            filter("ignore", ExtraWarnings.resourceWarning),
        ])
    }
}
