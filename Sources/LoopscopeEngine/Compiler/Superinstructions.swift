// Superinstructions: a peephole pass over finished bytecode that replaces the
// first instruction of a hot sequence (load a local, load a constant,
// compare, branch) with one instruction doing the whole sequence.
//
// The rest of the sequence stays where it was. A jump into its middle still
// finds the original instructions, and when the operands are not small ints
// (or the step's instruction budget is about to run out) the fused
// instruction does only the first instruction's work and lets the originals
// run. So fusion never changes behaviour, tracebacks or instruction counts
// (a fused instruction counts as the instructions it stands for); it only
// saves dispatches and value-stack traffic in the common case.

/// How operands are packed into a fused instruction's two Int32 payloads.
enum Fused {
    /// Local and constant indices must fit in 14 bits to be packed.
    static let indexLimit = 1 << 14

    // MARK: packing

    /// `a | b << 14 | code << 28 | flag << 31` as one payload.
    static func pack(_ a: Int, _ b: Int, code: Int, flag: Bool) -> Int32 {
        Int32(bitPattern: UInt32(a) | UInt32(b) << 14 | UInt32(code) << 28 | (flag ? 1 << 31 : 0))
    }

    @inline(__always) static func first(_ p: Int32) -> Int { Int(UInt32(bitPattern: p) & 0x3FFF) }
    @inline(__always) static func second(_ p: Int32) -> Int { Int((UInt32(bitPattern: p) >> 14) & 0x3FFF) }
    @inline(__always) static func code(_ p: Int32) -> UInt32 { (UInt32(bitPattern: p) >> 28) & 7 }
    @inline(__always) static func flag(_ p: Int32) -> Bool { UInt32(bitPattern: p) >> 31 != 0 }

    // MARK: operator codes (3 bits)

    /// The binary operators the VM computes inline on two ints.
    static func binaryCode(_ op: BinaryOp) -> Int? {
        switch op {
        case .add: return 0
        case .sub: return 1
        case .mul: return 2
        case .floordiv: return 3
        case .mod: return 4
        case .bitand: return 5
        case .bitor: return 6
        case .bitxor: return 7
        default: return nil
        }
    }

    @inline(__always) static func binaryOp(_ code: UInt32) -> BinaryOp {
        switch code {
        case 0: return .add
        case 1: return .sub
        case 2: return .mul
        case 3: return .floordiv
        case 4: return .mod
        case 5: return .bitand
        case 6: return .bitor
        default: return .bitxor
        }
    }

    static func compareCode(_ op: CompareOp) -> Int? {
        switch op {
        case .lt: return 0
        case .le: return 1
        case .gt: return 2
        case .ge: return 3
        case .eq: return 4
        case .ne: return 5
        default: return nil
        }
    }

    @inline(__always) static func compareInts(_ code: UInt32, _ x: Int, _ y: Int) -> Bool {
        switch code {
        case 0: return x < y
        case 1: return x <= y
        case 2: return x > y
        case 3: return x >= y
        case 4: return x == y
        default: return x != y
        }
    }

    /// Every comparison operator, for `compareJump` (4 bits).
    static let allCompareOps: [CompareOp] = [.eq, .ne, .lt, .le, .gt, .ge, .is, .isNot, .in, .notIn]

    @inline(__always) static func compareOp(_ index: Int32) -> CompareOp {
        switch index & 0xF {
        case 0: return .eq
        case 1: return .ne
        case 2: return .lt
        case 3: return .le
        case 4: return .gt
        case 5: return .ge
        case 6: return .is
        case 7: return .isNot
        case 8: return .in
        default: return .notIn
        }
    }
}

