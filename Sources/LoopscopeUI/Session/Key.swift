/// A key press, decoded from ncurses (or scripted in tests).
public enum Key: Sendable, Equatable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace
    case resize

    /// Parses a test script like "n n b" or "<down> <enter>" into keys.
    public static func script(_ s: String) -> [Key] {
        s.split(separator: " ").flatMap { word -> [Key] in
            switch word {
            case "<up>": return [.up]
            case "<down>": return [.down]
            case "<left>": return [.left]
            case "<right>": return [.right]
            case "<pgup>": return [.pageUp]
            case "<pgdn>": return [.pageDown]
            case "<enter>": return [.enter]
            case "<esc>": return [.escape]
            case "<tab>": return [.tab]
            case "<bs>": return [.backspace]
            case "<space>": return [.char(" ")]
            default: return word.map { .char($0) }
            }
        }
    }
}
