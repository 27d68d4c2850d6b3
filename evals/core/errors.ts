/**
 * Signals a suite throws to say why it did not measure. They are not failures of the
 * product: the runner records them as their own status with the message shown as is.
 */

/** The capability this suite measures has not been built (its module is absent). */
export class SuiteNotAvailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SuiteNotAvailable";
  }
}

/** Reference data is absent (a fresh clone has no ../shared) outside CI. */
export class SuiteSkipped extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SuiteSkipped";
  }
}
