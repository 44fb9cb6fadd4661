// Where the asyncio natives find the attributes of a prelude object (a
// Queue's `_queue`, a Lock's `_locked`) in its instance dict. Instances of
// one class get their attributes in the same order (the prelude's
// `__init__`), so one position hint per name finds each in one comparison,
// as the dispatch loop's attribute sites do. The names are the dict's own
// copies once seen: a long name like `_unfinished_tasks` then matches by
// its bits instead of a string comparison (a queue pipeline spent a fifth
// of its time in those lookups).

/// The attributes one class's natives read, numbered from 0.
protocol SlotName: CaseIterable, RawRepresentable where RawValue == Int {
    var attributeName: String { get }
}

final class AttributeSlots<Name: SlotName> {
    private let names: UnsafeMutablePointer<String>
    private let hints: UnsafeMutablePointer<Int32>
    private let count: Int

    init() {
        count = Name.allCases.count
        names = .allocate(capacity: count)
        hints = .allocate(capacity: count)
        for n in Name.allCases {
            (names + n.rawValue).initialize(to: n.attributeName)
            // Past any dict's end: the first look scans, then adopts the name.
            (hints + n.rawValue).initialize(to: Int32.max)
        }
    }

    deinit {
        names.deinitialize(count: count)
        names.deallocate()
        hints.deallocate()
    }

    /// `object.dict[n.attributeName]`.
    @inline(__always)
    func get(_ object: PyInstance, _ n: Name) -> Value? {
        let i = n.rawValue
        let before = hints[i]
        let v = object.dict.value(names + i, hint: &hints[i])
        if hints[i] != before { adopt(object, i) }
        return v
    }

    /// `object.dict[n.attributeName] = value`.
    @inline(__always)
    func set(_ object: PyInstance, _ n: Name, _ value: Value) {
        let i = n.rawValue
        let before = hints[i]
        object.dict.set(names + i, value, hint: &hints[i])
        if hints[i] != before { adopt(object, i) }
    }

    /// The list in attribute `n`, if it holds one.
    @inline(__always)
    func list(_ object: PyInstance, _ n: Name) -> PyList? {
        guard case .object(let o)? = get(object, n), type(of: o) == PyList.self else { return nil }
        return unsafeDowncast(o, to: PyList.self)
    }

    private func adopt(_ object: PyInstance, _ i: Int) {
        let h = Int(hints[i])
        if h < object.dict.count { names[i] = object.dict.name(at: h) }
    }
}

/// What the queue natives read of a Queue (and of its `_finished` Event).
enum QueueAttribute: Int, SlotName {
    case queue, maxsize, getters, putters, unfinishedTasks, finished, eventValue

    var attributeName: String {
        switch self {
        case .queue: "_queue"
        case .maxsize: "_maxsize"
        case .getters: "_getters"
        case .putters: "_putters"
        case .unfinishedTasks: "_unfinished_tasks"
        case .finished: "_finished"
        case .eventValue: "_value"
        }
    }
}

/// What the lock natives read of a Lock, Semaphore or BoundedSemaphore
/// (NativeLocks.swift): one set of slots per class, as their layouts differ.
enum LockAttribute: Int, SlotName {
    case waiters, locked, value, boundValue

    var attributeName: String {
        switch self {
        case .waiters: "_waiters"
        case .locked: "_locked"
        case .value: "_value"
        case .boundValue: "_bound_value"
        }
    }
}

/// What the Condition natives read of a Condition (NativeCondition.swift).
enum ConditionAttribute: Int, SlotName {
    case lock, waiters, acquire, release, locked

    var attributeName: String {
        switch self {
        case .lock: "_lock"
        case .waiters: "_waiters"
        case .acquire: "acquire"
        case .release: "release"
        case .locked: "locked"
        }
    }
}

/// What `Event.wait()` and the Event natives read of an Event (EventWait.swift).
enum EventAttribute: Int, SlotName {
    case waiters, head, value, label

    var attributeName: String {
        switch self {
        case .waiters: "_waiters"
        case .head: "_head"
        case .value: "_value"
        case .label: "_label"
        }
    }
}
