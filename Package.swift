// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tandem",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tandem", targets: ["tandem"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C boundaries: system libraries and the flat facade over ICU.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        .target(name: "CTandemICU", dependencies: ["CICU"]),
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),

        // Swift wrappers that own every C handle.
        .target(name: "TandemICU", dependencies: ["CTandemICU"]),
        .target(name: "TandemSpell", dependencies: ["CHunspell"]),

        // The shared vocabulary and the layers above it.
        .target(name: "TandemCore", dependencies: ["TandemICU"]),
        .target(name: "TandemSegmentation", dependencies: ["TandemCore", "TandemICU"]),

        // The command-line tool.
        .executableTarget(
            name: "tandem",
            dependencies: [
                "TandemCore", "TandemSegmentation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "TandemICUTests", dependencies: ["TandemICU"]),
        .testTarget(name: "TandemSpellTests", dependencies: ["TandemSpell"]),
        .testTarget(name: "TandemCoreTests", dependencies: ["TandemCore"]),
        .testTarget(name: "TandemSegmentationTests", dependencies: ["TandemSegmentation"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TandemCore"]),
    ],
    swiftLanguageModes: [.v6]
)
