#pragma once
// Everything about the selected pipe or manhole, read from the project.
#include <optional>

#include <QTreeWidget>

#include "queries/feature_info.h"

namespace pw::desktop {

class ProjectDocument;

class IdentifyPanel : public QTreeWidget {
  Q_OBJECT
public:
  IdentifyPanel(ProjectDocument* document, QWidget* parent = nullptr);
  /// The value shown for a label (tests).
  QString valueOf(const QString& label) const;

private:
  void showSelection();
  ProjectDocument* m_document;
};

}  // namespace pw::desktop
