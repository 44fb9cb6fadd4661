// The bytecode. A flat enum with small integer payloads: Swift compiles the
// dispatch `switch` to a jump table, and the payload needs no decoding step.
// Stack effects are written as `[before] -> [after]`, top of stack rightmost.

public enum Instruction: Sendable, Equatable {
    case nop
    case pop                        // [a] -> []
    case dup                        // [a] -> [a, a]
    case dup2                       // [a, b] -> [a, b, a, b]
    case rot2                       // [a, b] -> [b, a]
    case rot3                       // [a, b, c] -> [c, a, b]
    case rot4                       // [a, b, c, d] -> [d, a, b, c]

    case loadConst(Int32)
    case loadFast(Int32)
    case storeFast(Int32)
    case deleteFast(Int32)
    /// Cells and free variables share one index space: cellvars first.
    case loadDeref(Int32)
    case storeDeref(Int32)
    case deleteDeref(Int32)
    /// A class body reading a free variable: the class namespace wins.
    case loadClassDeref(Int32)
    /// Pushes the cell object itself (to build a closure).
    case loadClosure(Int32)
    case loadGlobal(Int32)
    case storeGlobal(Int32)
    case deleteGlobal(Int32)
    /// Class bodies: the class namespace, then globals, then builtins.
    case loadName(Int32)
    case storeName(Int32)
    case deleteName(Int32)

    case loadAttr(Int32)
    case storeAttr(Int32)           // [value, obj] -> []
    case deleteAttr(Int32)
    /// [obj] -> [callable, selfOrNull]; pairs with `callMethod`.
    case loadMethod(Int32)
    case subscr                     // [c, k] -> [c[k]]
    case storeSubscr                // [v, c, k] -> []
    case deleteSubscr

    case binary(BinaryOp)
    case inplace(BinaryOp)
    case unary(UnaryOp)
    case compare(CompareOp)
    /// [exc, type] -> [exc, bool]
    case checkExcMatch

    case jump(Int32)
    case popJumpIfFalse(Int32)
    case popJumpIfTrue(Int32)
    case jumpIfFalseOrPop(Int32)
    case jumpIfTrueOrPop(Int32)
    /// [it] -> [it, next] or pops `it` and jumps when exhausted.
    case forIter(Int32)
    case getIter

    /// [f, a1..an] -> [result]
    case call(Int32)
    /// [f, a1..an, namesTuple(const)] -> [result]; the last `kw` args are keywords.
    case callKw(Int32, Int32)
    /// [callable, selfOrNull, a1..an] -> [result]
    case callMethod(Int32)
    /// [callable, selfOrNull, a1..an] -> [result]; the last args are keywords
    /// named by kwNames[payload 2] (`obj.m(x, k=v)`).
    case callMethodKw(Int32, Int32)
    /// [f, argsSequence, kwargsDict?] -> [result]; payload 1 when kwargs present.
    case callEx(Int32)
    case returnValue

    case buildTuple(Int32)
    case buildList(Int32)
    /// Payload: item count, plus `constantSetFlag` for a literal of constants.
    case buildSet(Int32)
    /// [k1, v1, ... kn, vn] -> [dict]
    case buildMap(Int32)
    case buildString(Int32)
    case buildSlice(Int32)
    /// Comprehension helpers: the container sits `depth` below the top.
    case listAppend(Int32)
    case setAdd(Int32)
    case mapAdd(Int32)
    /// Star displays: [list, iterable] -> [list]
    case listExtend
    case setUpdate
    /// [dict, mapping] -> [dict]; payload 1 = call kwargs (duplicate keys are errors).
    case dictUpdate(Int32)
    case listToTuple
    case unpackSequence(Int32)
    /// `a, *b, c = x`: payload before-star count, after-star count.
    case unpackEx(Int32, Int32)
    /// [value, spec?] -> [str]. conversion: 0 none, 1 str, 2 repr, 3 ascii; hasSpec 0/1.
    case formatValue(Int32, Int32)

    /// [defaults?, kwdefaults?, closure?, code] -> [function]. Flags: 1 defaults,
    /// 2 kw defaults, 4 closure.
    case makeFunction(Int32)
    /// [bodyFunction, name, base1..bn, keywords?] -> [class]; payload n bases,
    /// plus `Compiler.classKeywordsFlag` when a dict of class keywords follows.
    case buildClass(Int32)

