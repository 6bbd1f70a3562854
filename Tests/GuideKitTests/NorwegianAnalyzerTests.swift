@testable import GuideKit
import XCTest

final class NorwegianAnalyzerTests: XCTestCase {
    private func tokens(_ text: String, _ reason: FTS5TokenizeReason = .document) -> [String] {
        var out: [String] = []
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            NorwegianAnalyzer().tokenize(UnsafeBufferPointer(buffer), reason: reason) { token, start, end, colocated in
                let surface = String(decoding: buffer[start..<end], as: UTF8.self)
                out.append((colocated ? "+" : "") + token + "@" + surface)
                return true
            }
        }
        return out
    }

    /// Numbers are not stemmed; which scalars count as numeric is answered by range below U+0100.
    func testNumericScalarsAreUnicodesBelowAndAboveLatin1() {
        for value in Array(0...0x3FF) + [0x0660, 0x2155, 0x2460, 0x3007, 0xFF11, 0x1D7CE] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(NorwegianAnalyzer.isNumeric(scalar), scalar.properties.numericType != nil, "U+\(String(value, radix: 16))")
        }
        XCTAssertEqual(NorwegianAnalyzer.stem("paragraf²"), "paragraf²")
        XCTAssertEqual(NorwegianAnalyzer.stem("pasientene"), "pasient")
    }

    func testDocumentsGetExactFormsAndStemsWithByteOffsets() {
        XCTAssertEqual(tokens("Pårørende får ALS-koordinatoren"), [
            "pårørende@Pårørende", "+_pårør@Pårørende", "får@får", "+_får@får",
            "als@ALS", "+_als@ALS", "koordinatoren@koordinatoren", "+_koordinator@koordinatoren",
        ])
    }

    func testQueriesPassStemTermsThrough() {
        XCTAssertEqual(tokens("_koordinator pårørende", .query), ["_koordinator@_koordinator", "pårørende@pårørende"])
    }

    func testInvalidUTF8AndHugeRunsDoNotBreakTokenizing() {
        var bytes: [UInt8] = Array("ok ".utf8) + [0xFF, 0xFE] + Array(" lys".utf8)
        var seen: [String] = []
        bytes.withUnsafeMutableBufferPointer { buffer in
            NorwegianAnalyzer().tokenize(UnsafeBufferPointer(buffer), reason: .document) { token, _, _, colocated in
                if !colocated { seen.append(token) }
                return true
            }
        }
        XCTAssertEqual(seen, ["ok", "lys"])
        let huge = tokens(String(repeating: "a", count: 10_000)).first ?? ""
        XCTAssertLessThanOrEqual(huge.prefix { $0 != "@" }.utf8.count, 128, "a token is cut to 128 bytes")
    }

    func testInflectedFormsFindEachOther() throws {
        let index = try IndexStore(path: try SampleGuideline.buildIndex())
        // The sample says "fysiske funksjoner"; prefix matching alone would miss "funksjonen".
        XCTAssertEqual(try index.search("funksjonen").results.first?.recommendation?.id, "demo/1.1")
    }
}
