#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/config/action-inputs.ts
// Generated from action.yml by scripts/generate.js: edit action.yml, then run npm run generate.
const ACTION_INPUTS = [
    {
        name: 'package-dir',
        default: '.',
        description: 'Directory of the Python package to build (the one holding pyproject.toml, setup.py or setup.cfg), relative to the workspace or absolute.',
    },
    {
        name: 'python-versions',
        default: '',
        description: 'Interpreters to build for, separated by commas or spaces: versions (3.12, 3.13t for free-threaded), implementation-qualified names (pypy3.10, cp311, pp310) or paths to interpreters. Empty builds for every Python found on the runner.',
    },
    {
        name: 'output-dir',
        default: 'wheelhouse',
        description: 'Directory the built wheels are written to, relative to the workspace or absolute.',
    },
    {
        name: 'jobs',
        default: 'auto',
        description: "How many compiles may run at once across all Python versions: auto (from the memory and CPUs the runner really has and each file's estimated compiler memory) or a whole number of at least 1.",
    },
    {
        name: 'memory-per-job',
        default: 'auto',
        description: 'Memory to reserve for each compile: auto (estimated per file from its size, language and flags) or a size such as 512M, 1.5G, 2GiB or plain bytes.',
    },
    {
        name: 'swap',
        default: 'auto',
        description: 'Swap to add before the build when memory is short: auto (only when the plan needs it), off, or a size such as 2G.',
    },
];
const ACTION_OUTPUTS = [
    { name: 'jobs', description: 'The number of compiles planned to run at once.' },
    {
        name: 'memory-effective',
        description: 'Memory (bytes) a build may really use now, the smallest of what the machine and its cgroups allow.',
    },
    {
        name: 'memory-budget',
        description: 'Memory (bytes) the plan lets all running compiles use together.',
    },
    { name: 'memory-per-job', description: 'Memory (bytes) planned for each running compile.' },
    { name: 'cpus', description: 'CPUs the build may use (online, affinity and cgroup quota).' },
    {
        name: 'largest-source',
        description: 'The source file with the largest estimated compiler memory, relative to package-dir.',
    },
    {
        name: 'plan',
        description: 'The whole plan as JSON (jobs, budget, per-job memory, largest file, reasons).',
    },
    {
        name: 'probe',
        description: 'The whole probe as JSON (memory, swap, per-process limits, CPUs, disk).',
    },
];

;// CONCATENATED MODULE: ./src/config/input-error.ts
/** A value the user gave that wheelwright cannot accept: names the input, the value and what is accepted. */
class InputError extends Error {
    input;
    value;
    accepted;
    constructor(input, value, accepted) {
        super(`input '${input}': '${value}' is not accepted; ${accepted}`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
        this.name = 'InputError';
    }
    /** The same one line, in the words of the surface the user typed it on. */
    lineFor(surface) {
        const where = surface === 'cli' ? `--${this.input}` : `input '${this.input}'`;
        return `${where}: '${this.value}' is not accepted; ${this.accepted}`;
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: ./src/config/size.ts
const UNITS = {
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
const SIZE_FORMS = '512M, 1.5G, 2GiB or plain bytes (K/M/G/T and KiB/MiB/GiB/TiB are 1024-based, KB/MB/GB/TB 1000-based)';
/** Parses a size such as `512M`, `1.5G`, `2GiB` or `1048576`; returns bytes, or null if it is not one. */
function parseSize(text) {
    const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim());
    if (!match)
        return null;
    const unit = UNITS[(match[2] ?? '').toLowerCase()];
    if (unit === undefined)
        return null;
    const bytes = Math.round(Number(match[1]) * unit);
    return Number.isSafeInteger(bytes) ? bytes : null;
}
/** Renders bytes the way people read memory sizes: `1.5 GiB`, `700 MiB`. */
function formatBytes(bytes) {
    const steps = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let step = 0;
    while (Math.abs(value) >= 1024 && step < steps.length - 1) {
        value /= 1024;
        step += 1;
    }
    return `${value.toFixed(step > 0 && value < 10 ? 1 : 0)} ${steps[step]}`;
}

;// CONCATENATED MODULE: ./src/config/options.ts




const DEFAULTS = Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, i.default]));
// Interpreter requests: versions (3, 3.12, 3.13t), tags (cp311, pp310, cp313t), names (pypy3.10,
// python3.12, cpython3.12) or paths.
const PYTHON_REQUEST = /^(?:(?:python|cpython|pypy)?\d+(?:\.\d+)?t?|(?:cp|pp)\d{2,3}t?)$/i;
function parseJobs(value) {
    if (value === 'auto')
        return value;
    if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 4096)
        return Number(value);
    throw new InputError('jobs', value, "expected 'auto' or a whole number from 1 to 4096, e.g. 2");
}
/** A size, or one of the given words; the error lists both. */
function parseSizeOr(input, value, words) {
    if (words.includes(value))
        return value;
    const bytes = parseSize(value);
    if (bytes === null || bytes < 1) {
        const choices = words.map((w) => `'${w}'`).join(', ');
        throw new InputError(input, value, `expected ${choices} or a positive size: ${SIZE_FORMS}`);
    }
    return bytes;
}
function parsePythonVersions(value) {
    const requests = value.split(/[\s,]+/).filter(Boolean);
    for (const request of requests) {
        const isPath = request.includes('/') || request.includes('\\');
        if (!isPath && !PYTHON_REQUEST.test(request)) {
            throw new InputError('python-versions', request, 'expected versions (3.12, 3.13t), names (pypy3.10, cp311, pp310) or interpreter paths, separated by commas or spaces');
        }
    }
    return [...new Set(requests)];
}
function parseDirectory(input, value, cwd) {
    if (value.includes('\0'))
        throw new InputError(input, value, 'expected a directory path');
    return external_node_path_default().resolve(cwd, value);
}
/** Turns raw input text into typed options, or throws an InputError naming the first bad one. */
function parseOptions(source, cwd) {
    const get = (name) => {
        const raw = source(name)?.trim();
        return raw === undefined || raw === '' ? DEFAULTS[name] : raw;
    };
    return {
        packageDir: parseDirectory('package-dir', get('package-dir'), cwd),
        pythonVersions: parsePythonVersions(get('python-versions')),
        outputDir: parseDirectory('output-dir', get('output-dir'), cwd),
        jobs: parseJobs(get('jobs')),
        memoryPerJob: parseSizeOr('memory-per-job', get('memory-per-job'), ['auto']),
        swap: parseSizeOr('swap', get('swap'), ['auto', 'off']),
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/config/package-dir.ts



const MARKERS = ['pyproject.toml', 'setup.py', 'setup.cfg'];
/** Fails with the input's name unless `dir` is a directory holding a Python package's build files. */
function checkPackageDir(dir, asGiven) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(dir)) {
        throw new InputError('package-dir', asGiven, `no such directory (${dir})`);
    }
    if (!(0,external_node_fs_namespaceObject.statSync)(dir).isDirectory()) {
        throw new InputError('package-dir', asGiven, `it is not a directory (${dir})`);
    }
    if (!MARKERS.some((marker) => (0,external_node_fs_namespaceObject.existsSync)(external_node_path_default().join(dir, marker)))) {
        throw new InputError('package-dir', asGiven, `expected a directory holding pyproject.toml, setup.py or setup.cfg (${dir} has none)`);
    }
}

