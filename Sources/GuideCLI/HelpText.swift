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

            USAGE: guide search <query>… [--limit N] [--must] [--role NAME] [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <query>           The situation in plain Norwegian, e.g. "pårørende barn ved ALS"

            OPTIONS:
              --limit N         Number of recommendations to show (default: 10)
              --explain         Show per hit which words matched where and how the score is made
              --must            Only passages holding an obligation ("skal", "må", "plikter"), shown per hit
              --role NAME       Only recommendations in which this role acts, e.g. fastlege, "kommunal koordinator"
                                (an unknown role is a usage error listing the known ones; see 'guide role')
            \(commonOptions)

            """
        case .show?:
            return """
            OVERVIEW: Show a whole recommendation: statement, parts, checklists, legal basis, source.
            Each normative sentence is marked: [PLIKT] skal/må, [BØR] recommended, [KAN] an option,
            [FORBUD]/[BØR IKKE]/[KAN IKKE] against; "Styrke" is the norm the title carries.

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
        case .plan?:
            return """
            OVERVIEW: Show what a plan should contain for a situation: the plan checklists that fit, their items
            merged (each with its sources), and the tasks of the roles that make the plan.

            USAGE: guide plan [<situation>…] [--limit N] [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <situation>       The situation in plain Norwegian, e.g. "ME/CFS helsehjelp i hjemmet" or
                                "hva bør behandlingsplanen inneholde ved ALS" (without it: every plan checklist)

            OPTIONS:
              --limit N         Checklists of each kind to use, best fitting first (default: 10)
            \(commonOptions)

            """
        case .role?:
            return """
            OVERVIEW: Show who is to act: the roles with counts, or one role's tasks across the guidelines.

            USAGE: guide role [<name>] [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <name>            A role in any form, e.g. fastlege, fastlegen, ALS-koordinatoren,
                                "kommunal koordinator" (without it: every role, with counts).
                                Roles and their names are listed in Indexer/Resources/roles.tsv.

            OPTIONS:
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
              plan [situation]  Show what a plan should contain, merged from the guidelines' checklists
              law [act [§ n]]   Show cited acts and sections, or the advice citing one
              role [name]       Show who is to act, or one role's tasks across the guidelines
              export <topic>…   Write a handout for trainers (Markdown, HTML or JSON)
              analyze <text>…   Show how a text is analyzed (corrections, stems, synonyms)
              eval <file.tsv>   Measure search quality on judged queries
              index             (Re)build the index from the corpus
              check             Verify the index: SQLite and FTS5 integrity, schema, corpus hashes
              help [command]    Show help for a command

            OPTIONS:
              --version         Show the version
            \(commonOptions)

            The index is built on first use and rebuilt when the corpus changes.
            Exit codes: 0 success, 1 failure, 64 usage error.

            """
        case .export?:
            return """
            OVERVIEW: Write a handout for trainers: the recommendations on a topic with statement, practical
            part, checklists, legal basis, hearing-draft notices and a numbered reference list.

            USAGE: guide export <id|query>… [--format markdown|html|json] [-o FILE] [--title TEXT]
                                [--limit N] [--with-rationale] [--json] [--db PATH] [--corpus DIR]

            ARGUMENTS:
              <id|query>        Recommendation ids (as 'guide show' takes them, e.g. als/2.1) and/or
                                words to search for; an argument that names a recommendation is an id,
                                the others form the query. From the search, every recommendation scoring
                                at least 30 % of the best hit is taken, at most --limit.

            OPTIONS:
              --format F        markdown (default), html (one self-contained printable file) or json;
                                without it, -o FILE.html gives html and FILE.json gives json
              -o, --output FILE Write to FILE (atomically) instead of stdout; the path goes to stderr
              --title TEXT      Title of the handout (default: the guideline's title; never the query)
              --limit N         At most N recommendations from the search (default: 10)
              --with-rationale  Include the rationale ("Begrunnelse") of each recommendation
            \(commonOptions)

            Exit codes: 0 written, 1 nothing selected (no hits, unknown id) or not writable, 64 usage
            error (unknown format, no arguments).

            """
        }
    }
}
