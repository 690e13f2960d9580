#pragma once
// What a community area holds for separation planning, computed from the records when asked:
// - misconnection points inside it or linked to it (recorded on one of its pipes or manholes), each with its degree
//   (T/CECS 758 table 7.2.2), dry-weather flow and whether it is closed;
// - its pipes (more than half of the length inside, area_geometry.h), the combined ones and their length;
// - the defects of the latest inspection of those pipes;
// - manholes inside with mixed flow: a combined manhole, or one where pipes of different drainage types meet;
// - where its water goes: the manholes where the flow traced downstream from its pipes ends (outfalls, the
//   interceptor or pump station towards the treatment plant), with the drainage types arriving there;
// - the open rectification orders carrying any of its findings.
// A finding counts as closed when an order carrying it is closed (closure is verified, gis/orders) or, for a
// misconnection point, when its status is resolved (order rules' resolved statuses) or a false alarm.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "orders/order_rules.h"
#include "plan/communities.h"

namespace pw {

class NetworkGraph;
class Project;
struct ProjectCatalogues;

struct AreaMisconnection {
  std::int64_t id = 0;
  std::string kind;
  std::string status;
  int grade = 0;  ///< 1 slight .. 3 severe, 0 not graded
  std::optional<double> flowM3d;
  bool closed = false;
};

struct AreaPipe {
  std::int64_t id = 0;
  std::string code;
  std::string drainage;  ///< rain | sewage | combined | "" unknown
  std::optional<double> diameterMm;
  double lengthM = 0;
};

struct MixedManhole {
  std::int64_t id = 0;
  std::string code;
  std::string drainage;              ///< the manhole's own type, "" unknown
  std::vector<std::string> systems;  ///< drainage types of the pipes meeting there
};

struct NetworkEnd {
  std::int64_t manholeId = 0;
  std::string code;
  std::string kind;  ///< the manhole's kind as surveyed (排放口, 泵站 ...), may be empty
  std::string districtName;
  std::vector<std::string> arriving;  ///< drainage types of the pipes ending there
};

struct AreaOrder {
  std::int64_t id = 0;
  std::string number;
  std::string state;
  std::string kind;
};

struct AreaAnalysis {
  Community community;
  std::vector<AreaMisconnection> misconnections;
  std::vector<std::int64_t> defects;
  std::vector<AreaPipe> pipes;
  std::vector<MixedManhole> mixedManholes;
  std::vector<NetworkEnd> ends;  ///< empty unless traced
  std::vector<AreaOrder> openOrders;

  int combinedPipes() const;
  double combinedLengthM() const;
  double lengthM() const;
  int openMisconnections() const;
  double openFlowM3d() const;  ///< dry-weather flow of the open points, m3/d
  int highestOpenGrade() const;
};

/// Whether findings are closed (see the file comment).
class FindingClosure {
public:
  FindingClosure(Project& project, const OrderRules& rules) : m_project(project), m_rules(rules) {}
  bool closedByOrder(const std::string& entity, std::int64_t id);
  bool misconnectionClosed(std::int64_t id, const std::string& status);
  /// A defect or misconnection point by id (a deleted record counts as closed: nothing is left to do).
  bool closed(const std::string& entity, std::int64_t id);

private:
  Project& m_project;
  const OrderRules& m_rules;
};

class AreaAnalyzer {
public:
  AreaAnalyzer(Project& project, const ProjectCatalogues& catalogues);
  ~AreaAnalyzer();
  AreaAnalyzer(const AreaAnalyzer&) = delete;
  AreaAnalyzer& operator=(const AreaAnalyzer&) = delete;

  /// `trace`: also follow the flow downstream to where it ends (loads the network graph once per analyzer).
  AreaAnalysis analyse(const Community& community, bool trace = true);

private:
  const NetworkGraph& graph();

  Project& m_project;
  const ProjectCatalogues& m_catalogues;
  OrderRules m_rules;
  std::unique_ptr<NetworkGraph> m_graph;
};

}  // namespace pw
