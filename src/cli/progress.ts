/** Where the progress bar is drawn: stderr, when it is a terminal. */
export interface ProgressStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
  write(text: string): unknown;
}

/** Files above which a bar is worth drawing. */
export const PROGRESS_MIN_FILES = 4;

export interface Progress {
  tick(done: number, file: string): void;
  done(): void;
}

const NONE: Progress = { tick: () => undefined, done: () => undefined };

/** A one-line bar on a terminal's stderr (`[#####-----] 3/10 file.xlsx`); nothing elsewhere. */
export function progressBar(stream: ProgressStream, total: number): Progress {
  if (stream.isTTY !== true || total < PROGRESS_MIN_FILES) return NONE;
  const columns = stream.columns || 80;
  const width = 24;
  return {
    tick(done, file) {
      const filled = Math.round((done / total) * width);
      const head = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${total} `;
      const room = Math.max(columns - head.length - 1, 0);
      const name = file.length > room ? `…${file.slice(file.length - room + 1)}` : file;
      stream.write(`\r\u001b[2K${head}${room > 0 ? name : ""}`);
    },
    done() {
      stream.write("\r\u001b[2K");
    },
  };
}
