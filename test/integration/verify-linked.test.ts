import { copyFileSync, cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { CLI, run } from '../helpers/run.js';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLibFoo, buildWheel, tempDirs, VERIFY_FIXTURES } from '../helpers/verify-builds.js';
import { verifyCommand } from '../../src/cli/verify-command.js';
import { verifyWheel, type VerifyResult } from '../../src/verify/verify-wheel.js';
import { LINUX_TAG } from '../helpers/machine.js';
import { DEBIAN_PYTHON } from '../helpers/debian-pythons.js';

// python3's tag as it says it is (cp311 in bookworm)
const CP = DEBIAN_PYTHON.id;

const PYTHON = '/usr/bin/python3';
const temp = tempDirs();
let prefix: string;
let libDir: string;

type Link = 'plain' | 'bundled' | 'rpath';

/** The linked fixture's wheel, built with `link` and the library on LD_LIBRARY_PATH. */
function buildLinked(link: Link) {
  const dir = temp.make(`ww-verify-${link}-`);
  const source = path.join(dir, 'src');
  cpSync(path.join(VERIFY_FIXTURES, 'linked'), source, { recursive: true });
  const environment = { WWFOO_PREFIX: prefix, WWFOO_LINK: link, LD_LIBRARY_PATH: libDir };
  return { dir, environment, built: buildWheel(source, PYTHON, dir, environment) };
}

/** Builds the linked fixture with `link` and verifies its wheel with the build's LD_LIBRARY_PATH known. */
async function buildAndVerify(link: Link): Promise<VerifyResult> {
  const { dir, environment, built } = buildLinked(link);
  return verifyWheel({
    wheel: built.wheel,
    python: PYTHON,
    buildLog: built.log,
    workDir: path.join(dir, 'verify'),
    buildEnv: environment,
  });
}

const foo = (result: VerifyResult) => {
  const extension = result.extensions.find((e) => e.module === 'wwlinked._foo')!;
  return extension.libraries.find((l) => l.name === 'libwwfoo.so.1')!;
};

beforeAll(() => {
  prefix = temp.make('ww-prefix-');
  libDir = buildLibFoo(prefix);
});
afterAll(() => temp.removeAll());

describe('verify on a wheel whose extension needs a library from a temporary prefix', () => {
  it('reports the library unresolved, the failed import, and what to do, when only -L and LD_LIBRARY_PATH reached it', async () => {
    const result = await buildAndVerify('plain');
    expect(foo(result)).toMatchObject({ place: 'missing', how: 'unresolved', path: null });
    expect(foo(result).onlyThrough).toBe(path.join(libDir, 'libwwfoo.so.1'));
    const imported = Object.fromEntries(result.imports.map((o) => [o.module, o]));
    expect(imported['wwlinked._foo']!.ok).toBe(false);
    expect(imported['wwlinked._foo']!.error).toContain(
      'libwwfoo.so.1: cannot open shared object file: No such file or directory',
    );
    expect(imported.wwlinked!.ok).toBe(false);

    const card = result.diagnoses.find(
      (d) => d.class === 'missing-shared-library' && d.concerns.extension === 'wwlinked._foo',
    )!;
    expect(card.concerns).toMatchObject({ library: 'libwwfoo.so.1', python: PYTHON });
    expect(card.title).toContain('libwwfoo.so.1');
    expect(card.remedy).toContain('auditwheel repair');
    expect(card.remedy).toContain('$ORIGIN');
    const evidence = card.evidence.map((e) => e.text).join('\n');
    expect(evidence).toContain('cannot open shared object file');
    expect(evidence).toContain(`LD_LIBRARY_PATH: ${path.join(libDir, 'libwwfoo.so.1')}`);
    // the import failure is the same problem: one card for it, not two
    expect(result.diagnoses.filter((d) => d.concerns.extension === 'wwlinked._foo')).toHaveLength(
      1,
    );
    expect(result.passed).toBe(false);
  });

  it('passes both the resolver and the import test with the library bundled and RPATH $ORIGIN/…', async () => {
    const result = await buildAndVerify('bundled');
    expect(foo(result)).toMatchObject({
      place: 'wheel',
      path: expect.stringContaining('/wwlinked.libs/'),
    });
    expect(['rpath', 'runpath']).toContain(foo(result).how);
    expect(result.imports.map((o) => [o.module, o.ok])).toEqual([
      ['wwlinked', true],
      ['wwlinked._foo', true],
    ]);
    // only the plain linux tag remains, and it does not keep the wheel out
    expect(result.diagnoses.map((d) => d.class)).toEqual(['platform-tag-not-accepted-by-pypi']);
    expect(result.diagnoses[0]!.remedy).toContain('auditwheel repair');
    expect(result.passed).toBe(true);
  });

  it('flags an RPATH into a temporary directory of the build machine although the wheel loads here', async () => {
    const result = await buildAndVerify('rpath');
    expect(foo(result)).toMatchObject({
      place: 'outside',
      path: path.join(libDir, 'libwwfoo.so.1'),
      outside: 'a temporary directory of the build machine',
    });
    expect(result.imports.every((o) => o.ok)).toBe(true);
    const card = result.diagnoses.find((d) => d.class === 'library-outside-wheel')!;
    expect(card.concerns.library).toBe('libwwfoo.so.1');
    expect(card.title).toContain(libDir);
    expect(result.passed).toBe(false);
  });
});

