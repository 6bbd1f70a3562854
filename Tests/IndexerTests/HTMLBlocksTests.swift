import GuideKit
import XCTest
@testable import GuideIndexer

/// The HTML the content API emits, and the broken HTML it might: entities, nesting, implicit
/// closes, tables, dropped script/style/comments, whitespace. Never a crash.
final class HTMLBlocksTests: XCTestCase {
    private let source = SourceSpan(path: "Corpus/helsedirektoratet/x.json", line: 2)

    private func read(_ html: String) -> HTMLBlocks { HTMLBlocks.read(html, source: source) }

    private func paragraphs(_ html: String) -> [String] {
        read(html).parts.compactMap { if case .block(.paragraph(let p)) = $0 { p.text } else { nil } }
    }

    private func checklists(_ html: String) -> [Checklist] {
        read(html).parts.compactMap { if case .block(.checklist(let c)) = $0 { c } else { nil } }
    }

    func testEntitiesNamedAndNumeric() {
        let cases: [(String, String)] = [
            ("<p>Bl&aring;b&aelig;r og &oslash;l</p>", "Blåbær og øl"),
            ("<p>&laquo;Sitat&raquo; &ndash; slutt</p>", "«Sitat» – slutt"),
            ("<p>a&nbsp;b</p>", "a b"),
            ("<p>&#229;&#xE5;&#XC5;</p>", "ååÅ"),
            ("<p>R&amp;D &lt;tag&gt; &quot;q&quot;</p>", "R&D <tag> \"q\""),
            ("<p>&ukjent; &amp &#;</p>", "&ukjent; &amp &#;"),
        ]
        for (html, expected) in cases {
            XCTAssertEqual(paragraphs(html), [expected], html)
        }
    }

    func testWhitespaceBetweenTagsCollapses() {
        XCTAssertEqual(paragraphs("<p>\n\tFørste\tlinje\n\n  og   mer\n</p>\t\n<p>\tAndre</p>"), ["Første linje og mer", "Andre"])
        XCTAssertEqual(paragraphs("<p>en<br>to<br/>tre</p>"), ["en\nto\ntre"])
    }

    func testNestedListsThreeDeepWithLeadIn() {
        let html = """
        <p>Planen bør inneholde:</p>
        <ul>\t<li>mål<ul><li>kortsiktige<ol><li>uke 1</li><li>uke 2</li></ol></li><li>langsiktige</li></ul></li>
        \t<li>tiltak</li></ul>
        """
        let lists = checklists(html)
        XCTAssertEqual(lists.count, 1)
        XCTAssertEqual(lists[0].leadIn, "Planen bør inneholde:")
        XCTAssertEqual(lists[0].items.map(\.text), ["mål", "tiltak"])
        XCTAssertEqual(lists[0].items[0].items.map(\.text), ["kortsiktige", "langsiktige"])
        XCTAssertEqual(lists[0].items[0].items[0].items.map(\.text), ["uke 1", "uke 2"])
        XCTAssertEqual(lists[0].itemCount, 6)
        XCTAssertTrue(paragraphs(html).isEmpty, "the lead-in moved into the checklist")
    }

    func testUnclosedParagraphsAndItems() {
        XCTAssertEqual(paragraphs("<p>en<p>to<div>tre</div>fire"), ["en", "to", "tre", "fire"])
        let lists = checklists("<ul><li>a<li>b<li>c</ul><p>etter")
        XCTAssertEqual(lists.first?.items.map(\.text), ["a", "b", "c"])
        XCTAssertEqual(paragraphs("<ul><li>a<li>b</ul><p>etter"), ["etter"])
    }

    func testTablesBecomeReadableRows() {
        let html = "<table><caption>Doser</caption><thead><tr><th>Alder</th><th>Dose</th></tr></thead>"
            + "<tbody><tr><td>Barn<td>5 mg<tr><td><p>Voksne</p></td><td>10&nbsp;mg</td></tr><tr><td></td><td></td></tr></tbody></table>"
        XCTAssertEqual(paragraphs(html), ["Doser", "Alder | Dose", "Barn | 5 mg", "Voksne | 10 mg"])
    }

    func testScriptStyleAndCommentsNeverReachTheText() {
        let html = "<p>før<!-- skjult <p>kommentar</p> --></p><script>var x = '<p>kode</p>';</script>"
            + "<style>p { color: red }</style><p>etter<SCRIPT type=x>alert(1)</SCRIPT></p><!doctype html><!-- uavsluttet"
        XCTAssertEqual(paragraphs(html), ["før", "etter"])
    }

    func testLinksWithEveryQuoting() {
        let blocks = read("<p>Se <a href=\"https://lovdata.no/lov/1999-07-02-64/§10a\">hpl § 10a</a>, "
                          + "<a href='https://a.no/x'>a</a>, <A HREF=https://b.no/y target=_blank>b</A> og <a href=\"#topp\">topp</a>.</p>")
        XCTAssertEqual(blocks.links.map(\.url), ["https://lovdata.no/lov/1999-07-02-64/§10a", "https://a.no/x", "https://b.no/y"])
        XCTAssertEqual(blocks.links.map(\.text), ["hpl § 10a", "a", "b"])
        XCTAssertEqual(paragraphs("<p>Se <a href=x>lenken</a>.</p>"), ["Se lenken."])
    }

    func testHeadingsTransparentInlineAndBlockquote() {
        let parts = read("<h2>Tittel <i></i></h2><p><strong>Viktig</strong> <em>tekst</em><span> her</span></p>"
                         + "<blockquote><p>Sitert</p><p>to</p></blockquote><h3>&nbsp;</h3><ol>\n</ol>").parts
        XCTAssertEqual(parts, [
            .heading(level: 2, text: "Tittel"),
            .block(.paragraph(Paragraph(text: "Viktig tekst her", source: source))),
            .block(.paragraph(Paragraph(text: "Sitert", source: source))),
            .block(.paragraph(Paragraph(text: "to", source: source))),
        ])
    }

    func testListOfHeadingsGivesHeadings() {
        let parts = read("<ul>\n\t<li>\n\t<h3>Første ledergrep</h3>\n\t</li>\n</ul>\n<p>Tekst.</p>").parts
        XCTAssertEqual(parts.first, .heading(level: 3, text: "Første ledergrep"))
    }

    func testBrokenHTMLNeverCrashes() {
        let inputs = ["<", "<p", "</p>", "<<<>>>", "<a href=\"x>uavsluttet", "<ul><li><ul><li><ul>", "</ul></li></ul>tekst",
                      "<table><td>løs celle", "&#xFFFFFFFF; &#0; &#x110000;", "<p>" + String(repeating: "<div>", count: 2000),
                      "<!--", "<script>", "<p a=b c d='e>f", "\u{0}<p>\u{0}</p>"]
        for html in inputs {
            _ = read(html)  // only that it returns
        }
        XCTAssertEqual(paragraphs("<table><td>løs celle"), ["løs celle"])
        let deep = String(repeating: "<div><span>", count: 50_000) + "bunn"
        XCTAssertEqual(paragraphs(deep), ["bunn"], "nesting beyond any page's is bounded, its text kept")
        XCTAssertEqual(paragraphs("</ul></li></ul>tekst"), ["tekst"])
    }
}
