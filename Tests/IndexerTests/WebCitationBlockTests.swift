@testable import GuideIndexer
import XCTest

/// The citation block at the end of a Helsedirektoratet page, in the forms it takes: place and
/// publisher, access date with or without "sist faglig oppdatert", and a block without a place.
final class WebCitationBlockTests: XCTestCase {
    func testPlacePublisherYearAndDates() {
        let cases: [(text: String, place: String?, publisher: String?, year: String?, accessed: String?)] = [
            ("Helsedirektoratet (2026). Virksomhetsleder bør sørge for oppfølging [nettdokument]. Oslo: Helsedirektoratet (lest 04. februar 2026). Tilgjengelig fra https://www.helsedirektoratet.no/retningslinjer/a",
             "Oslo", "Helsedirektoratet", "2026", "04. februar 2026"),
            ("Helsedirektoratet (2016). Nasjonal faglig retningslinje for svangerskapsomsorgen [nettdokument]. Oslo: Helsedirektoratet (sist faglig oppdatert 22. november 2023, lest 12. desember 2023). Tilgjengelig fra https://www.helsedirektoratet.no/retningslinjer/svangerskapsomsorgen",
             "Oslo", "Helsedirektoratet", "2016", "12. desember 2023"),
            ("Helsedirektoratet (2024). Trombolyse [nettdokument]. Bergen: Helse Vest RHF. Tilgjengelig fra https://example.org/t",
             "Bergen", "Helse Vest RHF", "2024", nil),
            ("Helsedirektoratet (2024). Trombolyse [nettdokument]. Tilgjengelig fra https://example.org/t",
             nil, "Helsedirektoratet", "2024", nil),
        ]
        for c in cases {
            let block = WebCitationBlock.parse(c.text, line: 1)
            XCTAssertEqual(block.place, c.place, c.text)
            XCTAssertEqual(block.publisher, c.publisher, c.text)
            XCTAssertEqual(block.year, c.year, c.text)
            XCTAssertEqual(block.accessed, c.accessed, c.text)
        }
    }
}
