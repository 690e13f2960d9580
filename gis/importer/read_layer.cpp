#include "importer/read_layer.h"

#include <cmath>
#include <unordered_map>

#include "core/error.h"
#include "core/feedback.h"
#include "crs/proj.h"
#include "io/normalize.h"

namespace pw {
namespace {

/// Shared per-feature helpers: field access through the binding, issue recording, unmapped attributes.
class FeatureReader {
public:
  FeatureReader(ImportPlan& plan, LayerRead& out) : m_plan(plan), m_out(out), m_source(*plan.source) {
    const int count = static_cast<int>(plan.source->info().fields.size());
    std::vector<bool> isBound(static_cast<std::size_t>(count), false);
    for (const auto& [canonical, index] : plan.bound) isBound[static_cast<std::size_t>(index)] = true;
    for (int i = 0; i < count; ++i) {
      if (!isBound[static_cast<std::size_t>(i)]) m_unbound.push_back(i);
    }
  }

  int index(const std::string& canonical) const {
    const auto it = m_plan.bound.find(canonical);
    return it == m_plan.bound.end() ? -1 : it->second;
  }
  std::string fieldName(const std::string& canonical) const { return m_plan.sourceField(canonical); }

  std::string text(OGRFeature& f, const std::string& canonical) const {
    const int i = index(canonical);
    return i < 0 ? std::string() : m_source.text(f, i);
  }
  std::optional<std::string> optText(OGRFeature& f, const std::string& canonical) const {
    std::string t = text(f, canonical);
    if (matchKey(t).empty()) return std::nullopt;
    return t;
  }

