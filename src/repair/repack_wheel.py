# Writes a repaired wheel: TARGET from the files under ROOT, in ORDER (paths inside the wheel),
# given as one JSON argument [SOURCE, TARGET, ROOT, ORDER]. Entries SOURCE had keep their
# permission bits and date; new ones take the file's own. Run by the wheel's own interpreter.
#
# Run with `python -c`; carried in the bundle as src/repair/repack-script.ts, which
# scripts/generate.js writes from this file (npm run generate).
import json, os, sys, zipfile
source, target, root, order = json.loads(sys.argv[1])
with zipfile.ZipFile(source) as old:
    infos = {i.filename: i for i in old.infolist()}
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
    for name in order:
        full = os.path.join(root, name)
        info = infos.get(name)
        if info is None:
            info = zipfile.ZipInfo.from_file(full, name)
            info.compress_type = zipfile.ZIP_DEFLATED
        else:
            info = zipfile.ZipInfo(name, info.date_time)
            info.external_attr = infos[name].external_attr
            info.compress_type = zipfile.ZIP_DEFLATED
        with open(full, "rb") as f:
            new.writestr(info, f.read())
