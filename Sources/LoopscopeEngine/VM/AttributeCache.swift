// Per-site caches of class attribute lookups, CPython 3.11's inline caches
// in spirit: `obj.name` at one place in the code nearly always sees the same
// class, so the MRO walk (a string hash per class) is done once and reused
// until the class changes or any class's attributes change
// (`PyType.attributeEpoch`).

struct AttributeCacheEntry {
    var type: PyType?
    var epoch: UInt64 = 0
    var value: Value?
}

/// One entry per name of a code object (`CodeObject.names`).
final class AttributeCache {
    let entries: UnsafeMutablePointer<AttributeCacheEntry>
    let count: Int

    init(count: Int) {
        self.count = count
        entries = .allocate(capacity: max(count, 1))
        entries.initialize(repeating: AttributeCacheEntry(), count: count)
    }

    deinit {
        entries.deinitialize(count: count)
        entries.deallocate()
    }
}

extension Interpreter {
    /// `t.lookup(name)`, through the site's cache entry when there is one.
    @inline(__always)
    func classAttribute(_ t: PyType, _ name: String, _ site: UnsafeMutablePointer<AttributeCacheEntry>?) -> Value? {
        guard let site else { return t.lookup(name) }
        if site.pointee.epoch == PyType.attributeEpoch, site.pointee.type === t { return site.pointee.value }
        let v = t.lookup(name)
        site.pointee = AttributeCacheEntry(type: t, epoch: PyType.attributeEpoch, value: v)
        return v
    }
}
