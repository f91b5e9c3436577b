// swift-tools-version:6.1
// The duplicate-detection benchmark harness, a package of its own so that it builds in release
// mode against Quire's library without adding a product to Quire's package:
//   swift build -c release --package-path Benchmarks/dedup/Harness
import PackageDescription

let package = Package(
    name: "QuireDedupBench",
    platforms: [.macOS(.v13)],
    dependencies: [.package(name: "Quire", path: "../../..")],
    targets: [
        .executableTarget(
            name: "quire-dedup-bench",
            dependencies: [.product(name: "QuireDedup", package: "Quire"), .product(name: "QuireText", package: "Quire")]
        )
    ],
    swiftLanguageModes: [.v6]
)
