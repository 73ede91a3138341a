// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "reader",
    products: [
        .executable(name: "reader", targets: ["Reader"]),
        .library(name: "Model", targets: ["Model"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .target(
            name: "Model",
            dependencies: ["CLibXML2", .product(name: "CSV", package: "CSV.swift")],
            path: "Sources/Model"),
        .executableTarget(
            name: "Reader",
            dependencies: [
                "Model", "CNcurses",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/Reader"
        ),
        .testTarget(name: "ModelTests", dependencies: ["Model"], path: "Tests/ModelTests", exclude: ["Fixtures"]),
        .testTarget(name: "ReaderTests", dependencies: ["Reader", "Model"], path: "Tests/ReaderTests", exclude: ["Snapshots"]),
    ]
)
