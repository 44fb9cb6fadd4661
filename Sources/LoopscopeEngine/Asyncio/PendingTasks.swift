// The pending tasks of a run (`all_tasks()`, shutdown's cancel-all, deadlock
// reports), in creation order. Task ids only grow, so an array appended in id
// order stays sorted: 16 bytes a task instead of a hash table's ~40 plus its
// growth copies (100,000 live tasks in bench/many_tasks.py), and `all_tasks`
// needs no sort. A finished task's slot is cleared at once (the Task must
// not outlive its completion because of this list) and cleared slots are
// dropped when they outnumber the live ones.
struct PendingTasks {
    private struct Entry {
        let id: TaskID
        var task: Task?
    }

    private var entries: [Entry] = []
    /// Live (non-nil) entries.
    private(set) var count = 0

    mutating func insert(_ task: Task) {
        // Ids are allocated in increasing order; a task registers once.
        if let last = entries.last, last.id >= task.id {
            insertSorted(task)
            return
        }
        entries.append(Entry(id: task.id, task: task))
        count += 1
    }

    mutating func remove(_ id: TaskID) {
        guard let i = index(of: id), entries[i].task != nil else { return }
        entries[i].task = nil
        count -= 1
        if count == 0 {
            entries.removeAll()
        } else if entries.count >= 64, count * 2 < entries.count {
            entries.removeAll { $0.task == nil }
        }
    }

    subscript(id: TaskID) -> Task? {
        index(of: id).flatMap { entries[$0].task }
    }

    /// The pending tasks in id order.
    var tasks: [Task] {
        var out: [Task] = []
        out.reserveCapacity(count)
        for e in entries { if let t = e.task { out.append(t) } }
        return out
    }

    /// Binary search: entries are sorted by id.
    private func index(of id: TaskID) -> Int? {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].id < id { lo = mid + 1 } else { hi = mid }
        }
        return lo < entries.count && entries[lo].id == id ? lo : nil
    }

    private mutating func insertSorted(_ task: Task) {
        var lo = 0, hi = entries.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if entries[mid].id < task.id { lo = mid + 1 } else { hi = mid }
        }
        if lo < entries.count, entries[lo].id == task.id {
            if entries[lo].task == nil { count += 1 }
            entries[lo].task = task
        } else {
            entries.insert(Entry(id: task.id, task: task), at: lo)
            count += 1
        }
    }
}
