/**
 * The widget's styles, scoped by its Shadow DOM: the host page's CSS cannot reach in
 * and these rules cannot leak out. Colours are variables so the theme (light, dark,
 * or the visitor's system setting) and the site's accent colour switch them in one place.
 */
export const STYLES = `
:host { all: initial !important; }
.root { --accent: #4f46e5; --accent-ink: #fff; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; letter-spacing: normal; text-align: left; }
.root { --bg: #ffffff; --bg2: #f3f4f6; --ink: #111827; --muted: #6b7280; --line: #e5e7eb; --user: var(--accent); --user-ink: var(--accent-ink);
  --good: #16a34a; --mid: #d97706; --low: #dc2626; --none: #9ca3af; --shadow: 0 12px 40px rgba(15,23,42,.18); color: var(--ink); }
.root.dark { --bg: #111827; --bg2: #1f2937; --ink: #f3f4f6; --muted: #9ca3af; --line: #374151; --good: #22c55e; --mid: #f59e0b; --low: #f87171; --none: #6b7280; --shadow: 0 12px 40px rgba(0,0,0,.55); }
*, *::before, *::after { box-sizing: border-box; }
button, input, textarea { font: inherit; color: inherit; }
:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; width: 56px; height: 56px; border-radius: 50%; border: 0; cursor: pointer;
  background: var(--accent); color: var(--accent-ink); box-shadow: var(--shadow); display: grid; place-items: center; }
.launcher svg { width: 26px; height: 26px; }
.panel { position: fixed; right: 20px; bottom: 88px; z-index: 2147483000; width: 400px; height: min(640px, calc(100vh - 110px)); display: flex; flex-direction: column;
  background: var(--bg); border: 1px solid var(--line); border-radius: 16px; box-shadow: var(--shadow); overflow: hidden; }
.panel[hidden] { display: none; }
.head { display: flex; align-items: center; gap: 8px; padding: 12px 14px; background: var(--accent); color: var(--accent-ink); }
.head h2 { flex: 1; margin: 0; font-size: 15px; font-weight: 600; }
.icon { background: transparent; border: 0; color: inherit; cursor: pointer; width: 32px; height: 32px; border-radius: 8px; display: grid; place-items: center; }
.icon:hover { background: rgba(255,255,255,.18); }
.icon svg { width: 18px; height: 18px; }
.log { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 10px; background: var(--bg); }
.msg { max-width: 88%; padding: 9px 12px; border-radius: 14px; word-wrap: break-word; overflow-wrap: anywhere; }
.msg p { margin: 0 0 6px; } .msg p:last-child { margin-bottom: 0; }
.msg ul { margin: 4px 0; padding-left: 18px; }
.msg code { background: var(--bg); padding: 0 4px; border-radius: 4px; font-size: 12px; }
.msg a { color: inherit; }
.user { align-self: flex-end; background: var(--user); color: var(--user-ink); border-bottom-right-radius: 4px; }
.bot { align-self: flex-start; background: var(--bg2); border-bottom-left-radius: 4px; }
.bot.parts { background: transparent; padding: 0; max-width: 100%; width: 100%; display: flex; flex-direction: column; gap: 8px; }
.attach-note { font-size: 12px; opacity: .85; display: block; }
.user.waiting { opacity: .6; }
.error { color: var(--low); }
.typing::after { content: "▍"; animation: blink 1s steps(2) infinite; }
@keyframes blink { 50% { opacity: 0; } }
.status { padding: 6px 14px; font-size: 12px; color: var(--muted); border-top: 1px solid var(--line); display: flex; align-items: center; gap: 8px; }
.status[hidden] { display: none; }
.spinner { width: 12px; height: 12px; border-radius: 50%; border: 2px solid var(--line); border-top-color: var(--accent); animation: spin .8s linear infinite; flex: none; }
@keyframes spin { to { transform: rotate(360deg); } }
.progress { flex: 1; height: 6px; background: var(--bg2); border-radius: 3px; overflow: hidden; }
.progress > span { display: block; height: 100%; background: var(--accent); width: 0; transition: width .15s; }
.composer { display: flex; align-items: flex-end; gap: 6px; padding: 10px; border-top: 1px solid var(--line); background: var(--bg); }
.composer textarea { flex: 1; resize: none; border: 1px solid var(--line); border-radius: 10px; padding: 8px 10px; background: var(--bg); max-height: 120px; min-height: 38px; }
.composer .icon { color: var(--muted); width: 38px; height: 38px; }
.composer .icon:hover { background: var(--bg2); }
.send { background: var(--accent) !important; color: var(--accent-ink) !important; }
.send svg + svg, .root[data-busy] .send svg:first-child { display: none; }
.root[data-busy] .send svg + svg { display: block; }
.note { align-self: flex-start; padding-left: 4px; }
.drop { position: absolute; inset: 0; background: color-mix(in srgb, var(--accent) 14%, var(--bg)); border: 2px dashed var(--accent); border-radius: 16px;
  display: grid; place-items: center; font-weight: 600; color: var(--ink); pointer-events: none; }
.drop[hidden] { display: none; }
.chips { display: flex; flex-wrap: wrap; gap: 6px; }
.chip { border: 1px solid var(--accent); color: var(--ink); background: var(--bg); border-radius: 999px; padding: 5px 12px; cursor: pointer; font-size: 13px; }
.chip:hover { background: var(--bg2); }
.item-action { margin-left: 8px; border: 1px solid var(--accent); color: var(--ink); background: var(--bg); border-radius: 6px; padding: 1px 8px; cursor: pointer; font-size: 12px; }
.item-action:disabled { opacity: .5; cursor: default; }
.card { border: 1px solid var(--line); border-radius: 12px; padding: 12px; background: var(--bg); margin: 0; }
.card h3 { margin: 0 0 6px; font-size: 14px; }
.card ul { list-style: none; margin: 0; padding: 0; }
.muted { color: var(--muted); font-size: 12px; }
.explain { margin: 4px 0 2px; font-size: 12px; color: var(--muted); }
.score-head { display: flex; align-items: center; gap: 10px; margin-bottom: 8px; }
.score-title { display: flex; flex-direction: column; }
.badge { font-weight: 700; font-size: 13px; letter-spacing: .04em; padding: 4px 10px; border-radius: 8px; color: #fff; }
.badge.fit { background: var(--good); } .badge.unfit { background: var(--low); }
.scores li + li { margin-top: 2px; }
.score summary { display: grid; grid-template-columns: 132px 1fr 30px; align-items: center; gap: 8px; cursor: pointer; list-style: none; padding: 2px 0; font-size: 12.5px; }
.score summary::-webkit-details-marker { display: none; }
.score-value { text-align: right; font-variant-numeric: tabular-nums; font-weight: 600; }
.bar { height: 8px; background: var(--bg2); border-radius: 4px; overflow: hidden; display: block; }
.bar .fill { display: block; height: 100%; border-radius: 4px; }
.bar.good .fill { background: var(--good); } .bar.mid .fill { background: var(--mid); } .bar.low .fill { background: var(--low); } .bar.none .fill { background: var(--none); }
.gap { display: flex; gap: 8px; align-items: flex-start; padding: 6px 0; border-top: 1px solid var(--line); }
.gap:first-child { border-top: 0; }
.sev { font-size: 11px; font-weight: 700; text-transform: uppercase; padding: 2px 6px; border-radius: 6px; color: #fff; flex: none; min-width: 62px; text-align: center; }
.sev-critical { background: #b91c1c; } .sev-high { background: #ea580c; } .sev-medium { background: #ca8a04; } .sev-low { background: #64748b; }
.timeline { list-style: none; margin: 6px 0 0; padding: 0 0 0 14px; border-left: 2px solid var(--line); }
.week { position: relative; padding: 0 0 10px 10px; }
.week::before { content: ""; position: absolute; left: -21px; top: 5px; width: 10px; height: 10px; border-radius: 50%; background: var(--accent); border: 2px solid var(--bg); }
.week-head { font-size: 13px; }
.items label { display: flex; gap: 6px; align-items: flex-start; font-size: 13px; padding: 2px 0; cursor: pointer; }
.items input { margin-top: 3px; accent-color: var(--accent); }
.items input:checked + span { text-decoration: line-through; color: var(--muted); }
.more-weeks summary { cursor: pointer; color: var(--accent); font-size: 13px; margin: 4px 0; }
.root.dark .more-weeks summary { color: color-mix(in srgb, var(--accent) 55%, #fff); }
.checkpoint { margin: 2px 0 0; font-size: 12px; font-style: italic; color: var(--muted); }
.list li { padding: 3px 0; font-size: 13px; }
.list a, .items a { color: var(--accent); }
.root.dark .list a, .root.dark .items a, .root.dark .file { color: color-mix(in srgb, var(--accent) 55%, #fff); }
.chart img { max-width: 100%; display: block; background: #fff; border-radius: 8px; }
.chart figcaption { font-size: 12px; color: var(--muted); margin-top: 4px; }
.file { color: var(--accent); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 520px) {
  .panel { right: 0; bottom: 0; width: 100vw; height: 100%; max-height: none; border-radius: 0; border: 0; }
  .launcher { right: 14px; bottom: 14px; }
  .root.open .launcher { display: none; }
  .score summary { grid-template-columns: 124px 1fr 28px; }
}
@media (prefers-reduced-motion: reduce) { * { animation: none !important; transition: none !important; } }
`;
