// The cmdlets of this folder's noun family: the file and text cmdlets (Get-Content, Get-ChildItem, Join-Path, Select-String, ...).

import ShoalRuntime

enum FileCmdlets {
    /// The views of file items, drives and providers.
    static func registerViews(into registry: CommandRegistry) {
        FileItemView.registerView(into: registry)
        PSDriveInfo.registerView(into: registry)
        GetPSProviderCommand.registerView(into: registry)
    }

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] {
        [
            GetContentCommand.self, SetContentCommand.self, AddContentCommand.self, OutFileCommand.self, TestPathCommand.self,
            GetChildItemCommand.self, GetItemCommand.self, NewItemCommand.self, RemoveItemCommand.self, CopyItemCommand.self,
            GetItemPropertyCommand.self, SetItemPropertyCommand.self, SetItemCommand.self,
            MoveItemCommand.self, RenameItemCommand.self, PushLocationCommand.self, PopLocationCommand.self,
            JoinPathCommand.self, SplitPathCommand.self, ResolvePathCommand.self, SelectStringCommand.self,
            ClearContentCommand.self, GetFileHashCommand.self, NewTemporaryFileCommand.self, ConvertPathCommand.self,
            GetPSDriveCommand.self, GetPSProviderCommand.self, NewPSDriveCommand.self, RemovePSDriveCommand.self,
        ]
    }
}
