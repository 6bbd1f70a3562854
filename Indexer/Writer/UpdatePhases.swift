import Foundation

/// Where an in-place update's time goes, phase by phase, on stderr when `GUIDE_UPDATE_PHASES` is set
/// (documented in the README beside the benchmark); otherwise nothing is kept or printed.
struct UpdatePhases {
    static let variable = "GUIDE_UPDATE_PHASES"
    private let enabled = ProcessInfo.processInfo.environment[Self.variable] != nil
    private var last = Date()

    /// Ends the phase running since the previous mark (or since this clock began), named `name`.
    mutating func mark(_ name: String) {
        guard enabled else { return }
        let now = Date()
        FileHandle.standardError.write(Data(String(format: "update phase %@: %.3f s\n", name, now.timeIntervalSince(last)).utf8))
        last = now
    }
}
