import path from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import * as core from '@actions/core';
import { filesUnder } from './files.js';

export type ArtifactOutcome =
  | { status: 'uploaded'; name: string; id: number; bytes: number; files: number }
  | { status: 'skipped' | 'failed'; name: string; reason: string };

const PLATFORMS: Record<string, string> = { darwin: 'macos', win32: 'windows' };

/** `<prefix>-<os>-<arch>`, e.g. wheelwright-linux-arm64: one per runner kind of a matrix. */
export function artifactName(prefix: string, env: Record<string, string | undefined>): string {
  const os = env.RUNNER_OS?.toLowerCase() ?? PLATFORMS[process.platform] ?? process.platform;
  const arch = env.RUNNER_ARCH?.toLowerCase() ?? process.arch;
  return `${prefix}-${os}-${arch}`;
}

/** The deepest directory holding every file: the artifact keeps paths below it. */
function commonRoot(files: string[]): string {
  const split = files.map((file) => path.dirname(file).split(path.sep));
  const first = split[0] ?? [];
  let depth = 0;
  while (depth < first.length && split.every((parts) => parts[depth] === first[depth])) depth++;
  return first.slice(0, depth).join(path.sep) || path.parse(files[0] ?? '/').root;
}

export interface BuildArtifact {
  prefix: string;
  wheels: string[];
  /** report.json, summary.md and every version's log. */
  reportDir: string;
  /** 0 keeps the repository's setting. */
  retentionDays: number;
  env: Record<string, string | undefined>;
}

/**
 * Uploads the wheels with the report and logs as one artifact, so a failed version's log travels
 * with the wheels that did build. Without the runner's artifact service, or when it fails, this
 * is a warning: the wheels are still on disk for a later step.
 */
export async function uploadBuildArtifact(artifact: BuildArtifact): Promise<ArtifactOutcome> {
  const name = artifactName(artifact.prefix, artifact.env);
  if (!artifact.env.ACTIONS_RUNTIME_TOKEN || !artifact.env.ACTIONS_RESULTS_URL) {
    return {
      status: 'skipped',
      name,
      reason: 'no artifact service here (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are unset)',
    };
  }
  const files = [...artifact.wheels, ...filesUnder(artifact.reportDir)];
  if (files.length === 0) return { status: 'skipped', name, reason: 'no wheel and no report' };
  try {
    const uploaded = await new DefaultArtifactClient().uploadArtifact(
      name,
      files,
      commonRoot(files),
      { retentionDays: artifact.retentionDays },
    );
    return {
      status: 'uploaded',
      name,
      id: uploaded.id ?? 0,
      bytes: uploaded.size ?? 0,
      files: files.length,
    };
  } catch (error) {
    const reason = (error as Error).message;
    core.warning(`artifact ${name} not uploaded: ${reason}`);
    return { status: 'failed', name, reason };
  }
}
