#include "bench_data.h"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "core/feedback.h"
#include "importer/import.h"
#include "store/project.h"

namespace pw::bench {

std::string partialPath(const std::string& path) { return path + ".partial-" + std::to_string(getpid()); }

std::int64_t benchPipes(std::int64_t fallback) {
  if (const char* env = std::getenv("PW_BENCH_PIPES"); env && *env) return std::atoll(env);
  return fallback;
}

std::string deliveryFor(std::int64_t pipes) {
  const std::string dir = std::string(PW_BENCH_DATA) + "/delivery-" + std::to_string(pipes);
  if (!std::filesystem::exists(dir + "/manifest.json")) {
    // Generated aside and renamed into place, so runs at the same time (ctest -j) never read a half-written one.
    std::filesystem::remove_all(dir);  // a stale leftover without its manifest
    const std::string partial = partialPath(dir);
    std::filesystem::remove_all(partial);
    std::filesystem::create_directories(partial);
    const std::string command =
        std::string(PW_GEN) + " bench --out " + partial + " --pipes " + std::to_string(pipes) + " > /dev/null";
    if (std::system(command.c_str()) != 0) {
      std::filesystem::remove_all(partial);
      throw std::runtime_error("pipeward-gen failed: " + command);
    }
    std::error_code raced;  // another run finished first: keep its delivery
    std::filesystem::rename(partial, dir, raced);
    if (raced) std::filesystem::remove_all(partial);
  }
  return dir;
}

std::string projectFor(std::int64_t pipes) {
  const std::string path = std::string(PW_BENCH_DATA) + "/city-" + std::to_string(pipes) + ".sqlite";
  if (!std::filesystem::exists(path)) {
    const std::string delivery = deliveryFor(pipes);
    const std::string partial = partialPath(path);
    std::filesystem::remove(partial);
    auto project = Project::create(partial, std::nullopt);
    auto plans = planImports({delivery + "/districts.shp", delivery + "/manholes.shp", delivery + "/pipes.shp"}, {}, 0);
    Feedback feedback;
    runImport(*project, plans, feedback);
    project->db().exec("PRAGMA main.wal_checkpoint(TRUNCATE)");
    project.reset();
    std::filesystem::rename(partial, path);
  }
  return path;
}

double peakRssMiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

double timeCommand(const std::string& command) {
  const auto start = std::chrono::steady_clock::now();
  if (std::system(command.c_str()) != 0) return -1;
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

double msSince(std::chrono::steady_clock::time_point& start) {
  const auto now = std::chrono::steady_clock::now();
  const double ms = std::chrono::duration<double, std::milli>(now - start).count();
  start = now;
  return ms;
}

}  // namespace pw::bench
