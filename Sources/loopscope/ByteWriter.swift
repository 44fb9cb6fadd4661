import LoopscopeEngine

/// A growable byte buffer written through a raw pointer: what
/// `RecorderJSONLines` writes a recording's lines into, a few hundred
/// thousand a second. `[UInt8].append` checks uniqueness and goes through
/// generic copies on every call, which cost more than the digits themselves.
/// Owned by one value and freed with `deallocate()`.
struct ByteWriter {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int = 1 << 16) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: count) }

    mutating func removeAll() { count = 0 }

    /// Drops everything from `offset` on.
    mutating func truncate(to offset: Int) { count = min(count, offset) }

    @inline(__always) private mutating func ensure(_ n: Int) {
        if count + n > capacity { grow(count + n) }
    }

    private mutating func grow(_ needed: Int) {
        var size = capacity * 2
        while size < needed { size *= 2 }
        let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: size)
        bigger.update(from: base, count: count)
        base.deallocate()
        base = bigger
        capacity = size
    }

    @inline(__always)
    mutating func byte(_ b: UInt8) {
        ensure(1)
        base[count] = b
        count += 1
    }

    @inline(__always)
    mutating func put(_ s: StaticString) {
        put(UnsafeRawBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
    }

    @inline(__always)
    mutating func put(_ b: UnsafeRawBufferPointer) {
        guard let from = b.baseAddress, b.count > 0 else { return }
        ensure(b.count)
        UnsafeMutableRawPointer(base + count).copyMemory(from: from, byteCount: b.count)
        count += b.count
    }

    mutating func put(_ a: [UInt8]) {
        a.withUnsafeBytes { put($0) }
    }

    /// Decimal digits, as `JSONText.appendInt` (and `String(v)`) write them:
    /// two at a time from a table, the count found by comparisons, not divisions.
    @inline(__always)
    mutating func int(_ v: Int) {
        ensure(20)
        if v < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        digits(UInt64(v.magnitude))
    }

    @inline(__always)
    private mutating func digits(_ value: UInt64) {
        var m = value
        if m < 10 {
            base[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: m)
            count += 1
            return
        }
        var n = 2
        var limit: UInt64 = 100
        while n < 20, m >= limit {
            n += 1
            limit &*= 10
        }
        var i = count + n
        count = i
        let pairs = Self.pairs.utf8Start
        while m >= 100 {
            let q = m / 100
            let r = Int(truncatingIfNeeded: m &- q &* 100) &* 2
            i -= 2
            base[i] = pairs[r]
            base[i + 1] = pairs[r + 1]
            m = q
        }
        if m >= 10 {
            let r = Int(truncatingIfNeeded: m) &* 2
            base[i - 2] = pairs[r]
            base[i - 1] = pairs[r + 1]
        } else {
            base[i - 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: m)
        }
    }

    /// "00" to "99", for `digits` (computed: a literal, no lazy global).
    private static var pairs: StaticString {
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"
    }

    /// A JSON number as `JSONText.appendNumber` writes it: a time in whole
    /// microseconds as its digits, trailing zeros dropped; anything else
    /// through `JSONText.number` (shortest round-trip form).
    mutating func number(_ v: Double) {
        let micros = (v * 1e6).rounded()
        guard v.magnitude >= 1e-4, v.magnitude < 1e9, micros / 1e6 == v else {
            var s = JSONText.number(v)
            return s.withUTF8 { put(UnsafeRawBufferPointer($0)) }
        }
        if v < 0 { byte(UInt8(ascii: "-")) }
        self.micros(UInt64(micros.magnitude))
    }

    /// `number(Double(n) / 1e6)` for 100 <= n < 1e15, which always takes
    /// its digits path: seconds, a point, then the microseconds without
    /// their trailing zeros (at least one digit).
    @inline(__always)
    mutating func micros(_ n: UInt64) {
        ensure(24)
        digits(n / 1_000_000)
        // All six places from the pair table, then the trailing zeros cut.
        let fraction = Int(truncatingIfNeeded: n % 1_000_000)
        let pairs = Self.pairs.utf8Start
        let high = fraction / 10_000, middle = fraction / 100 % 100, low = fraction % 100
        base[count] = UInt8(ascii: ".")
        base[count + 1] = pairs[2 * high]
        base[count + 2] = pairs[2 * high + 1]
        base[count + 3] = pairs[2 * middle]
        base[count + 4] = pairs[2 * middle + 1]
        base[count + 5] = pairs[2 * low]
        base[count + 6] = pairs[2 * low + 1]
        count += 7
        while count > 0, base[count - 1] == UInt8(ascii: "0"), base[count - 2] != UInt8(ascii: ".") {
            count -= 1
        }
    }
}
