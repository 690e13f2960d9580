#include "importer/read_layer.h"

#include <cmath>
#include <functional>
#include <string_view>
#include <unordered_map>

#include "core/error.h"
#include "core/feedback.h"
#include "crs/proj.h"
#include "gdal/gdal.h"
#include "io/normalize.h"

namespace pw {
namespace {

bool isBlank(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
    if (c == 0xE3 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x80) {  // U+3000 ideographic space
      i += 2;
      continue;
    }
    return false;
  }
  return true;
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using TextCache = std::unordered_map<std::string, std::string, StringHash, std::equal_to<>>;

/// Shared per-feature helpers: field access through the binding (indexes resolved once), decoded text cached per
/// field while a field has few distinct values (drainage, material, road ...), issue recording, unmapped attributes.
class FeatureReader {
public:
  static constexpr std::size_t kCacheLimit = 4096;

  FeatureReader(ImportPlan& plan, LayerRead& out) : m_plan(plan), m_out(out), m_source(*plan.source) {
    const int count = static_cast<int>(plan.source->info().fields.size());
    std::vector<bool> isBound(static_cast<std::size_t>(count), false);
    for (const auto& [canonical, index] : plan.bound) isBound[static_cast<std::size_t>(index)] = true;
    for (int i = 0; i < count; ++i) {
      if (!isBound[static_cast<std::size_t>(i)]) m_unbound.push_back(i);
    }
    m_caches.resize(static_cast<std::size_t>(count));
    m_buffers.resize(static_cast<std::size_t>(count));
  }

  int index(const std::string& canonical) const {
    const auto it = m_plan.bound.find(canonical);
    return it == m_plan.bound.end() ? -1 : it->second;
  }
  std::string fieldName(const std::string& canonical) const { return m_plan.sourceField(canonical); }

  /// The decoded text of source field `i` (empty for NULL or an unbound field). Valid until the next call for the
  /// same field.
  const std::string& text(OGRFeature& f, int i) {
    static const std::string empty;
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return empty;
    // GDAL may reuse the buffer behind this pointer on its next call: use it before calling GDAL again.
    const std::string_view raw = f.GetFieldAsString(i);
    auto& cache = m_caches[static_cast<std::size_t>(i)];
    auto& buffer = m_buffers[static_cast<std::size_t>(i)];
    if (cache.size() >= kCacheLimit) {  // a field of ids: every value differs, caching would only cost
      buffer = m_source.isNumericField(i) ? std::string(raw) : m_source.decode(raw);
      return buffer;
    }
    if (const auto it = cache.find(raw); it != cache.end()) return it->second;
    buffer = m_source.isNumericField(i) ? std::string(raw) : m_source.decode(raw);
    return cache.emplace(std::string(raw), buffer).first->second;
  }
  std::optional<std::string> optText(OGRFeature& f, int i) {
    const std::string& t = text(f, i);
    if (isBlank(t)) return std::nullopt;
    return t;
  }

  /// A number field; text that holds no number is reported (bad_number) and read as missing.
  std::optional<double> number(OGRFeature& f, std::int64_t featureNo, const std::string& code, int i,
                               const std::string& canonical) {
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    if (m_source.isNumericField(i)) return f.GetFieldAsDouble(i);
    const std::string& raw = text(f, i);
    auto value = parseNumber(raw);
    if (!value && !isBlank(raw)) {
      warn(featureNo, code, "bad_number", canonical, raw,
           PW_TR("Feature %1 (%2): field %3 holds '%4', which is not a number; read as missing"));
    }
    return value;
  }

  void issue(Severity severity, std::int64_t featureNo, const std::string& code, const char* check,
             const std::string& canonical, const std::string& value, const char* messageTemplate,
             std::vector<std::string> extraArgs = {}, std::optional<Point> where = std::nullopt) {
    Issue is;
    is.layer = m_plan.role;
    is.featureNo = featureNo;
    is.recordCode = code;
    is.check = check;
    is.severity = severity;
    is.field = canonical.empty() ? std::string() : fieldName(canonical);
    is.value = value;
    is.messageTemplate = messageTemplate;
    is.args = {std::to_string(featureNo), code.empty() ? "-" : code, is.field, value};
    for (auto& a : extraArgs) is.args.push_back(std::move(a));
    is.where = where;
    m_out.issues.push_back(std::move(is));
  }
  void warn(std::int64_t featureNo, const std::string& code, const char* check, const std::string& canonical,
            const std::string& value, const char* messageTemplate, std::vector<std::string> extraArgs = {},
            std::optional<Point> where = std::nullopt) {
    issue(Severity::Warning, featureNo, code, check, canonical, value, messageTemplate, std::move(extraArgs), where);
  }
  void reject(std::int64_t featureNo, const std::string& code, const char* check, const std::string& canonical,
              const std::string& value, const char* messageTemplate, std::vector<std::string> extraArgs = {},
              std::optional<Point> where = std::nullopt) {
    issue(Severity::Error, featureNo, code, check, canonical, value, messageTemplate, std::move(extraArgs), where);
    ++m_out.skipped;
  }

