// AST → CodeObject. One `CodeUnit` per function/class/comprehension being
// compiled (a stack, as in CPython's compile.c); statements, expressions,
// targets, functions, comprehensions and exception handling live in the
// Compiler+*.swift files.

typealias Label = Int

/// What a `break`/`continue`/`return` must undo on its way out (CPython's fblock).
enum FBlock {
    case whileLoop(continueTo: Label, breakTo: Label)
    case forLoop(continueTo: Label, breakTo: Label)
    case asyncForLoop(continueTo: Label, breakTo: Label)
    /// Inside `try:` of a try/except: a handler block is active.
    case tryExcept
    /// Inside `try:` of a try/finally: run the final body on the way out.
    case finallyTry([Stmt])
    /// Inside the exceptional copy of a final body: [exc] on the stack, handled.
    case finallyEnd
    /// Inside an `except` body: the exception is being handled.
    case handler(name: String?)
    case with(isAsync: Bool)
}

final class CodeUnit {
    let scope: Scope
    let name: String
    let qualname: String
    var instructions: [Instruction] = []
    var lines: [Int32] = []
    /// Column, end line and end column of each instruction, three entries per
    /// instruction (CPython's co_positions beside `lines`; see `InstructionPosition`).
    var positions: [Int32] = []
    var constants: [Value] = []
    var constantKeys: [String: Int] = [:]
    var names: [String] = []
    var nameIndex: [String: Int] = [:]
    var kwNames: [[String]] = []
    var labels: [Int] = []
    var fblocks: [FBlock] = []
    /// Where the instructions emitted now come from (CPython's u_lineno,
    /// u_col_offset, u_end_lineno, u_end_col_offset).
    var position = InstructionPosition(line: 1)
    var firstLine: Int
    var isCoroutine = false
    var isGenerator = false
    var isAsyncGenerator = false
    var isClassBody = false
    var isModule = false
    var docstring: String?

    init(scope: Scope, name: String, qualname: String, firstLine: Int) {
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
        self.position = InstructionPosition(line: Int32(firstLine))
    }
}

public final class Compiler {
    let filename: String
    let symbols: SymbolTable
    var unit: CodeUnit
    var units: [CodeUnit] = []
    let isPrelude: Bool
    /// `from __future__ import annotations`: annotations are kept as text.
    let futureAnnotations: Bool

    init(module: Module, filename: String, isPrelude: Bool) throws {
        self.filename = filename
        self.isPrelude = isPrelude
        self.futureAnnotations = module.body.contains {
            if case .importFrom("__future__", let names, 0) = $0.kind { return names.contains { $0.name == "annotations" } }
            return false
        }
        self.symbols = try SymbolTable(module: module)
        self.unit = CodeUnit(scope: symbols.top, name: "<module>", qualname: "<module>", firstLine: 1)
        unit.isModule = true
    }

    /// Compiles a whole module to its code object.
    public static func compile(_ module: Module, filename: String, isPrelude: Bool = false) throws -> CodeObject {
        let c = try Compiler(module: module, filename: filename, isPrelude: isPrelude)
        return try c.compileModule(module)
    }

    func compileModule(_ module: Module) throws -> CodeObject {
        setUpAnnotations(module.body)
        if let doc = module.docstring {
            emit(.loadConst(constant(.str(doc))))
            emit(.storeGlobal(name("__doc__")))
        }
        if let first = module.body.first { unit.position = InstructionPosition(line: Int32(first.loc.line)) }
        try compileBody(module.body, skipDocstring: module.docstring != nil)
        emit(.loadConst(constant(.none)))
        emit(.returnValue)
        return try finish(unit, argCount: 0, posOnly: 0, kwOnly: 0, varargs: false, varkw: false)
    }

    // MARK: emission

    @discardableResult
    func emit(_ i: Instruction) -> Int {
        unit.instructions.append(i)
        let p = unit.position
        unit.lines.append(p.line)
        unit.positions.append(p.column)
        unit.positions.append(p.endLine)
        unit.positions.append(p.endColumn)
        return unit.instructions.count - 1
    }

    func newLabel() -> Label {
        unit.labels.append(-1)
        return unit.labels.count - 1
    }

    func place(_ l: Label) { unit.labels[l] = unit.instructions.count }

    /// Attributes the instructions emitted from now on to `loc` (CPython's SET_LOC).
    func at(_ loc: SourceLocation) { unit.position = InstructionPosition(loc) }

