/// The handout's inline style sheet: readable on screen, and on paper A4 with the hearing-draft
/// notice kept in colour, headings kept with what follows, and long addresses wrapped.
enum HandoutStyleSheet {
    static let css = """
    :root { color-scheme: light; }
    body { font-family: "DejaVu Sans", "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt;
           line-height: 1.45; color: #1a1a1a; background: #fff; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; }
    h1 { font-size: 1.8em; margin: 0 0 .2em; line-height: 1.2; }
    h2 { font-size: 1.25em; margin: 1.6em 0 .3em; line-height: 1.3; }
    h3 { font-size: 1.02em; margin: 1em 0 .3em; color: #0b4f6c; }
    p { margin: .4em 0; }
    a { color: #0b4f6c; }
    .subtitle, .origin, .source, .excerpt { color: #555; font-size: .9em; }
    .excerpt { font-style: italic; }
    .number { color: #0b4f6c; }
    .cite { font-size: .8em; text-decoration: none; vertical-align: super; }
    .draft { border: 2px solid #b3261e; background: #fdecea; color: #5f1410; padding: .5em .75em; margin: .6em 0;
             border-radius: 4px; }
    .draft strong { color: #b3261e; }
    ul.checklist { margin: .3em 0 .6em 1.4em; padding: 0; list-style-type: disc; }
    ul.checklist ul.checklist { list-style-type: circle; margin-bottom: .2em; }
    .lead-in { font-weight: 600; margin-bottom: .2em; }
    .legal ul { margin: .3em 0 .6em 1.4em; padding: 0; }
    article { border-top: 1px solid #ccc; margin-top: 1.6em; }
    .references { border-top: 2px solid #1a1a1a; margin-top: 2.4em; }
    .references ol { padding-left: 1.6em; }
    .references li { margin: .5em 0; }
    a, .source, .references li, .legal li { overflow-wrap: anywhere; word-break: break-word; }
    @page { size: A4; margin: 18mm 16mm 20mm; }
    @media print {
      body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
      a { color: inherit; text-decoration: none; }
      .draft { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      h1, h2, h3, .lead-in { break-after: avoid; page-break-after: avoid; }
      li, .draft, .source, .references li { break-inside: avoid; page-break-inside: avoid; }
      .source { break-before: avoid; page-break-before: avoid; }
      .references { break-before: auto; }
    }

    """
}
