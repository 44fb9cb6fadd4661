// MT19937 exactly as CPython's Modules/_randommodule.c (init_by_array
// seeding, genrand_uint32), so seeded programs draw CPython's numbers.

public final class MersenneTwister {
    private static let n = 624, m = 397
    private var mt = [UInt32](repeating: 0, count: 624)
    private var index = 625

    public init(seed: UInt64) { seed32Words(MersenneTwister.words(of: seed)) }

    static func words(of v: UInt64) -> [UInt32] {
        if v >> 32 == 0 { return [UInt32(truncatingIfNeeded: v)] }
        return [UInt32(truncatingIfNeeded: v), UInt32(truncatingIfNeeded: v >> 32)]
    }

    private func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<MersenneTwister.n {
            mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i)
        }
        index = MersenneTwister.n
    }

    /// init_by_array with the seed's 32-bit words, least significant first.
    public func seed32Words(_ key: [UInt32]) {
        let key = key.isEmpty ? [0] : key
        let n = MersenneTwister.n
        initGenrand(19650218)
        var i = 1, j = 0
        var k = max(n, key.count)
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(truncatingIfNeeded: j)
            i += 1; j += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            if j >= key.count { j = 0 }
            k -= 1
        }
        k = n - 1
        while k > 0 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= n { mt[0] = mt[n - 1]; i = 1 }
            k -= 1
        }
        mt[0] = 0x8000_0000
        index = n
    }

    public func nextUInt32() -> UInt32 {
        let n = MersenneTwister.n, m = MersenneTwister.m
        if index >= n {
            let upper: UInt32 = 0x8000_0000, lower: UInt32 = 0x7fff_ffff
            for kk in 0..<n {
                let y = (mt[kk] & upper) | (mt[(kk + 1) % n] & lower)
                mt[kk] = mt[(kk + m) % n] ^ (y >> 1) ^ ((y & 1) != 0 ? 0x9908_b0df : 0)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// random(): 53 random bits from two outputs.
    public func nextDouble() -> Double {
        let a = Double(nextUInt32() >> 5), b = Double(nextUInt32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// getrandbits(k) as 32-bit words, least significant first.
    public func randomWords(bits k: Int) -> [UInt32] {
        if k <= 0 { return [] }
        if k <= 32 { return [nextUInt32() >> UInt32(32 - k)] }
        var words: [UInt32] = []
        var left = k
        while left > 0 {
            var r = nextUInt32()
            if left < 32 { r >>= UInt32(32 - left) }
            words.append(r)
            left -= 32
        }
        return words
    }
}
