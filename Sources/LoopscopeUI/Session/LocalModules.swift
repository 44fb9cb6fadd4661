// The lookup the engine asks for `import NAME` (LocalModule in the engine):
// NAME.py or NAME/__init__.py in the program's directory, as CPython finds
// them through sys.path[0]. The only files read are the program's siblings,
// and only when the program imports them.
import Foundation
import LoopscopeEngine

public enum LocalModules {
    /// A lookup for the program at `programPath`, or nil when it is not a file
    /// on disk (a built-in demo has no directory).
    public static func finder(nextTo programPath: String) -> (@Sendable (String) -> LocalModule?)? {
        guard programPath.hasPrefix("/") else { return nil }
        let directory = URL(fileURLWithPath: programPath).deletingLastPathComponent().path
        return { dotted in
            let relative = dotted.replacingOccurrences(of: ".", with: "/")
            let base = directory == "/" ? "/" + relative : directory + "/" + relative
            for (path, isPackage) in [(base + "/__init__.py", true), (base + ".py", false)] {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      let data = FileManager.default.contents(atPath: path) else { continue }
                var source = String(decoding: data, as: UTF8.self)
                if source.hasPrefix("\u{FEFF}") { source.removeFirst() }
                return LocalModule(source: source, path: path, isPackage: isPackage)
            }
            return nil
        }
    }
}
