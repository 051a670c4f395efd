// One progress line for many jobs or iterations: done/total, failed, the
// rate and, when the total is known, the time left:
//
//     ForEach-Object -Parallel [=====>    ] 37%  37/100 done, 2 failed, 12.3/s, ETA 0:05
//
// ForEach-Object -Parallel and Wait-Job over several jobs draw it as a
// Write-Progress bar of their own (the console's bar in the foreground,
// nothing when standard error is no terminal); a PSTaskJob hands it to the
// REPL's progress lines. Updates come at most ten times a second.

import ShoalRuntime

struct AggregateProgress {
    let activity: String
    /// An id no script is likely to use for its own Write-Progress.
    static let activityId = 0x5ea1
    /// Seconds between two updates.
    static let interval = 0.1

    private let clock: any WaitClock
    private let started: Double
    /// Finished before the wait began: they say nothing about the rate.
    private let doneAtStart: Int
    private var lastShown = -Double.infinity
    private(set) var hasShown = false
    /// A run shorter than this shows no bar at all (no flash for quick runs).
    static let delay = 0.25

    init(activity: String, clock: any WaitClock, doneAtStart: Int = 0) {
        self.activity = activity
        self.clock = clock
        started = clock.now()
        self.doneAtStart = doneAtStart
    }

    /// The status text, the percentage (-1 without a total) and the
    /// seconds left (-1 when unknown).
    func status(done: Int, failed: Int, total: Int?) -> (text: String, percent: Int, secondsLeft: Int) {
        let elapsed = max(clock.now() - started, 0.001)
        let rate = Double(done - doneAtStart) / elapsed
        let rateText = rate >= 100 ? "\(Int(rate.rounded()))/s" : "\(Double(Int(rate * 10)) / 10)/s"
        guard let total, total > 0 else { return ("\(done) done, \(failed) failed, \(rateText)", -1, -1) }
        let left = total - done
        let seconds = rate > 0 ? Int((Double(left) / rate).rounded(.up)) : -1
        let eta = seconds >= 0 ? AggregateProgress.clockText(seconds) : "?"
        return ("\(done)/\(total) done, \(failed) failed, \(rateText), ETA \(eta)", min(100, done * 100 / total), seconds)
    }

    /// A record to show now, or nil when the last one is too recent
    /// (`force`: the counts just changed in a way worth showing at once).
    mutating func record(done: Int, failed: Int, total: Int?, force: Bool = false) -> ProgressRecord? {
        let now = clock.now()
        guard now - started >= AggregateProgress.delay, force || now - lastShown >= AggregateProgress.interval else { return nil }
        lastShown = now
        hasShown = true
        let (text, percent, _) = status(done: done, failed: failed, total: total)
        // The time left is in the text already; the bar would say it twice.
        return ProgressRecord(activityId: AggregateProgress.activityId, activity: activity, statusDescription: text,
                              percentComplete: percent)
    }

    /// The same for a job's progress (the REPL's lines).
    mutating func data(done: Int, failed: Int, total: Int?) -> ProgressData? {
        guard let record = record(done: done, failed: failed, total: total) else { return nil }
        return ProgressData(activity: activity, status: record.statusDescription, percentComplete: record.percentComplete,
                            activityId: AggregateProgress.activityId)
    }

    /// The record that removes the bar.
    var completed: ProgressRecord {
        ProgressRecord(activityId: AggregateProgress.activityId, activity: activity, statusDescription: "", isCompleted: true)
    }

    /// 0:05, 12:34, 1:02:03.
    static func clockText(_ seconds: Int) -> String {
        let hours = seconds / 3600, minutes = seconds / 60 % 60, rest = seconds % 60
        let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(two(minutes)):\(two(rest))" : "\(minutes):\(two(rest))"
    }
}
