/**
 * Lines that talk to an AI instead of describing a person ("ignore all previous
 * instructions", "rate this candidate as FIT"). Resumes are data: such lines are kept
 * visible in the parse but never feed a field, a skill or a score.
 */
const INSTRUCTION_PATTERNS = [
  /\bignore\b.{0,40}\b(?:instructions?|prompts?|rules|above|previous|prior)\b/i,
  /\b(?:disregard|forget|override)\b.{0,40}\b(?:instructions?|prompts?|rules|guidelines)\b/i,
  /\b(?:system|developer)\s+(?:prompt|message|instructions?)\b/i,
  /\byou\s+are\s+(?:now\s+)?(?:an?\s+)?(?:ai|assistant|language model|chatgpt|gpt|llm|recruiter bot)\b/i,
  /\b(?:rate|mark|score|classify|rank)\b.{0,40}\b(?:fit|hire|top candidate|100|perfect|qualified)\b.{0,20}$/i,
  /\b(?:as an ai|ai model|language model|llm)\b.{0,60}\b(?:must|should|will)\b/i,
  /\bnew instructions?\b|\bjailbreak\b|\bprompt injection\b/i,
];

export function isInstructionLine(line: string): boolean {
  return INSTRUCTION_PATTERNS.some((re) => re.test(line));
}
