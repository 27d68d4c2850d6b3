/**
 * Entry point of widget.js. A host page adds:
 *   <script src="https://careercraft.example/widget.js" data-title="Career coach"
 *           data-accent="#4f46e5" data-theme="auto" data-identity="..." async></script>
 * and gets a launcher button plus chat panel in a Shadow DOM. The API origin is the
 * script's own origin. `window.CareerCraft` offers open(), close() and setTheme().
 */
import { ChatApi } from "./api.ts";
import { type Theme, WidgetApp } from "./app.ts";
import { buildShell } from "./shell.ts";

declare global {
  interface Window {
    CareerCraft?: { open(): void; close(): void; setTheme(theme: Theme): void };
  }
}

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement && current.src) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
}

function mount(script: HTMLScriptElement | null): void {
  if (window.CareerCraft) return; // the tag was included twice
  const data = script?.dataset ?? {};
  const base = script?.src ? new URL(script.src, location.href).origin : location.origin;
  const title = (data.title || "Career coach").slice(0, 60);
  const theme: Theme = data.theme === "light" || data.theme === "dark" ? data.theme : "auto";
  const host = document.createElement("careercraft-widget");
  document.body.appendChild(host);
  const shell = buildShell(host, title, data.accent);
  const app = new WidgetApp(shell, new ChatApi(base, data.identity || undefined), {
    title,
    theme,
    open: data.open !== undefined && data.open !== "false",
  });
  window.CareerCraft = { open: () => app.open(), close: () => app.close(), setTheme: (t) => app.setTheme(t) };
}

const script = findScript();
if (document.body) mount(script);
else document.addEventListener("DOMContentLoaded", () => mount(script), { once: true });
