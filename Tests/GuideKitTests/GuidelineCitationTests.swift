@testable import GuideKit
import XCTest

/// The reference-list form Helsedirektoratet gives at the end of its pages, with and without the
/// fields a source may lack.
final class GuidelineCitationTests: XCTestCase {
    private func summary(title: String = "Nasjonal faglig retningslinje for svangerskapsomsorgen", status: GuidelineStatus.Stage = .published,
                         publisher: String? = "Helsedirektoratet", url: String? = "https://www.helsedirektoratet.no/retningslinjer/svangerskapsomsorgen",
                         accessed: String? = "4. februar 2026", year: String? = "2018", lastChanged: String? = "22. november 2023",
                         place: String? = "Oslo") -> GuidelineSummary {
        GuidelineSummary(id: "svangerskap", title: title, status: status, hearingDeadline: nil, kind: nil, publisher: publisher,
                         url: url, accessed: accessed, year: year, firstPublished: nil, lastChanged: lastChanged, place: place)
    }

    func testEveryField() {
        XCTAssertEqual(GuidelineCitation(summary()).text,
                       "Helsedirektoratet (2018). Nasjonal faglig retningslinje for svangerskapsomsorgen [nettdokument]. "
                       + "Oslo: Helsedirektoratet (sist faglig oppdatert 22. november 2023, lest 4. februar 2026). "
                       + "Tilgjengelig fra https://www.helsedirektoratet.no/retningslinjer/svangerskapsomsorgen")
    }

    func testMissingFieldsLeaveNoEmptyPunctuation() {
        let cases: [(GuidelineSummary, String)] = [
            (summary(lastChanged: nil),
             "Helsedirektoratet (2018). Nasjonal faglig retningslinje for svangerskapsomsorgen [nettdokument]. Oslo: Helsedirektoratet (lest 4. februar 2026). Tilgjengelig fra https://www.helsedirektoratet.no/retningslinjer/svangerskapsomsorgen"),
            (summary(accessed: nil, year: nil, lastChanged: nil),
             "Helsedirektoratet (u.å.). Nasjonal faglig retningslinje for svangerskapsomsorgen [nettdokument]. Oslo: Helsedirektoratet. Tilgjengelig fra https://www.helsedirektoratet.no/retningslinjer/svangerskapsomsorgen"),
            (summary(url: nil, accessed: "  ", place: nil),
             "Helsedirektoratet (2018). Nasjonal faglig retningslinje for svangerskapsomsorgen [nettdokument]. Helsedirektoratet (sist faglig oppdatert 22. november 2023)."),
            (summary(publisher: nil, url: nil, accessed: nil, year: nil, lastChanged: nil, place: nil),
             "Nasjonal faglig retningslinje for svangerskapsomsorgen [nettdokument]."),
            (summary(publisher: nil, lastChanged: nil, place: nil),
             "Nasjonal faglig retningslinje for svangerskapsomsorgen [nettdokument] (2018). Lest 4. februar 2026. Tilgjengelig fra https://www.helsedirektoratet.no/retningslinjer/svangerskapsomsorgen"),
        ]
        for (guideline, expected) in cases {
            let text = GuidelineCitation(guideline).text
            XCTAssertEqual(text, expected)
            for bad in ["null", "()", "( ", " )", "..", " ."] {
                XCTAssertFalse(text.contains(bad), "'\(bad)' in: \(text)")
            }
        }
    }

    func testAHearingDraftSaysSo() {
        let text = GuidelineCitation(summary(title: "Utmattelse", status: .hearingDraft)).text
        XCTAssertTrue(text.hasPrefix("Helsedirektoratet (2018). Utmattelse (høringsutkast) [nettdokument]. "), text)
    }
}
