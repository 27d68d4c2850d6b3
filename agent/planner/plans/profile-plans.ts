/**
 * Plans for the profile: the resume, skills (added, re-levelled, removed), entries,
 * stated preferences and the person's data rights.
 */

import { preferencesIn } from "../../../tools/gap/stated-preferences.ts";
import { extractSkills } from "../../../tools/skills/extract.ts";
import type { PlannedCall } from "../../tools/schemas.ts";
import { TARGET_SAID } from "../background-phrases.ts";
import { certificateCalls } from "../certificates-listed.ts";
import { workplaceStandard } from "../employer-certified.ts";
import { gapRemovalAsked } from "../gap-removal-asked.ts";
import { levelBeside } from "../level-beside.ts";
import { asksWhatIsMissing, takesAway } from "../operation-words.ts";
import { preferenceBesideSkills, withPlacesSaid } from "../preference-beside-skills.ts";
import { quotedName } from "../quoted-skill.ts";
import { namesWholeAccount, resumeForgetAsked } from "../resume-forget-asked.ts";
import { dataRightsRule, entryRule, showRule, skillEditRule } from "../rules-profile.ts";
import { skillsListed, withEveryListedSkill } from "../skill-list-ordered.ts";
import { skillNamedFreely } from "../skill-named-freely.ts";
import { segmentInEnglish } from "../skill-words-translated.ts";
import { extraLevel, knownSkillNames, saysAgain, skillNames } from "../slot-words.ts";
import { extractProficiency } from "../slots.ts";
import { spokenLanguagesRelevelled, withSpokenLevels } from "../spoken-level.ts";
import { call, calls, type Outcome, type PlanContext, type Segment, say } from "../types.ts";
import { fromRule, only, type Planner } from "./plan-kit.ts";
import { REMINDER_PLANS } from "./reminder-plans.ts";

const proficiency = (t: string) => extractProficiency(t) ?? extraLevel(t);

/** A clause that denies a skill ("I don't know Rust", "never used Java", "not Excel"). */
const DENIED = /\b(?:don'?t|do not|doesn'?t|never|not|no experience|haven'?t|have not|can'?t|cannot)\b/i;

function skillsIn(seg: Segment, adding: boolean): string[] {
  // "… as a beginner", "… at work" name no skill; "I'm good at Excel" does.
  const text = seg.raw.replace(
    /\b(?:as|at)\s+(?:an?\s+)?(?:beginner|novice|intermediate|advanced|expert|pro|work|home|school|uni|university|college)\s*[.!]*$/i,
    "",
  );
  // Only the clauses that claim a skill: "I don't know Rust but I know Go" adds Go alone.
  // (Removing or re-levelling reads the denial itself: "I never said I knew Rust, remove it".)
  if (!adding) return skillNames(text);
  const claimed = text
    .split(/\s*(?:[,;.]|\bbut\b|\band\b|\balthough\b|\bthough\b)\s*/i)
    .filter((clause) => !DENIED.test(clause));
  return skillNames(claimed.join(", "));
}

/** A name ending in a word for a certificate or licence ("forklift cert", "CDL license"). */
const CERTIFICATE = /\b\w+\s+(?:certs?|certificates?|certifications?|certified|licen[cs]es?|licensed)$/i;

/**
 * A certificate the person says they got: "got my OSHA 30 card", "passed my CDL license", "earned
 * the food handler cert" (conv12p: a card was added as a skill "OSHA", a licence as an experience).
 */
const GOT_CERTIFICATE =
  /\b(?:got|earned|passed|received|finished|completed|renewed|have|now have|just got|hold|holding)\s+(?:my|the|a|an)\s+(?:[\w-]+\s+){1,4}(?:card|cert|certs|certificate|certification|licen[cs]e|ticket|endorsement)\b/i;

/**
 * A word for a certificate or a licence in the chat's languages: "permis", "licencia", "CNH",
 * "Staplerschein" (conv12q, a blind7 class: a licence added in French was an experience entry).
 */