  /// A number field; text that holds no number is reported (bad_number) and read as missing.
  std::optional<double> number(OGRFeature& f, std::int64_t featureNo, const std::string& code,
                               const std::string& canonical) {
    const int i = index(canonical);
    if (i < 0 || !f.IsFieldSetAndNotNull(i)) return std::nullopt;
    auto value = m_source.number(f, i);
    if (!value && !m_source.isNumericField(i)) {
      const std::string raw = m_source.text(f, i);
      if (!matchKey(raw).empty()) {
        warn(featureNo, code, "bad_number", canonical, raw,
             PW_TR("Feature %1 (%2): field %3 holds '%4', which is not a number; read as missing"));
      }
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
    m_attrs.begin();
    const auto& names = m_source.info().fields;
    for (int i : m_unbound) {
      if (!f.IsFieldSetAndNotNull(i)) continue;
      if (m_source.isNumericField(i)) {
        m_attrs.addNumber(names[static_cast<std::size_t>(i)], f.GetFieldAsDouble(i));
      } else {
        std::string t = m_source.text(f, i);
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
  AttrsWriter m_attrs;
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
               LayerRead& out) {
  FeatureReader r(plan, out);
  const auto& mapping = plan.mapping();
  std::unordered_map<std::string, std::int64_t> firstFeature;
  std::vector<double> xy;
  plan.source->forEach(
      [&](std::int64_t no, OGRFeature& f) {
        ++out.featuresRead;
        PipeRow row;
        row.featureNo = no;
        row.fromCode = matchKey(r.text(f, "from_code")).empty() ? std::string() : r.text(f, "from_code");
        row.toCode = matchKey(r.text(f, "to_code")).empty() ? std::string() : r.text(f, "to_code");
        if (auto code = r.optText(f, "code")) {
          row.code = *code;
        } else if (!mapping.codeFallback.empty() && !row.fromCode.empty() && !row.toCode.empty()) {
          row.code = row.fromCode + "-" + row.toCode;
        }
        while (!row.code.empty() && row.code.back() == ' ') row.code.pop_back();
        if (row.code.empty()) {
          r.reject(no, row.code, "missing_id", r.index("code") >= 0 ? "code" : "from_code", "",
                   PW_TR("Feature %1: the pipe has no id (field %3 is empty); not imported"));
          return;
        }
        const LineResult lr = lineCoordinates(f.GetGeometryRef(), xy);
        if (lr == LineResult::Empty) {
          r.reject(no, row.code, "geometry_empty", "", "", PW_TR("Feature %1 (%2): the pipe has no geometry; not imported"));
          return;
        }
        if (lr == LineResult::MultiPart) {
          r.reject(no, row.code, "geometry_multipart", "", "",
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
          r.reject(no, row.code, "zero_length", "", "", PW_TR("Feature %1 (%2): the pipe has zero length; not imported"),
                   {}, Point{xy[0], xy[1]});
          return;
        }
        if (auto [it, inserted] = firstFeature.emplace(row.code, no); !inserted) {
          r.reject(no, row.code, "duplicate_id", r.index("code") >= 0 ? "code" : "from_code", row.code,
                   PW_TR("Feature %1: the pipe id %2 is already used by feature %5; this one was not imported"),
                   {std::to_string(it->second)}, Point{xy[0], xy[1]});
          return;
        }
        const Point start{xy[0], xy[1]};
        // Drainage type.
        const std::string drainageText = r.text(f, "drainage");
        if (matchKey(drainageText).empty()) {
          r.warn(no, row.code, "missing_drainage", r.index("drainage") >= 0 ? "drainage" : "", "",
                 PW_TR("Feature %1 (%2): the drainage type (rain, sewage or combined) is missing"), {}, start);
        } else if (auto d = normaliseDrainage(drainageText, &mapping, vocabulary)) {
          row.drainage = *d;
        } else {
          r.warn(no, row.code, "unknown_drainage", "drainage", drainageText,
                 PW_TR("Feature %1 (%2): drainage type '%4' in field %3 is not rain, sewage or combined"), {}, start);
        }
        // Diameter (unit fixed for the whole source after reading).
        const int diameterField = r.index("diameter");
        if (diameterField >= 0 && f.IsFieldSetAndNotNull(diameterField)) {
          if (plan.source->isNumericField(diameterField)) {
            row.diameterMm = f.GetFieldAsDouble(diameterField);
          } else {
            const std::string raw = r.text(f, "diameter");
            if (auto section = parseSection(raw)) {
              row.diameterMm = section->width;
              row.heightMm = section->height;
            } else if (!matchKey(raw).empty()) {
              r.warn(no, row.code, "bad_number", "diameter", raw,
                     PW_TR("Feature %1 (%2): field %3 holds '%4', which is not a number; read as missing"), {}, start);
            }
          }
          if (row.diameterMm && *row.diameterMm <= 0) row.diameterMm.reset();
        }
        if (!row.diameterMm) {
          r.warn(no, row.code, "missing_diameter", diameterField >= 0 ? "diameter" : "", "",
                 PW_TR("Feature %1 (%2): the diameter is missing"), {}, start);
        }
        if (auto m = r.optText(f, "material")) {
          if (auto code = normaliseMaterial(*m, vocabulary)) {
            row.material = *code;
          } else {
            row.material = *m;
            r.warn(no, row.code, "unknown_material", "material", *m,
                   PW_TR("Feature %1 (%2): material '%4' is not a CJJ 61 material; kept as written"), {}, start);
          }
        }
        row.fromInvert = r.number(f, no, row.code, "from_invert");
        row.toInvert = r.number(f, no, row.code, "to_invert");
        row.fromDepth = r.number(f, no, row.code, "from_depth");
        row.toDepth = r.number(f, no, row.code, "to_depth");
        if (row.fromInvert && row.toInvert && *row.toInvert > *row.fromInvert) {
          r.warn(no, row.code, "reversed_slope", "to_invert", formatNumber(*row.toInvert),
                 PW_TR("Feature %1 (%2): reversed slope: the downstream invert %4 m is higher than the upstream invert "
                       "%5 m"),
                 {formatNumber(*row.fromInvert)}, start);
        }
        if (auto year = parseYear(r.text(f, "build_date"))) row.buildYear = *year;
        row.road = r.optText(f, "road");
        row.owner = r.optText(f, "owner");
        row.attrs = r.attrs(f);
        row.xy = xy;
        out.pipes.push_back(std::move(row));
      },
      feedback);

  // Diameters given in metres (every value at most 5) are converted to millimetres for the whole source.
  double largest = 0;
  for (const auto& p : out.pipes) {
    if (p.diameterMm) largest = std::max(largest, *p.diameterMm);
  }
  if (largest > 0 && largest <= 5.0) {
    for (auto& p : out.pipes) {
      if (p.diameterMm) *p.diameterMm *= 1000.0;
      if (p.heightMm) *p.heightMm *= 1000.0;
    }
    out.notes.push_back({PW_TR("diameters are in metres (the largest is %1); converted to millimetres"),
                         {formatNumber(largest)}});
  }
}

void readManholes(ImportPlan& plan, const proj::Transformer& toProject, const Vocabulary& vocabulary,
                  Feedback* feedback, LayerRead& out) {
  FeatureReader r(plan, out);
  const auto& mapping = plan.mapping();
  std::unordered_map<std::string, std::int64_t> firstFeature;
  plan.source->forEach(
      [&](std::int64_t no, OGRFeature& f) {
        ++out.featuresRead;
        ManholeRow row;
        row.featureNo = no;
        row.code = r.text(f, "code");
        while (!row.code.empty() && row.code.back() == ' ') row.code.pop_back();
        if (row.code.empty()) {
          r.reject(no, "", "missing_id", "code", "", PW_TR("Feature %1: the manhole has no id (field %3 is empty); not imported"));
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
          r.reject(no, row.code, "geometry_invalid", "", "", PW_TR("Feature %1 (%2): the manhole point is not valid; not imported"));
          return;
        }
        toProject.transform(xy);
        row.point = {xy[0], xy[1]};
        if (auto [it, inserted] = firstFeature.emplace(row.code, no); !inserted) {
          r.reject(no, row.code, "duplicate_id", "code", row.code,
                   PW_TR("Feature %1: the manhole id %2 is already used by feature %5; this one was not imported"),
                   {std::to_string(it->second)}, row.point);
          return;
        }
        row.kind = r.optText(f, "kind");
        if (auto d = r.optText(f, "drainage")) {
          if (auto n = normaliseDrainage(*d, &mapping, vocabulary)) row.drainage = *n;
        }
        if (!row.drainage && row.kind) {
          if (auto n = normaliseDrainage(*row.kind, &mapping, vocabulary)) row.drainage = *n;
        }
        row.groundElev = r.number(f, no, row.code, "ground_elev");
        row.depth = r.number(f, no, row.code, "depth");
        row.road = r.optText(f, "road");
        row.attrs = r.attrs(f);
        out.manholes.push_back(std::move(row));
      },
      feedback);
}

void readDistricts(ImportPlan& plan, const proj::Transformer& toProject, Feedback* feedback, LayerRead& out) {
  FeatureReader r(plan, out);
  std::unordered_map<std::string, std::int64_t> firstFeature;
  plan.source->forEach(
      [&](std::int64_t no, OGRFeature& f) {
        ++out.featuresRead;
        DistrictRow row;
        row.featureNo = no;
        row.name = r.text(f, "name");
        if (matchKey(row.name).empty()) {
          r.reject(no, "", "missing_name", "name", "", PW_TR("Feature %1: the district has no name (field %3 is empty); not imported"));
          return;
        }
        row.code = r.text(f, "code");
        if (matchKey(row.code).empty()) row.code = row.name;
        const OGRGeometry* g = f.GetGeometryRef();
        if (!g || g->IsEmpty()) {
          r.reject(no, row.code, "geometry_empty", "", "", PW_TR("Feature %1 (%2): the district has no geometry; not imported"));
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
          r.reject(no, row.code, "geometry_invalid", "", "", PW_TR("Feature %1 (%2): the district is not a polygon; not imported"));
          return;
        }
        if (auto [it, inserted] = firstFeature.emplace(row.code, no); !inserted) {
          r.reject(no, row.code, "duplicate_id", "code", row.code,
                   PW_TR("Feature %1: the district code %2 is already used by feature %5; this one was not imported"),
                   {std::to_string(it->second)});
          return;
        }
        row.attrs = r.attrs(f);
        out.districts.push_back(std::move(row));
      },
      feedback);
}

}  // namespace

LayerRead readLayer(ImportPlan& plan, const proj::Transformer& toProject, const Vocabulary& vocabulary,
                    Feedback* feedback) {
  validateBinding(plan);
  LayerRead out;
  switch (plan.role) {
    case Role::Pipes: readPipes(plan, toProject, vocabulary, feedback, out); break;
    case Role::Manholes: readManholes(plan, toProject, vocabulary, feedback, out); break;
    case Role::Districts: readDistricts(plan, toProject, feedback, out); break;
  }
  return out;
}

}  // namespace pw
