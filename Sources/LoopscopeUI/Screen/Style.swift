/// The eight ANSI colours plus the terminal's default. Views pick colours by
/// meaning (see `Palette`), never by number, so monochrome can drop them.
public enum TermColor: Int, Sendable, Equatable, CaseIterable {
    case `default` = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// How one cell is drawn. Attributes carry the meaning when colours are off,
/// so every state also has its own glyph.
public struct CellStyle: Sendable, Equatable, Hashable {
    public var fg: TermColor = .default
    public var bg: TermColor = .default
    public var bold = false
    public var reverse = false
    public var dim = false
    public var underline = false

    public init(fg: TermColor = .default, bg: TermColor = .default, bold: Bool = false,
                reverse: Bool = false, dim: Bool = false, underline: Bool = false) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
    }

    public static let plain = CellStyle()
    public static let bold = CellStyle(bold: true)
    public static let dim = CellStyle(dim: true)
    public static let reverse = CellStyle(reverse: true)

    public func with(fg: TermColor) -> CellStyle { var s = self; s.fg = fg; return s }
    public func withBold() -> CellStyle { var s = self; s.bold = true; return s }
    public func withReverse() -> CellStyle { var s = self; s.reverse = true; return s }
}
