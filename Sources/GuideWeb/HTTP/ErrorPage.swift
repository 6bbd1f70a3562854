/// The short Norwegian page a refused or failed request gets.
enum ErrorPage {
    static func response(_ status: HTTPStatus) -> HTTPResponse {
        let page = """
        <!DOCTYPE html>
        <html lang="nb"><head><meta charset="utf-8"><title>\(status.code) \(status.reason)</title></head>
        <body><main><h1>\(status.code) \(status.reason)</h1><p>\(status.norwegianText)</p></main></body></html>

        """
        return .html(page, status: status)
    }
}
