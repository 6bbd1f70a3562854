/// A question the site could not answer as asked: the reason, and the way back.
enum ProblemPage {
    static func page(_ message: String, title: String) -> String {
        PageLayout.page(title: title, main: "<h1>\(escaped(title))</h1><p>\(escaped(message))</p><p><a href=\"/\">Til søket</a></p>")
    }
}
