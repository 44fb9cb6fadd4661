// conformance/COVERAGE.md maps every API issue 10 names to the conformance
// cases that exercise it. A renamed or deleted case would silently leave an
// API untested; this keeps the list honest.

import Foundation
import Testing

@Suite struct CoverageListTests {
    struct Row {
        let api: String
        let names: [String]
    }

    /// The table rows of COVERAGE.md: the first cell names the API, the last
    /// holds the case names in backticks.
    static func rows() throws -> [Row] {
        let url = ConformanceCorpus.root.appendingPathComponent("conformance/COVERAGE.md")
        let text = try String(contentsOf: url, encoding: .utf8)
        var rows: [Row] = []
        for line in text.split(separator: "\n") where line.hasPrefix("|") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }
            guard cells.count >= 2, cells[0] != "API", !cells[0].hasPrefix("---") else { continue }
            let names = cells[cells.count - 1].split(separator: "`", omittingEmptySubsequences: false).enumerated()
                .filter { $0.offset % 2 == 1 }.map { String($0.element) }
            rows.append(Row(api: cells[0], names: names))
        }
        return rows
    }

    @Test func everyListedCaseExists() throws {
        let rows = try Self.rows()
        #expect(rows.count >= 50, "COVERAGE.md lost its table: \(rows.count) rows")
        let fm = FileManager.default
        let root = ConformanceCorpus.root
        for row in rows {
            #expect(!row.names.isEmpty, "no case listed for \(row.api)")
            for name in row.names {
                if name.hasSuffix("Tests") {
                    let swift = root.appendingPathComponent("Tests/LoopscopeEngineTests/\(name).swift").path
                    #expect(fm.fileExists(atPath: swift), "\(row.api): no test suite \(name)")
                } else {
                    let program = root.appendingPathComponent("conformance/cases/\(name).py").path
                    let expected = root.appendingPathComponent("conformance/expected/\(name).json").path
                    #expect(fm.fileExists(atPath: program), "\(row.api): no case \(name).py")
                    #expect(fm.fileExists(atPath: expected), "\(row.api): \(name).py has no expected output")
                }
            }
        }
    }
}