;// CONCATENATED MODULE: ./src/plan/compile-memory.ts
function estimateCompileBytes(unit, flags) {
    return 60 * 1024 * 1024 + unit.bytes * (flags.debug ? 70 : 60);
}
function estimateAll(units, flags) {
    return units.map((unit) => ({
        file: unit.file,
        estimateBytes: estimateCompileBytes(unit, flags),
    }));
}

;// CONCATENATED MODULE: ./src/plan/plan.ts

const MiB = 1024 ** 2;
/**
 * Memory kept back for what runs beside the compiles: the build frontend, setuptools and this
 * action. 10% of what is there, within 128 MiB and 512 MiB.
 */
function reserveFor(effectiveBytes) {
    return Math.min(512 * MiB, Math.max(128 * MiB, Math.round(effectiveBytes * 0.1)));
}
const RLIMIT_NAMES = { data: 'RLIMIT_DATA (ulimit -d)', as: 'RLIMIT_AS (ulimit -v)' };
const jobsWord = (n) => `${n} job${n === 1 ? '' : 's'}`;
function rlimitBlocks(limits, estimates) {
    const blocks = [];
    for (const limit of ['data', 'as']) {
        const { soft, hard } = limits[limit];
        if (soft === null)
            continue;
        const over = estimates.filter((e) => e.estimateBytes > soft);
        if (over.length === 0)
            continue;
        blocks.push({
            limit,
            softBytes: soft,
            hardBytes: hard,
            raisable: hard === null || hard >= over[0].estimateBytes,
            files: over.map((e) => e.file),
        });
    }
    return blocks;
}
function rlimitReason(block, largest) {
    const hard = block.hardBytes === null ? 'unlimited' : formatBytes(block.hardBytes);
    const fix = block.raisable
        ? `raise the soft limit to the hard limit (${hard}) before the build`
        : `the hard limit (${hard}) is below it too: only root can raise it (ulimit -H), or build elsewhere`;
    const others = block.files.length > 1 ? ` and ${block.files.length - 1} more file(s)` : '';
    return (`limit: ${RLIMIT_NAMES[block.limit]} soft ${formatBytes(block.softBytes)} < ~${formatBytes(largest.estimateBytes)} ` +
        `for ${largest.file}${others}: that compile can only fail (cc1: out of memory allocating …); ${fix}`);
}
/**
 * Largest k such that the k biggest compiles that can run together fit in the budget (at least
 * 1), where each file can be compiled by `builds` builds at once.
 */
