/**
 * A Terraform JSON file the gate cannot read or parse. The gate fails closed: the CLI maps this error to
 * exit code 2 and never treats an unreadable file as a pass. The message names the file and what to do.
 */
export class PolicyInputError extends Error {
  override readonly name = 'PolicyInputError';
  constructor(
    message: string,
    /** The file at fault, as it was given. */
    readonly file: string,
  ) {
    super(message);
  }
}
