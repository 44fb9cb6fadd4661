// The object model shared by the VM, the runtime library and asyncio.
// Every heap value is a PyObject subclass that knows its Python type.

open class PyObject {
    public init() {}

    /// `type(x)`. Subclasses override; instances of user classes store theirs.
    open var pyType: PyType { fatalError("pyType not overridden for \(Swift.type(of: self))") }

    /// Instance attributes (`obj.__dict__`), for objects that have one.
    open var attributes: [String: Value]? {
        get { nil }
        set {}
    }

    /// The class and instance dict of a builtin-subclass instance (`class
    /// D(dict)`); nil for the builtin values themselves and everything else.
    open var subclassState: SubclassState? { nil }
}

/// A class object: builtin (`list`, `ValueError`, `asyncio.Task`) or user-defined.
public final class PyType: PyObject {
    public var name: String
    public var qualname: String
    public var module: String
    public var bases: [PyType]
    /// C3 linearisation, starting with `self`.
    public private(set) var mro: [PyType] = []
    /// Class attributes: methods (functions, native functions), class variables.
    public var dict: [String: Value] {
        didSet { PyType.attributeEpoch &+= 1 }
    }
    /// Bumped by every change to any class's attributes: a cached lookup
    /// (`special`, the VM's attribute sites) stays valid while it is unchanged.
    nonisolated(unsafe) public static var attributeEpoch: UInt64 = 1
    private var specialsEpoch: UInt64 = 0
    private var specials: [Value?] = []
    /// `plainInitializer()`'s answer and the epoch it was computed in.
    var initializerEpoch: UInt64 = 0
    var initializer: PyFunction?
    /// How many attributes `__init__` gave an instance last time: room
    /// reserved in the next instance's dict (no regrowth while it fills).
    var attributeHint = 0
    /// Emptied attribute storage of freed instances (`PyInstance.deinit`),
    /// taken by the next instances `C(...)` makes.
    var spareAttributes: [AttributeDict] = []
    static let maxSpareAttributes = 8
    /// Whether Python code may set attributes on the class (false for builtins).
    public let isBuiltin: Bool

    public init(name: String, module: String = "builtins", bases: [PyType], dict: [String: Value] = [:], isBuiltin: Bool) {
        self.name = name
        self.qualname = name
        self.module = module
        self.bases = bases
        self.dict = dict
        self.isBuiltin = isBuiltin
        super.init()
        self.mro = PyType.linearise(self)
        if !isBuiltin { nativeBase = mro.first { $0.holdsNativeValue } }
    }

    /// Builtin types whose instances a user class may extend with a real
    /// native value (`dict`, `list`, `int`, …): see BuiltinSubclass.swift.
    public internal(set) var holdsNativeValue = false
    /// For a user class, the builtin type in its MRO whose value its
    /// instances carry; nil for plain classes.
    public private(set) var nativeBase: PyType?

    /// The class's metaclass when it is not `type` (enum's EnumType, abc's ABCMeta).
    public var metatype: PyType?

    /// A Python class's `__dict__` order and CPython's added entries (VM/MappingProxy.swift).
    var dictLayout: ClassDictLayout?

    public override var pyType: PyType { metatype ?? BuiltinTypes.type }

    /// The hooks looked up on every instantiation or attribute store.
    public enum Special: Int {
        case new, initializer, setattr, getattr
    }

    /// `lookup` of a `Special` hook, cached until any class changes.
    public func special(_ s: Special) -> Value? {
        if specialsEpoch != PyType.attributeEpoch {
            specials = [lookup("__new__"), lookup("__init__"), lookup("__setattr__"), lookup("__getattr__")]
            specialsEpoch = PyType.attributeEpoch
        }
        return specials[s.rawValue]
    }

    /// Finds `name` along the MRO.
    public func lookup(_ name: String) -> Value? {
        for t in mro {
            if let v = t.dict[name] { return v }
        }
        return nil
    }

    public func isSubtype(of other: PyType) -> Bool {
        if self === other { return true }
        return mro.contains { $0 === other }
    }

    /// C3 linearisation; falls back to depth-first order for inconsistent
    /// hierarchies (the VM reports those as TypeError before creating the type).
    static func linearise(_ t: PyType) -> [PyType] {
        var seqs: [[PyType]] = t.bases.map { $0.mro } + [t.bases]
        var result: [PyType] = [t]
        while true {
            seqs = seqs.filter { !$0.isEmpty }
            if seqs.isEmpty { return result }
            var candidate: PyType?
            for s in seqs {
                let head = s[0]
                let inTail = seqs.contains { seq in seq.dropFirst().contains { $0 === head } }
                if !inTail { candidate = head; break }
            }
            guard let c = candidate else {
                for b in t.bases where !result.contains(where: { $0 === b }) { result.append(b) }
                return result
            }
            result.append(c)
            for i in seqs.indices where seqs[i][0] === c { seqs[i].removeFirst() }
        }
    }
}

