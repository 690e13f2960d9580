#include "gdal/gdal_fault.h"

#include <cerrno>
#include <filesystem>
#include <mutex>

#include <cpl_vsi.h>

#include "core/write_fault.h"

namespace pw::gdal {
namespace {

// "/vsipwfault/" followed by an absolute path: the handler is given the path after the prefix, which is then the
// absolute path itself (GDAL 3.6 unlinks that name directly rather than through the callback).
constexpr const char* kPrefix = "/vsipwfault/";

VSILFILE* fileOf(void* handle) { return static_cast<VSILFILE*>(handle); }

void* open(void*, const char* path, const char* access) { return VSIFOpenExL(path, access, TRUE); }

int stat(void*, const char* path, VSIStatBufL* buffer, int flags) { return VSIStatExL(path, buffer, flags); }

size_t write(void* handle, const void* buffer, size_t size, size_t count) {
  if (size == 0 || count == 0) return 0;
  const std::size_t granted = takeWriteBudget(size * count);
  const std::size_t whole = granted / size;  // GDAL counts whole items
  const std::size_t written = whole > 0 ? VSIFWriteL(buffer, size, whole, fileOf(handle)) : 0;
  if (written < count) errno = ENOSPC;
  return written;
}

void install() {
  static std::once_flag once;
  std::call_once(once, [] {
    VSIFilesystemPluginCallbacksStruct* cb = VSIAllocFilesystemPluginCallbacksStruct();
    cb->open = &open;
    cb->stat = &stat;
    cb->unlink = [](void*, const char* path) { return VSIUnlink(path); };
    cb->rename = [](void*, const char* from, const char* to) { return VSIRename(from, to); };
    cb->mkdir = [](void*, const char* path, long mode) { return VSIMkdir(path, mode); };
    cb->rmdir = [](void*, const char* path) { return VSIRmdir(path); };
    cb->read_dir = [](void*, const char* path, int maxFiles) { return VSIReadDirEx(path, maxFiles); };
    cb->tell = [](void* h) { return VSIFTellL(fileOf(h)); };
    cb->seek = [](void* h, vsi_l_offset offset, int whence) { return VSIFSeekL(fileOf(h), offset, whence); };
    cb->read = [](void* h, void* buffer, size_t size, size_t count) {
      return VSIFReadL(buffer, size, count, fileOf(h));
    };
    cb->eof = [](void* h) { return VSIFEofL(fileOf(h)); };
    cb->write = &write;
    cb->flush = [](void* h) { return VSIFFlushL(fileOf(h)); };
    cb->truncate = [](void* h, vsi_l_offset size) { return VSIFTruncateL(fileOf(h), size); };
    cb->close = [](void* h) { return VSIFCloseL(fileOf(h)); };
    VSIInstallPluginHandler(kPrefix, cb);  // GDAL copies the callbacks
    VSIFreeFilesystemPluginCallbacksStruct(cb);
  });
}

}  // namespace

std::string writablePath(const std::string& path) {
  if (!writeFaultArmed()) return path;
  install();
  return kPrefix + std::filesystem::absolute(path).string();
}

std::string messageAbout(std::string gdalMessage, const std::string& staged, const std::string& destination) {
  auto replaceAll = [&](const std::string& from, const std::string& to) {
    if (from.empty() || from == to) return;
    for (auto at = gdalMessage.find(from); at != std::string::npos; at = gdalMessage.find(from, at + to.size())) {
      gdalMessage.replace(at, from.size(), to);
    }
  };
  replaceAll(kPrefix, "");
  replaceAll(std::filesystem::path(staged).parent_path().string(),
             std::filesystem::path(destination).parent_path().string());
  return gdalMessage;
}

}  // namespace pw::gdal
