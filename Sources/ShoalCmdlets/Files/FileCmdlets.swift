// The cmdlets of this folder's noun family: the file and text cmdlets (Get-Content, Get-ChildItem, Join-Path, Select-String, ...).

import ShoalRuntime

enum FileCmdlets {
    /// Registers the file items' table view once, the first time the
    /// session asks for this family's cmdlets.
    private static let viewRegistration: Void = FileItemView.register()

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] {
        viewRegistration
        return [
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