describe('the main job with verify on', () => {
  it('keeps a wheel whose library only the build could find out of output-dir, and says why', () => {
    const dir = temp.make('ww-verify-pipeline-');
    const source = path.join(dir, 'src');
    cpSync(path.join(VERIFY_FIXTURES, 'linked'), source, { recursive: true });
    const environment = [
      `WWFOO_PREFIX=${prefix}`,
      'WWFOO_LINK=plain',
      `LD_LIBRARY_PATH=${libDir}`,
    ].join('\n');
    const out = path.join(dir, 'wheelhouse');
    const reportDir = path.join(dir, 'report');
    const ran = run([
      process.execPath,
      CLI,
      'build',
      source,
      '--build-isolation',
      'false',
      '--python-versions',
      PYTHON,
      '--output-dir',
      out,
      '--report-dir',
      reportDir,
      '--environment',
      environment,
      // verify's own finding, on the wheel as built (auto's refusal is repair.test.ts's)
      '--repair-command',
      'off',
    ]);
    expect(ran.status).toBe(1);
    const report = JSON.parse(readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
    expect(report.builds[0].status).toBe('rejected');
    expect(report.wheels).toEqual([]);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    expect(readdirSync(path.join(reportDir, 'rejected'))).toEqual([
      `wwlinked-1.0-${CP}-${CP}-${LINUX_TAG}.whl`,
    ]);
    expect(report.builds[0].diagnoses[0].class).toBe('missing-shared-library');
    expect(ran.stdout).toMatch(/🚫 rejected/);
    expect(ran.stdout).toMatch(/libwwfoo\.so\.1/);
  });
});

describe('wheelwright verify WHEEL…', () => {
  // the command from source, in this process: what the bundle will run once dist/ is rebuilt
  const verify = async (args: string[]) => {
    let [stdout, stderr] = ['', ''];
    const status = await verifyCommand(
      args,
      process.env,
      (text) => (stdout += text),
      (text) => (stderr += text),
    );
    return { status, stdout, stderr };
  };

  it('prints each wheel’s problems as JSON, and exits 1 when any wheel is broken', async () => {
    const wheels = (['plain', 'bundled', 'rpath'] as const).map((l) => buildLinked(l).built.wheel);
    const ran = await verify(['--json', '--python-versions', PYTHON, ...wheels]);
    expect(ran.status, ran.stderr).toBe(1);
    const [plain, bundled, rpath] = JSON.parse(ran.stdout);
    expect(plain).toMatchObject({
      wheel: wheels[0],
      python: PYTHON,
      ok: false,
      unresolved: ['libwwfoo.so.1'],
      outside: [],
      policy: [],
      diagnosis: { class: 'missing-shared-library', concerns: { library: 'libwwfoo.so.1' } },
    });
    expect(plain.importError).toContain('libwwfoo.so.1: cannot open shared object file');
    // the card cites the import test's log, which outlives the command
    const cited = (plain.diagnosis.evidence as { source: string }[]).find((e) =>
      e.source.endsWith('import-test.log'),
    )!;
    expect(readFileSync(cited.source, 'utf8')).toContain('libwwfoo.so.1');
    rmSync(path.dirname(cited.source), { recursive: true });
    expect(bundled).toEqual({
      wheel: wheels[1],
      python: PYTHON,
      ok: true,
      unresolved: [],
      outside: [],
      policy: [],
      importError: null,
      importSkipped: null,
      diagnosis: null,
    });
    expect(rpath).toMatchObject({
      ok: false,
      unresolved: [],
      outside: [{ library: 'libwwfoo.so.1', path: path.join(libDir, 'libwwfoo.so.1') }],
      importError: null,
      diagnosis: { class: 'library-outside-wheel' },
    });
  });

  it('picks each wheel’s interpreter by its tags, prints one object for one wheel, and exits 0 when it is ok', async () => {
    const { built, dir } = buildLinked('bundled');
    const ran = await verify(['--json', built.wheel]);
    expect(ran.status, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ wheel: built.wheel, ok: true });
    // the same wheel claiming CPython 3.99: nothing here can load it, and its libraries resolve
    const future = path.join(dir, path.basename(built.wheel).replaceAll(CP, 'cp399'));
    copyFileSync(built.wheel, future);
    const none = await verify(['--python-versions', PYTHON, future]);
    expect(none.status).toBe(0);
    expect(none.stdout).toContain(`ok: ${future}`);
    expect(none.stdout).toContain(
      'The import test did not run: no interpreter found that can load a cp399-cp399 wheel',
    );
    expect(none.stdout).toContain('--python-versions');
  });

  it('names a bad argument and what it accepts, with exit status 2', async () => {
    const missing = await verify(['/nonexistent/x-1.0-cp311-cp311-linux_x86_64.whl']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      "WHEEL '/nonexistent/x-1.0-cp311-cp311-linux_x86_64.whl': no such file",
    );
    const badVersion = await verify(['--python-versions', 'three', '/etc/hostname']);
    expect(badVersion.status).toBe(2);
    expect(badVersion.stderr).toContain("--python-versions: 'three' is not accepted");
    const notWheel = await verify(['/etc/hostname']);
    expect(notWheel.status).toBe(2);
    expect(notWheel.stderr).toContain("WHEEL '/etc/hostname': not a wheel's name");
  });
});
