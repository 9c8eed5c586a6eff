import type { Result } from "../core/result";
import { isOmitted } from "./arguments";
import type { FunctionFailure } from "./failure";
import { invoke, type CallContext } from "./runner";

/**
 * TARGET_GAP as a stream: with an actual it answers once; without one it answers from the last
 * validation's province figures now and again every time they change, until Excel cancels the
 * call (cell edited or deleted, arguments changed, recalculation). Returns the cancel handler.
 */
export function streamTargetGap(
  raw: readonly unknown[],
  context: CallContext,
  emit: (result: Result<number, FunctionFailure>) => void,
): () => void {
  const answer = () => emit(invoke("TARGET_GAP", raw, context));
  answer();
  if (!isOmitted(raw[2])) return () => undefined;
  return context.figures.subscribe(answer);
}
