// A compiled function, class body, comprehension or module body: what
// CPython calls a code object. Immutable once built, except for the caches the
// VM fills lazily (global slots).

public final class CodeObject: PyObject {
    public let name: String
    public let qualname: String
    public let filename: String
    public let firstLine: Int

    /// Contiguous instructions; the VM reads them through `instructionBase`.
    let instructions: UnsafeMutableBufferPointer<Instruction>
    let instructionBase: UnsafeMutablePointer<Instruction>
    /// Source line of each instruction (same index).
    let lines: [Int32]
    /// Column, end line and end column of each instruction (three entries
    /// per instruction, -1 when unknown): only read to put PEP 657 carets
    /// under a traceback's source lines, never by the dispatch loop.
    let positions: [Int32]
    let constants: [Value]
    let names: [String]
    /// Fast locals: parameters first (positional, keyword-only, *args, **kwargs).
    let varnames: [String]
    /// `varnames.count`, stored: frames read it on every call and return.
    let localCount: Int
    let cellvars: [String]
    let freevars: [String]
    /// For each cellvar that is also a parameter, the parameter's local index.
    let cellArgs: [(cell: Int, arg: Int)]
    let kwNames: [[String]]
    let maxStack: Int

    let argCount: Int
    let posOnlyCount: Int
    let kwOnlyCount: Int
    let hasVarargs: Bool
    let hasVarkw: Bool

    let isGenerator: Bool
    let isCoroutine: Bool
    /// CO_ITERABLE_COROUTINE, set by `@types.coroutine`: its generators may be awaited.
    var isIterableCoroutine = false
    let isAsyncGenerator: Bool
    let isClassBody: Bool
    let isModule: Bool
    /// Code of modules run by `executeModuleSource`: hidden from user lines.
    let isPrelude: Bool
    let docstring: String?

    /// `constants` again as a raw buffer: the dispatch loop reads it
    /// without retaining an array.
    let constantBase: UnsafeMutablePointer<Value>
    /// `names` as a raw buffer: attribute instructions read a name in
    /// place instead of copying it (and retaining the array) out of `names`.
    let nameBase: UnsafeMutablePointer<String>
    /// Lazily resolved slots of `names` in the module namespace and builtins
    /// (-1 = not yet resolved). Raw buffers of `names.count` entries.
    let globalSlots: UnsafeMutablePointer<Int32>
    let builtinSlots: UnsafeMutablePointer<Int32>

    /// Plain positional parameters only: calls can copy arguments straight
    /// into locals.
    let isSimpleArgs: Bool
    /// Frames of this code belong to a generator-like object (or the module fiber).
    let ownsGenerator: Bool
    /// A plain function: calls run it directly as a new frame.
    let isPlainFunction: Bool
    /// Returned frames can be reused for the next call (see `Frame.recycle`):
    /// a function without cells of its own (a closure's free cells are
    /// dropped on reuse); a generator's or coroutine's once it finished.
    let canPoolFrames: Bool
    /// The VM's attribute lookup caches, one per name (VM/AttributeCache.swift).
    let attributeCache: AttributeCache
    /// One binding plan per keyword-names entry (VM/KeywordPlans.swift).
    let keywordPlans: KeywordPlans
    /// Distinguishes this code object from a later one at the same address
    /// (a keyword plan remembers its code without retaining it).
    let serial: UInt64
    nonisolated(unsafe) private static var serials: UInt64 = 0
    /// Recycled frames (`Frame.recycle`): `freeFrameCount` retained
    /// references, nil when frames of this code are never pooled.
    let framePool: UnsafeMutablePointer<Unmanaged<Frame>>?
    var freeFrameCount = 0
    /// A coroutine function's coroutines that finished while awaited and
    /// were then dropped, with their frames, for the next calls
    /// (VM/CoroutineReuse.swift).
    var spareCoroutines: [PyCoroutine] = []
    /// The argument count a call must have to bind positional arguments
    /// straight into locals (plain function, simple parameters), else -1.
    let fastArgCount: Int
    /// A plain function whose only parameters beyond the positional ones
    /// are keyword-only (no `*args`, `**kwargs` or cell parameters): a
    /// positional call binds straight into locals when the function has
    /// defaults for all of them (`Interpreter.takesPositionally`).
    let kwOnlyDefaultsBind: Bool
    /// Whether the code can open handler blocks or handle exceptions; frames
    /// of code that cannot never have blocks or handled exceptions to reset.
    let hasHandlers: Bool
    /// Whether frames of this code can hold cells (its own or a closure's):
    /// a frame reset tests this flag instead of the cell array, whose count
    /// is an out-of-line call inside the dispatch loop.
    let hasCells: Bool

