// pipeward-gen: writes the PipeWard sample city (sampledata/) and benchmark deliveries. Output is byte-for-byte
// the same on every run for the same arguments.
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string>

#include "core/numbers.h"
#include "modes.h"

namespace {

void usage(std::ostream& out) {
  out << "usage:\n"
         "  pipeward-gen sample --out DIR [--seed S]\n"
         "      the sample city: DIR/districts, DIR/delivery-a, DIR/delivery-b, DIR/communities, DIR/manifest.json\n"
         "  pipeward-gen bench --out DIR --pipes N [--seed S]\n"
         "      one delivery of about N pipe segments (pipes, manholes, districts, manifest.json in DIR)\n";
}

/// A count or seed: digits only, by the project's strict parser.
bool parseNumber(const std::string& text, unsigned long long& value) {
  const auto n = pw::parseWhole(text);
  if (!n || *n < 0 || text.find_first_not_of("0123456789") != std::string::npos) return false;
  value = static_cast<unsigned long long>(*n);
  return true;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(std::cerr);
    return 2;
  }
  const std::string mode = argv[1];
  if (mode == "-h" || mode == "--help" || mode == "help") {
    usage(std::cout);
    return 0;
  }
  std::string out;
  unsigned long long pipes = 0, seed = 0;
  bool haveSeed = false, havePipes = false;
  for (int k = 2; k < argc; ++k) {
    const std::string arg = argv[k];
    if (k + 1 >= argc) {
      std::cerr << "pipeward-gen: " << arg << " needs a value\n";
      return 2;
    }
    const std::string value = argv[++k];
    if (arg == "--out") {
      out = value;
    } else if (arg == "--pipes" && parseNumber(value, pipes) && pipes > 0) {
      havePipes = true;
    } else if (arg == "--seed" && parseNumber(value, seed)) {
      haveSeed = true;
    } else {
      std::cerr << "pipeward-gen: bad option " << arg << ' ' << value << '\n';
      usage(std::cerr);
      return 2;
    }
  }
  if (out.empty() || (mode != "sample" && mode != "bench") || (mode == "bench" && !havePipes) ||
      (mode == "sample" && havePipes)) {
    usage(std::cerr);
    return 2;
  }
  try {
    if (mode == "sample")
      pwgen::runSample(out, haveSeed ? seed : pwgen::kSampleSeed);
    else
      pwgen::runBench(out, static_cast<long long>(pipes), haveSeed ? seed : pwgen::kBenchSeed);
  } catch (const std::exception& e) {
    std::cerr << "pipeward-gen: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
