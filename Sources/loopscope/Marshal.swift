/// The part of CPython's `marshal` format (version 4, as `marshal.dumps(x, 4)`
/// writes it on CPython 3.8–3.13) that the recorder sends: None, booleans,
/// ints, floats, strings, tuples and lists, with back-references. Marshal is
/// written in C inside CPython, so the recorder pays almost nothing to
/// serialise its events (RecorderRecords).
enum MarshalValue: Equatable {
    case none
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case sequence([MarshalValue])
}

struct MarshalError: Error, CustomStringConvertible {
    let description: String
}

struct MarshalReader {
    private let bytes: UnsafeRawBufferPointer
    private var at = 0
    /// Objects written with FLAG_REF, in order: what `r` (TYPE_REF) points to.
    private var refs: [MarshalValue] = []

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var isAtEnd: Bool { at >= bytes.count }

    mutating func value() throws -> MarshalValue {
        let code = try byte()
        let type = code & 0x7F
        let flagged = code & 0x80 != 0
        // A container's slot is reserved before its items, as marshal numbers them.
        var slot: Int?
        if flagged, type == 0x28 || type == 0x29 || type == 0x5B {
            slot = refs.count
            refs.append(.none)
        }
        let v: MarshalValue
        switch type {
        case 0x4E: v = .none                                  // N
        case 0x54: v = .bool(true)                            // T
        case 0x46: v = .bool(false)                           // F
        case 0x69: v = .int(Int(try int32()))                 // i
        case 0x6C: v = .int(try long())                       // l
        case 0x67: v = .double(Double(bitPattern: try uint64()))  // g
        case 0x75, 0x74, 0x61, 0x41:                          // u t a A
            v = .string(try text(Int(try int32())))
        case 0x7A, 0x5A:                                      // z Z
            v = .string(try text(Int(try byte())))
        case 0x28, 0x5B:                                      // ( [
            v = .sequence(try items(Int(try int32())))
        case 0x29:                                            // )
            v = .sequence(try items(Int(try byte())))
        case 0x72:                                            // r
            let index = Int(try int32())
            guard index >= 0, index < refs.count else { throw MarshalError(description: "bad reference \(index)") }
            return refs[index]
        default:
            throw MarshalError(description: "unexpected marshal type 0x\(String(code, radix: 16)) at byte \(at - 1)")
        }
        if let slot {
            refs[slot] = v
        } else if flagged {
            refs.append(v)
        }
        return v
    }

    private mutating func items(_ n: Int) throws -> [MarshalValue] {
        guard n >= 0, n <= bytes.count - at else { throw MarshalError(description: "bad length \(n)") }
        var out: [MarshalValue] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try value()) }
        return out
    }

    private mutating func need(_ n: Int) throws {
        guard n >= 0, at + n <= bytes.count else { throw MarshalError(description: "truncated at byte \(at)") }
    }

    private mutating func byte() throws -> UInt8 {
        try need(1)
        defer { at += 1 }
        return bytes[at]
    }

    private mutating func int32() throws -> Int32 {
        try need(4)
        defer { at += 4 }
        return Int32(bitPattern: UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt32.self)))
    }

    private mutating func uint64() throws -> UInt64 {
        try need(8)
        defer { at += 8 }
        return UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
    }

    /// An int beyond 32 bits: base-2^15 digits, least significant first.
    private mutating func long() throws -> Int {
        let n = Int(try int32())
        try need(2 * abs(n))
        var value = 0
        for i in (0..<abs(n)).reversed() {
            let digit = Int(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: at + 2 * i, as: UInt16.self)))
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 1 << 15)
            guard !overflow else { throw MarshalError(description: "integer too large") }
            value = shifted + digit
        }
        at += 2 * abs(n)
        return n < 0 ? -value : value
    }

    private mutating func text(_ n: Int) throws -> String {
        try need(n)
        defer { at += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[at..<(at + n)]), as: UTF8.self)
    }
}
