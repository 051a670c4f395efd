// Turns job-table events into what the interactive shell shows about
// background jobs: a notice line when a top-level job finishes
// (`[3] Completed  Job3  ThreadJob  Start-Sleep 2`) and progress lines for
// running jobs' newest Write-Progress records: one line per job, in job
// order, up to five, then `+N more`. `$ShoalJobNotify` picks
// Immediate (drawn above the prompt at once, while the user types),
// BeforePrompt (queued until the next prompt, as bash does) or None.
// Events arrive on job threads; drawing is the line editor's business.

import ShoalJobs
import ShoalLineEditor
import ShoalRuntime
import Synchronization

final class NoticeCenter: Sendable {
    enum Mode: Int {
        case immediate = 0, beforePrompt, none

        init(preference: Value?) {
            switch preference.map(Conversion.toString)?.lowercased() {
            case "beforeprompt", "prompt", "deferred": self = .beforePrompt
            case "none", "off", "silent", "false": self = .none
            default: self = .immediate
            }
        }
    }

    private struct State {
        var queued: [String] = []
        /// The newest progress text of each running top-level job.
        var progress: [Int: String] = [:]
        /// Notices posted or queued and perhaps not shown yet, by job id:
        /// a job removed before its notice is seen takes it back (a job
        /// received with `Receive-Job -Wait -AutoRemoveJob` is not news).
        var unseen: [Int: String] = [:]
    }

    private let state = Mutex(State())
    private let modeValue = Atomic<Int>(Mode.immediate.rawValue)
    private let wakeup: EditorWakeup
    private let table: JobTable

    init(table: JobTable, wakeup: EditorWakeup) {
        self.table = table
        self.wakeup = wakeup
    }

    /// Starts listening to the job table.
    func start() {
        table.subscribe { [weak self] event in self?.handle(event) }
    }

    var mode: Mode {
        get { Mode(rawValue: modeValue.load(ordering: .relaxed)) ?? .immediate }
        set {
            modeValue.store(newValue.rawValue, ordering: .relaxed)
            if newValue == .none {
                state.withLock { $0.progress = [:] }
                wakeup.setStatus(nil)
            }
        }
    }

    /// Hands notices held for the prompt to the editor (BeforePrompt mode).
    func flushBeforePrompt() {
        state.withLock { state in
            for notice in state.queued { wakeup.post(notice) }
            state.queued = []
        }
    }

    /// Forgets which notices are unseen: called at a prompt, when the
    /// editor has printed all of them.
    func noticesShown() {
        state.withLock { $0.unseen = [:] }
    }

    func handle(_ event: JobEvent) {
        let mode = self.mode
        guard mode != .none else { return }
        switch event {
        case .stateChanged(let job, let newState):
            guard newState.isFinished else { return }
            let notice = NoticeCenter.notice(for: job, state: newState)
            state.withLock { state in
                state.progress[job.id] = nil
                // A job's children (not in the table) do not announce
                // themselves; the parent does. Checked and posted under the
                // lock (the table publishes a removal after making it, outside
                // its own lock), so a racing removal comes first or finds it.
                guard table.contains(job), !job.isAttended else { return }
                state.unseen[job.id] = notice
                if mode == .beforePrompt { state.queued.append(notice) } else { wakeup.post(notice) }
            }
            publishStatus()
        case .progress(let job, let progress):
            guard let owner = topLevelJob(of: job), !owner.state.isFinished else { return }
            state.withLock { state in
                state.progress[owner.id] = progress.isCompleted ? nil : NoticeCenter.progressLine(for: owner, progress)
            }
            publishStatus()
        case .removed(let job), .attended(let job):
            state.withLock { state in
                guard let notice = state.unseen.removeValue(forKey: job.id) else { return }
                state.queued.removeAll { $0 == notice }
                wakeup.withdraw(notice)
            }
        case .added:
            return
        }
    }

    /// Jobs with a progress line of their own; the rest are counted.
    static let progressLinesShown = 5

    private func publishStatus() {
        let text = state.withLock { state in NoticeCenter.statusText(state.progress) }
        wakeup.setStatus(text)
    }

    /// One line per job in id order (a line does not jump as others
    /// update), at most five, then `+N more`; nil when no job reports progress.
    static func statusText(_ progress: [Int: String]) -> String? {
        guard !progress.isEmpty else { return nil }
        let ordered = progress.keys.sorted()
        var lines = ordered.prefix(progressLinesShown).compactMap { progress[$0] }
        if ordered.count > progressLinesShown { lines.append("+\(ordered.count - progressLinesShown) more") }
        return lines.joined(separator: "\n")
    }

    private func topLevelJob(of job: Job) -> Job? {
        if table.contains(job) { return job }
        return table.all.first { parent in parent.children.contains { $0 === job || $0.children.contains { $0 === job } } }
    }

    // MARK: - Text

    /// `[3] Completed  Job3  ThreadJob  Start-Sleep 2`; a failure adds its reason.
    static func notice(for job: Job, state: JobState) -> String {
        var fields = ["[\(job.id)] \(state.rawValue)", job.name]
        if !job.kind.rawValue.isEmpty { fields.append(job.kind.rawValue) }
        fields.append(commandSummary(job.command))
        var text = fields.joined(separator: "  ")
        if state == .failed, let reason = job.reason?.message, !reason.isEmpty {
            text += "  (" + commandSummary(reason) + ")"
        }
        return text
    }

    /// `[2] Job2 [=======>        ] 30%  Copying: 3 of 10`: the bar comes
    /// first, so a narrow terminal, which cuts the line's end, shortens the
    /// activity text and keeps the bar and the percentage.
    static func progressLine(for job: Job, _ progress: ProgressData) -> String {
        var text = "[\(job.id)] \(job.name)"
        if progress.percentComplete >= 0 {
            let percent = min(100, progress.percentComplete)
            let width = 20
            let filled = percent * width / 100
            let bar = String(repeating: "=", count: filled) + (filled < width ? ">" : "")
                + String(repeating: " ", count: max(0, width - filled - 1))
            text += " [\(bar)] \(percent)%"
        }
        text += "  \(progress.activity)"
        if !progress.status.isEmpty { text += ": " + progress.status }
        return text
    }

    /// The first line of a command, shortened to fit a notice.
    static func commandSummary(_ command: String) -> String {
        let trimmed = command.trimmingBlanks()
        let firstLine = trimmed.split(separator: "\n", maxSplits: 1).first.map(String.init) ?? ""
        let more = firstLine.count < trimmed.count
        if firstLine.count > 60 { return String(firstLine.prefix(57)) + "..." }
        return more ? firstLine + " ..." : firstLine
    }
}

extension String {
    func trimmingBlanks() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
