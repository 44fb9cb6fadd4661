// The program text as Unicode scalars with line starts, shared by the lexer,
// the f-string sub-parser and error reporting (which needs each line's text).

final class SourceText {
    let scalars: [Unicode.Scalar]
    /// Index in `scalars` where each line starts; line N (1-based) starts at lineStarts[N-1].
    let lineStarts: [Int]

    /// Newlines are normalised as CPython's universal newline mode does (CRLF and CR become LF).
    init(_ source: String) {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(source.unicodeScalars.count)
        var previousWasCR = false
        for s in source.unicodeScalars {
            if s == "\r" {
                out.append("\n")
                previousWasCR = true
                continue
            }
            if s == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            out.append(s)
        }
        scalars = out
        var starts = [0]
        for (i, s) in out.enumerated() where s == "\n" {
            starts.append(i + 1)
        }
        lineStarts = starts
    }

    /// The text of a 1-based line including its trailing newline (CPython's `text` attribute).
    func lineText(_ line: Int) -> String? {
        guard line >= 1 && line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] : scalars.count
        if start >= end && line == lineStarts.count && line > 1 { return nil }
        return string(start, end)
    }

    /// The line without its newline, as the tokenizer sees it when it reports an error
    /// before reading the newline (CPython then shows the text without "\n").
    func lineTextWithoutNewline(_ line: Int) -> String? {
        guard var text = lineText(line) else { return nil }
        if text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    /// Every token's text comes from here: the UTF-8 is written straight into
    /// the new string (appending scalars to a String's view goes through a slow
    /// generic path that cost a third of parsing the asyncio prelude).
    func string(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, scalars.count)), hi = max(lo, min(end, scalars.count))
        return scalars.withUnsafeBufferPointer { all in
            var width = 0
            for i in lo..<hi { width += UTF8.width(all[i]) }
            return String(unsafeUninitializedCapacity: width) { out in
                var j = 0
                for i in lo..<hi {
                    let s = all[i]
                    if s.isASCII {
                        out[j] = UInt8(truncatingIfNeeded: s.value)
                        j += 1
                    } else {
                        for byte in s.utf8 { out[j] = byte; j += 1 }
                    }
                }
                return j
            }
        }
    }

    /// The number of lines as CPython counts them for "detected at line N".
    var lastLineNumber: Int {
        if let last = scalars.last, last == "\n" { return max(1, lineStarts.count - 1) }
        return lineStarts.count
    }
}

extension SourceText {
    /// 1-based (line, column) of a scalar index.
    func position(of index: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = lineStarts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if lineStarts[mid] <= index { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, index - lineStarts[lo] + 1)
    }
}
