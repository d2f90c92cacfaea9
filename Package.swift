// swift-tools-version: 6.0
// jobhunt: a command-line job-search toolkit. No Swift package dependencies on
// purpose: CI rebuilds everything on 2 cores, and the system C libraries below
// (libpq, sqlite3, hiredis, libcurl, OpenBLAS, libsodium) do the heavy lifting.
//
// Read the targets as the dependency graph (docs/architecture.md draws it):
//
//   C modules → layers (Database, IO, Embeddings) → JobHuntKernel
//     → features (Skills, Profiles, Discovery, Matching, …) → JobHuntCLI → jobhunt
//
// A feature imports the kernel and only the features below it; SwiftPM refuses
// a cycle, so a loop between features is a build error, not a review comment.
import PackageDescription

/// A system library wrapped by a module map and one prefixed shim header.
func cLibrary(_ name: String, pkgConfig: String, apt: String) -> Target {
    .systemLibrary(name: name, pkgConfig: pkgConfig, providers: [.apt([apt])])
}

/// A feature of jobhunt: `Sources/<name>`, on the kernel and the database and IO
/// layers, plus what else it names: the features below it, JobHuntEmbeddings
/// for vector work. Features share with `package` access; the CLI (and a
/// future worker) builds the kernel's `Services` once and hands it to each.
func feature(_ name: String, dependencies: [Target.Dependency] = []) -> Target {
    .target(name: name, dependencies: ["JobHuntKernel", "JobHuntDatabase", "JobHuntIO"] + dependencies)
}

/// The features the CLI registers commands for, lowest first.
let features: [Target] = [
    // The skill taxonomy: vocabulary that profiles file skills under and
    // discovery reads postings with. Depends on nothing.
    .target(name: "JobHuntSkills"),
    feature("JobHuntProfiles", dependencies: ["JobHuntSkills"]),
    feature("JobHuntDiscovery", dependencies: ["JobHuntSkills", "JobHuntEmbeddings"]),
    feature(
        "JobHuntMatching", dependencies: ["JobHuntSkills", "JobHuntProfiles", "JobHuntDiscovery", "JobHuntEmbeddings"]),
    // The application tracker (`jobhunt status`): stored postings to apply to,
    // found with Discovery's posting lookup.
    feature("JobHuntApplications", dependencies: ["JobHuntDiscovery"]),
    // Retention (`jobhunt cleanup`) and the person's rights (`user forget`,
    // `user export`): every user-owned table, reached through the schema; the
    // profile's JSON Resume export comes from Profiles.
    feature("JobHuntPrivacy", dependencies: ["JobHuntProfiles"]),
    // Analytics (`jobhunt analytics`): daily rollups, the weekly funnel, what
    // works per source, source health, the HTML report; reads applications
    // and postings, and Discovery's platform metrics.
    feature("JobHuntAnalytics", dependencies: ["JobHuntDiscovery", "JobHuntApplications"]),
    // `jobhunt apply`: a résumé, cover letter and follow-up tailored to one
    // posting, behind a generator seam (built-in offline; a model optional),
    // stored as an application's generated content.
    feature(
        "JobHuntDocuments",
        dependencies: [
            "JobHuntSkills", "JobHuntProfiles", "JobHuntDiscovery", "JobHuntMatching", "JobHuntApplications",
        ]),
    // The automation queue (`jobhunt tasks`, `schedule`, `worker`): runs
    // discovery itself; the application task types are handlers the CLI
    // registers from the features that implement them.
    feature("JobHuntTasks", dependencies: ["JobHuntDiscovery"]),
    // Sending an application (`jobhunt apply submit`): by hand, by e-mail over
    // SMTP, or through the employer's web form (JobHuntBrowser); reads generated
    // documents by SQL and the object store, not through JobHuntDocuments.
    feature("JobHuntSubmission", dependencies: ["JobHuntApplications", "JobHuntProfiles", "JobHuntBrowser"]),
    // The second half is all here; a new feature goes above, on the kernel and
    // the features it needs, then into JobHuntCLI's dependencies.
]

