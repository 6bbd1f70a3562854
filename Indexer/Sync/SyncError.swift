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
            let key = keySet ? "sjekk nøkkelen i GUIDE_HAPI_KEY" : "GUIDE_HAPI_KEY er ikke satt"
            return "innholds-API-et avviste forespørselen (HTTP \(status)): \(key) (en gratis nøkkel gir bare QA: "
                + "--api \(ContentAPIAddress.qa)); ingenting ble endret"
        case .unreachable(let address, let why):
            return "når ikke innholds-API-et på \(address) (\(why)): sjekk --api / GUIDE_HAPI_URL og nettverket; "
                + "ingenting ble endret"
        case .notContentAPI(let address, let why):
            return "\(address) svarer ikke som innholds-API-et (\(why)): sjekk --api / GUIDE_HAPI_URL "
                + "(f.eks. \(ContentAPIAddress.production)); ingenting ble endret"
        case .requestFailed(let path, let why):
            return "innholds-API-et svarte ikke på \(path) (\(why)); ingenting ble endret, prøv igjen senere"
        case .mirrorUnwritable(let path, let why):
            return "kan ikke skrive den lokale kopien i \(path): \(why)"
        case .incomplete(let failed):
            return "\(failed) element\(failed == 1 ? "" : "er") kunne ikke hentes; kjør 'guide sync' igjen for å hente "
                + "det som mangler (det som ble hentet, beholdes)"
        }
    }
}
