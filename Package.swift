// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = []

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
            swiftSettings: strict),
        .target(name: "ShoalCmdlets", dependencies: ["ShoalRuntime", "ShoalSyntax"], swiftSettings: strict),
        .target(name: "ShoalShell", dependencies: ["ShoalRuntime", "ShoalCmdlets"], swiftSettings: strict),
        .executableTarget(name: "shoal", dependencies: ["ShoalShell"], swiftSettings: strict),
        .testTarget(name: "ShoalSyntaxTests", dependencies: ["ShoalSyntax"]),
        .testTarget(name: "ShoalRuntimeTests", dependencies: ["ShoalRuntime", "ShoalCmdlets", "ShoalShell"]),
        .testTarget(name: "ShoalEndToEndTests", dependencies: ["shoal"]),
    ]
)
