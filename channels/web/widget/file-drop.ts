/**
 * Resume upload by the paper-clip button or by dropping a file anywhere on the panel
 * (an overlay says where it will go while a file is dragged over).
 */
import type { Shell } from "./shell.ts";

export function wireFilePicking(ui: Shell, onFile: (file: File) => void): void {
  ui.attach.addEventListener("click", () => ui.fileInput.click());
  ui.fileInput.addEventListener("change", () => {
    const file = ui.fileInput.files?.[0];
    ui.fileInput.value = "";
    if (file) onFile(file);
  });
  // dragenter/dragleave fire for every child element: count depth to know when it left.
  let depth = 0;
  ui.panel.addEventListener("dragenter", (e) => {
    if (!e.dataTransfer?.types.includes("Files")) return;
    depth++;
    ui.drop.hidden = false;
  });
  ui.panel.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) ui.drop.hidden = true;
  });
  ui.panel.addEventListener("dragover", (e) => e.preventDefault());
  ui.panel.addEventListener("drop", (e) => {
    e.preventDefault();
    depth = 0;
    ui.drop.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}
