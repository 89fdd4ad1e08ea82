import data from '../data/fingerprints.json' with { type: 'json' };

export interface Explanation {
  id: string;
  /** the log line that matched */
  line: string;
  explanation: string;
  fix: string;
}

const compiled = data.fingerprints.map((f) => ({ ...f, regex: new RegExp(f.pattern, 'i') }));

/** Known failures found in a log, first match per fingerprint, in log order. */
export function explain(log: string): Explanation[] {
  const found = new Map<string, Explanation>();
  for (const line of log.split('\n')) {
    for (const fingerprint of compiled) {
      if (found.has(fingerprint.id)) continue;
      const match = fingerprint.regex.exec(line);
      if (!match) continue;
      const fill = (text: string) => text.replace(/\{(\d)\}/g, (_m, i: string) => match[Number(i)] ?? '');
      // the generic library fingerprint adds nothing when a specific one matched the same line
      if (
        fingerprint.id === 'shared-library-missing' &&
        [...found.values()].some((e) => e.line === line.trim())
      )
        continue;
      found.set(fingerprint.id, {
        id: fingerprint.id,
        line: line.trim(),
        explanation: fill(fingerprint.explanation),
        fix: fill(fingerprint.fix),
      });
    }
  }
  return [...found.values()];
}

/** The last `count` non-empty lines. */
export function tail(log: string, count = 20): string[] {
  return log
    .split('\n')
    .map((l) => l.trimEnd())
    .filter(Boolean)
    .slice(-count);
}
