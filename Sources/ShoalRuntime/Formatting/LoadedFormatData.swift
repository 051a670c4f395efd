// The views a runspace loaded from format files (Update-FormatData),
// beside the registry's default views. PowerShell keeps format data
// per runspace: a view loaded in a `[powershell]::Create()` runspace does
// not change how the session prints. Prepended files are searched before
// the built-in views, appended files after them; the first view that
// applies to an object's most specific type name wins.

/// A runspace's loaded format files.
public final class LoadedFormatData {
    /// -PrependPath files, the latest first.
    public private(set) var prepended: [FormatDataFile] = []
    /// -AppendPath files, in load order.
    public private(set) var appended: [FormatDataFile] = []

    init() {}

    /// Adds a file; loading a path again replaces its earlier views.
    public func add(_ file: FormatDataFile, prepend: Bool) {
        prepended.removeAll { $0.path == file.path }
        appended.removeAll { $0.path == file.path }
        if prepend { prepended.insert(file, at: 0) } else { appended.append(file) }
    }

    /// The paths loaded, for Update-FormatData without arguments (a reload).
    public var paths: [(path: String, prepend: Bool)] {
        prepended.map { ($0.path, true) } + appended.map { ($0.path, false) }
    }

    var isEmpty: Bool { prepended.isEmpty && appended.isEmpty }

    /// The loaded views applying to `typeName`, prepended or appended ones.
    func views(for typeName: String, prepended wantsPrepended: Bool) -> [LoadedFormatView] {
        (wantsPrepended ? prepended : appended).flatMap { $0.views.filter { $0.applies(to: typeName) } }
    }

    /// Every loaded view applying to one of `typeNames`, in search order.
    public func views(for typeNames: [String]) -> [LoadedFormatView] {
        typeNames.flatMap { views(for: $0, prepended: true) + views(for: $0, prepended: false) }
    }
}

extension Runspace {
    /// The format data this runspace loaded.
    public var formatData: LoadedFormatData { service(LoadedFormatData.self) { LoadedFormatData() } }

    /// The loaded format data if any was loaded (no service made to say "none").
    var loadedFormatData: LoadedFormatData? {
        guard let data = extensions[ObjectIdentifier(LoadedFormatData.self)] as? LoadedFormatData, !data.isEmpty else { return nil }
        return data
    }
}
