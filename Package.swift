// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Quire",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "quire", targets: ["quire"]),
        .library(name: "QuireText", targets: ["QuireText"]),
        .library(name: "QuireTEI", targets: ["QuireTEI"]),
        .library(name: "QuireDedup", targets: ["QuireDedup"]),
        .library(name: "QuireService", targets: ["QuireService"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "3.12.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.0.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        // The system libxml2, seen through a shim header that keeps ICU out (see shim.h).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // bytes -> decoded lines -> repaired blocks. Pure functions, Foundation only.
        .target(
            name: "QuireText",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            exclude: ["Resources/README.md"],
            resources: [.copy("Resources/english-words.txt")]
        ),
        // repaired blocks -> TEI P5 bytes, and RELAX NG validation, over libxml2.
        .target(
            name: "QuireTEI",
            dependencies: ["CLibXML2", "QuireText"],
            resources: [.copy("Resources/quire-tei.rng")]
        ),
        // shingles, MinHash, LSH, section alignment and the persistent index.
        .target(
            name: "QuireDedup",
            dependencies: ["QuireText", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // configuration, the pipeline driver, atomic commit, the drop-folder watcher.
        .target(
            name: "QuireService",
            dependencies: [
                "QuireText", "QuireTEI", "QuireDedup",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "TOMLKit", package: "TOMLKit"),
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .executableTarget(
            name: "quire",
            dependencies: [
                "QuireService", "QuireText", "QuireTEI", "QuireDedup",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "QuireTextTests",
            dependencies: ["QuireText", .product(name: "PropertyBased", package: "swift-property-based")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QuireTEITests",
            dependencies: ["QuireTEI", "QuireText", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(
            name: "QuireDedupTests",
            dependencies: ["QuireDedup", "QuireText", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "QuireServiceTests",
            dependencies: [
                "QuireService", "QuireText", "QuireTEI", "QuireDedup",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EndToEndTests",
            // "quire" makes SwiftPM build the binary the tests run.
            dependencies: ["QuireTEI", "QuireText", "quire"],
            resources: [.copy("Golden")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
