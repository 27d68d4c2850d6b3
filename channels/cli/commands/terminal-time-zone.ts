/**
 * The zone of the person at a terminal: the one they pinned, else the system's (TZ or the
 * machine's setting). One reading for every CLI command: `careercraft applications` read
 * "friday at 2pm" in the system zone while `careercraft chat` sent no zone and read it in UTC
 * (trial13 finding 9), the drift the architecture warns about.
 */
export function terminalTimeZone(pinned?: string): string {
  return pinned ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? "UTC";
}