const CERTIFICATE_WORD =
  /\bcert\w*|\bexam\b|\bcredential\b|\bzertifi|\bcertifica|\blicen[cs]\w*|\blicen[çc]a\b|\bpermis\b|\bcarnet\b|\bcnh\b|\bcaces\b|\bcdl\b|f[üu]hrerschein|\w+-?schein\b/u;

/** The message ends by naming a certificate ("add forklift cert pls"), or says one was got. */
const namesCertificate = (t: string) =>
  CERTIFICATE.test(t.replace(/[\s.!]*(?:please|pls|too|as well)?[\s.!]*$/, "")) || GOT_CERTIFICATE.test(t);

function skillEdit(intent: "add_skill" | "update_skill" | "remove_skill") {
  return (said: Segment, ctx: PlanContext): Outcome => {
    const seg = segmentInEnglish(said); // "inglés avanzado" is advanced English
    const disputed = intent === "remove_skill" ? gapRemovalAsked(said.raw, ctx.focus) : undefined;
    if (disputed) return disputed; // "remove X from my gaps" disputes the job's ask (gap-removal-asked.ts)
    // "drop excel and powerpoint" read as adding: the verb takes away, and no level is said
    // ("drop my python level to beginner" re-levels).
    if (intent !== "remove_skill" && takesAway(seg.t) && !proficiency(seg.t) && !/\blevel\b/.test(seg.t))
      return skillEdit("remove_skill")(seg, ctx);
    // "we were an AS9100 certified shop": the workplace's certificate; the standard is a skill.
    const standard = intent === "add_skill" ? workplaceStandard(seg.raw) : undefined;
    if (standard) return calls(call("add_skill", { skill: standard }));
    // "add forklift cert": a certification, not a skill named "forklift cert".
    if (intent === "add_skill" && namesCertificate(seg.t))
      return {
        calls: certificateCalls(seg.raw) ?? [
          call("add_profile_entry", { kind: "certification", text: seg.raw.trim().slice(0, 2000) }),
        ],
      };
    // After an analysis a new fact about a skill re-runs it (the rule knows when).
    const ruled = fromRule(
      skillEditRule,
      seg,
      ctx,
      intent,
      ...(intent === "add_skill" ? (["reanalyze"] as const) : []),
    );
    if (ruled) return ruled;
    const level = proficiency(seg.t);
    // "I use HubSpot every day as an account manager": the job it is used in is no skill.
    const jobSaid = /\bas an?\s+([\p{L}\s-]{3,40}?)\s*(?:[,.;!?]|$)/iu.exec(seg.raw)?.[1]?.toLowerCase();
    const quoted = quotedName(said.raw); // "remove 'stock rotation'": the name exactly as quoted
    let names = quoted
      ? [quoted]
      : skillsIn(seg, intent === "add_skill").filter((n) => n.toLowerCase() !== jobSaid);
    // "the language lol, not the verb": the skill is the one talked about just before.
    if (names.length === 0 && ctx.focus.skill) names = [ctx.focus.skill];
    // "add venipuncture as expert": a skill the taxonomy does not know, in the person's words.
    const free = names.length === 0 && intent === "add_skill" ? skillNamedFreely(said.raw) : undefined;
    if (free) names = [free];
    if (names.length === 0) return say(intent === "add_skill" ? "ask_skill" : "ask_skill_which");
    const direction = /\b(?:downgrade|lower|bump down|overestimated|overstated|worse)\b/.test(seg.t)
      ? "beginner"
      : /\b(?:upgrade|bump|raise|better)\b/.test(seg.t)
        ? "advanced"
        : undefined;
    if (intent === "update_skill" && !level && !direction) return say("ask_level", undefined, names[0]);
    const chosen = level ?? (intent === "update_skill" ? direction : undefined);
    // "advanced excel and basic sql": each skill at the level said beside it, when they differ.
    const beside = names.map((skill) => levelBeside(skill, seg.raw));
    // One level beside one skill may be the whole list's ("advanced python and sql"): kept for all.
    const own = new Set(beside.filter(Boolean)).size > 1;
    return calls(
      ...names.slice(0, 5).map((skill, i) => {
        if (intent === "remove_skill") return call("remove_skill", { skill });
        const proficiency = own ? beside[i] : chosen;
        return call(intent, proficiency ? { skill, proficiency } : { skill });
      }),
    );
  };
}

