/**
 * GET /: what a newcomer sees after `npm start` at http://localhost:3000 — what
 * CareerCraft is, how to embed it, and the widget itself, loaded exactly as a host
 * site would load it (one script tag).
 */
import type { Request, Response } from "express";
import { escapeHtml } from "../../http/escape-html.ts";

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>CareerCraft — your career agent</title>
<style>
  :root { color-scheme: light dark; --accent: #4f46e5; }
  body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2937; background: #f8fafc; }
  @media (prefers-color-scheme: dark) { body { color: #e5e7eb; background: #0f172a; } code, pre { background: #1e293b !important; } .card { background: #111827 !important; border-color: #1f2937 !important; } }
  main { max-width: 880px; margin: 0 auto; padding: 48px 24px 120px; }
  h1 { font-size: 2.3rem; margin: 0 0 8px; letter-spacing: -0.02em; }
  .lead { font-size: 1.15rem; opacity: .85; margin: 0 0 32px; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); gap: 16px; margin: 24px 0 40px; }
  .card { background: #fff; border: 1px solid #e5e7eb; border-radius: 12px; padding: 16px 18px; }
  .card h2 { font-size: 1rem; margin: 0 0 6px; }
  .card p { margin: 0; font-size: .95rem; opacity: .85; }
  code, pre { background: #eef2ff; border-radius: 6px; font-size: .9rem; }
  pre { padding: 14px; overflow-x: auto; }
  code { padding: 1px 5px; }
  pre code { padding: 0; background: none; }
  .try { border-left: 4px solid var(--accent); padding: 4px 16px; }
</style>
</head>
<body>
<main>
  <h1>CareerCraft</h1>
  <p class="lead">A chat-first career agent. Share your resume and the job you want; it tells you whether you are
  <strong>FIT</strong> or <strong>UNFIT</strong> and why, with 11 explained scores, then plans a week-by-week roadmap to
  close the gaps, tracks your applications and drills interview questions.</p>
  <div class="grid">
    <div class="card"><h2>Reads your resume</h2><p>PDF, Word, text or a photo. Skills, experience and education become your profile.</p></div>
    <div class="card"><h2>Honest fit analysis</h2><p>Scores are computed from your profile and the job, each with its evidence; nothing is invented.</p></div>
    <div class="card"><h2>A roadmap you can follow</h2><p>Weekly goals sized to your time budget, with resources. Tick items off as you go.</p></div>
    <div class="card"><h2>Applications &amp; interviews</h2><p>Track where you applied, get reminders, and practise questions for the role.</p></div>
  </div>
  <div class="try">
    <p><strong>Try it:</strong> open the chat button in the corner. Say hello, upload your resume, then paste a job posting
    or describe the role you want (for example <em>"backend engineer, Python and AWS, Berlin"</em>).</p>
  </div>
  <h2>Put it on your site</h2>
  <p>One tag. The chat runs in a Shadow DOM, so your page's styles and the widget's never mix.</p>
  <pre><code>&lt;script src="__ORIGIN__/widget.js" data-title="Career coach" data-accent="#4f46e5" async&gt;&lt;/script&gt;</code></pre>
  <p>Optional attributes: <code>data-theme="light|dark"</code> (default follows the visitor's system), <code>data-open</code>
  (start open), and <code>data-identity</code> with a token your back end signs using <code>SITE_IDENTITY_SECRET</code> so the
  chat acts as your signed-in user. Your site's origin must be listed in <code>CORS_ORIGINS</code>.</p>
</main>
<script src="/widget.js" data-title="CareerCraft" data-accent="#4f46e5" async></script>
</body>
</html>
`;

export function demoPageRoute() {
  return (req: Request, res: Response) => {
    const origin = `${req.protocol}://${req.get("host") ?? "localhost:3000"}`;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.setHeader("Cache-Control", "no-cache");
    res.send(PAGE.replace("__ORIGIN__", escapeHtml(origin)));
  };
}
