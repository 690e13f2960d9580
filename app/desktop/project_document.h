#pragma once
// The open project in the desktop application: the core Project, the snapshot the map draws (rebuilt off the GUI
// thread), background layers, the selection, and the undo stack that every edit goes through.
#include <memory>
#include <optional>

#include <QObject>
#include <QString>
#include <QUndoStack>

#include "background.h"
#include "inspect/findings.h"
#include "inspect/project_catalogues.h"
#include "map/network_snapshot.h"
#include "network/graph.h"
#include "orders/orders.h"
#include "queries/feature_info.h"
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
  void addRasterBackground(const QString& path);  ///< throws pw::Error
  void addVectorBackground(const QString& path);  ///< throws pw::Error
  void setBackgroundVisible(int index, bool visible);

  /// The selected pipe or manhole (database id), if any.
  std::optional<FeatureRef> selection() const { return m_selection; }
  void select(std::optional<FeatureRef> ref);

  QUndoStack* undoStack() { return &m_undo; }

  /// The findings of the open project (catalogues loaded on first use). Throws pw::Error for a bad catalogue.
  FindingsStore& findings();
  const ProjectCatalogues& catalogues();
  /// The rectification orders of the open project.
  OrderStore& orders();
  /// Tells the document that orders changed: their panels and the map's orders layer reload.
  void ordersChanged(bool wait = false);
  /// The user edits are attributed to and whose role decides what is allowed: the one chosen last time for this
  /// project (remembered), else the project's first administrator. Attribution, not security.
  QString userName() const { return m_user; }
  /// Switches user (throws pw::Error for an unknown or inactive one) and remembers the choice for this project.
  void setUserName(const QString& user);
  /// The network graph of the project, built on first use after each reload.
  const NetworkGraph& graph();
  /// Snapshot item indices of pipe database ids (for highlighting a trace).
  std::vector<std::uint32_t> pipeItems(const std::vector<std::int64_t>& pipeIds);
  /// Tells the document that findings changed: the panels and the map's findings layers reload (synchronously when
  /// `wait`).
  void findingsChanged(bool wait = false);

signals:
  void opened();
  void closed();
  void snapshotChanged();
  void backgroundChanged();
  void selectionChanged();
  /// Findings were added, edited or deleted (the snapshot reload follows).
  void findingsEdited();
  /// Orders were raised, edited or moved on (the map's refresh follows).
  void ordersEdited();
  void loadFailed(const QString& message);
  void userChanged();
  /// An undo or redo step was refused by the store (someone else changed the record); the step is dropped.
  void editRefused(const QString& message);

private:
  void startLoad(bool wait, bool findingsOnly);

  std::unique_ptr<Project> m_project;
  QString m_path;
  std::shared_ptr<const NetworkSnapshot> m_snapshot;
  std::shared_ptr<const render::BackgroundSet> m_background;
  std::optional<FeatureRef> m_selection;
  QUndoStack m_undo;
  int m_loadGeneration = 0;
  std::unique_ptr<ProjectCatalogues> m_catalogues;
  std::unique_ptr<FindingsStore> m_findings;
  std::unique_ptr<OrderStore> m_orders;
  std::unique_ptr<NetworkGraph> m_graph;
  std::vector<std::pair<std::int32_t, std::uint32_t>> m_itemOfPipe;  ///< sorted (pipe id, snapshot item)
  QString m_user;
};

}  // namespace pw::desktop
