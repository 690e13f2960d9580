#include "gui_support.h"

#include <cmath>

#include <QDir>
#include <QWidget>
#include <QtTest>

#include "core/feedback.h"
#include "geom/spatialite_blob.h"
#include "importer/import.h"
#include "main_window.h"
#include "map_canvas.h"
#include "store/project.h"

namespace pw::test {

QString sample(const char* path) { return QStringLiteral(PW_SAMPLEDATA "/") + QLatin1String(path); }

QStringList sampleFiles() {
  return {sample("districts/districts.shp"), sample("delivery-a/manholes.shp"), sample("delivery-a/pipes.shp"),
          sample("delivery-b/manholes.shp"), sample("delivery-b/pipes.shp")};
}

void createSampleProject(const QString& path) {
  auto project = Project::create(path.toStdString(), 4549);
  std::vector<std::string> paths;
  for (const auto& f : sampleFiles()) paths.push_back(f.toStdString());
  auto plans = planImports(paths, {}, 4549);
  Feedback feedback;
  runImport(*project, plans, feedback);
}

void saveScreenshot(QWidget& w, const QString& name) {
  QDir().mkpath(QStringLiteral(PW_SCREENSHOT_DIR));
  w.grab().save(QStringLiteral(PW_SCREENSHOT_DIR "/") + name + QStringLiteral(".png"));
}

Point pipeMidpoint(Project& project, const std::string& code) {
  auto st = project.db().prepare("SELECT geom FROM pipes WHERE code = ?");
  st.bind(1, code);
  if (!st.step()) return {};
  std::vector<double> xy;
  blob::decodeLineString(st.blob(0), xy);
  return {(xy[0] + xy[2]) / 2, (xy[1] + xy[3]) / 2};
}

Point manholeAt(Project& project, const std::string& code) {
  auto st = project.db().prepare("SELECT geom FROM manholes WHERE code = ?");
  st.bind(1, code);
  if (!st.step()) return {};
  return blob::decodePoint(st.blob(0)).value_or(Point{});
}

bool colourNear(const QImage& image, QPoint at, const QColor& want, int radius) {
  for (int dx = -radius; dx <= radius; ++dx) {
    for (int dy = -radius; dy <= radius; ++dy) {
      const QColor c = image.pixelColor(at + QPoint(dx, dy));
      if (std::abs(c.red() - want.red()) < 40 && std::abs(c.green() - want.green()) < 40 &&
          std::abs(c.blue() - want.blue()) < 40) {
        return true;
      }
    }
  }
  return false;
}

std::unique_ptr<desktop::MainWindow> openWindow(const QString& project) {
  auto window = std::make_unique<desktop::MainWindow>();
  window->resize(1200, 800);
  window->show();
  if (!window->openProject(project, true)) return nullptr;
  if (!QTest::qWaitFor([&] { return window->canvas()->frameIsCurrent(); }, 20000)) return nullptr;
  return window;
}

QPoint showPoint(desktop::MainWindow& window, Point at, double mpp) {
  auto* canvas = window.canvas();
  canvas->setView(MapView(at.x, at.y, mpp, canvas->width(), canvas->height()));
  if (!QTest::qWaitFor([&] { return canvas->frameIsCurrent(); }, 10000)) return {};
  const Point s = canvas->view().toScreen(at.x, at.y);
  return QPoint(static_cast<int>(std::lround(s.x)), static_cast<int>(std::lround(s.y)));
}

}  // namespace pw::test
