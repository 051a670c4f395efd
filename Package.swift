// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = []
// The evaluator's inner loop, and the cmdlets it calls once per pipeline
// object, touch class properties constantly; the run-time exclusivity
// checks on them cost about a quarter of the evaluator's time and 5% of a
// Where-Object filter's (measured with callgrind). Each runspace is
// single-threaded, so the checks buy nothing there.
let evaluatorSettings: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "shoal",
    products: [
        .executable(name: "shoal", targets: ["shoal"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        .target(name: "ShoalSyntax", swiftSettings: strict),
        .target(name: "CShoal"),
        .target(
            name: "ShoalRuntime",
            dependencies: [
                "ShoalSyntax",
                "CShoal",
                .product(name: "OrderedCollections", package: "swift-collections"),
            ],
            swiftSettings: strict + evaluatorSettings),
        .target(name: "ShoalCmdlets", dependencies: ["ShoalRuntime", "ShoalSyntax", "CShoal"], swiftSettings: strict + evaluatorSettings),
        .target(
            name: "ShoalJobs",
            dependencies: [
                "ShoalRuntime", "ShoalSyntax", "CShoal",
                .product(name: "DequeModule", package: "swift-collections"),
            ],
            swiftSettings: strict),
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .target(name: "ShoalLineEditor", dependencies: ["CEditLine"], swiftSettings: strict),
        .target(name: "ShoalShell", dependencies: ["ShoalRuntime", "ShoalCmdlets", "ShoalJobs", "ShoalLineEditor"], swiftSettings: strict),
        // Release builds link the Swift runtime in statically: no dynamic
        // symbol binding at start, which every job worker process pays
        // (bench/jobs.sh: Start-Job 2.5 -> 1.7 ms). Test builds stay dynamic,
        // since the test bundles link this target and Testing has no static
        // library.
        .executableTarget(name: "shoal", dependencies: ["ShoalShell"], swiftSettings: strict,
                          linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))]),
        // The parse + evaluate fuzz target (bench/fuzz.sh builds it with
        // libFuzzer); a plain build is a program that replays fuzz inputs.
        .executableTarget(name: "shoal-fuzz", dependencies: ["ShoalRuntime", "ShoalCmdlets", "ShoalSyntax"],
                          path: "Tests/ShoalFuzz", exclude: ["powershell.dict"], swiftSettings: strict),
        .target(name: "ShoalTestSupport", dependencies: ["ShoalRuntime", "ShoalJobs", "ShoalShell", "CShoal"], path: "Tests/ShoalTestSupport"),
        .testTarget(name: "ShoalSyntaxTests", dependencies: ["ShoalSyntax"]),
        .testTarget(name: "ShoalRuntimeTests", dependencies: ["ShoalRuntime", "ShoalCmdlets", "ShoalShell", "ShoalTestSupport"]),
        .testTarget(name: "ShoalCmdletsTests", dependencies: ["ShoalRuntime", "ShoalCmdlets", "ShoalShell", "ShoalTestSupport"]),
        .testTarget(name: "ShoalJobsTests", dependencies: ["ShoalRuntime", "ShoalJobs", "ShoalShell", "ShoalTestSupport"]),
        .testTarget(name: "ShoalLineEditorTests", dependencies: ["ShoalLineEditor"]),
        .testTarget(name: "ShoalShellTests", dependencies: ["shoal", "ShoalShell", "ShoalRuntime", "ShoalJobs", "ShoalTestSupport"]),
        .testTarget(name: "ShoalEndToEndTests", dependencies: ["shoal", "ShoalTestSupport"], exclude: ["Scripts", "Examples"]),
    ]
)
