#pragma once
// GDAL's side of the write-fault injection (core/write_fault.h): GDAL writes through its own file layer (VSI), not
// through OutputFile, so an armed fault routes the files a writer creates through a VSI handler that passes
// everything to the real file system and fails writes with "no space left on device" once the budget is spent, as a
// full disk does. Unarmed, paths are left alone and GDAL writes as usual.
#include <string>

namespace pw::gdal {

/// The name to give GDAL for creating `path`: `path` itself, or the same file through the fault handler when a fault
/// is armed.
std::string writablePath(const std::string& path);

/// A GDAL message about `staged` (the stand-in beside a destination, core/staged_output.h) as the user should read
/// it: naming the destination's folder instead of the hidden one, without the fault handler's prefix.
std::string messageAbout(std::string gdalMessage, const std::string& staged, const std::string& destination);

}  // namespace pw::gdal
