/** Serves `root` on 127.0.0.1 (a free port when `port` is 0 or absent). */
export function serveStatic(root: string, port?: number): Promise<{ url: string; close: () => Promise<void> }>;
