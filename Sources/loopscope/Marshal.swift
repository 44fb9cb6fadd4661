/// The part of CPython's `marshal` format (version 4, as `marshal.dumps(x, 4)`
/// writes it on CPython 3.8–3.13) that the recorder sends: None, booleans,
/// ints, floats, strings, tuples and lists, with back-references. Marshal is
/// written in C inside CPython, so the recorder pays almost nothing to
/// serialise its events (RecorderRecords).
///
/// Read typed and in place: the caller says what it expects next (an int, a
/// string…) and gets it straight from the bytes, with no tree of values in
/// between. That is on `loopscope record`'s critical path, hundreds of
/// thousands of records a second.
struct MarshalError: Error, CustomStringConvertible {
    let description: String
}

struct MarshalCursor {
    /// What a back-reference (`r`) can point to. Plain data, no payload
    /// to retain: CPython flags every shared object (small ints, interned
    /// strings), so nearly every field of a frame passes through here.
    private struct Ref {
        enum Kind: UInt8 { case none, int, double, ints, other, text }
        let kind: Kind
        /// The int; the double's bits; where a string's bytes or a tuple's
        /// ints (in `refInts`) start.
        var a = 0
        /// How many bytes or ints.
        var b = 0

        static var none: Ref { Ref(kind: .none) }
        static var other: Ref { Ref(kind: .other) }
    }