function jobsThatFit(sortedEstimates, builds, budget) {
    let sum = 0;
    let jobs = 0;
    for (const estimate of sortedEstimates) {
        for (let copy = 0; copy < builds; copy++) {
            if (sum + estimate > budget)
                return Math.max(1, jobs);
            sum += estimate;
            jobs += 1;
        }
    }
    return Math.max(1, jobs);
}
/** How many compiles may safely run at once, and why, in words a user understands. */
function makePlan(request) {
    const { probe } = request;
    const estimates = [...request.estimates].sort((a, b) => b.estimateBytes - a.estimateBytes || a.file.localeCompare(b.file));
    const largest = estimates[0] ?? null;
    const effective = probe.memory.effectiveBytes;
    const reserve = reserveFor(effective);
    const budgetBytes = Math.max(0, effective - reserve);
    const cpus = probe.cpus.effective;
    const reasons = [];
    const cpuParts = [`online ${probe.cpus.online}`];
    if (probe.cpus.affinity !== null)
        cpuParts.push(`affinity ${probe.cpus.affinity}`);
    cpuParts.push(probe.cpus.quota === null ? 'no cgroup quota' : `cgroup quota ${probe.cpus.quota}`);
    reasons.push(`cpus: ${cpus} (${cpuParts.join(', ')}) → at most ${jobsWord(cpus)} by CPU`);
    const memoryHead = `memory: ${formatBytes(effective)} effective, ${formatBytes(budgetBytes)} for compiles after ${formatBytes(reserve)} kept for the build's own processes`;
    let jobs;
    let perJobBytes;
    if (request.jobs !== 'auto') {
        jobs = request.jobs;
        perJobBytes =
            request.memoryPerJob === 'auto' ? Math.floor(budgetBytes / jobs) : request.memoryPerJob;
        const together = estimates
            .flatMap((e) => Array(request.builds).fill(e.estimateBytes))
            .slice(0, jobs)
            .reduce((sum, bytes) => sum + bytes, 0);
        reasons.push(`jobs: ${jobs} set by input`);
        if (together > budgetBytes) {
            reasons.push(`${memoryHead}; the ${jobs} largest compiles may need ~${formatBytes(together)} together: expect OOM kills unless swap covers them`);
        }
    }
    else if (request.memoryPerJob !== 'auto') {
        perJobBytes = request.memoryPerJob;
        const byMemory = Math.max(1, Math.floor(budgetBytes / perJobBytes));
        jobs = Math.min(cpus, byMemory);
        reasons.push(`${memoryHead} / ${formatBytes(perJobBytes)} per job (memory-per-job) → ${jobsWord(jobs)}`);
    }
    else if (largest === null) {
        jobs = cpus;
        perJobBytes = Math.floor(budgetBytes / jobs);
        reasons.push(`${memoryHead}; no C/C++ sources found to estimate → ${jobsWord(jobs)} by CPU`);
    }
    else {
        const sorted = estimates.map((e) => e.estimateBytes);
        const byMemory = jobsThatFit(sorted, request.builds, budgetBytes);
        jobs = Math.min(cpus, byMemory);
        perJobBytes = Math.floor(budgetBytes / jobs);
        const bound = byMemory < cpus ? 'memory' : 'CPU';
        const copies = request.builds > 1 ? ` (up to ${request.builds} builds may compile it at once)` : '';
        reasons.push(`${memoryHead} / ~${formatBytes(largest.estimateBytes)} for ${largest.file}${copies} → ${jobsWord(jobs)} (bound by ${bound})`);
    }
    if (largest !== null && largest.estimateBytes > budgetBytes) {
        const swap = probe.swap.usableBytes;
        const cover = swap !== null && swap >= largest.estimateBytes - budgetBytes
            ? `usable swap (${formatBytes(swap)}) covers the rest, slowly`
            : `usable swap is ${swap === null ? 'unknown' : formatBytes(swap)}: add swap (swap: auto) or a larger runner, or it will be OOM-killed`;
        reasons.push(`memory short: ~${formatBytes(largest.estimateBytes)} for ${largest.file} exceeds the ${formatBytes(budgetBytes)} budget even alone; ${cover}`);
    }
    const rlimits = largest === null ? [] : rlimitBlocks(probe.limits, estimates);
    for (const block of rlimits)
        reasons.push(rlimitReason(block, estimates.find((e) => e.file === block.files[0])));
    return { jobs, perJobBytes, budgetBytes, largest, reasons, rlimits, estimates };
}

;// CONCATENATED MODULE: ./src/plan/sources.ts


const LANGUAGES = {
    '.c': 'c',
    '.cc': 'c++',
    '.cpp': 'c++',
    '.cxx': 'c++',
    '.c++': 'c++',
    '.pyx': 'c',
};
// Trees that are never compiled into the package: VCS data, build outputs, environments.
const SKIPPED_DIRS = new Set([
    '.git',
    '.hg',
    '.svn',
    'build',
    'dist',
    'wheelhouse',
    'node_modules',
    '.tox',
    '.nox',
    'venv',
    '.venv',
    '__pycache__',
    '.eggs',
]);
function head(file) {
    const buffer = Buffer.alloc(512);
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        return buffer.toString('latin1', 0, (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, buffer.length, 0));
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Every C/C++ translation unit in a package tree, and Cython sources whose C is not generated yet. */
function findTranslationUnits(packageDir) {
    const units = [];
    const walk = (dir) => {
        const entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        const names = new Set(entries.map((e) => e.name));
        for (const entry of entries) {
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!SKIPPED_DIRS.has(entry.name) && !entry.name.endsWith('.egg-info'))
                    walk(full);
                continue;
            }
            const extension = external_node_path_default().extname(entry.name).toLowerCase();
            const language = LANGUAGES[extension];
            if (!entry.isFile() || language === undefined)
                continue;
            const stem = entry.name.slice(0, -extension.length);
            if (extension === '.pyx' && (names.has(`${stem}.c`) || names.has(`${stem}.cpp`)))
                continue;
            const text = head(full);
            units.push({
                file: external_node_path_default().relative(packageDir, full).split((external_node_path_default()).sep).join('/'),
                bytes: (0,external_node_fs_namespaceObject.statSync)(full).size,
                language,
                cython: extension === '.pyx' ? 'source' : /Generated by Cython/.test(text) ? 'generated' : null,
            });
        }
    };
    walk(packageDir);
    return units.sort((a, b) => a.file.localeCompare(b.file));
}

