/// The pack's styles, inline in its page: readable from a phone's width to a laptop's
/// (tables and charts scroll sideways rather than squeeze), dark when the reader's system
/// is, and printed on A4 landscape with each section on a new page and table headings
/// repeated on each.
enum PageStyle {
    static let css = """
        :root { color-scheme: light dark; --text: #1b1b1b; --page: #ffffff; --muted: #5a5a5a; --rule: #c8c8c8;
          --head: #eef1f4; --bar: #2c6fae; }
        @media (prefers-color-scheme: dark) {
          :root { --text: #e6e6e6; --page: #15171a; --muted: #a8a8a8; --rule: #454a50; --head: #23272d; --bar: #6aa9e0; }
        }
        body { margin: 0; background: var(--page); color: var(--text);
          font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        h1 { font-size: 1.7rem; margin: .5rem 0; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .4rem; padding-top: .6rem; border-top: 2px solid var(--rule); }
        .as-at { font-size: 1.15rem; }
        .note, .statement { color: var(--muted); font-size: .85rem; margin: .3rem 0; }
        .statement code { font: .8rem/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; white-space: pre-wrap;
          overflow-wrap: anywhere; }
        .result { margin: 1rem 0 1.5rem; }
        .scroll { overflow-x: auto; max-width: 100%; -webkit-overflow-scrolling: touch; }
        table { border-collapse: collapse; font-size: .9rem; margin: .3rem 0; }
        caption { caption-side: top; text-align: left; font-weight: 600; padding: .2rem 0 .4rem; }
        th, td { border-bottom: 1px solid var(--rule); padding: .3rem .6rem; text-align: left; vertical-align: top; }
        td { max-width: 20rem; overflow-wrap: break-word; }
        th { background: var(--head); white-space: nowrap; }
        .num { text-align: right; font-variant-numeric: tabular-nums; }
        .nowrap { white-space: nowrap; }
        tfoot td { font-weight: 600; }
        figure { margin: 0; }
        svg.chart { display: block; height: auto; color: var(--text); }
        svg.chart text { fill: currentColor; }
        svg.chart .heading { font-weight: 600; }
        svg.chart .axis { stroke: currentColor; stroke-width: 1; }
        svg.chart .grid { stroke: var(--rule); stroke-width: .5; }
        svg.chart .bar { fill: var(--bar); }
        svg.chart .span { stroke: var(--muted); stroke-width: 2; }
        svg.chart .diagonal { fill: none; stroke: var(--muted); stroke-width: 1; stroke-dasharray: 4 3; }
        svg.chart .trend { fill: none; stroke-width: 1.5; }
        details { margin: .4rem 0; }
        summary { cursor: pointer; color: var(--muted); font-size: .9rem; }
        @media (max-width: 40rem) {
          main { padding: .5rem .6rem 2rem; }
          h1 { font-size: 1.35rem; }
          table { font-size: .8rem; }
          th, td { padding: .25rem .4rem; }
        }
        @page { size: A4 landscape; margin: 12mm; }
        @media print {
          :root { --text: #000; --page: #fff; --muted: #444; --rule: #999; --head: #e8e8e8; --bar: #555; }
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          h2 { break-before: page; border-top: none; margin-top: 0; }
          thead { display: table-header-group; }
          tr, svg.chart { break-inside: avoid; }
          svg.chart { width: auto !important; height: auto; min-width: 0 !important; max-width: 100% !important; max-height: 105mm; }
          .scroll { overflow: visible; }
          summary { display: none; }
        }

        """
}
