/// Help pages: fixed layout (OVERVIEW, USAGE, ARGUMENTS, OPTIONS, COMMANDS), printed to stdout.
enum HelpText {
    static let version = "guide 0.1.0"

    static let commonOptions = """
      --db PATH         Index file (default: $GUIDE_DB, else <corpus>/.guide-index.sqlite)
      --corpus DIR      Corpus directory (default: $GUIDE_CORPUS, else ./Corpus)
      --json            Machine-readable output (stable, sorted keys)
      -h, --help        Show help
    """

    static func page(for command: Invocation.Command?) -> String {
        switch command {
        case .search?:
            return """
            OVERVIEW: Find what the guidelines say about a situation.

            USAGE: guide search <query>… [--limit N] [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <query>           The situation in plain Norwegian, e.g. "pårørende barn ved ALS"

            OPTIONS:
              --limit N         Number of recommendations to show (default: 10)
              --explain         Show per hit which words matched where and how the score is made
            \(commonOptions)

            """
        case .show?:
            return """
            OVERVIEW: Show a whole recommendation: statement, parts, checklists, legal basis, source.

            USAGE: guide show <id> [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <id>              A recommendation id from 'guide list' or a search hit, e.g.
                                als-samhandling-og-oppfolging/1.1 (the guideline part may be shortened: als/1.1)

            OPTIONS:
            \(commonOptions)

            """
        case .list?:
            return """
            OVERVIEW: List guidelines, chapters and recommendations with their ids.

            USAGE: guide list [--json] [--db PATH] [--corpus DIR]

            OPTIONS:
            \(commonOptions)

            """
        case .law?:
            return """
            OVERVIEW: Show the acts and sections the guidelines cite, or the advice that cites one.

            USAGE: guide law [<act> [§ <section>]] [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <act>             An act or regulation by name, short name or abbreviation, e.g.
                                helsepersonelloven, "lov om helsepersonell", hpl, pbrl, sphl, hol
                                (without it: every act and section cited, with counts)
              <section>         A section, e.g. "§ 10a", "10 a", "§ 3.3", or "kapittel 3"
                                (without it: every citation of the act)

            OPTIONS:
            \(commonOptions)

            """
        case .index?:
            return """
            OVERVIEW: Build the index from the corpus (aside, then swapped in atomically).

            USAGE: guide index [--db PATH] [--corpus DIR]

            OPTIONS:
            \(commonOptions)

            """
        case .analyze?:
            return """
            OVERVIEW: Show what search makes of a text: words searched, corrections, stems, compound parts, synonyms.

            USAGE: guide analyze <text>… [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <text>            Any text, e.g. "parorende oppfølgingsplan BPA"

            OPTIONS:
            \(commonOptions)

            """
        case .eval?:
            return """
            OVERVIEW: Measure search quality on judged queries (hit@1, hit@3, MRR, nDCG@5 per recommendation).

            USAGE: guide eval <queries.tsv> [--keys FILE] [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <queries.tsv>     Lines 'id<TAB>query<TAB>KEY=grade …' (2 = the answer, 1 = also relevant)

            OPTIONS:
              --keys FILE       Lines 'key<TAB>title fragment' (default: keys.tsv beside the queries)
            \(commonOptions)

            """
        case .check?:
            return """
            OVERVIEW: Verify the index: SQLite and FTS5 integrity, schema version, the build of guide that
            wrote it, and that it matches the corpus file by file. Never changes the index.

            USAGE: guide check [--json] [--db PATH] [--corpus DIR]

            OPTIONS:
            \(commonOptions)

            Exit codes: 0 the index is healthy, 1 a check failed (each failure says what to do).

            """
        case .help?, nil:
            return """
            OVERVIEW: What Norway's national health guidelines say about a situation in care.

            USAGE: guide <command> [options]

            COMMANDS:
              search <query>…   Find the advice, checklists and legal references for a situation
              show <id>         Show a whole recommendation with its source
              list              List guidelines, chapters and recommendations
              law [act [§ n]]   Show cited acts and sections, or the advice citing one
              index             (Re)build the index from the corpus
              eval <file.tsv>   Measure search quality on judged queries
              analyze <text>…   Show how a text is analyzed (corrections, stems, synonyms)
              help [command]    Show help for a command
              check             Verify the index: SQLite and FTS5 integrity, schema, corpus hashes

            OPTIONS:
              --version         Show the version
            \(commonOptions)

            The index is built on first use and rebuilt when the corpus changes.
            Exit codes: 0 success, 1 failure, 64 usage error.

            """
        }
    }
}
