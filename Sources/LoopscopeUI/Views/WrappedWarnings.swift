/// The Warnings panel's lines, wrapped once per warning and panel width, so a
/// frame draws the visible lines without wrapping every warning again (a run
/// can collect thousands). The model owns one and says when a warning changes
/// in place; a reference, because frames read the model as a value.
final class WrappedWarnings: @unchecked Sendable {
    private var width = -1
    private(set) var lines: [(text: String, warning: Int)] = []
    /// Where each wrapped warning's lines begin in `lines`.
    private var lineStart: [Int] = []
    /// The last warning wrapped: a copy of the model that went its own way
    /// (it shares this object) is noticed and wrapped afresh.
    private var last: TimelineModel.Warning?
    /// False right after `invalidate`, when `last` is no longer the last one kept.
    private var lastIsCurrent = true
    /// Warnings wrapped so far, over the object's life (tests check frames do not rewrap).
    private(set) var wrapCount = 0

    /// Warning `i` (and so every later line) must be wrapped again.
    func invalidate(from i: Int) {
        guard i < lineStart.count else { return }
        lines.removeSubrange(lineStart[i]...)
        lineStart.removeSubrange(i...)
        lastIsCurrent = false
    }

    /// Wraps the warnings not wrapped yet at `width` (all of them when the width changed).
    func update(_ warnings: [TimelineModel.Warning], width: Int) {
        let stale = lineStart.count > warnings.count || (lastIsCurrent && lineStart.count > 0 && warnings[lineStart.count - 1] != last)
        if width != self.width || stale {
            self.width = width
            lines = []
            lineStart = []
        }
        for i in lineStart.count..<warnings.count {
            lineStart.append(lines.count)
            wrapCount += 1
            lines += Self.wrap(warnings[i], width: width).map { ($0, i) }
        }
        last = warnings.last
        lastIsCurrent = true
    }

    /// `⚠ t=1.250s message`. Continuation lines are indented and wrapped two
    /// columns narrower, so no character is cut off.
    static func wrap(_ w: TimelineModel.Warning, width: Int) -> [String] {
        TextWrap.hanging("⚠ t=\(TimeText.seconds(w.time)) \(w.message)", width: width, indent: 2)
    }
}
