import BigInt

// printf-style `str % args` (Objects/unicodeobject.c, PyUnicode_Format),
// and `bytes % args` (bytesobject.c) on the template's bytes as Latin-1
// characters: `%s`/`%b` take bytes-like objects, `%c` one byte, keys are bytes.

enum PercentFormat {
    /// `n * 10 + digit`, or ValueError(message) when it overflows (CPython
    /// checks against PY_SSIZE_T_MAX).
    static func appendDigit(_ n: Int, _ digit: Unicode.Scalar, _ message: String) throws -> Int {
        let (times10, o1) = n.multipliedReportingOverflow(by: 10)
        let (sum, o2) = times10.addingReportingOverflow(Int(digit.value - 48))
        if o1 || o2 { throw valueError(message) }
        return sum
    }

    /// A field this wide must fit the memory budget.
    static func checkAllocation(_ length: Int) throws {
        try HeapBudget.reserve(length)
    }

    static func format(_ interp: Interpreter, _ template: String, _ argsValue: Value, bytes bytesMode: Bool = false) throws -> String {
        let c = Array(template.unicodeScalars)
        var args: [Value]
        var mapping: Value?
        var isTuple = false
        if case .object(let o) = argsValue, let t = o as? PyTuple {
            args = t.items
            isTuple = true
        } else {
            args = [argsValue]
        }
        if case .object(let o) = argsValue, !(o is PyTuple), !(o is PyList),
           o is PyDict || (interp.lookupDunder(o.pyType, "__getitem__") != nil && !o.pyType.isBuiltin) {
            mapping = argsValue
        }
        var argIndex = 0
        var usedMapping = false
        func nextArg() throws -> Value {
            guard argIndex < args.count else { throw typeError("not enough arguments for format string") }
            argIndex += 1
            return args[argIndex - 1]
        }
        var out = ""
        var i = 0
        while i < c.count {
            if c[i] != "%" { out.unicodeScalars.append(c[i]); i += 1; continue }
            let start = i
            i += 1
            guard i < c.count else { throw valueError("incomplete format") }
            var key: Value?
            if c[i] == "(" {
                guard let m = mapping else { throw typeError("format requires a mapping") }
                var depth = 1
                var j = i + 1
                while j < c.count {
                    if c[j] == "(" { depth += 1 } else if c[j] == ")" { depth -= 1; if depth == 0 { break } }
                    j += 1
                }
                guard j < c.count else { throw valueError("incomplete format key") }
                var k = String.UnicodeScalarView()
                k.append(contentsOf: c[(i + 1)..<j])
                key = try interp.getItem(m, bytesMode ? .bytes(latin1(String(k))) : .str(String(k)))
                usedMapping = true
                i = j + 1
            }
            var spec = ParsedSpec.blank()
            var leftAlign = false
            flags: while i < c.count {
                switch c[i] {
                case "-": leftAlign = true
                case "+": spec.sign = "+"
                case " ": if spec.sign == nil { spec.sign = " " }
                case "#": spec.alternate = true
                case "0": spec.zeroPad = true
                default: break flags
                }
                i += 1
            }
            if i < c.count && c[i] == "*" {
                let w = try nextArg()
                if case .bigint = w { throw PyInt.ssizeOverflow() }
                guard case .int(let wi) = w else { throw typeError("* wants int") }
                if wi < 0 { leftAlign = true }
                guard wi != Int.min else { throw valueError("width too big") }
                spec.width = Swift.abs(wi)
                i += 1
            } else {
                while i < c.count, c[i].value >= 48 && c[i].value <= 57 {
                    spec.width = try Self.appendDigit(spec.width, c[i], "width too big")
                    i += 1
                }
            }
            try Self.checkAllocation(spec.width)
            if i < c.count && c[i] == "." {
                i += 1
                if i < c.count && c[i] == "*" {
                    let p = try nextArg()
                    guard PyInt.isInt(p) else { throw typeError("* wants int") }
                    let pi = try interp.cIntValue(p, "* wants int")
                    spec.precision = max(0, pi)
                    i += 1
                } else {
                    var p = 0
                    while i < c.count, c[i].value >= 48 && c[i].value <= 57 {
                        p = try Self.appendDigit(p, c[i], "precision too big")
                        i += 1
                    }
                    spec.precision = p
                }
                if let p = spec.precision, p > Int(Int32.max) { throw valueError("precision too big") }
                try Self.checkAllocation(spec.precision ?? 0)
            }
            // Length modifiers are accepted and ignored, as CPython.
            while i < c.count && (c[i] == "h" || c[i] == "l" || c[i] == "L") { i += 1 }
            guard i < c.count else { throw valueError("incomplete format") }
            let conv = c[i]
            i += 1
            if conv == "%" { out += "%"; continue }
            let arg = try key ?? nextArg()
            if leftAlign { spec.align = "<"; spec.fill = " " } else if spec.zeroPad { spec.align = "="; spec.fill = "0" } else { spec.align = ">" }
            switch conv {
            case let t where t == "s" || t == "r" || t == "a" || (t == "b" && bytesMode):
                var s: String
                switch conv {
                case "b": s = try bytesArgument(interp, arg)
                case "s" where bytesMode: s = try bytesArgument(interp, arg)
                case "r" where bytesMode: s = StrFormat.asciiRepr(try interp.repr(arg))
                case "s": s = try interp.str(arg)
                case "r": s = try interp.repr(arg)
                default: s = StrFormat.asciiRepr(try interp.repr(arg))
                }
                if let p = spec.precision, s.unicodeScalars.count > p {
                    var v = String.UnicodeScalarView(); v.append(contentsOf: s.unicodeScalars.prefix(p)); s = String(v)
                }
                if spec.align == "=" { spec.align = ">"; spec.fill = " " }
                out += FormatSpec.pad(sign: "", prefix: "", body: s, spec: spec, defaultAlign: ">")
            case "d", "i", "u", "x", "X", "o":
                var n: Value
                switch arg {
                case .int, .bigint: n = arg
                case .bool(let b): n = .int(b ? 1 : 0)
                case .float(let d) where conv == "d" || conv == "i" || conv == "u":
                    guard d.isFinite else {
                        throw PyError(d.isNaN ? BuiltinTypes.valueError : BuiltinTypes.overflowError,
                                      d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
                    }
                    n = Value.integer(BigInt(d.rounded(.towardZero)))
                default:
                    if let r = try interp.callDunder(arg, conv == "d" || conv == "i" || conv == "u" ? "__int__" : "__index__", []), PyInt.isInt(r) {
                        n = r
                    } else if conv == "d" || conv == "i" || conv == "u" {
                        throw typeError("%\(conv) format: a real number is required, not \(interp.pyTypeName(arg))")
                    } else {
                        throw typeError("%\(conv) format: an integer is required, not \(interp.pyTypeName(arg))")
                    }
                }
                let big = PyInt.big(n) ?? 0
                let negative = big.sign == .minus && !big.isZero
                var digits: String
                var prefix = ""
                switch conv {
                case "x": digits = String(big.magnitude, radix: 16); prefix = "0x"
                case "X": digits = String(big.magnitude, radix: 16).uppercased(); prefix = "0X"
                case "o": digits = String(big.magnitude, radix: 8); prefix = "0o"
                default: digits = try PyInt.decimalString(BigInt(big.magnitude), limit: interp.runtime.intMaxStrDigits)
                }
                if let p = spec.precision, digits.count < p { digits = String(repeating: "0", count: p - digits.count) + digits }
                if !spec.alternate || conv == "d" || conv == "i" || conv == "u" { prefix = "" }
                out += FormatSpec.pad(sign: FormatSpec.signString(negative, spec), prefix: prefix, body: digits, spec: spec, defaultAlign: ">")
            case "e", "E", "f", "F", "g", "G":
                let d: Double
                switch arg {
                case .float(let x): d = x
                case .int, .bigint, .bool: d = try PyInt.toDouble(arg)
                default:
                    if let r = try interp.callDunder(arg, "__float__", []), case .float(let x) = r { d = x } else {
                        throw typeError("must be real number, not \(interp.pyTypeName(arg))")
                    }
                }
                let body = FloatText.body(d, type: Character(conv), precision: spec.precision ?? 6, alternate: spec.alternate)
                var s = spec
                if !d.isFinite && s.fill == "0" { s.fill = " "; s.align = ">" }
                out += FormatSpec.pad(sign: FormatSpec.signString(d.sign == .minus && !d.isNaN, spec), prefix: "", body: body, spec: s, defaultAlign: ">")
            case "c":
                let s = bytesMode ? try percentByte(interp, arg) : try percentChar(interp, arg)
                if spec.align == "=" { spec.align = ">"; spec.fill = " " }
                out += FormatSpec.pad(sign: "", prefix: "", body: s, spec: spec, defaultAlign: ">")
            default:
                throw valueError("unsupported format character '\(Character(conv))' (0x\(String(conv.value, radix: 16))) at index \(i - 1)")
            }
            _ = start
        }
        if argIndex < args.count && !usedMapping && (isTuple || mapping == nil) {
            throw typeError("not all arguments converted during \(bytesMode ? "bytes" : "string") formatting")
        }
        return out
    }
}

extension PercentFormat {
    /// The character `%c` prints, as CPython's formatchar: a 1-char str, or
    /// any int (bool, big int, or an object with __index__) in range.
    static func percentChar(_ interp: Interpreter, _ arg: Value) throws -> String {
        let code: Value
        switch arg {
        case .str(let x):
            guard x.unicodeScalars.count == 1 else { throw typeError("%c requires int or char") }
            return x
        case .int, .bigint: code = arg
        case .bool(let b): code = .int(b ? 1 : 0)
        case .object:
            guard let r = try interp.callDunder(arg, "__index__", []), PyInt.isInt(r) else {
                throw typeError("%c requires int or char")
            }
            code = r
        default: throw typeError("%c requires int or char")
        }
        guard case .int(let cp) = code, cp >= 0, cp < 0x110000 else {
            throw PyError(BuiltinTypes.overflowError, "%c arg not in range(0x110000)")
        }
        // Lone surrogates (0xD800-0xDFFF) have no Swift String form.
        guard let u = Unicode.Scalar(UInt32(cp)) else {
            throw valueError("loopscope strings cannot hold lone surrogates (%c of \(cp))")
        }
        return String(u)
    }
}

extension PercentFormat {
    /// Bytes 0-255 as the characters U+0000-U+00FF, and back.
    static func latin1(_ bytes: [UInt8]) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return String(v)
    }