    // Exceptions: a block stack in the frame. `setupExcept(target)` records
    // the handler and the stack depth; on an exception the stack is cut back,
    // the exception pushed and control jumps to target.
    case setupExcept(Int32)
    case popBlock
    /// [exc] -> [exc] and exc becomes the handled exception (sys.exc_info).
    case pushExcInfo
    /// Ends handling: the previous handled exception is current again.
    case popExcept
    /// [exc] -> raises exc again without a new traceback entry.
    case reraise
    /// raise (0), raise X (1), raise X from Y (2).
    case raise(Int32)
    case loadAssertionError

    // with / async with
    /// [mgr] -> [exit, enterResult]
    case beforeWith
    /// [mgr] -> [aexit, awaitable(aenter)]
    case beforeAsyncWith
    /// [exit, ..., exc] -> [exit, ..., exc, result(exit(type, exc, tb))]
    case withExceptStart
    /// [exit] -> [exit(None, None, None)]
    case callExitNone

    // Generators and coroutines
    case yieldValue
    /// [iterable] -> [iterator] for `yield from`.
    case getYieldFromIter
    /// [x] -> [awaitable]: coroutine, native awaitable or __await__ iterator.
    case getAwaitable
    /// [delegate] -> [result]: drives a delegate; suspends the chain as needed.
    case send
    case getAIter
    /// [aiter] -> [aiter, awaitable]
    case getANext
    /// [aiter, exc] -> []: StopAsyncIteration ends the loop, others re-raise.
    case endAsyncFor
    /// An `async def` generator's `yield`: hands the value to `__anext__`.
    case asyncGenYield

    /// [subject, v1..vn] -> [captures tuple, true] or [None, false]; payload
    /// the `MatchPlan` constant and n (Compiler+Match.swift).
    case matchPattern(Int32, Int32)

    case importName(Int32)
    case importFrom(Int32)
    case importStar
    /// Class bodies end with this: the function returns its namespace.
    case returnLocals
    /// For the `__class__` cell of a class body: [cls] -> [cls], fills the cell.
    case setClassCell(Int32)

    // Superinstructions (Superinstructions.swift): each stands for the
    // sequence starting at its own index, whose instructions stay in place.
    /// loadFast a, loadConst c, compare, popJumpIf*: `Fused.pack(a, c, op, jumpIfTrue)`, target.
    case compareFastConstJump(Int32, Int32)
    /// loadFast a, loadFast b, compare, popJumpIf*: `Fused.pack(a, b, op, jumpIfTrue)`, target.
    case compareFastFastJump(Int32, Int32)
    /// compare, popJumpIf*: [a, b] -> []. Payload: op index | 0x10 when jumping if true, target.
    case compareJump(Int32, Int32)
    /// loadFast a, loadConst c, binary: `Fused.pack(a, 0, op, false)`, c; or
    /// loadFast a, loadConst c, inplace, storeFast d: `Fused.pack(a, d, op, true)`, c.
    case binaryFastConst(Int32, Int32)
    /// loadFast a, loadFast b, binary: `Fused.pack(a, b, op, false)`, -1; or
    /// loadFast a, loadFast b, inplace, storeFast d: `Fused.pack(a, b, op, true)`, d.
    case binaryFastFast(Int32, Int32)
    /// A `jump` whose target is `returnValue`.
    case jumpReturn(Int32)
    /// loadFast a, then returnValue (n = 2) or a jump to one (n = 3).
    case returnLocal(Int32, Int32)
    /// binary op, returnValue: [a, b] -> returns a op b. Payload: `Fused.binaryCode`.
    case binaryReturn(Int32)
    /// buildTuple n, unpackSequence n for n = 2 or 3 (`a, b = b, a`):
    /// reverses the top n items, no tuple built.
    case reverseTop(Int32)
    /// loadFast a, loadConst c (a small int), subscr: `Fused.pack(a, c, 0, false)`.
    case subscrFastConst(Int32)
    /// loadFast a, loadConst c (a small int), dup2, subscr, the start of
    /// `a[c] op= v`: `Fused.pack(a, c, 0, false)`.
    case subscrForUpdate(Int32)
    /// rot3, storeSubscr, the end of `x[k] op= v`: [c, k, v] -> [].
    case rotStoreSubscr
}

extension Instruction {
    /// In `buildSet`'s payload: the items are a literal's constants, laid out
    /// as CPython's compile-time frozenset (`PySetBase.constantDisplay`).
    static let constantSetFlag: Int32 = 1 << 30
}
