#pragma once
// The import wizard: pick files, confirm what was detected for each (role, field profile, encoding, CRS, field
// mapping, first rows decoded), run the import with progress and cancel, then see the faults found. It calls the same
// core planning and import as pipeward-cli.
#include <memory>
#include <optional>
#include <vector>

#include <QWizard>

#include "importer/import.h"
#include "importer/plan.h"

class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QLineEdit;

namespace pw {
class Feedback;
}

namespace pw::desktop {

class ProjectDocument;

/// One file in the wizard: the options the user chose and the plan they give (or why there is none).
struct ImportEntry {
  QString path;
  ImportOptions options;
  std::optional<ImportPlan> plan;
  QString error;
};

class ImportWizard : public QWizard {
  Q_OBJECT
public:
  enum PageId { FilesPage, ReviewPage, RunPage, ResultPage };

  ImportWizard(ProjectDocument* document, QWidget* parent = nullptr);
  ~ImportWizard() override;

  void addFiles(const QStringList& paths);
  std::vector<ImportEntry>& entries() { return m_entries; }
  /// Plans (again) the entry with its current options; error text on failure.
  void replan(std::size_t index);
  bool allPlanned() const;
  const std::optional<ImportReport>& report() const { return m_report; }
  QString runError() const { return m_runError; }
  bool running() const { return m_feedback != nullptr; }

  // Widgets the tests drive.
  QListWidget* fileList() const { return m_fileList; }
  QComboBox* roleCombo() const { return m_role; }
  QComboBox* encodingCombo() const { return m_encoding; }
  QLineEdit* crsEdit() const { return m_crs; }
  QTableWidget* mappingTable() const { return m_mapping; }
  QTableWidget* previewTable() const { return m_preview; }
  QLabel* detectionLabel() const { return m_detected; }
  QTableWidget* issuesTable() const { return m_issues; }
  QPushButton* cancelButton() const { return m_cancel; }
  QProgressBar* progressBar() const { return m_progress; }

  /// Saves the current entry's field mapping as a user profile (the core's JSON format).
  void saveMappingAs(const QString& name);

signals:
  void importFinished();
  void issueActivated(double x, double y);

private:
  friend class ReviewPageWidget;
  friend class RunPageWidget;
  QWizardPage* createFilesPage();
  QWizardPage* createReviewPage();
  QWizardPage* createRunPage();
  QWizardPage* createResultPage();
  void showEntry(int row);
  void applyMappingEdits();
  void startImport();
  void finishImport();
  void reportProgress(const QString& stage, long long done, long long total);

  ProjectDocument* m_document;
  std::vector<ImportEntry> m_entries;
  int m_current = -1;
  bool m_filling = false;
  QListWidget* m_fileList = nullptr;
  QListWidget* m_reviewList = nullptr;
  QComboBox* m_role = nullptr;
  QComboBox* m_profile = nullptr;
  QComboBox* m_encoding = nullptr;
  QLineEdit* m_crs = nullptr;
  QLabel* m_detected = nullptr;
  QTableWidget* m_mapping = nullptr;
  QTableWidget* m_preview = nullptr;
  QProgressBar* m_progress = nullptr;
  QLabel* m_stage = nullptr;
  QPushButton* m_cancel = nullptr;
  QLabel* m_summary = nullptr;
  QTableWidget* m_issues = nullptr;
  std::unique_ptr<Feedback> m_feedback;
  std::optional<ImportReport> m_report;
  QString m_runError;
  bool m_done = false;
};

}  // namespace pw::desktop
