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
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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
        .target(name: "TandemAlignment", dependencies: ["TandemCore", "TandemICU", "TandemSegmentation"]),
        .target(name: "TandemFormats", dependencies: ["TandemCore", "TandemICU", .product(name: "Yams", package: "Yams")]),
        .target(name: "TandemLint", dependencies: ["TandemFormats", "TandemCore", "TandemICU"]),
        .target(name: "TandemReports", dependencies: ["TandemCore"]),
        .target(name: "TandemDiff", dependencies: ["TandemCore", "TandemReports"]),
        .target(
            name: "TandemTerminology",
            dependencies: ["TandemCore", "TandemICU", "TandemSpell", "TandemFormats", "TandemReview"]
        ),
        .target(
            name: "TandemReview",
            dependencies: ["TandemCore", "TandemICU", "TandemSpell", "TandemSegmentation", "TandemAlignment", "TandemFormats", .product(name: "Yams", package: "Yams")]
        ),

        // The command-line tool.
        .executableTarget(
            name: "tandem",
            dependencies: [
                "TandemCore", "TandemSegmentation", "TandemAlignment", "TandemReview", "TandemReports", "TandemTerminology", "TandemDiff",
                "TandemFormats", "TandemLint",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Benchmarks (not tests): see Benchmarks/.
        .executableTarget(
            name: "tandem-bench",
            dependencies: ["TandemCore", "TandemICU", "TandemSegmentation"],
            path: "Benchmarks/Sources/tandem-bench"
        ),
        .executableTarget(
            name: "report-bench",
            dependencies: ["TandemCore", "TandemReports", "TandemSegmentation", "TandemAlignment"],
            path: "Benchmarks/report/Sources/report-bench"
        ),
        .executableTarget(
            name: "terms-bench",
            dependencies: ["TandemCore", "TandemTerminology"],
            path: "Benchmarks/terms/Sources/terms-bench"
        ),

        .testTarget(name: "TandemICUTests", dependencies: ["TandemICU"]),
        .testTarget(name: "TandemSpellTests", dependencies: ["TandemSpell"]),
        .testTarget(name: "TandemCoreTests", dependencies: ["TandemCore"]),
        .testTarget(name: "TandemSegmentationTests", dependencies: ["TandemSegmentation"]),
        .testTarget(name: "TandemAlignmentTests", dependencies: ["TandemAlignment", "TandemCore", "TandemSegmentation"]),
        .testTarget(name: "TandemFormatsTests", dependencies: ["TandemFormats", "TandemCore"]),
        .testTarget(name: "TandemLintTests", dependencies: ["TandemLint", "TandemFormats", "TandemCore"]),
        .testTarget(name: "TandemReviewTests", dependencies: ["TandemReview", "TandemCore", "TandemSegmentation"]),
        .testTarget(name: "TandemReportsTests", dependencies: ["TandemReports", "TandemCore"], exclude: ["Golden"]),
        .testTarget(name: "TandemHTMLTests", dependencies: ["TandemReports", "TandemCore"]),
        .testTarget(name: "TandemDiffTests", dependencies: ["TandemDiff", "TandemCore"]),
        .testTarget(name: "BrowserTests", dependencies: ["TandemReports", "TandemDiff", "TandemCore"]),
        .testTarget(name: "TandemTerminologyTests", dependencies: ["TandemTerminology", "TandemCore", "TandemICU", "TandemSegmentation", "TandemReview"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TandemCore", "tandem"], exclude: ["Golden"]),
    ],
    swiftLanguageModes: [.v6]
)
