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
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        do { try p.run() } catch { return (-1, "\(error)") }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
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