;// CONCATENATED MODULE: ./src/plan/translation-unit.ts
/**
 * The flags a build will use, from the CFLAGS the user sets. Python's own sysconfig CFLAGS carry
 * `-g` on Linux and macOS builds, so debug info is assumed unless the user's flags end it.
 */
function flagsFromEnvironment(env) {
    const words = `${env.CFLAGS ?? ''} ${env.CXXFLAGS ?? ''}`.split(/\s+/).filter(Boolean);
    const lastDebug = words.filter((w) => /^-g/.test(w)).at(-1);
    return {
        debug: lastDebug === undefined || lastDebug !== '-g0',
        lto: words
            .filter((w) => /^-f(no-)?lto/.test(w))
            .at(-1)
            ?.startsWith('-flto') ?? false,
    };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/probe/combine.ts
/** How many compiles the CPUs can run at once: a fractional quota still lets a process run. */
function effectiveCpus(online, affinity, quota) {
    return Math.max(1, Math.min(online, affinity ?? Infinity, quota === null ? Infinity : Math.ceil(quota)));
}

;// CONCATENATED MODULE: ./src/probe/darwin.ts


/** `sysctl name…` output: `name: value` lines. */
function parseSysctl(text) {
    const values = new Map();
    for (const line of text.split('\n')) {
        const match = /^([\w.]+):\s*(.*)$/.exec(line.trim());
        if (match)
            values.set(match[1], match[2]);
    }
    return values;
}
/** `vm.swapusage: total = 2048.00M  used = 1045.75M  free = 1002.25M  (encrypted)` → bytes. */
function parseSwapUsage(value) {
    const total = /total = ([\d.]+[KMGT]?)/.exec(value)?.[1];
    const free = /free = ([\d.]+[KMGT]?)/.exec(value)?.[1];
    if (total === undefined || free === undefined)
        return null;
    return { total: parseSize(total) ?? 0, free: parseSize(free) ?? 0 };
}
/**
 * Memory the system can hand out without paging, from `vm_stat`: free, speculative and inactive
 * pages, the way Activity Monitor counts memory that is not under pressure.
 */
function parseVmStat(text) {
    const pageSize = Number(/page size of (\d+) bytes/.exec(text)?.[1] ?? NaN);
    if (!Number.isFinite(pageSize))
        return null;
    const pages = (name) => Number(new RegExp(`^Pages ${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
    return (pages('free') + pages('speculative') + pages('inactive')) * pageSize;
}
/** Six lines of `ulimit -S/-H` for -d, -v, -m, in KiB or `unlimited`. */
function parseUlimits(text) {
    const values = text
        .trim()
        .split('\n')
        .map((line) => (/^\d+$/.test(line.trim()) ? Number(line.trim()) * 1024 : null));
    const pair = (at) => ({ soft: values[at] ?? null, hard: values[at + 1] ?? null });
    return { data: pair(0), as: pair(2), rss: pair(4) };
}
function probeDarwin(outputs, disk) {
    const sysctl = parseSysctl(outputs.sysctl);
    const totalBytes = Number(sysctl.get('hw.memsize') ?? 0);
    const availableBytes = parseVmStat(outputs.vmStat) ?? totalBytes;
    const swap = parseSwapUsage(sysctl.get('vm.swapusage') ?? '');
    const online = Number(sysctl.get('hw.logicalcpu') ?? sysctl.get('hw.ncpu') ?? 1);
    return {
        platform: 'darwin',
        memory: {
            totalBytes,
            availableBytes,
            cgroupLimitBytes: null,
            cgroupHighBytes: null,
            cgroupAvailableBytes: null,
            effectiveBytes: availableBytes,
        },
        // macOS grows its swap files on demand: what is free now is not a ceiling.
        swap: {
            totalBytes: swap?.total ?? null,
            freeBytes: swap?.free ?? null,
            usableBytes: swap?.free ?? null,
        },
        limits: parseUlimits(outputs.ulimit),
        cpus: { online, affinity: null, quota: null, effective: effectiveCpus(online, null, null) },
        disk,
        cgroup: null,
        notes: ['macOS manages swap itself (dynamic swap files): usable swap is what is free now.'],
    };
}

;// CONCATENATED MODULE: external "node:path/posix"
const posix_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path/posix");
var posix_default = /*#__PURE__*/__nccwpck_require__.n(posix_namespaceObject);
;// CONCATENATED MODULE: ./src/probe/cgroup.ts

/** /proc/<pid>/cgroup: `id:controllers:path` lines; id 0 with no controllers is the v2 hierarchy. */
function parseProcCgroup(text) {
    const membership = { v1: new Map(), v2: null };
    for (const line of text.split('\n')) {
        const match = /^(\d+):([^:]*):(.*)$/.exec(line);
        if (!match)
            continue;
        const [, id, controllers, cgroupPath] = match;
        if (id === '0' && controllers === '')
            membership.v2 = cgroupPath;
        else
            for (const controller of controllers.split(','))
                membership.v1.set(controller, cgroupPath);
    }
    return membership;
}
const cgroup_unescape = (field) => field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
/** /proc/<pid>/mountinfo, keeping only cgroup file systems. */
function parseCgroupMounts(text) {
    const mounts = [];
    for (const line of text.split('\n')) {
        const fields = line.split(' ');
        const separator = fields.indexOf('-');
        if (separator < 6)
            continue;
        const fsType = fields[separator + 1] ?? '';
        if (fsType !== 'cgroup' && fsType !== 'cgroup2')
            continue;
        mounts.push({
            root: cgroup_unescape(fields[3]),
            mountPoint: cgroup_unescape(fields[4]),
            fsType,
            superOptions: (fields[separator + 3] ?? '').split(','),
        });
    }
    return mounts;
}
/**
 * The directories of a cgroup and its ancestors under a mount, nearest first. A container often
 * mounts only its own subtree (mount root = its cgroup path), or hides the rest behind a cgroup
 * namespace (path `/`); in both cases the mount point itself is the process's cgroup.
 */
function cgroupChain(mount, cgroupPath) {
    let relative;
    if (mount.root === '/')
        relative = cgroupPath;
    else if (cgroupPath === mount.root || !cgroupPath.startsWith(`${mount.root}/`))
        relative = '/';
    else
        relative = cgroupPath.slice(mount.root.length);
    const chain = [];
    for (let dir = posix_default().resolve(mount.mountPoint, `.${relative}`);; dir = posix_default().dirname(dir)) {
        chain.push(dir);
        if (dir === mount.mountPoint || dir === '/')
            break;
    }
    return chain;
}
// cgroup v1 writes "no limit" as the largest page-aligned 63-bit value.
const V1_UNLIMITED = 2 ** 60;
function readNumber(read, file) {
    const text = read(file)?.trim();
    if (text === undefined || text === '' || text === 'max')
        return null;
    const value = Number(text);
    return Number.isFinite(value) && value >= 0 && value < V1_UNLIMITED ? value : null;
}
function statField(read, file, field) {
    const match = new RegExp(`^${field} (\\d+)$`, 'm').exec(read(file) ?? '');
    return match ? Number(match[1]) : 0;
}
const minOf = (values) => {
    const present = values.filter((v) => v !== null);
    return present.length ? Math.min(...present) : null;
};
function levelV2(read, dir) {
    const current = readNumber(read, `${dir}/memory.current`) ?? 0;
    const swapMax = readNumber(read, `${dir}/memory.swap.max`);
    const swapCurrent = readNumber(read, `${dir}/memory.swap.current`) ?? 0;
    return {
        limit: readNumber(read, `${dir}/memory.max`),
        high: readNumber(read, `${dir}/memory.high`),
        workingSet: Math.max(0, current - statField(read, `${dir}/memory.stat`, 'inactive_file')),
        swapCap: swapMax === null ? null : Math.max(0, swapMax - swapCurrent),
    };
}
function levelV1(read, dir) {
    const limit = readNumber(read, `${dir}/memory.limit_in_bytes`);
    const memsw = readNumber(read, `${dir}/memory.memsw.limit_in_bytes`);
    const usage = readNumber(read, `${dir}/memory.usage_in_bytes`) ?? 0;
    return {
        limit,
        high: null,
        workingSet: Math.max(0, usage - statField(read, `${dir}/memory.stat`, 'total_inactive_file')),
        // memsw counts memory plus swap, so what is left for swap is the difference.
        swapCap: memsw === null ? null : Math.max(0, memsw - (limit ?? memsw)),
    };
}
function findMount(mounts, version, controller) {
    return mounts.find((m) => version === 2
        ? m.fsType === 'cgroup2'
        : m.fsType === 'cgroup' && m.superOptions.includes(controller));
}
/** Where a controller lives for this process: v1 if the controller is bound there, else v2. */
function locate(membership, mounts, controller) {
    const v1Path = membership.v1.get(controller);
    const v1Mount = findMount(mounts, 1, controller);
    if (v1Path !== undefined && v1Mount) {
        return { version: 1, path: v1Path, chain: cgroupChain(v1Mount, v1Path) };
    }
    const v2Mount = findMount(mounts, 2, controller);
    if (membership.v2 !== null && v2Mount) {
        return { version: 2, path: membership.v2, chain: cgroupChain(v2Mount, membership.v2) };
    }
    return null;
}
/** The memory limits that bind this process, from its cgroup up to the root of the hierarchy. */
function readCgroupMemory(read, membership, mounts) {
    const where = locate(membership, mounts, 'memory');
    if (!where)
        return null;
    const levels = where.chain.map((dir) => (where.version === 2 ? levelV2 : levelV1)(read, dir));
    const headroom = levels.map((l) => {
        const cap = minOf([l.limit, l.high]);
        return cap === null ? null : Math.max(0, cap - l.workingSet);
    });
    return {
        version: where.version,
        path: where.path,
        limitBytes: minOf(levels.map((l) => l.limit)),
        highBytes: minOf(levels.map((l) => l.high)),
        availableBytes: minOf(headroom),
        swapCapBytes: minOf(levels.map((l) => l.swapCap)),
    };
}
function quotaV2(read, dir) {
    const match = /^(\d+)\s+(\d+)$/.exec(read(`${dir}/cpu.max`)?.trim() ?? '');
    return match ? Number(match[1]) / Number(match[2]) : null;
}
function quotaV1(read, dir) {
    const quota = Number(read(`${dir}/cpu.cfs_quota_us`)?.trim() ?? -1);
    const period = Number(read(`${dir}/cpu.cfs_period_us`)?.trim() ?? 0);
    return quota > 0 && period > 0 ? quota / period : null;
}
/** The CPU bandwidth the cgroups allow, in CPUs (1.5 = one and a half); null when unlimited. */
function readCgroupCpuQuota(read, membership, mounts) {
    const where = locate(membership, mounts, 'cpu');
    if (!where)
        return null;
    return minOf(where.chain.map((dir) => (where.version === 2 ? quotaV2 : quotaV1)(read, dir)));
}

;// CONCATENATED MODULE: ./src/probe/proc-files.ts
/** /proc/meminfo as bytes by field name (`MemTotal`, `SwapFree`, …). */
function parseMeminfo(text) {
    const fields = new Map();
    for (const line of text.split('\n')) {
        const match = /^([\w()]+):\s+(\d+)(?:\s+kB)?\s*$/.exec(line);
        if (match)
            fields.set(match[1], Number(match[2]) * (line.trimEnd().endsWith('kB') ? 1024 : 1));
    }
    return fields;
}
const LIMIT_NAMES = { data: 'Max data size', as: 'Max address space', rss: 'Max resident set' };
function limitValue(text) {
    return text === undefined || text === 'unlimited' ? null : Number(text);
}
/** The memory rlimits from /proc/<pid>/limits; null means unlimited (or not listed). */
function parseProcLimits(text) {
    const rows = new Map();
    for (const line of text.split('\n')) {
        const match = /^(Max [a-z ]+?)\s{2,}(\S+)\s+(\S+)/.exec(line);
        if (match)
            rows.set(match[1], [match[2], match[3]]);
    }
    const limit = (name) => {
        const row = rows.get(name);
        return { soft: limitValue(row?.[0]), hard: limitValue(row?.[1]) };
    };
    return { data: limit(LIMIT_NAMES.data), as: limit(LIMIT_NAMES.as), rss: limit(LIMIT_NAMES.rss) };
}
/** Counts the CPUs in a kernel CPU list such as `0-3,8-11` or `5`. */
function countCpuList(text) {
    const list = text.trim();
    if (list === '')
        return null;
    let count = 0;
    for (const part of list.split(',')) {
        const match = /^(\d+)(?:-(\d+))?$/.exec(part);
        if (!match)
            return null;
        count += match[2] === undefined ? 1 : Number(match[2]) - Number(match[1]) + 1;
    }
    return count;
}
/** `Cpus_allowed_list` from /proc/<pid>/status: the CPUs this process may run on. */
function parseAffinity(statusText) {
    const match = /^Cpus_allowed_list:\s*(.+)$/m.exec(statusText);
    return match ? countCpuList(match[1]) : null;
}

;// CONCATENATED MODULE: ./src/probe/linux.ts



/**
 * What a Linux machine offers this process, from the kernel's own files. `read` is rooted at `/`
 * on the machine and at a fixture directory in tests.
 */
function probeLinux(read, disk) {
    const notes = [];
    const meminfo = parseMeminfo(read('/proc/meminfo') ?? '');
    const totalBytes = meminfo.get('MemTotal') ?? 0;
    let availableBytes = meminfo.get('MemAvailable');
    if (availableBytes === undefined) {
        availableBytes = (meminfo.get('MemFree') ?? 0) + (meminfo.get('Cached') ?? 0);
        notes.push('MemAvailable is missing from /proc/meminfo (kernel before 3.14): used MemFree + Cached.');
    }
    const membership = parseProcCgroup(read('/proc/self/cgroup') ?? '');
    const mounts = parseCgroupMounts(read('/proc/self/mountinfo') ?? '');
    const cgroup = readCgroupMemory(read, membership, mounts);
    if (!cgroup)
        notes.push('No cgroup memory controller found for this process: only the machine limits apply.');
    const swapTotal = meminfo.get('SwapTotal') ?? null;
    const swapFree = meminfo.get('SwapFree') ?? null;
    const swapCap = cgroup?.swapCapBytes ?? null;
    const limitsText = read('/proc/self/limits');
    if (limitsText === undefined)
        notes.push('/proc/self/limits is unreadable: per-process limits unknown.');
    const online = countCpuList(read('/sys/devices/system/cpu/online') ?? '') ?? 1;
    const affinity = parseAffinity(read('/proc/self/status') ?? '');
    const quota = readCgroupCpuQuota(read, membership, mounts);
    return {
        platform: 'linux',
        memory: {
            totalBytes,
            availableBytes,
            cgroupLimitBytes: cgroup?.limitBytes ?? null,
            cgroupHighBytes: cgroup?.highBytes ?? null,
            cgroupAvailableBytes: cgroup?.availableBytes ?? null,
            effectiveBytes: Math.min(availableBytes, cgroup?.availableBytes ?? Infinity),
        },
        swap: {
            totalBytes: swapTotal,
            freeBytes: swapFree,
            usableBytes: swapFree === null ? null : Math.min(swapFree, swapCap ?? Infinity),
        },
        limits: parseProcLimits(limitsText ?? ''),
        cpus: { online, affinity, quota, effective: effectiveCpus(online, affinity, quota) },
        disk,
        cgroup: cgroup ? { version: cgroup.version, path: cgroup.path } : null,
        notes,
    };
}

;// CONCATENATED MODULE: ./src/probe/other.ts

/** Windows and anything else: only what Node itself can tell. */
function probeFromNode(view, disk) {
    const unknown = { soft: null, hard: null };
    return {
        platform: view.platform,
        memory: {
            totalBytes: view.totalBytes,
            availableBytes: view.freeBytes,
            cgroupLimitBytes: null,
            cgroupHighBytes: null,
            cgroupAvailableBytes: null,
            effectiveBytes: view.freeBytes,
        },
        swap: { totalBytes: null, freeBytes: null, usableBytes: null },
        limits: { data: unknown, as: unknown, rss: unknown },
        cpus: {
            online: view.cpus,
            affinity: null,
            quota: null,
            effective: effectiveCpus(view.cpus, null, null),
        },
        disk,
        cgroup: null,
        notes: [
            `On ${view.platform} only Node's view is used: available memory is the free physical memory; the page file and job-object limits are not read.`,
        ],
    };
}

;// CONCATENATED MODULE: ./src/probe/index.ts






function readOrUndefined(file) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}
function diskAt(dir) {
    try {
        const stats = (0,external_node_fs_namespaceObject.statfsSync)(dir);
        return { path: dir, freeBytes: stats.bavail * stats.bsize };
    }
    catch {
        return { path: dir, freeBytes: null };
    }
}
const run = (file, args) => {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    }
    catch {
        return '';
    }
};
/** Reads what this machine offers a build that runs in `workDir`. */
function probe(workDir) {
    const disk = diskAt(workDir);
    if (process.platform === 'linux')
        return probeLinux(readOrUndefined, disk);
    if (process.platform === 'darwin') {
        return probeDarwin({
            sysctl: run('/usr/sbin/sysctl', ['hw.memsize', 'hw.logicalcpu', 'hw.ncpu', 'vm.swapusage']),
            vmStat: run('/usr/bin/vm_stat', []),
            ulimit: run('/bin/sh', ['-c', 'for o in d v m; do ulimit -S -$o; ulimit -H -$o; done']),
        }, disk);
    }
    return probeFromNode({
        platform: process.platform,
        totalBytes: external_node_os_default().totalmem(),
        freeBytes: external_node_os_default().freemem(),
        cpus: external_node_os_default().availableParallelism(),
    }, disk);
}

