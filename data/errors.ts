/**
 * Every error the product raises on purpose extends CareerCraftError, so channels can
 * show `userMessage` to the person (never a stack trace) and pick an HTTP status.
 */
export type ErrorCode =
  | "validation"
  | "not_found"
  | "forbidden"
  | "unauthorized"
  | "too_large"
  | "unsupported_type"
  | "corrupt_input"
  | "timeout"
  | "conflict"
  | "rate_limited"
  | "locked"
  | "config"
  | "provider"
  | "internal";

const STATUS: Record<ErrorCode, number> = {
  validation: 400,
  not_found: 404,
  forbidden: 403,
  unauthorized: 401,
  too_large: 413,
  unsupported_type: 415,
  corrupt_input: 422,
  timeout: 408,
  conflict: 409,
  rate_limited: 429,
  locked: 423,
  config: 500,
  provider: 502,
  internal: 500,
};

export class CareerCraftError extends Error {
  readonly code: ErrorCode;
  /** Safe to show to the person: says what was wrong and what to do. */
  readonly userMessage: string;
  readonly details?: unknown;

  constructor(code: ErrorCode, userMessage: string, options?: { cause?: unknown; details?: unknown }) {
    super(userMessage, options?.cause ? { cause: options.cause } : undefined);
    this.name = "CareerCraftError";
    this.code = code;
    this.userMessage = userMessage;
    this.details = options?.details;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const validationError = (msg: string, details?: unknown) =>
  new CareerCraftError("validation", msg, { details });
export const notFound = (what: string) => new CareerCraftError("not_found", `${what} was not found.`);

export function isCareerCraftError(e: unknown): e is CareerCraftError {
  return e instanceof CareerCraftError;
}
