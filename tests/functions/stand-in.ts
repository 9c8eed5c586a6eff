/** A stand-in for the `CustomFunctions` global the Excel runtime provides: associate, Error, ErrorCode. */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export type Associated = (...args: unknown[]) => unknown;

export interface StandIn {
  readonly associated: Map<string, Associated>;
  associate(id: string | Record<string, Associated>, fn?: Associated): void;
  readonly Error: typeof StandInError;
  readonly ErrorCode: Readonly<Record<string, string>>;
}

export function customFunctionsStandIn(): StandIn {
  const associated = new Map<string, Associated>();
  return {
    associated,
    associate(id, fn) {
      if (typeof id === "string") {
        if (fn === undefined) throw new Error(`associate("${id}") without a function`);
        associated.set(id.toUpperCase(), fn);
      } else {
        for (const [key, value] of Object.entries(id)) associated.set(key.toUpperCase(), value);
      }
    },
    Error: StandInError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

/** The ids in the metadata that nothing was associated with (#NAME? or #BUSY! in Excel). */
export const missingAssociations = (metadataIds: readonly string[], associated: ReadonlyMap<string, unknown>) =>
  metadataIds.filter((id) => !associated.has(id.toUpperCase()));

/** A streaming invocation that records what the function sets. */
export function streamingInvocation() {
  const results: unknown[] = [];
  const invocation: { setResult(value: unknown): void; onCanceled?: () => void } = {
    setResult: (value) => results.push(value),
  };
  return { invocation, results };
}
