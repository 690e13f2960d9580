#include "tstranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace pw::i18n {

bool TsTranslator::loadTs(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  QXmlStreamReader xml(&file);
  QString context;
  QString source;
  QString translation;
  bool usable = false;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement()) {
      const auto name = xml.name();
      if (name == QLatin1String("name")) {
        context = xml.readElementText();
      } else if (name == QLatin1String("message")) {
        source.clear();
        translation.clear();
        usable = false;
      } else if (name == QLatin1String("source")) {
        source = xml.readElementText();
      } else if (name == QLatin1String("translation")) {
        const auto type = xml.attributes().value(QLatin1String("type"));
        usable = type.isEmpty();  // not "unfinished", "vanished" or "obsolete"
        // A plural message holds its text in <numerusform> elements; Chinese has one form, the first.
        translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
      }
    } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
      if (usable && !translation.isEmpty()) {
        m_byContext.insert(context + QChar(0x1f) + source, translation);
        m_bySource.insert(source, translation);
      }
    }
  }
  return !xml.hasError() && !m_bySource.isEmpty();
}

QString TsTranslator::translate(const char* context, const char* sourceText, const char*, int) const {
  const QString source = QString::fromUtf8(sourceText);
  if (context) {
    const auto it = m_byContext.constFind(QString::fromUtf8(context) + QChar(0x1f) + source);
    if (it != m_byContext.constEnd()) return *it;
  }
  return m_bySource.value(source);
}

}  // namespace pw::i18n
