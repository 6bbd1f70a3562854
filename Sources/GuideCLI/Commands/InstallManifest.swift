import Foundation
import GuideIndexer

/// What `guide install` wrote, as `<hash>\t<path>` lines in `<data directory>/installed-files.tsv`:
/// how guide knows a file as its own. A file whose content still has the hash recorded for its path
/// was written by guide and left as it was, so a newer install may replace it; any other file at a
/// place install writes to is someone else's and stays.
struct InstallManifest {
    static let fileName = "installed-files.tsv"

    let path: String
    private(set) var hashes: [String: String]

    /// The manifest of this data directory; empty when there is none yet (or it cannot be read).
    init(dataDirectory: String) {
        path = dataDirectory + "/" + Self.fileName
        var hashes: [String: String] = [:]
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", maxSplits: 1)
            if fields.count == 2 { hashes[String(fields[1])] = String(fields[0]) }
        }
        self.hashes = hashes
    }

    static func hash(_ data: Data) -> String {
        ContentHash.of(data, nil)
    }

    /// Whether the file now at `target` (its bytes) is one guide wrote there and nobody changed since.
    func isOurs(_ target: String, contents: Data) -> Bool {
        hashes[target] == Self.hash(contents)
    }

    mutating func record(_ target: String, contents: Data) {
        hashes[target] = Self.hash(contents)
    }

    /// Written aside and renamed over the old manifest, sorted by path.
    func save() throws {
        let lines = hashes.keys.sorted().map { "\(hashes[$0] ?? "")\t\($0)\n" }
        try InstallFile.write(Data(lines.joined().utf8), to: path, mode: 0o644)
    }
}
