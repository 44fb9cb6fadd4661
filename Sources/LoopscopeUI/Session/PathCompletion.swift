import Foundation

/// Tab in the Ctrl-O prompt: completes a path like a shell does, as far as
/// the entries of its directory agree (a directory gets its `/`).
public enum PathCompletion {
    public static func complete(_ typed: String) -> String? {
        let expanded = (typed as NSString).expandingTildeInPath
        let slash = expanded.lastIndex(of: "/")
        let dirPart = slash.map { String(expanded[...$0]) } ?? ""
        let stem = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let dir = dirPart.isEmpty ? "." : dirPart
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return nil }
        let candidates = names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
        guard let first = candidates.first else { return nil }
        var common = first
        for c in candidates.dropFirst() {
            while !c.hasPrefix(common) { common.removeLast() }
        }
        var result = common
        if candidates.count == 1 {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dirPart + common, isDirectory: &isDir), isDir.boolValue { result += "/" }
        }
        // Keep what was typed (`~/`) and add only the completed tail.
        let tail = String(result.dropFirst(stem.count))
        return tail.isEmpty ? nil : typed + tail
    }
}
