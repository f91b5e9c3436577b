// swift-tools-version:6.1
import PackageDescription

// The benchmark harness: its own package so that benchmarks never touch the main package's
// build or tests. It depends on Quire by path and is always built in release
// (`swift build -c release --package-path Benchmarks --scratch-path Benchmarks/.build-bench`).
let package = Package(
    name: "QuireBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Quire", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "quire-bench",
            dependencies: [
                .product(name: "QuireText", package: "Quire"),
                .product(name: "QuireTEI", package: "Quire"),
                .product(name: "QuireDedup", package: "Quire"),
                .product(name: "QuireService", package: "Quire"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