;// CONCATENATED MODULE: ./src/pipeline.ts







/** Where builds run: the runner's temporary directory on GitHub, the system's elsewhere. */
function workRoot(env) {
    return env.RUNNER_TEMP || external_node_os_default().tmpdir();
}
function probeMachine(env) {
    return probe(workRoot(env));
}
/** Probe and plan for the package in `options.packageDir`. */
function planPackage(options, env, asGiven) {
    checkPackageDir(options.packageDir, asGiven);
    const machine = probeMachine(env);
    const plan = makePlan({
        probe: machine,
        estimates: estimateAll(findTranslationUnits(options.packageDir), flagsFromEnvironment(env)),
        jobs: options.jobs,
        memoryPerJob: options.memoryPerJob,
        // Until the interpreters are found, as many builds as CPUs could run side by side.
        builds: options.pythonVersions.length || machine.cpus.effective,
    });
    return { probe: machine, plan };
}

;// CONCATENATED MODULE: ./src/report/machine-table.ts

const size = (bytes, none = 'none') => (bytes === null ? none : formatBytes(bytes));
const rlimit = (limit) => limit.soft === limit.hard
    ? size(limit.soft, 'unlimited')
    : `${size(limit.soft, 'unlimited')} (hard ${size(limit.hard, 'unlimited')})`;