    private let bytes: UnsafeRawBufferPointer
    private var at = 0
    /// Objects written with FLAG_REF, in order: what `r` (TYPE_REF) points to.
    private var refs: [Ref] = []
    /// The ints of tuples that `refs` point to.
    private var refInts: [Int] = []

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        refs.reserveCapacity(256)
    }

    var isAtEnd: Bool { at >= bytes.count }

    /// The length of a tuple or list that follows.
    mutating func sequence() throws -> Int {
        let (type, flagged) = try code()
        if flagged { refs.append(.other) }
        return try length(of: type)
    }

    mutating func int() throws -> Int {
        guard let v = try optionalInt() else { throw mismatch("an int") }
        return v
    }

    /// None or an int (a boolean counts as 0 or 1).
    mutating func optionalInt() throws -> Int? {
        let (type, flagged) = try code()
        let v: Int?
        switch type {
        case 0x4E: v = nil                          // N
        case 0x54: v = 1                            // T
        case 0x46: v = 0                            // F
        case 0x69: v = Int(try int32())             // i
        case 0x6C: v = try long()                   // l
        case 0x72:                                  // r
            let r = try ref()
            switch r.kind {
            case .int: return r.a
            case .none: return nil
            default: throw mismatch("an int")
            }
        default: throw mismatch("an int")
        }
        if flagged { refs.append(v.map { Ref(kind: .int, a: $0) } ?? .none) }
        return v
    }

    /// A float (or an int: the virtual clock may be one).
    mutating func double() throws -> Double {
        guard let v = try optionalDouble() else { throw mismatch("a number") }
        return v
    }

    /// None or a number.
    mutating func optionalDouble() throws -> Double? {
        let (type, flagged) = try code()
        if type == 0x4E { return nil }                    // N
        let v: Double
        switch type {
        case 0x67: v = Double(bitPattern: try uint64())   // g
        case 0x69: v = Double(try int32())                // i
        case 0x6C: v = Double(try long())                 // l
        case 0x72:
            let r = try ref()
            switch r.kind {
            case .double: return Double(bitPattern: UInt64(UInt(bitPattern: r.a)))
            case .int: return Double(r.a)
            default: throw mismatch("a number")
            }
        default: throw mismatch("a number")
        }
        if flagged { refs.append(Ref(kind: .double, a: Int(bitPattern: UInt(v.bitPattern)))) }
        return v
    }

    mutating func string() throws -> String {
        String(decoding: try text(), as: UTF8.self)
    }

    /// A string's bytes as marshal wrote them (UTF-8, except that CPython
    /// writes a lone surrogate too, which `String(decoding:)` repairs), in
    /// the frame: valid as long as the frame is.
    mutating func text() throws -> UnsafeRawBufferPointer {
        let (type, flagged) = try code()
        let n: Int
        switch type {
        case 0x75, 0x74, 0x61, 0x41: n = Int(try int32())   // u t a A
        case 0x7A, 0x5A: n = Int(try byte())                // z Z
        case 0x72:
            let r = try ref()
            guard r.kind == .text else { throw mismatch("a string") }
            return UnsafeRawBufferPointer(rebasing: bytes[r.a..<(r.a + r.b)])
        default: throw mismatch("a string")
        }
        try need(n)
        let start = at
        at += n
        if flagged { refs.append(Ref(kind: .text, a: start, b: n)) }
        return UnsafeRawBufferPointer(rebasing: bytes[start..<at])
    }

    /// A tuple or list of ints.
    mutating func ints() throws -> [Int] {
        let (type, flagged) = try code()
        if type == 0x72 {
            let r = try ref()
            guard r.kind == .ints else { throw mismatch("a tuple of ints") }
            return Array(refInts[r.a..<(r.a + r.b)])
        }
        // The container's slot comes before its items, as marshal numbers them.
        let slot = refs.count
        if flagged { refs.append(.other) }
        let n = try length(of: type)
        var v: [Int] = []
        v.reserveCapacity(n)
        for _ in 0..<n { v.append(try int()) }
        if flagged {
            refs[slot] = Ref(kind: .ints, a: refInts.count, b: v.count)
            refInts.append(contentsOf: v)
        }
        return v
    }

    private mutating func length(of type: UInt8) throws -> Int {
        let n: Int
        switch type {
        case 0x28, 0x5B: n = Int(try int32())   // ( [
        case 0x29: n = Int(try byte())          // )
        default: throw mismatch("a tuple")
        }
        guard n >= 0, n <= bytes.count - at else { throw MarshalError(description: "bad length \(n)") }
        return n
    }

    @inline(__always)
    private mutating func code() throws -> (type: UInt8, flagged: Bool) {
        let c = try byte()
        return (c & 0x7F, c & 0x80 != 0)
    }

    private mutating func ref() throws -> Ref {
        let index = Int(try int32())
        guard index >= 0, index < refs.count else { throw MarshalError(description: "bad reference \(index)") }
        return refs[index]
    }

    private func mismatch(_ expected: String) -> MarshalError {
        let c = at > 0 ? bytes[at - 1] : 0
        return MarshalError(description: "expected \(expected), found marshal type 0x\(String(c, radix: 16)) at byte \(at - 1)")
    }

    @inline(__always)
    private func need(_ n: Int) throws {
        guard n >= 0, n <= bytes.count - at else { throw MarshalError(description: "truncated at byte \(at)") }
    }

    @inline(__always)
    private mutating func byte() throws -> UInt8 {
        try need(1)
        defer { at += 1 }
        return bytes[at]
    }

    @inline(__always)
    private mutating func int32() throws -> Int32 {
        try need(4)
        defer { at += 4 }
        return Int32(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
    }

    @inline(__always)
    private mutating func uint64() throws -> UInt64 {
        try need(8)
        defer { at += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    /// An int beyond 32 bits: base-2^15 digits, least significant first.
    private mutating func long() throws -> Int {
        let n = Int(try int32())
        let count = Int(n.magnitude)
        try need(2 * count)
        var value = 0
        for i in (0..<count).reversed() {
            let digit = Int(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: at + 2 * i, as: UInt16.self)))
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 1 << 15)
            guard !overflow else { throw MarshalError(description: "integer too large") }
            value = shifted + digit
        }
        at += 2 * count
        return n < 0 ? -value : value
    }

    /// Steps over one value of any kind the recorder sends (a field this
    /// reader does not know, from a newer recorder).
    mutating func skip() throws {
        let (type, flagged) = try code()
        switch type {
        case 0x4E, 0x54, 0x46: break
        case 0x69: _ = try int32()
        case 0x6C: at -= 1; _ = try optionalInt(); return
        case 0x67: _ = try uint64()
        case 0x75, 0x74, 0x61, 0x41, 0x7A, 0x5A: at -= 1; _ = try text(); return
        case 0x28, 0x5B, 0x29:
            if flagged { refs.append(.other) }
            for _ in 0..<(try length(of: type)) { try skip() }
            return
        case 0x72: _ = try ref(); return
        default: throw mismatch("a value")
        }
        if flagged { refs.append(.other) }
    }
}
