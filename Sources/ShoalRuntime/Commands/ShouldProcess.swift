// -WhatIf and -Confirm: pwsh's ShouldProcess and ShouldContinue, shared by
// built-in cmdlets (CmdletContext) and advanced functions ($PSCmdlet).

/// How much harm an operation can do; `$ConfirmPreference` names the
/// level from which pwsh asks before acting.
public enum ConfirmImpact: Int, Sendable, Comparable {
    case none, low, medium, high

    public init?(_ text: String) {
        switch text.lowercased() {
        case "none": self = .none
        case "low": self = .low
        case "medium": self = .medium
        case "high": self = .high
        default: return nil
        }
    }

    public static func < (a: ConfirmImpact, b: ConfirmImpact) -> Bool { a.rawValue < b.rawValue }
}

/// One command's answers to ShouldProcess: "Yes to All" and "No to All"
/// hold for the rest of the command, as in pwsh.
public final class ShouldProcessState {
    let commandName: String
    let impact: ConfirmImpact
    /// -WhatIf / -Confirm as given (nil: the preference variables decide).
    let whatIf: Bool?
    let confirm: Bool?
    private var answerForAll: Bool?

    public init(commandName: String, impact: ConfirmImpact, whatIf: Bool?, confirm: Bool?) {
        self.commandName = commandName
        self.impact = impact
        self.whatIf = whatIf
        self.confirm = confirm
    }

    /// Whether to carry out `action` (the command's name when nil) on
    /// `target`: with -WhatIf, says what would happen and answers false;
    /// with -Confirm (or an impact at `$ConfirmPreference`), asks.
    public func shouldProcess(_ target: String, action: String?, runspace: Runspace) throws -> Bool {
        let action = action ?? commandName
        if isWhatIf(runspace) {
            runspace.writeHostLine("What if: Performing the operation \"\(action)\" on target \"\(target)\".")
            return false
        }
        guard mustConfirm(runspace) else { return true }
        if let answerForAll { return answerForAll }
        return try ask(caption: "Confirm", query: "Are you sure you want to perform this action?\nPerforming the operation \"\(action)\" on target \"\(target)\".",
                       offersAll: true, runspace: runspace)
    }

    /// `ShouldContinue(query, caption)`: always asks (unless "Yes to All" or
    /// "No to All" was answered), whatever the preferences.
    public func shouldContinue(query: String, caption: String, runspace: Runspace) throws -> Bool {
        if let answerForAll { return answerForAll }
        return try ask(caption: caption, query: query, offersAll: false, runspace: runspace)
    }

    /// -WhatIf, or else `$WhatIfPreference`.
    func isWhatIf(_ runspace: Runspace) -> Bool {
        whatIf ?? Conversion.toBool(runspace.variable("WhatIfPreference") ?? .bool(false))
    }

    private func mustConfirm(_ runspace: Runspace) -> Bool {
        if let confirm { return confirm }
        let preference = runspace.variable("ConfirmPreference").map(Conversion.toString).flatMap(ConfirmImpact.init) ?? .high
        return preference != .none && impact >= preference
    }

    private func ask(caption: String, query: String, offersAll: Bool, runspace: Runspace) throws -> Bool {
        let choices = offersAll ? "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help" : "[Y] Yes  [N] No  [S] Suspend  [?] Help"
        runspace.writeHostLine("\n\(caption)\n\(query)")
        while true {
            guard let line = try runspace.host.readLine(prompt: "\(choices) (default is \"Y\"): ", masked: false,
                                                        isStopped: { runspace.stopSignal.isRequested }) else {
                throw PipelineStoppedError()
            }
            switch line.trimmingCharacters().lowercased() {
            case "", "y": return true
            case "n": return false
            case "a" where offersAll: answerForAll = true; return true
            case "l" where offersAll: answerForAll = false; return false
            case "s":
                throw ScriptError.runtime("Suspending to a nested prompt is not supported by shoal.", id: "NestedPromptNotSupported",
                                          at: nil, type: "System.Management.Automation.PSNotSupportedException")
            case "?":
                runspace.writeHostLine(offersAll
                    ? "Y - Continue with only the next step of the operation.\nA - Continue with all the steps of the operation.\nN - Skip this operation and proceed with the next operation.\nL - Skip this operation and all subsequent operations.\nS - Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline."
                    : "Y - Continue with only the next step of the operation.\nN - Skip this operation and proceed with the next operation.\nS - Pause the current pipeline and return to the command prompt. Type \"exit\" to resume the pipeline.")
            default:
                continue
            }
        }
    }
}
