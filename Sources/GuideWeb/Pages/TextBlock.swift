import GuideKit

/// A renderer's plain text as HTML: escaped, in a block that keeps its line breaks. The plan, law
/// and role pages show the CLI's own text this way, unwrapped (`style`), so the browser wraps it to
/// the screen's width, 320 px or 1000.
enum TextBlock {
    static let style = TextStyle(colored: false, width: 100_000)

    static func html(_ text: String) -> String {
        "<pre class=\"svar\">\(escaped(text))</pre>"
    }
}
