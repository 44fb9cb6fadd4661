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

    /// Decimal digits, as `JSONText.appendInt` (and `String(v)`) write them.
    @inline(__always)
    mutating func int(_ v: Int) {
        ensure(20)
        if v < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        var m = v.magnitude
        var digits = 1
        var rest = m
        while rest >= 10 { rest /= 10; digits += 1 }
        var i = count + digits
        count = i
        repeat {
            i -= 1
            base[i] = UInt8(ascii: "0") + UInt8(m % 10)
            m /= 10
        } while m > 0
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
        let n = Int(micros.magnitude)
        if v < 0 { byte(UInt8(ascii: "-")) }
        int(n / 1_000_000)
        var fraction = n % 1_000_000
        var digits = 6
        while digits > 1, fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        ensure(digits + 1)
        base[count] = UInt8(ascii: ".")
        var i = count + 1 + digits
        count = i
        for _ in 0..<digits {
            i -= 1
            base[i] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
        }
    }
}
