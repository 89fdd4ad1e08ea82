/**
 * Secrets registered here are replaced by *** in every message shipcheck prints or writes. The actions
 * also pass each one to core.setSecret so the runner masks them in its own log.
 */
const registered = new Set<string>();
const listeners: Array<(secret: string) => void> = [];

export function registerSecret(secret: string | undefined): void {
  if (!secret || secret.length < 3 || registered.has(secret)) return;
  registered.add(secret);
  // Encoded forms leak as easily as the raw value (a password inside a URL, a header).
  for (const form of [encodeURIComponent(secret), Buffer.from(secret).toString('base64')]) {
    if (form !== secret) registered.add(form);
  }
  for (const listener of listeners) listener(secret);
}

export function onSecretRegistered(listener: (secret: string) => void): void {
  listeners.push(listener);
  for (const secret of registered) listener(secret);
}

export function maskSecrets(text: string): string {
  let out = text;
  // Longest first, so a secret that contains another is masked whole.
  for (const secret of [...registered].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***');
  }
  return maskUrlPasswords(out);
}

/** `scheme://user:password@host` -> `scheme://user:***@host`, registered or not. */
export function maskUrlPasswords(text: string): string {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:)([^\s@/]+)@/gi, '$1***@');
}

/** Registers the password of a URL-shaped value (database and deploy URLs), if it has one. */
export function registerUrlSecrets(value: string): void {
  try {
    const url = new URL(value);
    if (url.password) {
      registerSecret(decodeURIComponent(url.password));
      registerSecret(url.password);
    }
  } catch {
    // not a URL: nothing to register
  }
}