    init(name: String, qualname: String, filename: String, firstLine: Int,
         instructions: [Instruction], lines: [Int32], positions: [Int32], constants: [Value], names: [String],
         varnames: [String], cellvars: [String], freevars: [String], cellArgs: [(cell: Int, arg: Int)],
         kwNames: [[String]], maxStack: Int,
         argCount: Int, posOnlyCount: Int, kwOnlyCount: Int, hasVarargs: Bool, hasVarkw: Bool,
         isGenerator: Bool, isCoroutine: Bool, isAsyncGenerator: Bool, isClassBody: Bool, isModule: Bool,
         isPrelude: Bool, docstring: String?) {
        self.name = name
        self.qualname = qualname
        self.filename = filename
        self.firstLine = firstLine
        let buffer = UnsafeMutableBufferPointer<Instruction>.allocate(capacity: max(instructions.count, 1))
        _ = buffer.initialize(from: instructions)
        if instructions.isEmpty { buffer.baseAddress!.initialize(to: .nop) }
        self.instructions = buffer
        self.instructionBase = buffer.baseAddress!
        self.lines = lines
        self.positions = positions
        self.constants = constants
        self.names = names
        self.localCount = varnames.count
        self.varnames = varnames
        self.cellvars = cellvars
        self.freevars = freevars
        self.cellArgs = cellArgs
        self.kwNames = kwNames
        self.maxStack = maxStack
        self.argCount = argCount
        self.posOnlyCount = posOnlyCount
        self.kwOnlyCount = kwOnlyCount
        self.hasVarargs = hasVarargs
        self.hasVarkw = hasVarkw
        self.isGenerator = isGenerator
        self.isCoroutine = isCoroutine
        self.isAsyncGenerator = isAsyncGenerator
        self.isClassBody = isClassBody
        self.isModule = isModule
        self.isPrelude = isPrelude
        self.docstring = docstring
        self.constantBase = .allocate(capacity: max(constants.count, 1))
        self.constantBase.initialize(from: constants, count: constants.count)
        self.nameBase = .allocate(capacity: max(names.count, 1))
        self.nameBase.initialize(from: names, count: names.count)
        self.globalSlots = .allocate(capacity: max(names.count, 1))
        self.globalSlots.initialize(repeating: -1, count: names.count)
        self.builtinSlots = .allocate(capacity: max(names.count, 1))
        self.builtinSlots.initialize(repeating: -1, count: names.count)
        self.isSimpleArgs = kwOnlyCount == 0 && !hasVarargs && !hasVarkw && cellArgs.isEmpty
        self.ownsGenerator = isGenerator || isCoroutine || isAsyncGenerator || isModule
        self.isPlainFunction = !isGenerator && !isCoroutine && !isAsyncGenerator
        self.canPoolFrames = !isClassBody && !isModule && cellvars.isEmpty
        self.framePool = canPoolFrames ? .allocate(capacity: Frame.maxFreeFrames) : nil
        self.attributeCache = AttributeCache(count: names.count)
        self.keywordPlans = KeywordPlans(count: kwNames.count)
        CodeObject.serials &+= 1
        self.serial = CodeObject.serials
        self.fastArgCount = isSimpleArgs && isPlainFunction ? argCount : -1
        self.kwOnlyDefaultsBind = kwOnlyCount > 0 && !hasVarargs && !hasVarkw && cellArgs.isEmpty && isPlainFunction
        self.hasCells = !cellvars.isEmpty || !freevars.isEmpty
        self.hasHandlers = instructions.contains { i in
            switch i {
            case .setupExcept, .pushExcInfo: return true
            default: return false
            }
        }
        super.init()
    }

    /// CPython's `co_flags` (Include/cpython/code.h): what `inspect` and
    /// `asyncio.iscoroutinefunction` read.
    var pythonFlags: Int {
        var flags = 0
        if !isModule && !isClassBody { flags |= 0x1 | 0x2 }      // CO_OPTIMIZED | CO_NEWLOCALS
        if hasVarargs { flags |= 0x4 }                           // CO_VARARGS
        if hasVarkw { flags |= 0x8 }                             // CO_VARKEYWORDS
        if qualname.contains("<locals>") { flags |= 0x10 }      // CO_NESTED: defined in a function
        if isGenerator { flags |= 0x20 }                         // CO_GENERATOR
        if isCoroutine { flags |= 0x80 }                         // CO_COROUTINE
        if isIterableCoroutine { flags |= 0x100 }                // CO_ITERABLE_COROUTINE
        if isAsyncGenerator { flags |= 0x200 }                   // CO_ASYNC_GENERATOR
        return flags
    }

    deinit {
        instructions.deinitialize()
        instructions.deallocate()
        constantBase.deinitialize(count: constants.count)
        constantBase.deallocate()
        nameBase.deinitialize(count: names.count)
        nameBase.deallocate()
        globalSlots.deallocate()
        builtinSlots.deallocate()
        if let framePool {
            for i in 0..<freeFrameCount { framePool[i].release() }
            framePool.deallocate()
        }
    }

    public override var pyType: PyType { VMTypes.code }

    var instructionCount: Int { lines.count }
    var cellCount: Int { cellvars.count + freevars.count }

    func line(at ip: Int) -> Int {
        guard ip >= 0, ip < lines.count else { return firstLine }
        return Int(lines[ip])
    }

    /// CPython's `co_positions()` entry for the instruction at `ip`.
    func position(at ip: Int) -> InstructionPosition {
        guard ip >= 0, ip < lines.count, 3 * ip + 2 < positions.count else {
            return InstructionPosition(line: Int32(line(at: ip)))
        }
        return InstructionPosition(line: lines[ip], column: positions[3 * ip],
                                   endLine: positions[3 * ip + 1], endColumn: positions[3 * ip + 2])
    }
}
