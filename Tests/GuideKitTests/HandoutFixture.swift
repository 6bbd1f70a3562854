import Foundation
import GuideIndexer
import GuideKit

/// Two small Markdown guidelines with hostile text (tags, ampersands, quotes, Markdown syntax) for
/// handout tests, indexed in a temporary corpus.
enum HandoutFixture {
    /// A hearing draft whose title and text hold markup that must come out as text.
    static let draft = """
    ---
    title: Søvn <b>&</b> "hvile" hos barn
    publisher: Helsedirektoratet
    kind: Nasjonal faglig retningslinje
    status: høringsutkast
    deadline: 1. juni 2026
    url: https://www.helsedirektoratet.no/retningslinjer/sovn-horingsutkast?a=1&b=2
    year: 2025
    place: Oslo
    ---

    # Kartlegging

    ## Fastlegen bør kartlegge søvnvaner <script>alert("x")</script> før behandling

    Kartleggingen bør skje sammen med barnet & foreldrene, jf. helsepersonelloven § 10a.

    ### Praktisk – slik kan anbefalingen følges

    Samtalen bør omfatte:

    - Leggetid og \\*\\*oppvåkning\\*\\*
    - Skjermbruk før leggetid
      - mobil og nettbrett
      - spill [se lenke] og \\`kode\\`
    - Koffein & energidrikk

    \\# Ikke en overskrift, men tekst med 'apostrof' og \\_understrek\\_.

    ### Begrunnelse – dette er anbefalingen basert på

    Søvnvansker henger sammen med skolefravær.

    ## Helsepersonell bør gi råd om søvndagbok

    En søvndagbok over to uker gir oversikt over søvnmønsteret.

    """

    /// A published guideline with few citation fields.
    static let published = """
    ---
    title: Ernæring ved sykdom
    url: javascript:alert(1)
    ---

    # Oppfølging

    ## Kommunen bør vurdere ernæringsstatus ved innleggelse

    Ernæringsstatus og søvndagbok bør vurderes ved innleggelse i sykehjem.

    """

    /// Builds the index and returns its path.
    static func indexPath() throws -> String {
        let corpus = FileManager.default.temporaryDirectory.appendingPathComponent("guide-handout-\(UUID().uuidString)/Corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try draft.write(to: corpus.appendingPathComponent("sovn.md"), atomically: true, encoding: .utf8)
        try published.write(to: corpus.appendingPathComponent("ernaering.md"), atomically: true, encoding: .utf8)
        let path = corpus.appendingPathComponent(".guide-index.sqlite").path
        _ = try IndexBuilder.build(corpus: corpus, into: path)
        return path
    }
}
