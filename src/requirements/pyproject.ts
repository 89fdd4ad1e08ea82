import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import type { MarkerEnvironment } from './markers.js';
import { parseRequirementLine, type Requirement, type RequirementProblem } from './requirements-file.js';

export interface PyprojectDependencies {
  requirements: Requirement[];
  problems: RequirementProblem[];
  requiresPython?: string;
}

/** PEP 621 `[project] dependencies` and `optional-dependencies`, with the line each string stands on. */
export function readPyproject(root: string, env: MarkerEnvironment): PyprojectDependencies | undefined {
  const file = 'pyproject.toml';
  let text: string;
  try {
    text = readFileSync(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
  let data: Record<string, unknown>;
  try {
    data = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const line = (error as { line?: number }).line ?? 1;
    return {
      requirements: [],
      problems: [
        {
          file,
          line,
          column: 1,
          severity: 'error',
          message: `pyproject.toml is not valid TOML: ${(error as Error).message.split('\n')[0]}`,
        },
      ],
    };
  }
  const project = data.project as Record<string, unknown> | undefined;
  if (!project) return undefined;
  const lines = text.split('\n');
  const out: PyprojectDependencies = {
    requirements: [],
    problems: [],
    requiresPython: typeof project['requires-python'] === 'string' ? project['requires-python'] : undefined,
  };
  const strings = [
    ...((project.dependencies as unknown[]) ?? []),
    ...Object.values((project['optional-dependencies'] as Record<string, unknown[]>) ?? {}).flat(),
  ].filter((s): s is string => typeof s === 'string');
  for (const spec of strings) {
    const index = lines.findIndex((line) => line.includes(`"${spec}"`) || line.includes(`'${spec}'`));
    const line = index + 1 || 1;
    const column = index >= 0 ? lines[index]!.indexOf(spec) + 1 : 1;
    const parsed = parseRequirementLine(
      spec.trim(),
      { file, line, column, via: [], source: 'pyproject' },
      env,
    );
    if (parsed.problem) out.problems.push({ file, line, severity: 'error', ...parsed.problem });
    else out.requirements.push(parsed.requirement!);
  }
  return out;
}
