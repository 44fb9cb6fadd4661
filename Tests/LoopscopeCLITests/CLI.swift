import Foundation

/// Runs the built `loopscope` binary through /bin/sh, so a test can redirect
/// its streams the way a user's shell would (`> /dev/full`, `>&-`, `| head`).
struct CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let binary = root.appendingPathComponent(".build/debug/loopscope").path
    static var available: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    /// A fresh scratch directory, the shell's working directory.
    let dir: URL

    init() {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("loopscope-cli-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    func remove() { try? FileManager.default.removeItem(at: dir) }

    func path(_ name: String) -> String { dir.appendingPathComponent(name).path }

    func file(_ name: String, _ text: String) {
        _ = FileManager.default.createFile(atPath: path(name), contents: Data(text.utf8))
    }

    func read(_ name: String) -> String? { try? String(contentsOfFile: path(name), encoding: .utf8) }

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// Killed by a signal (a trap or SIGPIPE) rather than exiting.
        let signalled: Bool
    }

    /// Runs `script` in /bin/sh with `$L` naming the binary; the script's own
    /// stdout and stderr are captured in files (a pipe would hide EPIPE cases).
    func sh(_ script: String) -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", script]
        p.currentDirectoryURL = dir
        var env = ProcessInfo.processInfo.environment
        env["L"] = Self.binary
        p.environment = env
        let out = path(".out"), err = path(".err")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        guard let o = FileHandle(forWritingAtPath: out), let e = FileHandle(forWritingAtPath: err) else {
            return Result(status: -1, stdout: "", stderr: "cannot capture", signalled: false)
        }
        p.standardOutput = o
        p.standardError = e
        do { try p.run() } catch { return Result(status: -1, stdout: "", stderr: "\(error)", signalled: false) }
        p.waitUntilExit()
        try? o.close()
        try? e.close()
        return Result(status: p.terminationStatus, stdout: read(".out") ?? "", stderr: read(".err") ?? "",
                      signalled: p.terminationReason == .uncaughtSignal)
    }
}
