#pragma once
// Export a layer, whole or filtered (district, drainage type, order state, overdue, the selected feature), to
// GeoPackage, shapefile (GBK with .cpg, or UTF-8), GeoJSON or CSV: the core's exportLayer, as `pipeward-cli export`.
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace pw::desktop {

class ProjectDocument;

class ExportDialog : public QDialog {
  Q_OBJECT
public:
  explicit ExportDialog(ProjectDocument* document, QWidget* parent = nullptr);

  /// Writes the export; the result (or the refusal) is shown in the dialog. True on success.
  bool runExport();

  QComboBox* layerBox() const { return m_layer; }
  QComboBox* districtBox() const { return m_district; }
  QComboBox* formatBox() const { return m_format; }
  QComboBox* encodingBox() const { return m_encoding; }
  QLineEdit* outputEdit() const { return m_output; }
  QCheckBox* overwriteBox() const { return m_overwrite; }
  QLabel* countLabel() const { return m_count; }
  QLabel* resultLabel() const { return m_result; }

private:
  void updateChoices();
  void updateCount();
  void browse();

  ProjectDocument* m_document;
  QComboBox* m_layer;
  QComboBox* m_district;
  QComboBox* m_drainage;
  QComboBox* m_state;
  QCheckBox* m_overdue;
  QCheckBox* m_selectionOnly;
  QComboBox* m_format;
  QComboBox* m_encoding;
  QLineEdit* m_output;
  QCheckBox* m_overwrite;
  QLabel* m_count;
  QLabel* m_result;
};

}  // namespace pw::desktop
