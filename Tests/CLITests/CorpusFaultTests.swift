import Foundation
import XCTest

/// Files a corpus should not hold are each reported as `path: advarsel: …` on stderr, and the rest is indexed.
final class CorpusFaultTests: XCTestCase {
    func testEveryBadFileIsReportedAndTheGuidelinesAreStillIndexed() throws {
        let corpus = try GuideProcess.corpusCopy()
        let outside = corpus.deletingLastPathComponent().appendingPathComponent("utenfor.txt")
        try Data("Tekst utenfor korpuset.\n".utf8).write(to: outside)
        let fm = FileManager.default
        try Data().write(to: corpus.appendingPathComponent("tom.txt"))
        try Data([0x50, 0x00, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 100)).write(to: corpus.appendingPathComponent("nul.txt"))
        try Data((0..<4_000).map { UInt8($0 % 32) }).write(to: corpus.appendingPathComponent("kontroll.txt"))
        try Data("Pasienten f\u{E5}r r\u{E5}d om s\u{F8}vn og ern\u{E6}ring.\n".unicodeScalars.map { UInt8($0.value) })
            .write(to: corpus.appendingPathComponent("latin.txt"))
        let huge = corpus.appendingPathComponent("stor.txt")
        XCTAssertTrue(fm.createFile(atPath: huge.path, contents: nil))
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 50 * 1_048_576)
        try handle.close()
        try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("løkke.txt").path, withDestinationPath: "løkke.txt")
        try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("ut.txt").path, withDestinationPath: outside.path)
        try fm.createSymbolicLink(atPath: corpus.appendingPathComponent("borte.txt").path, withDestinationPath: "finnes-ikke.txt")
        try fm.createDirectory(at: corpus.appendingPathComponent("mappe.txt"), withIntermediateDirectories: false)
        XCTAssertEqual(mkfifo(corpus.appendingPathComponent("fifo.txt").path, 0o644), 0)

        let result = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        let expected = [
            "Corpus/tom.txt: advarsel: filen er tom; hoppet over",
            "Corpus/nul.txt: advarsel: binærfil (inneholder NUL-byte); hoppet over",
            "Corpus/kontroll.txt: advarsel: binærfil (",
            "Corpus/latin.txt: advarsel: filen er ikke UTF-8; lest som Windows-1252",
            "Corpus/stor.txt: advarsel: filen er 50.0 MB, mer enn de 16 MB en retningslinjefil kan ha; hoppet over",
            "Corpus/løkke.txt: advarsel: symbolsk lenke i løkke; hoppet over",
            "Corpus/ut.txt: advarsel: symbolsk lenke som peker ut av korpuset",
            "Corpus/borte.txt: advarsel: symbolsk lenke til en fil som ikke finnes; hoppet over",
            "Corpus/mappe.txt: advarsel: ikke en vanlig fil; hoppet over",
            "Corpus/fifo.txt: advarsel: ikke en vanlig fil; hoppet over",
        ]
        for line in expected {
            XCTAssertTrue(result.stderr.contains(line), "missing «\(line)» in:\n\(result.stderr)")
        }
        let list = try GuideProcess.json(try GuideProcess.run(["list", "--json"], corpus: corpus).stdout)
        let ids = ((list["guidelines"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
        XCTAssertTrue(ids.contains("als-samhandling-og-oppfolging"), "\(ids)")
        XCTAssertTrue(ids.contains("me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon"), "\(ids)")
        XCTAssertFalse(ids.contains("ut"), "a link out of the corpus is not followed")
        // The skipped files leave the index fresh: the next command does not rebuild.
        XCTAssertEqual(try GuideProcess.run(["list"], corpus: corpus).stderr, "")
    }

    func testUnreadableFileIsReported() throws {
        try XCTSkipIf(geteuid() == 0, "root reads files whatever their mode, so chmod 000 proves nothing here")
        let corpus = try GuideProcess.corpusCopy()
        let locked = corpus.appendingPathComponent("låst.txt")
        try Data("Tekst.\n".utf8).write(to: locked)
        XCTAssertEqual(chmod(locked.path, 0), 0)
        let result = try GuideProcess.run(["index"], corpus: corpus)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stderr.contains("Corpus/låst.txt: advarsel: kan ikke lese filen (ingen tilgang); hoppet over"), result.stderr)
    }

    func testAddingAnUnreadableFileSaysWhyOnce() throws {
        try XCTSkipIf(geteuid() == 0, "root reads files whatever their mode, so chmod 000 proves nothing here")
        let corpus = try GuideProcess.corpusCopy()
        let locked = corpus.deletingLastPathComponent().appendingPathComponent("låst.md")
        try Data("# Låst\n\n## 1.1 Helsepersonell bør gjøre noe\n\nTekst.\n".utf8).write(to: locked)
        XCTAssertEqual(chmod(locked.path, 0), 0)
        let result = try GuideProcess.run(["add", locked.path], corpus: corpus)
        XCTAssertEqual(result.status, 1, result.stderr)
        XCTAssertTrue(result.stderr.contains("låst.md: filen kan ikke leses (ingen tilgang)"), result.stderr)
        XCTAssertFalse(result.stderr.contains("kan ikke lese filen"), result.stderr)
    }
}

/// Bytes that are not UTF-8 on the command line reach search as replacement characters, not a crash.
final class OddArgumentTests: XCTestCase {
    func testInvalidUTF8InTheQueryIsSearchedNotFatal() throws {
        let corpus = try GuideProcess.corpusCopy()
        let result = try GuideProcess.run(["-c", "exec \"$0\" search --json \"$(printf 'p\\345r\\370rende \\377\\376 \\355\\240\\200')\"",
                                           GuideProcess.binary.path], corpus: corpus, executable: URL(fileURLWithPath: "/bin/bash"))
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertNoThrow(try GuideProcess.json(result.stdout))
    }
}
