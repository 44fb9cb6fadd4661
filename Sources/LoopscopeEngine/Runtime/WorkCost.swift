// What native work costs on the CPU clock, in instruction-equivalents
// (`Interpreter.chargeWork`, VirtualClock.swift). Native code that grows
// with its input charges in proportion, so `sorted()` of a million items
// takes time as it does in CPython. Figures measured on CPython 3.11
// (README, "What differs from CPython"); in frozen mode they cost nothing.
import BigInt
import Foundation

extension Interpreter {
    /// Elements visited by a native loop: `sum`, `min`/`max`, `list(it)`,
    /// `set(it)`, `any`, `join`, `split` pieces (CPython: 10–30 ns each).
    @inline(__always)
    func chargeElements(_ n: Int) { chargeWork(n &* 2) }

    /// References copied: `list(l)`, `l * n`, `l + r` (CPython: ~1 ns each).
    @inline(__always)
    func chargeCopy(_ n: Int) { chargeWork(n >> 3) }

    /// Bytes of string built or scanned (CPython: ~0.1 ns each).
    @inline(__always)
    func chargeBytes(_ n: Int) { chargeWork(n >> 6) }

    /// Big-int arithmetic, by the operands' sizes in 64-bit words: linear for
    /// add/sub/bit operations, schoolbook then Karatsuba for multiplication,
    /// quadratic for division (CPython 3.11 has no faster division).
    func chargeBigInt(_ op: BinaryOp, _ a: Value, _ b: Value) {
        let wa = Self.words(a), wb = Self.words(b)
        let small = min(wa, wb), large = max(wa, wb)
        switch op {
        case .mul:
            chargeWork(Self.multiplyUnits(small, large))
        case .floordiv, .mod, .truediv:
            chargeWork(wa * wb + large)
        case .pow:
            break  // charged per multiplication by `chargePow`
        default:
            chargeWork(large / 3 + 1)
        }
    }

    /// `a ** n` by repeated squaring: about log2(n) multiplications of a
    /// result growing to n times `a`'s size.
    func chargePow(base: Value, result: Value) {
        let w = Self.words(result)
        if w > 2 { chargeWork(2 * Self.multiplyUnits(w / 2, w / 2)) }
    }

    /// `math.factorial(n)`: a product tree whose cost follows its result's size.
    func chargeFactorial(resultWords w: Int) {
        chargeWork(4 * Self.karatsuba(w))
    }

    /// `str(n)` of a big int: quadratic in CPython 3.11.
    func chargeIntToString(words w: Int) {
        if w > 2 { chargeWork(w * w * 3 / 4) }
    }

    static func multiplyUnits(_ small: Int, _ large: Int) -> Int {
        let schoolbook = small * large * 2 / 3
        return max(1, min(schoolbook, 4 * karatsuba(large)))
    }

    static func karatsuba(_ words: Int) -> Int {
        Int(pow(Double(max(words, 1)), 1.585))
    }

    static func words(_ v: Value) -> Int {
        if case .bigint(let b) = v { return b.magnitude.bitWidth / 64 + 1 }
        return 1
    }
}
