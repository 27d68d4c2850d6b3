/**
 * The reply to "what do I say when they ask why I'm leaving?": the bank's question as asked in
 * interviews, what a strong answer to it covers (its key points, written with the bank), and the
 * practice it opens — the next message is read as the answer and gets feedback.
 */
export function namedQuestionWords(text: string, covers: string[]): string {
  const points = covers.map((p) => `• ${p}`).join("\n");
  return `When they ask "${text}", a strong answer covers:\n${points}\n\nTry yours now: type it as you would say it and I'll give feedback. Say "skip" for another question or "stop" to end.`;
}
