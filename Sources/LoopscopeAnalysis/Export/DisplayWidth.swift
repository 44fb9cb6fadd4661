/// Terminal column width of a character, without depending on the C locale
/// (output must be the same everywhere): 0 for combining marks, 2 for East
/// Asian wide and emoji, 1 otherwise. Follows wcwidth's common ranges. Used
/// by the text timeline and the visualizer's screen buffer.
public enum DisplayWidth {
    public static func of(_ c: Character) -> Int {
        guard let first = c.unicodeScalars.first else { return 0 }
        let v = first.value
        if v < 0x300 { return v < 0x20 || (v >= 0x7F && v < 0xA0) ? 0 : 1 }
        if isCombining(v) { return 0 }
        return isWide(v) ? 2 : 1
    }

    public static func of(_ s: String) -> Int {
        if let w = asciiWidth(s) { return w }
        var w = 0
        for c in s { w += of(c) }
        return w
    }

    /// The width of an all-ASCII string, counted over its bytes: most labels,
    /// warnings and source lines are ASCII, and forming Characters (grapheme
    /// breaking) cost a quarter of a frame. Nil when any byte is not ASCII.
    @inline(__always)
    static func asciiWidth(_ s: String) -> Int? {
        var w = 0
        for b in s.utf8 {
            if b >= 0x80 { return nil }
            if b >= 0x20 && b != 0x7F { w += 1 }
        }
        return w
    }

    /// The longest prefix of `s` at most `width` columns wide.
    public static func prefix(_ s: String, _ width: Int) -> String {
        // Printable ASCII: one column per byte.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            return s.utf8.count <= width ? s : String(s.utf8.prefix(max(width, 0)))!
        }
        var out = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > width { break }
            out.append(c)
            used += w
        }
        return out
    }

    private static func isCombining(_ v: UInt32) -> Bool {
        (0x300...0x36F).contains(v) || (0x200B...0x200F).contains(v) || (0xFE00...0xFE0F).contains(v)
            || (0x20D0...0x20FF).contains(v)
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x1F680...0x1F6FF,
             0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
