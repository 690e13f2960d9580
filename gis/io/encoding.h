#pragma once
// Text encodings of DBF files: what the .cpg and the DBF language byte say, what the bytes themselves look like,
// and fast decoding into UTF-8. Chinese survey DBFs are GBK; the usual faults are a missing .cpg, a wrong language
// byte (87, "ANSI") on GBK text, and UTF-8 text declared as GBK (docs/domain.md section 6).
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/message.h"

namespace pw::enc {

/// Decodes bytes in one encoding into UTF-8. GBK (GB18030) and single-byte encodings use lookup tables.
class Decoder {
public:
  /// `encoding` is an iconv name such as "GBK", "UTF-8", "ISO-8859-1", "CP1250". Throws Error(BadInput) if iconv
  /// does not know it.
  explicit Decoder(const std::string& encoding);
  ~Decoder();
  Decoder(const Decoder&) = delete;
  Decoder& operator=(const Decoder&) = delete;

  /// Decodes `raw`; invalid sequences become U+FFFD. Returns false (and still fills `out`) if any was invalid.
  bool decode(std::string_view raw, std::string& out) const;
  std::string decode(std::string_view raw) const {
    std::string out;
    decode(raw, out);
    return out;
  }
  const std::string& name() const { return m_name; }

private:
  struct Impl;
  std::unique_ptr<Impl> m_impl;
  std::string m_name;
};

/// A decoder kept for the life of the process (building one reads iconv's tables): for readers that decode many
/// small texts. Throws like the constructor for an unknown encoding.
const Decoder& sharedDecoder(const std::string& encoding);

/// The canonical encoding name for what a .cpg file or an --encoding option says ("936", "CP936", "gbk" -> "GBK";
/// "UTF8", "65001" -> "UTF-8"; "1252" -> "CP1252"; "ANSI 1250" -> "CP1250"), or nothing if it is not an encoding.
std::optional<std::string> normaliseEncodingName(std::string_view text);

/// The encoding that a DBF language-driver byte (offset 29) names, or nothing for 0 and unknown bytes.
std::optional<std::string> encodingFromLdid(std::uint8_t ldid);

/// Reads the language-driver byte of a .dbf file (0 if unreadable).
std::uint8_t readLdid(const std::string& dbfPath);

bool isValidUtf8(std::string_view text);
/// The byte offset of the first byte that breaks UTF-8, or nothing when the text is valid UTF-8.
std::optional<std::size_t> firstInvalidUtf8(std::string_view text);
/// The text with every byte that breaks UTF-8 written as \xNN, for messages about such text.
std::string escapeInvalidUtf8(std::string_view text);

/// The Chinese double-byte encodings a text file without a declaration may be in, judged from its bytes: whether
/// they decode without a fault, and whether the characters fall where ordinary text has them (GBK: the GB2312
/// hanzi rows B0-F7 and the punctuation rows A1-A3; Big5: the frequent hanzi A440-C67E and the symbols A1-A3). GBK
/// text read as Big5, or Big5 read as GBK, mostly decodes too, but into rare characters outside those rows.
struct ChineseEncodingGuess {
  struct Candidate {
    std::string name;  ///< "GBK" or "BIG5"
    bool looksLikeText = false;
  };
  bool utf8 = false;                 ///< the bytes are valid UTF-8 (then nothing else is tried)
  std::vector<Candidate> decodable;  ///< the encodings the bytes decode in without a fault
};
ChineseEncodingGuess guessChineseEncoding(std::string_view raw);

/// The encoding chosen for a source, and why: what declared it, and what the bytes said about that.
struct EncodingChoice {
  std::string name;
  Message origin;                ///< e.g. "the .cpg file says GBK"
  Message verdict;               ///< empty when the declaration was simply followed
  bool mojibakeAvoided = false;  ///< the declared encoding would have garbled the text

  std::string englishReason() const { return englishJoined({origin, verdict}); }
};

/// What declares a source's encoding.
struct Declared {
  std::optional<std::string> name;  ///< canonical name, or nothing when nothing declares an encoding
  Message origin;                   ///< e.g. "the .cpg file says %1"
};

/// Chooses the encoding of DBF text from its declaration and a sample of raw (undecoded) string values. The bytes
/// win over the declaration when they are clearly in another encoding (valid UTF-8 with multi-byte characters, or
/// GB2312-range double-byte Chinese under a Latin-1 declaration).
EncodingChoice chooseEncoding(const Declared& declared, const std::vector<std::string>& samples);

}  // namespace pw::enc
