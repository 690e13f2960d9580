#!/usr/bin/env python3
"""Independent check of pipeward-gen output (developer aid, standard library + GDAL command-line tools only).

    tools/gen/verify.py sampledata            # the sample city
    tools/gen/verify.py /tmp/bench --bench     # a bench delivery

Reads the shapefiles back through ogr2ogr (GeoJSON on stdout), the DBF bytes directly, and compares what an
importer would find (faults, counts, lengths per district) with manifest.json. Exits 1 on any mismatch.
"""
import json
import math
import os
import struct
import subprocess
import sys
from collections import defaultdict

PREFIX = 40000000.0
TYPES = {"雨水": "rain", "污水": "sewage", "合流": "combined", "YS": "rain", "WS": "sewage", "HS": "combined"}
problems = []


def fail(msg):
    problems.append(msg)


def features(shp):
    out = subprocess.run(["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", shp], check=True, capture_output=True).stdout
    return json.loads(out)["features"]


def dbf_records(path):
    """Raw DBF: header fields, language byte, and the undecoded bytes of each record's fields."""
    data = open(path, "rb").read()
    nrec, hlen, rlen = struct.unpack("<IHH", data[4:12])
    fields = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos:pos + 11].split(b"\0")[0].decode()
        fields.append((name, chr(data[pos + 11]), data[pos + 16]))
        pos += 32
    recs = []
    for r in range(nrec):
        off = hlen + r * rlen + 1
        rec = {}
        for name, _, width in fields:
            rec[name] = data[off:off + width].rstrip(b" ")
            off += width
        recs.append(rec)
    return data[29], data[1:4], fields, recs


def inside(ring, x, y):
    inn = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inn = not inn
        j = i
    return inn


def seg_cross(p1, p2, q1, q2):
    """Proper crossing of two segments (touching at end points does not count)."""
    def orient(a, b, c):
        return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])
    d1, d2 = orient(q1, q2, p1), orient(q1, q2, p2)
    d3, d4 = orient(p1, p2, q1), orient(p1, p2, q2)
    return d1 * d2 < -1e-9 and d3 * d4 < -1e-9


def diameter(v):
    if v is None or v == "":
        return None
    if isinstance(v, (int, float)):
        return int(v)
    digits = "".join(c for c in v if c.isdigit())
    return int(digits) if digits else None


