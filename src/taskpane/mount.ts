import type { WorkbookHost } from "./host";

// Placeholder until the task pane lands: the preview and the Office entry both call this.
export function mountTaskPane(_root: HTMLElement, _host: WorkbookHost): void {
  throw new Error("task pane not built yet");
}
