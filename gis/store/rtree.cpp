#include "store/rtree.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

#include "core/error.h"
#include "geom/spatialite_blob.h"
#include "store/sqlite.h"

namespace pw {
namespace {

constexpr int kBytesPerCell = 8 + 4 * 4;  // rowid or child node number, then xmin, xmax, ymin, ymax as float32

/// A float not greater than v (SQLite rounds minima down and maxima up when it stores doubles as float32).
float roundDown(double v) {
  float f = static_cast<float>(v);
  if (static_cast<double>(f) > v) f = std::nextafter(f, -INFINITY);
  return f;
}

float roundUp(double v) {
  float f = static_cast<float>(v);
  if (static_cast<double>(f) < v) f = std::nextafter(f, INFINITY);
  return f;
}

struct Cell {
  std::int64_t id;  // rowid in leaves, child node number above
  float minX, maxX, minY, maxY;
};

void putBigEndian16(unsigned char* p, unsigned v) {
  p[0] = static_cast<unsigned char>(v >> 8);
  p[1] = static_cast<unsigned char>(v);
}

void putBigEndian64(unsigned char* p, std::uint64_t v) {
  for (int i = 7; i >= 0; --i) {
    p[i] = static_cast<unsigned char>(v);
    v >>= 8;
  }
}

void putFloat(unsigned char* p, float f) {
  std::uint32_t bits = 0;
  std::memcpy(&bits, &f, 4);
  p[0] = static_cast<unsigned char>(bits >> 24);
  p[1] = static_cast<unsigned char>(bits >> 16);
  p[2] = static_cast<unsigned char>(bits >> 8);
  p[3] = static_cast<unsigned char>(bits);
}

/// Groups cells into nodes of at most `capacity` with Sort-Tile-Recursive: vertical slices by x, then runs by y.
std::vector<std::vector<Cell>> packLevel(std::vector<Cell> cells, std::size_t capacity) {
  const std::size_t nodeCount = (cells.size() + capacity - 1) / capacity;
  const auto slices = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodeCount))));
  const std::size_t perSlice = slices * capacity;
  auto cx = [](const Cell& c) { return static_cast<double>(c.minX) + c.maxX; };
  auto cy = [](const Cell& c) { return static_cast<double>(c.minY) + c.maxY; };
  std::sort(cells.begin(), cells.end(), [&](const Cell& a, const Cell& b) { return cx(a) < cx(b); });
  std::vector<std::vector<Cell>> nodes;
  for (std::size_t s = 0; s < cells.size(); s += perSlice) {
    const auto end = std::min(cells.size(), s + perSlice);
    std::sort(cells.begin() + static_cast<std::ptrdiff_t>(s), cells.begin() + static_cast<std::ptrdiff_t>(end),
              [&](const Cell& a, const Cell& b) { return cy(a) < cy(b); });
    for (std::size_t n = s; n < end; n += capacity) {
      nodes.emplace_back(cells.begin() + static_cast<std::ptrdiff_t>(n),
                         cells.begin() + static_cast<std::ptrdiff_t>(std::min(end, n + capacity)));
    }
  }
  return nodes;
}

Cell bounds(const std::vector<Cell>& cells, std::int64_t id) {
  Cell b{id, INFINITY, -INFINITY, INFINITY, -INFINITY};
  for (const auto& c : cells) {
    b.minX = std::min(b.minX, c.minX);
    b.maxX = std::max(b.maxX, c.maxX);
    b.minY = std::min(b.minY, c.minY);
    b.maxY = std::max(b.maxY, c.maxY);
  }
  return b;
}

}  // namespace

