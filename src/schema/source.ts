import { existsSync } from 'node:fs';
import path from 'node:path';
import { ShipcheckError } from '../core/errors.js';
import { maskUrlPasswords, registerUrlSecrets } from '../core/secrets.js';

export type SchemaSource =
  | { kind: 'database'; url: URL; database: string; label: string }
  | { kind: 'file'; path: string; label: string };

/** `mysql://user:password@host:port/database` or a path to a .sql file (relative to the project root). */
export function parseSchemaSource(value: string, root: string, inputName: string): SchemaSource {
  const trimmed = value.trim();
  if (/^(mysql|mariadb):\/\//i.test(trimmed)) {
    registerUrlSecrets(trimmed);
    let url: URL;
    try {
      url = new URL(trimmed);
    } catch {
      throw new ShipcheckError('input', `${inputName} is not a valid URL: ${maskUrlPasswords(trimmed)}`, {
        fix: 'write mysql://user:password@host:3306/database (percent-encode special characters in the password)',
      });
    }
    const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
    if (!database) {
      throw new ShipcheckError('input', `${inputName} names no database: ${maskUrlPasswords(trimmed)}`, {
        fix: 'add the database after the host: mysql://user:password@host:3306/app',
      });
    }
    const label = `mysql://${url.username ? `${decodeURIComponent(url.username)}@` : ''}${url.host}/${database}`;
    return { kind: 'database', url, database, label };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed)) {
    throw new ShipcheckError(
      'input',
      `${inputName}: only mysql:// and mariadb:// URLs are supported, found ${maskUrlPasswords(trimmed)}`,
    );
  }
  const absolute = path.resolve(root, trimmed);
  if (!existsSync(absolute)) {
    throw new ShipcheckError('input', `${inputName}: ${trimmed} does not exist`, {
      where: root,
      fix: 'give a .sql file (mysqldump --no-data output) relative to the project, or a mysql:// URL',
    });
  }
  return {
    kind: 'file',
    path: absolute,
    label: path.relative(root, absolute).split(path.sep).join('/') || trimmed,
  };
}
