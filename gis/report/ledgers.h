#pragma once
// The registers district offices keep (the content; report_xlsx.h writes them as Excel sheets):
// - the order ledger (整改台账): one row per issued order (drafts are not orders yet; cancelled ones stay, marked),
//   by number;
// - the defect register (缺陷登记表): every recorded defect, with its pipe, inspection and the order it is in;
// - the misconnection register (混接点登记表): every misconnection point with its indicators, degree and order.
// Each for one district or the whole project. Only reads.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "geom/types.h"
#include "report/report_text.h"

namespace pw {

class Project;
struct ProjectCatalogues;

struct OrderLedgerRow {
  std::int64_t id = 0;
  std::string number;
  std::string district;
  std::string kind;      ///< key
  std::string priority;  ///< key
  std::string findings;  ///< "; "-separated labels
  std::string location;  ///< the road of the first finding
  std::optional<Point> at;
  std::string assignee;
  std::string issuedOn;  ///< YYYY-MM-DD
  std::string deadline;  ///< YYYY-MM-DD or empty
  std::string state;     ///< key, today
  std::string closedOn;  ///< YYYY-MM-DD or empty
  int days = 0;          ///< closed: from issue to closure; otherwise from issue to today
  bool overdue = false;  ///< today: deadline passed and still open
  int daysOverdue = 0;
  std::optional<double> estimatedCost;
  std::optional<double> actualCost;
  std::string description;
};

struct DefectRegisterRow {
  std::int64_t id = 0;
  std::string district;
  std::string pipe;
  std::string road;
  std::string drainage;  ///< key
  std::optional<double> diameterMm;
  std::string code;
  std::string name;         ///< the catalogue's name
  std::string defectClass;  ///< structural | functional
  int grade = 0;
  double distanceM = 0;
  std::optional<double> lengthM;
  std::string clock;  ///< "0903" or empty
  std::string inspectedOn;
  std::string method;  ///< key: cctv, qv, sonar, visual
  std::string team;
  bool latest = false;  ///< on the pipe's latest inspection (what the assessment counts)
  std::string description;
  std::string order;       ///< the number of the last order raised from it, empty when none
  std::string orderState;  ///< key
};

struct MisconnectionRegisterRow {
  std::int64_t id = 0;
  std::string district;
  std::string place;  ///< the manhole's or the pipe's code
  std::string road;
  std::optional<Point> at;
  std::string type;    ///< the catalogue's name of the type
  std::string source;  ///< the catalogue's name of the source kind, empty when not given
  std::optional<double> inflowDiameterMm, flowM3d, nh3nMgL, codMgL;
  int degree = 0;          ///< 1 slight .. 3 severe, 0 when no indicator is known
  std::string degreeName;  ///< the catalogue's name, empty for 0
  std::string status;      ///< the catalogue's name of the status
  std::string sampledOn;
  std::string recordedOn;  ///< the day it was recorded
  std::string description;
  std::string order;
  std::string orderState;
};

/// The order ledger as of today (todayIso): overdue and days are today's.
std::vector<OrderLedgerRow> orderLedger(Project& project, const ProjectCatalogues& catalogues,
                                        std::optional<std::int64_t> districtId, const Translate& tr = {});
/// Every defect, by district, pipe, inspection date and distance.
std::vector<DefectRegisterRow> defectRegister(Project& project, const ProjectCatalogues& catalogues,
                                              std::optional<std::int64_t> districtId);
/// Every misconnection point, by district and id.
std::vector<MisconnectionRegisterRow> misconnectionRegister(Project& project, const ProjectCatalogues& catalogues,
                                                            std::optional<std::int64_t> districtId);

}  // namespace pw
