// The edge-value battery: integer expressions at the edges of C's int,
// ssize_t and 64-bit words, with the results CPython 3.11 gave for them
// (scripts/edge-values.py records conformance/edge-values/battery.json).
// Each group runs as one program; each line of its output is one result.

import Foundation
import Testing
import LoopscopeEngine

struct EdgeValueGroup: Decodable, Sendable, CustomTestStringConvertible {
    let name: String
    /// [expression, what CPython printed for it]
    let cases: [[String]]
    var testDescription: String { name }
}

struct EdgeValueBattery: Decodable {
    let prelude: String
    let groups: [EdgeValueGroup]

    static let loaded: EdgeValueBattery? = {
        let url = ConformanceCorpus.root.appendingPathComponent("conformance/edge-values/battery.json")
        guard let data = try? Data(contentsOf: url) else { return nil }
        return try? JSONDecoder().decode(EdgeValueBattery.self, from: data)
    }()

    /// The program scripts/edge-values.py gave CPython for `group`.
    func program(_ group: EdgeValueGroup) -> String {
        prelude + group.cases.map { "print(t(lambda: \($0[0])))\n" }.joined()
    }
}

@Suite("Edge-value battery (CPython 3.11)")
struct EdgeValueTests {
    @Test("the battery is in place")
    func batteryIsPresent() {
        let count = EdgeValueBattery.loaded?.groups.reduce(0) { $0 + $1.cases.count } ?? 0
        #expect(count >= 2000, "conformance/edge-values/battery.json")
    }

    @Test("every result matches CPython's", arguments: EdgeValueBattery.loaded?.groups ?? [])
    func groupMatchesCPython(_ group: EdgeValueGroup) throws {
        let battery = try #require(EdgeValueBattery.loaded)
        let engine = Engine(source: battery.program(group), filename: "edge_values.py",
                            options: EngineOptions(recordEvents: false))
        let code = engine.runToEnd()
        #expect(code == 0, "\(group.name): \(engine.stderr)")
        let lines = engine.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, c) in group.cases.enumerated() {
            let got = i < lines.count ? lines[i] : "<no output>"
            #expect(got == c[1], "\(c[0])")
        }
    }
}
