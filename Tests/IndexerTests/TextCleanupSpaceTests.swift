@testable import GuideIndexer
import XCTest

/// Space clean-up answers lines that are already clean from their bytes; these hold that it still
/// cleans every kind of odd space a saved page or PDF text carries, and keeps clean lines as they are.
final class TextCleanupSpaceTests: XCTestCase {
    func testCleanLinesComeBackUnchanged() {
        for line in ["", "Råd", "Praktisk – slik kan anbefalingen følges", "Helsepersonelloven § 10a gjelder.", "æøå ÆØÅ «sitat» •"] {
            XCTAssertEqual(TextCleanup.normalizeSpaces(line), line)
        }
    }

    func testOddSpacesBecomeSingleSpacesAndEndsAreTrimmed() {
        let cases: [(String, String)] = [
            ("  Råd 3 ", "Råd 3"),
            ("Sterk\tanbefaling", "Sterk anbefaling"),
            ("pasient-  og brukerrettighetsloven", "pasient- og brukerrettighetsloven"),
            ("§\u{00A0}10a", "§ 10a"),
            ("kapittel\u{202F}3\u{2009}og\u{3000}4", "kapittel 3 og 4"),
            ("\u{FEFF}Begrunnelse", "Begrunnelse"),
            ("ord\u{200B}deling", "ord deling"),
            ("slutt\u{00A0}", "slutt"),
            ("\r\n", ""),
        ]
        for (raw, clean) in cases {
            XCTAssertEqual(TextCleanup.normalizeSpaces(raw), clean, "\(raw.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    func testLabelsAndHeadingsAreFoundWhateverTheirCase() {
        XCTAssertEqual(PDFLineClassifier.kind(of: "SVAK ANBEFALING 12"), .label)
        XCTAssertEqual(PDFLineClassifier.kind(of: "råd"), .label)
        XCTAssertEqual(PDFLineClassifier.kind(of: "Kilder"), .heading(.references))
        XCTAssertEqual(PDFLineClassifier.kind(of: "Begrunnelse – dette er anbefalingen basert på"), .heading(.rationale))
        XCTAssertEqual(PDFLineClassifier.kind(of: "Anbefalingen gjelder alle"), .text)
    }
}