/// An instance of a user-defined class (that is not an exception).
open class PyInstance: PyObject {
    public let cls: PyType
    public var dict = AttributeDict()

    public init(cls: PyType) {
        self.cls = cls
        super.init()
    }

    deinit {
        if dict.holdsObjects {
            Trashcan.dispose(&dict, empty: AttributeDict())
        } else {
            dict.releaseScalars()
            // A user class's freed instances pass their storage on to the
            // next ones (a malloc and a free saved per small object).
            if !cls.isBuiltin, cls.spareAttributes.count < PyType.maxSpareAttributes,
               let spare = dict.takeEmptiedStorage() {
                cls.spareAttributes.append(spare)
            }
        }
    }

    open override var pyType: PyType { cls }

    open override var attributes: [String: Value]? {
        get { dict.dictionary }
        set { dict = AttributeDict(newValue ?? [:]) }
    }
}

/// A frame line in a traceback.
public struct TracebackEntry: Sendable, Equatable {
    public var filename: String
    public var line: Int
    public var function: String
    /// The source range of the instruction that was running (CPython's
    /// co_positions: 0-based columns in Unicode scalars, exclusive end),
    /// -1 when unknown. Only the caret line under the source uses them.
    public var column: Int = -1
    public var endLine: Int = -1
    public var endColumn: Int = -1

    public init(filename: String, line: Int, function: String) {
        self.filename = filename
        self.line = line
        self.function = function
    }

    public init(filename: String, line: Int, function: String, column: Int, endLine: Int, endColumn: Int) {
        self.init(filename: filename, line: line, function: function)
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// Same file, line and function: what CPython compares to collapse
    /// repeated frames into "[Previous line repeated ...]".
    public func isSameLine(as other: TracebackEntry) -> Bool {
        filename == other.filename && line == other.line && function == other.function
    }
}

/// An instance of BaseException or any subclass, builtin or user-defined.
public final class PyException: PyInstance {
    public var args: [Value]
    /// Innermost frame last, as CPython prints it.
    public var traceback: [TracebackEntry] = []
    public var cause: PyException?
    public var context: PyException?
    public var suppressContext = false
    /// A NameError's scope for "Did you mean" (VM/Suggestions.swift).
    var nameErrorScope: AnyObject?
    /// Arguments of the CPython library frames this exception came through,
    /// which its traceback keeps alive there (Asyncio/KeptByTraceback.swift).
    var keptAlive: [Value] = []

    public init(type: PyType, args: [Value]) {
        self.args = args
        super.init(cls: type)
    }

    deinit {
        if !args.isEmpty { Trashcan.dispose(&args, empty: []) }
        if context != nil { Trashcan.dispose(&context, empty: nil) }
        if cause != nil { Trashcan.dispose(&cause, empty: nil) }
    }

    /// `ValueError('boom')` style construction from native code.
    public convenience init(_ type: PyType, _ message: String) {
        self.init(type: type, args: [.str(message)])
    }
}

/// How Python exceptions travel through Swift code: native functions `throw`
/// a PyError, the VM catches it and unwinds Python frames.
public struct PyError: Error, @unchecked Sendable {
    public let exception: PyException

    public init(_ exception: PyException) {
        self.exception = exception
    }

    public init(_ type: PyType, _ message: String) {
        self.exception = PyException(type, message)
    }
}

/// A function implemented in Swift. Methods of builtin types are stored in the
/// type's dict as PyNativeFunction with the receiver as `args[0]`; the VM binds
/// them like Python functions.
public final class PyNativeFunction: PyObject {
    public let name: String
    public let body: (Interpreter, Arguments) throws -> Value
    /// A method written in Swift for a class written in Python (the
    /// asyncio prelude's Queue): binds like a Python function there.
    public var bindsInPythonClass = false
    /// For a function of exactly one positional argument: its behaviour
    /// given that argument, which the dispatch loop calls for `f(x)`
    /// without building an `Arguments` (see `MethodTable.addUnary`).
    var unary: ((Interpreter, Value) throws -> Value)?

    public init(_ name: String, _ body: @escaping (Interpreter, Arguments) throws -> Value) {
        self.name = name
        self.body = body
    }

    public override var pyType: PyType { BuiltinTypes.builtinFunction }
}
