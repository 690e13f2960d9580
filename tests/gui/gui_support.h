#pragma once
// What the desktop tests share: the sample city as a project, screenshots for a human to look at, where a pipe is
// on screen, and pixel colour checks.
#include <functional>
#include <memory>

#include <QApplication>
#include <QDialog>
#include <QTimer>

#include <QColor>
#include <QImage>
#include <QPoint>
#include <QString>
#include <QStringList>

#include "geom/types.h"

class QWidget;

namespace pw {
class Project;
}

namespace pw::desktop {
class MainWindow;
}

namespace pw::test {

QString sample(const char* path);
QStringList sampleFiles();
/// Creates `path` (EPSG:4549) with the whole sample city imported.
void createSampleProject(const QString& path);
/// Saves the widget as PW_SCREENSHOT_DIR/<name>.png.
void saveScreenshot(QWidget& w, const QString& name);
/// The midpoint of a pipe's first segment, in project coordinates.
Point pipeMidpoint(Project& project, const std::string& code);
/// A manhole's position.
Point manholeAt(Project& project, const std::string& code);
/// Whether a pixel within `radius` of `at` has about the colour `want`.
bool colourNear(const QImage& image, QPoint at, const QColor& want, int radius = 2);
/// A main window showing the project, its first frame drawn (null if that fails).
std::unique_ptr<desktop::MainWindow> openWindow(const QString& project);
/// Centres the view on a world point at `mpp` metres per pixel, waits for the frame, returns the point's pixel.
QPoint showPoint(desktop::MainWindow& window, Point at, double mpp = 0.3);

/// Runs `fn` on the next modal dialog of type D once it is open (the test goes on while it blocks in exec()); gives up
/// after about three seconds.
template <class D = QDialog>
void onNextDialog(std::function<void(D*)> fn, int triesLeft = 300) {
  QTimer::singleShot(10, [fn, triesLeft] {
    if (auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget())) {
      fn(dialog);
    } else if (triesLeft > 0) {
      onNextDialog<D>(fn, triesLeft - 1);
    }
  });
}

}  // namespace pw::test
