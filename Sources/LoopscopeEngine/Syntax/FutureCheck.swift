// `from __future__ import ...` statements, checked as CPython 3.11 checks
// them. Two passes, as there: before the symbol table, the future parser
// (Python/future.c) reads the future imports at the top of the module
// (after an optional docstring) and rejects unknown features; later, the
// compiler rejects any future import below them, in source order among its
// other errors (SemanticCheck calls `checkPlacement`).

struct FutureCheck {
    let source: SourceText

    /// `__future__.all_feature_names` of 3.11. All are no-ops for Loopscope
    /// except `annotations` (Compiler.futureAnnotations) and `barry_as_FLUFL`,
    /// which changes the grammar and is refused.
    static let features: Set<String> = [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ]

    /// Checks the opening future imports; returns the line of the last one
    /// (0 when there is none), below which the compiler refuses them.
    func check(_ module: Module) throws(SyntaxErrorInfo) -> Int {
        var futureLine = 0
        var done = false
        var previousLine = 0
        for (i, stmt) in module.body.enumerated() {
            if i == 0, module.docstring != nil { continue }
            // Once another statement was seen, only the rest of its line is
            // looked at: `import os; from __future__ import x` fails here.
            if done, stmt.loc.line > previousLine { break }
            previousLine = stmt.loc.line
            guard case .importFrom(let name, let aliases, _) = stmt.kind, name == "__future__" else {
                done = true
                continue
            }
            if done { throw lateError(stmt.loc, wholeStatement: false) }
            for alias in aliases {
                let feature = alias.name
                if feature == "braces" { throw error("not a chance", stmt.loc) }
                if !Self.features.contains(feature) {
                    throw error("future feature \(feature) is not defined", stmt.loc)
                }
                if feature == "barry_as_FLUFL" {
                    var e = error("loopscope does not support from __future__ import barry_as_FLUFL yet", stmt.loc)
                    e.isUnsupportedFeature = true
                    throw e
                }
            }
            futureLine = stmt.loc.line
        }
        return futureLine
    }

    /// The compiler's check of a future import anywhere (nested ones too):
    /// only the opening ones, at or above `futureLine`, may be there.
    static func checkPlacement(_ stmt: Stmt, futureLine: Int, source: SourceText) throws(SyntaxErrorInfo) {
        guard case .importFrom(let name, _, _) = stmt.kind, name == "__future__",
              stmt.loc.line > futureLine else { return }
        throw FutureCheck(source: source).lateError(stmt.loc, wholeStatement: true)
    }

    /// The future parser marks only where the statement starts, and gives
    /// its 0-based column as the 1-based offset (the caret lands one to the
    /// left, on the space after `;`); the compiler underlines the whole statement.
    private func lateError(_ loc: SourceLocation, wholeStatement: Bool) -> SyntaxErrorInfo {
        let message = "from __future__ imports must occur at the beginning of the file"
        guard wholeStatement else {
            var shifted = loc
            shifted.column -= 1
            return error(message, shifted)
        }
        return SyntaxErrorInfo(message: message, line: loc.line, column: loc.column, endLine: loc.endLine,
                               endColumn: loc.endColumn, lineText: source.lineText(loc.line))
    }

    /// A location with no end: one caret under the statement's first character.
    private func error(_ message: String, _ loc: SourceLocation) -> SyntaxErrorInfo {
        SyntaxErrorInfo(message: message, line: loc.line, column: loc.column, endLine: loc.line,
                        endColumn: 0, lineText: source.lineText(loc.line))
    }
}
