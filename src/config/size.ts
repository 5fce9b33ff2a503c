const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  ki: 1024,
  kib: 1024,
  kb: 1000,
  m: 1024 ** 2,
  mi: 1024 ** 2,
  mib: 1024 ** 2,
  mb: 1000 ** 2,
  g: 1024 ** 3,
  gi: 1024 ** 3,
  gib: 1024 ** 3,
  gb: 1000 ** 3,
  t: 1024 ** 4,
  ti: 1024 ** 4,
  tib: 1024 ** 4,
  tb: 1000 ** 4,
};

export const SIZE_FORMS =
  '512M, 1.5G, 2GiB or plain bytes (K/M/G/T and KiB/MiB/GiB/TiB are 1024-based, KB/MB/GB/TB 1000-based)';

/** Parses a size such as `512M`, `1.5G`, `2GiB` or `1048576`; returns bytes, or null if it is not one. */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
  if (!match) return null;
  const unit = UNITS[(match[2] ?? '').toLowerCase()];
  if (unit === undefined) return null;
  const bytes = Math.round(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) ? bytes : null;
}

/** Renders bytes the way people read memory sizes: `1.5 GiB`, `700 MiB`. */
export function formatBytes(bytes: number): string {
  const steps = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let step = 0;
  while (Math.abs(value) >= 1024 && step < steps.length - 1) {
    value /= 1024;
    step += 1;
  }
  return `${value.toFixed(step > 0 && value < 10 ? 1 : 0)} ${steps[step]}`;
}
