// Substring search for str methods, linear in the worst case: a hostile
// needle ('a' * 200_000 + 'b' in 'a' * 400_000) must not make the simple
// scan quadratic, so after a few comparisons per character it switches to
// Knuth–Morris–Pratt (CPython gets the same guarantee from its two-way search).
// Searches run on scalars (indices are code points) or, where only the
// matches matter, on UTF-8 bytes: a match of valid UTF-8 starts and ends on
// scalar boundaries.

enum StrSearch {
    /// First index >= start of `needle` in `hay[start..<end]`, or -1.
    static func find<E: Equatable>(_ hay: [E], _ needle: [E], _ start: Int, _ end: Int) -> Int {
        let end = min(end, hay.count)
        if start > end { return -1 }
        if needle.isEmpty { return start }
        if end - start < needle.count { return -1 }
        let first = needle[0], m = needle.count
        // Comparisons the simple scan may spend before KMP takes over.
        var budget = 4 * (end - start) + 64
        var i = start
        let last = end - m
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < m && hay[i + k] == needle[k] { k += 1 }
                if k == m { return i }
                budget -= k
                if budget < 0 { return kmpFind(hay, needle, i + 1, end) }
            }
            i += 1
        }
        return -1
    }

    /// Last index of `needle` fully inside `hay[start..<end]`, or -1.
    static func rfind<E: Equatable>(_ hay: [E], _ needle: [E], _ start: Int, _ end: Int) -> Int {
        let end = min(end, hay.count)
        if start > end { return -1 }
        if needle.isEmpty { return end }
        let m = needle.count
        var budget = 4 * (end - start) + 64
        var i = end - m
        while i >= start {
            var k = 0
            while k < m && hay[i + k] == needle[k] { k += 1 }
            if k == m { return i }
            budget -= k + 1
            if budget < 0 {
                // KMP over the reversed text, from just left of here.
                let hayRev = Array(hay[start..<(i + m - 1)].reversed())
                let f = kmpFind(hayRev, Array(needle.reversed()), 0, hayRev.count)
                return f < 0 ? -1 : i + m - 1 - f - m
            }
            i -= 1
        }
        return -1
    }

    /// Non-overlapping occurrences.
    static func count<E: Equatable>(_ hay: [E], _ needle: [E], _ start: Int, _ end: Int) -> Int {
        let end = min(end, hay.count)
        if start > end { return 0 }
        if needle.isEmpty { return end - start + 1 }
        var n = 0, i = start
        while true {
            let f = find(hay, needle, i, end)
            if f < 0 { return n }
            n += 1
            i = f + needle.count
        }
    }

    /// Knuth–Morris–Pratt: first match at or after `start`, in O(n + m).
    private static func kmpFind<E: Equatable>(_ hay: [E], _ needle: [E], _ start: Int, _ end: Int) -> Int {
        let m = needle.count
        var fail = [Int](repeating: 0, count: m)
        var k = 0
        for q in 1..<max(m, 1) {
            while k > 0 && needle[q] != needle[k] { k = fail[k - 1] }
            if needle[q] == needle[k] { k += 1 }
            fail[q] = k
        }
        k = 0
        var i = start
        while i < end {
            while k > 0 && hay[i] != needle[k] { k = fail[k - 1] }
            if hay[i] == needle[k] { k += 1 }
            if k == m { return i - m + 1 }
            i += 1
        }
        return -1
    }

    // MARK: on UTF-8 bytes

    /// `sub in s`.
    static func contains(_ s: String, _ sub: String) -> Bool {
        sub.isEmpty || find(Array(s.utf8), Array(sub.utf8), 0, Int.max) >= 0
    }

    /// `s.replace(old, new, count)` for a non-empty `old` (count < 0: all),
    /// building the result once.
    static func replace(_ s: String, _ old: String, _ new: String, count: Int) -> String {
        let hay = Array(s.utf8), needle = Array(old.utf8), with = Array(new.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(hay.count)
        var i = 0, done = 0
        while count < 0 || done < count {
            let f = find(hay, needle, i, hay.count)
            if f < 0 { break }
            out.append(contentsOf: hay[i..<f])
            out.append(contentsOf: with)
            i = f + needle.count
            done += 1
        }
        if done == 0 { return s }
        out.append(contentsOf: hay[i...])
        return String(decoding: out, as: UTF8.self)
    }

    /// `s.split(sep, maxsplit)` / `s.rsplit(...)` for a non-empty `sep`, in
    /// the order the pieces appear.
    static func split(_ s: String, _ sep: String, maxsplit: Int, fromRight: Bool) -> [Value] {
        let hay = Array(s.utf8), needle = Array(sep.utf8)
        func piece(_ r: Range<Int>) -> Value { .str(String(decoding: hay[r], as: UTF8.self)) }
        var out: [Value] = []
        var splits = 0
        if !fromRight {
            var i = 0
            while maxsplit < 0 || splits < maxsplit {
                let f = find(hay, needle, i, hay.count)
                if f < 0 { break }
                out.append(piece(i..<f))
                i = f + needle.count
                splits += 1
            }
            out.append(piece(i..<hay.count))
            return out
        }
        var end = hay.count
        while maxsplit < 0 || splits < maxsplit {
            let f = rfind(hay, needle, 0, end)
            if f < 0 { break }
            out.append(piece((f + needle.count)..<end))
            end = f
            splits += 1
        }
        out.append(piece(0..<end))
        return out.reversed()
    }
}
