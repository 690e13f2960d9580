#pragma once
// Findings in the project: inspections of pipes, their defects, misconnection points and photos. Every write is
// validated against the catalogues (a bad value is refused naming the field), allowed by the user's role (a planner
// records nothing, a field team changes only its own team's records, a district manager only their district's),
// attributed, timestamped, versioned for optimistic concurrency, and logged in the append-only audit log with the
// record before and after.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geom/types.h"
#include "inspect/catalogue.h"
#include "inspect/linear_ref.h"
#include "store/attachments.h"

namespace pw {

class Project;

struct InspectionRecord {
  std::int64_t id = 0;
  std::int64_t pipeId = 0;
  std::string date;       ///< YYYY-MM-DD
  std::string method;     ///< cctv | qv | sonar | visual
  std::string direction;  ///< with_flow | against_flow
  std::optional<std::string> team;
  std::optional<double> inspectedLength;
  std::optional<std::string> notes;
  std::int64_t version = 0;
};

struct DefectRecord {
  std::int64_t id = 0;
  std::int64_t inspectionId = 0;
  std::string code;
  int grade = 0;
  double distance = 0;
  std::optional<double> length;
  std::optional<int> clockFrom;
  std::optional<int> clockTo;
  std::optional<std::string> description;
  std::int64_t version = 0;
};

struct MisconnectionRecord {
  std::int64_t id = 0;
  std::optional<std::int64_t> pipeId;
  std::optional<std::int64_t> manholeId;
  std::optional<Point> location;  ///< taken from the manhole when only a manhole is given
  std::string kind;
  std::optional<std::string> sourceKind;
  std::optional<double> inflowDiameterMm;
  std::optional<double> flowM3d;
  std::optional<double> nh3nMgL;
  std::optional<double> codMgL;
  std::optional<std::string> weather;
  std::optional<std::string> sampledOn;
  std::optional<std::string> cause;
  std::string status = "to_verify";
  std::optional<std::string> description;
  std::int64_t version = 0;
};

/// A change to a finding as the audit log keeps it.
struct AuditEntry {
  std::int64_t id = 0;
  std::string at;
  std::string user;
  std::string entity;
  std::int64_t entityId = 0;
  std::string action;
  std::string before;  ///< JSON, empty for create
  std::string after;   ///< JSON, empty for delete
};

class FindingsStore {
public:
  FindingsStore(Project& project, const DefectCatalogue& defects, const MisconnectionCatalogue& misconnections);

  // Each write is one transaction unless the caller holds one. Throws Error: BadInput naming the field for invalid
  // values, NotFound for a missing record, Conflict when `version` is not the stored one (someone changed it first).
  std::int64_t addInspection(InspectionRecord r, const std::string& user);
  /// A field team records inspections of its own team only (an inspection without a team becomes its team's).
  void updateInspection(const InspectionRecord& r, const std::string& user);
  void deleteInspection(std::int64_t id, std::int64_t version, const std::string& user);
  std::optional<InspectionRecord> inspection(std::int64_t id);
  std::vector<InspectionRecord> inspectionsOfPipe(std::int64_t pipeId);
  /// The pipes that have inspections, by id.
  std::vector<std::int64_t> inspectedPipes();

  /// A field team adds defects to its own team's inspections only. A finding in an open order (not closed or
  /// cancelled) cannot be deleted, nor can a defect's inspection, code or distance change: the closure check compares
  /// them with the re-inspection (BadInput naming the order).
  std::int64_t addDefect(DefectRecord r, const std::string& user);
  void updateDefect(const DefectRecord& r, const std::string& user);
  void deleteDefect(std::int64_t id, std::int64_t version, const std::string& user);
  std::optional<DefectRecord> defect(std::int64_t id);
  std::vector<DefectRecord> defectsOfInspection(std::int64_t inspectionId);

  std::int64_t addMisconnection(MisconnectionRecord r, const std::string& user);
  void updateMisconnection(const MisconnectionRecord& r, const std::string& user);
  void deleteMisconnection(std::int64_t id, std::int64_t version, const std::string& user);
  std::optional<MisconnectionRecord> misconnection(std::int64_t id);
  std::vector<MisconnectionRecord> misconnections(std::optional<std::int64_t> districtId = std::nullopt);

  /// Stores a photo (JPEG, PNG, GIF, BMP, TIFF or WebP, recognised from its bytes and decoded whole to check it; at
  /// most the size limits.json allows) once, by content. Returns its id.
  std::int64_t addPhoto(const std::string& bytes, const std::string& originalName, const std::string& user);
  /// The same for a photo file, read and stored in pieces (never held in memory whole).
  std::int64_t addPhotoFile(const std::string& path, const std::string& originalName, const std::string& user);
  void linkPhoto(const std::string& entity, std::int64_t entityId, std::int64_t attachmentId, const std::string& user);
  std::vector<std::int64_t> photosOf(const std::string& entity, std::int64_t entityId);
  /// The bytes and mime type of a stored photo.
  std::pair<std::string, std::string> photo(std::int64_t attachmentId);

  std::vector<AuditEntry> auditOf(const std::string& entity, std::int64_t entityId);

  /// Validation alone (the CSV import checks every row before writing any).
  void validateDefect(const DefectRecord& r);
  /// The same for a defect of a pipe of `pipeLength` metres whose inspection is not written yet.
  void validateDefectValues(const DefectRecord& r, double pipeLength) const;
  /// The values of an inspection (date, method, direction, length) without looking up its pipe.
  void validateInspectionValues(const InspectionRecord& r) const;

  const DefectCatalogue& defectCatalogue() const { return m_defects; }
  const MisconnectionCatalogue& misconnectionCatalogue() const { return m_misconnections; }

private:
  void audit(const std::string& user, const std::string& entity, std::int64_t id, const std::string& action,
             const std::string& before, const std::string& after);
  void validateInspection(const InspectionRecord& r);
  void validateMisconnection(MisconnectionRecord& r);
  void storeDefectGeometry(std::int64_t defectId);
  // Permissions (findings_access.cpp): the user must exist and their role allow the change.
  void requireCreate(const std::string& user, std::optional<std::int64_t> districtId);
  void requireEdit(const std::string& user, const std::string& entity, std::int64_t id);
  /// Separation of duties: a field team records its own team's inspections and adds to nothing else.
  void requireInspectionTeam(const std::string& user, InspectionRecord& r);
  void requireOwnInspection(const std::string& user, std::int64_t inspectionId);
  /// BadInput from `messageTemplate` (%1 the record, %2 the order) when the finding is in an open order.
  void requireNotInOpenOrder(const std::string& entity, std::int64_t id, const char* messageTemplate);
  std::optional<std::int64_t> districtOfPipe(std::int64_t pipeId);

  Project& m_project;
  const DefectCatalogue& m_defects;
  const MisconnectionCatalogue& m_misconnections;
};

/// The version a new record is written with: 1, or for a record restored with its id and version (an undone delete)
/// the version it had, so the edits next to it on an undo stack still find it as they left it.
inline std::int64_t restoredVersion(std::int64_t id, std::int64_t version) {
  return id > 0 && version > 0 ? version : 1;
}

}  // namespace pw