/** Preferences a rerun stores from the sentence itself; work values are stored by set_preferences. */
const RERUN_READS = new Set([
  "salaryMin",
  "salaryTarget",
  "salaryMax",
  "salaryCurrency",
  "salaryPeriod",
  "desiredLocation",
  "remote",
  "relocate",
  "relocateTo",
]);

/**
 * A stated preference is stored; after an analysis the job in focus is analysed again with
 * it, so the salary, location and culture scores move right away. A pay, place or work mode
 * said after an analysis is a rerun with that context ("I'm expecting around 85k", "location
 * 0?? I said I'd relocate"): the rerun stores it through the same preference service and says
 * what moved. Work values, or a sentence that also names a skill (which a rerun would add to
 * the profile), are stored first and the job analysed again.
 */
export function setPreferences(seg: Segment, ctx: PlanContext): Outcome {
  const change = withPlacesSaid(preferencesIn(seg.raw), seg.raw); // "…a tiempo completo en Málaga": Málaga too
  const keys = Object.keys(change);
  // "my knees are shot so I want to move to quality inspector, something off the floor": no
  // preference stated, a job wanted (read as a move of home before 2026-12-06): the target.
  if (keys.length === 0)
    return TARGET_SAID.some((p) => p.test(seg.raw))
      ? calls(call("set_dream_job", { text: seg.raw.trim().slice(0, 2000) }))
      : say("ask_preference");
  if (!ctx.focus.analysisId) return calls(call("set_preferences", change));
  if (keys.every((k) => RERUN_READS.has(k)) && knownSkillNames(seg.raw).length === 0)
    return calls(call("reanalyze", { context: seg.raw.trim().slice(0, 2000) }));
  return calls(call("set_preferences", change), call("analyze_fit"));
}