enum Superinstructions {
    /// Rewrites `code` in place. `constants` tells which loads are small ints.
    static func fuse(_ code: inout [Instruction], constants: [Value]) {
        let original = code
        func at(_ i: Int) -> Instruction? { i < original.count ? original[i] : nil }
        func isIntConstant(_ c: Int32) -> Bool {
            guard Int(c) < constants.count, Int(c) < Fused.indexLimit else { return false }
            if case .int = constants[Int(c)] { return true }
            return false
        }
        func fits(_ i: Int32) -> Bool { Int(i) < Fused.indexLimit }

        for i in original.indices {
            switch original[i] {
            case .loadFast(let a) where fits(a):
                if let fused = fuseAfterLocal(a, at(i + 1), at(i + 2), at(i + 3), isIntConstant: isIntConstant, fits: fits) {
                    code[i] = fused
                } else if case .returnValue? = at(i + 1) {
                    code[i] = .returnLocal(a, 2)
                } else if case .jump(let t)? = at(i + 1), case .returnValue? = at(Int(t)) {
                    code[i] = .returnLocal(a, 3)
                }
            case .compare(let op):
                if let jump = at(i + 1), let (target, ifTrue) = conditionalJump(jump),
                   let index = Fused.allCompareOps.firstIndex(of: op) {
                    code[i] = .compareJump(Int32(index) | (ifTrue ? 0x10 : 0), target)
                }
            case .jump(let t):
                if case .returnValue? = at(Int(t)) { code[i] = .jumpReturn(t) }
            case .binary(let op):
                if case .returnValue? = at(i + 1), let opCode = Fused.binaryCode(op) { code[i] = .binaryReturn(Int32(opCode)) }
            case .rot3:
                if case .storeSubscr? = at(i + 1) { code[i] = .rotStoreSubscr }
            case .buildTuple(let n) where n == 2 || n == 3:
                if case .unpackSequence(let m)? = at(i + 1), m == n { code[i] = .reverseTop(n) }
            default:
                break
            }
        }
    }

    /// The fused form of `loadFast(a)` followed by `next`, `third`, `fourth`.
    private static func fuseAfterLocal(_ a: Int32, _ next: Instruction?, _ third: Instruction?, _ fourth: Instruction?,
                                       isIntConstant: (Int32) -> Bool, fits: (Int32) -> Bool) -> Instruction? {
        let a = Int(a)
        switch (next, third) {
        case (.loadConst(let c)?, .compare(let op)?) where isIntConstant(c):
            guard let opCode = Fused.compareCode(op), let fourth, let (target, ifTrue) = conditionalJump(fourth) else { return nil }
            return .compareFastConstJump(Fused.pack(a, Int(c), code: opCode, flag: ifTrue), target)
        case (.loadFast(let b)?, .compare(let op)?) where fits(b):
            guard let opCode = Fused.compareCode(op), let fourth, let (target, ifTrue) = conditionalJump(fourth) else { return nil }
            return .compareFastFastJump(Fused.pack(a, Int(b), code: opCode, flag: ifTrue), target)
        case (.loadConst(let c)?, .subscr?) where isIntConstant(c):
            return .subscrFastConst(Fused.pack(a, Int(c), code: 0, flag: false))
        case (.loadConst(let c)?, .dup2?) where isIntConstant(c):
            guard case .subscr? = fourth else { return nil }
            return .subscrForUpdate(Fused.pack(a, Int(c), code: 0, flag: false))
        case (.loadConst(let c)?, .binary(let op)?) where isIntConstant(c):
            guard let opCode = Fused.binaryCode(op) else { return nil }
            return .binaryFastConst(Fused.pack(a, 0, code: opCode, flag: false), c)
        case (.loadConst(let c)?, .inplace(let op)?) where isIntConstant(c):
            guard let opCode = Fused.binaryCode(op), case .storeFast(let d)? = fourth, fits(d) else { return nil }
            return .binaryFastConst(Fused.pack(a, Int(d), code: opCode, flag: true), c)
        case (.loadFast(let b)?, .binary(let op)?) where fits(b):
            guard let opCode = Fused.binaryCode(op) else { return nil }
            return .binaryFastFast(Fused.pack(a, Int(b), code: opCode, flag: false), -1)
        case (.loadFast(let b)?, .inplace(let op)?) where fits(b):
            guard let opCode = Fused.binaryCode(op), case .storeFast(let d)? = fourth else { return nil }
            return .binaryFastFast(Fused.pack(a, Int(b), code: opCode, flag: true), d)
        default:
            return nil
        }
    }

    private static func conditionalJump(_ i: Instruction) -> (Int32, Bool)? {
        switch i {
        case .popJumpIfFalse(let t): return (t, false)
        case .popJumpIfTrue(let t): return (t, true)
        default: return nil
        }
    }
}
