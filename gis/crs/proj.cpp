#include "crs/proj.h"

#include <cmath>
#include <optional>
#include <utility>

#include "core/error.h"
#include "crs/crs.h"

namespace pw::proj {
namespace {

struct ThreadContext {
  PJ_CONTEXT* handle;
  ThreadContext() : handle(proj_context_create()) {
    proj_log_func(handle, nullptr, [](void*, int, const char*) {});
  }
  ~ThreadContext() { proj_context_destroy(handle); }
  ThreadContext(const ThreadContext&) = delete;
  ThreadContext& operator=(const ThreadContext&) = delete;
};

std::string lastError() {
  const int code = proj_context_errno(context());
  const char* text = proj_context_errno_string(context(), code);
  return text ? text : "unknown PROJ error";
}

}  // namespace

PJ_CONTEXT* context() {
  thread_local ThreadContext ctx;
  return ctx.handle;
}

PjPtr createCrs(const std::string& definition) {
  PjPtr crs(proj_create(context(), definition.c_str()));
  if (!crs) {
    throwBadInput(PW_TR("Not a coordinate reference system PROJ knows: %1 (%2)"),
                  {definition.substr(0, 120), lastError()});
  }
  return crs;
}

std::optional<AreaOfUse> areaOfUse(const std::string& definition) {
  const auto crs = createCrs(definition);
  AreaOfUse a;
  const char* name = nullptr;
  if (!proj_get_area_of_use(context(), crs.get(), &a.west, &a.south, &a.east, &a.north, &name)) return std::nullopt;
  if (a.west == -1000 || a.south == -1000 || a.east == -1000 || a.north == -1000) return std::nullopt;  // "unknown"
  a.name = name ? name : "";
  return a;
}

namespace {

/// The false easting of a CGCS2000 3-degree Gauss-Kruger EPSG code given as "EPSG:n", or nothing.
std::optional<std::pair<int, double>> cgcs2000Zone(const std::string& definition) {
  if (definition.rfind("EPSG:", 0) != 0) return std::nullopt;
  const int epsg = crs::epsgNumber(std::string_view(definition).substr(5)).value_or(0);
  const int cm = crs::cgcs2000CentralMeridian(epsg);
  if (!cm) return std::nullopt;
  return std::pair{cm, epsg <= 4533 ? (cm / 3) * 1e6 + 500000 : 500000.0};
}

}  // namespace

Transformer::Transformer(const std::string& sourceDefinition, const std::string& targetDefinition) {
  // The zone-prefixed and central-meridian variants of one CGCS2000 3-degree zone are the same projection with
  // another false easting: a shift, exactly, and far cheaper than projecting every vertex there and back.
  const auto from = cgcs2000Zone(sourceDefinition);
  const auto to = cgcs2000Zone(targetDefinition);
  if (from && to && from->first == to->first) {
    m_shiftX = to->second - from->second;
    m_shiftOnly = true;
    m_identity = m_shiftX == 0;
    return;
  }
  auto source = createCrs(sourceDefinition);
  auto target = createCrs(targetDefinition);
  m_identity = proj_is_equivalent_to(source.get(), target.get(), PJ_COMP_EQUIVALENT) != 0;
  PjPtr op(proj_create_crs_to_crs_from_pj(context(), source.get(), target.get(), nullptr, nullptr));
  if (!op) {
    throwBadInput(PW_TR("No coordinate transformation from %1 to %2 (%3)"),
                  {sourceDefinition.substr(0, 120), targetDefinition.substr(0, 120), lastError()});
  }
  m_op.reset(proj_normalize_for_visualization(context(), op.get()));
  if (!m_op) throwInternal(PW_TR("PROJ could not normalise the axis order: %1"), {lastError()});
}

void Transformer::transform(std::span<double> xy) const {
  if (m_identity || xy.empty()) return;
  if (m_shiftOnly) {
    for (std::size_t i = 0; i < xy.size(); i += 2) xy[i] += m_shiftX;
    return;
  }
  const std::size_t n = xy.size() / 2;
  const std::size_t stride = 2 * sizeof(double);
  proj_trans_generic(m_op.get(), PJ_FWD, xy.data(), stride, n, xy.data() + 1, stride, n, nullptr, 0, 0, nullptr, 0, 0);
  for (std::size_t i = 0; i < xy.size(); ++i) {
    if (!std::isfinite(xy[i]) || xy[i] == HUGE_VAL) {
      throwBadInput(PW_TR("A coordinate cannot be transformed into the project CRS (outside the area of use?)"));
    }
  }
}

}  // namespace pw::proj