/** Words saying a file is with the message ("here's my cv", "resume attached", "just uploaded it"). */
const SAYS_ATTACHED =
  /\b(?:attached|attaching|enclosed|uploaded|here(?:'s| is| it is| you go)|sending you)\b/;

/** "or similar", "etc", "the like": a hedge on a list, never a skill's name (trial14 §4 saved "or similar"). */
const HEDGE =
  /^(?:(?:or|and|o|ou|oder)\s+)?(?:similar|equivalent|comparable|the\s+like|so\s+on|etc\.?|whatever|parecidos?|similares?|similaires?|[äa]hnliche?s?|semelhantes?)$/i;

/** add_skill calls without hedge names; "Amplitude or similar" keeps Amplitude. */
function withoutHedgeNames(planned: PlannedCall[]): PlannedCall[] {
  return planned.flatMap((c) => {
    if (c.name !== "add_skill" || typeof c.args.skill !== "string") return [c];
    const skill = c.args.skill
      .replace(
        /\s+(?:or|o|ou|oder)\s+(?:similar|equivalent|comparable|parecido|similaire|ähnliches|semelhante)$/i,
        "",
      )
      .trim();
    // "B2" alone is the level of a language said beside it, never a skill.
    const levelOnly = /^[abc][12]$/i.test(skill) && !c.args.spokenLevel;
    return HEDGE.test(skill) || levelOnly || !skill ? [] : [{ ...c, args: { ...c.args, skill } }];
  });
}

/** A reminder asked for, in the languages the chat reads: never the profile card. */
const ASKS_REMINDER =
  /^(?:(?:please|pls|plz|hey|ok(?:ay)?|and|also|can\s+you|could\s+you|por\s+favor)[\s,]+)*(?:remind\s+me|set\s+(?:a|me\s+a)\s+reminder|recu[ée]rdame|av[íi]same|rappelle[-\s]moi|erinnere?\s+mich|me\s+lembr[ae]|lembra[-\s]me|yaad\s+dila)(?![\p{L}])/iu;

/** Profile intents -> their plans. */
/**
 * "what are my strongest skills?", "what am I best at", "mis puntos fuertes", "meine Stärken": the
 * skills strongest first, not the alphabetical list (trial finding 4).
 */
const STRONGEST =
  /\b(?:strongest|best|top(?:\s+\d+)?|biggest|main|key)\s+(?:skills?|strengths?)\b|\bwhat am i (?:really )?(?:best|strongest) at\b|\b(?:my|main|key|biggest)\s+strengths?\b|\b(?:strongest|best)\s+(?:in|at)\b|\bfrom strongest\b|m[aá]s\s+fuertes|puntos?\s+fuertes|en\s+qu[eé]\s+soy\s+mejor|mejores\s+habilidades|plus\s+fortes|points?\s+forts|le\s+meilleur|st[aä]rkste|st[aä]rken\b|am\s+besten|mais\s+fortes|pontos\s+fortes|sou\s+melhor|sabse\s+(?:strong|accha|achha|acha)|strengths|melhores\s+habilidades/u;
const asksStrongest = (t: string) => STRONGEST.test(t);

/**
 * "add forklift i been driving one …": an order to add a word or two, then a new clause telling the
 * story of it (a subject, no comma: dictation). Not a certificate, not an entry's own noun.
 */
const ADD_THEN_STORY =
  /^\s*(?:(?:pls|please|ok|okay)\s+)?add\s+((?:[\p{L}\p{N}+#.-]+\s+){0,1}[\p{L}\p{N}+#.-]+)\s+(?:i|i've|ive|i'm|im|we|been)\s/iu;
const ENTRY_NOUN =
  /\b(?:my|the|a|an|it|that|this|experience|job|role|work|degree|course|project|education|certificate|licen[cs]e)\b/i;
function ordersSkillThenStory(seg: Segment): boolean {
  const named = ADD_THEN_STORY.exec(seg.raw)?.[1];
  return (
    Boolean(named) && !ENTRY_NOUN.test(named!) && !namesCertificate(seg.t) && !CERTIFICATE_WORD.test(seg.t)
  );
}

/** Deleting everything: the data-rights rule's reading, else the confirmation question. */
function deleteEverything(seg: Segment, ctx: PlanContext): Outcome {
  return fromRule(dataRightsRule, seg, ctx, "delete_data") ?? calls(call("delete_data", { confirm: false }));
}

export const PROFILE_PLANS: Record<string, Planner> = {
  // Without a file or pasted text: "re-read my resume" reads the stored one again (the tool
  // says so when none is stored); otherwise ask for the file.
  // "my resume is attached" with no file on the message, from someone who has a profile: the
  // file did not come through, so the one stored is read (the reply says to attach a new
  // version to use that; with none stored the tool asks for it). With no profile, ask for it.
  read_resume: (seg, ctx) =>
    saysAgain(seg.t) || (SAYS_ATTACHED.test(seg.t) && ctx.focus.hasProfile)
      ? calls(call("read_resume", { stored: true }))
      : say("ask_resume", "resume"),
  // "remind me on dec 15 at 3pm to send Gong my references" read as the profile (trial14 §12).
  show_profile: (seg, ctx) =>
    ASKS_REMINDER.test(seg.raw.trim()) ? REMINDER_PLANS.set_reminder!(seg, ctx) : calls(call("show_profile")),
  // "Welche Fähigkeiten fehlen mir?" read as the skills list: the gaps for the target instead.
  show_skills: (seg, ctx) =>
    asksWhatIsMissing(seg.t)
      ? ctx.focus.analysisId
        ? calls(call("explain_gap"))
        : ctx.focus.jobId
          ? calls(call("analyze_fit"))
          : say("ask_job", "job")
      : asksStrongest(seg.t)
        ? calls(call("show_skills", { strongest: true }))
        : (fromRule(showRule, seg, ctx, "show_skills") ?? calls(call("show_skills"))),
  // "i speak spanish too, native": the language with its level as said (spoken-level.ts).
  add_skill: (seg, ctx) => {
    const out = skillEdit("add_skill")(seg, ctx);
    const listed = withoutHedgeNames(withSpokenLevels(out.calls, seg.raw));
    // "añade soldadura, lectura de planos y carretilla": every name listed, known or not (skill-list-ordered.ts).
    const all = withEveryListedSkill(listed, seg.raw);
    const named = preferenceBesideSkills(seg.raw, all) ?? all; // "…. prefiero trabajar en Málaga"
    // Only hedges named ("or similar"): nothing saved, the skill asked for.
    return named.length === 0 && out.calls.length > 0 ? say("ask_skill") : { ...out, calls: named };
  },
  update_skill: (seg, ctx) => {
    // "my Spanish is B2 now, update that": the language at its new level (spoken-level.ts).
    const named = withSpokenLevels(skillEdit("add_skill")(seg, ctx).calls, seg.raw);
    const relevelled = spokenLanguagesRelevelled(withoutHedgeNames(named));
    return relevelled ? calls(...relevelled) : skillEdit("update_skill")(seg, ctx);
  },
  remove_skill: skillEdit("remove_skill"),
  add_profile_entry: (seg, ctx) => {
    // "we were an AS9100 certified shop": the workplace's certificate; the standard is a skill.
    const standard = workplaceStandard(seg.raw);
    if (standard) return calls(call("add_skill", { skill: standard }));
    // "add PCV licence and Driver CPC as certifications": each its own entry (certificates-listed.ts).
    const listed = certificateCalls(seg.raw);
    if (listed) return { calls: listed };
    // "add forklift i been driving one in the warehouse for like 6 years": the skill ordered added,
    // whatever the story after it makes the model read (an entry).
    // "add A, B and C": skills listed, not one entry (skill-list-ordered.ts).
    if (ordersSkillThenStory(seg) || skillsListed(seg.raw)) return PROFILE_PLANS.add_skill!(seg, ctx);
    const ruled = fromRule(entryRule, seg, ctx, "add_profile_entry");
    if (ruled) return ruled;
    const t = seg.t;
    const kind =
      namesCertificate(t) ||
      CERTIFICATE_WORD.test(t) ||
      // "got my CPA last year": a certificate the taxonomy knows, named bare.
      extractSkills(seg.raw).some((s) => s.category === "certification")
        ? "certification"
        : /\b(?:project|hackathon|built|app|bot|website|projet|projekt|projeto)\b/.test(t)
          ? "project"
          : /\b(?:degree|bachelor|master|masters|minor|major|graduat\w*|bsc|msc|phd|diploma|licenciatura|b\.?tech|university|college|school|studium)\b/.test(
                t,
              )
            ? "education"
            : "experience";
    // A short message asks for the entry's details, unless it names a certificate: "add
    // forklift cert" is the whole entry, whichever of skill or entry the model reads it as.
    if (seg.raw.trim().split(/\s+/).length < 4 && !namesCertificate(t)) return say("ask_entry");
    return calls(call("add_profile_entry", { kind, text: seg.raw.trim().slice(0, 2000) }));
  },
  set_preferences: setPreferences,
  export_data: only("export_data"),
  link_account: only("link_account"),
  // "lösche meinen Lebenslauf" read as deleting everything: that one resume (resume-forget-asked.ts).
  delete_data: (seg, ctx) => resumeForgetAsked(seg.raw, ctx.attachments) ?? deleteEverything(seg, ctx),
  // "delete my account and my resume" read as forgetting the resume: the account named makes it everything.
  forget_resume: (seg, ctx) =>
    resumeForgetAsked(seg.raw, ctx.attachments) ??
    (namesWholeAccount(seg.raw)
      ? deleteEverything(seg, ctx)
      : calls(call("forget_resume", { confirm: false }))),
};
