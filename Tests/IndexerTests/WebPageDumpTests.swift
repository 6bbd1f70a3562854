import Foundation
import GuideIndexer
import GuideKit
import XCTest

final class WebPageDumpTests: XCTestCase {
    func testDump() throws {
        let path = ProcessInfo.processInfo.environment["DUMP_FILE"] ?? ""
        guard !path.isEmpty else { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let doc = SourceDocument(path: path, text: text)
        for r in ReaderRegistry.all { print("fitness", r.name, r.fitness(for: doc)) }
        var d: [Diagnostic] = []
        let reader: any GuidelineReader = path.hasSuffix(".md") ? MarkdownReader() : WebPageReader()
        guard let g = reader.read(doc, diagnostics: &d) else { print("NIL"); d.forEach { print($0) }; return }
        print("G:", g.title, g.status, g.url ?? "-", g.accessed ?? "-", g.year ?? "-", g.publisher ?? "-", g.kind ?? "-", g.source.lineDescription)
        for c in g.chapters {
            print(" C:", c.title, c.source.lineDescription)
            for a in c.articles {
                print("  A:", a.kind, a.title, a.source.lineDescription, a.url ?? "-")
                for s in a.sections {
                    print("   S:", s.kind, s.title ?? "nil", s.source.lineDescription)
                    for b in s.blocks {
                        switch b {
                        case .paragraph(let p): print("    P", p.source.lineDescription, p.text.prefix(60))
                        case .checklist(let c): print("    L", c.source.lineDescription, c.itemCount); print(c.text.split(separator: "\n").map { "      " + $0.prefix(70) }.joined(separator: "\n"))
                        }
                    }
                }
                for l in a.literature { print("   LIT", l.source.lineDescription, l.text.prefix(50)) }
                for l in a.links { print("   LINK", l.source.lineDescription, l.text ?? "-", l.url) }
            }
        }
        d.forEach { print($0) }
    }
}
