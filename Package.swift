// swift-tools-version:6.2
import PackageDescription

/// Settings every Siar target shares: Swift 6 mode plus the upcoming features Hummingbird also enables.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
]

let package = Package(
    name: "Siar",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "siar", targets: ["siar"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.3"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // The C library cmark from Debian's libcmark-dev; shim.h stops the build with the package name when it is missing.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // renameat2(RENAME_EXCHANGE), which Swift's Glibc module does not expose: swaps the new site into place atomically.
        .target(name: "CAtomicRename"),
        .target(
            name: "SiarContent",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SiarMarkdown",
            dependencies: ["CCmark", "SiarContent"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SiarCompliance",
            dependencies: ["SiarContent"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SiarSite",
            dependencies: [
                "SiarContent", "SiarMarkdown", "SiarCompliance", "CAtomicRename",
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SiarServer",
            dependencies: [
                "SiarContent", "SiarCompliance", "SiarSite",
                .product(name: "Hummingbird", package: "hummingbird"),
                // For the child channel that guards connections (timeouts, the connection cap).
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                // Already in the graph through Hummingbird; named for what the service imports itself: the
                // preview's watcher is a service of the application, the request context keeps the peer
                // address, and a few header names are not among Hummingbird's re-exports.
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "siar",
            dependencies: [
                "SiarContent", "SiarSite", "SiarCompliance", "SiarServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "SiarTestSupport",
            dependencies: ["SiarContent"],
            path: "Tests/SiarTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SiarContentTests",
            dependencies: ["SiarContent", "SiarTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SiarMarkdownTests",
            dependencies: ["SiarMarkdown", "SiarContent"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SiarComplianceTests",
            dependencies: ["SiarCompliance", "SiarContent", "SiarTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SiarSiteTests",
            dependencies: ["SiarSite", "SiarContent", "SiarTestSupport", .product(name: "Mustache", package: "swift-mustache")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SiarServerTests",
            dependencies: [
                "SiarServer", "SiarContent", "SiarTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "siarTests",
            dependencies: ["SiarTestSupport", "siar"],
            swiftSettings: swiftSettings
        ),
    ]
)