/** The probe as label/value rows, shared by the terminal table and the job summary. */
function machineRows(probe) {
    const { memory, swap, limits, cpus, disk } = probe;
    const cgroup = probe.cgroup
        ? `cgroup v${probe.cgroup.version} ${probe.cgroup.path}: limit ${size(memory.cgroupLimitBytes)}` +
            (memory.cgroupHighBytes === null ? '' : `, high ${formatBytes(memory.cgroupHighBytes)}`)
        : 'no cgroup limit found';
    return [
        [
            'Memory',
            `${formatBytes(memory.effectiveBytes)} effective · ${formatBytes(memory.availableBytes)} available of ${formatBytes(memory.totalBytes)}`,
        ],
        ['Cgroup', cgroup],
        [
            'Swap',
            swap.totalBytes === null
                ? 'unknown'
                : `${size(swap.usableBytes)} usable · ${size(swap.freeBytes)} free of ${size(swap.totalBytes)}`,
        ],
        ['Limits', `data ${rlimit(limits.data)} · address space ${rlimit(limits.as)}`],
        [
            'CPUs',
            `${cpus.effective} effective · ${cpus.online} online` +
                (cpus.affinity === null ? '' : ` · affinity ${cpus.affinity}`) +
                (cpus.quota === null ? '' : ` · quota ${cpus.quota}`),
        ],
        ['Disk', `${size(disk.freeBytes, 'unknown')} free at ${disk.path}`],
    ];
}
/** Aligned two-column text for a terminal. */
function textTable(rows) {
    const width = Math.max(...rows.map(([label]) => label.length));
    return rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n');
}

