// `[System.Management.Automation.Platform]`: what pwsh's own scripts and
// tests ask of the platform (`::IsLinux`, `::IsWindowsDesktop`).

/// The static members of `System.Management.Automation.Platform` on Linux.
enum PlatformStatics {
    static let table = MemberTable<StaticTarget>(methods: [], properties: [
        PropertyMember("IsLinux", "static bool IsLinux {get;}") { _ in .bool(true) },
        PropertyMember("IsWindows", "static bool IsWindows {get;}") { _ in .bool(false) },
        PropertyMember("IsMacOS", "static bool IsMacOS {get;}") { _ in .bool(false) },
        PropertyMember("IsCoreCLR", "static bool IsCoreCLR {get;}") { _ in .bool(true) },
        PropertyMember("IsWindowsDesktop", "static bool IsWindowsDesktop {get;}") { _ in .bool(false) },
        PropertyMember("IsNanoServer", "static bool IsNanoServer {get;}") { _ in .bool(false) },
        PropertyMember("IsIoT", "static bool IsIoT {get;}") { _ in .bool(false) },
        PropertyMember("IsStaSupported", "static bool IsStaSupported {get;}") { _ in .bool(false) },
    ])
}
