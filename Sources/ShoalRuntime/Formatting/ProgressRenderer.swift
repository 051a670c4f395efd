// The foreground progress bar: one line on standard error, redrawn in place
// with `\r` and erase-to-end-of-line, showing the most recently updated
// activity. It is drawn only when the host is the console and standard
// error is a terminal, and removed when its activity completes, before
// output is printed over it, and when the command ends.

import Glibc
import Synchronization

/// The activities being shown and the line that shows them.
struct ProgressRenderer {
    /// Active records by id, most recently updated last.
    private(set) var activities: [ProgressRecord] = []

    var isEmpty: Bool { activities.isEmpty }

    /// Records an update; a completed activity (and its children) is removed.
    mutating func update(_ record: ProgressRecord) {
        activities.removeAll { $0.activityId == record.activityId }
        if record.isCompleted {
            activities.removeAll { $0.parentActivityId == record.activityId }
        } else {
            activities.append(record)
        }
    }

    mutating func removeAll() { activities.removeAll() }

    /// The bar for the most recent activity, fitted to `width` columns:
    /// `Activity [=====     ] 50% Status`.
    func line(width: Int, style: String?) -> String? {
        guard let record = activities.last else { return nil }
        var rest = ""
        if record.percentComplete >= 0 {
            let percent = min(record.percentComplete, 100)
            let barWidth = 20
            let filled = barWidth * percent / 100
            rest += " [" + String(repeating: "=", count: filled) + String(repeating: " ", count: barWidth - filled) + "] \(percent)%"
        }
        if !record.statusDescription.isEmpty { rest += " " + record.statusDescription }
        if let operation = record.currentOperation, !operation.isEmpty { rest += " " + operation }
        if record.secondsRemaining >= 0 { rest += " (\(record.secondsRemaining)s remaining)" }
        let limit = max(width - 1, 1)
        let activity = String(record.activity.prefix(limit))
        let tail = String(rest.prefix(max(limit - activity.count, 0)))
        guard let style else { return activity + tail }
        return style + activity + PSStyle.reset + tail
    }
}

/// The console's one progress line, shared by every foreground runspace.
enum ConsoleProgress {
    private struct State {
        var renderer = ProgressRenderer()
        var visible = false
    }

    private static let state = Mutex(State())

    /// Updates and redraws the bar, when `host` is a console whose standard
    /// error is a terminal.
    static func show(_ record: ProgressRecord, host: ShellHost) {
        guard let console = host as? ConsoleHost, console.errorIsTerminal else { return }
        console.flush()
        let text: String = state.withLock { state in
            state.renderer.update(record)
            let width = min(FormatOptions.defaultWidth(terminalDescriptor: 2), console.style.progressMaxWidth)
            let style = console.style.decorates(toTerminal: true) ? console.style.progressStyle : nil
            guard let line = state.renderer.line(width: width, style: style) else {
                let wasVisible = state.visible
                state.visible = false
                return wasVisible ? "\r\u{1B}[K" : ""
            }
            state.visible = true
            return "\r" + line + "\u{1B}[K"
        }
        if !text.isEmpty { Descriptor.writeAll(2, Array(text.utf8)) }
    }

    /// Erases a visible bar; `forget` also drops its activities (the command ended).
    static func clear(for host: ShellHost, forget: Bool = false) {
        guard host is ConsoleHost else { return }
        let wasVisible: Bool = state.withLock { state in
            let wasVisible = state.visible
            state.visible = false
            if forget { state.renderer.removeAll() }
            return wasVisible
        }
        if wasVisible { Descriptor.writeAll(2, Array("\r\u{1B}[K".utf8)) }
    }
}
