// The deepest the value stack can get in a code object (CPython's
// stackdepth()): a flow analysis over the instructions, so frames allocate
// their stack once and the VM never checks for overflow.

enum StackDepth {
    /// Far above any real program (a literal with millions of items), so the
    /// guard below only ever stops a compiler bug, never a deep expression.
    static let limit = 1 << 22

    static func compute(_ code: [Instruction], kwNames: [[String]], constants: [Value] = []) -> Int {
        if code.isEmpty { return 1 }
        var depthAt = Array(repeating: -1, count: code.count + 1)
        var work: [(Int, Int)] = [(0, 0)]
        var maxDepth = 0
        while let (start, d0) = work.popLast() {
            var ip = start
            var d = d0
            while ip < code.count {
                // A depth that keeps growing around a loop is a compiler bug;
                // stop rather than loop forever.
                if depthAt[ip] >= d || d > StackDepth.limit { break }
                depthAt[ip] = d
                let ins = code[ip]
                var (effect, jumpEffect, target, falls) = Self.effect(ins)
                if case .makeFunction(let flags) = ins, ip > 0 {
                    effect = makeFunctionEffect(flags, code: code[ip - 1], constants: constants)
                }
                if let target {
                    let dj = d + jumpEffect
                    maxDepth = max(maxDepth, dj)
                    work.append((target, dj))
                }
                d += effect
                maxDepth = max(maxDepth, d)
                if !falls { break }
                ip += 1
            }
        }
        return maxDepth + 2
    }

    /// `makeFunction` pops the code object (loaded just before it), the
    /// closure cells, annotations, keyword-only defaults and defaults the flags announce,
    /// and pushes the function. The counts come from that code object.
    static func makeFunctionEffect(_ flags: Int32, code previous: Instruction, constants: [Value]) -> Int {
        guard case .loadConst(let c) = previous, Int(c) < constants.count,
              case .object(let o) = constants[Int(c)], let fcode = o as? CodeObject else { return 0 }
        var popped = 1 + Int((flags & ~Compiler.annotationsFlag) >> 2)
        if flags & Compiler.annotationsFlag != 0 { popped += 1 }
        if flags & 2 != 0 { popped += fcode.freevars.count }
        if flags & 1 != 0 { popped += fcode.kwOnlyCount }
        return 1 - popped
    }

    /// (fall-through effect, jump effect, jump target, falls through)
    static func effect(_ i: Instruction) -> (Int, Int, Int?, Bool) {
        switch i {
        case .nop: return (0, 0, nil, true)
        case .pop: return (-1, 0, nil, true)
        case .dup: return (1, 0, nil, true)
        case .dup2: return (2, 0, nil, true)
        case .rot2, .rot3, .rot4: return (0, 0, nil, true)
        case .loadConst, .loadFast, .loadDeref, .loadClassDeref, .loadClosure, .loadGlobal, .loadName:
            return (1, 0, nil, true)
        case .storeFast, .storeDeref, .storeGlobal, .storeName: return (-1, 0, nil, true)
        case .deleteFast, .deleteDeref, .deleteGlobal, .deleteName: return (0, 0, nil, true)
        case .loadAttr: return (0, 0, nil, true)
        case .storeAttr: return (-2, 0, nil, true)
        case .deleteAttr: return (-1, 0, nil, true)
        case .loadMethod: return (1, 0, nil, true)
        case .subscr: return (-1, 0, nil, true)
        case .storeSubscr: return (-3, 0, nil, true)
        case .deleteSubscr: return (-2, 0, nil, true)
        case .binary, .inplace, .compare: return (-1, 0, nil, true)
        case .unary: return (0, 0, nil, true)
        case .checkExcMatch: return (0, 0, nil, true)
        case .jump(let t): return (0, 0, Int(t), false)
        case .popJumpIfFalse(let t), .popJumpIfTrue(let t): return (-1, -1, Int(t), true)
        case .jumpIfFalseOrPop(let t), .jumpIfTrueOrPop(let t): return (-1, 0, Int(t), true)
        case .forIter(let t): return (1, -1, Int(t), true)
        case .getIter: return (0, 0, nil, true)
        case .call(let n): return (-Int(n), 0, nil, true)
        case .callKw(let n, _): return (-Int(n), 0, nil, true)
        case .callMethod(let n): return (-Int(n) - 1, 0, nil, true)
        case .callMethodKw(let n, _): return (-Int(n) - 1, 0, nil, true)
        case .callEx(let k): return (-1 - Int(k), 0, nil, true)
        case .returnValue, .returnLocals: return (-1, 0, nil, false)
        // Fusion runs after this analysis; these are here for completeness.
        case .compareFastConstJump(_, let t), .compareFastFastJump(_, let t): return (0, 0, Int(t), true)
        case .compareJump(_, let t): return (-2, -2, Int(t), true)
        case .binaryFastConst(let p, _), .binaryFastFast(let p, _): return (Fused.flag(p) ? 0 : 1, 0, nil, true)
        case .jumpReturn: return (-1, 0, nil, false)
        case .returnLocal: return (0, 0, nil, false)
        case .binaryReturn: return (-2, 0, nil, false)
        case .reverseTop: return (0, 0, nil, true)
        case .subscrFastConst: return (1, 0, nil, true)
        case .subscrForUpdate: return (3, 0, nil, true)
        case .rotStoreSubscr: return (-3, 0, nil, true)
        case .buildTuple(let n), .buildList(let n), .buildString(let n), .buildSlice(let n):
            return (1 - Int(n), 0, nil, true)
        case .buildSet(let n): return (1 - Int(n & ~Instruction.constantSetFlag), 0, nil, true)
        case .buildMap(let n): return (1 - 2 * Int(n), 0, nil, true)
        case .listAppend, .setAdd: return (-1, 0, nil, true)
        case .mapAdd: return (-2, 0, nil, true)
        case .listExtend, .setUpdate, .dictUpdate: return (-1, 0, nil, true)
        case .listToTuple: return (0, 0, nil, true)
        case .unpackSequence(let n): return (Int(n) - 1, 0, nil, true)
        case .unpackEx(let a, let b): return (Int(a) + Int(b), 0, nil, true)
        case .formatValue(_, let s): return (-Int(s), 0, nil, true)
        case .makeFunction: return (0, 0, nil, true) // see makeFunctionEffect
        case .buildClass(let n): return (-1 - Int(n & 0xffff) - (n > 0xffff ? 1 : 0), 0, nil, true)
        case .setupExcept(let t): return (0, 1, Int(t), true)
        case .popBlock, .pushExcInfo, .popExcept: return (0, 0, nil, true)
        case .reraise: return (-1, 0, nil, false)
        case .raise: return (0, 0, nil, false)
        case .loadAssertionError: return (1, 0, nil, true)
        case .beforeWith, .beforeAsyncWith: return (1, 0, nil, true)
        case .withExceptStart: return (1, 0, nil, true)
        case .callExitNone: return (0, 0, nil, true)
        case .yieldValue, .asyncGenYield: return (0, 0, nil, true)
        case .getYieldFromIter, .getAwaitable, .send, .getAIter: return (0, 0, nil, true)
        case .getANext: return (1, 0, nil, true)
        case .endAsyncFor: return (-2, 0, nil, true)
        case .matchPattern(_, let n): return (1 - Int(n), 0, nil, true)
        case .importName: return (1, 0, nil, true)
        case .importFrom: return (1, 0, nil, true)
        case .importStar: return (-1, 0, nil, true)
        case .setClassCell: return (0, 0, nil, true)
        }
    }
}
