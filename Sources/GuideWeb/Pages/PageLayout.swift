import GuideKit

/// The frame of every page: Norwegian, landmarks (header, nav, main, footer), a skip link, the
/// server's own style sheet and script (nothing inline, nothing from elsewhere), and the licence
/// credit the guidelines' texts ask for.
enum PageLayout {
    static func page(title: String, current: Section? = nil, main: String) -> String {
        let navigation = Section.allCases.map { section in
            let here = section == current ? " aria-current=\"page\"" : ""
            return "<li><a href=\"\(section.path)\"\(here)>\(section.label)</a></li>"
        }.joined()
        return """
        <!DOCTYPE html>
        <html lang="nb">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="referrer" content="no-referrer">
        <title>\(escaped(title)) – Nasjonale retningslinjer</title>
        <link rel="stylesheet" href="/app.css">
        <script src="/app.js" defer></script>
        </head>
        <body>
        <a class="hopp" href="#hovedinnhold">Hopp til innholdet</a>
        <header class="topp">
        <p class="nettsted"><a href="/">Nasjonale retningslinjer</a></p>
        <nav aria-label="Hovedmeny"><ul>\(navigation)</ul></nav>
        </header>
        <main id="hovedinnhold" tabindex="-1">
        \(main)
        </main>
        <footer class="bunn">
        <p>Tekstene er fra Helsedirektoratets nasjonale faglige retningslinjer, gjengitt under
        <a href="https://data.norge.no/nlod/no/2.0">Norsk lisens for offentlige data (NLOD 2.0)</a>.
        Hvert svar viser kilden; sjekk alltid gjeldende versjon hos Helsedirektoratet.</p>
        </footer>
        </body>
        </html>

        """
    }

    /// The parts of the site, in the menu's order.
    enum Section: CaseIterable {
        case search, contents, plan, law, roles

        var path: String {
            switch self {
            case .search: "/"
            case .contents: "/innhold"
            case .plan: "/plan"
            case .law: "/lov"
            case .roles: "/rolle"
            }
        }

        var label: String {
            switch self {
            case .search: "Søk"
            case .contents: "Innhold"
            case .plan: "Plan"
            case .law: "Lover"
            case .roles: "Roller"
            }
        }
    }
}

/// Any text into HTML, escaped (corpus text and the user's query alike).
func escaped(_ text: String) -> String {
    HTMLText.escaped(text)
}

/// A path segment or query value percent-encoded for an address ("als/1.1" keeps its slash).
func addressEncoded(_ text: String, keepingSlash: Bool = false) -> String {
    var out = ""
    for byte in text.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            out.append(Character(Unicode.Scalar(byte)))
        case UInt8(ascii: "/") where keepingSlash:
            out.append("/")
        default:
            out += "%" + String(byte >> 4, radix: 16, uppercase: true) + String(byte & 15, radix: 16, uppercase: true)
        }
    }
    return out
}
