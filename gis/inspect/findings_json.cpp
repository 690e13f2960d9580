#include "inspect/findings_json.h"

namespace pw {
namespace {

template <typename T>
nlohmann::json opt(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json toJson(const InspectionRecord& r) {
  return {{"id", r.id},
          {"pipe_id", r.pipeId},
          {"date", r.date},
          {"method", r.method},
          {"direction", r.direction},
          {"team", opt(r.team)},
          {"inspected_length", opt(r.inspectedLength)},
          {"notes", opt(r.notes)},
          {"version", r.version}};
}

nlohmann::json toJson(const DefectRecord& r) {
  return {{"id", r.id},
          {"inspection_id", r.inspectionId},
          {"code", r.code},
          {"grade", r.grade},
          {"distance", r.distance},
          {"length", opt(r.length)},
          {"clock_from", opt(r.clockFrom)},
          {"clock_to", opt(r.clockTo)},
          {"description", opt(r.description)},
          {"version", r.version}};
}

nlohmann::json toJson(const MisconnectionRecord& r) {
  nlohmann::json j{{"id", r.id},
                   {"pipe_id", opt(r.pipeId)},
                   {"manhole_id", opt(r.manholeId)},
                   {"kind", r.kind},
                   {"source_kind", opt(r.sourceKind)},
                   {"inflow_diameter_mm", opt(r.inflowDiameterMm)},
                   {"flow_m3d", opt(r.flowM3d)},
                   {"nh3n_mg_l", opt(r.nh3nMgL)},
                   {"cod_mg_l", opt(r.codMgL)},
                   {"weather", opt(r.weather)},
                   {"sampled_on", opt(r.sampledOn)},
                   {"cause", opt(r.cause)},
                   {"status", r.status},
                   {"description", opt(r.description)},
                   {"version", r.version}};
  j["location"] = r.location ? nlohmann::json{r.location->x, r.location->y} : nlohmann::json(nullptr);
  return j;
}

}  // namespace pw
