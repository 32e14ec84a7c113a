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
        .executableTarget(
            name: "siar",
            dependencies: [
                "SiarContent", "SiarSite", "SiarCompliance",
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
            dependencies: ["SiarSite", "SiarContent", "SiarTestSupport"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "siarTests",
            dependencies: ["SiarTestSupport", "siar"],
            swiftSettings: swiftSettings
        ),
    ]
)