  std::string attrs(OGRFeature& f) {
    if (m_unbound.empty()) return "{}";
    m_attrs.begin();
    const auto& names = m_source.info().fields;
    for (int i : m_unbound) {
      if (!f.IsFieldSetAndNotNull(i)) continue;
      if (m_source.isNumericField(i)) {
        m_attrs.addNumber(names[static_cast<std::size_t>(i)], f.GetFieldAsDouble(i));
      } else {
        const std::string& t = text(f, i);
        if (!t.empty()) m_attrs.addText(names[static_cast<std::size_t>(i)], t);
      }
    }
    return m_attrs.finish();
  }

private:
  ImportPlan& m_plan;
  LayerRead& m_out;
  VectorSource& m_source;
  std::vector<int> m_unbound;
  std::vector<TextCache> m_caches;
  std::vector<std::string> m_buffers;
  AttrsWriter m_attrs;
};

/// Results of normalising a text, remembered per distinct value.
template <typename T>
class Memo {
public:
  template <typename Fn>
  const T& get(const std::string& key, Fn compute) {
    if (const auto it = m_map.find(std::string_view(key)); it != m_map.end()) return it->second;
    if (m_map.size() >= FeatureReader::kCacheLimit) {
      m_scratch = compute(key);
      return m_scratch;
    }
    return m_map.emplace(key, compute(key)).first->second;
  }

private:
  std::unordered_map<std::string, T, StringHash, std::equal_to<>> m_map;
  T m_scratch{};
};

void appendLine(const OGRLineString& ls, std::vector<double>& xy) {
  const int n = ls.getNumPoints();
  for (int i = 0; i < n; ++i) {
    xy.push_back(ls.getX(i));
    xy.push_back(ls.getY(i));
  }
}

enum class LineResult { Ok, Empty, MultiPart };

/// Interleaved x,y of a line; multi-part lines whose parts join end to start are chained.
LineResult lineCoordinates(const OGRGeometry* g, std::vector<double>& xy) {
  xy.clear();
  if (!g || g->IsEmpty()) return LineResult::Empty;
  const auto type = wkbFlatten(g->getGeometryType());
  if (type == wkbLineString) {
    appendLine(*g->toLineString(), xy);
    return LineResult::Ok;
  }
  if (type != wkbMultiLineString) return LineResult::Empty;
  const auto* multi = g->toMultiLineString();
  for (int i = 0; i < multi->getNumGeometries(); ++i) {
    const auto* part = multi->getGeometryRef(i);
    if (part->IsEmpty()) continue;
    if (!xy.empty()) {
      const double dx = xy[xy.size() - 2] - part->getX(0);
      const double dy = xy[xy.size() - 1] - part->getY(0);
      if (std::hypot(dx, dy) > 1e-6) return LineResult::MultiPart;
      std::vector<double> rest;
      appendLine(*part, rest);
      xy.insert(xy.end(), rest.begin() + 2, rest.end());
    } else {
      appendLine(*part, xy);
    }
  }
  return xy.empty() ? LineResult::Empty : LineResult::Ok;
}

bool finite(const std::vector<double>& xy) {
  for (double v : xy) {
    if (!std::isfinite(v)) return false;
  }
  return true;
}

void readPipes(ImportPlan& plan, const proj::Transformer& toProject, const Vocabulary& vocabulary, Feedback* feedback,
               LayerRead& out, const ChunkFn& onChunk) {
  FeatureReader r(plan, out);
  const auto& mapping = plan.mapping();
  const int fCode = r.index("code"), fFrom = r.index("from_code"), fTo = r.index("to_code");
  const int fDrainage = r.index("drainage"), fDiameter = r.index("diameter"), fMaterial = r.index("material");
  const int fFromInvert = r.index("from_invert"), fToInvert = r.index("to_invert");
  const int fFromDepth = r.index("from_depth"), fToDepth = r.index("to_depth");
  const int fBuild = r.index("build_date"), fRoad = r.index("road"), fOwner = r.index("owner");
  const bool diameterNumeric = fDiameter >= 0 && plan.source->isNumericField(fDiameter);
  Memo<std::optional<std::string>> drainageMemo;
  Memo<std::optional<std::string>> materialMemo;
  Memo<std::optional<Section>> sectionMemo;
  Memo<std::optional<int>> yearMemo;
  out.pipes.reserve(static_cast<std::size_t>(plan.source->info().featureCount));
  std::vector<double> xy;
  double largestDiameter = 0;
  plan.source->forEach(
      [&](std::int64_t no, OGRFeature& f) {
        ++out.featuresRead;
        PipeRow row;
        row.featureNo = no;
        if (const auto& from = r.text(f, fFrom); !isBlank(from)) row.fromCode = from;
        if (const auto& to = r.text(f, fTo); !isBlank(to)) row.toCode = to;
        if (const auto& code = r.text(f, fCode); !isBlank(code)) {
          row.code = code;
        } else if (!mapping.codeFallback.empty() && !row.fromCode.empty() && !row.toCode.empty()) {
          row.code = row.fromCode + "-" + row.toCode;
        }
        while (!row.code.empty() && row.code.back() == ' ') row.code.pop_back();
        if (row.code.empty()) {
          r.reject(no, row.code, "missing_id", fCode >= 0 ? "code" : "from_code", "",
                   PW_TR("Feature %1: the pipe has no id (field %3 is empty); not imported"));
          return;
        }
        const LineResult lr = lineCoordinates(f.GetGeometryRef(), xy);
        if (lr == LineResult::Empty) {
          r.reject(no, row.code, "geometry_empty", "", "",
                   PW_TR("Feature %1 (%2): the pipe has no geometry; not imported"));
          return;
        }
        if (lr == LineResult::MultiPart) {
          r.reject(
              no, row.code, "geometry_multipart", "", "",
              PW_TR("Feature %1 (%2): the pipe is made of disconnected parts; a pipe segment must be one line; not "
                    "imported"));
          return;
        }
        if (xy.size() < 4 || !finite(xy)) {
          r.reject(no, row.code, "geometry_invalid", "", "",
                   PW_TR("Feature %1 (%2): the pipe line has fewer than two valid points; not imported"));
          return;
        }
        toProject.transform(xy);
        row.length = lineLength(xy);
        if (row.length < 0.01) {
          r.reject(no, row.code, "zero_length", "", "",
                   PW_TR("Feature %1 (%2): the pipe has zero length; not imported"), {}, Point{xy[0], xy[1]});
          return;
        }
        const Point start{xy[0], xy[1]};
        // Drainage type.
        const std::string& drainageText = r.text(f, fDrainage);
        if (isBlank(drainageText)) {
          r.warn(no, row.code, "missing_drainage", fDrainage >= 0 ? "drainage" : "", "",
                 PW_TR("Feature %1 (%2): the drainage type (rain, sewage or combined) is missing"), {}, start);
        } else if (const auto& d = drainageMemo.get(drainageText, [&](const std::string& t) {
                     return normaliseDrainage(t, &mapping, vocabulary);
                   })) {
          row.drainage = *d;
        } else {
          r.warn(no, row.code, "unknown_drainage", "drainage", drainageText,
                 PW_TR("Feature %1 (%2): drainage type '%4' in field %3 is not rain, sewage or combined"), {}, start);
        }
        // Diameter (unit fixed for the whole source after reading).
        if (fDiameter >= 0 && f.IsFieldSetAndNotNull(fDiameter)) {
          if (diameterNumeric) {
            row.diameterMm = f.GetFieldAsDouble(fDiameter);
          } else {
            const std::string& raw = r.text(f, fDiameter);
            if (const auto& section = sectionMemo.get(raw, [](const std::string& t) { return parseSection(t); })) {
              row.diameterMm = section->width;
              row.heightMm = section->height;
            } else if (!isBlank(raw)) {
              r.warn(no, row.code, "bad_number", "diameter", raw,
                     PW_TR("Feature %1 (%2): field %3 holds '%4', which is not a number; read as missing"), {}, start);
            }
          }
          if (row.diameterMm && *row.diameterMm <= 0) row.diameterMm.reset();
        }
        if (!row.diameterMm) {
          r.warn(no, row.code, "missing_diameter", fDiameter >= 0 ? "diameter" : "", "",
                 PW_TR("Feature %1 (%2): the diameter is missing"), {}, start);
        }
        if (const auto& m = r.text(f, fMaterial); !isBlank(m)) {
          if (const auto& code =
                  materialMemo.get(m, [&](const std::string& t) { return normaliseMaterial(t, vocabulary); })) {
            row.material = *code;
          } else {
            row.material = m;
            r.warn(no, row.code, "unknown_material", "material", m,
                   PW_TR("Feature %1 (%2): material '%4' is not a CJJ 61 material; kept as written"), {}, start);
          }
        }
        row.fromInvert = r.number(f, no, row.code, fFromInvert, "from_invert");
        row.toInvert = r.number(f, no, row.code, fToInvert, "to_invert");
        row.fromDepth = r.number(f, no, row.code, fFromDepth, "from_depth");
        row.toDepth = r.number(f, no, row.code, fToDepth, "to_depth");
        if (row.fromInvert && row.toInvert && *row.toInvert > *row.fromInvert) {
          r.warn(no, row.code, "reversed_slope", "to_invert", formatNumber(*row.toInvert),
                 PW_TR("Feature %1 (%2): reversed slope: the downstream invert %4 m is higher than the upstream invert "
                       "%5 m"),
                 {formatNumber(*row.fromInvert)}, start);
        }
        if (fBuild >= 0) {
          if (const auto& year = yearMemo.get(r.text(f, fBuild), [](const std::string& t) { return parseYear(t); })) {
            row.buildYear = *year;
          }
        }
        row.road = r.optText(f, fRoad);
        row.owner = r.optText(f, fOwner);
        row.attrs = r.attrs(f);
        if (row.diameterMm) largestDiameter = std::max(largestDiameter, *row.diameterMm);
        row.xy.assign(xy.begin(), xy.end());
        out.pipes.push_back(std::move(row));
        if (onChunk && out.pipes.size() >= kChunkRows) onChunk(out);
      },
      feedback);

  // Diameters given in metres (every value at most 5) are converted to millimetres for the whole source.
  if (largestDiameter > 0 && largestDiameter <= 5.0) {
    out.diametersInMetres = true;
    out.notes.push_back({PW_TR("diameters are in metres (the largest is %1); converted to millimetres"),
                         {formatNumber(largestDiameter)}});
  }
}

void readManholes(ImportPlan& plan, const proj::Transformer& toProject, const Vocabulary& vocabulary,
                  Feedback* feedback, LayerRead& out, const ChunkFn& onChunk) {
  FeatureReader r(plan, out);
  const auto& mapping = plan.mapping();
  const int fCode = r.index("code"), fKind = r.index("kind"), fDrainage = r.index("drainage");
  const int fGround = r.index("ground_elev"), fDepth = r.index("depth"), fRoad = r.index("road");
  Memo<std::optional<std::string>> drainageMemo;
  out.manholes.reserve(static_cast<std::size_t>(plan.source->info().featureCount));
  plan.source->forEach(
      [&](std::int64_t no, OGRFeature& f) {
        ++out.featuresRead;
        ManholeRow row;
        row.featureNo = no;
        row.code = r.text(f, fCode);
        while (!row.code.empty() && row.code.back() == ' ') row.code.pop_back();
        if (row.code.empty()) {
          r.reject(no, "", "missing_id", "code", "",
                   PW_TR("Feature %1: the manhole has no id (field %3 is empty); not imported"));
          return;
        }
        const OGRGeometry* g = f.GetGeometryRef();
        if (g && wkbFlatten(g->getGeometryType()) == wkbMultiPoint) {
          const int parts = g->toMultiPoint()->getNumGeometries();
          if (parts > 1) {
            r.reject(no, row.code, "geometry_multipart", "", "",
                     PW_TR("Feature %1 (%2): the manhole is a multi-point of %5 points; a manhole is one point; not "
                           "imported"),
                     {std::to_string(parts)});
            return;
          }
          if (parts == 1) g = g->toMultiPoint()->getGeometryRef(0);
        }
        if (!g || g->IsEmpty() || wkbFlatten(g->getGeometryType()) != wkbPoint) {
          r.reject(no, row.code, "geometry_empty", "", "",
                   PW_TR("Feature %1 (%2): the manhole has no point geometry; not imported"));
          return;
        }
        std::vector<double> xy{g->toPoint()->getX(), g->toPoint()->getY()};
        if (!finite(xy)) {
          r.reject(no, row.code, "geometry_invalid", "", "",
                   PW_TR("Feature %1 (%2): the manhole point is not valid; not imported"));
          return;
        }
        toProject.transform(xy);
        row.point = {xy[0], xy[1]};
        row.kind = r.optText(f, fKind);
        auto drainageOf = [&](const std::string& t) { return normaliseDrainage(t, &mapping, vocabulary); };
        if (const auto& d = r.text(f, fDrainage); !isBlank(d)) row.drainage = drainageMemo.get(d, drainageOf);
        if (!row.drainage && row.kind) row.drainage = drainageMemo.get(*row.kind, drainageOf);
        row.groundElev = r.number(f, no, row.code, fGround, "ground_elev");
        row.depth = r.number(f, no, row.code, fDepth, "depth");
        row.road = r.optText(f, fRoad);
        row.attrs = r.attrs(f);
        out.manholes.push_back(std::move(row));
        if (onChunk && out.manholes.size() >= kChunkRows) onChunk(out);
      },
      feedback);
}

void readDistricts(ImportPlan& plan, const proj::Transformer& toProject, Feedback* feedback, LayerRead& out) {
  FeatureReader r(plan, out);
  plan.source->forEach(
      [&](std::int64_t no, OGRFeature& f) {
        ++out.featuresRead;
        DistrictRow row;
        row.featureNo = no;
        row.name = r.text(f, r.index("name"));
        if (isBlank(row.name)) {
          r.reject(no, "", "missing_name", "name", "",
                   PW_TR("Feature %1: the district has no name (field %3 is empty); not imported"));
          return;
        }
        row.code = r.text(f, r.index("code"));
        if (isBlank(row.code)) row.code = row.name;
        const OGRGeometry* g = f.GetGeometryRef();
        if (!g || g->IsEmpty()) {
          r.reject(no, row.code, "geometry_empty", "", "",
                   PW_TR("Feature %1 (%2): the district has no geometry; not imported"));
          return;
        }
        auto addPolygon = [&](const OGRPolygon& polygon) {
          Polygon p;
          auto addRing = [&](const OGRLinearRing& ring) {
            std::vector<double> xy;
            appendLine(ring, xy);
            toProject.transform(xy);
            Ring ringOut;
            for (std::size_t i = 0; i + 1 < xy.size(); i += 2) ringOut.push_back({xy[i], xy[i + 1]});
            p.rings.push_back(std::move(ringOut));
          };
          if (const auto* exterior = polygon.getExteriorRing()) addRing(*exterior);
          for (int i = 0; i < polygon.getNumInteriorRings(); ++i) addRing(*polygon.getInteriorRing(i));
          row.polygons.push_back(std::move(p));
        };
        const auto type = wkbFlatten(g->getGeometryType());
        if (type == wkbPolygon) {
          addPolygon(*g->toPolygon());
        } else if (type == wkbMultiPolygon) {
          for (const auto* part : *g->toMultiPolygon()) addPolygon(*part);
        } else {
          r.reject(no, row.code, "geometry_invalid", "", "",
                   PW_TR("Feature %1 (%2): the district is not a polygon; not imported"));
          return;
        }
        row.attrs = r.attrs(f);
        out.districts.push_back(std::move(row));
      },
      feedback);
}

}  // namespace

LayerRead readLayer(ImportPlan& plan, const proj::Transformer& toProject, const Vocabulary& vocabulary,
                    Feedback* feedback, const ChunkFn& onChunk) {
  validateBinding(plan);
  LayerRead out;
  switch (plan.role) {
    case Role::Pipes: readPipes(plan, toProject, vocabulary, feedback, out, onChunk); break;
    case Role::Manholes: readManholes(plan, toProject, vocabulary, feedback, out, onChunk); break;
    case Role::Districts: readDistricts(plan, toProject, feedback, out); break;
  }
  return out;
}

}  // namespace pw