    static func latin1(_ s: String) -> [UInt8] {
        s.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
    }

    /// `%s`/`%b` of bytes formatting: a bytes-like object or `__bytes__`.
    static func bytesArgument(_ interp: Interpreter, _ arg: Value) throws -> String {
        if let b = interp.bufferBytes(arg.unboxed) { return latin1(b) }
        if let r = try interp.callDunder(arg, "__bytes__", []), let b = interp.bufferBytes(r) { return latin1(b) }
        throw typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '\(interp.pyTypeName(arg))'")
    }

    /// `%c` of bytes formatting: an int in range(256) or a single byte.
    static func percentByte(_ interp: Interpreter, _ arg: Value) throws -> String {
        if let b = interp.bufferBytes(arg.unboxed) {
            guard b.count == 1 else { throw typeError("%c requires an integer in range(256) or a single byte") }
            return latin1(b)
        }
        guard PyInt.isInt(arg) || (try? interp.callDunder(arg, "__index__", [])) != nil else {
            throw typeError("%c requires an integer in range(256) or a single byte")
        }
        let n = try interp.indexValue(arg, "%c requires an integer in range(256) or a single byte")
        guard n >= 0 && n < 256 else { throw PyError(BuiltinTypes.overflowError, "%c arg not in range(256)") }
        return latin1([UInt8(n)])
    }
}

extension ParsedSpec {
    static func blank() -> ParsedSpec { ParsedSpec() }
}
