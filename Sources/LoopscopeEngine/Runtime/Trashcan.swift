// CPython's "trashcan" (Include/cpython/object.h, Py_TRASHCAN_BEGIN): freeing
// a deeply nested structure (`x = [x]` a million times, a long linked list of
// instances, a long exception chain) releases each level from inside the
// previous level's deinit. Unchecked, that recursion overflows the Swift
// stack. Containers hand their contents to `Trashcan.dispose` instead: past
// `maxDepth` nested releases the contents are parked on a per-thread list
// and released later by the outermost release, iteratively.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Trashcan {
    /// Nested releases allowed before parking (CPython: 50).
    static let maxDepth = 50

    private final class State {
        var depth = 0
        var parked: [Any] = []
    }

    /// Engines may run on several threads at once (tests do), so the state
    /// is per thread.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            guard let pointer else { return }
            Unmanaged<State>.fromOpaque(pointer).release()
        }
        return key
    }()

    /// The key holds a retained `State` (no cast back from AnyObject: a
    /// dynamic cast here cost more than the release it guards).
    private static var state: State {
        if let pointer = pthread_getspecific(key) {
            return Unmanaged<State>.fromOpaque(pointer).takeUnretainedValue()
        }
        let s = State()
        pthread_setspecific(key, Unmanaged<State>.passRetained(s).toOpaque())
        return s
    }

    /// A list's or tuple's items, released last to first as CPython's
    /// list and tuple deallocators do: their finalizers (a never-awaited
    /// coroutine's warning, a generator's `finally`) run in that order.
    static func disposeLastFirst(_ items: inout [Value]) {
        if items.isEmpty { return }
        // Without objects no release runs code or recurses: the order is
        // unobservable and the array's own release will do (a tuple of
        // ints passed as `*args` is freed on every call).
        if !items.contains(where: { $0.holdsObject }) { return }
        if items.count > 1 { items.reverse() }
        dispose(&items, empty: [])
    }

    /// Releases `storage` (a container's contents) by replacing it with
    /// `empty`, from a deinit. Never recurses more than `maxDepth` levels.
    static func dispose<T>(_ storage: inout T, empty: T) {
        let s = state
        if s.depth >= maxDepth {
            s.parked.append(storage)
            storage = empty
            return
        }
        s.depth += 1
        storage = empty
        if s.depth == 1 {
            // The outermost release: free what deeper levels parked.
            while let contents = s.parked.popLast() {
                _ = contents
            }
        }
        s.depth -= 1
    }
}

extension Value {
    /// Whether releasing the value may free an object (whose deinit can
    /// run Python code or free further objects); strings, big ints and
    /// numbers cannot.
    @inline(__always) var holdsObject: Bool {
        if case .object = self { return true }
        return false
    }
}
