import BigInt

// int <-> decimal text for big ints, with CPython 3.11's limit on the
// number of digits (sys.set_int_max_str_digits, 4300 by default; it only
// guards bases that are not powers of two).

extension PyInt {
    static let defaultMaxStrDigits = 4300
    /// sys.int_info.str_digits_check_threshold: the smallest nonzero limit.
    static let maxStrDigitsThreshold = 640

    static func strLimitError(_ limit: Int) -> PyError {
        PyError(BuiltinTypes.valueError, "Exceeds the limit (\(limit) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// int(text, base)'s digit-count check, made where CPython makes it:
    /// on the leading run of digits and single underscores, before the rest
    /// of the text is validated (so `int('1'*5000 + 'x')` reports the limit).
    static func checkParseLimit(_ text: String, base: Int, limit: Int) throws {
        guard limit > 0, text.utf8.count > limit else { return }
        var scalars = Substring(text.trimmingPythonWhitespace()).unicodeScalars
        if scalars.first == "+" || scalars.first == "-" { scalars = scalars.dropFirst() }
        var b = base
        if b == 0 {
            let prefix = String(String.UnicodeScalarView(scalars.prefix(2))).lowercased()
            if prefix == "0x" || prefix == "0o" || prefix == "0b" { return }
            b = 10
        }
        if b & (b - 1) == 0 { return }
        var digits = 0
        var previousUnderscore = false
        for c in scalars {
            if c == "_" {
                if previousUnderscore { return }  // an invalid literal, reported as such
                previousUnderscore = true
                continue
            }
            guard let d = digitValue(c), d < b else { break }
            digits += 1
            previousUnderscore = false
        }
        if previousUnderscore { return }
        if digits > limit {
            throw PyError(BuiltinTypes.valueError, "Exceeds the limit (\(limit) digits) for integer string conversion: value has \(digits) digits; use sys.set_int_max_str_digits() to increase the limit")
        }
    }

    /// str(v) for a big int: 19 decimal digits per one-limb division pass
    /// (quadratic, as CPython 3.11's is, with a quarter of its passes).
    static func decimalString(_ v: BigInt, limit: Int) throws -> String {
        let m = v.magnitude
        // Clearly too long: refuse before converting, as CPython does.
        if limit > 0 && Double(m.bitWidth) * 0.30103 > Double(limit) + 1 { throw strLimitError(limit) }
        if m.isZero { return "0" }
        let chunkBase: UInt = 10_000_000_000_000_000_000
        var limbs = LimbStorage.limbs(m)
        var chunks: [UInt] = []
        chunks.reserveCapacity(limbs.count * 64 / 63 + 1)
        limbs.withUnsafeMutableBufferPointer { p in
            var n = p.count
            while n > 0 {
                chunks.append(Limbs.divWord(p.baseAddress!, p.baseAddress!, n, chunkBase))
                while n > 0 && p[n - 1] == 0 { n -= 1 }
            }
        }
        let head = String(chunks[chunks.count - 1])
        let digits = head.utf8.count + 19 * (chunks.count - 1)
        if limit > 0 && digits > limit { throw strLimitError(limit) }
        let negative = v.sign == .minus
        return String(unsafeUninitializedCapacity: digits + (negative ? 1 : 0)) { out in
            var i = 0
            if negative { out[0] = UInt8(ascii: "-"); i = 1 }
            for byte in head.utf8 { out[i] = byte; i += 1 }
            for k in stride(from: chunks.count - 2, through: 0, by: -1) {
                var c = chunks[k]
                var j = i + 18
                while j >= i {
                    out[j] = UInt8(truncatingIfNeeded: 48 &+ c % 10)
                    c /= 10
                    j -= 1
                }
                i += 19
            }
            return i
        }
    }
}

extension Interpreter {
    /// sys.get_int_max_str_digits / sys.set_int_max_str_digits.
    func addIntDigitLimit(_ ns: Namespace) {
        ns["get_int_max_str_digits"] = native("get_int_max_str_digits") { interp, args in
            try args.none("get_int_max_str_digits", receiver: false)
            return .int(interp.runtime.intMaxStrDigits)
        }
        ns["set_int_max_str_digits"] = native("set_int_max_str_digits") { interp, args in
            let bound = try args.bind("set_int_max_str_digits", ["maxdigits"], required: 1, receiver: false)
            let v = try interp.integerValue(bound[0] ?? .none, "'\(interp.pyTypeName(bound[0] ?? .none))' object cannot be interpreted as an integer")
            guard case .int(let n) = v else {
                throw PyError(BuiltinTypes.overflowError, "Python int too large to convert to C int")
            }
            if n != 0 && n < PyInt.maxStrDigitsThreshold {
                throw valueError("maxdigits must be 0 or larger than \(PyInt.maxStrDigitsThreshold)")
            }
            interp.runtime.intMaxStrDigits = n
            return .none
        }
    }
}
