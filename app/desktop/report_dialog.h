#pragma once
// Reports to hand on: a district's report or the city summary for a period, the separation programme of a year
// (PDF or Excel), the order ledger
// (整改台账) and the defect and misconnection registers (Excel): the same core and drawing as `pipeward-cli report`.
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pw::desktop {

class ProjectDocument;

class ReportDialog : public QDialog {
  Q_OBJECT
public:
  enum class Kind { District, City, Separation, Ledger, Defects, Misconnections };

  explicit ReportDialog(ProjectDocument* document, QWidget* parent = nullptr);

  /// Writes the chosen report; the result (or the refusal) is shown in the dialog. True on success.
  bool makeReport();

  QComboBox* kindBox() const { return m_kind; }
  QComboBox* districtBox() const { return m_district; }
  QComboBox* periodBox() const { return m_period; }
  QComboBox* yearBox() const { return m_year; }
  QComboBox* formatBox() const { return m_format; }
  QLineEdit* outputEdit() const { return m_output; }
  QLabel* resultLabel() const { return m_result; }

private:
  void updateChoices();

  ProjectDocument* m_document;
  QComboBox* m_kind;
  QComboBox* m_district;
  QComboBox* m_period;
  QComboBox* m_year;
  QComboBox* m_format;
  QLineEdit* m_output;
  QLabel* m_result;
};

}  // namespace pw::desktop
