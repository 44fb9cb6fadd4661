// OWNER: runtime helper. The abstract object layer (CPython's abstract.c):
// what the VM calls to operate on values. Started as a contract stub; keep the
// signatures (add, don't rename). User-class dunders (__repr__, __eq__,
// __lt__, __add__, __iter__, __len__, __bool__, __getitem__, __hash__...)
// are dispatched from here through `call` / `getAttribute`.

extension Interpreter {
    /// `type(v)`.
    public func typeOf(_ v: Value) -> PyType { fatalError("runtime: typeOf") }
    /// `repr(v)` exactly as CPython prints it.
    public func repr(_ v: Value) throws -> String { fatalError("runtime: repr") }
    /// `str(v)`.
    public func str(_ v: Value) throws -> String { fatalError("runtime: str") }
    /// `bool(v)`.
    public func truthy(_ v: Value) throws -> Bool { fatalError("runtime: truthy") }
    /// `a <op> b` (and the in-place form when `inplace`, e.g. list +=).
    public func binaryOp(_ op: BinaryOp, _ a: Value, _ b: Value, inplace: Bool = false) throws -> Value { fatalError("runtime: binaryOp") }
    public func unaryOp(_ op: UnaryOp, _ v: Value) throws -> Value { fatalError("runtime: unaryOp") }
    /// A single comparison (`is`/`in` included); returns the Python result value.
    public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws -> Value { fatalError("runtime: compare") }
    /// `a == b` as a Swift Bool (dict keys, list.index, `in`).
    public func equals(_ a: Value, _ b: Value) throws -> Bool { fatalError("runtime: equals") }
    /// `hash(v)`; TypeError for unhashable values.
    public func hash(_ v: Value) throws -> Int { fatalError("runtime: hash") }
    /// `iter(v)`.
    public func getIter(_ v: Value) throws -> Value { fatalError("runtime: getIter") }
    /// `next(it)`; nil when exhausted (StopIteration is not thrown for that).
    public func next(_ iterator: Value) throws -> Value? { fatalError("runtime: next") }
    public func getItem(_ container: Value, _ key: Value) throws -> Value { fatalError("runtime: getItem") }
    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws { fatalError("runtime: setItem") }
    public func delItem(_ container: Value, _ key: Value) throws { fatalError("runtime: delItem") }
    /// `format(v, spec)`, used by f-strings and str.format.
    public func format(_ v: Value, _ spec: String) throws -> String { fatalError("runtime: format") }
    /// The `builtins` namespace: print, len, range, exceptions, types...
    public func makeBuiltins() -> [String: Value] { fatalError("runtime: makeBuiltins") }
    /// Creates an exception instance of a builtin type from native code.
    public func makeException(_ type: PyType, _ message: String) -> PyException { PyException(type, message) }
}
