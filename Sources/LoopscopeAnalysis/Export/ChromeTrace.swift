import LoopscopeEngine

/// Chrome Trace Event Format (what Perfetto and chrome://tracing open):
/// one named thread per task plus one for the loop, `X` slices for each
/// lane span, instants for output, blocks, lints and deadlocks, and a
/// counter for the ready queue. Timestamps are microseconds of virtual time.
public enum ChromeTrace {
    static let pid = 1
    static let loopTid = 0

    public static func render(_ history: RunHistory, lints: [Lint] = []) -> String {
        var events: [String] = []
        events.append(meta("process_name", tid: loopTid, name: "loopscope: \(history.file)"))
        events.append(meta("thread_name", tid: loopTid, name: "event loop"))
        events.append(sortIndex(tid: loopTid, index: 0))
        for (i, lane) in history.programLanes.enumerated() {
            let tid = tidFor(lane.task)
            events.append(meta("thread_name", tid: tid, name: lane.label))
            events.append(sortIndex(tid: tid, index: i + 1))
            for span in lane.spans {
                events.append(slice(span, tid: tid))
            }
            if let end = lane.end, let at = lane.endTime {
                events.append(instant(end.word, tid: tid, time: at, category: "end", scope: "t"))
            }
        }
        for cb in history.callbacks {
            var args = JSONArgs()
            args.int("step", cb.step)
            events.append(completeSlice(cb.description, category: "callback", tid: loopTid,
                                        start: cb.startTime, end: cb.endTime, args: args))
        }
        for b in history.blocked {
            var args = JSONArgs()
            args.string("by", b.by)
            args.int("line", b.line)
            let who = b.task.flatMap { history.lane($0)?.name }.map { " in \($0)" } ?? ""
            events.append(completeSlice("loop blocked by \(b.by)\(who)", category: "blocked", tid: loopTid,
                                        start: b.startTime, end: b.endTime, args: args))
        }
        for m in history.marks {
            let tid = m.task.map(tidFor) ?? loopTid
            let name: String
            switch m.kind {
            case .output: name = "print: " + m.text.trimmingTrailingNewlines
            case .warning: name = "warning: " + m.text
            case .deadlock: name = m.text
            case .notYielded: name = m.text
            }
            events.append(instant(name, tid: tid, time: m.time, category: "\(m.kind)", scope: m.kind == .deadlock ? "g" : "t"))
        }
        for lint in lints {
            events.append(instant("lint: " + lint.message, tid: lint.task.map(tidFor) ?? loopTid, time: lint.time,
                                  category: "lint", scope: "t"))
        }
        for sample in history.readyQueueLength {
            events.append(#"{"name":"ready queue","ph":"C","pid":1,"tid":0,"ts":\#(micros(sample.time)),"args":{"length":\#(sample.length)}}"#)
        }
        if let forgotten = history.forgottenBefore {
            events.append(instant("history budget reached: what happened before here was forgotten", tid: loopTid,
                                  time: forgotten, category: "run", scope: "g"))
        }
        events.append(instant("run finished (exit \(history.exitCode.map(String.init) ?? "?"))", tid: loopTid,
                              time: history.endTime, category: "run", scope: "g"))
        return "{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n" + events.joined(separator: ",\n") + "\n]}\n"
    }

    static func tidFor(_ task: TaskID) -> Int { task + 1 }

    /// Integral microseconds: virtual times are exact decimals in practice,
    /// and integers keep slices on one lane from overlapping by rounding.
    static func micros(_ seconds: Double) -> Int64 {
        Int64((seconds * 1_000_000).rounded())
    }

    private static func slice(_ span: LaneSpan, tid: Int) -> String {
        var args = JSONArgs()
        let name: String
        let category: String
        switch span.state {
        case .running:
            name = "running"; category = "running"
        case .ready:
            name = "ready"; category = "ready"
        case .awaiting(let what, let line):
            name = "await \(what)"; category = "awaiting"
            args.string("awaiting", what); args.int("line", line)
        case .blocking(let what, let line):
            name = "blocking in \(what)"; category = "blocking"
            args.string("by", what); args.int("line", line)
        }
        args.int("step", span.startStep)
        return completeSlice(name, category: category, tid: tid, start: span.startTime, end: span.endTime, args: args)
    }

    private static func completeSlice(_ name: String, category: String, tid: Int, start: Double, end: Double,
                                      args: JSONArgs) -> String {
        let ts = micros(start)
        let dur = max(micros(end) - ts, 0)
        return #"{"name":\#(JSONText.quoted(name)),"cat":"\#(category)","ph":"X","pid":1,"tid":\#(tid),"ts":\#(ts),"dur":\#(dur),"args":\#(args.finish())}"#
    }

    private static func instant(_ name: String, tid: Int, time: Double, category: String, scope: String) -> String {
        #"{"name":\#(JSONText.quoted(name)),"cat":"\#(category)","ph":"i","s":"\#(scope)","pid":1,"tid":\#(tid),"ts":\#(micros(time))}"#
    }

    private static func meta(_ kind: String, tid: Int, name: String) -> String {
        #"{"name":"\#(kind)","ph":"M","pid":1,"tid":\#(tid),"args":{"name":\#(JSONText.quoted(name))}}"#
    }

    private static func sortIndex(tid: Int, index: Int) -> String {
        #"{"name":"thread_sort_index","ph":"M","pid":1,"tid":\#(tid),"args":{"sort_index":\#(index)}}"#
    }
}

/// A small ordered JSON object for `args`.
struct JSONArgs {
    private var fields: [String] = []
    mutating func string(_ k: String, _ v: String) { fields.append("\"\(k)\":" + JSONText.quoted(v)) }
    mutating func int(_ k: String, _ v: Int) { fields.append("\"\(k)\":\(v)") }
    func finish() -> String { "{" + fields.joined(separator: ",") + "}" }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}
