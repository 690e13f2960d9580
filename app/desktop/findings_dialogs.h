#pragma once
// Recording findings on the map: the defect dialog (the position along the pipe prefilled from the click, the
// catalogue's codes with each grade's definition, photos) and the misconnection dialog (type, source, the measured
// indicators with the degree they give, photos). Both check their values with the core before they close.
#include <optional>
#include <vector>

#include <QDialog>

#include "inspect/findings.h"

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace pw::desktop {

class ProjectDocument;

/// What the defect dialog produces: the defect, and the inspection it belongs to (existing or new).
struct DefectDraft {
  std::optional<InspectionRecord> newInspection;  ///< set when the defect starts a new inspection
  DefectRecord defect;                            ///< inspectionId is 0 with a new inspection
  std::vector<QString> photos;
};

class DefectDialog : public QDialog {
  Q_OBJECT
public:
  /// For pipe `pipeId`, at `distanceWithFlow` metres from its upstream end (where the user clicked).
  DefectDialog(ProjectDocument* document, std::int64_t pipeId, double distanceWithFlow, QWidget* parent = nullptr);
  DefectDraft draft() const;
  /// Turns the dialog into editing `defect` (of an inspection of this pipe): its values filled in, its inspection
  /// fixed; photos are not changed by an edit.
  void loadDefect(const DefectRecord& defect);

  QComboBox* inspectionCombo() const { return m_inspection; }
  QComboBox* codeCombo() const { return m_code; }
  QComboBox* gradeCombo() const { return m_grade; }
  QDoubleSpinBox* distanceBox() const { return m_distance; }
  QDoubleSpinBox* lengthBox() const { return m_length; }
  QLabel* gradeDefinition() const { return m_definition; }
  QLabel* errorLabel() const { return m_error; }
  void addPhoto(const QString& path);
  void accept() override;

private:
  void fillGrades();
  void updateDistanceForDirection();

  ProjectDocument* m_document;
  std::int64_t m_pipeId;
  double m_clickedWithFlow;
  double m_pipeLength = 0;
  QComboBox* m_inspection;
  QDateEdit* m_date;
  QComboBox* m_method;
  QComboBox* m_direction;
  QLineEdit* m_team;
  QComboBox* m_code;
  QComboBox* m_grade;
  QLabel* m_definition;
  QDoubleSpinBox* m_distance;
  QDoubleSpinBox* m_length;
  QSpinBox* m_clockFrom;
  QSpinBox* m_clockTo;
  QPlainTextEdit* m_description;
  QListWidget* m_photos;
  QWidget* m_addPhoto;
  QLabel* m_error;
  std::optional<DefectRecord> m_editing;
};

struct MisconnectionDraft {
  MisconnectionRecord record;
  std::vector<QString> photos;
};

class MisconnectionDialog : public QDialog {
  Q_OBJECT
public:
  /// At a point, on a manhole or a pipe (the manhole wins when both are given).
  MisconnectionDialog(ProjectDocument* document, Point at, std::optional<std::int64_t> manholeId,
                      std::optional<std::int64_t> pipeId, QWidget* parent = nullptr);
  MisconnectionDraft draft() const;
  /// Turns the dialog into editing `record`: its values filled in, a Delete button added; photos are not changed by
  /// an edit.
  void loadMisconnection(const MisconnectionRecord& record);
  /// The user chose Delete (the dialog was accepted for that).
  bool deleteRequested() const { return m_deleteRequested; }
  /// The user chose "Raise order" (the dialog was closed without changing the point).
  bool raiseOrderRequested() const { return m_raiseRequested; }
  QPushButton* deleteButton() const { return m_deleteButton; }

  QComboBox* typeCombo() const { return m_type; }
  QDoubleSpinBox* codBox() const { return m_cod; }
  QDoubleSpinBox* flowBox() const { return m_flow; }
  QLabel* gradeLabel() const { return m_gradeLabel; }
  QLabel* errorLabel() const { return m_error; }
  void addPhoto(const QString& path);
  void accept() override;

private:
  void updateGrade();

  ProjectDocument* m_document;
  Point m_at;
  std::optional<std::int64_t> m_manholeId;
  std::optional<std::int64_t> m_pipeId;
  QComboBox* m_type;
  QComboBox* m_source;
  QDoubleSpinBox* m_inflow;
  QDoubleSpinBox* m_flow;
  QDoubleSpinBox* m_nh3n;
  QDoubleSpinBox* m_cod;
  QComboBox* m_weather;
  QDateEdit* m_sampled;
  QLineEdit* m_cause;
  QComboBox* m_status;
  QPlainTextEdit* m_description;
  QListWidget* m_photos;
  QLabel* m_gradeLabel;
  QWidget* m_addPhoto;
  QLabel* m_error;
  std::optional<MisconnectionRecord> m_editing;
  QPushButton* m_deleteButton = nullptr;
  bool m_deleteRequested = false;
  bool m_raiseRequested = false;
};

/// The display name of a catalogue entry in the interface language.
QString catalogueName(const std::string& name, const std::string& nameEn);

}  // namespace pw::desktop
