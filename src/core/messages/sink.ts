/** Where a message is written, piece by piece: into a string, or straight into an output's bytes. */
export interface MessageSink {
  /** Text that changes from one message to the next: a cell, a district, a figure. */
  text(piece: string): void;
  /** Text that recurs from message to message (a rule's words around its target): an output may encode it once. */
  phrase(piece: string): void;
}

/** Collects a message's pieces into one string. */
export class StringSink implements MessageSink {
  written = "";

  text(piece: string): void {
    this.written += piece;
  }

  phrase(piece: string): void {
    this.written += piece;
  }
}

/** The string a writer writes. */
export function written(write: (sink: MessageSink) => void): string {
  const sink = new StringSink();
  write(sink);
  return sink.written;
}
