#include "project_document.h"

#include <algorithm>

#include <QFutureWatcher>
#include <QUnhandledException>
#include <QtConcurrent/QtConcurrentRun>

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

#include "access/users.h"
#include "core/error.h"
#include "i18n.h"

namespace pw::desktop {

namespace {
QString rememberedUserKey(const QString& path) {
  const QByteArray hash =
      QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Md5);
  return QStringLiteral("lastUser/") + QString::fromLatin1(hash.toHex());
}
}  // namespace

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent) {}

void ProjectDocument::setUserName(const QString& user) {
  if (!m_project) return;
  UserStore(*m_project).require(user.toStdString());  // throws for an unknown or inactive user
  m_user = user;
  QSettings().setValue(rememberedUserKey(m_path), user);
  emit userChanged();
}

FindingsStore& ProjectDocument::findings() {
  if (!m_findings)
    m_findings = std::make_unique<FindingsStore>(*m_project, catalogues().defects, catalogues().misconnections);
  return *m_findings;
}

OrderStore& ProjectDocument::orders() {
  if (!m_orders) m_orders = std::make_unique<OrderStore>(*m_project, catalogues());
  return *m_orders;
}

void ProjectDocument::ordersChanged(bool wait) {
  emit ordersEdited();
  startLoad(wait, true);
}

const ProjectCatalogues& ProjectDocument::catalogues() {
  if (!m_catalogues) m_catalogues = std::make_unique<ProjectCatalogues>(loadProjectCatalogues(*m_project));
  return *m_catalogues;
}

const NetworkGraph& ProjectDocument::graph() {
  if (!m_graph) m_graph = std::make_unique<NetworkGraph>(NetworkGraph::load(*m_project));
  return *m_graph;
}

std::vector<std::uint32_t> ProjectDocument::pipeItems(const std::vector<std::int64_t>& pipeIds) {
  if (!m_snapshot) return {};
  if (m_itemOfPipe.empty()) {
    const auto& ids = m_snapshot->pipes.ids;
    m_itemOfPipe.reserve(ids.size());
    for (std::uint32_t i = 0; i < ids.size(); ++i) m_itemOfPipe.emplace_back(ids[i], i);
    std::sort(m_itemOfPipe.begin(), m_itemOfPipe.end());
  }
  std::vector<std::uint32_t> items;
  for (const auto id : pipeIds) {
    const auto it =
        std::lower_bound(m_itemOfPipe.begin(), m_itemOfPipe.end(), std::pair{static_cast<std::int32_t>(id), 0u});
    if (it != m_itemOfPipe.end() && it->first == id) items.push_back(it->second);
  }
  return items;
}

void ProjectDocument::findingsChanged(bool wait) {
  emit findingsEdited();
  startLoad(wait, true);
}

ProjectDocument::~ProjectDocument() = default;

void ProjectDocument::open(const QString& path) {
  auto project = Project::open(path.toStdString());
  close();
  m_project = std::move(project);
  m_path = path;
  // The user chosen last time for this project, if still active; else the project's first administrator.
  const QString remembered = QSettings().value(rememberedUserKey(path)).toString();
  const auto user = remembered.isEmpty() ? std::nullopt : UserStore(*m_project).find(remembered.toStdString());
  m_user = user && user->active ? remembered : QString::fromStdString(defaultUserName(*m_project));
  m_background = std::make_shared<render::BackgroundSet>();
  emit opened();
  startLoad(false, false);
}

void ProjectDocument::create(const QString& path, std::optional<int> epsg) {
  Project::create(path.toStdString(), epsg);
  open(path);
}

void ProjectDocument::close() {
  if (!m_project) return;
  ++m_loadGeneration;  // a load still running for the old project is dropped
  m_orders.reset();
  m_findings.reset();
  m_catalogues.reset();
  m_graph.reset();
  m_itemOfPipe.clear();
  m_project.reset();
  m_snapshot.reset();
  m_background.reset();
  m_selection.reset();
  m_undo.clear();
  m_path.clear();
  emit closed();
}

void ProjectDocument::reload(bool wait) { startLoad(wait, false); }

void ProjectDocument::refresh() {
  if (!m_project) return;
  m_orders.reset();
  m_findings.reset();
  m_graph.reset();
  m_project = Project::open(m_path.toStdString());
  m_selection.reset();
  emit opened();
  emit selectionChanged();
  startLoad(false, false);
}

void ProjectDocument::startLoad(bool wait, bool findingsOnly) {
  if (!m_project) return;
  const int generation = ++m_loadGeneration;
  const std::string path = m_path.toStdString();
  // The snapshot is read on its own connection, so the GUI's connection stays free. After an edit of findings only
  // the findings layers are read again; the pipes are copied from the current snapshot.
  auto base = findingsOnly ? m_snapshot : nullptr;
  auto load = [path, base]() -> std::shared_ptr<const NetworkSnapshot> {
    auto reader = Project::open(path);
    return base ? withFreshFindings(*base, *reader) : buildSnapshot(*reader);
  };
  if (wait) {
    m_snapshot = load();
    m_itemOfPipe.clear();
    emit snapshotChanged();
    return;
  }
  auto* watcher = new QFutureWatcher<std::shared_ptr<const NetworkSnapshot>>(this);
  connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
    watcher->deleteLater();
    if (generation != m_loadGeneration) return;
    try {
      try {
        m_snapshot = watcher->result();
        m_itemOfPipe.clear();
      } catch (const QUnhandledException& wrapped) {  // QtConcurrent wraps what it does not know
        if (wrapped.exception()) std::rethrow_exception(wrapped.exception());
        throw;
      }
      emit snapshotChanged();
    } catch (const Error& e) {
      emit loadFailed(i18n::errorText(e));
    } catch (const std::exception& e) {
      emit loadFailed(QString::fromUtf8(e.what()));
    }
  });
  watcher->setFuture(QtConcurrent::run(load));
}

void ProjectDocument::addRasterBackground(const QString& path) {
  auto source = std::make_shared<RasterSource>(path.toStdString(), epsg());
  auto set = std::make_shared<render::BackgroundSet>(*m_background);
  set->layers.push_back({std::make_shared<render::RasterBackground>(std::move(source)), true});
  m_background = std::move(set);
  emit backgroundChanged();
}

void ProjectDocument::addVectorBackground(const QString& path) {
  auto data = loadVectorBackground(path.toStdString(), epsg());
  auto set = std::make_shared<render::BackgroundSet>(*m_background);
  set->layers.push_back({std::make_shared<render::VectorBackgroundLayer>(std::move(data)), true});
  m_background = std::move(set);
  emit backgroundChanged();
}

void ProjectDocument::setBackgroundVisible(int index, bool visible) {
  if (!m_background || index < 0 || index >= static_cast<int>(m_background->layers.size())) return;
  auto set = std::make_shared<render::BackgroundSet>(*m_background);
  set->layers[static_cast<std::size_t>(index)].visible = visible;
  m_background = std::move(set);
  emit backgroundChanged();
}

void ProjectDocument::select(std::optional<FeatureRef> ref) {
  m_selection = std::move(ref);
  emit selectionChanged();
}

}  // namespace pw::desktop
