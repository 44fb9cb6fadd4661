/// A key press, decoded from ncurses (or scripted in tests).
public enum Key: Sendable, Equatable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case resize
    /// A mouse event at a screen cell (0-based).
    case mouse(x: Int, y: Int, button: MouseButton)

    public enum MouseButton: Sendable, Equatable { case left, wheelUp, wheelDown }

    /// Ctrl-O opens a file in the picker: a key no filter can contain.
    public static let ctrlO = Key.char("\u{0F}")
    public static let ctrlC = Key.char("\u{03}")

    /// A printable character (what a filter or prompt may contain).
    public var printable: Character? {
        guard case .char(let c) = self, let s = c.unicodeScalars.first, s.value >= 0x20, s.value != 0x7F else { return nil }
        return c
    }

    /// Parses a test script like "n n b", "<down> <enter>", "<click:10,5>" into keys.
    public static func script(_ s: String) -> [Key] {
        s.split(separator: " ").flatMap { word -> [Key] in
            switch word {
            case "<up>": return [.up]
            case "<down>": return [.down]
            case "<left>": return [.left]
            case "<right>": return [.right]
            case "<pgup>": return [.pageUp]
            case "<pgdn>": return [.pageDown]
            case "<home>": return [.home]
            case "<end>": return [.end]
            case "<enter>": return [.enter]
            case "<esc>": return [.escape]
            case "<tab>": return [.tab]
            case "<btab>": return [.backTab]
            case "<bs>": return [.backspace]
            case "<space>": return [.char(" ")]
            case "<C-o>": return [.ctrlO]
            case "<C-c>": return [.ctrlC]
            default:
                if let m = mouse(word) { return [m] }
                return word.map { .char($0) }
            }
        }
    }

    /// `<click:X,Y>`, `<wheelup:X,Y>`, `<wheeldown:X,Y>`.
    private static func mouse(_ word: Substring) -> Key? {
        guard word.hasPrefix("<"), word.hasSuffix(">"), let colon = word.firstIndex(of: ":") else { return nil }
        let name = word[word.index(after: word.startIndex)..<colon]
        let coords = word[word.index(after: colon)..<word.index(before: word.endIndex)].split(separator: ",").compactMap { Int($0) }
        guard coords.count == 2 else { return nil }
        let button: MouseButton
        switch name {
        case "click": button = .left
        case "wheelup": button = .wheelUp
        case "wheeldown": button = .wheelDown
        default: return nil
        }
        return .mouse(x: coords[0], y: coords[1], button: button)
    }
}
