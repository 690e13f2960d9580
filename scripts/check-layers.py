#!/usr/bin/env python3
"""Guard run by ./test.sh: the core's layers (gis/LAYERS, lowest first) hold. Fails on
  - an include of a module of a higher layer (naming the file, the line, the include and both layers);
  - an include of Qt anywhere in gis/ (the core is pure C++);
  - a C library's header (GDAL/OGR/CPL, GEOS, PROJ, SQLite, SpatiaLite, libxlsxwriter) in a header of gis/ other than
    the library's one wrapper (gis/gdal/, crs/proj.h, geom/geos.h), and the GDAL wrapper in any header outside gis/gdal/:
    the C libraries stay behind implementations, so the app's includes never reach GDAL;
  - SQL in the application (app/): an include of the SQLite wrapper (store/sqlite.h) or a call of Project::db() or
    prepare(); the desktop and the CLI ask the core;
  - a folder of gis/ that gis/LAYERS does not list, or a listed module that has no folder.
Modules of one layer may include each other. An include is read as its first path component ("orders/orders.h"), or,
for a quoted path relative to the including file ("../orders/orders.h"), as the folder it leads to.
Usage: scripts/check-layers.py [ROOT]   (ROOT: the repository; the one holding this script when not given)
Exit status: 0 clean, 1 a rule is broken, 2 the layer file is missing or malformed."""
import os
import re
import sys

SOURCE_SUFFIXES = (".h", ".hpp", ".hh", ".cpp", ".cc", ".cxx", ".inl")
INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
QT = re.compile(r"^(Qt[A-Za-z0-9]*/|Q[A-Z][A-Za-z0-9]*(\.h)?$|qglobal\.h$)")
C_LIBRARY = re.compile(r"^(gdal[a-z_]*\.h|ogr[a-z_]*\.h|cpl_[a-z_]*\.h|geos_c\.h|proj\.h|sqlite3\.h|spatialite.*|xlsxwriter.*)$")
C_WRAPPERS = ("gdal/", "crs/proj.h", "geom/geos.h")  # relative to gis/: the one wrapper per C library


def fail_usage(message):
    print("check-layers: " + message, file=sys.stderr)
    sys.exit(2)


def read_layers(path):
    """{module: (layer number, 1 = lowest)} from the layer file."""
    if not os.path.isfile(path):
        fail_usage(path + " does not exist: it lists the layers of gis/, lowest first")
    layers = {}
    number = 0
    with open(path, encoding="utf-8") as f:
        for line_no, line in enumerate(f, 1):
            modules = line.split("#", 1)[0].split()
            if not modules:
                continue
            number += 1
            for module in modules:
                if not re.fullmatch(r"[a-z][a-z0-9_]*", module):
                    fail_usage(f"{path}:{line_no}: '{module}' is not a module folder name")
                if module in layers:
                    fail_usage(f"{path}:{line_no}: {module} is listed twice")
                layers[module] = number
    if not layers:
        fail_usage(path + " lists no layers")
    return layers


def describe(module, layers):
    return f"{module} (layer {layers[module]})"


def included_module(gis, source_dir, quote, target, layers):
    """The module of gis/ an include names, or None for a header from elsewhere."""
    if quote == '"':
        resolved = os.path.normpath(os.path.join(source_dir, target))
        if target.startswith(("./", "../")) or os.path.isfile(resolved):
            relative = os.path.relpath(resolved, gis)
            if relative.startswith(".."):
                return None
            parts = relative.split(os.sep)
            return parts[0] if len(parts) > 1 else None
    first = target.split("/", 1)[0]
    return first if "/" in target and first in layers else None


APP_SQL = re.compile(r'(#\s*include\s*"store/sqlite\.h")|((\.|->)\s*db\s*\(\s*\))|(\bprepare\s*\()')


