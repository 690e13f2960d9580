#pragma once
// A pipe's inspections: its CJJ 181 assessment (structural and functional grade, RI and MI with the recommended
// action), the chosen inspection as a strip with its defects along the pipe, the defect table, and the photos of the
// selected defect. Defects are recorded, edited and deleted from here (each undoable).
#include <cstdint>
#include <optional>
#include <vector>

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace pw::desktop {

class DefectStrip;
class ProjectDocument;

class InspectionPanel : public QWidget {
  Q_OBJECT
public:
  explicit InspectionPanel(ProjectDocument* document, QWidget* parent = nullptr);

  /// Shows a pipe (nothing when empty).
  void showPipe(std::optional<std::int64_t> pipeId);
  std::optional<std::int64_t> pipe() const { return m_pipeId; }
  void selectDefect(std::optional<std::int64_t> defectId);

  QLabel* summary() const { return m_summary; }
  QComboBox* inspectionBox() const { return m_inspection; }
  DefectStrip* strip() const { return m_strip; }
  QTableWidget* defectTable() const { return m_table; }
  QListWidget* photoList() const { return m_photos; }
  QPushButton* raiseOrderButton() const { return m_raise; }

signals:
  /// The user asked to record a defect on the shown pipe.
  void recordDefectRequested(std::int64_t pipeId);
  /// The user asked to raise a rectification order for these defects.
  void raiseOrderRequested(const std::vector<std::int64_t>& defectIds);

private:
  void refresh();
  void showInspection();
  void showPhotos();
  void editSelected();
  void deleteSelected();
  std::optional<std::int64_t> selectedDefect() const;
  std::vector<std::int64_t> selectedDefects() const;

  ProjectDocument* m_document;
  std::optional<std::int64_t> m_pipeId;
  double m_pipeLength = 0;
  QString m_fromCode, m_toCode;
  QLabel* m_summary;
  QComboBox* m_inspection;
  DefectStrip* m_strip;
  QTableWidget* m_table;
  QListWidget* m_photos;
  QPushButton* m_record;
  QPushButton* m_edit;
  QPushButton* m_delete;
  QPushButton* m_raise;
  QPushButton* m_history;
  bool m_filling = false;
};

}  // namespace pw::desktop
