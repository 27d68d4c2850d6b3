/**
 * Aggregates of intent-heldout.ts's `--out` readings, never the messages: per expected intent
 * recall, per read intent precision, the confusion pairs (expected -> read) with counts, and with
 * a second file the paired change (messages turned right / wrong) per split, language and intent.
 * For whoever writes training lines: it tells which KINDS of message the model misses without
 * showing a held-out line (the splits measure the project from outside; reading them would tune
 * the lines to them).
 *   node --import tsx scripts/intent-heldout-confusions.ts BEFORE.json [AFTER.json] [--share W] [--top N]
 */
import { readFileSync } from "node:fs";
import { blend, NLPJS_SHARE } from "../agent/planner/nlu/intent-model.ts";
import { arg } from "./intent-design-flags.ts";
import { messageRight, type Scored } from "./intent-heldout-sets.ts";

const share = arg("--share", NLPJS_SHARE);
const top = arg("--top", 40);
const files = process.argv
  .slice(2)
  .filter((a, i, all) => a.endsWith(".json") && !all[i - 1]?.startsWith("--"));

interface Reading {
  set: string;
  lang: string;
  context: string;
  /** The expected intents as the set writes them ("a|b"). */
  gold: string;
  read: string;
  right: boolean;
  /** None of the expected intents is a class of the model (a planner rule's tool, e.g. save_background). */
  unreachable: boolean;
}

function load(file: string): Reading[] {
  const raw = JSON.parse(readFileSync(file, "utf8")) as (Omit<Scored, "readings"> & {
    readings: { nlpjs: [string, number][]; linear: [string, number][] };
  })[];
  const classes = new Set(raw.flatMap((s) => s.readings.linear.map(([intent]) => intent)));
  return raw
    .filter((s) => s.lang !== "other")
    .map((s) => {
      const readings = { nlpjs: new Map(s.readings.nlpjs), linear: new Map(s.readings.linear) };
      const [first] = blend(readings, share);
      const read = first?.intent ?? "(nothing)";
      return {
        set: s.set ?? "?",
        lang: s.lang ?? "?",
        context: s.context ?? "none",
        gold: s.gold.join("|"),
        read,
        right: !!first && messageRight(read, { ...s, readings }),
        unreachable: !s.gold.some((g) => classes.has(g) || g === "none" || g === "clarify"),
      };
    });
}

const count = <T>(items: T[], key: (t: T) => string) => {
  const m = new Map<string, number>();
  for (const t of items) m.set(key(t), (m.get(key(t)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
};

function report(rs: Reading[]) {
  const unreachable = rs.filter((r) => r.unreachable);
  const reachable = rs.filter((r) => !r.unreachable);
  console.log(
    `${rs.length} messages; ${unreachable.length} expect only intents the model has no class for (${count(
      unreachable,
      (r) => r.gold,
    )
      .map(([g, n]) => `${g} ${n}`)
      .join(
        ", ",
      )}): accuracy ${(rs.filter((r) => r.right).length / rs.length).toFixed(3)}, on the ${reachable.length} others ${(reachable.filter((r) => r.right).length / Math.max(1, reachable.length)).toFixed(3)}\n`,
  );
  console.log("| expected | n | recall | wrong |\n| --- | --- | --- | --- |");
  const byGold = count(rs, (r) => r.gold);
  for (const [gold, n] of byGold) {
    const ok = rs.filter((r) => r.gold === gold && r.right).length;
    if (n - ok > 0) console.log(`| ${gold} | ${n} | ${(ok / n).toFixed(3)} | ${n - ok} |`);
  }
  console.log("\n| read as | n | precision | wrong |\n| --- | --- | --- | --- |");
  for (const [read, n] of count(rs, (r) => r.read)) {
    const ok = rs.filter((r) => r.read === read && r.right).length;
    if (n - ok > 0) console.log(`| ${read} | ${n} | ${(ok / n).toFixed(3)} | ${n - ok} |`);
  }
  const wrong = rs.filter((r) => !r.right);
  console.log(`\nconfusion pairs (expected -> read), ${wrong.length} wrong in all, top ${top}:`);
  for (const [pair, n] of count(wrong, (r) => `${r.gold} -> ${r.read}`).slice(0, top))
    console.log(`  ${n}\t${pair}`);
  console.log("\nwrong by language / context (expected -> read, count >= 2):");
  for (const [pair, n] of count(wrong, (r) => `${r.lang} ${r.context}: ${r.gold} -> ${r.read}`))
    if (n >= 2) console.log(`  ${n}\t${pair}`);
}

function compare(a: Reading[], b: Reading[]) {
  if (a.length !== b.length)
    throw new Error(`the two files read different message counts: ${a.length} / ${b.length}`);
  const paired = a.map((r, i) => ({ ...r, after: b[i]! }));
  const line = (name: string, ps: typeof paired) => {
    const before = ps.filter((p) => p.right).length;
    const after = ps.filter((p) => p.after.right).length;
    const gained = ps.filter((p) => !p.right && p.after.right).length;
    const lost = ps.filter((p) => p.right && !p.after.right).length;
    const n = Math.max(1, ps.length);
    console.log(
      `| ${name} | ${ps.length} | ${(before / n).toFixed(3)} | ${(after / n).toFixed(3)} | ${gained} | ${lost} |`,
    );
  };
  console.log("\n| group | n | before | after | gained | lost |\n| --- | --- | --- | --- | --- | --- |");
  for (const set of [...new Set(paired.map((p) => p.set))])
    line(
      set,
      paired.filter((p) => p.set === set),
    );
  line(
    "**pooled blind2-15**",
    paired.filter((p) => p.set !== "dev"),
  );
  line("**pooled + dev**", paired);
  for (const lang of [...new Set(paired.map((p) => p.lang))].sort())
    line(
      `lang ${lang}`,
      paired.filter((p) => p.lang === lang),
    );
  for (const ctx of [...new Set(paired.map((p) => p.context))].sort())
    line(
      `context ${ctx}`,
      paired.filter((p) => p.context === ctx),
    );
  for (const [gold] of count(paired, (p) => p.gold)) {
    const ps = paired.filter((p) => p.gold === gold);
    if (ps.some((p) => p.right !== p.after.right)) line(`expected ${gold}`, ps);
  }
  console.log("\nturned wrong (expected -> read after):");
  for (const [pair, n] of count(
    paired.filter((p) => p.right && !p.after.right),
    (p) => `${p.gold} -> ${p.after.read}`,
  ))
    console.log(`  ${n}\t${pair}`);
}

const [first, second] = files.map(load);
if (!first) throw new Error("give intent-heldout.ts --out files: BEFORE.json [AFTER.json]");
report(second ?? first);
if (second) compare(first, second);
