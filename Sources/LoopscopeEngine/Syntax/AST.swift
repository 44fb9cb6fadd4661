// The abstract syntax tree of the Python subset, shaped like CPython's `ast`
// module so the compiler reads like CPython's compile.c and error messages
// can be worded the same way. Produced by Parser, consumed by Compiler.

/// 1-based line, 1-based column (CPython's `offset`), and where the node ends.
public struct SourceLocation: Sendable, Equatable {
    public var line: Int
    public var column: Int
    public var endLine: Int
    public var endColumn: Int

    public init(line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
        self.line = line
        self.column = column
        self.endLine = endLine ?? line
        self.endColumn = endColumn ?? column
    }

    /// Whether both start at the same place: `(x): T` is not a simple
    /// annotation target because its name starts after its statement.
    public func startsWith(_ other: SourceLocation) -> Bool {
        line == other.line && column == other.column
    }
}

public enum BinaryOp: String, Sendable {
    case add = "+", sub = "-", mul = "*", matmul = "@", truediv = "/", floordiv = "//"
    case mod = "%", pow = "**", lshift = "<<", rshift = ">>", bitand = "&", bitor = "|", bitxor = "^"
}

public enum UnaryOp: String, Sendable {
    case neg = "-", pos = "+", invert = "~", not = "not"
}

public enum BoolOp: String, Sendable {
    case and, or
}

public enum CompareOp: String, Sendable {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
    case `is` = "is", isNot = "is not", `in` = "in", notIn = "not in"
}

public enum Constant: Sendable, Equatable {
    case none, `true`, `false`, ellipsis
    case int(Int)
    /// An integer literal too large for Int, as its decimal digits.
    case bigint(String)
    case float(Double)
    /// An imaginary literal (`2j`): the complex number 0+2j.
    case imaginary(Double)
    case str(String)
    case bytes([UInt8])
}

public indirect enum FStringPart: Sendable {
    case literal(String)
    /// `{expr!r:spec}`; `debugText` is the `expr=` text for self-documenting
    /// expressions (`f"{x=}"`), nil otherwise.
    case formatted(Expr, conversion: Character?, spec: [FStringPart]?, debugText: String?)
}

public struct Keyword: Sendable {
    /// nil for `**mapping`.
    public var name: String?
    public var value: Expr
    public var loc: SourceLocation
    public init(name: String?, value: Expr, loc: SourceLocation) {
        self.name = name
        self.value = value
        self.loc = loc
    }
}

public struct Comprehension: Sendable {
    public var target: Expr
    public var iter: Expr
    public var ifs: [Expr]
    public var isAsync: Bool
    public init(target: Expr, iter: Expr, ifs: [Expr], isAsync: Bool) {
        self.target = target
        self.iter = iter
        self.ifs = ifs
        self.isAsync = isAsync
    }
}

public struct Parameter: Sendable {
    public var name: String
    public var defaultValue: Expr?
    public var loc: SourceLocation
    /// `name: annotation` in a def (lambdas have none).
    public var annotation: Expr?
    public init(name: String, defaultValue: Expr?, loc: SourceLocation, annotation: Expr? = nil) {
        self.name = name
        self.defaultValue = defaultValue
        self.loc = loc
        self.annotation = annotation
    }
}

public struct Parameters: Sendable {
    /// Positional-only (before `/`) followed by ordinary positional parameters.
    public var positional: [Parameter] = []
    public var positionalOnlyCount: Int = 0
    public var vararg: String?
    public var keywordOnly: [Parameter] = []
    public var kwarg: String?
    public var varargAnnotation: Expr?
    public var kwargAnnotation: Expr?
    public init() {}

    /// Every parameter annotation, in source order.
    public var annotations: [Expr] {
        var out = positional.compactMap(\.annotation)
        if let a = varargAnnotation { out.append(a) }
        out += keywordOnly.compactMap(\.annotation)
        if let a = kwargAnnotation { out.append(a) }
        return out
    }
}

public struct Expr: Sendable {
    public var kind: ExprKind
    public var loc: SourceLocation
    public init(_ kind: ExprKind, _ loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
    }
}

