import ArgumentParser
import Foundation
import LoopscopeEngine
#if canImport(Glibc)
import Glibc
#endif

/// `--python EXE`, shared by the commands that run a real CPython.
struct PythonOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The CPython (3.8 or newer) to run (default: python3 on PATH).", valueName: "EXE"))
    var python: String?

    /// The interpreter to run, or a usage error (exit 2) naming --python.
    func locate() -> RealPython {
        do {
            return try RealPython.locate(python)
        } catch {
            UsageError("\(error)").exit()
        }
    }
}

/// A real CPython running a program under the embedded recorder
/// (recorder/loopscope_recorder.py): events arrive on a pipe, never on the
/// program's own streams.
struct RealPython {
    static let minimumVersion = (3, 8)

    /// As the user named it (`--python EXE`, or python3), for messages.
    let name: String
    let executable: String
    /// MAJOR.MINOR, once the interpreter has answered.
    let version: String?

    /// Finds `--python EXE` (or `python3` on PATH) and checks its version
    /// with a probe; a missing or too old interpreter is a usage error naming
    /// `--python`. `watch` asks first (the visualizer opens only on a real
    /// CPython); `record` uses `find` and lets the recorder's preamble answer.
    static func locate(_ requested: String?) throws -> RealPython {
        let found = try find(requested)
        // `-S` (no site) and no `platform` import: the probe is a fraction of a
        // normal start (~8 ms of CPU instead of ~55 ms). Python 2 has no
        // sys.implementation and says "cpython", to be told it is too old.
        let probe = "import sys; i = getattr(sys, 'implementation', None); "
            + "print('%d.%d %s' % (sys.version_info[0], sys.version_info[1], getattr(i, 'name', 'cpython')))"
        guard let out = capture(found.executable, ["-S", "-c", probe]) else {
            throw UsageError("'\(found.name)' did not run as a Python interpreter; choose one with --python EXE")
        }
        return try found.checked(answer: out)
    }

    /// The interpreter `--python EXE` names (or `python3` on PATH), not run
    /// yet: its version is unknown until it answers.
    static func find(_ requested: String?) throws -> RealPython {
        let name = requested ?? "python3"
        guard let path = resolve(name) else {
            throw UsageError("cannot find '\(name)' to run the program; install CPython 3.8 or newer or choose one with --python EXE")
        }
        return RealPython(name: name, executable: path, version: nil)
    }

    /// Judges an interpreter's answer, `MAJOR.MINOR IMPLEMENTATION` (what
    /// the probe prints and the preamble reports when it refuses): itself
    /// with its version, or a usage error naming `--python`.
    func checked(answer: String) throws -> RealPython {
        let words = answer.split(separator: " ")
        let parts = words.first?.split(separator: ".").compactMap { Int($0) } ?? []
        guard parts.count == 2 else {
            throw UsageError("'\(name)' did not report a Python version; choose one with --python EXE")
        }
        let version = "\(parts[0]).\(parts[1])"
        if (parts[0], parts[1]) < Self.minimumVersion {
            throw UsageError("'\(name)' is Python \(version); recording needs CPython 3.8 or newer: choose one with --python EXE")
        }
        if words.count > 1, words[1] != "cpython" {
            let implementation = ["pypy": "PyPy", "graalpy": "GraalPy", "ironpython": "IronPython", "jython": "Jython"][String(words[1])] ?? String(words[1])
            throw UsageError("'\(name)' is \(implementation) \(version); the recorder instruments CPython only: choose one with --python EXE")
        }
        return RealPython(name: name, executable: executable, version: version)
    }

