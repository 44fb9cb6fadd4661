// Where CPython 3.11's standard library lives on the machine the conformance
// expectations are recorded on. Some CPython messages name these files
// (`cannot import name 'x' from 'asyncio' (.../asyncio/__init__.py)`, debug
// mode's `created at .../asyncio/tasks.py:384`), so Loopscope prints the same.
let cpythonLibDirectory = "/root/.pyenv/versions/3.11.7/lib/python3.11"
let cpythonAsyncioDirectory = cpythonLibDirectory + "/asyncio"

enum CPythonPaths {
    /// Modules compiled into the interpreter: no file ("unknown location").
    static let builtinModules: Set<String> = [
        "sys", "time", "itertools", "builtins", "_asyncio", "gc", "marshal", "posix", "errno", "_thread",
        "atexit", "_io", "_signal", "pwd", "_abc", "_codecs", "_collections", "_functools", "_operator",
        "_sre", "_string", "_weakref", "_warnings", "_contextvars", "_stat", "_locale", "faulthandler",
        "_tracemalloc", "_imp", "_symtable", "xxsubtype", "_tokenize", "_typing",
    ]
    /// Modules 3.11 freezes (its startup imports them): they print as `(frozen)`.
    static let frozenModules: Set<String> = [
        "os", "posixpath", "genericpath", "ntpath", "stat", "abc", "codecs", "io", "_collections_abc",
        "_sitebuiltins", "site", "runpy",
    ]
    /// Extension modules under lib-dynload.
    static let extensionModules: Set<String> = [
        "math", "cmath", "_random", "select", "_datetime", "binascii", "_struct", "array", "_bisect",
        "_heapq", "zlib", "_json", "_pickle", "unicodedata", "_statistics", "fcntl", "termios", "_queue",
    ]
    /// Packages (a directory with `__init__.py`).
    static let packages: Set<String> = [
        "asyncio", "collections", "json", "logging", "re", "concurrent", "concurrent.futures", "email",
        "http", "importlib", "unittest", "urllib", "xml", "encodings", "ctypes", "sqlite3", "curses",
        "multiprocessing", "tomllib", "wsgiref", "dbm", "html", "zoneinfo",
    ]

    /// The `__file__` CPython gives the standard module `name`, or nil for a builtin one.
    static func location(of name: String) -> String? {
        if builtinModules.contains(name) { return nil }
        if extensionModules.contains(name) {
            return "\(cpythonLibDirectory)/lib-dynload/\(name).cpython-311-x86_64-linux-gnu.so"
        }
        if name == "os.path" { return "\(cpythonLibDirectory)/posixpath.py" }
        let path = name.replacingOccurrences(of: ".", with: "/")
        if packages.contains(name) { return "\(cpythonLibDirectory)/\(path)/__init__.py" }
        return "\(cpythonLibDirectory)/\(path).py"
    }
}

/// A standard module's repr as CPython prints it: from its file, `(frozen)`,
/// or `(built-in)` for the modules compiled into the interpreter.
func moduleRepr(_ m: PyModule) -> String {
    if CPythonPaths.frozenModules.contains(m.name) { return "<module '\(m.name)' (frozen)>" }
    if !m.name.hasPrefix("_loopscope"), let path = CPythonPaths.location(of: m.name) {
        return "<module '\(m.name)' from '\(path)'>"
    }
    return "<module '\(m.name)' (built-in)>"
}
