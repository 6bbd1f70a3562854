import GuideIndexer
import GuideKit
import GuideWeb

/// `guide serve`: the web pages and `/api/` JSON over HTTP (`GuideWeb`), on loopback unless told
/// otherwise. The index is made fresh first; a rebuild while serving is picked up request by request.
struct ServeCommand: GuideSubcommand {
    static let host = OptionDeclaration.value("--host", valueName: "ADRESSE", help: [
        "Adressen det lyttes på; en annen enn loopback lar andre maskiner nå tjeneren",
    ], defaultValue: "127.0.0.1") { value in
        value.isEmpty ? "'--host' tar en adresse, f.eks. 127.0.0.1" : nil
    }
    static let port = OptionDeclaration.value("--port", valueName: "N", help: [
        "Porten det lyttes på (0: en ledig port, oppgitt på stderr)",
    ], defaultValue: "8080") { value in
        guard let port = Int(value), (0...65535).contains(port) else { return "'--port' tar et tall fra 0 til 65535, ikke '\(value)'" }
        return nil
    }

    static let declaration = CommandDeclaration(
        name: "serve",
        overview: """
        Vis søket, anbefalingene, planene, lovene, rollene og utdelingsarkene som nettsider, og de samme svarene som JSON under /api/ (slik --json gir dem). Stopp med Ctrl-C.
        """,
        listing: ("serve", "Vis retningslinjene som nettsider og JSON"),
        options: [host, port])

    let hostName: String
    let portNumber: Int

    init(_ line: ParsedCommandLine) {
        hostName = line.value(of: Self.host) ?? "127.0.0.1"
        portNumber = line.value(of: Self.port).flatMap { Int($0) } ?? 8080
    }

    func run(in context: CommandContext) throws {
        _ = try context.openIndex()
        let server = try HTTPServer(host: hostName, port: portNumber)
        let output = context.output
        let shownHost = hostName.contains(":") ? "[\(hostName)]" : hostName
        output.error("guide serve: lytter på http://\(shownHost):\(server.port)/ (Ctrl-C stopper)")
        if !Self.isLoopback(hostName) {
            output.error("guide serve: merk: alle som når denne maskinen på \(hostName):\(server.port) kan bruke tjenesten; uten --host svarer den bare lokalt")
        }
        let location = context.knowledgeBase.location
        server.run { Site(location: location, failures: output.error) }
        output.error("guide serve: stoppet")
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
