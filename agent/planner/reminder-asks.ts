/**
 * The English words that ask for a reminder, beside "remind me": "nudge me tomorrow to …", "ping me
 * on friday to …", "give me a shout monday to …", "don't let me forget to …" (conv17u: people ask
 * for a reminder with these as often as with "remind me"; the task readers knew only "remind me"
 * and a reminder about the person's own call was asked back as an application's). The task still
 * has to follow ("… to <task>"), so "ping me when they reply" is no reminder read here.
 */
export const REMIND_ME = String.raw`(?:remind|nudge|ping|buzz|poke|text|prod)\s+me|give\s+me\s+an?\s+(?:nudge|ping|shout|buzz|heads[- ]?up|reminder)|(?:don'?t|do\s+not|never)\s+let\s+me\s+forget`;
