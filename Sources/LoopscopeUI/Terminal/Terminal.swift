import CNcurses
import Foundation

/// The thin ncurses layer: start and restore the terminal, read keys, and
/// copy a `ScreenBuffer` out, touching only the cells that changed.
final class Terminal {
    private var previous: ScreenBuffer?
    private var pairs: [Int: Int16] = [:]
    private let colors: Bool
    private var restored = false

    init() {
        setlocale(LC_ALL, "")
        initscr()
        cbreak()
        noecho()
        nonl()
        keypad(ls_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        ls_enable_mouse()
        ls_install_restore_handlers()
        _ = ls_install_winch_pipe()
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        if has_colors() && !noColor {
            start_color()
            use_default_colors()
            colors = true
        } else {
            colors = false
        }
    }

    var size: (width: Int, height: Int) { (Int(ls_cols()), Int(ls_lines())) }

    /// Sleeps until input or a resize arrives, or `timeoutMs` passes (< 0:
    /// no timeout), so a paused screen costs no CPU. Then returns every key
    /// ready now (a resize is `.resize`).
    func readKeys(timeoutMs: Int32) -> [Key] {
        guard ls_wait_input(timeoutMs) == 1 else { return [] }
        var keys: [Key] = []
        var reads = 0
        // Whatever ncurses can decode now, including keys it buffered.
        while reads < 256, let key = readKey() {
            keys.append(key)
            reads += 1
        }
        if keys.isEmpty { keys.append(.resize) }  // woken by a resize ncurses has not reported yet
        if ls_check_resize() == 1 { keys.insert(.resize, at: 0) }
        return keys
    }

    private func readKey() -> Key? {
        wtimeout(ls_stdscr(), 0)
        var ch: wint_t = 0
        let r = wget_wch(ls_stdscr(), &ch)
        if r == ERR { return nil }
        if r == KEY_CODE_YES, Int32(ch) == KEY_RESIZE { return .resize }
        if r == KEY_CODE_YES {
            switch Int32(ch) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_ENTER: return .enter
            case KEY_BACKSPACE: return .backspace
            case KEY_BTAB: return .backTab
            case KEY_RESIZE: return .resize
            case KEY_MOUSE:
                var x: Int32 = 0, y: Int32 = 0, kind: Int32 = 0
                guard ls_get_mouse(&x, &y, &kind) == 1 else { return .char("\u{0}") }
                let button: Key.MouseButton = kind == 1 ? .wheelUp : (kind == 2 ? .wheelDown : .left)
                return .mouse(x: Int(x), y: Int(y), button: button)
            default: return .char("\u{0}")  // a key we do not use; keep draining
            }
        }
        switch ch {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        default:
            guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
            return .char(Character(scalar))
        }
    }

    func draw(_ buf: ScreenBuffer) {
        let full = previous.map { $0.width != buf.width || $0.height != buf.height } ?? true
        if full { erase() }
        for y in 0..<buf.height {
            for x in 0..<buf.width {
                let cell = buf[x, y]
                if cell.continuation { continue }
                if !full, let prev = previous, prev[x, y] == cell { continue }
                put(cell, x: x, y: y, lastColumn: x == buf.width - 1 && y == buf.height - 1)
            }
        }
        previous = buf
        wnoutrefresh(ls_stdscr())
        doupdate()
    }

    /// Forces every cell out on the next draw (after a resize).
    func invalidate() { previous = nil }

    func restore() {
        guard !restored else { return }
        restored = true
        ls_endwin()
    }

    private func put(_ cell: Cell, x: Int, y: Int, lastColumn: Bool) {
        var attrs: attr_t = 0
        if cell.style.bold { attrs |= ls_a_bold() }
        if cell.style.dim { attrs |= ls_a_dim() }
        if cell.style.reverse { attrs |= ls_a_reverse() }
        if cell.style.underline { attrs |= ls_a_underline() }
        let pair = colors ? pairNumber(cell.style.fg, cell.style.bg) : 0
        var wch: [wchar_t] = cell.char.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
        wch.append(0)
        _ = ls_put_cell(Int32(y), Int32(x), wch, attrs, pair)
    }

    /// Colour pairs are made on first use; when the terminal runs out, the
    /// default pair keeps glyphs and attributes readable.
    private func pairNumber(_ fg: TermColor, _ bg: TermColor) -> Int16 {
        if fg == .default && bg == .default { return 0 }
        let key = (fg.rawValue + 1) * 16 + (bg.rawValue + 1)
        if let p = pairs[key] { return p }
        let next = pairs.count + 1
        guard next < Int(ls_color_pairs()), next < Int(Int16.max) else { return 0 }
        init_pair(Int16(next), Int16(fg.rawValue), Int16(bg.rawValue))
        pairs[key] = Int16(next)
        return Int16(next)
    }
}
