import BigInt

// `range` holds arbitrary ints, as CPython's does. Nearly every range has
// bounds that fit in an Int and is handled with Int arithmetic; its length
// may still not fit (`range(-2**63, 2**63-1)` has 2**64-1 elements), so
// length, membership and positions are computed without overflowing.
// Ranges with a bound outside Int keep exact BigInt bounds.

/// `range(start, stop, step)`.
public final class PyRange: PyObject {
    /// The bounds when all three fit in an Int; meaningless when `wide` is set.
    public let start: Int, stop: Int, step: Int
    /// The exact bounds when one of them does not fit in an Int.
    private let wide: (start: BigInt, stop: BigInt, step: BigInt)?

    public init(start: Int, stop: Int, step: Int) {
        self.start = start; self.stop = stop; self.step = step
        wide = nil
    }

    private init(wide start: BigInt, _ stop: BigInt, _ step: BigInt) {
        self.start = 0; self.stop = 0; self.step = 1
        wide = (start, stop, step)
    }

    /// A range with any bounds (`step` is not zero).
    static func make(_ start: BigInt, _ stop: BigInt, _ step: BigInt) -> PyRange {
        if let a = Int(exactly: start), let b = Int(exactly: stop), let c = Int(exactly: step) {
            return PyRange(start: a, stop: b, step: c)
        }
        return PyRange(wide: start, stop, step)
    }

    public override var pyType: PyType { BuiltinTypes.range }

    var isWide: Bool { wide != nil }
    var bigStart: BigInt { wide?.start ?? BigInt(start) }
    var bigStop: BigInt { wide?.stop ?? BigInt(stop) }
    var bigStep: BigInt { wide?.step ?? BigInt(step) }
    var startValue: Value { wide.map { Value.integer($0.start) } ?? .int(start) }
    var stopValue: Value { wide.map { Value.integer($0.stop) } ?? .int(stop) }
    var stepValue: Value { wide.map { Value.integer($0.step) } ?? .int(step) }

    var isEmpty: Bool {
        if let w = wide { return w.step.sign == .plus ? w.start >= w.stop : w.start <= w.stop }
        return step > 0 ? start >= stop : start <= stop
    }

    /// The length of an Int-bounded range: at most 2**64-1, so a UInt.
    private var smallLength: UInt {
        if step > 0 {
            return start >= stop ? 0 : (UInt(bitPattern: stop &- start) - 1) / UInt(step) + 1
        }
        return start <= stop ? 0 : (UInt(bitPattern: start &- stop) - 1) / step.magnitude + 1
    }

    /// CPython's compute_range_length, exact.
    var length: BigInt {
        guard let w = wide else { return BigInt(smallLength) }
        if isEmpty { return 0 }
        let (lo, hi, st) = w.step.sign == .plus ? (w.start, w.stop, w.step) : (w.stop, w.start, -w.step)
        return (hi - lo - 1) / st + 1
    }

    /// The length when it fits in an Int (what `len()` can return).
    public var count: Int? {
        if wide == nil {
            let n = smallLength
            return n <= UInt(Int.max) ? Int(n) : nil
        }
        return Int(exactly: length)
    }

    /// The element at position `i` (0 ≤ i < length).
    func element(_ i: BigInt) -> BigInt { bigStart + i * bigStep }

    /// The position of `v` in the range, or nil.
    func position(of v: BigInt) -> BigInt? {
        if wide == nil, let x = Int(exactly: v) { return smallPosition(of: x).map { BigInt($0) } }
        let (a, b, st) = (bigStart, bigStop, bigStep)
        let inside = st.sign == .plus ? (v >= a && v < b) : (v <= a && v > b)
        guard inside else { return nil }
        let (q, r) = (v - a).quotientAndRemainder(dividingBy: st)
        return r.isZero ? q : nil
    }

    /// `position(of:)` in machine words: inside the bounds, the distance
    /// from `start` is below 2**64 even when it does not fit in an Int.
    private func smallPosition(of v: Int) -> UInt? {
        if step > 0 {
            guard v >= start && v < stop else { return nil }
            let d = UInt(bitPattern: v &- start)
            return d % UInt(step) == 0 ? d / UInt(step) : nil
        }
        guard v <= start && v > stop else { return nil }
        let d = UInt(bitPattern: start &- v)
        return d % step.magnitude == 0 ? d / step.magnitude : nil
    }

    /// An iterator from the first element (or backwards from the last).
    func iterator(reversed: Bool = false) -> PyObject {
        if wide == nil {
            let n = smallLength
            guard reversed else { return PyRangeIterator(start: start, step: step, count: n) }
            // The last element fits in an Int; so does every step back to the
            // first, so wrapping arithmetic (also for -Int.min) is exact.
            let last = n == 0 ? start : start &+ Int(truncatingIfNeeded: n &- 1) &* step
            return PyRangeIterator(start: last, step: 0 &- step, count: n)
        }
        let n = length
        guard reversed else { return PyLongRangeIterator(start: bigStart, step: bigStep, count: n) }
        let last = n.isZero ? bigStart : element(n - 1)
        return PyLongRangeIterator(start: last, step: -bigStep, count: n)
    }
}

/// CPython's `range_iterator`: Int elements. `step` may be a wrapped
/// negation (see `PyRange.iterator`), so it is only ever added with `&+`.
public final class PyRangeIterator: PyObject {
    var next: Int
    let step: Int
    var remaining: UInt
    init(start: Int, step: Int, count: UInt) { next = start; self.step = step; remaining = count }
    public override var pyType: PyType { BuiltinTypes.rangeIterator }

    func advance() -> Value? {
        if remaining == 0 { return nil }
        let v = next
        remaining -= 1
        next = v &+ step
        return .int(v)
    }
}

/// CPython's `longrange_iterator`, for ranges with a bound or a length
/// outside Int.
public final class PyLongRangeIterator: PyObject {
    var next: BigInt
    let step: BigInt
    var remaining: BigInt
    init(start: BigInt, step: BigInt, count: BigInt) { next = start; self.step = step; remaining = count }
    public override var pyType: PyType { BuiltinTypes.longRangeIterator }

    func advance() -> Value? {
        if remaining.signum() <= 0 { return nil }
        let v = next
        remaining -= 1
        next += step
        return Value.integer(v)
    }
}
