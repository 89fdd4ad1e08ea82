/**
 * An error the user can act on. Library code throws it; the CLI and the actions catch it once at the
 * top and print `message` (plus `where` and `fix`) without a stack trace. Exit code 2 in the CLI.
 */
export class ShipcheckError extends Error {
  readonly kind: 'usage' | 'config' | 'connection' | 'input';
  readonly where?: string;
  readonly fix?: string;

  constructor(
    kind: ShipcheckError['kind'],
    message: string,
    options: { where?: string; fix?: string; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ShipcheckError';
    this.kind = kind;
    this.where = options.where;
    this.fix = options.fix;
  }

  /** One line: `where: message; fix` */
  describe(): string {
    const prefix = this.where ? `${this.where}: ` : '';
    const suffix = this.fix ? ` (${this.fix})` : '';
    return `${prefix}${this.message}${suffix}`;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof ShipcheckError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
