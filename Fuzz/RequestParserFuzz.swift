import GuideWeb

// libFuzzer target: any bytes as what a client sent, through the HTTP request parser with the
// server's limits. Built and run by `.ci/fuzz`; a crash, a hang or a broken invariant is a finding.

private let parser = RequestParser()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRequest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch parser.parse(bytes) {
    case .incomplete:
        // Waiting for more is only allowed within the head limit.
        precondition(size <= parser.limits.head, "waits past the head limit")
    case .request(let request, let headLength):
        precondition(headLength > 0 && headLength <= size, "head length \(headLength) of \(size) bytes")
        precondition(headLength <= parser.limits.head, "a head past the limit accepted")
        precondition(request.path.hasPrefix("/"), "a path not starting with /")
    case .refused(let status):
        precondition((400..<600).contains(status.code), "refused with \(status.code)")
    }
    return 0
}
