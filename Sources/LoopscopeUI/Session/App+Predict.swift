import LoopscopeEngine

/// Predict mode (`p`): before each step the learner presses the number of
/// the lane they think runs next (0: a callback that is no task's). The step
/// runs, and the verdict says why, from the ready queue, the timers or a
/// step that had not yielded; the score is kept for the run.
extension App {
    func predictionKey(_ key: Key) -> Int? {
        guard case .char(let c) = key, let d = c.wholeNumberValue, c.isASCII else { return nil }
        return d
    }

    func togglePredict() {
        if let score = view.predict {
            view.predict = nil
            view.message = "predict mode off · you got \(score.right) of \(score.total) right"
        } else {
            view.predict = PredictScore()
            view.message = "predict: press the number of the lane that runs next (0: a plain callback) · p ends"
        }
    }

    func predict(_ guess: Int) {
        guard let session, var score = view.predict else { return }
        let model = session.model
        guard !session.isFinished else { view.message = "the run has finished · you got \(score.right) of \(score.total) right"; return }
        guard model.loopActive else {
            // Before asyncio.run there is no lane to pick: the module's own code runs.
            move { session.stepOnce() }
            view.message = "module-level code ran; asyncio.run() starts the loop · not scored"
            return
        }
        guard guess == 0 || model.tasks.indices.contains(guess - 1) else {
            view.message = "there is no lane \(guess)"
            return
        }
        let guessed: TaskID? = guess == 0 ? nil : model.tasks[guess - 1].id
        let reason = Self.whyNext(model)
        let stepsBefore = model.stepCount
        move { session.stepOnce() }
        let after = session.model
        guard after.stepCount > stepsBefore else {
            view.message = "no callback ran in that step (\(reason.text)) · not scored"
            return
        }
        let ran = after.teaching.lastRan
        let right = ran == guessed
        score.total += 1
        if right { score.right += 1 }
        let who = ran.map { after.taskName($0) } ?? "a plain callback"
        let verdict = (right ? "✔ right: \(who) ran" : "✖ \(who) ran, not \(guessed.map { after.taskName($0) } ?? "a plain callback")")
            + " · \(reason.text) · score \(score.right)/\(score.total)"
        score.verdict = verdict
        view.predict = score
        view.message = verdict
    }

    /// Why the next step runs what it runs, seen before it runs.
    static func whyNext(_ model: TimelineModel) -> (task: TaskID?, text: String) {
        if let r = model.running {
            return (r.task, "\(model.taskName(r.task)) had not yielded yet, so it kept the loop")
        }
        if let head = model.readyQueue.prefix(1).first {
            let n = model.readyQueue.count
            let what = head.task.map { model.taskName($0) } ?? head.description
            return (head.task, "\(what) was first in the ready queue (of \(n))")
        }
        if let t = model.timersInFiringOrder(1).first {
            let what = t.task.map { model.taskName($0) } ?? t.description
            return (t.task, "nothing was ready: the loop slept until t=\(TimeText.seconds(t.due)), the timer of \(what)")
        }
        if !model.loopActive { return (nil, "the loop was not running: module code runs first") }
        return (nil, "nothing was ready and no timer was set")
    }
}
