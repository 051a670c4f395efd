// The cmdlets of this folder's noun family: session, time, process and progress cmdlets (Get-Date, Get-Command, Get-Process, ...).

import ShoalRuntime

enum SystemCmdlets {
    /// Every cmdlet this family defines; Registration.swift registers them.
    static let all: [any Cmdlet.Type] = []
}
