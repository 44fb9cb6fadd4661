// `bytes` and `bytearray`: immutable and mutable byte strings. Their
// behaviour reaches the object protocol through dunders in the type dicts
// (BytesMethods.swift), like a user class, so the VM's fast paths stay as
// they are. Reprs, constructors and error wording follow CPython 3.11.

public final class PyBytes: PyObject {
    public let bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public override var pyType: PyType { BytesTypes.bytes }
}

public final class PyByteArray: PyObject {
    public var bytes: [UInt8]
    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public override var pyType: PyType { BytesTypes.bytearray }
}

enum BytesTypes {
    nonisolated(unsafe) static let bytes: PyType = BuiltinTypes.builtin("bytes", methods: BoxedMethods.unboxing(BytesMethods.bytesMethods) { BytesTypes.bytes }).subclassable()
    nonisolated(unsafe) static let bytearray: PyType = BuiltinTypes.builtin("bytearray", methods: BoxedMethods.unboxing(BytesMethods.byteArrayMethods) { BytesTypes.bytearray }).subclassable()
    nonisolated(unsafe) static let bytesIterator = BuiltinTypes.iteratorType("bytes_iterator")
    nonisolated(unsafe) static let byteArrayIterator = BuiltinTypes.iteratorType("bytearray_iterator")
    nonisolated(unsafe) static let unicodeEncodeError = BuiltinTypes.builtin("UnicodeEncodeError", BuiltinTypes.unicodeError)
    nonisolated(unsafe) static let unicodeDecodeError = BuiltinTypes.builtin("UnicodeDecodeError", BuiltinTypes.unicodeError)

    /// What the builtins namespace exposes.
    static var exposed: [PyType] { [bytes, bytearray, unicodeEncodeError, unicodeDecodeError] }
}

extension Value {
    static func bytes(_ b: [UInt8]) -> Value { .object(PyBytes(b)) }
}

extension Interpreter {
    /// The bytes of a bytes-like object (bytes, bytearray); nil for anything else.
    func bufferBytes(_ v: Value) -> [UInt8]? {
        guard case .object(let o) = v else { return nil }
        if let b = o as? PyBytes { return b.bytes }
        if let b = o as? PyByteArray { return b.bytes }
        return nil
    }

    /// A bytes-like argument, or CPython's "a bytes-like object is required" TypeError.
    func requireBuffer(_ v: Value) throws -> [UInt8] {
        if let b = bufferBytes(v) { return b }
        throw typeError("a bytes-like object is required, not '\(pyTypeName(v))'")
    }

    /// `bytes(x)` / `bytearray(x)` contents: an int count, a buffer, or an iterable of ints.
    func bytesFromSource(_ v: Value, _ typeName: String) throws -> [UInt8] {
        if let b = bufferBytes(v) { return b }
        switch v {
        case .str:
            throw typeError("string argument without an encoding")
        case .int, .bool, .bigint:
            let n = try indexValue(v, "")
            if n < 0 { throw valueError("negative count") }
            try HeapBudget.reserve(n)
            return [UInt8](repeating: 0, count: n)
        case .float, .none:
            throw typeError("cannot convert '\(pyTypeName(v))' object to \(typeName)")
        default:
            if case .object(let o) = v, o is PyInstance, let r = try callDunder(v, "__bytes__", []) {
                guard let b = bufferBytes(r) else {
                    throw typeError("__bytes__ returned non-bytes (type \(pyTypeName(r)))")
                }
                return b
            }
            if case .object(let o) = v, !(o is PyList || o is PyTuple),
               lookupDunder(o.pyType, "__iter__") == nil, lookupDunder(o.pyType, "__getitem__") == nil {
                throw typeError("cannot convert '\(pyTypeName(v))' object to \(typeName)")
            }
            var out: [UInt8] = []
            let range = typeName == "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)"
            try forEach(v) { item in out.append(try byteValue(item, range)) }
            return out
        }
    }

    /// One item stored in a byte string: an int in range(0, 256).
    func byteValue(_ v: Value, _ rangeMessage: String = "byte must be in range(0, 256)") throws -> UInt8 {
        switch v {
        case .int, .bool, .bigint: break
        default:
            if try callDunder(v, "__index__", []) == nil {
                throw typeError("'\(pyTypeName(v))' object cannot be interpreted as an integer")
            }
        }
        let n = try integerValue(v, "")
        guard case .int(let i) = n, i >= 0, i < 256 else { throw valueError(rangeMessage) }
        return UInt8(i)
    }
}

enum BytesRepr {
    /// `b'...'` exactly as CPython: single quotes unless the bytes contain
    /// a single quote and no double quote.
    static func repr(_ bytes: [UInt8]) -> String {
        let quote: UInt8 = bytes.contains(0x27) && !bytes.contains(0x22) ? 0x22 : 0x27
        var out = "b" + String(UnicodeScalar(quote))
        for c in bytes {
            switch c {
            case quote, 0x5C: out += "\\" + String(UnicodeScalar(c))
            case 0x09: out += "\\t"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x20..<0x7F: out.unicodeScalars.append(UnicodeScalar(c))
            default: out += "\\x" + hex(c)
            }
        }
        return out + String(UnicodeScalar(quote))
    }

    static func hex(_ c: UInt8) -> String {
        let digits = Array("0123456789abcdef")
        return String(digits[Int(c >> 4)]) + String(digits[Int(c & 15)])
    }
}
