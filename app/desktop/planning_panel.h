#pragma once
// Separation planning for the housing bureau (雨污分流改造): the community areas ranked as candidates for the next
// programme (open misconnection points, their dry-weather flow and highest degree; combined pipes), the totals and
// estimated budget of the areas ticked, a separation project made from them, and the projects with their status,
// budget and progress (findings in scope closed). Double-click an area for what it holds and where its water goes.
#include <cstdint>
#include <optional>
#include <vector>

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pw::desktop {

class ProjectDocument;

class PlanningPanel : public QWidget {
  Q_OBJECT
public:
  explicit PlanningPanel(ProjectDocument* document, QWidget* parent = nullptr);

  void refresh();
  /// Ticks exactly these areas (ids) in the candidate list.
  void selectAreas(const std::vector<std::int64_t>& areaIds);
  std::vector<std::int64_t> selectedAreas() const;
  /// Makes a separation project of the ticked areas (a dialog asks name and year). Its id, or 0.
  std::int64_t createProjectFromSelection();
  /// Moves the chosen project one status forward (or back, asking why). False with a message when refused.
  bool stepProject(bool forward);
  /// What an area holds and where its water goes, as the double-click shows it (HTML; throws pw::Error).
  QString areaSummary(std::int64_t areaId);

  QTableWidget* candidates() const { return m_candidates; }
  QTableWidget* projects() const { return m_projects; }
  QLabel* totals() const { return m_totals; }
  QLabel* message() const { return m_message; }

signals:
  /// Show an area on the map.
  void areaRequested(std::int64_t areaId);

private:
  void fillCandidates();
  void fillProjects();
  void updateTotals();
  void showArea(std::int64_t areaId);
  std::optional<std::int64_t> chosenProject() const;

  ProjectDocument* m_document;
  QComboBox* m_district;
  QTableWidget* m_candidates;
  QLabel* m_totals;
  QPushButton* m_create;
  QTableWidget* m_projects;
  QPushButton* m_forward;
  QPushButton* m_back;
  QLabel* m_message;
  bool m_filling = false;
};

}  // namespace pw::desktop
