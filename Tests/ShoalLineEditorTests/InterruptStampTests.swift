// Ctrl-C stops the command that was running when it was pressed, never a
// later one: the watcher thread may read a press late on a loaded machine.

import Foundation
import Glibc
import Synchronization
import Testing
@testable import ShoalLineEditor

@Suite(.serialized) struct InterruptStampTests {
    /// Runs `waitForInterrupt` on its own thread; `returned` turns true when it does.
    final class Watcher: Sendable {
        let returned = Atomic<Bool>(false)
        init(_ wakeup: EditorWakeup) {
            Thread.detachNewThread { [self] in
                wakeup.waitForInterrupt()
                returned.store(true, ordering: .sequentiallyConsistent)
            }
        }

        /// Whether it returned within `milliseconds`.
        func returns(within milliseconds: Int) -> Bool {
            for _ in 0..<milliseconds / 10 {
                if returned.load(ordering: .sequentiallyConsistent) { return true }
                usleep(10_000)
            }
            return returned.load(ordering: .sequentiallyConsistent)
        }
    }

    @Test func aPressAtThePromptOrDuringAnEarlierCommandDoesNotStopTheNextCommand() {
        let wakeup = EditorWakeup()
        TerminalSignals.attach(wakeup)
        // Ctrl-C at the prompt, read by nobody yet.
        TerminalSignals.handle(SIGINT)
        // Ctrl-C during a command that then ends before the watcher reads it.
        wakeup.commandStarted()
        TerminalSignals.handle(SIGINT)
        wakeup.commandEnded()
        wakeup.commandStarted()
        let watcher = Watcher(wakeup)
        #expect(!watcher.returns(within: 300))
        // A press during this command stops it.
        TerminalSignals.handle(SIGINT)
        #expect(watcher.returns(within: 10_000))
        wakeup.commandEnded()
    }
}
