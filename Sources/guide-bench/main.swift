import Foundation
import GuideIndexer
import GuideKit

// guide-bench: rerunnable figures for indexing and in-process search on the bundled corpus.
// Usage: swift run -c release guide-bench [--corpus DIR] [--rounds N]
// Figures go to stdout; nothing is asserted. Queries are fixed strings, never user input.

let arguments = CommandLine.arguments
func option(_ name: String) -> String? {
    arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
}
let corpus = URL(fileURLWithPath: option("--corpus") ?? "Corpus")
let rounds = Int(option("--rounds") ?? "") ?? 50

let queries = [
    "pasient med alvorlig ME som er sengeliggende og plages av lys og lyd", "hvem skal oppnevne koordinator når ALS-diagnosen er stilt",
    "oppgaver for kommunal koordinator ved ALS", "pasienten er ikke samtykkekompetent, hvem skal høres om hva pasienten ville ønsket",
    "søke brukerstyrt personlig assistent (BPA)", "planlegge diagnosesamtalen", "henvisning til psykolog for ALS-pasient",
    "barn under 18 år som pårørende til forelder med ALS", "hva bør planen for oppfølging inneholde",
    "er de nasjonale faglige rådene rettslig bindende", "helsepersonelloven § 10a", "pårørendeavtale",
    "epikrise til fastlegen ved utskrivning", "NAV hjelpemiddelsentral", "parorende barn helsestasjon", "koordinatr",
    "\"", "*", "NEAR(a b)", "'; DROP TABLE passages; --", String(repeating: "pårørende ", count: 200),
]

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted.isEmpty ? 0 : sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("guide-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: directory) }
let indexPath = directory.appendingPathComponent("index.sqlite").path

let textBytes = try CorpusScanner.fingerprint(corpus).reduce(0) { $0 + $1.size }
var buildTimes: [Double] = []
var report: IndexBuilder.Report?
for _ in 0..<5 {
    let started = Date()
    report = try IndexBuilder.build(corpus: corpus, into: indexPath)
    buildTimes.append(Date().timeIntervalSince(started))
}
do {
    let started = Date()
    let scan = try CorpusScanner.scan(corpus)
    var diagnostics: [Diagnostic] = []
    let guidelines = StructurePipeline.guidelines(from: scan.documents, diagnostics: &diagnostics)
    let read = Date().timeIntervalSince(started)
    try IndexBuilder.write(guidelines, synonyms: scan.synonyms, files: scan.files, to: indexPath)
    print(String(format: "  of which reading and structure: %.1f ms, writing the index: %.1f ms",
                 read * 1000, (Date().timeIntervalSince(started) - read) * 1000))
}
let indexBytes = (try FileManager.default.attributesOfItem(atPath: indexPath)[.size] as? NSNumber)?.intValue ?? 0
let build = buildTimes.sorted()[buildTimes.count / 2]
print(String(format: "corpus: %d files, %.1f KB text, %d passages", try CorpusScanner.fingerprint(corpus).count,
             Double(textBytes) / 1024, report?.passages ?? 0))
print(String(format: "index build (median of 5): %.1f ms, %.2f MB/s, %.0f passages/s; index %.1f KB (%.1f× text)",
             build * 1000, Double(textBytes) / build / 1_048_576, Double(report?.passages ?? 0) / build,
             Double(indexBytes) / 1024, Double(indexBytes) / Double(max(textBytes, 1))))

let index = try GuideIndex(path: indexPath)
var latencies: [Double] = []
for _ in 0..<rounds {
    for query in queries {
        let started = DispatchTime.now().uptimeNanoseconds
        _ = try index.search(query, limit: 10)
        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000)
    }
}
latencies.sort()
print(String(format: "search in-process, %d queries × %d rounds: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms",
             queries.count, rounds, percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 0.99),
             latencies.last ?? 0))
