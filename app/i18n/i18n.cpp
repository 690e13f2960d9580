#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include "tstranslator.h"

namespace pw::i18n {
namespace {
QString g_language = QStringLiteral("en");
}

bool isLanguage(const QString& requested) {
  return requested == QLatin1String("zh_CN") || requested == QLatin1String("en");
}

QString chooseLanguage(const QString& requested) {
  // An unknown request falls back to the system's language; the command line then refuses it (isLanguage).
  const QString lang = isLanguage(requested) ? requested : QLocale::system().name();
  if (lang.startsWith(QLatin1String("zh"))) return QStringLiteral("zh_CN");
  return QStringLiteral("en");
}

void install(QCoreApplication& app, const QString& language) {
  g_language = language;
  if (language != QLatin1String("zh_CN")) return;
  auto* qt = new QTranslator(&app);
  if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
    QCoreApplication::installTranslator(qt);
  }
  auto* own = new TsTranslator(&app);
  if (own->loadTs(QStringLiteral(":/i18n/pipeward_zh_CN.ts"))) QCoreApplication::installTranslator(own);
}

QString current() { return g_language; }

QString text(const char* messageTemplate, const std::vector<std::string>& args) {
  if (!messageTemplate || !*messageTemplate) return {};
  QString t = QCoreApplication::translate("pw", messageTemplate);
  // Fill %1..%9 in one pass (QString::arg would re-scan inserted text).
  QString out;
  out.reserve(t.size() + 32);
  for (qsizetype i = 0; i < t.size(); ++i) {
    const QChar c = t.at(i);
    if (c == QLatin1Char('%') && i + 1 < t.size() && t.at(i + 1) >= QLatin1Char('1') &&
        t.at(i + 1) <= QLatin1Char('9')) {
      const auto index = static_cast<std::size_t>(t.at(i + 1).unicode() - '1');
      if (index < args.size()) {
        const std::string& arg = args[index];
        out += (!arg.empty() && arg[0] == kTranslatableArg) ? QCoreApplication::translate("pw", arg.c_str() + 1)
                                                            : QString::fromStdString(arg);
        ++i;
        continue;
      }
    }
    out += c;
  }
  return out;
}

QString text(const Message& message) { return text(message.text, message.args); }

QString errorText(const Error& error) { return text(error.messageTemplate(), error.args()); }

QString joined(const std::vector<Message>& messages) {
  QStringList parts;
  for (const auto& m : messages) {
    if (!m.empty()) parts << text(m);
  }
  return parts.join(QCoreApplication::translate("pw", "; "));
}

}  // namespace pw::i18n