def check_delivery(root, d, manifest, rings, ring_vertices, district_names, totals, all_codes, all_ids, found_faults):
    path = os.path.join(root, d["path"])
    off = PREFIX if d["epsg"] == 4528 else 0.0
    prj = os.path.exists(os.path.join(path, "pipes.prj"))
    if prj != d["prj"]:
        fail(f"{d['name']}: .prj present={prj}, manifest says {d['prj']}")
    for layer in ("pipes", "manholes"):
        cpg = open(os.path.join(path, layer + ".cpg"), "rb").read().decode()
        if cpg != d["cpg"]:
            fail(f"{d['name']}/{layer}.cpg = {cpg!r}")
        ldid, date, _, recs = dbf_records(os.path.join(path, layer + ".dbf"))
        if ldid != d["ldid"]:
            fail(f"{d['name']}/{layer}.dbf language byte {ldid}")
        for rec in recs[:200]:
            raw = rec["SSDL"]
            try:
                raw.decode("utf-8")
                fail(f"{d['name']}/{layer}: SSDL bytes are valid UTF-8, expected GBK: {raw!r}")
            except UnicodeDecodeError:
                raw.decode("gbk")
    mh = {}
    for f in features(os.path.join(path, "manholes.shp")):
        p = f["properties"]
        x, y = f["geometry"]["coordinates"]
        code = p["WTDH"]
        if code in mh or code in all_codes:
            fail(f"manhole code {code} twice")
        mh[code] = (x - off, y, p["DMGC"], p["JS"], p["PSLX"])
        all_codes.add(code)
        if not 5.0 <= p["DMGC"] <= 12.0 or not 1.2 <= p["JS"] <= 4.0:
            fail(f"manhole {code}: DMGC {p['DMGC']} JS {p['JS']}")
    pipes = features(os.path.join(path, "pipes.shp"))
    if len(pipes) != d["pipes"] or len(mh) != d["manholes"]:
        fail(f"{d['name']}: {len(pipes)} pipes, {len(mh)} manholes; manifest {d['pipes']}, {d['manholes']}")
    used = set()
    seen_ids = {}
    inflow = defaultdict(list)
    outflow = defaultdict(list)
    segs = []
    for n, f in enumerate(pipes, start=1):
        p = f["properties"]
        pts = [(x - off, y) for x, y in f["geometry"]["coordinates"]]
        gid = p["GXBH"]
        if gid in seen_ids or gid in all_ids:
            found_faults.add(("duplicate_pipe_id", d["name"], gid, n))
        seen_ids[gid] = n
        all_ids.add(gid)
        if not 2 <= len(pts) <= 4:
            fail(f"{gid}: {len(pts)} vertices")
        typ = TYPES.get(p["PSLX"])
        if typ is None:
            found_faults.add(("unknown_type", d["name"], gid, n))
            typ = "unknown"
        gj = diameter(p["GJ"])
        if gj is None:
            found_faults.add(("empty_diameter", d["name"], gid, n))
        if p["ZDGC"] >= p["QDGC"]:
            found_faults.add(("reversed_slope", d["name"], gid, n))
        for end, code, pt in (("from", p["QDBH"], pts[0]), ("to", p["ZDBH"], pts[-1])):
            if code not in mh:
                found_faults.add(("dangling_pipe", d["name"], gid, n))
                continue
            used.add(code)
            gap = math.dist(pt, mh[code][:2])
            if gap > 0.002:
                found_faults.add(("end_off_manhole", d["name"], gid, n, round(gap, 3)))
        if p["QDBH"] in mh:
            m = mh[p["QDBH"]]
            if abs(m[2] - p["QDGC"] - p["QDMS"]) > 0.0015:
                fail(f"{gid}: QDMS inconsistent")
            if p["QDGC"] < m[2] - m[3] - 0.0005:
                fail(f"{gid}: QDGC below the bottom of {p['QDBH']}")
        if p["ZDBH"] in mh:
            m = mh[p["ZDBH"]]
            if abs(m[2] - p["ZDGC"] - p["ZDMS"]) > 0.0015:
                fail(f"{gid}: ZDMS inconsistent")
        if gj is not None:
            outflow[p["QDBH"]].append(gj)
            inflow[p["ZDBH"]].append(gj)
        length = sum(math.dist(pts[i], pts[i + 1]) for i in range(len(pts) - 1))
        # district: the one containing the pipe's middle vertex or segment midpoint
        mx, my = (pts[0][0] + pts[1][0]) / 2, (pts[0][1] + pts[1][1]) / 2
        ds = [k for k, ring in enumerate(rings) if inside(ring, mx, my)]
        if len(ds) != 1:
            fail(f"{gid}: in {len(ds)} districts")
            continue
        for q in pts:
            if any(math.dist(q, v) < 1e-6 for v in ring_vertices.get((round(q[0]), round(q[1])), [])):
                continue  # a manhole on the district boundary (a vertex of the ring)
            inner = [k for k, ring in enumerate(rings) if inside(ring, *q)]
            if inner and inner != ds:
                fail(f"{gid}: vertex {q} in district {inner}, pipe in {ds}")
        t = totals[district_names[ds[0]]][typ]
        t[0] += 1
        t[1] += length
        for i in range(len(pts) - 1):
            segs.append((gid, typ, pts[i], pts[i + 1]))
    for code in mh:
        if code not in used:
            fail(f"manhole {code} has no pipe")
    for code, ins in inflow.items():
        if code in outflow and max(ins) > min(outflow[code]):
            fail(f"manhole {code}: pipe {max(ins)} flows into {min(outflow[code])}")
    # same-type pipes crossing each other without a manhole
    cell = 60.0
    grid = defaultdict(list)
    for s in segs:
        xs, ys = (s[2][0], s[3][0]), (s[2][1], s[3][1])
        for gx in range(int(min(xs) // cell), int(max(xs) // cell) + 1):
            for gy in range(int(min(ys) // cell), int(max(ys) // cell) + 1):
                grid[(gx, gy)].append(s)
    crossings = set()
    for bucket in grid.values():
        for a in range(len(bucket)):
            for b in range(a + 1, len(bucket)):
                s, t = bucket[a], bucket[b]
                if s[0] != t[0] and s[1] == t[1] and seg_cross(s[2], s[3], t[2], t[3]):
                    crossings.add((s[0], t[0]))
    for c in sorted(crossings):
        fail(f"pipes {c[0]} and {c[1]} cross")
    positions = defaultdict(list)
    for code, m in mh.items():
        positions[(round(m[0], 2), round(m[1], 2))].append(code)
    for pos, codes in positions.items():
        if len(codes) > 1:
            fail(f"manholes {codes} at the same place")


def main():
    root = sys.argv[1]
    bench = "--bench" in sys.argv
    manifest = json.load(open(os.path.join(root, "manifest.json"), encoding="utf-8"))
    dpath = os.path.join(root, manifest["districts_file"]["path"])
    doff = PREFIX if manifest["districts_file"]["epsg"] == 4528 else 0.0
    rings, names = [], []
    for f in features(dpath):
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        if len(polys) != 1 or len(polys[0]) != 1:
            fail(f"district {f['properties']['QXMC']}: not one polygon without holes")
        rings.append([(x - doff, y) for x, y in polys[0][0]])
        names.append(f["properties"]["QXMC"])
    ring_vertices = defaultdict(list)
    for ring in rings:
        for v in ring:
            ring_vertices[(round(v[0]), round(v[1]))].append(v)
    totals = {n: defaultdict(lambda: [0, 0.0]) for n in names}
    found = set()
    all_codes, all_ids = set(), set()
    for d in manifest["deliveries"]:
        check_delivery(root, d, manifest, rings, ring_vertices, names, totals, all_codes, all_ids, found)
    for d in manifest["districts"]:
        for typ, v in d["pipes"].items():
            got = totals[d["name"]][typ]
            if got[0] != v["count"] or abs(got[1] - v["length_m"]) > 0.0015:
                fail(f"{d['name']} {typ}: found {got[0]} pipes {got[1]:.3f} m, manifest {v['count']} {v['length_m']}")
    expected = set()
    for f in manifest["faults"]:
        if f["kind"] == "end_off_manhole":
            expected.add((f["kind"], f["delivery"], f["pipe_id"], f["feature"], f["distance_m"]))
        else:
            expected.add((f["kind"], f["delivery"], f["pipe_id"], f["feature"]))
    if bench and found:
        fail(f"bench data has faults: {sorted(found)[:10]}")
    if not bench and found != expected:
        fail(f"faults found but not in the manifest: {sorted(found - expected)}")
        fail(f"faults in the manifest but not found: {sorted(expected - found)}")
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print(f"{len(problems)} problems")
        sys.exit(1)
    print(f"ok: {sum(d['pipes'] for d in manifest['deliveries'])} pipes, "
          f"{sum(d['manholes'] for d in manifest['deliveries'])} manholes, {len(found)} faults as in the manifest")


main()
