/**
 * The agent's markdown-lite (**bold**, _italic_, [links](url), "- " bullets) is already
 * Discord markdown; what differs is what Discord would act on: a mention written by the
 * agent or pasted by the person (<@id>, <#id>, <@&role>) would render as a ping, so the
 * angle brackets are broken with a zero-width space.
 */
export function discordText(text: string): string {
  return text.replace(/<(@[!&]?|#)(\d+)>/g, "<\u200b$1$2>");
}
