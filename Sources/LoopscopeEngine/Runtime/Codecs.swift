// str.encode / bytes.decode for the codecs programs use: UTF-8, ASCII and
// Latin-1, with the `strict`, `ignore`, `replace` and `backslashreplace`
// error handlers, and CPython's UnicodeError wording.

enum Codecs {
    enum Codec: String { case utf8 = "utf-8", ascii, latin1 = "latin-1" }

    /// CPython's encodings.normalize_encoding plus the aliases of these three codecs.
    static func codec(_ name: String) throws -> Codec {
        let key = name.lowercased().replacingOccurrences(of: "-", with: "_").replacingOccurrences(of: " ", with: "_")
        switch key {
        case "utf_8", "utf8", "u8", "utf", "cp65001": return .utf8
        case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "iso646_us": return .ascii
        case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100": return .latin1
        case "utf_16", "utf16", "utf_16_le", "utf_16_be", "utf_32", "utf32", "utf_32_le", "utf_32_be", "cp1252",
             "windows_1252", "cp437", "utf_7", "idna", "punycode", "base64", "hex", "rot_13", "unicode_escape",
             "raw_unicode_escape", "shift_jis", "gbk", "gb2312", "big5", "euc_jp", "koi8_r", "mbcs":
            throw PyError(BuiltinTypes.notImplementedError, "loopscope does not support the '\(name)' codec yet")
        default: throw PyError(BuiltinTypes.lookupError, "unknown encoding: \(name)")
        }
    }

    /// An `encoding=`/`errors=` argument: a str, or the default.
    static func name(_ interp: Interpreter, _ v: Value?, _ what: String, default dflt: String = "utf-8") throws -> String {
        guard let v else { return dflt }
        guard case .str(let s) = v else { throw typeError("\(what) must be str, not \(interp.pyTypeName(v))") }
        return s
    }

    static func encode(_ s: String, encoding: String, errors: String) throws -> [UInt8] {
        let codec = try codec(encoding)
        if codec == .utf8 { return Array(s.utf8) }
        let limit: UInt32 = codec == .ascii ? 0x80 : 0x100
        let scalars = Array(s.unicodeScalars)
        var out: [UInt8] = []
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.value < limit { out.append(UInt8(c.value)); i += 1; continue }
            var end = i + 1
            while end < scalars.count && scalars[end].value >= limit { end += 1 }
            switch errors {
            case "strict":
                let what = end - i == 1
                    ? "character '\(escape(c))' in position \(i)"
                    : "characters in position \(i)-\(end - 1)"
                throw PyError(BytesTypes.unicodeEncodeError,
                              "'\(codec.rawValue == "latin-1" ? "latin-1" : codec.rawValue)' codec can't encode \(what): ordinal not in range(\(limit))")
            case "ignore": break
            case "replace": out += [UInt8](repeating: 0x3F, count: end - i)
            case "backslashreplace":
                for u in scalars[i..<end] { out += Array(escape(u).utf8) }
            case "xmlcharrefreplace":
                for u in scalars[i..<end] { out += Array("&#\(u.value);".utf8) }
            default: throw PyError(BuiltinTypes.lookupError, "unknown error handler name '\(errors)'")
            }
            i = end
        }
        return out
    }

    private static func escape(_ u: Unicode.Scalar) -> String {
        let h = String(u.value, radix: 16)
        if u.value < 0x100 { return "\\x" + String(repeating: "0", count: 2 - h.count) + h }
        if u.value < 0x10000 { return "\\u" + String(repeating: "0", count: 4 - h.count) + h }
        return "\\U" + String(repeating: "0", count: 8 - h.count) + h
    }

    static func decode(_ b: [UInt8], encoding: String, errors: String) throws -> String {
        let codec = try codec(encoding)
        var out = String.UnicodeScalarView()
        var i = 0
        func fail(_ start: Int, _ end: Int, _ reason: String) throws {
            switch errors {
            case "strict":
                let what = end - start == 1
                    ? "byte 0x\(BytesRepr.hex(b[start])) in position \(start)"
                    : "bytes in position \(start)-\(end - 1)"
                throw PyError(BytesTypes.unicodeDecodeError, "'\(codec.rawValue)' codec can't decode \(what): \(reason)")
            case "ignore": break
            case "replace": out.append("\u{FFFD}")
            case "backslashreplace":
                for c in b[start..<end] { out.append(contentsOf: "\\x\(BytesRepr.hex(c))".unicodeScalars) }
            default: throw PyError(BuiltinTypes.lookupError, "unknown error handler name '\(errors)'")
            }
        }
        while i < b.count {
            let c = b[i]
            if c < 0x80 || codec == .latin1 { out.append(Unicode.Scalar(c)); i += 1; continue }
            if codec == .ascii { try fail(i, i + 1, "ordinal not in range(128)"); i += 1; continue }
            // UTF-8: the expected length and the allowed range of the second byte.
            let need: Int, lo: UInt8, hi: UInt8
            switch c {
            case 0xC2...0xDF: (need, lo, hi) = (2, 0x80, 0xBF)
            case 0xE0: (need, lo, hi) = (3, 0xA0, 0xBF)
            case 0xED: (need, lo, hi) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (need, lo, hi) = (3, 0x80, 0xBF)
            case 0xF0: (need, lo, hi) = (4, 0x90, 0xBF)
            case 0xF1...0xF3: (need, lo, hi) = (4, 0x80, 0xBF)
            case 0xF4: (need, lo, hi) = (4, 0x80, 0x8F)
            default:
                try fail(i, i + 1, "invalid start byte")
                i += 1
                continue
            }
            var k = 1
            var value = UInt32(c) & (need == 2 ? 0x1F : need == 3 ? 0x0F : 0x07)
            var bad = false
            while k < need {
                guard i + k < b.count else { break }
                let d = b[i + k]
                let (l, h): (UInt8, UInt8) = k == 1 ? (lo, hi) : (0x80, 0xBF)
                if d < l || d > h { bad = true; break }
                value = value << 6 | UInt32(d & 0x3F)
                k += 1
            }
            if k == need, let scalar = Unicode.Scalar(value) {
                out.append(scalar)
                i += need
                continue
            }
            try fail(i, i + k, bad ? "invalid continuation byte" : "unexpected end of data")
            i += k
        }
        return String(out)
    }
}
