#pragma once
// PW_TR marks an English message in the Qt-free core for translation. The core never translates: it keeps the
// English template (with Qt-style %1, %2 placeholders) and its arguments apart, and the application edge looks the
// template up with QCoreApplication::translate("pw", ...) before filling in the arguments. lupdate finds these
// through `-tr-function-alias QT_TRANSLATE_NOOP+=PW_TR_CTX` (see app/i18n/CMakeLists.txt).
#define PW_TR_CTX(context, text) text
#define PW_TR(text) PW_TR_CTX("pw", text)
