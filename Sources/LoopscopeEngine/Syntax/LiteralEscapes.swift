// The escapes str and bytes literals share: the single-letter ones and
// octal. Each literal kind handles the rest (\x, \u, \N, unknown escapes)
// and its own error positions.

enum LiteralEscapes {
    /// `\n`, `\t`, `\\`… : the code the escape stands for, or nil.
    static func single(_ e: Unicode.Scalar) -> UInt32? {
        switch e {
        case "\\": return 0x5C
        case "'": return 0x27
        case "\"": return 0x22
        case "a": return 0x07
        case "b": return 0x08
        case "f": return 0x0C
        case "n": return 0x0A
        case "r": return 0x0D
        case "t": return 0x09
        case "v": return 0x0B
        default: return nil
        }
    }

    /// `\ooo` whose first digit `first` was read: up to two more octal
    /// digits from `s[i...]` (before `end`), `i` advanced past them.
    static func octal(_ first: Unicode.Scalar, _ s: [Unicode.Scalar], _ i: inout Int, _ end: Int) -> Int {
        var value = Int(first.value - 48)
        var count = 1
        while count < 3, i < end, s[i] >= "0" && s[i] <= "7" {
            value = value * 8 + Int(s[i].value - 48)
            i += 1
            count += 1
        }
        return value
    }
}
