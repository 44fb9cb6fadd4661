import BigInt

// A Python value. Immediate cases avoid an allocation for the values a
// program touches most (None, bools, small ints, floats, strings); everything
// else is a reference to a `PyObject` subclass.
//
// Invariant: `.bigint` only holds values outside `Int`'s range, so two equal
// ints always have the same case. Use `Value.integer(_:)` to normalise.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    /// Boxed (`indirect`): BigInt is 33 bytes inline and would make every
    /// Value 40 bytes; boxed, a Value is 17 (stride 24), which the VM's
    /// stack and locals copy on every instruction. Big ints are rare.
    indirect case bigint(BigInt)
    case float(Double)
    case str(String)
    case object(PyObject)

    /// Normalises a BigInt result back to `.int` when it fits.
    @inlinable
    public static func integer(_ b: BigInt) -> Value {
        // Most results are wider than a word: decide by width before
        // BigInt's generic word-by-word conversion.
        let width = b.magnitude.bitWidth
        if width < Int.bitWidth {
            let w = width == 0 ? 0 : Int(bitPattern: b.magnitude.words[0])
            return .int(b.sign == .minus ? -w : w)
        }
        if width == Int.bitWidth, let i = Int(exactly: b) { return .int(i) }
        return .bigint(b)
    }

    public var isNone: Bool {
        if case .none = self { return true }
        return false
    }

    public var asObject: PyObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    /// The Python `is` operator.
    public func isIdentical(to other: Value) -> Bool {
        switch (self, other) {
        case (.none, .none): return true
        case (.bool(let a), .bool(let b)): return a == b
        // CPython caches small ints; programs that rely on `is` for ints are
        // wrong anyway, so treat equal ints as identical.
        case (.int(let a), .int(let b)): return a == b
        case (.bigint(let a), .bigint(let b)): return a == b
        case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
        case (.str(let a), .str(let b)): return a == b
        case (.object(let a), .object(let b)): return a === b
        default: return false
        }
    }
}

/// Keyword arguments keep their call order (it is observable via **kwargs).
public typealias Keywords = [(String, Value)]

/// The arguments of a call, as a native function receives them.
public struct Arguments {
    public var positional: [Value]
    public var keywords: Keywords

    public init(_ positional: [Value] = [], keywords: Keywords = []) {
        self.positional = positional
        self.keywords = keywords
    }

    public var count: Int { positional.count }
    public subscript(i: Int) -> Value { positional[i] }

    public func keyword(_ name: String) -> Value? {
        keywords.first(where: { $0.0 == name })?.1
    }
}

extension UnsafeMutablePointer where Pointee == Value {
    /// The object a slot (the VM's stack, a frame's locals) holds, without
    /// taking a reference: the slot keeps it alive while the caller reads
    /// it, so a type test or an attribute read costs no retain/release pair.
    @inline(__always)
    var borrowedObject: Unmanaged<PyObject>? {
        if case .object(let o) = pointee { return Unmanaged.passUnretained(o) }
        return nil
    }
}

extension UnsafeMutablePointer where Pointee == Value? {
    /// `borrowedObject` for an optional slot (a frame's locals, a
    /// namespace's values): the object, unretained, when the slot holds one.
    @inline(__always)
    var borrowedObject: Unmanaged<PyObject>? {
        if case .object(let o)? = pointee { return Unmanaged.passUnretained(o) }
        return nil
    }
}
