// Per-site caches of class attribute lookups, CPython 3.11's inline caches
// in spirit: `obj.name` at one place in the code sees one class or a few
// (a method called on the subclasses of a common base), so the MRO walk (a
// string hash per class) is done once per class and reused until any
// class's attributes change (`PyType.attributeEpoch`). A site holds
// `AttributeCache.ways` entries, the one used last in front: the fast
// paths test the front entry only, a hit further back moves to the front.

struct AttributeCacheEntry {
    var type: PyType?
    var epoch: UInt64 = 0
    var value: Value?
    /// What the class attribute allows for instances of plain user classes
    /// (`PyInstance` itself), decided once when the entry is filled: the
    /// dispatch loop's fast paths (`Interpreter+FastAttributes.swift`).
    var flags: UInt8 = 0
    /// Where the instance dicts of the class held the name last time
    /// (`AttributeDict.value(_:hint:)`).
    var slot: Int32 = 0

    /// No data descriptor (property, user class with `__set__`/`__delete__`):
    /// a value in the instance dict wins, as `loadAttribute` decides.
    static let dictFirst: UInt8 = 1
    /// No `__setattr__` written in Python and no descriptor taking stores:
    /// a store goes straight into the instance dict.
    static let plainStore: UInt8 = 2
    /// A Python function: `obj.name(...)` calls it with `obj` first unless
    /// the instance dict shadows it.
    static let method: UInt8 = 4
    /// A property whose getter is a plain Python function of one argument:
    /// `obj.name` is a call of the getter, run as a frame of the loop.
    static let propertyGetter: UInt8 = 8
    /// A property whose setter is a plain Python function of two
    /// arguments: `obj.name = v` is a call of the setter, run as a frame.
    static let propertySetter: UInt8 = 16
    /// On the class object itself (`C.name`, `cls.name`), `typeAttribute`
    /// finds the value as is: a plain class with no metaclass, a name none
    /// of its special cases catches, no descriptor written in Python. A
    /// classmethod or staticmethod is bound by the fast path.
    static let classPlain: UInt8 = 32
}

/// One site per name of a code object (`CodeObject.names`), `ways`
/// entries each.
final class AttributeCache {
    /// Classes remembered per site: richards-style code calls one method
    /// name on four or five sibling classes.
    static let ways = 4
    let entries: UnsafeMutablePointer<AttributeCacheEntry>
    let count: Int

    init(count: Int) {
        self.count = count * AttributeCache.ways
        entries = .allocate(capacity: max(self.count, 1))
        entries.initialize(repeating: AttributeCacheEntry(), count: self.count)
    }

    deinit {
        entries.deinitialize(count: count)
        entries.deallocate()
    }

    /// The site of name `i`: its front entry.
    @inline(__always)
    func site(_ i: Int) -> UnsafeMutablePointer<AttributeCacheEntry> {
        entries + i &* AttributeCache.ways
    }
}

extension Interpreter {
    /// `t.lookup(name)`, through the site's cache entry when there is one.
    @inline(__always)
    func classAttribute(_ t: PyType, _ name: String, _ site: UnsafeMutablePointer<AttributeCacheEntry>?) -> Value? {
        guard let site else { return t.lookup(name) }
        if site.pointee.describes(t) || promoteEntry(site, t) { return site.pointee.value }
        return fillSite(site, t, name)
    }

    /// A miss: looks `name` up and puts the answer in front, the entry
    /// used longest ago dropping out.
    @inline(never)
    func fillSite(_ site: UnsafeMutablePointer<AttributeCacheEntry>, _ t: PyType, _ name: String) -> Value? {
        let v = t.lookup(name)
        let n = AttributeCache.ways
        (site + (n - 1)).deinitialize(count: 1)
        (site + 1).moveInitialize(from: site, count: n - 1)
        site.initialize(to: AttributeCacheEntry(type: t, epoch: PyType.attributeEpoch, value: v,
                                                flags: AttributeCacheEntry.flags(for: t, v, name: name)))
        return v
    }

    /// Moves the site's current entry for `t`, if it has one, to the front.
    @inline(never)
    func promoteEntry(_ site: UnsafeMutablePointer<AttributeCacheEntry>, _ t: PyType) -> Bool {
        for k in 1..<AttributeCache.ways where site[k].describes(t) {
            swap(&site.pointee, &site[k])
            return true
        }
        return false
    }
}

extension AttributeCacheEntry {
    /// Filled for class `t` since the last change to any class.
    @inline(__always)
    func describes(_ t: PyType) -> Bool {
        type === t && epoch == PyType.attributeEpoch
    }

    /// The mirror of the checks `loadAttribute`, `storeAttribute` and
    /// `loadMethod` make on a class attribute, computed once per fill.
    static func flags(for t: PyType, _ classAttr: Value?, name: String) -> UInt8 {
        guard !t.isBuiltin, t.metatype == nil else { return 0 }
        var dataDescriptor = false, takesStores = false, isFunction = false, plainGetter = false
        var plainSetter = false, onClass = classAttr != nil && !name.hasPrefix("__")
        if case .object(let d)? = classAttr {
            if d is PyFunction || (d as? PyNativeFunction)?.bindsInPythonClass == true {
                // A Swift method placed in a prelude class (Queue.get) binds as a Python one.
                isFunction = true
            } else if let m = d as? PyClassDescriptor {
                // A `__slots__` member: the value is in the instance dict or unset.
                onClass = onClass && !m.isMember
            } else if let p = d as? PyProperty {
                dataDescriptor = true
                takesStores = true
                if case .object(let g) = p.getter, let fn = g as? PyFunction, fn.code.fastArgCount == 1 { plainGetter = true }
                if case .object(let s) = p.setter, let fn = s as? PyFunction, fn.code.fastArgCount == 2 { plainSetter = true }
            } else if !d.pyType.isBuiltin {
                onClass = false
                let dt = d.pyType
                let hasSet = dt.lookup("__set__") != nil
                takesStores = hasSet
                dataDescriptor = dt.lookup("__get__") != nil && (hasSet || dt.lookup("__delete__") != nil)
            }
        }
        var setattrHook = false
        if case .object(let so)? = t.special(.setattr), so is PyFunction { setattrHook = true }
        // Instances without a `__dict__` take only their slots (checked on the general path).
        if let layout = t.dictLayout, !layout.instancesHaveDict, !layout.slotNames.contains(name) { takesStores = true }
        var f: UInt8 = 0
        if !dataDescriptor { f |= dictFirst }
        if !takesStores && !setattrHook { f |= plainStore }
        if isFunction { f |= method }
        if plainGetter { f |= propertyGetter }
        if plainSetter && !setattrHook { f |= propertySetter }
        if onClass { f |= classPlain }
        return f
    }
}