;// CONCATENATED MODULE: ./src/report/summary.ts


const summary_escape = (text) => text.replace(/\|/g, '\\|');
const SHOWN_ESTIMATES = 10;
/** The job summary: the decision first, then the machine, then why. */
function renderSummary(probe, plan) {
    const lines = ['## wheelwright', ''];
    const largest = plan.largest
        ? ` · largest compile ~${formatBytes(plan.largest.estimateBytes)} (\`${plan.largest.file}\`)`
        : '';
    lines.push(`**${plan.jobs} compile${plan.jobs === 1 ? '' : 's'} at once** · budget ${formatBytes(plan.budgetBytes)}${largest}`, '');
    lines.push('| Machine | |', '|---|---|');
    for (const [label, value] of machineRows(probe))
        lines.push(`| ${label} | ${summary_escape(value)} |`);
    lines.push('', '**Why**', '');
    for (const reason of plan.reasons)
        lines.push(`- ${reason}`);
    if (plan.estimates.length > 0) {
        const shown = plan.estimates.slice(0, SHOWN_ESTIMATES);
        lines.push('', `<details><summary>Largest compiles (estimated peak memory, ${shown.length} of ${plan.estimates.length})</summary>`, '');
        lines.push('| Source | Estimate |', '|---|---:|');
        for (const e of shown)
            lines.push(`| \`${summary_escape(e.file)}\` | ${formatBytes(e.estimateBytes)} |`);
        lines.push('', '</details>');
    }
    for (const note of probe.notes)
        lines.push('', `> ${note}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/cli/main.ts







const USAGE = `usage: wheelwright <command> [DIR] [options]

commands:
  run [DIR]     the action's main job on the package in DIR: probe, plan, summary
  plan [DIR]    how many compiles may run at once for the package in DIR, and why
  probe         what this machine really has: memory, cgroup limits, swap, rlimits, CPUs, disk

options (each is also an action input of the same name):
${ACTION_INPUTS.map((i) => `  --${i.name.padEnd(16)} default: ${i.default === '' ? '(empty)' : i.default}`).join('\n')}
  --python           alias of --python-versions
  --json             print JSON instead of text (probe, plan)
  -h, --help         this help
`;
const CONFIG = {
    allowPositionals: true,
    strict: true,
    options: {
        ...Object.fromEntries(ACTION_INPUTS.map((i) => [i.name, { type: 'string' }])),
        python: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    },
};
/** Runs one command; returns the exit code. Output goes through `out`, errors through `err`. */
function main(argv, env, out, err) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ ...CONFIG, args: argv });
    }
    catch (error) {
        err(`wheelwright: ${error.message}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    const [command, dir, ...extra] = positionals;
    if (values.help || command === undefined) {
        (command === undefined && !values.help ? err : out)(USAGE);
        return values.help ? 0 : 2;
    }
    if (extra.length > 0) {
        err(`wheelwright: unexpected argument '${extra[0]}'; only one package directory is accepted\n`);
        return 2;
    }
    const flags = values;
    const raw = (name) => {
        if (name === 'package-dir' && dir !== undefined)
            return dir;
        if (name === 'python-versions')
            return (flags[name] ?? flags.python);
        return flags[name];
    };
    try {
        if (command === 'probe') {
            const machine = probeMachine(env);
            out(values.json
                ? `${JSON.stringify(machine, null, 2)}\n`
                : `${textTable(machineRows(machine))}\n`);
            return 0;
        }
        if (command !== 'plan' && command !== 'run') {
            err(`wheelwright: unknown command '${command}'; expected run, plan or probe\n`);
            return 2;
        }
        const options = parseOptions(raw, process.cwd());
        const { probe, plan } = planPackage(options, env, raw('package-dir') ?? '.');
        if (command === 'run')
            out(renderSummary(probe, plan));
        else if (values.json)
            out(`${JSON.stringify(plan, null, 2)}\n`);
        else
            out(`${plan.jobs} compile${plan.jobs === 1 ? '' : 's'} at once\n${plan.reasons.map((r) => `- ${r}`).join('\n')}\n`);
        return 0;
    }
    catch (error) {
        if (error instanceof InputError) {
            err(`wheelwright: ${error.lineFor('cli')}\n`);
            return 2;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts

process.exitCode = main(process.argv.slice(2), process.env, (text) => process.stdout.write(text), (text) => process.stderr.write(text));

