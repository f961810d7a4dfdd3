/**
 * Errors a batch activity returns at most (with its count of all of them), and a run's summary
 * shows: activity results travel through the workflow's history, whose payloads are limited.
 */
export const ERRORS_SHOWN = 20

/** The first ERRORS_SHOWN errors, one a line, and how many more there were. */
export function summarizeErrors(errors: readonly string[], total: number = errors.length): string {
  const shown = errors.slice(0, ERRORS_SHOWN).join('\n')
  return total > ERRORS_SHOWN ? `${shown}\n… and ${total - ERRORS_SHOWN} more` : shown
}
