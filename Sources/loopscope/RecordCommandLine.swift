/// `loopscope record`'s short path through the command line. ArgumentParser
/// builds every command's argument set by reflection and dynamic casts
/// before it parses: ~14 million instructions (~5 ms of CPU) on every start,
/// which counts in every recording's overhead. The plain shapes of a record
/// command line are read here instead; anything else (help, a misspelt or
/// repeated option, `--`, a missing program) goes the long way, so every
/// message and rule stays ArgumentParser's.
enum RecordCommandLine {
    /// The record to run, or nil to let ArgumentParser read the line.
    /// `arguments` is the command line after the executable's name.
    static func parse(_ arguments: ArraySlice<String>) -> RecordRun? {
        guard arguments.first == "record" else { return nil }
        var rest = arguments.dropFirst()
        var output: String?
        var python: String?
        while let word = rest.first, word.hasPrefix("-") {
            rest = rest.dropFirst()
            let name: Substring
            let value: String
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = word[..<equals]
                value = String(word[word.index(after: equals)...])
            } else {
                guard let next = rest.first else { return nil }
                name = word[...]
                value = next
                rest = rest.dropFirst()
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            switch name {
            case "-o", "--output":
                guard output == nil else { return nil }
                output = value
            case "--python":
                guard python == nil else { return nil }
                python = value
            default:
                return nil
            }
        }
        guard let program = rest.first, !program.isEmpty else { return nil }
        return RecordRun(output: output, requestedPython: python, program: program, arguments: Array(rest.dropFirst()))
    }
}
