#pragma once
#include <QHash>
#include <QString>
#include <QTranslator>

namespace pw::i18n {

/// A translator reading a Qt Linguist .ts file directly. Lookup is by context and source text, falling back to
/// the source text alone, so that the core's messages (whose lupdate context is their C++ namespace) are found from
/// the application edge. Unfinished and vanished entries are ignored.
class TsTranslator : public QTranslator {
  Q_OBJECT
public:
  using QTranslator::QTranslator;
  bool loadTs(const QString& path);
  QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                    int n = -1) const override;
  bool isEmpty() const override { return m_bySource.isEmpty(); }
  qsizetype size() const { return m_bySource.size(); }

private:
  QHash<QString, QString> m_byContext;  // context + '\x1f' + source -> translation
  QHash<QString, QString> m_bySource;
};

}  // namespace pw::i18n