void bulkLoadRtree(sql::Database& db, const std::string& indexTable, std::vector<IndexEntry> entries) {
  const std::string node = sql::quoteIdentifier(indexTable + "_node");
  const std::string rowid = sql::quoteIdentifier(indexTable + "_rowid");
  const std::string parent = sql::quoteIdentifier(indexTable + "_parent");
  // The node size is fixed when the R-tree is created: it is the length of the root node's blob.
  const auto nodeSize =
      static_cast<std::size_t>(db.scalarInt("SELECT length(data) FROM " + node + " WHERE nodeno = 1"));
  if (nodeSize < 4 + kBytesPerCell * 2) throwInternal(PW_TR("The spatial index %1 has no root node"), {indexTable});
  const std::size_t capacity = (nodeSize - 4) / kBytesPerCell;

  db.exec("DELETE FROM " + node + "; DELETE FROM " + rowid + "; DELETE FROM " + parent + ";");

  std::vector<Cell> level;
  level.reserve(entries.size());
  for (const auto& e : entries) {
    if (e.box.empty()) continue;
    level.push_back({e.rowid, roundDown(e.box.minX), roundUp(e.box.maxX), roundDown(e.box.minY), roundUp(e.box.maxY)});
  }
  entries.clear();
  entries.shrink_to_fit();

  auto insertNode = db.prepare("INSERT INTO " + node + " (nodeno, data) VALUES (?, ?)");
  auto insertRowid = db.prepare("INSERT INTO " + rowid + " (rowid, nodeno) VALUES (?, ?)");
  auto insertParent = db.prepare("INSERT INTO " + parent + " (nodeno, parentnode) VALUES (?, ?)");
  std::vector<unsigned char> blob(nodeSize);
  // Leaf entries are written to %_rowid after the nodes, in rowid order: appending to a B-tree is much cheaper
  // than inserting in the spatial order the leaves come in.
  std::vector<std::pair<std::int64_t, std::int64_t>> leafOf;
  leafOf.reserve(level.size());
  auto flushRowids = [&] {
    std::sort(leafOf.begin(), leafOf.end());
    for (const auto& [rowidValue, nodeno] : leafOf) insertRowid.bind(1, rowidValue).bind(2, nodeno).run();
  };
  auto writeNode = [&](std::int64_t nodeno, const std::vector<Cell>& cells, int depth, bool leaf) {
    std::fill(blob.begin(), blob.end(), 0);
    putBigEndian16(blob.data(), static_cast<unsigned>(nodeno == 1 ? depth : 0));
    putBigEndian16(blob.data() + 2, static_cast<unsigned>(cells.size()));
    unsigned char* p = blob.data() + 4;
    for (const auto& c : cells) {
      putBigEndian64(p, static_cast<std::uint64_t>(c.id));
      putFloat(p + 8, c.minX);
      putFloat(p + 12, c.maxX);
      putFloat(p + 16, c.minY);
      putFloat(p + 20, c.maxY);
      p += kBytesPerCell;
      if (leaf) {
        leafOf.emplace_back(c.id, nodeno);
      } else {
        insertParent.bind(1, c.id).bind(2, nodeno).run();
      }
    }
    insertNode.bind(1, nodeno).bindBlob(2, blob).run();
  };

  if (level.size() <= capacity) {  // a single leaf, which is the root
    writeNode(1, level, 0, true);
    flushRowids();
    return;
  }
  // Pack bottom-up; node numbers from 2, the root gets 1.
  std::int64_t nextNode = 2;
  int depth = 0;
  bool leaf = true;
  while (level.size() > capacity) {
    auto nodes = packLevel(std::move(level), capacity);
    level.clear();
    for (auto& cells : nodes) {
      const std::int64_t nodeno = nextNode++;
      writeNode(nodeno, cells, depth, leaf);
      level.push_back(bounds(cells, nodeno));
    }
    leaf = false;
    ++depth;
  }
  writeNode(1, level, depth, false);
  flushRowids();
}

std::optional<Box> rtreeExtent(sql::Database& db, const std::string& indexTable) {
  auto st = db.prepare("SELECT data FROM " + sql::quoteIdentifier(indexTable + "_node") + " WHERE nodeno = 1");
  if (!st.step()) return std::nullopt;
  const auto node = st.blob(0);
  if (node.size() < 4) return std::nullopt;
  auto getFloat = [&](std::size_t at) {
    const std::uint32_t bits = (std::uint32_t{node[at]} << 24) | (std::uint32_t{node[at + 1]} << 16) |
                               (std::uint32_t{node[at + 2]} << 8) | std::uint32_t{node[at + 3]};
    float f = 0;
    std::memcpy(&f, &bits, 4);
    return static_cast<double>(f);
  };
  const std::size_t cells = (std::size_t{node[2]} << 8) | node[3];
  Box box;
  for (std::size_t i = 0; i < cells && 4 + (i + 1) * kBytesPerCell <= node.size(); ++i) {
    const std::size_t p = 4 + i * kBytesPerCell;
    box.add(getFloat(p + 8), getFloat(p + 16));   // xmin, ymin
    box.add(getFloat(p + 12), getFloat(p + 20));  // xmax, ymax
  }
  if (box.empty()) return std::nullopt;
  return box;
}

void rebuildSpatialIndex(sql::Database& db, const std::string& table, const std::string& column) {
  std::vector<IndexEntry> entries;
  auto st = db.prepare("SELECT rowid, " + sql::quoteIdentifier(column) + " FROM " + sql::quoteIdentifier(table) +
                       " WHERE " + sql::quoteIdentifier(column) + " IS NOT NULL");
  while (st.step()) {
    if (auto box = blob::mbr(st.blob(1))) entries.push_back({st.int64(0), *box});
  }
  bulkLoadRtree(db, "idx_" + table + "_" + column, std::move(entries));
}

}  // namespace pw
