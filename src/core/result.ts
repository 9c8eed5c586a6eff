/** Outcome of an operation at a boundary: data on success, issues otherwise. */
export type Result<T, I> = { success: true; data: T } | { success: false; issues: I[] };

export const ok = <T>(data: T): { success: true; data: T } => ({ success: true, data });
export const fail = <I>(...issues: I[]): { success: false; issues: I[] } => ({ success: false, issues });
