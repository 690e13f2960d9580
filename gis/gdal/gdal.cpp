#include "gdal/gdal.h"

#include <mutex>

#include <cpl_conv.h>
#include <cpl_error.h>

#include "core/error.h"
#include "core/open_databases.h"

namespace pw::gdal {

void init() {
  static std::once_flag once;
  std::call_once(once, [] {
    CPLSetConfigOption("GDAL_FILENAME_IS_UTF8", "YES");
    GDALAllRegister();
  });
}

ErrorCapture::ErrorCapture() { CPLPushErrorHandlerEx(&ErrorCapture::handler, this); }

ErrorCapture::~ErrorCapture() { CPLPopErrorHandler(); }

void CPL_STDCALL ErrorCapture::handler(CPLErr level, CPLErrorNum, const char* message) noexcept {
  if (level == CE_Debug || level == CE_None) return;
  try {
    auto* self = static_cast<ErrorCapture*>(CPLGetErrorHandlerUserData());
    if (!self) return;
    self->m_messages.emplace_back(message ? message : "");
    if (level == CE_Failure || level == CE_Fatal) ++self->m_failures;
  } catch (...) {  // out of memory while recording: the message is lost, GDAL goes on
  }
}

std::string ErrorCapture::joined(const std::string& fallback) const {
  if (m_messages.empty()) return fallback;
  std::string out;
  for (const auto& m : m_messages) {
    if (!out.empty()) out += "; ";
    out += m;
  }
  return out;
}

DatasetPtr openVector(const std::string& path, const std::vector<std::string>& openOptions) {
  init();
  refuseOpenDatabase(path);  // GDAL probes a file with its own descriptors, which would drop SQLite's locks on it
  std::vector<const char*> options;
  for (const auto& o : openOptions) options.push_back(o.c_str());
  options.push_back(nullptr);
  ErrorCapture errors;
  DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR, nullptr,
                                  options.data(), nullptr));
  if (!ds) {
    throwBadInput(PW_TR("%1 cannot be read as vector data: %2"), {path, errors.joined("not a format GDAL recognises")},
                  {.file = path});
  }
  return ds;
}

ScopedThreadConfig::ScopedThreadConfig(const char* key, const char* value) : m_key(key) {
  if (const char* old = CPLGetThreadLocalConfigOption(key, nullptr)) {
    m_old = old;
    m_hadOld = true;
  }
  CPLSetThreadLocalConfigOption(key, value);
}

ScopedThreadConfig::~ScopedThreadConfig() {
  CPLSetThreadLocalConfigOption(m_key.c_str(), m_hadOld ? m_old.c_str() : nullptr);
}

}  // namespace pw::gdal
