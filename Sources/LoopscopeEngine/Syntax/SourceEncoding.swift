// PEP 263: a `coding` comment on line 1 or 2 names the file's encoding.
// Loopscope decodes the single-byte Latin-1 family (each byte is the code
// point of the same number) besides UTF-8, the default.

public enum SourceEncoding {
    /// The encoding the cookie declares, in CPython's normal form
    /// ("utf-8", "iso-8859-1", or the name as written), or nil.
    public static func declared(_ bytes: ArraySlice<UInt8>) -> String? {
        var lines: [ArraySlice<UInt8>] = []
        var rest = bytes
        for _ in 0..<2 {
            guard !rest.isEmpty else { break }
            let end = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            lines.append(rest[rest.startIndex..<end])
            rest = end < rest.endIndex ? rest[(end + 1)...] : []
        }
        for (i, line) in lines.enumerated() {
            if let name = cookie(line) { return normal(name) }
            // Line 2 counts only after a comment or blank line 1.
            let text = line.drop { $0 == 32 || $0 == 9 || $0 == 12 || $0 == 13 }
            if i == 0 && !(text.isEmpty || text.first == UInt8(ascii: "#")) { break }
        }
        return nil
    }

    /// True for the names Loopscope decodes as Latin-1.
    public static func isLatin1(_ name: String) -> Bool { name == "iso-8859-1" }

    /// Each byte as the code point of its value.
    public static func decodeLatin1(_ bytes: ArraySlice<UInt8>) -> String {
        var s = String.UnicodeScalarView()
        for b in bytes { s.append(Unicode.Scalar(b)) }
        return String(s)
    }

    /// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`
    private static func cookie(_ line: ArraySlice<UInt8>) -> String? {
        let text = line.drop { $0 == 32 || $0 == 9 || $0 == 12 }
        guard text.first == UInt8(ascii: "#") else { return nil }
        let chars = Array(text)
        let key = Array("coding".utf8)
        var i = 0
        while i + key.count < chars.count {
            if Array(chars[i..<(i + key.count)]) == key, chars[i + key.count] == UInt8(ascii: ":") || chars[i + key.count] == UInt8(ascii: "=") {
                var j = i + key.count + 1
                while j < chars.count, chars[j] == 32 || chars[j] == 9 { j += 1 }
                var name: [UInt8] = []
                while j < chars.count, let c = Optional(chars[j]),
                      (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c == 45 || c == 95 || c == 46 {
                    name.append(c)
                    j += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            i += 1
        }
        return nil
    }

    /// CPython's get_normal_name.
    private static func normal(_ name: String) -> String {
        let n = String(name.prefix(12).lowercased().map { $0 == "_" ? "-" : $0 })
        if n == "utf-8" || n.hasPrefix("utf-8-") { return "utf-8" }
        for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] where n == latin || n.hasPrefix(latin + "-") {
            return "iso-8859-1"
        }
        return name
    }
}
