import LoopscopeAnalysis

/// Glyphs and styles by meaning. Every state has its own glyph, so the lanes
/// read the same in monochrome (`NO_COLOR`) as in colour.
public enum Palette {
    public static func glyph(_ state: TaskState) -> Character {
        switch state {
        case .running: return "█"
        case .ready: return "▒"
        case .suspended: return "─"
        case .blocking: return "▓"
        case .done: return "✔"
        case .failed: return "✖"
        case .cancelled: return "⊘"
        }
    }

    public static func style(_ state: TaskState) -> CellStyle {
        switch state {
        case .running: return CellStyle(fg: .green)
        case .ready: return CellStyle(fg: .yellow)
        case .suspended: return CellStyle(fg: .cyan, dim: true)
        case .blocking: return CellStyle(fg: .red, bold: true)
        case .done: return CellStyle(fg: .green, bold: true)
        case .failed: return CellStyle(fg: .red, bold: true)
        case .cancelled: return CellStyle(fg: .magenta, bold: true)
        }
    }

    public static let label = CellStyle(bold: true)
    public static let selected = CellStyle(bold: true, reverse: true)
    public static let muted = CellStyle(dim: true)
    public static let header = CellStyle(fg: .black, bg: .cyan, bold: true)
    public static let border = CellStyle(dim: true)
    public static let focusedBorder = CellStyle(fg: .cyan, bold: true)
    public static let title = CellStyle(bold: true)
    public static let stderr = CellStyle(fg: .red)
    public static let warning = CellStyle(fg: .yellow, bold: true)
    public static let highlight = CellStyle(bold: true, reverse: true)
    public static let loopRunning = CellStyle(fg: .blue)
    public static let loopWaiting = CellStyle(dim: true)
    public static let blocked = CellStyle(fg: .red, bold: true)
    public static let key = CellStyle(fg: .cyan, bold: true)
    /// The line that runs next, in the Source panel.
    public static let nextLine = CellStyle(fg: .yellow, bold: true, reverse: true)

    /// What the last step changed: a colour and attributes (bold, underline),
    /// so the highlight survives `NO_COLOR`.
    public static func changed(_ s: CellStyle) -> CellStyle {
        var c = s
        c.bold = true
        c.underline = true
        c.dim = false
        if c.fg == .default { c.fg = .magenta }
        return c
    }
}
