// A future's done-callbacks, in registration order. Nearly every future gets
// exactly one (the awaiting task's wakeup, gather's per-child callback), so
// one is kept inline, like CPython's `fut_callback0`: a one-element array
// would cost a 64-byte heap block per future (100,000 tasks each own two).
enum FutureCallbacks: Sequence {
    case none
    case one(FutureCallback)
    case many([FutureCallback])

    init(_ callbacks: [FutureCallback] = []) {
        switch callbacks.count {
        case 0: self = .none
        case 1: self = .one(callbacks[0])
        default: self = .many(callbacks)
        }
    }

    var isEmpty: Bool {
        if case .none = self { return true }
        return false
    }

    var count: Int {
        switch self {
        case .none: return 0
        case .one: return 1
        case .many(let cbs): return cbs.count
        }
    }

    var array: [FutureCallback] {
        switch self {
        case .none: return []
        case .one(let cb): return [cb]
        case .many(let cbs): return cbs
        }
    }

    mutating func append(_ cb: FutureCallback) {
        switch self {
        case .none: self = .one(cb)
        case .one(let first): self = .many([first, cb])
        case .many(var cbs):
            self = .none  // drop the enum's reference so `cbs` is unique
            cbs.append(cb)
            self = .many(cbs)
        }
    }

    /// Removes the callbacks matching `shouldRemove`; returns how many.
    @discardableResult
    mutating func removeAll(where shouldRemove: (FutureCallback) throws -> Bool) rethrows -> Int {
        var cbs = array
        let before = cbs.count
        try cbs.removeAll(where: shouldRemove)
        self = FutureCallbacks(cbs)
        return before - cbs.count
    }

    func makeIterator() -> Iterator { Iterator(callbacks: self) }

    /// Walks the callbacks without building an array (every future's
    /// completion iterates them).
    struct Iterator: IteratorProtocol {
        let callbacks: FutureCallbacks
        var index = 0

        mutating func next() -> FutureCallback? {
            defer { index += 1 }
            switch callbacks {
            case .none: return nil
            case .one(let cb): return index == 0 ? cb : nil
            case .many(let cbs): return index < cbs.count ? cbs[index] : nil
            }
        }
    }
}
