import Foundation
import Testing

/// Runs scripts/e2e-tmux.sh against the built binary when tmux is installed,
/// the binary exists and its engine runs programs (`loopscope run` works).
@Suite struct EndToEndTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/loopscope").path
    static let script = root.appendingPathComponent("scripts/e2e-tmux.sh").path

    static func run(_ args: [String], _ executable: String) -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        // A file, not a pipe: tmux's server outlives the script and would hold a pipe open.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("loopscope-e2e-\(UUID().uuidString).log").path
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard let out = FileHandle(forWritingAtPath: path) else { return (-1, "cannot write \(path)") }
        p.standardOutput = out
        p.standardError = out
        do { try p.run() } catch { return (-1, "\(error)") }
        p.waitUntilExit()
        try? out.close()
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        return (p.terminationStatus, text)
    }

    static var available: Bool {
        guard FileManager.default.isExecutableFile(atPath: binary),
              run(["-c", "command -v tmux"], "/bin/sh").0 == 0 else { return false }
        // The visualizer needs the engine: skip until `loopscope run` can run a demo.
        return run(["run", "hello"], binary).0 == 0
    }

    @Test(.enabled(if: EndToEndTests.available, "needs tmux, a built loopscope and a working engine"))
    func pickerFilterStepBackPlayQuit() {
        let (status, output) = Self.run([Self.script, Self.binary], "/bin/bash")
        #expect(status == 0, "\(output)")
    }
}
