/**
 * The role said with its job noun before the employer (trial19 §13): "i applied to a live sound
 * tech job at the Riverside Theatre today" was logged "Role not given at Riverside Theatre" — the
 * readers take a role after "for/as" or after the company, and this one comes before it, named
 * by "job". The same shape in the chat's other languages puts the noun first: "a un puesto de
 * técnico de sonido en el Teatro Riverside", "à un poste de technicien son au Théâtre Riverside",
 * "auf eine Stelle als Tontechniker beim Riverside Theater", "a uma vaga de técnico de som no
 * Teatro Riverside".
 */

export interface RoleAndEmployer {
  position: string;
  company: string;
}

/** An employer's name after its place word: capitalised words (any script), "of/de/&" between. */
const EMPLOYER = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*)(?:\s+(?:(?:of|de|del|des|du|da|do|&)\s+)?[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*){0,5})`;

/** English: "a <role> job at <Employer>" (the role's words are a few, in lower case or not). */
const ENGLISH = new RegExp(
  String.raw`(?<![\p{L}])(?:an?|the)\s+((?:[\p{L}\p{N}/&'’-]+\s+){0,5}?[\p{L}\p{N}/&'’-]+)\s+(?:job|role|position|opening|gig|post|vacancy)\s+(?:at|with|for)\s+(?:the\s+)?${EMPLOYER}`,
  "u",
);

/** Spanish, French, Portuguese, German: "<article> <job noun> de/als <role> <place word> <Employer>". */
const NOUN_FIRST = new RegExp(
  String.raw`(?<![\p{L}])(?:un|una|une|uma|um|el|la|le|o|a|eine|einen|die|den)\s+(?:puesto|trabajo|empleo|vacante|oferta|poste|emploi|offre|vaga|emprego|cargo|[Ss]telle|[Jj]ob|[Pp]osition)\s+(?:de|d['’]|como|comme|als|para)\s*((?:[\p{L}\p{N}/&'’-]+\s+){0,5}?[\p{L}\p{N}/&'’-]+)\s+(?:en|chez|au|à|bei|beim|in|na|no|em|para|pour)\s+(?:(?:el|la|le|l['’]|der|die|dem|den|das|o|a)\s*)?${EMPLOYER}`,
  "u",
);

/** Words before "job" that say what kind of job it is to the person, not which: no role. */
const NO_ROLE =
  /^(?:(?:new|same|different|other|another|full[- ]?time|part[- ]?time|this|that|great|good|cool|dream|nice|decent|real|proper|random|local|remote|first|second|temp|summer|weekend|better|similar|really|very|super|pretty|quite|awesome|amazing|interesting|fun)\s*)+$/iu;

/** The role and employer said this way, or undefined. */
export function roleBeforeEmployer(raw: string): RoleAndEmployer | undefined {
  const m = ENGLISH.exec(raw) ?? NOUN_FIRST.exec(raw);
  if (!m) return undefined;
  const position = m[1]!.trim();
  const company = m[2]!.trim();
  // "a job at X" names no role; "a new job", "the same job", "a cool job" neither.
  if (NO_ROLE.test(position)) return undefined;
  return { position, company };
}
