import { describe, expect, it } from "vitest";
import { SseParser } from "./sse-parser.ts";

const stream =
  'retry: 3000\n\nid: 1\nevent: text_delta\ndata: {"type":"text_delta","text":"Hi"}\n\n: ping\n\nid: 2\nevent: turn_end\ndata: {"type":"turn_end"}\n\n';

describe("SseParser", () => {
  it("parses the server's framing into events, skipping retry and ping lines", () => {
    const events = new SseParser().push(stream);
    expect(events).toEqual([
      { event: "text_delta", data: '{"type":"text_delta","text":"Hi"}', id: "1" },
      { event: "turn_end", data: '{"type":"turn_end"}', id: "2" },
    ]);
  });

  it("gives the same events whatever the chunk boundaries are", () => {
    for (let size = 1; size < 12; size++) {
      const parser = new SseParser();
      const events = [];
      for (let i = 0; i < stream.length; i += size) events.push(...parser.push(stream.slice(i, i + size)));
      expect(events.map((e) => e.event)).toEqual(["text_delta", "turn_end"]);
    }
  });

  it("joins multi-line data and accepts CRLF line ends", () => {
    const events = new SseParser().push("event: x\r\ndata: a\r\ndata: b\r\n\r\n");
    expect(events).toEqual([{ event: "x", data: "a\nb" }]);
  });

  it("keeps an unfinished event until its blank line arrives", () => {
    const parser = new SseParser();
    expect(parser.push("event: part\ndata: {}")).toEqual([]);
    expect(parser.push("\n\n")).toEqual([{ event: "part", data: "{}" }]);
  });
});
