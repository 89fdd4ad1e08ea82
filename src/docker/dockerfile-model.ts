/**
 * What shipcheck needs to know of a Dockerfile: its stages, each stage's base image family and Python
 * version, and the OS packages each stage installs (apt-get/apt install, apk add), with line numbers.
 */
import { DockerfileParser } from 'dockerfile-ast';

export type ImageFamily = 'full' | 'slim' | 'alpine' | 'os' | 'unknown';

export interface InstalledPackage {
  name: string;
  /** 1-based */
  line: number;
  manager: 'apt' | 'apk';
}

export interface DockerStage {
  index: number;
  name?: string;
  /** `python:3.11-slim` as written */
  image: string;
  /** index of an earlier stage this one is built FROM */
  baseStage?: number;
  family: ImageFamily;
  pythonVersion?: string;
  /** 1-based line of FROM */
  fromLine: number;
  packages: InstalledPackage[];
  /** 1-based lines of RUN instructions that install OS packages */
  installLines: number[];
}

export interface DockerfileModel {
  stages: DockerStage[];
}

export function readDockerfile(text: string): DockerfileModel {
  const dockerfile = DockerfileParser.parse(text);
  const stages: DockerStage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword().toUpperCase();
    const line = instruction.getRange().start.line + 1;
    if (keyword === 'FROM') {
      const args = instruction.getArgumentsContent()?.trim() ?? '';
      const [image = '', as, name] = args.replace(/--platform=\S+\s+/, '').split(/\s+/);
      const baseStage = stages.find(
        (stage) => stage.name && stage.name.toLowerCase() === image.toLowerCase(),
      );
      stages.push({
        index: stages.length,
        name: as?.toUpperCase() === 'AS' ? name : undefined,
        image,
        baseStage: baseStage?.index,
        family: baseStage ? baseStage.family : imageFamily(image),
        pythonVersion: baseStage ? baseStage.pythonVersion : pythonVersionOf(image),
        fromLine: line,
        packages: [],
        installLines: [],
      });
    } else if (keyword === 'RUN' && stages.length > 0) {
      const stage = stages[stages.length - 1]!;
      const packages = installedPackages(instruction.getArgumentsContent() ?? '');
      if (packages.length > 0) {
        stage.installLines.push(line);
        stage.packages.push(...packages.map((p) => ({ ...p, line })));
      }
    }
  }
  return { stages };
}

/** The packages a stage has: its own, and those of the stages it is built from. */
export function packagesOf(model: DockerfileModel, stage: DockerStage): Set<string> {
  const names = new Set<string>();
  for (
    let s: DockerStage | undefined = stage;
    s;
    s = s.baseStage === undefined ? undefined : model.stages[s.baseStage]
  ) {
    for (const p of s.packages) names.add(p.name);
  }
  return names;
}

export function imageFamily(image: string): ImageFamily {
  const [repository = '', tag = 'latest'] = image.replace(/@sha256:.*$/, '').split(':');
  const name = repository.split('/').pop() ?? '';
  if (/alpine/i.test(tag) || name === 'alpine') return 'alpine';
  if (name === 'python') return /slim/i.test(tag) ? 'slim' : 'full';
  if (['debian', 'ubuntu'].includes(name)) return 'os';
  return 'unknown';
}

function pythonVersionOf(image: string): string | undefined {
  const [repository = '', tag = ''] = image.split(':');
  if ((repository.split('/').pop() ?? '') !== 'python') return undefined;
  return /^(\d+\.\d+)/.exec(tag)?.[1];
}

/** `apt-get install -y --no-install-recommends a b=1.2`, `apk add --no-cache c` inside a RUN (or heredoc). */
export function installedPackages(command: string): Array<{ name: string; manager: 'apt' | 'apk' }> {
  const body = command.replace(/^<<-?\s*["']?(\w+)["']?\n([\s\S]*?)\n\1\s*$/m, '$2');
  const found: Array<{ name: string; manager: 'apt' | 'apk' }> = [];
  for (const segment of body.split(/&&|\|\||;|\||\n/)) {
    const words = segment
      .trim()
      .split(/\s+/)
      .map((w) => w.replace(/^["']|["']$/g, ''));
    const tool = words.findIndex((w) => /(^|\/)(apt-get|apt|aptitude|apk)$/.test(w));
    if (tool < 0) continue;
    const manager = words[tool]!.endsWith('apk') ? 'apk' : 'apt';
    const verb = words.findIndex((w, i) => i > tool && (manager === 'apk' ? w === 'add' : w === 'install'));
    if (verb < 0) continue;
    for (let i = verb + 1; i < words.length; i++) {
      const word = words[i]!;
      if (!word || word === '\\') continue;
      if (word.startsWith('-')) {
        if (/^(-t|-o|--target-release|--option|--virtual|-X|--repository)$/.test(word)) i++;
        continue;
      }
      if (word.includes('$') || word.includes('`')) continue;
      found.push({ name: word.replace(/[=<>~].*$/, '').replace(/:(amd64|arm64|i386)$/, ''), manager });
    }
  }
  return found;
}
