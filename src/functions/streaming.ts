import type { Result } from "../core/result";
import { isOmitted } from "./arguments";
import type { FunctionFailure } from "./failure";
import { invoke, type CallContext } from "./runner";

/*
 * Why streaming: the figures change when the task pane validates, not when the cell's arguments
 * change, so a plain function would keep an old gap until the user recalculates. A volatile one
 * would recompute on every calculation of the workbook and still not when the pane validates. A
 * streaming function can set its result again whenever it likes, and Excel cancels the call (and
 * so the subscription) when the cell is edited or deleted or its arguments change.
 */

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
