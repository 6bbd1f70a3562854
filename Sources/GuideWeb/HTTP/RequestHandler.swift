/// What answers requests on one worker thread; each worker makes its own (and so owns its own index
/// connection), so a handler is never shared between threads.
public protocol RequestHandler {
    func respond(to request: HTTPRequest) -> HTTPResponse
}
