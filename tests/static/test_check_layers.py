#!/usr/bin/env python3
"""The layer check (scripts/check-layers.py) fails on what it guards against: run on small trees with a planted
upward include, a Qt include, an unlisted module and a listed module without a folder, and passes on a clean one.
Usage: tests/static/test_check_layers.py   (exit 0 when every case behaves)"""
import os
import subprocess
import sys
import tempfile
import unittest

CHECKER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "scripts", "check-layers.py")
LAYERS = "# lowest first\ncore\ngdal\nstore\nrules access  # one layer of two modules\norders\n"


def tree(root, files, layers=LAYERS):
    """Writes gis/LAYERS and FILES ({path under gis/: text}) under ROOT."""
    os.makedirs(os.path.join(root, "gis"))
    with open(os.path.join(root, "gis", "LAYERS"), "w", encoding="utf-8") as f:
        f.write(layers)
    for module in ("core", "gdal", "store", "rules", "access", "orders"):
        os.makedirs(os.path.join(root, "gis", module), exist_ok=True)
    for path, text in files.items():
        full = os.path.join(root, "gis", path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)


def check(root):
    run = subprocess.run([sys.executable, CHECKER, root], capture_output=True, text=True, check=False)
    return run.returncode, run.stderr


CLEAN = {
    "core/error.h": "#pragma once\n#include <string>\n",
    "store/project.h": '#pragma once\n#include "core/error.h"\n',
    "rules/limits.cpp": '#include "access/users.h"\n#include "store/project.h"\n',  # same layer and lower
    "access/users.h": '#pragma once\n#include "rules/limits.h"\n',
    "access/users.cpp": '#include "access/users.h"\n#include <gdal_priv.h>\n#include "gdal/gdal.h"\n',  # in a .cpp
    "gdal/gdal.h": "#pragma once\n#include <gdal_priv.h>\n#include <ogrsf_frmts.h>\n",  # the wrapper itself
    "orders/orders.cpp": '#include "orders/orders.h"\n#include "../store/project.h"\n',
}


class CheckLayers(unittest.TestCase):
    def test_clean_tree_passes(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, CLEAN)
            code, err = check(root)
            self.assertEqual(code, 0, err)

    def test_upward_include_fails_naming_file_line_include_and_layers(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, {**CLEAN, "store/project.cpp": '#include "store/project.h"\n\n#include "orders/orders.h"\n'})
            code, err = check(root)
            self.assertEqual(code, 1)
            self.assertIn('gis/store/project.cpp:3: #include "orders/orders.h": store (layer 3) includes orders '
                          "(layer 5), a higher layer", err)

    def test_upward_include_through_a_relative_path_fails(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, {**CLEAN, "core/paths.cpp": '#include "../rules/limits.h"\n'})
            code, err = check(root)
            self.assertEqual(code, 1)
            self.assertIn("gis/core/paths.cpp:1:", err)
            self.assertIn("core (layer 1) includes rules (layer 4)", err)

    def test_qt_include_fails(self):
        for include in ("<QString>", "<QtCore/QObject>", '"QDebug"'):
            with tempfile.TemporaryDirectory() as root:
                tree(root, {**CLEAN, "core/text.cpp": "#include <string>\n  #  include " + include + "\n"})
                code, err = check(root)
                self.assertEqual(code, 1, include)
                self.assertIn("gis/core/text.cpp:2: #include " + include + ": the core (gis/) never includes Qt", err)

    def test_c_library_header_in_a_core_header_fails(self):
        for include in ("<gdal_priv.h>", "<ogr_spatialref.h>", "<cpl_vsi.h>", "<geos_c.h>", "<proj.h>", "<sqlite3.h>"):
            with tempfile.TemporaryDirectory() as root:
                tree(root, {**CLEAN, "store/project.h": "#pragma once\n#include " + include + "\n"})
                code, err = check(root)
                self.assertEqual(code, 1, include)
                self.assertIn("gis/store/project.h:2: #include " + include + ": a C library's header in a core header",
                              err)

    def test_gdal_wrapper_in_a_header_outside_gdal_fails(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, {**CLEAN, "store/source.h": '#pragma once\n#include "gdal/gdal.h"\n'})
            code, err = check(root)
            self.assertEqual(code, 1)
            self.assertIn('gis/store/source.h:2: #include "gdal/gdal.h": GDAL stays behind the implementation', err)

    def test_sql_in_the_application_fails(self):
        for line in ('#include "store/sqlite.h"', "auto st = project.db().prepare(sql);", "doc->db().exec(x);"):
            with tempfile.TemporaryDirectory() as root:
                tree(root, CLEAN)
                os.makedirs(os.path.join(root, "app", "cli"))
                with open(os.path.join(root, "app", "cli", "cmd.cpp"), "w", encoding="utf-8") as f:
                    f.write("#include <string>\n// project.db() in a comment is fine\n" + line + "\n")
                code, err = check(root)
                self.assertEqual(code, 1, line)
                self.assertIn("app/cli/cmd.cpp:3: ", err)
                self.assertIn("the application runs no SQL of its own", err)
                self.assertNotIn("cmd.cpp:2:", err)

    def test_unlisted_module_fails(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, {**CLEAN, "extra/thing.cpp": '#include "core/error.h"\n'})
            code, err = check(root)
            self.assertEqual(code, 1)
            self.assertIn("gis/extra/ is a module that gis/LAYERS does not list", err)

    def test_listed_module_without_folder_fails(self):
        with tempfile.TemporaryDirectory() as root:
            tree(root, CLEAN, LAYERS + "map\n")
            code, err = check(root)
            self.assertEqual(code, 1)
            self.assertIn("gis/LAYERS lists map, which has no folder gis/map/", err)

    def test_missing_or_malformed_layer_file_is_a_usage_error(self):
        with tempfile.TemporaryDirectory() as root:
            os.makedirs(os.path.join(root, "gis"))
            self.assertEqual(check(root)[0], 2)
        with tempfile.TemporaryDirectory() as root:
            tree(root, CLEAN, LAYERS + "core\n")
            code, err = check(root)
            self.assertEqual(code, 2)
            self.assertIn("core is listed twice", err)


if __name__ == "__main__":
    unittest.main()
