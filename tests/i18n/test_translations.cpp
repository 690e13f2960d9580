// Chinese is the primary language: every string the sources mark for translation has a finished zh_CN
// translation, and the placeholders of each translation match its source.
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include "tstranslator.h"

namespace {

struct TsEntry {
  QString source;
  QString translation;
  bool finished = false;
};

QList<TsEntry> readTs(const QString& path) {
  QList<TsEntry> out;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return out;
  QXmlStreamReader xml(&file);
  TsEntry current;
  while (!xml.atEnd()) {
    xml.readNext();
    if (xml.isStartElement() && xml.name() == QLatin1String("message")) current = {};
    if (xml.isStartElement() && xml.name() == QLatin1String("source")) current.source = xml.readElementText();
    if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
      current.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
      current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);  // numerus forms
    }
    if (xml.isEndElement() && xml.name() == QLatin1String("message")) out << current;
  }
  // A reader stopped half-way would check only the messages before the fault.
  if (xml.hasError()) ADD_FAILURE() << path.toStdString() << ": " << xml.errorString().toStdString();
  return out;
}

QSet<QString> placeholders(const QString& text) {
  QSet<QString> out;
  static const QRegularExpression re(QStringLiteral("%[1-9]"));
  for (auto it = re.globalMatch(text); it.hasNext();) out.insert(it.next().captured());
  return out;
}

const QString kTs = QStringLiteral(PW_TS_FILE);

}  // namespace

TEST(Translations, EveryMarkedStringHasAChineseTranslation) {
  QTemporaryDir dir;
  const QString fresh = dir.filePath(QStringLiteral("fresh_zh_CN.ts"));
  QProcess lupdate;
  lupdate.setWorkingDirectory(QStringLiteral(PW_SOURCE_DIR));
  lupdate.start(QStringLiteral(PW_LUPDATE),
                {QStringLiteral("-silent"), QStringLiteral("-tr-function-alias"), QStringLiteral("QT_TR_NOOP+=PW_TR"),
                 QStringLiteral("gis"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
  ASSERT_TRUE(lupdate.waitForFinished(120000));
  ASSERT_EQ(lupdate.exitCode(), 0) << lupdate.readAllStandardError().toStdString();
  QHash<QString, TsEntry> committed;
  for (const auto& e : readTs(kTs)) committed.insert(e.source, e);
  const auto extracted = readTs(fresh);
  ASSERT_GT(extracted.size(), 100);
  for (const auto& e : extracted) {
    const auto it = committed.constFind(e.source);
    if (it == committed.constEnd() || !it->finished || it->translation.isEmpty()) {
      ADD_FAILURE() << "no zh_CN translation for: " << e.source.toStdString()
                    << "\n(run: cmake --build --preset dev --target update_translations, then translate)";
      continue;
    }
    EXPECT_EQ(placeholders(e.source), placeholders(it->translation)) << e.source.toStdString();
  }
}

TEST(Translations, CoreMessagesAreFoundWithoutTheirContext) {
  pw::i18n::TsTranslator translator;
  ASSERT_TRUE(translator.loadTs(kTs));
  EXPECT_EQ(translator.translate("pw", "rain"), QStringLiteral("雨水"));
  EXPECT_EQ(translator.translate("anything", "The operation was cancelled; nothing was changed."),
            QStringLiteral("操作已取消；未做任何修改。"));
  EXPECT_TRUE(translator.translate("pw", "a string nobody marked").isEmpty());
}

int main(int argc, char** argv) {
  QCoreApplication app(argc, argv);
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
