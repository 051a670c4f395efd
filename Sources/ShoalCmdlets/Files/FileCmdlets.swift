// The cmdlets of this folder's noun family: the file and text cmdlets (Get-Content, Get-ChildItem, Join-Path, Select-String, ...).

import ShoalRuntime

enum FileCmdlets {
    /// Every cmdlet this family defines; Registration.swift registers them.
    static let all: [any Cmdlet.Type] = []
}