let package = Package(
    name: "jobhunt",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "jobhunt", targets: ["jobhunt"]),
        .executable(name: "jobhunt-bench", targets: ["jobhunt-bench"]),
    ],
    targets: [
        // C bindings: module map + shim header each (CLibPQ and CCurl: C targets, below); only
        // their wrapper module imports them.
        cLibrary("CSQLite", pkgConfig: "sqlite3", apt: "libsqlite3-dev"),
        cLibrary("CHiredis", pkgConfig: "hiredis", apt: "libhiredis-dev"),
        cLibrary("CSodium", pkgConfig: "libsodium", apt: "libsodium-dev"),

        // The shape every error shares (problem, remedy, exit kind): the bottom of the graph,
        // so each layer below the kernel can conform without importing another.
        .target(name: "JobHuntErrors"),

        // Layers: no jobhunt domain in them.
        // libpq and libcurl are opened at run time on first use, so that a command that never
        // talks to PostgreSQL or HTTP does not load them and their 30-odd libraries
        // (libpq5 and libcurl4 at run time, libpq-dev and libcurl4-openssl-dev to build):
        // Sources/CLibPQ/include/CLibPQ.h says why.
        .target(name: "CLibPQ", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "CCurl", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "JobHuntDatabase", dependencies: ["JobHuntErrors", "CSQLite", "CLibPQ"]),
        .target(name: "JobHuntIO", dependencies: ["JobHuntErrors", "CCurl", "CHiredis", "CSodium"]),
        // OpenBLAS is opened at run time (libopenblas0, from libopenblas-dev) once its
        // kernels are chosen for this CPU: Sources/CBLAS/include/CBLAS.h says why.
        .target(name: "CBLAS", linkerSettings: [.linkedLibrary("dl")]),
        // The int8 dot products of vector search, on AVX-512 VNNI, AVX2 or portable C,
        // chosen at run time: Sources/CVectorScan/include/CVectorScan.h says why.
        .target(name: "CVectorScan"),
        .target(name: "JobHuntEmbeddings", dependencies: ["JobHuntErrors", "CBLAS", "CVectorScan", "JobHuntIO"]),
        // Headless Chromium over W3C WebDriver (chromedriver): printing HTML to PDF and
        // filling hosted application forms. Talks to chromedriver through JobHuntIO's HTTP client.
        .target(name: "JobHuntBrowser", dependencies: ["JobHuntErrors", "JobHuntIO"]),

        // The kernel: the Services container and its seams, configuration,
        // accounts, the shared posting vocabulary, the one error type, the
        // embedded schema.
        .target(
            name: "JobHuntKernel",
            dependencies: ["JobHuntErrors", "JobHuntDatabase", "JobHuntIO", "JobHuntEmbeddings"],
            plugins: ["EmbedMigrations"]
        ),
    ] + features + [
        // The composition root: parses, builds Services, calls the features, renders.
        .target(
            name: "JobHuntCLI",
            dependencies: [
                "JobHuntKernel", "JobHuntProfiles", "JobHuntDiscovery", "JobHuntMatching", "JobHuntApplications",
                "JobHuntPrivacy", "JobHuntAnalytics", "JobHuntDocuments", "JobHuntBrowser", "JobHuntTasks",
                "JobHuntSubmission",
            ]
        ),
        .executableTarget(name: "jobhunt", dependencies: ["JobHuntCLI"]),

        // Benchmarks and evaluations (scripts/bench, scripts/eval): their own
        // binary, so the product carries none of their code.
        .target(
            name: "JobHuntBench",
            dependencies: [
                "JobHuntCLI", "JobHuntKernel", "JobHuntProfiles", "JobHuntDiscovery", "JobHuntMatching",
                "JobHuntDatabase", "JobHuntEmbeddings", "JobHuntApplications", "JobHuntAnalytics", "JobHuntDocuments",
                "JobHuntBrowser", "JobHuntTasks", "JobHuntIO",
            ]
        ),
        .executableTarget(name: "jobhunt-bench", dependencies: ["JobHuntBench"]),

        // Migrations live in migrations/ as plain SQL; this plugin compiles them into
        // JobHuntKernel so an installed binary needs nothing from the source tree.
        .executableTarget(name: "EmbedMigrationsTool"),
        .plugin(
            name: "EmbedMigrations",
            capability: .buildTool(),
            dependencies: ["EmbedMigrationsTool"]
        ),

        // The test process's stand-in for main.swift's Entry.prepareProcess(): a
        // load-time constructor choosing the OpenBLAS core type before any thread.
        .target(name: "CTestProcess", dependencies: ["CBLAS"]),
        .target(
            name: "JobHuntTesting", dependencies: ["JobHuntKernel", "JobHuntCLI", "JobHuntIO", "CTestProcess"],
            path: "Sources/JobHuntTesting"),
        .testTarget(name: "JobHuntDatabaseTests", dependencies: ["JobHuntDatabase", "JobHuntTesting"]),
        .testTarget(name: "JobHuntIOTests", dependencies: ["JobHuntIO", "JobHuntTesting"]),
        // The LLM generator and the claim removal (issue 13 §2), against the fake model server.
        .testTarget(name: "JobHuntLLMTests", dependencies: ["JobHuntDocuments", "JobHuntIO", "JobHuntTesting"]),
        .testTarget(
            name: "JobHuntEmbeddingsTests", dependencies: ["JobHuntEmbeddings", "JobHuntIO", "JobHuntTesting"]),
        // The kernel's and today's features' tests, in one target because their
        // fixtures (ProfileFixture, IngestFixture, SourceFixtures) serve several
        // features; a new feature's tests can start a target of their own.
        .testTarget(
            name: "JobHuntFeatureTests",
            dependencies: [
                "JobHuntKernel", "JobHuntSkills", "JobHuntProfiles", "JobHuntDiscovery", "JobHuntMatching",
                "JobHuntBench", "JobHuntTesting",
            ]
        ),
        .testTarget(
            name: "JobHuntApplicationsTests",
            dependencies: [
                "JobHuntApplications", "JobHuntKernel", "JobHuntDiscovery", "JobHuntDatabase", "JobHuntIO",
                "JobHuntTesting",
            ]
        ),
        .testTarget(
            name: "JobHuntDocumentsTests",
            dependencies: [
                "JobHuntDocuments", "JobHuntApplications", "JobHuntProfiles", "JobHuntKernel", "JobHuntDatabase",
                "JobHuntPrivacy", "JobHuntTesting",
            ]
        ),
        .testTarget(name: "JobHuntBrowserTests", dependencies: ["JobHuntBrowser", "JobHuntIO", "JobHuntTesting"]),
        .testTarget(
            name: "JobHuntSubmissionTests",
            dependencies: [
                "JobHuntSubmission", "JobHuntApplications", "JobHuntKernel", "JobHuntDatabase", "JobHuntIO",
                "JobHuntBrowser", "JobHuntTesting",
            ]
        ),
        .testTarget(
            name: "JobHuntPrivacyTests",
            dependencies: [
                "JobHuntPrivacy", "JobHuntProfiles", "JobHuntKernel", "JobHuntDatabase", "JobHuntIO", "JobHuntTesting",
                .target(name: "jobhunt"),
            ]
        ),
        .testTarget(
            name: "JobHuntAnalyticsTests",
            dependencies: [
                "JobHuntAnalytics", "JobHuntApplications", "JobHuntKernel", "JobHuntDiscovery", "JobHuntDatabase",
                "JobHuntIO", "JobHuntTesting",
            ]
        ),
        // The queue on both engines, the cron parser, and the multi-process
        // proofs, which run jobhunt-bench's worker (the CLI's worker with a
        // counting task type registered) and jobhunt itself.
        .testTarget(
            name: "JobHuntTasksTests",
            dependencies: [
                "JobHuntTasks", "JobHuntKernel", "JobHuntDiscovery", "JobHuntDatabase", "JobHuntTesting",
                "JobHuntBench", .target(name: "jobhunt"), .target(name: "jobhunt-bench"),
            ]
        ),
        .testTarget(
            name: "JobHuntCLITests", dependencies: ["JobHuntCLI", "JobHuntIO", "JobHuntTesting"], exclude: ["Snapshots"]
        ),
        // The attack suite, hostile text, secrets, login throttling and
        // backup/restore (issue 21 §3–4): through the built binary, with the
        // command table read to generate the cross-user cases.
        .testTarget(
            name: "JobHuntSecurityTests",
            dependencies: ["JobHuntCLI", "JobHuntDatabase", "JobHuntTesting", .target(name: "jobhunt")]
        ),
        .testTarget(
            name: "JobHuntEndToEndTests",
            dependencies: ["JobHuntTesting", .target(name: "jobhunt")]
        ),
        // The fault matrix (issue 21 §1, scripts/faults): processes killed and interrupted,
        // full and read-only disks, hostile job sources, and services failing (private
        // Redis and PostgreSQL, a fault-injecting proxy before S3); through the binary.
        .testTarget(
            name: "JobHuntFaultTests",
            dependencies: ["JobHuntDatabase", "JobHuntIO", "JobHuntTesting", .target(name: "jobhunt")],
            path: "Tests/JobHuntFaultTests"),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzzing (issue 21 §2): one libFuzzer binary over every parser and writer, the
// harness chosen by JOBHUNT_FUZZ_TARGET. Declared only when scripts/fuzz sets
// JOBHUNT_FUZZ=1 (it compiles every module with the fuzzer's coverage and address
// sanitizer into .build-fuzz), so `swift build` and CI's test build never compile
// it. Only this target links libFuzzer (`-sanitize=fuzzer` at link): given to every
// module, the build tools' own `main` would be replaced by libFuzzer's.
if Context.environment["JOBHUNT_FUZZ"] == "1" {
    package.products.append(.executable(name: "jobhunt-fuzz", targets: ["jobhunt-fuzz"]))
    package.targets.append(
        .executableTarget(
            name: "jobhunt-fuzz",
            dependencies: [
                "JobHuntCLI", "JobHuntKernel", "JobHuntDatabase", "JobHuntIO", "JobHuntEmbeddings", "JobHuntProfiles",
                "JobHuntDiscovery", "JobHuntApplications",
            ],
            swiftSettings: [.unsafeFlags(["-parse-as-library"])],
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]
        ))
}
