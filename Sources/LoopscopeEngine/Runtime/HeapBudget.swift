#if canImport(Glibc)
import Glibc
#endif

/// The memory a run may use: past it, allocation raises `MemoryError` as
/// CPython's does when malloc fails, instead of the process growing until the
/// system kills it. Process-wide (engines share a process; see `Engine`).
///
/// Cheap by design: small objects are not counted. Sizes CPython knows up
/// front (repetition, `list(range(...))`, concatenation, slices, padding) are
/// checked before allocating; a large allocation (1 MiB or more), or every
/// 16 MiB of medium ones, is compared with the process's resident memory; and
/// the VM compares resident memory with the budget between instruction slices.
public enum HeapBudget {
    /// 2 GiB, unless the LOOPSCOPE_MAX_MEMORY environment variable says otherwise.
    public static let defaultLimit = 2 << 30
    /// Bytes; 0 means no limit.
    nonisolated(unsafe) public static var limit: Int = {
        guard let text = getenv("LOOPSCOPE_MAX_MEMORY").map({ String(cString: $0) }) else { return processDefault }
        return parse(text) ?? processDefault
    }()

    /// The budget is process-wide, which is right for `loopscope`: one run at
    /// a time. The test runner (`*.xctest`) hosts about 800 engines in one
    /// process, and an engine that ends keeps its modules' reference cycles
    /// (functions and their globals: 0.5–4 MB an engine; nothing collects
    /// them yet), so by the end of `swift test` the process holds ~2.5 GB
    /// that no single run allocated. It gets 6 GiB so a test's own run is
    /// still measured against what it allocates; every test of the limit
    /// uses sizes far beyond either.
    static var processDefault: Int {
        let executable = CommandLine.arguments.first ?? ""
        return executable.hasSuffix(".xctest") ? 6 << 30 : defaultLimit
    }
    /// Allocations smaller than this are not checked one by one.
    static let checkedSize = 1 << 20
    nonisolated(unsafe) private static var ticks = 0

    /// "512M", "2G", "1500000000" (bytes), "0" (no limit).
    public static func parse(_ text: String) -> Int? {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40]
        var digits = Substring(text.uppercased())
        if digits.last == "B" { digits = digits.dropLast() }
        var scale = 1
        if let last = digits.last, let unit = units[last] { scale = unit; digits = digits.dropLast() }
        guard let n = Int(digits), n >= 0 else { return nil }
        let (bytes, overflow) = n.multipliedReportingOverflow(by: scale)
        return overflow ? nil : bytes
    }

    /// Bytes of medium allocations (4 KiB and up) since resident memory was
    /// last read: copies that each stay small (`l.append(l[:])`) still add up.
    nonisolated(unsafe) private static var sinceCheck = 0

    /// Throws MemoryError when `count` elements of `size` bytes cannot fit.
    @inline(__always)
    static func reserve(_ count: Int, of size: Int = 1) throws {
        let (bytes, overflow) = count.multipliedReportingOverflow(by: size)
        if overflow { throw memoryError() }
        if bytes < 4096 { return }
        sinceCheck &+= bytes
        if bytes >= checkedSize || sinceCheck >= 16 << 20 {
            sinceCheck = 0
            try reserveLarge(bytes)
        }
    }

    private static func reserveLarge(_ bytes: Int) throws {
        guard limit > 0 else { return }
        if bytes > limit || residentBytes() > limit - bytes { throw memoryError() }
    }

    /// Between slices: true when the process already uses more than the budget.
    /// Reads /proc only every few calls unless `always`.
    static func exceeded(always: Bool) -> Bool {
        guard limit > 0 else { return false }
        ticks &+= 1
        guard always || ticks & 63 == 0 else { return false }
        return residentBytes() > limit
    }

    static func memoryError() -> PyError { PyError(BuiltinTypes.memoryError, "") }

    /// Resident set size (Linux: /proc/self/statm); 0 where unknown.
    static func residentBytes() -> Int {
        #if os(Linux)
        let fd = open("/proc/self/statm", O_RDONLY)
        if fd < 0 { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, 127) }
        guard n > 0 else { return 0 }
        // "size resident shared ...", in pages.
        let fields = buffer[0..<n].split(separator: UInt8(ascii: " "))
        guard fields.count > 1, let pages = Int(String(decoding: fields[1], as: UTF8.self)) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
        #else
        return 0
        #endif
    }
}
