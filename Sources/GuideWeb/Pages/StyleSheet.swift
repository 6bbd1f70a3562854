/// `/app.css`: readable at 320 px and zoomed to 200 % (one column, relative sizes), visible focus,
/// contrast above 4.5:1, and print rules for clean A4 pages (no menu, no form, addresses written out).
enum StyleSheet {
    static let source = """
    :root { --tekst: #1a1a1a; --svak: #4a4a4a; --lenke: #0b4f9c; --merke: #fff1a8; --utkast: #8a1c00; --kant: #c8c8c8; }
    * { box-sizing: border-box; }
    html { font-family: system-ui, "DejaVu Sans", sans-serif; font-size: 100%; line-height: 1.5; color: var(--tekst); background: #fff; }
    body { margin: 0 auto; max-width: 52rem; padding: 0 1rem 2rem; overflow-wrap: anywhere; }
    a { color: var(--lenke); }
    a:focus, button:focus, input:focus, select:focus, main:focus { outline: 3px solid #d35400; outline-offset: 2px; }
    .hopp { position: absolute; left: -999rem; }
    .hopp:focus { left: 1rem; top: 1rem; background: #fff; padding: .5rem; z-index: 1; }
    .topp { border-bottom: 1px solid var(--kant); padding: .5rem 0; }
    .nettsted { margin: 0; font-weight: bold; font-size: 1.15rem; }
    .nettsted a { color: var(--tekst); text-decoration: none; }
    nav ul { list-style: none; margin: .25rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    nav a[aria-current] { font-weight: bold; text-decoration: none; }
    h1 { font-size: 1.6rem; line-height: 1.25; }
    h2 { font-size: 1.2rem; line-height: 1.3; margin-bottom: .25rem; }
    .sok { border: 1px solid var(--kant); padding: .75rem 1rem; border-radius: .25rem; }
    .felt { margin: .5rem 0; }
    .felt label { display: block; font-weight: bold; }
    input[type=search], input[type=text], select { width: 100%; max-width: 36rem; font: inherit; padding: .4rem; border: 1px solid #767676; border-radius: .2rem; }
    input[type=checkbox] { width: 1.2rem; height: 1.2rem; vertical-align: middle; }
    button { font: inherit; padding: .4rem 1rem; border: 1px solid var(--lenke); background: var(--lenke); color: #fff; border-radius: .2rem; cursor: pointer; }
    button[name=format] { background: #fff; color: var(--lenke); }
    .hjelp, .del, .kilde, .kreditt, .antall, .rettet { color: var(--svak); font-size: .95rem; }
    .filtre { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 0 1rem; align-items: start; }
    .valg { margin-top: 2rem; }
    .treffliste { padding-left: 1.5rem; }
    .treff { margin: 1.25rem 0; padding-bottom: .75rem; border-bottom: 1px solid var(--kant); }
    .treff p { margin: .25rem 0; }
    mark { background: var(--merke); color: inherit; font-weight: bold; }
    .utkast { display: inline-block; color: #fff; background: var(--utkast); padding: 0 .4rem; border-radius: .2rem; font-size: .85rem; letter-spacing: .03em; }
    .tekst, .utdrag { white-space: pre-line; }
    pre.svar { white-space: pre-wrap; font-family: inherit; }
    table { border-collapse: collapse; margin: .5rem 0 1rem; }
    th, td { text-align: left; padding: .2rem .75rem .2rem 0; border-bottom: 1px solid var(--kant); vertical-align: top; }
    td { font-variant-numeric: tabular-nums; }
    .plan li { margin: .2rem 0; }
    .kildenr, .opphav { color: var(--svak); }
    .norm { font-size: .85rem; letter-spacing: .03em; }
    .kilder li { margin-bottom: 1rem; }
    .kilder p { margin: .15rem 0; }
    .bunn { margin-top: 2rem; border-top: 1px solid var(--kant); color: var(--svak); font-size: .9rem; }
    @media print {
      @page { size: A4; margin: 18mm 16mm; }
      html { font-size: 11pt; }
      body { max-width: none; padding: 0; }
      .topp nav, .sok, .velg, .lag, .hopp, form.utdeling button { display: none; }
      a { color: inherit; text-decoration: none; }
      .kilde a::after, .lov a::after { content: " (" attr(href) ")"; font-size: .9em; }
      .treff, .anbefaling section { break-inside: avoid-page; }
      h1, h2, h3 { break-after: avoid-page; }
      .utkast { border: 1px solid #000; color: #000; background: none; }
    }

    """
}
