import Foundation
import GuideKit
#if canImport(Glibc)
import Glibc
#endif

/// Whether a file outside the corpus would be read as a guideline if it were copied in (`guide add`):
/// a guideline extension, readable as the corpus reads its files, text, and a reader that finds a
/// guideline in it. Content-API JSON is left to `guide sync`: it is read corpus-wide, not file by file.
public enum GuidelineFileCheck {
    public static let addableExtensions: Set<String> = CorpusScanner.guidelineExtensions.subtracting(["json"])

    /// Why the file at `path` cannot be added, in Norwegian; nil when a reader reads a guideline from it.
    public static func refusal(_ path: String) -> String? {
        let name = DirectoryListing.lastComponent(of: path)
        let type = name.lastIndex(of: ".").map { name[name.index(after: $0)...].lowercased() } ?? ""
        guard addableExtensions.contains(type) else {
            return "bare tekst- og Markdown-filer kan legges til (.\(addableExtensions.sorted().joined(separator: ", .")))"
        }
        // A link is followed (the file is copied, not the link), then read as a corpus file of its
        // own folder: the same checks (regular file, size, no FIFO).
        guard let real = realpath(path, nil) else { return "filen finnes ikke" }
        let resolved = String(cString: real)
        free(real)
        let folder = resolved.lastIndex(of: "/").map { String(resolved[..<$0]) } ?? "/"
        let data: Data
        switch CorpusFileReader.read(resolved, corpus: folder.isEmpty ? "/" : folder) {
        case .success(let read): data = read
        case .failure(.missing): return "filen finnes ikke"
        case .failure(.refused(let reason)):
            // The reader words its reasons for a corpus listing ("kan ikke lese filen (…); hoppet over");
            // said of a file the user named, the cause alone goes in the brackets.
            let plain = reason.hasSuffix("; hoppet over") ? String(reason.dropLast("; hoppet over".count)) : reason
            let cannotRead = "kan ikke lese filen ("
            if plain.hasPrefix(cannotRead), plain.hasSuffix(")") { return "filen kan ikke leses (" + plain.dropFirst(cannotRead.count) }
            return "filen kan ikke leses (\(plain))"
        }
        var diagnostics: [Diagnostic] = []
        guard let text = CorpusScanner.decode(data, path: path, diagnostics: &diagnostics) else {
            return data.isEmpty ? "filen er tom" : "filen er ikke tekst"
        }
        let document = SourceDocument(path: path, text: text)
        guard let reader = ReaderRegistry.reader(for: document), reader.read(document, diagnostics: &diagnostics) != nil else {
            return "ingen leser kjenner igjen en retningslinje i filen (verken nettside lagret som tekst, PDF lagret som tekst eller Markdown)"
        }
        return nil
    }

    /// The metadata file that goes with a guideline file (`<name>.meta` beside it), as the corpus reads it.
    public static func metadataPath(for path: String) -> String {
        let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
        return folder + CorpusScanner.metadataName(for: DirectoryListing.lastComponent(of: path))
    }
}
