/**
 * Private keys come from an input and stay in memory. Before connecting, the key is parsed so the common
 * mistakes get a message that says what is wrong instead of "All configured authentication methods failed":
 * CRLF line endings (pasted on Windows), a missing trailing newline, a public key pasted instead, an
 * encrypted key without a passphrase, a wrong passphrase. No message ever contains the key text.
 */
// must load before ssh2 (see esm-shim.ts)
import './esm-shim.js';
import ssh2 from 'ssh2';
import { ShipcheckError } from '../core/errors.js';
import { registerSecret } from '../core/secrets.js';

export interface PreparedKey {
  /** the key as ssh2 takes it (normalised line endings, trailing newline) */
  text: string;
  type: string;
  /** what was repaired, for a debug line */
  repaired: string[];
}

export function preparePrivateKey(
  raw: string,
  passphrase: string | undefined,
  input = 'ssh-key',
): PreparedKey {
  registerSecret(raw.trim());
  // every body line too (a log that splits the key still masks it); not the public BEGIN/END lines
  for (const line of raw.split(/\r?\n/))
    if (line.length >= 16 && !line.startsWith('-----')) registerSecret(line.trim());
  registerSecret(passphrase);
  const repaired: string[] = [];
  let text = raw;
  if (/\r\n?/.test(text)) {
    text = text.replace(/\r\n?/g, '\n');
    repaired.push('CRLF line endings replaced by LF');
  }
  text = text.trim();
  if (/^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-\S+) AAAA/.test(text)) {
    throw new ShipcheckError(
      'input',
      `${input} holds a public key (it starts with the key type); it needs the private key`,
      {
        fix: 'paste the whole private key file (-----BEGIN OPENSSH PRIVATE KEY----- ... -----END OPENSSH PRIVATE KEY-----), not the .pub file',
      },
    );
  }
  if (!/^-----BEGIN [A-Z ]*PRIVATE KEY-----\n[\s\S]+\n-----END [A-Z ]*PRIVATE KEY-----$/.test(text)) {
    const hint = text.includes('-----BEGIN')
      ? 'its BEGIN/END lines are damaged or it lost its line breaks (a secret pasted into a one-line field)'
      : 'it does not start with -----BEGIN ... PRIVATE KEY-----';
    throw new ShipcheckError('input', `${input} is not a private key: ${hint}`, {
      fix: 'store the private key file as it is, with its line breaks, in a secret (gh secret set SSH_KEY < ~/.ssh/deploy_key)',
    });
  }
  if (!raw.endsWith('\n')) repaired.push('trailing newline added');
  text = `${text}\n`;
  const parsed = ssh2.utils.parseKey(text, passphrase);
  if (parsed instanceof Error) {
    const message = parsed.message;
    if (/encrypted/i.test(message) && /no passphrase/i.test(message)) {
      throw new ShipcheckError('input', `${input} is encrypted, but no passphrase was given`, {
        fix: 'set ssh-passphrase (a secret), or use a deploy key without a passphrase',
      });
    }
    if (/bad passphrase|integrity check failed|bad decrypt/i.test(message)) {
      throw new ShipcheckError(
        'input',
        `${input} could not be decrypted with the ssh-passphrase given (wrong passphrase)`,
        {
          fix: 'check the ssh-passphrase secret',
        },
      );
    }
    throw new ShipcheckError('input', `${input} could not be read: ${message.replace(/\s+/g, ' ')}`, {
      fix: 'use an OpenSSH or PEM private key (ssh-keygen -t ed25519 -f deploy_key); PuTTY .ppk files need converting',
    });
  }
  const key = Array.isArray(parsed) ? parsed[0]! : parsed;
  return { text, type: key.type, repaired };
}
