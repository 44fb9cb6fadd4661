import ArgumentParser
import LoopscopeEngine

struct DemosCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demos",
        abstract: "List the bundled demos (name and title)."
    )

    func run() throws {
        let demos = DemoCatalog.all
        let width = demos.map(\.name.count).max() ?? 0
        var group = ""
        for demo in demos {
            if demo.group != group {
                if !group.isEmpty { StandardStreams.write("\n") }
                group = demo.group
                StandardStreams.write("\(group)\n")
            }
            let pad = String(repeating: " ", count: width - demo.name.count)
            StandardStreams.write("  \(demo.name)\(pad)  \(demo.title)\n")
        }
    }
}
