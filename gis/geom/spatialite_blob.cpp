#include "geom/spatialite_blob.h"

#include <cstring>

namespace pw::blob {
namespace {

constexpr std::uint8_t kStart = 0x00;
constexpr std::uint8_t kLittleEndian = 0x01;
constexpr std::uint8_t kMbrEnd = 0x7C;
constexpr std::uint8_t kEntity = 0x69;
constexpr std::uint8_t kEnd = 0xFE;
constexpr std::int32_t kPoint = 1, kLineString = 2, kPolygon = 3, kMultiLineString = 5, kMultiPolygon = 6;
constexpr std::size_t kHeader = 43;  // start, endian, srid, mbr, mbr-end

template <typename T>
void put(std::vector<std::uint8_t>& out, T value) {
  const auto at = out.size();
  out.resize(at + sizeof(T));
  std::memcpy(out.data() + at, &value, sizeof(T));
}

void header(std::vector<std::uint8_t>& out, int srid, const Box& box, std::int32_t cls) {
  out.clear();
  out.push_back(kStart);
  out.push_back(kLittleEndian);
  put<std::int32_t>(out, srid);
  put(out, box.minX);
  put(out, box.minY);
  put(out, box.maxX);
  put(out, box.maxY);
  out.push_back(kMbrEnd);
  put<std::int32_t>(out, cls);
}

class Reader {
public:
  explicit Reader(std::span<const std::uint8_t> data) : m_data(data) {}
  template <typename T>
  bool get(T& value) {
    if (m_pos + sizeof(T) > m_data.size()) return false;
    std::memcpy(&value, m_data.data() + m_pos, sizeof(T));
    m_pos += sizeof(T);
    return true;
  }
  bool expect(std::uint8_t byte) {
    std::uint8_t b = 0;
    return get(b) && b == byte;
  }
  void seek(std::size_t pos) { m_pos = pos; }
  std::size_t remaining() const { return m_data.size() - m_pos; }

private:
  std::span<const std::uint8_t> m_data;
  std::size_t m_pos = 0;
};

bool validHeader(std::span<const std::uint8_t> blob) {
  return blob.size() >= kHeader + 5 && blob[0] == kStart && blob[1] == kLittleEndian && blob[38] == kMbrEnd &&
         blob.back() == kEnd;
}

bool readRing(Reader& r, Ring& ring) {
  std::int32_t n = 0;
  if (!r.get(n) || n < 0 || static_cast<std::size_t>(n) * 16 > r.remaining()) return false;
  ring.resize(static_cast<std::size_t>(n));
  for (auto& p : ring) {
    if (!r.get(p.x) || !r.get(p.y)) return false;
  }
  return true;
}

bool readPolygon(Reader& r, Polygon& polygon) {
  std::int32_t rings = 0;
  if (!r.get(rings) || rings < 0 || static_cast<std::size_t>(rings) * 4 > r.remaining()) return false;
  polygon.rings.resize(static_cast<std::size_t>(rings));
  for (auto& ring : polygon.rings) {
    if (!readRing(r, ring)) return false;
  }
  return true;
}

bool readPoints(Reader& r, std::vector<double>& xy) {
  std::int32_t n = 0;
  if (!r.get(n) || n < 0 || static_cast<std::size_t>(n) * 16 > r.remaining()) return false;
  const auto at = xy.size();
  xy.resize(at + 2 * static_cast<std::size_t>(n));
  for (std::size_t i = at; i < xy.size(); ++i) {
    if (!r.get(xy[i])) return false;
  }
  return true;
}

}  // namespace

void encodePoint(std::vector<std::uint8_t>& out, int srid, double x, double y) {
  Box b;
  b.add(x, y);
  header(out, srid, b, kPoint);
  put(out, x);
  put(out, y);
  out.push_back(kEnd);
}

void encodeLineString(std::vector<std::uint8_t>& out, int srid, std::span<const double> xy) {
  header(out, srid, boxOf(xy), kLineString);
  put<std::int32_t>(out, static_cast<std::int32_t>(xy.size() / 2));
  const auto at = out.size();
  out.resize(at + xy.size() * sizeof(double));
  std::memcpy(out.data() + at, xy.data(), xy.size() * sizeof(double));
  out.push_back(kEnd);
}

void encodeMultiPolygon(std::vector<std::uint8_t>& out, int srid, const MultiPolygon& polygons) {
  Box b;
  for (const auto& polygon : polygons) {
    if (polygon.rings.empty()) continue;
    for (const auto& p : polygon.rings.front()) b.add(p.x, p.y);
  }
  header(out, srid, b, kMultiPolygon);
  put<std::int32_t>(out, static_cast<std::int32_t>(polygons.size()));
  for (const auto& polygon : polygons) {
    out.push_back(kEntity);
    put<std::int32_t>(out, kPolygon);
    put<std::int32_t>(out, static_cast<std::int32_t>(polygon.rings.size()));
    for (const auto& ring : polygon.rings) {
      put<std::int32_t>(out, static_cast<std::int32_t>(ring.size()));
      for (const auto& p : ring) {
        put(out, p.x);
        put(out, p.y);
      }
    }
  }
  out.push_back(kEnd);
}

std::optional<Box> mbr(std::span<const std::uint8_t> blob) {
  if (!validHeader(blob)) return std::nullopt;
  Reader r(blob);
  r.seek(6);
  Box b;
  if (!r.get(b.minX) || !r.get(b.minY) || !r.get(b.maxX) || !r.get(b.maxY)) return std::nullopt;
  return b;
}

std::optional<Point> decodePoint(std::span<const std::uint8_t> blob) {
  if (!validHeader(blob)) return std::nullopt;
  Reader r(blob);
  r.seek(39);
  std::int32_t cls = 0;
  Point p;
  if (!r.get(cls) || cls != kPoint || !r.get(p.x) || !r.get(p.y)) return std::nullopt;
  return p;
}

bool decodeLineString(std::span<const std::uint8_t> blob, std::vector<double>& xy) {
  xy.clear();
  if (!validHeader(blob)) return false;
  Reader r(blob);
  r.seek(39);
  std::int32_t cls = 0;
  if (!r.get(cls)) return false;
  if (cls == kLineString) return readPoints(r, xy);
  if (cls != kMultiLineString) return false;
  std::int32_t parts = 0;
  if (!r.get(parts)) return false;
  for (std::int32_t i = 0; i < parts; ++i) {
    std::int32_t partClass = 0;
    if (!r.expect(kEntity) || !r.get(partClass) || partClass != kLineString || !readPoints(r, xy)) return false;
  }
  return true;
}

std::optional<MultiPolygon> decodeMultiPolygon(std::span<const std::uint8_t> blob) {
  if (!validHeader(blob)) return std::nullopt;
  Reader r(blob);
  r.seek(39);
  std::int32_t cls = 0;
  if (!r.get(cls)) return std::nullopt;
  MultiPolygon result;
  if (cls == kPolygon) {
    result.emplace_back();
    if (!readPolygon(r, result.back())) return std::nullopt;
    return result;
  }
  if (cls != kMultiPolygon) return std::nullopt;
  std::int32_t count = 0;
  if (!r.get(count) || count < 0) return std::nullopt;
  result.resize(static_cast<std::size_t>(count));
  for (auto& polygon : result) {
    std::int32_t partClass = 0;
    if (!r.expect(kEntity) || !r.get(partClass) || partClass != kPolygon || !readPolygon(r, polygon)) {
      return std::nullopt;
    }
  }
  return result;
}

}  // namespace pw::blob
