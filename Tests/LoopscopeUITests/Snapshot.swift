import Foundation
import Testing

/// Compares a screen's text dump with `Snapshots/NAME.txt`. Set
/// `RECORD_SNAPSHOTS=1` to (re)write the files; a missing snapshot is
/// written and the test fails, so nothing passes unseen.
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func check(_ name: String, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent("\(name).txt")
        let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if record || existing == nil {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? text.write(to: url, atomically: true, encoding: .utf8)
            if existing == nil && !record {
                Issue.record("recorded new snapshot \(name).txt; check it and re-run", sourceLocation: sourceLocation)
            }
            return
        }
        if existing != text {
            Issue.record("screen differs from snapshot \(name).txt:\n\(text)", sourceLocation: sourceLocation)
        }
    }
}
