import Foundation
import Testing

/// Runs scripts/memory-check.sh against the debug binary: programs that never
/// end (printing, yielding under --lint/--trace) stay under a memory ceiling.
@Suite struct MemoryCeilingTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/loopscope").path
    static let script = root.appendingPathComponent("scripts/memory-check.sh").path

    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: binary) && FileManager.default.fileExists(atPath: "/proc/self/status")
    }

    @Test(.enabled(if: MemoryCeilingTests.available, "needs a built loopscope and /proc"))
    func endlessProgramsRunInBoundedMemory() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [Self.script, Self.binary, "3"]
        let pipe = Pipe()
        p.standardOutput = pipe
        try p.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(output)")
        #expect(output.split(separator: "\n").filter { $0.hasPrefix("ok ") }.count == 3, "\(output)")
    }

    /// Runaway allocation ends in MemoryError within the budget, as in
    /// CPython when memory runs out (killed after a minute if it does not).
    @Test(.enabled(if: MemoryCeilingTests.available, "needs a built loopscope and /proc"),
          arguments: ["l = []\nwhile True:\n    l.append(l[:])\n", "s = 'ab'\nwhile True:\n    s = s + s\n"])
    func runawayAllocationRaisesMemoryError(_ program: String) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("runaway-\(UUID().uuidString).py").path
        try program.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        p.arguments = ["-s", "KILL", "60", Self.binary, "run", "--max-memory", "200M", path]
        let pipe = Pipe()
        p.standardError = pipe
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let stderr = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 1, "\(stderr)")
        #expect(stderr.hasSuffix("MemoryError\n"), "\(stderr)")
    }
}
