// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Loopscope",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "loopscope", targets: ["loopscope"]),
        .library(name: "LoopscopeEngine", targets: ["LoopscopeEngine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt", from: "6.0.0"),
    ],
    targets: [
        // Language (parser, compiler, VM) + asyncio event loop + the typed event stream. No terminal code.
        .target(
            name: "LoopscopeEngine",
            dependencies: [.product(name: "BigInt", package: "BigInt")],
            swiftSettings: [
                // The VM's dispatch loop touches class fields on every
                // instruction; dynamic exclusivity checks cost more than the
                // work. And like CPython's refcounts, the engine's are not
                // atomic: engines run on one thread at a time (see Engine),
                // which saves ~7% on every benchmark. Release only; debug
                // builds (and so the tests) keep every check and atomic counts.
                .unsafeFlags(["-enforce-exclusivity=unchecked", "-Xfrontend", "-assume-single-threaded",
                              // The dispatch loop is one function of thousands of blocks; past
                              // 400 the optimizer stops inlining into it, and small helpers
                              // (pointer initialize, Array.count) were calls on every instruction.
                              "-Xllvm", "-sil-inline-overall-caller-block-limit=20000",
                              "-Xllvm", "-sil-inline-block-limit-denominator=30000",
                              "-Xllvm", "-sil-inline-block-limit-max-int-numerator=40000"],
                             .when(configuration: .release)),
            ]
        ),
        // ncursesw, wide-character build.
        .systemLibrary(
            name: "CNcurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Consumers of the event stream that are not screens: lints and exporters
        // (Perfetto trace, text timeline, SVG).
        .target(name: "LoopscopeAnalysis", dependencies: ["LoopscopeEngine"]),
        // Timeline model, views, screen buffer, and the thin ncurses layer.
        .target(name: "LoopscopeUI", dependencies: ["LoopscopeEngine", "LoopscopeAnalysis", "CNcurses"]),
        .executableTarget(
            name: "loopscope",
            dependencies: [
                "LoopscopeEngine", "LoopscopeAnalysis", "LoopscopeUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // Compiled against the static SDK too: its modules name the
            // static libraries they need (ICU's data) for the link.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(configuration: .release))],
            linkerSettings: [
                // The Swift runtime and Foundation linked in: dynamically, the
                // loader spent ~15 million instructions (~7 ms of CPU) binding
                // their symbols on every start, which is most of what
                // `loopscope record` adds to a short program (README,
                // "Overhead"). The binary then needs no Swift installed.
                .unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(configuration: .release)),
            ]
        ),
        .testTarget(name: "LoopscopeEngineTests", dependencies: ["LoopscopeEngine"]),
        .testTarget(name: "LoopscopeAnalysisTests", dependencies: ["LoopscopeAnalysis", "LoopscopeEngine"], exclude: ["Snapshots"]),
        .testTarget(name: "LoopscopeUITests", dependencies: ["LoopscopeUI", "LoopscopeEngine"], exclude: ["Snapshots"]),
        // The built `loopscope` binary as a user's shell runs it: exit codes, streams, output files.
        .testTarget(name: "LoopscopeCLITests"),
    ],
    swiftLanguageModes: [.v6]
)
