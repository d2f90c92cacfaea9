// swift-tools-version: 6.0
// jobhunt: a command-line job-search toolkit. No Swift package dependencies on
// purpose: CI rebuilds everything on 2 cores, and the system C libraries below
// (libpq, sqlite3, hiredis, libcurl, OpenBLAS, libsodium) do the heavy lifting.
import PackageDescription

/// A system library wrapped by a module map and one prefixed shim header.
func cLibrary(_ name: String, pkgConfig: String, apt: String) -> Target {
    .systemLibrary(name: name, pkgConfig: pkgConfig, providers: [.apt([apt])])
}

let package = Package(
    name: "jobhunt",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jobhunt", targets: ["jobhunt"])
    ],
    targets: [
        // C bindings: module map + shim header each; only their wrapper module imports them.
        cLibrary("CSQLite", pkgConfig: "sqlite3", apt: "libsqlite3-dev"),
        cLibrary("CLibPQ", pkgConfig: "libpq", apt: "libpq-dev"),
        cLibrary("CHiredis", pkgConfig: "hiredis", apt: "libhiredis-dev"),
        cLibrary("CCurl", pkgConfig: "libcurl", apt: "libcurl4-openssl-dev"),
        cLibrary("CSodium", pkgConfig: "libsodium", apt: "libsodium-dev"),

        // The shape every error shares (problem, remedy, exit kind): the bottom of the graph,
        // so each layer below JobHuntCore can conform without importing another.
        .target(name: "JobHuntErrors"),
        .target(name: "JobHuntDatabase", dependencies: ["JobHuntErrors", "CSQLite", "CLibPQ"]),
        .target(name: "JobHuntIO", dependencies: ["JobHuntErrors", "CCurl", "CHiredis", "CSodium"]),
        // OpenBLAS is opened at run time (libopenblas0, from libopenblas-dev) once its
        // kernels are chosen for this CPU: Sources/CBLAS/include/CBLAS.h says why.
        .target(name: "CBLAS", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "JobHuntEmbeddings", dependencies: ["JobHuntErrors", "CBLAS"]),
        .target(
            name: "JobHuntCore",
            dependencies: ["JobHuntErrors", "JobHuntDatabase", "JobHuntIO", "JobHuntEmbeddings"],
            plugins: ["EmbedMigrations"]
        ),
        // The application tracker (`jobhunt status`): its own target on the core, so
        // the feature targets of issue 11's split can take it as it is.
        .target(name: "JobHuntApplications", dependencies: ["JobHuntCore", "JobHuntDatabase", "JobHuntIO"]),
        .target(name: "JobHuntCLI", dependencies: ["JobHuntCore", "JobHuntApplications"]),
        .executableTarget(name: "jobhunt", dependencies: ["JobHuntCLI"]),

        // Migrations live in migrations/ as plain SQL; this plugin compiles them into
        // JobHuntCore so an installed binary needs nothing from the source tree.
        .executableTarget(name: "EmbedMigrationsTool"),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["EmbedMigrationsTool"]
        ),

        .target(name: "JobHuntTesting", dependencies: ["JobHuntCore", "JobHuntCLI"], path: "Sources/JobHuntTesting"),
        .testTarget(name: "JobHuntDatabaseTests", dependencies: ["JobHuntDatabase", "JobHuntTesting"]),
        .testTarget(name: "JobHuntIOTests", dependencies: ["JobHuntIO", "JobHuntTesting"]),
        .testTarget(name: "JobHuntEmbeddingsTests", dependencies: ["JobHuntEmbeddings", "JobHuntTesting"]),
        .testTarget(name: "JobHuntCoreTests", dependencies: ["JobHuntCore", "JobHuntTesting"]),
        .testTarget(
            name: "JobHuntApplicationsTests",
            dependencies: ["JobHuntApplications", "JobHuntCore", "JobHuntDatabase", "JobHuntIO", "JobHuntTesting"]
        ),
        .testTarget(name: "JobHuntCLITests", dependencies: ["JobHuntCLI", "JobHuntTesting"], exclude: ["Snapshots"]),
        .testTarget(
            name: "JobHuntEndToEndTests",
            dependencies: ["JobHuntTesting", .target(name: "jobhunt")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
