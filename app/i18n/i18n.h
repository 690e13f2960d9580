#pragma once
// The interface language and the translation of the core's messages at the application edge.
#include <string>
#include <vector>

#include <QString>

#include "core/error.h"
#include "core/message.h"

class QCoreApplication;

namespace pw::i18n {

/// Whether a --lang value names a language PipeWard speaks: zh_CN or en.
bool isLanguage(const QString& requested);
/// "zh_CN" or "en": the requested language if it is one, else the system locale's (Chinese locales give zh_CN).
QString chooseLanguage(const QString& requested);
/// Installs Qt's and PipeWard's translators for the language. English needs none.
void install(QCoreApplication& app, const QString& language);
/// The language install() was last called with.
QString current();

/// A core message, translated, with its arguments filled in.
QString text(const Message& message);
QString text(const char* messageTemplate, const std::vector<std::string>& args);
/// An error's message, translated.
QString errorText(const Error& error);
/// Several messages joined by the language's separator.
QString joined(const std::vector<Message>& messages);

inline QString qs(const std::string& s) { return QString::fromStdString(s); }

}  // namespace pw::i18n
