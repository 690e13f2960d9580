// inspection | defect | misconnection  add | list | edit | delete
#include <filesystem>

#include "cli.h"
#include "cli_support.h"
#include "core/error.h"
#include "core/numbers.h"
#include "core/paths.h"
#include "i18n.h"
#include "inspect/csv_import.h"
#include "inspect/findings.h"
#include "inspect/findings_json.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"
#include "output.h"
#include "store/project.h"

namespace pw::cli {
namespace {

std::optional<std::string> opt(const ParsedArgs& a, const char* name) { return a.value(name); }

/// The version the user read (--version), else the stored one: a stale one makes the core refuse with a conflict.
std::int64_t versionSeen(const ParsedArgs& a, std::int64_t stored) {
  return optionInteger(a, "--version").value_or(stored);
}

std::int64_t recordId(const ParsedArgs& a) {
  const std::string text = a.positional.size() > 3 ? a.positional[3] : std::string();
  if (text.empty()) throw UsageError{PW_TR("missing argument %1"), "ID"};
  return recordNumber(text, "ID");
}

void attachPhotos(FindingsStore& store, const ParsedArgs& a, const std::string& entity, std::int64_t id,
                  const std::string& user) {
  for (const auto& path : a.all("--photo")) {
    if (!std::filesystem::is_regular_file(path)) {
      throw Error(ErrorKind::NotFound, PW_TR("The photo file %1 does not exist"), {path}, {.file = path});
    }
    store.linkPhoto(entity, id, store.addPhotoFile(path, path, user), user);
  }
}

void applyInspectionOptions(Project& project, const ParsedArgs& a, InspectionRecord& r) {
  if (auto pipe = opt(a, "--pipe")) r.pipeId = pipeIdOf(project, *pipe);
  if (auto v = opt(a, "--date")) r.date = *v;
  if (auto v = opt(a, "--method")) r.method = *v;
  if (auto v = opt(a, "--direction")) r.direction = *v;
  if (auto v = opt(a, "--team")) r.team = *v;
  if (auto v = optionNumber(a, "--length")) r.inspectedLength = *v;
  if (auto v = opt(a, "--notes")) r.notes = *v;
}

void applyDefectOptions(const ParsedArgs& a, DefectRecord& r) {
  if (auto v = optionInteger(a, "--inspection")) r.inspectionId = *v;
  if (auto v = opt(a, "--code")) r.code = *v;
  if (auto v = optionInt(a, "--grade")) r.grade = *v;
  if (auto v = optionNumber(a, "--distance")) r.distance = *v;
  if (auto v = optionNumber(a, "--length")) r.length = *v;
  if (auto v = opt(a, "--clock")) {
    const ClockRange c = requireClock(*v, "--clock");
    r.clockFrom = c.from;
    r.clockTo = c.to;
  }
  if (auto v = opt(a, "--description")) r.description = *v;
}

void applyMisconnectionOptions(Project& project, const ParsedArgs& a, MisconnectionRecord& r) {
  // A new manhole or pipe moves the point there (both at once the core refuses, naming the field).
  if (a.value("--manhole") || a.value("--pipe")) {
    r.manholeId.reset();
    r.pipeId.reset();
    r.location.reset();
  }
  if (auto v = opt(a, "--manhole")) r.manholeId = manholeIdOf(project, *v);
  if (auto v = opt(a, "--pipe")) r.pipeId = pipeIdOf(project, *v);
  if (auto v = opt(a, "--at")) {
    const auto comma = v->find(',');
    if (comma == std::string::npos) throw UsageError{PW_TR("--at takes X,Y in the project CRS, not %1"), *v};
    r.location = Point{requireDecimal(v->substr(0, comma), "--at X"), requireDecimal(v->substr(comma + 1), "--at Y")};
  }
  if (auto v = opt(a, "--type")) r.kind = *v;
  if (auto v = opt(a, "--source")) r.sourceKind = *v;
  if (auto v = optionNumber(a, "--inflow-diameter")) r.inflowDiameterMm = *v;
  if (auto v = optionNumber(a, "--flow")) r.flowM3d = *v;
  if (auto v = optionNumber(a, "--nh3n")) r.nh3nMgL = *v;
  if (auto v = optionNumber(a, "--cod")) r.codMgL = *v;
  if (auto v = opt(a, "--weather")) r.weather = *v;
  if (auto v = opt(a, "--sampled")) r.sampledOn = *v;
  if (auto v = opt(a, "--cause")) r.cause = *v;
  if (auto v = opt(a, "--status")) r.status = *v;
  if (auto v = opt(a, "--description")) r.description = *v;
}

}  // namespace

int Cli::cmdFindings(const ParsedArgs& a) {
  const std::string& entity = a.positional[0];
  const std::string action = a.positional.size() > 1 ? a.positional[1] : std::string();
  if (action != "add" && action != "list" && action != "edit" && action != "delete") {
    throw UsageError{PW_TR("%1 takes add, list, edit or delete"), entity};
  }
  const std::string path = positional(a, 1, "PROJECT");
  auto project = Project::open(path);
  const auto catalogues = loadProjectCatalogues(*project);
  FindingsStore store(*project, catalogues.defects, catalogues.misconnections);
  const std::string user = actingUser(a, *project);
  auto done = [&](const QString& text, const nlohmann::json& doc) {
    if (m_json) {
      printJson(doc);
    } else {
      printLine(text);
    }
    return Ok;
  };

  if (entity == "inspection") {
    if (action == "add") {
      InspectionRecord r;
      r.method = "cctv";
      r.direction = "with_flow";
      r.pipeId = pipeIdOf(*project, requiredOption(a, "--pipe"));
      r.date = requiredOption(a, "--date");
      applyInspectionOptions(*project, a, r);
      r.id = store.addInspection(r, user);
      return done(tr("Added inspection %1 of pipe %2").arg(r.id).arg(i18n::qs(pipeCodeOf(*project, r.pipeId))),
                  toJson(*store.inspection(r.id)));
    }
    if (action == "list") {
      std::vector<InspectionRecord> list;
      if (auto pipe = a.value("--pipe")) {
        list = store.inspectionsOfPipe(pipeIdOf(*project, *pipe));
      } else {
        auto st = project->db().prepare("SELECT DISTINCT pipe_id FROM inspections ORDER BY pipe_id");
        while (st.step()) {
          for (auto& r : store.inspectionsOfPipe(st.int64(0))) list.push_back(std::move(r));
        }
      }
      if (m_json) {
        nlohmann::json doc = nlohmann::json::array();
        for (const auto& r : list) doc.push_back(toJson(r));
        printJson(doc);
        return Ok;
      }
      Table table({tr("id"), tr("pipe"), tr("date"), tr("method"), tr("direction"), tr("team"), tr("defects")});
      for (const auto& r : list) {
        table.addRow({QString::number(r.id), i18n::qs(pipeCodeOf(*project, r.pipeId)), i18n::qs(r.date), i18n::qs(r.method),
                      i18n::qs(r.direction), i18n::qs(r.team.value_or("")),
                      QString::number(store.defectsOfInspection(r.id).size())});
      }
      table.print({0, 6});
      return Ok;
    }
    const std::int64_t id = recordId(a);
    auto current = store.inspection(id);
    if (!current) throw Error(ErrorKind::NotFound, PW_TR("There is no inspection %1"), {std::to_string(id)});
    current->version = versionSeen(a, current->version);
    if (action == "edit") {
      applyInspectionOptions(*project, a, *current);
      store.updateInspection(*current, user);
      return done(tr("Updated inspection %1").arg(id), toJson(*store.inspection(id)));
    }
    store.deleteInspection(id, current->version, user);
    return done(tr("Deleted inspection %1 and its defects").arg(id), {{"deleted", id}});
  }

  if (entity == "defect") {
    if (action == "add") {
      DefectRecord r;
      r.inspectionId = optionInteger(a, "--inspection").value_or(0);
      if (!r.inspectionId) throw UsageError{PW_TR("option %1 is required here"), "--inspection"};
      requiredOption(a, "--code");
      requiredOption(a, "--grade");
      requiredOption(a, "--distance");
      applyDefectOptions(a, r);
      sql::Transaction tx(project->db());  // the defect and its photos together
      r.id = store.addDefect(r, user);
      attachPhotos(store, a, "defect", r.id, user);
      tx.commit();
      const auto* type = catalogues.defects.type(r.code);
      return done(tr("Added defect %1: %2 %3 grade %4 at %5 m")
                      .arg(r.id)
                      .arg(i18n::qs(r.code), i18n::qs(type ? type->name : std::string()))
                      .arg(r.grade)
                      .arg(r.distance),
                  toJson(*store.defect(r.id)));
    }
    if (action == "list") {
      std::vector<InspectionRecord> inspections;
      if (auto i = optionInteger(a, "--inspection")) {
        if (auto r = store.inspection(*i)) inspections.push_back(*r);
      } else {
        inspections = store.inspectionsOfPipe(pipeIdOf(*project, requiredOption(a, "--pipe")));
      }
      nlohmann::json doc = nlohmann::json::array();
      Table table({tr("id"), tr("inspection"), tr("code"), tr("name"), tr("grade"), tr("score"), tr("distance m"),
                   tr("length m"), tr("clock"), tr("photos")});
      for (const auto& inspection : inspections) {
        for (const auto& d : store.defectsOfInspection(inspection.id)) {
          const auto* type = catalogues.defects.type(d.code);
          const auto* grade = type ? type->grade(d.grade) : nullptr;
          auto j = toJson(d);
          j["photos"] = store.photosOf("defect", d.id);
          doc.push_back(j);
          table.addRow({QString::number(d.id), QString::number(d.inspectionId), i18n::qs(d.code),
                        i18n::qs(type ? type->name : std::string()), QString::number(d.grade),
                        number(grade ? grade->score : std::nullopt, 1), number(d.distance), number(d.length),
                        d.clockFrom ? QStringLiteral("%1-%2").arg(*d.clockFrom).arg(d.clockTo.value_or(*d.clockFrom)) : QStringLiteral("-"),
                        QString::number(store.photosOf("defect", d.id).size())});
        }
      }
      if (m_json) {
        printJson(doc);
      } else {
        table.print({0, 1, 4, 5, 6, 7, 9});
      }
      return Ok;
    }
    const std::int64_t id = recordId(a);
    auto current = store.defect(id);
    if (!current) throw Error(ErrorKind::NotFound, PW_TR("There is no defect %1"), {std::to_string(id)});
    current->version = versionSeen(a, current->version);
    if (action == "edit") {
      applyDefectOptions(a, *current);
      sql::Transaction tx(project->db());
      store.updateDefect(*current, user);
      attachPhotos(store, a, "defect", id, user);
      tx.commit();
      return done(tr("Updated defect %1").arg(id), toJson(*store.defect(id)));
    }
    store.deleteDefect(id, current->version, user);
    return done(tr("Deleted defect %1").arg(id), {{"deleted", id}});
  }

  // misconnection
  if (action == "add") {
    MisconnectionRecord r;
    r.kind = requiredOption(a, "--type");
    applyMisconnectionOptions(*project, a, r);
    sql::Transaction tx(project->db());
    r.id = store.addMisconnection(r, user);
    attachPhotos(store, a, "misconnection", r.id, user);
    tx.commit();
    const auto stored = *store.misconnection(r.id);
    const auto grade = gradeMisconnection(catalogues.misconnections,
                                          {stored.inflowDiameterMm, stored.flowM3d, stored.nh3nMgL, stored.codMgL});
    auto j = toJson(stored);
    j["grade"] = grade.level;
    const auto* level = catalogues.misconnections.level(grade.level);
    return done(tr("Added misconnection %1 (%2)").arg(r.id).arg(level ? i18n::qs(level->name) : tr("not graded")), j);
  }
  if (action == "list") {
    std::optional<std::int64_t> district;
    if (auto name = a.value("--district")) {
      auto st = project->db().prepare("SELECT id FROM districts WHERE name = ? OR code = ?");
      st.bind(1, *name).bind(2, *name);
      if (!st.step()) throw Error(ErrorKind::NotFound, PW_TR("There is no district %1"), {*name});
      district = st.int64(0);
    }
    nlohmann::json doc = nlohmann::json::array();
    Table table({tr("id"), tr("type"), tr("at"), tr("grade"), tr("decided by"), tr("status"), tr("source")});
    for (const auto& m : store.misconnections(district)) {
      const auto grade = gradeMisconnection(catalogues.misconnections, {m.inflowDiameterMm, m.flowM3d, m.nh3nMgL, m.codMgL});
      auto j = toJson(m);
      j["grade"] = grade.level;
      j["grade_decided_by"] = grade.decidedBy;
      doc.push_back(j);
      const auto* type = MisconnectionCatalogue::find(catalogues.misconnections.types(), m.kind);
      const auto* level = catalogues.misconnections.level(grade.level);
      const auto* status = MisconnectionCatalogue::find(catalogues.misconnections.statuses(), m.status);
      QString at = m.manholeId ? i18n::qs(manholeCodeOf(*project, *m.manholeId))
                   : m.pipeId  ? i18n::qs(pipeCodeOf(*project, *m.pipeId))
                               : QStringLiteral("%1, %2").arg(m.location->x, 0, 'f', 1).arg(m.location->y, 0, 'f', 1);
      table.addRow({QString::number(m.id), type ? i18n::qs(type->name) : i18n::qs(m.kind), at,
                    level ? i18n::qs(level->name) : QStringLiteral("-"), i18n::qs(grade.decidedBy),
                    status ? i18n::qs(status->name) : i18n::qs(m.status), i18n::qs(m.sourceKind.value_or(""))});
    }
    if (m_json) {
      printJson(doc);
    } else {
      table.print({0});
    }
    return Ok;
  }
  const std::int64_t id = recordId(a);
  auto current = store.misconnection(id);
  if (!current) throw Error(ErrorKind::NotFound, PW_TR("There is no misconnection %1"), {std::to_string(id)});
  current->version = versionSeen(a, current->version);
  if (action == "edit") {
    applyMisconnectionOptions(*project, a, *current);
    sql::Transaction tx(project->db());
    store.updateMisconnection(*current, user);
    attachPhotos(store, a, "misconnection", id, user);
    tx.commit();
    return done(tr("Updated misconnection %1").arg(id), toJson(*store.misconnection(id)));
  }
  store.deleteMisconnection(id, current->version, user);
  return done(tr("Deleted misconnection %1").arg(id), {{"deleted", id}});
}

}  // namespace pw::cli
