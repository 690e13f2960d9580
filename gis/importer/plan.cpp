#include "importer/plan.h"

#include "core/error.h"

namespace pw {
namespace {

Role roleForGeometry(const ImportPlan& plan) {
  switch (plan.source->info().geometry) {
    case GeometryKind::Line: return Role::Pipes;
    case GeometryKind::Point: return Role::Manholes;
    case GeometryKind::Polygon: return Role::Districts;
    case GeometryKind::None: break;
  }
  throwBadInput(PW_TR("%1 has no geometry (points, lines or polygons), so it cannot be imported as pipes, manholes or "
                      "districts"),
                {plan.path}, {.file = plan.path});
}

GeometryKind geometryForRole(Role role) {
  switch (role) {
    case Role::Pipes: return GeometryKind::Line;
    case Role::Manholes: return GeometryKind::Point;
    case Role::Districts: return GeometryKind::Polygon;
  }
  return GeometryKind::None;
}

std::string joinFields(const std::vector<std::string>& fields) {
  std::string out;
  for (const auto& f : fields) out += (out.empty() ? "" : ", ") + f;
  return out.empty() ? "(none)" : out;
}

}  // namespace

std::string ImportPlan::sourceField(const std::string& canonical) const {
  const auto it = bound.find(canonical);
  if (it == bound.end()) return {};
  return source->info().fields.at(static_cast<std::size_t>(it->second));
}

void chooseProfile(ImportPlan& plan, const std::vector<Profile>& profiles) {
  const auto& fields = plan.source->info().fields;
  const std::string role = trArg(roleKey(plan.role));
  if (!plan.options.profile.empty()) {
    const std::string& wanted = plan.options.profile;
    const bool isFile = wanted.find('/') != std::string::npos || wanted.ends_with(".json");
    std::optional<Profile> chosen;
    if (isFile) {
      chosen = loadProfile(wanted);
    } else {
      for (const auto& p : profiles) {
        if (p.name == wanted) chosen = p;
      }
    }
    if (!chosen) {
      std::vector<std::string> names;
      for (const auto& p : profiles) names.push_back(p.name);
      throwBadInput(PW_TR("There is no field profile named '%1' (known: %2)"), {wanted, joinFields(names)});
    }
    if (!chosen->layers.count(plan.role)) {
      throwBadInput(PW_TR("The profile '%1' has no mapping for %2"), {chosen->name, role});
    }
    const auto match = matchProfile(*chosen, plan.role, fields);
    if (!match.missingRequired.empty()) {
      throwBadInput(PW_TR("%1: the profile '%2' needs the fields %3 for %4, which are not in the file (its fields: "
                          "%5)"),
                    {plan.path, chosen->name, joinFields(match.missingRequired), role, joinFields(fields)},
                    {.file = plan.path});
    }
    plan.profile = *chosen;
    plan.bound = match.bound;
    plan.profileReason = {PW_TR("stated by the user"), {}};
    return;
  }
  const Profile* best = nullptr;
  ProfileMatch bestMatch;
  std::string lacking;
  for (const auto& p : profiles) {
    if (!p.layers.count(plan.role)) continue;
    auto match = matchProfile(p, plan.role, fields);
    if (!match.usable()) {
      lacking += (lacking.empty() ? "" : "; ") + p.name + ": " + joinFields(match.missingRequired);
      continue;
    }
    if (!best || match.score > bestMatch.score) {
      best = &p;
      bestMatch = std::move(match);
    }
  }
  if (!best) {
    throwBadInput(PW_TR("%1: no field profile fits its fields for %2 (found: %3; required fields missing, by profile: "
                        "%4). Map the fields in the import wizard or name a profile with --profile"),
                  {plan.path, role, joinFields(fields), lacking.empty() ? "-" : lacking}, {.file = plan.path});
  }
  plan.profile = *best;
  plan.bound = bestMatch.bound;
  plan.profileReason = {PW_TR("detected from the field names (%1 of %2 fields matched)"),
                        {std::to_string(bestMatch.score), std::to_string(best->layers.at(plan.role).fields.size())}};
}

void validateBinding(const ImportPlan& plan) {
  std::vector<std::string> missing;
  for (const auto& f : plan.mapping().required) {
    if (!plan.bound.count(f)) missing.push_back(f);
  }
  if (!missing.empty()) {
    throwBadInput(PW_TR("%1: required fields are not mapped: %2"), {plan.path, joinFields(missing)},
                  {.file = plan.path});
  }
}

ImportPlan planImport(const std::string& path, const ImportOptions& options, int crsHint) {
  ImportPlan plan;
  plan.path = path;
  plan.options = options;
  SourceOptions sourceOptions{options.encoding, options.assumeEpsg, crsHint};
  plan.source = std::make_shared<VectorSource>(path, sourceOptions);
  const auto& info = plan.source->info();
  if (options.role) {
    plan.role = *options.role;
    plan.roleReason = {PW_TR("stated by the user"), {}};
    const GeometryKind needed = geometryForRole(plan.role);
    if (info.geometry != needed) {
      const Role fits = roleForGeometry(plan);
      throwBadInput(PW_TR("%1 holds %2, but %3 must be %4; import it as %5"),
                    {path, trArg(geometryKindName(info.geometry)), trArg(roleKey(plan.role)),
                     trArg(geometryKindName(needed)), trArg(roleKey(fits))},
                    {.file = path});
    }
  } else {
    plan.role = roleForGeometry(plan);
    plan.roleReason = {PW_TR("the file holds %1"), {trArg(geometryKindName(info.geometry))}};
  }
  chooseProfile(plan, loadAllProfiles());
  return plan;
}

std::vector<ImportPlan> planImports(const std::vector<std::string>& paths, const ImportOptions& options,
                                    int projectEpsg) {
  std::vector<ImportPlan> plans;
  int hint = projectEpsg;
  for (const auto& path : paths) {
    plans.push_back(planImport(path, options, hint));
    if (hint == 0 && plans.back().source->info().crs) hint = plans.back().source->info().crs->epsg;
  }
  // A source planned before the hint was known gets a second look (GK coordinates without zone prefix).
  for (auto& plan : plans) {
    if (!plan.source->info().crs && hint != 0) plan = planImport(plan.path, options, hint);
  }
  return plans;
}

}  // namespace pw
