#include "file_dialogs.h"

#include <QFileIconProvider>
#include <QMimeDatabase>

namespace pw::desktop::files {
namespace {

/// Icons and type names from the file name alone.
class NameOnlyIconProvider : public QFileIconProvider {
public:
  QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
  QIcon icon(const QFileInfo& info) const override {
    return QFileIconProvider::icon(info.isDir() ? QFileIconProvider::Folder : QFileIconProvider::File);
  }
  QString type(const QFileInfo& info) const override {
    if (info.isDir()) return QFileIconProvider::type(info);
    return QMimeDatabase().mimeTypeForFile(info.fileName(), QMimeDatabase::MatchExtension).comment();
  }
};

QStringList run(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                QFileDialog::FileMode mode, QFileDialog::AcceptMode accept, QFileDialog::Options options) {
  static NameOnlyIconProvider provider;
  QFileDialog dialog(parent, caption, dir, filter);
  dialog.setOptions(options | QFileDialog::DontUseNativeDialog);
  dialog.setIconProvider(&provider);
  dialog.setFileMode(mode);
  dialog.setAcceptMode(accept);
  if (dialog.exec() != QDialog::Accepted) return {};
  return dialog.selectedFiles();
}

}  // namespace

QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) {
  const auto files = run(parent, caption, dir, filter, QFileDialog::ExistingFile, QFileDialog::AcceptOpen, {});
  return files.isEmpty() ? QString() : files.front();
}

QStringList openFileNames(QWidget* parent, const QString& caption, const QString& dir, const QString& filter) {
  return run(parent, caption, dir, filter, QFileDialog::ExistingFiles, QFileDialog::AcceptOpen, {});
}

QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                     QFileDialog::Options options) {
  const auto files = run(parent, caption, dir, filter, QFileDialog::AnyFile, QFileDialog::AcceptSave, options);
  return files.isEmpty() ? QString() : files.front();
}

}  // namespace pw::desktop::files