    func constant(_ v: Value) -> Int32 {
        let key: String?
        switch v {
        case .none: key = "N"
        case .bool(let b): key = "b\(b)"
        case .int(let i): key = "i\(i)"
        // Swift's String == treats canonically equivalent text as equal
        // ('é' and 'e\u0301'); Python compares code points, so non-ASCII
        // keys spell out their scalars.
        case .str(let s) where s.utf8.allSatisfy({ $0 < 0x80 }): key = "s" + s
        case .str(let s): key = "u" + s.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: ",")
        case .float(let d): key = "f\(d.bitPattern)"
        default: key = nil
        }
        if let key, let i = unit.constantKeys[key] { return Int32(i) }
        unit.constants.append(v)
        if let key { unit.constantKeys[key] = unit.constants.count - 1 }
        return Int32(unit.constants.count - 1)
    }

    func name(_ n: String) -> Int32 {
        if let i = unit.nameIndex[n] { return Int32(i) }
        unit.names.append(n)
        unit.nameIndex[n] = unit.names.count - 1
        return Int32(unit.names.count - 1)
    }

    func kwNames(_ names: [String]) -> Int32 {
        unit.kwNames.append(names)
        return Int32(unit.kwNames.count - 1)
    }

    /// Resolves label payloads to instruction indices and builds the code object.
    func finish(_ u: CodeUnit, argCount: Int, posOnly: Int, kwOnly: Int, varargs: Bool, varkw: Bool) throws -> CodeObject {
        let fix: (Int32) -> Int32 = { Int32(u.labels[Int($0)]) }
        let resolved: [Instruction] = u.instructions.map { i in
            switch i {
            case .jump(let l): return .jump(fix(l))
            case .popJumpIfFalse(let l): return .popJumpIfFalse(fix(l))
            case .popJumpIfTrue(let l): return .popJumpIfTrue(fix(l))
            case .jumpIfFalseOrPop(let l): return .jumpIfFalseOrPop(fix(l))
            case .jumpIfTrueOrPop(let l): return .jumpIfTrueOrPop(fix(l))
            case .forIter(let l): return .forIter(fix(l))
            case .setupExcept(let l): return .setupExcept(fix(l))
            default: return i
            }
        }
        let scope = u.scope
        let varnames = scope.isFunctionLike ? scope.varnames : []
        var cellArgs: [(cell: Int, arg: Int)] = []
        for (ci, c) in scope.cells.enumerated() {
            if let ai = scope.params.firstIndex(of: c) { cellArgs.append((ci, ai)) }
        }
        let maxStack = StackDepth.compute(resolved, kwNames: u.kwNames, constants: u.constants)
        // A value stack deeper than the analysis follows (millions of items in one literal).
        if maxStack > StackDepth.limit { throw CompileError("too complex", SourceLocation(line: u.firstLine, column: 1)) }
        var fused = resolved
        Superinstructions.fuse(&fused, constants: u.constants)
        return CodeObject(
            name: u.name, qualname: u.qualname, filename: filename, firstLine: u.firstLine,
            instructions: fused, lines: u.lines, positions: u.positions, constants: u.constants, names: u.names,
            varnames: varnames, cellvars: scope.cells, freevars: scope.frees, cellArgs: cellArgs,
            kwNames: u.kwNames, maxStack: maxStack,
            argCount: argCount, posOnlyCount: posOnly, kwOnlyCount: kwOnly, hasVarargs: varargs, hasVarkw: varkw,
            isGenerator: u.isGenerator, isCoroutine: u.isCoroutine, isAsyncGenerator: u.isAsyncGenerator,
            isClassBody: u.isClassBody, isModule: u.isModule, isPrelude: isPrelude, docstring: u.docstring)
    }

    // MARK: names

    func loadName(_ written: String) {
        let sc = unit.scope
        let n = sc.mangle(written)
        switch sc.scope(of: n) {
        case .fast:
            if let i = sc.varnames.firstIndex(of: n) { emit(.loadFast(Int32(i))) } else { emit(.loadGlobal(name(n))) }
        case .cell, .free:
            emit(.loadDeref(Int32(sc.cellIndex(n) ?? 0)))
        case .classFree:
            emit(.loadClassDeref(Int32(sc.cellIndex(n) ?? 0)))
        case .globalExplicit, .globalImplicit:
            emit(.loadGlobal(name(n)))
        case .name:
            if sc.kind == .module { emit(.loadGlobal(name(n))) } else { emit(.loadName(name(n))) }
        }
    }

    func storeName(_ written: String) {
        let sc = unit.scope
        let n = sc.mangle(written)
        switch sc.scope(of: n) {
        case .fast:
            if let i = sc.varnames.firstIndex(of: n) { emit(.storeFast(Int32(i))) } else { emit(.storeGlobal(name(n))) }
        case .cell, .free:
            emit(.storeDeref(Int32(sc.cellIndex(n) ?? 0)))
        case .classFree, .name:
            if sc.kind == .module { emit(.storeGlobal(name(n))) } else { emit(.storeName(name(n))) }
        case .globalExplicit, .globalImplicit:
            if sc.kind == .classBody && sc.scope(of: n) == .globalImplicit { emit(.storeName(name(n))) }
            else { emit(.storeGlobal(name(n))) }
        }
    }

    func deleteName(_ written: String) {
        let sc = unit.scope
        let n = sc.mangle(written)
        switch sc.scope(of: n) {
        case .fast:
            if let i = sc.varnames.firstIndex(of: n) { emit(.deleteFast(Int32(i))) } else { emit(.deleteGlobal(name(n))) }
        case .cell, .free:
            emit(.deleteDeref(Int32(sc.cellIndex(n) ?? 0)))
        case .classFree, .name:
            if sc.kind == .module { emit(.deleteGlobal(name(n))) } else { emit(.deleteName(name(n))) }
        case .globalExplicit, .globalImplicit:
            if sc.kind == .classBody && sc.scope(of: n) == .globalImplicit { emit(.deleteName(name(n))) }
            else { emit(.deleteGlobal(name(n))) }
        }
    }

    // MARK: context queries

    var isInFunction: Bool { unit.scope.kind == .function || unit.scope.kind == .comprehension }
    var isAsyncContext: Bool { unit.isCoroutine || unit.isAsyncGenerator }

    func qualname(for name: String) -> String {
        let sc = unit.scope
        switch sc.kind {
        case .module: return name
        case .classBody: return "\(unit.qualname).\(name)"
        default: return "\(unit.qualname).<locals>.\(name)"
        }
    }
}