def check_app(app):
    """The desktop and the CLI run no SQL of their own: problems for each line of app/ that reaches for the database."""
    problems = []
    if not os.path.isdir(app):
        return problems
    for dirpath, dirnames, filenames in os.walk(app):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.endswith(SOURCE_SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            shown = os.path.relpath(path, os.path.dirname(app))
            with open(path, encoding="utf-8", errors="replace") as f:
                for line_no, line in enumerate(f, 1):
                    code = line.split("//", 1)[0]
                    if APP_SQL.search(code):
                        problems.append(f"{shown}:{line_no}: {line.strip()}: the application runs no SQL of its own; "
                                        "ask the core (gis/) for what it needs")
    return problems


def main():
    if len(sys.argv) > 2:
        fail_usage("usage: check-layers.py [ROOT]")
    root = sys.argv[1] if len(sys.argv) == 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    gis = os.path.join(os.path.abspath(root), "gis")
    if not os.path.isdir(gis):
        fail_usage(gis + " is not a folder")
    layer_file = os.path.join(gis, "LAYERS")
    layers = read_layers(layer_file)
    problems = []
    folders = sorted(d for d in os.listdir(gis) if os.path.isdir(os.path.join(gis, d)) and not d.startswith("."))
    for folder in folders:
        if folder not in layers:
            problems.append(f"gis/{folder}/ is a module that gis/LAYERS does not list: add it to its layer")
    for module in sorted(set(layers) - set(folders)):
        problems.append(f"gis/LAYERS lists {module}, which has no folder gis/{module}/: remove it")

    checked = 0
    for dirpath, dirnames, filenames in os.walk(gis):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        relative_dir = os.path.relpath(dirpath, gis)
        module = None if relative_dir == "." else relative_dir.split(os.sep)[0]
        for name in sorted(filenames):
            if not name.endswith(SOURCE_SUFFIXES):
                continue
            path = os.path.join(dirpath, name)
            shown = os.path.relpath(path, os.path.dirname(gis))
            checked += 1
            if module is None:
                problems.append(f"{shown}: a source file outside any module: move it into one of gis/LAYERS")
                continue
            with open(path, encoding="utf-8", errors="replace") as f:
                for line_no, line in enumerate(f, 1):
                    match = INCLUDE.match(line)
                    if not match:
                        continue
                    quote, target = match.groups()
                    text = f"#include {quote}{target}{'>' if quote == '<' else quote}"
                    if QT.match(target):
                        problems.append(f"{shown}:{line_no}: {text}: the core (gis/) never includes Qt")
                        continue
                    in_header = name.endswith((".h", ".hpp", ".hh"))
                    relative = os.path.relpath(path, gis).replace(os.sep, "/")
                    wrapper = relative.startswith(C_WRAPPERS)
                    if in_header and not wrapper and quote == "<" and C_LIBRARY.match(target):
                        problems.append(f"{shown}:{line_no}: {text}: a C library's header in a core header; only its "
                                        "wrapper includes it in a header, the rest in .cpp files")
                    if in_header and not relative.startswith("gdal/") and target == "gdal/gdal.h":
                        problems.append(f"{shown}:{line_no}: {text}: GDAL stays behind the implementation; include "
                                        "the wrapper in the .cpp file (forward-declare GDAL's classes in the header)")
                    other = included_module(gis, dirpath, quote, target, layers)
                    if other is None or module not in layers or other not in layers:
                        continue  # an unlisted folder is reported above
                    if layers[other] > layers[module]:
                        problems.append(f"{shown}:{line_no}: {text}: {describe(module, layers)} includes "
                                        f"{describe(other, layers)}, a higher layer (gis/LAYERS)")
    problems += check_app(os.path.join(os.path.abspath(root), "app"))
    for p in problems:
        print("check-layers: " + p, file=sys.stderr)
    if problems:
        print(f"check-layers: {len(problems)} problem(s); the layers, lowest first, are in gis/LAYERS", file=sys.stderr)
        return 1
    print(f"check-layers: {checked} files in {len(folders)} modules on {max(layers.values())} layers, "
          "no upward include, no Qt, C libraries behind their wrappers, no SQL in app/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
