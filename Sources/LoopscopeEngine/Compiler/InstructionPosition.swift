// The source range an instruction is attributed to, as CPython's
// `co_positions()` gives it: what traceback carets (PEP 657) underline.

struct InstructionPosition: Equatable {
    var line: Int32
    /// 0-based, in Unicode scalars (CPython counts UTF-8 bytes; the traceback
    /// printer converts back to characters, so scalars are what it needs).
    /// -1 when unknown.
    var column: Int32
    var endLine: Int32
    /// 0-based, exclusive; -1 when unknown.
    var endColumn: Int32

    init(line: Int32, column: Int32 = -1, endLine: Int32 = -1, endColumn: Int32 = -1) {
        self.line = line
        self.column = column
        self.endLine = endLine
        self.endColumn = endColumn
    }

    /// The range of an AST node (1-based columns, exclusive end). A node
    /// whose end was never recorded gets no columns rather than an empty range.
    init(_ loc: SourceLocation) {
        line = Int32(clamping: loc.line)
        if loc.endLine > loc.line || (loc.endLine == loc.line && loc.endColumn > loc.column) {
            column = Int32(clamping: loc.column - 1)
            endLine = Int32(clamping: loc.endLine)
            endColumn = Int32(clamping: loc.endColumn - 1)
        } else {
            column = -1
            endLine = -1
            endColumn = -1
        }
    }

    /// CPython's `update_start_location_to_match_attr`: an attribute access
    /// or method call whose `.name` sits on a later line than its object is
    /// attributed to the line of the name, starting at the name.
    func matchingAttribute(_ attr: Expr, name: String) -> InstructionPosition {
        guard Int(line) != attr.loc.endLine else { return self }
        var p = self
        p.line = Int32(clamping: attr.loc.endLine)
        let length = name.unicodeScalars.count
        let end = attr.loc.endColumn - 1
        if length <= end { p.column = Int32(clamping: end - length) } else { p.column = -1; p.endColumn = -1 }
        p.endLine = Int32(clamping: attr.loc.endLine)
        return p
    }
}
