// Where the queue natives find a Queue's attributes (and its `_finished`
// Event's `_value`) in an instance dict. Every queue of a class gets its
// attributes in the same order (the prelude's `__init__`), so one position
// hint per name finds each in one comparison, as the dispatch loop's
// attribute sites do. The names are the dict's own copies once seen: a long
// name like `_unfinished_tasks` then matches by its bits instead of a string
// comparison (a pipeline spent a fifth of its time in those).

enum QueueAttribute: Int, CaseIterable {
    case queue, maxsize, getters, putters, unfinishedTasks, finished, eventValue

    var name: String {
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

final class QueueSlots {
    private let names: UnsafeMutablePointer<String>
    private let hints: UnsafeMutablePointer<Int32>
    private static let count = QueueAttribute.allCases.count

    init() {
        names = .allocate(capacity: Self.count)
        hints = .allocate(capacity: Self.count)
        for a in QueueAttribute.allCases {
            (names + a.rawValue).initialize(to: a.name)
            // Past any dict's end: the first look scans, then adopts the name.
            (hints + a.rawValue).initialize(to: Int32.max)
        }
    }

    deinit {
        names.deinitialize(count: Self.count)
        names.deallocate()
        hints.deallocate()
    }

    /// `object.dict[a.name]`.
    @inline(__always)
    func get(_ object: PyInstance, _ a: QueueAttribute) -> Value? {
        let i = a.rawValue
        let before = hints[i]
        let v = object.dict.value(names + i, hint: &hints[i])
        if hints[i] != before { adopt(object, i) }
        return v
    }

    /// `object.dict[a.name] = value`.
    @inline(__always)
    func set(_ object: PyInstance, _ a: QueueAttribute, _ value: Value) {
        let i = a.rawValue
        let before = hints[i]
        object.dict.set(names + i, value, hint: &hints[i])
        if hints[i] != before { adopt(object, i) }
    }

    private func adopt(_ object: PyInstance, _ i: Int) {
        let h = Int(hints[i])
        if h < object.dict.count { names[i] = object.dict.name(at: h) }
    }

    /// The list in attribute `a`, if it is one.
    @inline(__always)
    func list(_ object: PyInstance, _ a: QueueAttribute) -> PyList? {
        guard case .object(let o)? = get(object, a), type(of: o) == PyList.self else { return nil }
        return unsafeDowncast(o, to: PyList.self)
    }
}
