/// What stops a sync as a whole, each said in one line with what to check. The key is never shown.
public enum SyncError: Error, CustomStringConvertible, Sendable {
    case refused(status: Int, keySet: Bool)
    case unreachable(address: String, why: String)
    case notContentAPI(address: String, why: String)
    /// A list the walk needs did not answer, after retries.
    case requestFailed(path: String, why: String)
    case mirrorUnwritable(path: String, why: String)
    /// Some items could not be fetched; the rest is stored and a rerun fetches only what is missing.
    case incomplete(failed: Int)

    public var description: String {
        switch self {
        case .refused(let status, let keySet):
            let key = keySet ? "check the key in GUIDE_HAPI_KEY" : "GUIDE_HAPI_KEY is not set"
            return "the content API refused the request (HTTP \(status)): \(key) (a free key reaches only QA: "
                + "--api \(ContentAPIAddress.qa)); nothing was changed"
        case .unreachable(let address, let why):
            return "cannot reach the content API at \(address) (\(why)): check --api / GUIDE_HAPI_URL and the network; "
                + "nothing was changed"
        case .notContentAPI(let address, let why):
            return "\(address) does not answer as the content API (\(why)): check --api / GUIDE_HAPI_URL "
                + "(e.g. \(ContentAPIAddress.production)); nothing was changed"
        case .requestFailed(let path, let why):
            return "the content API did not answer \(path) (\(why)); nothing was changed, try again later"
        case .mirrorUnwritable(let path, let why):
            return "cannot write the local copy at \(path): \(why)"
        case .incomplete(let failed):
            return "\(failed) item\(failed == 1 ? "" : "s") could not be fetched; run 'guide sync' again to fetch "
                + "what is missing (what was fetched is kept)"
        }
    }
}
