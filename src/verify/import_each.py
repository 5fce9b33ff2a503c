# Imports each module named in argv[1] (a JSON list) in turn, a line before and after: a crash (a
# segfault in PyInit) names its module. Run by verify's import test with the wheel's interpreter
# (`-I -c`), so it uses only the standard library of CPython 3.6+ and PyPy.
#
# Carried in the bundle as src/verify/import-script.ts, which scripts/generate.js writes from
# this file (npm run generate).
import importlib, json, sys, traceback
for name in json.loads(sys.argv[1]):
    print(json.dumps({"start": name}), flush=True)
    try:
        importlib.import_module(name)
        print(json.dumps({"module": name, "ok": True}), flush=True)
    except BaseException as e:
        error = "".join(traceback.format_exception_only(type(e), e)).strip()
        event = {"module": name, "ok": False, "error": error}
        missing = getattr(e, "name", None) if type(e).__name__ == "ModuleNotFoundError" else None
        known = getattr(sys, "stdlib_module_names", None)
        if missing and known is not None:
            event["stdlib"] = missing.split(".")[0] in known
        print(json.dumps(event), flush=True)
