import Testing
import LoopscopeEngine
@testable import LoopscopeAnalysis

@Suite struct RunHistoryTests {
    let history = RunHistory(events: EventScript.primerGather().events)

    @Test func lanesFollowTaskCreationOrder() {
        #expect(history.lanes.map(\.label) == ["Task-1 main()", "Task-2 task1()", "Task-3 task2()"])
        #expect(history.endTime == 2)
        #expect(history.stepCount == 8)
        #expect(history.exitCode == 0)
    }

    @Test func taskStatesFollowTheLoop() {
        let task2 = history.lane(2)!
        #expect(task2.spans.map(\.state) == [.ready, .running, .awaiting("asyncio.sleep(2)", line: 4), .ready, .running])
        #expect(task2.end == .done(result: "'Result 1'"))
        let awaiting = task2.spans[2]
        #expect(awaiting.startTime == 0 && awaiting.endTime == 2)
        let main = history.lane(1)!
        #expect(main.spans.map(\.state) == [.ready, .running, .awaiting("gather(2 tasks)", line: 15), .ready, .running])
    }

    @Test func runningSpansCoverExactlyTheirStep() {
        let task3 = history.lane(3)!
        let runs = task3.spans.filter { $0.state == .running }
        #expect(runs.map(\.startStep) == [2, 4])
        #expect(runs.allSatisfy { $0.endStep == $0.startStep + 1 })
    }

    @Test func readyQueueLengthIsTracked() {
        #expect(history.readyQueueLength.first?.length == 1)
        #expect(history.readyQueueLength.map(\.length).max() == 2)
        #expect(history.readyQueueLength.last?.length == 0)
    }
}
