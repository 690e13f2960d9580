#include "export/dbf_names.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/error.h"
#include "io/encoder.h"

namespace pw {
namespace {

std::string upperAscii(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

/// The longest prefix of `name` whose encoded form fits in `limit` bytes, in both forms.
DbfName cut(const std::string& name, const enc::Encoder& encoder, std::size_t limit) {
  DbfName out;
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t n = std::min(enc::utf8SequenceLength(static_cast<unsigned char>(name[i])), name.size() - i);
    const std::string ch = name.substr(i, n);
    const auto bytes = encoder.encode(ch);
    if (!bytes || out.encoded.size() + bytes->size() > limit) break;
    out.utf8 += ch;
    out.encoded += *bytes;
    i += n;
  }
  return out;
}

}  // namespace

std::vector<DbfName> chooseDbfNames(const std::vector<std::string>& fullNames, const enc::Encoder& encoder) {
  std::vector<DbfName> names(fullNames.size());
  std::set<std::string> taken;  // upper-cased encoded names
  std::vector<std::size_t> toCut;
  for (std::size_t i = 0; i < fullNames.size(); ++i) {
    const auto encoded = encoder.encode(fullNames[i]);
    if (!encoded) {
      throwBadInput(PW_TR("The field name %1 has the character '%2', which %3 cannot hold; export with UTF-8 or to "
                          "another format"),
                    {fullNames[i], encoder.firstUnencodable(fullNames[i]), encoder.name()}, {.field = fullNames[i]});
    }
    if (encoded->size() <= kDbfNameBytes && taken.insert(upperAscii(*encoded)).second) {
      names[i] = {fullNames[i], *encoded};
    } else {
      toCut.push_back(i);
    }
  }
  for (const std::size_t i : toCut) {
    DbfName candidate = cut(fullNames[i], encoder, kDbfNameBytes);
    for (int n = 1; !taken.insert(upperAscii(candidate.encoded)).second; ++n) {
      const std::string suffix = "_" + std::to_string(n);
      candidate = cut(fullNames[i], encoder, kDbfNameBytes - suffix.size());
      candidate.utf8 += suffix;
      candidate.encoded += suffix;
    }
    names[i] = std::move(candidate);
  }
  return names;
}

}  // namespace pw
