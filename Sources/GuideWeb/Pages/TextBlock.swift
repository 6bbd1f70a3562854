/// A renderer's plain text (no colour) as HTML: escaped, in a block that keeps its line breaks and wraps
/// to the screen's width. The plan, law and role pages show the CLI's own text this way.
enum TextBlock {
    static func html(_ text: String) -> String {
        "<pre class=\"svar\">\(escaped(text))</pre>"
    }
}
