import { AppError } from "@/lib/domain/errors";

/**
 * The imported text, or the file, is larger than a compact's text may be. Sent as 413: AppError's
 * "invalid" would say 422, but this input is well-formed, only too big.
 */
export class DocumentTooLargeError extends AppError {
  override readonly status = 413;
  constructor() {
    super("invalid", "editor.import.tooLarge");
  }
}

/** The co-editing server could not be reached or did not confirm the change in time (503). */
export class CollabUnavailableError extends AppError {
  override readonly status = 503;
  constructor() {
    super("conflict", "editor.import.unavailable");
  }
}
