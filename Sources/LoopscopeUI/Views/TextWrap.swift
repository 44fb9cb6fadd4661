import Foundation

/// Word wrapping for panels (lesson, warnings, detail): breaks at spaces,
/// hard-breaks words longer than the width, keeps blank lines as paragraphs.
enum TextWrap {
    /// Rejoins a docstring's hard-wrapped lines into paragraphs (blank lines
    /// separate them; indented lines and list items keep their own line).
    static func reflow(_ text: String) -> String {
        var out: [String] = []
        var current = ""
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let keepsBreak = line.hasPrefix(" ") || trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ")
                || trimmed.hasPrefix("• ")
            if trimmed.isEmpty {
                if !current.isEmpty { out.append(current); current = "" }
                out.append("")
            } else if keepsBreak || current.isEmpty {
                if !current.isEmpty { out.append(current) }
                current = keepsBreak && !line.hasPrefix(" ") ? trimmed : (keepsBreak ? line : trimmed)
                if keepsBreak { out.append(current); current = "" }
            } else {
                current += " " + trimmed
            }
        }
        if !current.isEmpty { out.append(current) }
        return out.joined(separator: "\n")
    }

    /// The first line at `width`, the rest indented by `indent` and wrapped
    /// to `width − indent`, so every line fits whole.
    static func hanging(_ text: String, width: Int, indent: Int) -> [String] {
        guard width > indent + 1 else { return wrap(text, width: width) }
        let first = wrap(text, width: width)
        guard first.count > 1, let head = first.first else { return first }
        // Usually the first line is the text's own prefix: cut it off by bytes
        // (not when spaces inside it were collapsed; then count Characters).
        let tail = text.utf8.starts(with: head.utf8) ? Substring(text.utf8.dropFirst(head.utf8.count)) : text.dropFirst(head.count)
        let rest = tail.drop { $0 == " " }
        let pad = String(repeating: " ", count: indent)
        return [head] + wrap(String(rest), width: width - indent).map { pad + $0 }
    }

    static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return wrapNarrow(text, width: width) ?? wrapCharacters(text, width: width)
    }

    /// `wrapCharacters` for text in which every character is one scalar one
    /// column wide (printable ASCII, Latin letters, punctuation and symbols such
    /// as `—` and `⚠`), with columns counted over the UTF-8 bytes: a run's
    /// thousands of warnings are wrapped in one frame when the panel opens or
    /// its width changes. Nil for any other text.
    static func wrapNarrow(_ text: String, width: Int) -> [String]? {
        guard isNarrow(text) else { return nil }
        let bytes = Array(text.utf8)
        // A scalar's first byte is never a UTF-8 continuation byte.
        func isLead(_ b: UInt8) -> Bool { b & 0xC0 != 0x80 }
        var out: [String] = []
        var line: [UInt8] = []
        var lineColumns = 0
        func flush() {
            out.append(String(decoding: line, as: UTF8.self))
            line.removeAll(keepingCapacity: true)
            lineColumns = 0
        }
        var i = 0
        while true {
            // One paragraph: words up to the next newline.
            while i < bytes.count, bytes[i] != 0x0A {
                if bytes[i] == 0x20 { i += 1; continue }
                var start = i
                var columns = 0
                while i < bytes.count, bytes[i] != 0x20, bytes[i] != 0x0A {
                    if isLead(bytes[i]) { columns += 1 }
                    i += 1
                }
                while columns > width {  // a word longer than a line
                    if !line.isEmpty { flush() }
                    var end = start
                    var taken = 0
                    repeat { end += 1; if end == i || isLead(bytes[end]) { taken += 1 } } while taken < width
                    line.append(contentsOf: bytes[start..<end])
                    flush()
                    start = end
                    columns -= width
                }
                if columns == 0 { continue }
                if line.isEmpty {
                    line.append(contentsOf: bytes[start..<i])
                    lineColumns = columns
                } else if lineColumns + 1 + columns <= width {
                    line.append(0x20)
                    line.append(contentsOf: bytes[start..<i])
                    lineColumns += 1 + columns
                } else {
                    flush()
                    line.append(contentsOf: bytes[start..<i])
                    lineColumns = columns
                }
            }
            flush()
            if i >= bytes.count { return out }
            i += 1  // the newline
        }
    }

    /// Whether every scalar is a character of its own, one column wide (as
    /// `DisplayWidth` counts it), or a newline.
    static func isNarrow(_ text: String) -> Bool {
        for v in text.utf8 where v >= 0x80 || (v < 0x20 && v != 0x0A) || v == 0x7F {
            guard v >= 0x80 else { return false }
            return text.unicodeScalars.allSatisfy { isNarrowScalar($0.value) }
        }
        return true
    }

    private static func isNarrowScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0x0A, 0x20..<0x7F, 0xA0..<0x300: return true
        // General punctuation (not the zero-width and joining controls),
        // super/subscripts, currency, letterlike, arrows, maths, technical,
        // box drawing, shapes and miscellaneous symbols: no combining marks.
        case 0x2010...0x2027, 0x2030...0x205E, 0x2070...0x20CF, 0x2100...0x2BFF: return true
        default: return false
        }
    }

    static func wrapCharacters(_ text: String, width: Int) -> [String] {
        var out: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var lineWidth = 0
            for word in paragraph.split(separator: " ") {
                var w = String(word)
                var ww = CharWidth.of(w)
                while ww > width {  // a word longer than a line
                    if !line.isEmpty { out.append(line); line = ""; lineWidth = 0 }
                    var head = ""
                    var hw = 0
                    for ch in w {
                        let cw = CharWidth.of(ch)
                        if hw + cw > width { break }
                        head.append(ch)
                        hw += cw
                    }
                    out.append(head)
                    w.removeFirst(head.count)
                    ww = CharWidth.of(w)
                }
                if w.isEmpty { continue }
                if lineWidth == 0 {
                    line = w
                    lineWidth = ww
                } else if lineWidth + 1 + ww <= width {
                    line += " " + w
                    lineWidth += 1 + ww
                } else {
                    out.append(line)
                    line = w
                    lineWidth = ww
                }
            }
            out.append(line)
        }
        return out
    }
}

/// Seconds as the header and axes show them: `1.250s`.
enum TimeText {
    static func seconds(_ t: Double, decimals: Int = 3) -> String {
        let v = (t.isFinite ? t : 0)
        return formatFixed(v, decimals) + "s"
    }

    /// Fixed-point without Foundation's locale-dependent formatting.
    static func formatFixed(_ v: Double, _ decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let n = (abs(v) * scale).rounded()
        guard n < 1e15 else { return String(v) }
        let whole = Int(n / scale)
        let frac = Int(n - Double(whole) * scale)
        var s = (v < 0 && n > 0 ? "-" : "") + String(whole)
        if decimals > 0 {
            let f = String(frac)
            s += "." + String(repeating: "0", count: decimals - f.count) + f
        }
        return s
    }

    /// Tick labels: `0s`, `0.5s`, `1s`, `2.5s`, `10s`.
    static func tick(_ t: Double) -> String {
        for d in 0...3 {
            let s = formatFixed(t, d)
            if let v = Double(s), abs(v - t) < 1e-9 { return s + "s" }
        }
        return formatFixed(t, 3) + "s"
    }
}
