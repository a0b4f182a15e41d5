/**
 * Errors a use case can end in. Each carries an HTTP-like status and a translation key, so an action
 * or route handler can answer the user in their language without ever showing `e.message`.
 */
export type ErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid" | "too_large" | "rate_limited";

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 422,
  too_large: 413,
  rate_limited: 429,
};

export type FieldErrors = Record<string, string[]>;
/** A translated line for the user: a key and its parameters. */
export type Detail = { key: string; params?: Record<string, string | number> };

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    /** A translation key, e.g. "errors.conflict". */
    readonly messageKey: string = `errors.${code}`,
    readonly fieldErrors: FieldErrors = {},
    readonly params: Record<string, string | number> = {},
    /** Every reason, when there is more than one (e.g. all unmet conditions of a stage change). */
    readonly details: Detail[] = [],
  ) {
    super(messageKey);
    this.name = "AppError";
    this.status = STATUS[code];
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super("unauthenticated");
  }
}

export class ForbiddenError extends AppError {
  constructor(
    readonly action?: string,
    details: Detail[] = [],
  ) {
    super("forbidden", "errors.forbidden", {}, {}, details);
  }
}

export class NotFoundError extends AppError {
  constructor() {
    super("not_found");
  }
}

export class ConflictError extends AppError {
  constructor(messageKey = "errors.conflict", details: Detail[] = []) {
    super("conflict", messageKey, {}, {}, details);
  }
}

export class InvalidInputError extends AppError {
  constructor(messageKey = "errors.invalid", fieldErrors: FieldErrors = {}) {
    super("invalid", messageKey, fieldErrors);
  }
}

/** A request body (or an upload inside it) larger than the route takes: 413, before it is read any further. */
export class TooLargeError extends AppError {
  constructor(messageKey = "errors.too_large") {
    super("too_large", messageKey);
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
