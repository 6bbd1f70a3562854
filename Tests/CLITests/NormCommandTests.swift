import Foundation
import XCTest

/// Norms and roles end to end on a copy of the bundled corpus: `show` marks, `search --must`,
/// `search --role`, `guide role`, their JSON, and odd role names.
final class NormCommandTests: XCTestCase {
    private var corpus: URL!

    override func setUpWithError() throws {
        corpus = try GuideProcess.corpusCopy()
    }

    private func guide(_ arguments: [String]) throws -> GuideProcess.Result {
        try GuideProcess.run(arguments, corpus: corpus, environment: ["NO_COLOR": "1"])
    }

    func testShowMarksEachNormativeSentenceAndTheStrength() throws {
        let result = try guide(["show", "als/1.3"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let out = result.stdout
        XCTAssertTrue(out.contains("Styrke: anbefaling («bør»)\n"), out)
        XCTAssertTrue(out.contains("[SKAL/MÅ] ALS-pasienten skal samtykke til å involvere pårørende. [BØR] Om pasienten samtykker, bør"), out)
        let flat = out.replacingOccurrences(of: "\n", with: " ")
        XCTAssertTrue(flat.contains("[PLIKT] Pasienter med samtykkekompetanse må samtykke"), "cites § 3.3: \(out)")
        XCTAssertTrue(out.contains("[BØR] Informasjonen bør inkludere valgmuligheter"), out)
        XCTAssertTrue(out.contains("[KAN] Rådet kan følges ved at:"), out)
        XCTAssertTrue(out.contains("  • ALS-teamet avklarer med pasienten"), "no mark on a line without a norm: \(out)")
        XCTAssertTrue(out.contains("Merking: [PLIKT] plikt med hjemmel"), out)
        XCTAssertTrue(flat.contains("[SKAL/MÅ] skal/må, uten hjemmel oppgitt"), out)
        XCTAssertFalse(out.contains("\u{1B}["), "no colour when not on a terminal")
        let text = try guide(["show", "als/3.1"]).stdout
        XCTAssertFalse(text.contains("Styrke:"), "a text page has no strength: \(text)")
    }

    func testShowJSONCarriesStrengthAndStatementsPerSection() throws {
        let result = try guide(["show", "--json", "me-cfs/1.1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let recommendation = try XCTUnwrap(try GuideProcess.json(result.stdout)["recommendation"] as? [String: Any])
        let strength = try XCTUnwrap(recommendation["strength"] as? [String: Any])
        XCTAssertEqual(strength["norm"] as? String, "recommendation")
        XCTAssertEqual(strength["direction"] as? String, "for")
        let sections = try XCTUnwrap(recommendation["sections"] as? [[String: Any]])
        let statements = sections.flatMap { $0["statements"] as? [[String: Any]] ?? [] }
        let duty = try XCTUnwrap(statements.first { ($0["text"] as? String)?.hasPrefix("Virksomhetsleder må sørge for") == true })
        XCTAssertEqual(duty["norm"] as? String, "obligation")
        XCTAssertEqual((duty["cue"] as? [String: Any])?["text"] as? String, "må")
        XCTAssertEqual(Set(duty.keys), ["cue", "direction", "end", "lines", "norm", "roles", "start", "text", "unit"])
        let legal = try XCTUnwrap(statements.first { ($0["text"] as? String)?.hasPrefix("Helsepersonell må sørge for at barn") == true })
        XCTAssertEqual(legal["norm"] as? String, "legal_duty", "it cites helsepersonelloven § 10a")
        let roles = try XCTUnwrap(duty["roles"] as? [[String: Any]])
        XCTAssertEqual(roles.first?["role"] as? String, "virksomhetsleder")
        XCTAssertEqual(roles.first?["actor"] as? Bool, true)
    }

    func testSearchMustShowsTheObligationOfEachHit() throws {
        let result = try guide(["search", "--must", "pårørende", "samtykke"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let hits = result.stdout.components(separatedBy: "\n").filter { $0.range(of: #"^\d+\.\s"#, options: .regularExpression) != nil }
        XCTAssertFalse(hits.isEmpty, result.stdout)
        let tagged = result.stdout.components(separatedBy: "\n    [PLIKT] ").count + result.stdout.components(separatedBy: "\n    [SKAL/MÅ] ").count - 2
        XCTAssertGreaterThanOrEqual(tagged, hits.count, result.stdout)
        XCTAssertTrue(result.stdout.contains("Merking: [PLIKT]"), "the tags explained: \(result.stdout)")
        let data = try GuideProcess.json(try guide(["search", "--json", "--must", "pårørende", "samtykke"]).stdout)
        let results = try XCTUnwrap(data["results"] as? [[String: Any]])
        for hit in results {
            let obligations = try XCTUnwrap(hit["obligations"] as? [[String: Any]])
            XCTAssertFalse(obligations.isEmpty)
            XCTAssertTrue(obligations.allSatisfy { ["legal_duty", "obligation"].contains($0["norm"] as? String) })
        }
        let plain = try GuideProcess.json(try guide(["search", "--json", "pårørende"]).stdout)
        let first = try XCTUnwrap((plain["results"] as? [[String: Any]])?.first)
        XCTAssertTrue(first["obligations"] is NSNull, "the key is always there, null without --must")
    }

    func testSearchRoleFiltersAndAnUnknownRoleIsAUsageError() throws {
        let result = try guide(["search", "--role", "virksomhetslederen", "oppfølging"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("guide show me-cfs-helsehjelp-i-hjemmet-eller-pa-institusjon/1.1"), result.stdout)
        XCTAssertFalse(result.stdout.contains("guide show als-"), result.stdout)
        let none = try guide(["search", "--role=fysioterapeut", "oppfølging"])
        XCTAssertEqual(none.status, 0, none.stderr)
        XCTAssertTrue(none.stdout.hasPrefix("Ingen treff"), none.stdout)
        for odd in ["tannlege", "'; DROP TABLE roles; --", "%_"] {
            let bad = try guide(["search", "--role", odd, "oppfølging"])
            XCTAssertEqual(bad.status, 64, odd)
            XCTAssertTrue(bad.stderr.contains("ukjent rolle: «\(odd)»"), bad.stderr)
            XCTAssertTrue(bad.stderr.contains("Kjente roller: fastlege,"), bad.stderr)
            XCTAssertEqual(bad.stdout, "")
        }
        XCTAssertEqual(try guide(["search", "--role", "", "x"]).status, 64)
        XCTAssertEqual(try guide(["search", "oppfølging", "--role"]).status, 64)
    }

    func testRoleListsRolesWithCountsAndOneRolesTasks() throws {
        let overview = try guide(["role"])
        XCTAssertEqual(overview.status, 0, overview.stderr)
        XCTAssertTrue(overview.stdout.hasPrefix("Rolle"), overview.stdout)
        XCTAssertTrue(overview.stdout.contains("\nALS-koordinator "), overview.stdout)
        XCTAssertTrue(overview.stdout.contains("Ikke nevnt i rådene: fysioterapeut"), overview.stdout)

        let tasks = try guide(["role", "Fastlegen"])
        XCTAssertEqual(tasks.status, 0, tasks.stderr)
        let out = tasks.stdout
        XCTAssertTrue(out.hasPrefix("Oppgaver for fastlege · 2 råd\n"), out)
        XCTAssertTrue(out.contains("HØRINGSUTKAST"), out)
        XCTAssertTrue(out.contains("pasientens fastlege ivaretar følgende oppgaver:"), out)
        XCTAssertTrue(out.contains("• sikrer at ALS-pasienten og de pårørende får tilpasset oppfølging i hjemmet"), out)
        XCTAssertTrue(out.contains("Kilde: Corpus/als-samhandling-og-oppfolging.txt:"), out)
        XCTAssertTrue(out.contains("Vis hele: guide show als-samhandling-og-oppfolging/1.2"), out)

        let empty = try guide(["role", "fysioterapeuten"])
        XCTAssertEqual(empty.status, 0)
        XCTAssertTrue(empty.stdout.hasPrefix("Ingen treff"), empty.stdout)
    }

    func testRoleJSONAndOddNames() throws {
        let overview = try GuideProcess.json(try guide(["role", "--json"]).stdout)
        let roles = try XCTUnwrap(overview["roles"] as? [[String: Any]])
        XCTAssertEqual(Set(roles.first?.keys.map { $0 } ?? []), ["mentions", "name", "recommendations", "tasks"])
        let tasks = try GuideProcess.json(try guide(["role", "--json", "ALS-koordinatoren"]).stdout)
        XCTAssertEqual(tasks["role"] as? String, "ALS-koordinator")
        XCTAssertEqual(tasks["query"] as? String, "ALS-koordinatoren")
        let first = try XCTUnwrap((tasks["recommendations"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(first.keys), ["chapter", "guideline", "recommendation", "source", "strength", "tasks"])
        XCTAssertEqual((first["guideline"] as? [String: Any])?["status"] as? String, "hearingDraft")
        let task = try XCTUnwrap((first["tasks"] as? [[String: Any]])?.first)
        XCTAssertEqual(Set(task.keys), ["items", "part", "statement"])

        for odd in ["tannlege", "'; DROP TABLE roles; --", "§ 10a", "-", "ø"] {
            let result = try guide(["role", "--", odd])
            XCTAssertEqual(result.status, 1, odd)
            XCTAssertTrue(result.stderr.contains("ukjent rolle"), result.stderr)
            XCTAssertEqual(result.stdout, "")
        }
        let suggestion = try guide(["role", "sosionon"])
        XCTAssertTrue(suggestion.stderr.contains("mente du «sosionom»?"), suggestion.stderr)
    }
}
