import BigInt

// A BigUInt's limbs without copying them. The BigInt package keeps them in
// a private `[UInt]` and hands them out only through its `Words`
// collection, one call into the package per limb (it has no inlinable
// code): copying a 500-limb operand out cost more than multiplying it by a
// small int, and pidigits spent a fifth of its time there.
//
// The array is a stored property at a fixed offset of the struct. The
// offset is found once, on a value built from a known array, by looking
// for that array's buffer; if the package's layout ever changes so that it
// is not found, every read takes the package's own (slow) route.

enum LimbStorage {
    /// Byte offset of BigUInt's limb array, or nil when it was not found.
    static let offset: Int? = {
        let probe: [UInt] = [0x5EED_0001, 0x5EED_0002, 0x5EED_0003]
        let identity = unsafeBitCast(probe, to: UInt.self)
        let value = BigUInt(words: probe)
        let found: Int? = withUnsafeBytes(of: value) { raw in
            let hits = stride(from: 0, to: raw.count - MemoryLayout<UInt>.size + 1, by: MemoryLayout<UInt>.alignment)
                .filter { raw.load(fromByteOffset: $0, as: UInt.self) == identity }
            return hits.count == 1 ? hits[0] : nil
        }
        guard let found, MemoryLayout<[UInt]>.size == MemoryLayout<UInt>.size else { return nil }
        let read = withUnsafeBytes(of: value) { $0.load(fromByteOffset: found, as: [UInt].self) }
        return read == probe && Array(value.words) == probe ? found : nil
    }()

    /// m's limbs, least significant first (a shared buffer when possible).
    static func limbs(_ m: BigUInt) -> [UInt] {
        if let offset {
            let stored = withUnsafeBytes(of: m) { $0.load(fromByteOffset: offset, as: [UInt].self) }
            // The array is exactly the limbs unless the value is held inline
            // (two limbs or fewer: the array is empty) or as a slice of a
            // longer array (then its length differs).
            let words = m.words
            if stored.count == words.count && (stored.isEmpty || stored[0] == words[0]) { return stored }
        }
        return Array(m.words)
    }
}
