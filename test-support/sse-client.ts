/**
 * Reads a Server-Sent Events response the way the widget does (fetch body + parser),
 * recording how many network chunks carried it, for tests and the load benchmark.
 */

import { SseParser } from "../channels/web/widget/sse-parser.ts";
import type { ReplyEvent } from "../contract/conversation.ts";

export interface ReadSse {
  events: ReplyEvent[];
  names: string[];
  raw: string;
  chunks: number;
}

export async function readSse(
  response: Response,
  onEvent?: (event: ReplyEvent) => boolean | undefined,
): Promise<ReadSse> {
  const parser = new SseParser();
  const decoder = new TextDecoder();
  const result: ReadSse = { events: [], names: [], raw: "", chunks: 0 };
  const reader = response.body!.getReader();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    result.chunks++;
    const text = decoder.decode(value, { stream: true });
    result.raw += text;
    for (const message of parser.push(text)) {
      const event = JSON.parse(message.data) as ReplyEvent;
      result.names.push(message.event);
      result.events.push(event);
      if (onEvent?.(event) === false) {
        await reader.cancel();
        return result;
      }
    }
  }
  return result;
}