    /// The path `execvp` would run for `name` (getenv and access(2): the
    /// ProcessInfo and FileManager way cost ~1 million instructions a start).
    private static func resolve(_ name: String) -> String? {
        if name.contains("/") { return isExecutableFile(name) ? name : nil }
        let path = getenv("PATH").map { String(cString: $0) } ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if isExecutableFile(candidate) { return candidate }
        }
        return nil
    }

    private static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT != S_IFDIR && access(path, X_OK) == 0
    }

    /// Runs a short command and returns its stdout (nil if it failed).
    /// posix_spawn, not Foundation's Process: this runs before every
    /// recording, and Process cost ~3 ms of CPU more.
    private static func capture(_ exe: String, _ args: [String]) -> String? {
        guard let out = try? pipe() else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, out.write, 1)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let env = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
        let status = withCStrings([exe] + args) { argv in
            withCStrings(env) { envp in posix_spawn(&pid, exe, &actions, nil, argv, envp) }
        }
        close(out.write)
        defer { close(out.read) }
        guard status == 0 else { return nil }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(out.read, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { break }
            if data.count < 1 << 16 { data.append(contentsOf: chunk[0..<n]) }
        }
        guard wait(pid) == (0, nil) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// How the child's standard streams are set up.
    enum Stdio {
        /// The program's own stdin/stdout/stderr are loopscope's (record).
        case inherit
        /// stdin from /dev/null, output discarded: the terminal belongs to
        /// the visualizer and output arrives as events (watch).
        case detached
    }

    /// A started child: its pid, the read end of the events pipe and, in
    /// watch mode, the write end of the control pipe.
    struct Child {
        let pid: pid_t
        let events: Int32
        let control: Int32?
    }

    /// Starts the preamble (recorder/loopscope_preamble.py), which checks the
    /// interpreter and compiles the recorder, or loads it compiled:
    /// `python -c PREAMBLE KEY RECORDER program args...`.
    func spawn(program: String, arguments: [String], stdio: Stdio, controlled: Bool,
               extraEnvironment: [String: String] = [:]) throws -> Child {
        let eventsPipe = try Self.pipe()
        let controlPipe = controlled ? try Self.pipe() : nil
        #if os(Linux)
        if !controlled {
            // 1 MB instead of 64 KB: python3 and loopscope each run on their
            // own core with fewer stalls and wake-ups (record only: watch
            // keeps the small pipe's back-pressure, the live view stays close
            // to the real loop). Refused above the system's limit: no matter.
            _ = fcntl(eventsPipe.write, 1031 /* F_SETPIPE_SZ, not in the Glibc module */, 1 << 20)
        }
        #endif
        var env = ["LOOPSCOPE_EVENTS_FD": "3", "LOOPSCOPE_SCHEMA": String(EventSchema.version)]
        if controlled { env["LOOPSCOPE_CONTROL_FD"] = "4" }
        for (k, v) in extraEnvironment { env[k] = v }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        if case .detached = stdio {
            posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        // The pipes sit at fds >= 10 (see `pipe()`), so dup2 onto 3 and 4
        // always clears close-on-exec.
        posix_spawn_file_actions_adddup2(&actions, eventsPipe.write, 3)
        if let controlPipe { posix_spawn_file_actions_adddup2(&actions, controlPipe.read, 4) }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child gets default signal handling even though loopscope ignores
        // Ctrl-C while it waits (the program decides what Ctrl-C does).
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGHUP] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        // And nothing blocked: a parent (a test harness, a service manager)
        // may have blocked signals the program relies on.
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        var flags = Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)
        if case .detached = stdio {
            // Its own process group: keys typed in the visualizer never signal it.
            flags |= Int32(POSIX_SPAWN_SETPGROUP)
            posix_spawnattr_setpgroup(&attributes, 0)
        }
        posix_spawnattr_setflags(&attributes, Int16(flags))

        let argv = [executable, "-c", RecorderSource.preamble, RecorderSource.hash, RecorderSource.python, program] + arguments
        let envp = Self.environment(setting: env)
        var pid: pid_t = 0
        let status = withCStrings(argv) { cArgv in
            withCStrings(envp) { cEnv in
                posix_spawn(&pid, executable, &actions, &attributes, cArgv, cEnv)
            }
        }
        close(eventsPipe.write)
        if let controlPipe { close(controlPipe.read) }
        guard status == 0 else {
            close(eventsPipe.read)
            if let controlPipe { close(controlPipe.write) }
            throw UsageError("cannot start '\(executable)': \(String(cString: strerror(status)))")
        }
        return Child(pid: pid, events: eventsPipe.read, control: controlPipe?.write)
    }

    /// loopscope's environment as `KEY=VALUE` strings, in its order, with
    /// `set`'s keys replaced or added. Read from `environ` directly:
    /// ProcessInfo's dictionary cost ~0.5 million instructions a start.
    private static func environment(setting set: [String: String]) -> [String] {
        var result: [String] = []
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if !set.keys.contains(where: { text.hasPrefix($0 + "=") }) { result.append(text) }
            entry += 1
        }
        for (key, value) in set { result.append("\(key)=\(value)") }
        return result
    }

    /// A close-on-exec pipe with both ends at fds >= 10.
    private static func pipe() throws -> (read: Int32, write: Int32) {
        var fds: [Int32] = [0, 0]
        guard Glibc.pipe(&fds) == 0 else { throw UsageError("cannot create a pipe: \(String(cString: strerror(errno)))") }
        let r = fcntl(fds[0], F_DUPFD_CLOEXEC, 10)
        let w = fcntl(fds[1], F_DUPFD_CLOEXEC, 10)
        close(fds[0])
        close(fds[1])
        return (r, w)
    }

    /// Waits for the child; the exit status as a shell reports it (128+N
    /// for a signal) and the signal itself, if one ended it.
    static func wait(_ pid: pid_t) -> (code: Int, signal: Int32?) {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return (1, nil) }
        }
        let low = status & 0x7f
        if low == 0 { return (Int((status >> 8) & 0xff), nil) }
        return (128 + Int(low), low)
    }
}

/// `char *const argv[]` for posix_spawn.
private func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
    var pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) }
    pointers.append(nil)
    defer { for p in pointers { free(p) } }
    return body(pointers)
}
