// Scopes as CPython's symtable.c sees them: which names of a function are fast
// locals, which live in cells (captured by an inner function), which are free
// (captured from outside) and which are globals.

/// An error found while compiling (CPython reports these as SyntaxError).
public struct CompileError: Error, Sendable {
    public var message: String
    public var line: Int
    public var column: Int
    /// Where the caret range ends, for errors CPython underlines (pattern errors); nil: one caret.
    public var end: (line: Int, column: Int)?
    public init(_ message: String, _ loc: SourceLocation) {
        self.message = message
        self.line = loc.line
        self.column = loc.column
    }
    public init(_ message: String, spanning loc: SourceLocation) {
        self.init(message, loc)
        end = (loc.endLine, loc.endColumn)
    }
}

enum ScopeKind {
    case module, function, classBody, comprehension
}

/// Where a name lives, as decided for one scope.
enum NameScope {
    case fast          // function local in a slot
    case cell          // function local captured by an inner scope
    case free          // captured from an enclosing function
    case globalExplicit
    case globalImplicit
    case name          // class body / module: namespace lookup
    case classFree     // class body reading a variable of an enclosing function
}

final class Scope {
    let kind: ScopeKind
    let name: String
    let key: ScopeKey
    var isAsync = false
    var isGenerator = false
    var params: [String] = []
    var bound: Set<String> = []
    var used: Set<String> = []
    var globals: Set<String> = []
    var nonlocals: Set<String> = []
    var children: [Scope] = []
    weak var parent: Scope?

    // Results of analysis.
    var cells: [String] = []
    var frees: [String] = []
    var resolved: [String: NameScope] = [:]
    /// Locals in slot order: parameters first, then other bound names.
    var varnames: [String] = []
    /// Bound names in first-binding order (for stable slot numbering).
    var bindOrder: [String] = []
    /// A method that uses `super()`/`__class__`.
    var needsClassCell = false
    /// The class whose name mangles `__x` names here: the class itself for a
    /// class body, the nearest enclosing class for code nested in one.
    var privateName: String?

    init(kind: ScopeKind, name: String, key: ScopeKey, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.key = key
        self.parent = parent
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func bind(_ n: String) {
        if bound.insert(n).inserted { bindOrder.append(n) }
    }

    func scope(of name: String) -> NameScope {
        if let s = resolved[name] { return s }
        switch kind {
        case .module: return .globalImplicit
        case .classBody: return .name
        default: return .globalImplicit
        }
    }

    func cellIndex(_ name: String) -> Int? {
        if let i = cells.firstIndex(of: name) { return i }
        if let i = frees.firstIndex(of: name) { return cells.count + i }
        return nil
    }
}

/// Identifies the AST node a scope belongs to (AST nodes are values, so the
/// node's kind and exact source range stand in for its identity).
struct ScopeKey: Hashable {
    var tag: Int
    var line: Int, column: Int, endLine: Int, endColumn: Int
    init(_ tag: Int, _ loc: SourceLocation) {
        self.tag = tag
        line = loc.line; column = loc.column; endLine = loc.endLine; endColumn = loc.endColumn
    }
    static let moduleKey = ScopeKey(0, SourceLocation(line: 0, column: 0))
}
