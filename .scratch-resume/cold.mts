const t0 = performance.now();
const mark = (s: string) => { const u = process.cpuUsage(); console.log(s, Math.round(performance.now() - t0), "cpu", Math.round((u.user + u.system) / 1000)); };
await import("../channels/cli/program.ts"); mark("program");
await import("pdf-parse"); mark("pdf-parse");
await import("../tools/skills/extract.ts"); mark("skills");
const { parseResume } = await import("../tools/resume/parse.ts"); mark("parse mod");
const fs = await import("node:fs");
await parseResume(fs.readFileSync("/tmp/r1.pdf")); mark("parsed");
