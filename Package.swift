// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "guide",
    products: [
        .library(name: "GuideKit", targets: ["GuideKit"]),
        .library(name: "GuideIndexer", targets: ["GuideIndexer"]),
        .executable(name: "guide", targets: ["guide"]),
    ],
    targets: [
        // The only C boundary: the system SQLite (with FTS5).
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        // Model, SQLite layer, schema, query, results, renderers: what other programs import.
        .target(name: "GuideKit", dependencies: ["CSQLite"], path: "Sources/GuideKit"),
        // Ingestion: corpus files → readers → model → index.
        .target(name: "GuideIndexer", dependencies: ["GuideKit"], path: "Indexer", exclude: ["Sync"],
                resources: [.copy("Resources/synonyms.tsv"), .copy("Resources/concepts.tsv"), .copy("Resources/roles.tsv")]),
        // The content API client and its local mirror (`guide sync`). Its own target, because URLSession
        // (FoundationNetworking) brings libcurl and ~30 shared libraries: linked into guide, they took every
        // command from 7.5 to ~20 ms (`guide --version`, debug). Only guide-sync loads them.
        .target(name: "GuideSync", dependencies: ["GuideKit"], path: "Indexer/Sync"),
        // `guide sync` runs this (exec, same process id) beside itself; dynamically linked.
        .executableTarget(name: "guide-sync", dependencies: ["GuideSync", "GuideCLI", "GuideIndexer", "GuideKit"], path: "Sources/guide-sync"),
        // `guide serve`: HTTP on the POSIX socket API, pages and /api/ JSON from the library's answers.
        .target(name: "GuideWeb", dependencies: ["GuideKit", "GuideIndexer"], path: "Sources/GuideWeb"),
        // Command parsing and output; `guide`'s main only calls into it.
        .target(name: "GuideCLI", dependencies: ["GuideKit", "GuideIndexer", "GuideMCP", "GuideWeb"], path: "Sources/GuideCLI"),
        // `guide mcp`: the questions as Model Context Protocol tools, resources and a prompt over stdio (Foundation only).
        .target(name: "GuideMCP", dependencies: ["GuideKit", "GuideIndexer"], path: "Sources/GuideMCP"),
        .executableTarget(name: "guide", dependencies: ["GuideCLI"], path: "Sources/guide", exclude: ["link"],
                          // The Swift runtime linked in: a process starts without resolving symbols across ~20 shared libraries
                          // (a one-shot `guide search` 26.1M instructions with them shared, 12.3M linked in; callgrind).
                          // lld (in the Swift toolchain) links it without gold's warning about Foundation's use of mktemp.
                          // link/ makes `-lstdc++` and `-lsqlite3` name the static archives (see the scripts there).
                          // guide is position-independent (ASLR: it reads untrusted text); packing its 79,000 relative
                          // relocations (RELR, glibc ≥ 2.36) takes 0.34M off the 1.0M instructions that applying them adds to a one-shot search.
                          linkerSettings: [.unsafeFlags(["-use-ld=lld", "-static-stdlib", "-lCoreFoundation", "-l_FoundationICU", "-l_FoundationCShims", "-l_FoundationCollections",
                                                         "-L" + Context.packageDirectory + "/Sources/guide/link", "-lstdc++", "-Xlinker", "-z", "-Xlinker", "pack-relative-relocs"])]),
        // Rerunnable figures: `swift run -c release guide-bench`.
        .executableTarget(name: "guide-bench", dependencies: ["GuideKit", "GuideIndexer"], path: "Sources/guide-bench"),
        // Where the tests' data lies (a copy of the bundled corpus among it), for every test target:
        // tests never read the live Corpus/, which the user may change.
        .target(name: "TestFixtures", path: "Tests/TestFixtures", exclude: ["Corpus", "Pages", "Pages-INDEX.md"]),
        .testTarget(name: "GuideKitTests", dependencies: ["GuideKit", "GuideIndexer", "TestFixtures"], path: "Tests/GuideKitTests",
                    exclude: ["Snowball", "Relevance"]),
        .testTarget(name: "IndexerTests", dependencies: ["GuideKit", "GuideIndexer", "GuideSync", "TestFixtures"], path: "Tests/IndexerTests",
                    resources: [.copy("Fixtures")]),
        // Runs the built `guide` binary (which `swift test` builds with everything else) rather than linking it:
        // a test bundle cannot take guide's static Swift runtime.
        .testTarget(name: "CLITests", dependencies: ["TestFixtures"], path: "Tests/CLITests"),
        // The request parser and the pages' pieces, linked; the server itself is tested as a process in CLITests.
        .testTarget(name: "GuideWebTests", dependencies: ["GuideWeb", "GuideKit"], path: "Tests/GuideWebTests"),
    ]
)
