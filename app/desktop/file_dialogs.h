#pragma once
// File dialogs that never read the files they list. Qt's own dialog guesses each listed file's type from its first
// bytes (for its icon and its Type column), and the GTK dialog does the same in-process; a read of an open project
// (or of its -wal or -shm file) closes a descriptor of it, which drops SQLite's locks in this process, so that another
// program then believes it is alone and removes the write-ahead log the desktop is writing to. These dialogs are Qt's
// own, told types by file name only.
#include <QFileDialog>
#include <QString>
#include <QStringList>

class QWidget;

namespace pw::desktop::files {

QString openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
QStringList openFileNames(QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
QString saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter,
                     QFileDialog::Options options = {});

}  // namespace pw::desktop::files
