// A bundled demo program. The sources are compiled into the binary
// (DemoSources.swift is generated from demos/*.py by scripts/embed-demos.py)
// so demos are found from any directory and by an installed binary.

public struct Demo: Sendable, Equatable {
    /// The file's stem: `hello`, `blocking-sleep`.
    public let name: String
    /// The docstring's first line.
    public let title: String
    /// The lesson: the docstring after the title (paragraphs separated by blank lines).
    public let lesson: String
    /// "The primer" or "Beyond the primer".
    public let group: String
    public let source: String

    public init(name: String, title: String, lesson: String, group: String, source: String) {
        self.name = name
        self.title = title
        self.lesson = lesson
        self.group = group
        self.source = source
    }

    /// The lesson's first sentence (what the picker shows).
    public var summary: String {
        let flat = lesson.split(whereSeparator: \.isNewline).joined(separator: " ")
        if let end = flat.range(of: ". ") { return String(flat[..<end.lowerBound]) + "." }
        return flat
    }
}

public enum DemoCatalog {
    /// Every demo, in picker order (the primer's lessons first).
    public static var all: [Demo] { DemoSources.all }

    public static func named(_ name: String) -> Demo? {
        all.first { $0.name == name }
    }
}
