// Native → Python calls nest run loops on the Swift stack. Before nesting
// another one, check how much of the current thread's stack is left, so deep
// recursion through __repr__, properties or sort keys ends in RecursionError
// instead of a crash, whatever the thread's stack size.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

#if canImport(Glibc)
// glibc declares it only under _GNU_SOURCE, which the Glibc module does not set.
@_silgen_name("pthread_getattr_np")
private func getThreadAttributes(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

struct StackGuard {
    private var thread: pthread_t?
    private var lowLimit: UInt = 0

    /// Bytes that must remain free to start another nested loop.
    static let margin: UInt = 384 * 1024

    mutating func hasRoom() -> Bool {
        let me = pthread_self()
        if thread == nil || pthread_equal(thread!, me) == 0 {
            thread = me
            lowLimit = Self.stackLow(me)
        }
        if lowLimit == 0 { return true }
        var marker: UInt8 = 0
        let sp = withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
        return sp > lowLimit + Self.margin
    }

    private static func stackLow(_ t: pthread_t) -> UInt {
        #if canImport(Glibc)
        var attr = pthread_attr_t()
        guard getThreadAttributes(t, &attr) == 0 else { return 0 }
        defer { pthread_attr_destroy(&attr) }
        var addr: UnsafeMutableRawPointer?
        var size = 0
        guard pthread_attr_getstack(&attr, &addr, &size) == 0, let a = addr else { return 0 }
        return UInt(bitPattern: a)
        #elseif canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(t))
        return top - UInt(pthread_get_stacksize_np(t))
        #else
        return 0
        #endif
    }
}
