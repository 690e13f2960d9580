#pragma once
// The open project in the desktop application: the core Project, the snapshot the map draws (rebuilt off the GUI
// thread), background layers, the selection, and the undo stack that every edit goes through.
#include <memory>
#include <optional>

#include <QObject>
#include <QString>
#include <QUndoStack>

#include "background.h"
#include "map/network_snapshot.h"
#include "report/feature_info.h"
#include "store/project.h"

namespace pw::desktop {

class ProjectDocument : public QObject {
  Q_OBJECT
public:
  explicit ProjectDocument(QObject* parent = nullptr);
  ~ProjectDocument() override;

  /// Opens a project (throws pw::Error). The snapshot is loaded in the background; snapshotChanged follows.
  void open(const QString& path);
  /// Creates a new project file and opens it.
  void create(const QString& path, std::optional<int> epsg);
  void close();
  bool isOpen() const { return m_project != nullptr; }
  QString path() const { return m_path; }
  Project& project() { return *m_project; }
  int epsg() const { return m_project ? m_project->crsEpsg() : 0; }

  std::shared_ptr<const NetworkSnapshot> snapshot() const { return m_snapshot; }
  /// Rebuilds the snapshot from the project. Synchronous when `wait`.
  void reload(bool wait = false);
  /// Re-reads the project after another connection changed it (an import may have set the CRS), then reloads.
  void refresh();

  std::shared_ptr<const render::BackgroundSet> background() const { return m_background; }
  void addRasterBackground(const QString& path);   ///< throws pw::Error
  void addVectorBackground(const QString& path);   ///< throws pw::Error
  void setBackgroundVisible(int index, bool visible);

  /// The selected pipe or manhole (database id), if any.
  std::optional<FeatureRef> selection() const { return m_selection; }
  void select(std::optional<FeatureRef> ref);

  QUndoStack* undoStack() { return &m_undo; }

signals:
  void opened();
  void closed();
  void snapshotChanged();
  void backgroundChanged();
  void selectionChanged();
  void loadFailed(const QString& message);

private:
  void startLoad(bool wait);

  std::unique_ptr<Project> m_project;
  QString m_path;
  std::shared_ptr<const NetworkSnapshot> m_snapshot;
  std::shared_ptr<const render::BackgroundSet> m_background;
  std::optional<FeatureRef> m_selection;
  QUndoStack m_undo;
  int m_loadGeneration = 0;
};

}  // namespace pw::desktop