public indirect enum ExprKind: Sendable {
    case name(String)
    case constant(Constant)
    case fstring([FStringPart])
    case list([Expr])
    case tuple([Expr])
    case set([Expr])
    /// A nil key is `**mapping` unpacking.
    case dict([(key: Expr?, value: Expr)])
    /// `*x` in a call, display or assignment target.
    case starred(Expr)
    case attribute(Expr, String)
    case `subscript`(Expr, Expr)
    case slice(lower: Expr?, upper: Expr?, step: Expr?)
    case call(Expr, args: [Expr], keywords: [Keyword])
    case binary(BinaryOp, Expr, Expr)
    case unary(UnaryOp, Expr)
    case boolOp(BoolOp, [Expr])
    case compare(Expr, [(CompareOp, Expr)])
    case ifExp(test: Expr, body: Expr, orelse: Expr)
    case lambda(Parameters, Expr)
    case await(Expr)
    case yield(Expr?)
    case yieldFrom(Expr)
    case namedExpr(target: String, value: Expr)
    case listComp(Expr, [Comprehension])
    case setComp(Expr, [Comprehension])
    case dictComp(key: Expr, value: Expr, [Comprehension])
    case generatorExp(Expr, [Comprehension])
}

public struct ExceptHandler: Sendable {
    public var type: Expr?
    public var name: String?
    public var body: [Stmt]
    public var loc: SourceLocation
    /// `except* T:` (all handlers of one `try` agree).
    public var isStar = false
    public init(type: Expr?, name: String?, body: [Stmt], loc: SourceLocation) {
        self.type = type
        self.name = name
        self.body = body
        self.loc = loc
    }
}

public struct WithItem: Sendable {
    public var context: Expr
    public var target: Expr?
    public init(context: Expr, target: Expr?) {
        self.context = context
        self.target = target
    }
}

public struct ImportAlias: Sendable {
    public var name: String
    public var asName: String?
    public var loc: SourceLocation
    public init(name: String, asName: String?, loc: SourceLocation) {
        self.name = name
        self.asName = asName
        self.loc = loc
    }
}

public struct FunctionDef: Sendable {
    public var name: String
    public var parameters: Parameters
    public var body: [Stmt]
    public var decorators: [Expr]
    public var isAsync: Bool
    /// The docstring, if the body starts with a string literal.
    public var docstring: String?
    /// `-> annotation`.
    public var returns: Expr?
    /// The parameters' annotations, then the return annotation.
    public var annotations: [Expr] { parameters.annotations + (returns.map { [$0] } ?? []) }
    public init(name: String, parameters: Parameters, body: [Stmt], decorators: [Expr], isAsync: Bool, docstring: String?) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.decorators = decorators
        self.isAsync = isAsync
        self.docstring = docstring
    }
}

public struct ClassDef: Sendable {
    public var name: String
    public var bases: [Expr]
    public var keywords: [Keyword]
    public var body: [Stmt]
    public var decorators: [Expr]
    public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr]) {
        self.name = name
        self.bases = bases
        self.keywords = keywords
        self.body = body
        self.decorators = decorators
    }
}

public struct Stmt: Sendable {
    public var kind: StmtKind
    public var loc: SourceLocation
    public init(_ kind: StmtKind, _ loc: SourceLocation) {
        self.kind = kind
        self.loc = loc
    }
}

public indirect enum StmtKind: Sendable {
    case expr(Expr)
    /// `a = b = value`: several targets, one value.
    case assign(targets: [Expr], value: Expr)
    case augAssign(target: Expr, op: BinaryOp, value: Expr)
    /// `x: int = 3` (the annotation is parsed and ignored).
    case annAssign(target: Expr, annotation: Expr, value: Expr?)
    case functionDef(FunctionDef)
    case classDef(ClassDef)
    case `return`(Expr?)
    case delete([Expr])
    case pass
    case `break`
    case `continue`
    case `if`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `while`(test: Expr, body: [Stmt], orelse: [Stmt])
    case `for`(target: Expr, iter: Expr, body: [Stmt], orelse: [Stmt], isAsync: Bool)
    case `try`(body: [Stmt], handlers: [ExceptHandler], orelse: [Stmt], finalbody: [Stmt])
    case raise(exc: Expr?, cause: Expr?)
    case assert(test: Expr, msg: Expr?)
    case with(items: [WithItem], body: [Stmt], isAsync: Bool)
    case match(subject: Expr, cases: [MatchCase])
    case `import`([ImportAlias])
    /// `from module import names`; a single alias named `*` is `import *`.
    case importFrom(module: String, names: [ImportAlias], level: Int)
    case global([String])
    case nonlocal([String])
}

public struct Module: Sendable {
    public var body: [Stmt]
    public var docstring: String?
    public init(body: [Stmt], docstring: String?) {
        self.body = body
        self.docstring = docstring
    }
}
