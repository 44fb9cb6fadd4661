import LoopscopeEngine
@testable import LoopscopeUI

/// Demos for the picker tests (the real catalog is filled by the demos helper).
enum Fixtures {
    static let demos: [Demo] = [
        Demo(name: "hello", title: "Hello, asyncio", lesson: "A coroutine prints, sleeps one second, and prints again. Watch the lane go from running to awaiting.", group: "The primer", source: "import asyncio\n"),
        Demo(name: "blocking-sleep", title: "time.sleep blocks the loop", lesson: "time.sleep(3) inside a coroutine holds the whole loop. Nothing else runs.", group: "The primer", source: "import time\n"),
        Demo(name: "event-loop", title: "Two tasks share one loop", lesson: "Two tasks sleep 2 s and 1 s under gather. The shorter one finishes first.", group: "The primer", source: "import asyncio\n"),
        Demo(name: "gather-results", title: "gather collects results", lesson: "gather returns the results in the order of its arguments. Not in finishing order.", group: "The primer", source: SyntheticEvents.primerGatherSource),
        Demo(name: "queue", title: "Producers and consumers", lesson: "An asyncio.Queue hands work from producers to consumers. join waits for all of it.", group: "Beyond the primer", source: "import asyncio\n"),
        Demo(name: "sleep-zero", title: "Round-robin with sleep(0)", lesson: "sleep(0) yields without waiting. Best seen on the steps axis.", group: "Beyond the primer", source: "import asyncio\n"),
    ]

    /// An app over scripted events instead of the engine.
    static func app(_ script: SyntheticEvents, source: String = SyntheticEvents.primerGatherSource,
                    name: String = "demos/gather-results.py", lesson: String? = nil) -> App {
        let hooks = AppHooks(demos: demos, makeProgram: { _ in ScriptedProgram(events: script.events) })
        let app = App(start: .picker, hooks: hooks)
        app.open(ProgramInfo(name: name, source: source, title: lesson == nil ? nil : "Lesson", lesson: lesson))
        return app
    }

    static func press(_ app: App, _ keys: String) {
        for k in Key.script(keys) { app.handle(k) }
    }
}
