/// One terminal cell. A wide character occupies its cell and the next, which
/// holds `continuation` so blitting and dumping skip it.
public struct Cell: Sendable, Equatable {
    public var char: Character
    public var style: CellStyle
    public var continuation: Bool

    public init(_ char: Character = " ", _ style: CellStyle = .plain, continuation: Bool = false) {
        self.char = char
        self.style = style
        self.continuation = continuation
    }

    public static let blank = Cell()
}

/// The whole screen in memory. Views draw here; the ncurses layer copies the
/// changed cells out, and tests compare `textDump()` with snapshots.
public struct ScreenBuffer: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, y >= 0, x < width, y < height else { return .blank }
        return cells[y * width + x]
    }

    public mutating func set(_ x: Int, _ y: Int, _ char: Character, _ style: CellStyle = .plain) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        clearWideNeighbours(x, y)
        cells[y * width + x] = Cell(char, style)
    }

    /// Restyles a cell, keeping its character.
    public mutating func restyle(_ x: Int, _ y: Int, _ style: CellStyle) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        cells[y * width + x].style = style
    }

    /// Writes `text` from (x, y), clipped to `maxWidth` columns (and the screen).
    /// Returns the columns used. A wide character that would not fit is dropped.
    @discardableResult
    public mutating func text(_ x: Int, _ y: Int, _ text: String, _ style: CellStyle = .plain,
                              maxWidth: Int = Int.max) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(maxWidth, width - x)
        var col = 0
        for ch in text {
            let w = CharWidth.of(ch)
            if w == 0 { continue }
            let c = ch == "\t" ? " " : ch
            if col + w > limit { break }
            let cx = x + col
            if cx >= 0 {
                set(cx, y, c, style)
                if w == 2, cx + 1 < width {
                    cells[y * width + cx + 1] = Cell(" ", style, continuation: true)
                }
            }
            col += w
        }
        return max(col, 0)
    }

    /// `text` clipped to `width` columns with an ellipsis when it does not fit.
    @discardableResult
    public mutating func clippedText(_ x: Int, _ y: Int, _ text: String, _ style: CellStyle = .plain,
                                     width w: Int) -> Int {
        guard w > 0 else { return 0 }
        if CharWidth.of(text) <= w { return self.text(x, y, text, style, maxWidth: w) }
        let used = self.text(x, y, text, style, maxWidth: w - 1)
        set(x + used, y, "…", style)
        return used + 1
    }

    public mutating func fill(_ rect: Rect, _ char: Character = " ", _ style: CellStyle = .plain) {
        for y in max(rect.y, 0)..<min(rect.maxY, height) {
            for x in max(rect.x, 0)..<min(rect.maxX, width) {
                cells[y * width + x] = Cell(char, style)
            }
        }
    }

    /// A single-line Unicode box with an optional title in its top edge.
    public mutating func box(_ rect: Rect, title: String = "", style: CellStyle = .dim,
                             titleStyle: CellStyle = .bold) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let x0 = rect.x, y0 = rect.y, x1 = rect.maxX - 1, y1 = rect.maxY - 1
        for x in x0...x1 {
            set(x, y0, "─", style)
            set(x, y1, "─", style)
        }
        for y in y0...y1 {
            set(x0, y, "│", style)
            set(x1, y, "│", style)
        }
        set(x0, y0, "┌", style)
        set(x1, y0, "┐", style)
        set(x0, y1, "└", style)
        set(x1, y1, "┘", style)
        if !title.isEmpty, rect.width > 4 {
            text(x0 + 1, y0, " ", style)
            let used = clippedText(x0 + 2, y0, title, titleStyle, width: rect.width - 4)
            text(x0 + 2 + used, y0, " ", style)
        }
    }

    /// The screen as text, one line per row, trailing spaces trimmed: what
    /// snapshot tests compare (styles are not part of it).
    public func textDump() -> String {
        var lines: [String] = []
        lines.reserveCapacity(height)
        for y in 0..<height {
            var line = ""
            for x in 0..<width {
                let cell = cells[y * width + x]
                if !cell.continuation { line.append(cell.char) }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Overwriting half of a wide character leaves a blank in the other half.
    private mutating func clearWideNeighbours(_ x: Int, _ y: Int) {
        let i = y * width + x
        if cells[i].continuation, x > 0 {
            cells[i - 1] = Cell(" ", cells[i - 1].style)
        } else if x + 1 < width, cells[i + 1].continuation {
            cells[i + 1] = Cell(" ", cells[i + 1].style)
        }
    }
}
