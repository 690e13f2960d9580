#pragma once
// Normalising survey values: numbers written as text (full-width digits, "DN300", "Φ300", "300mm", "300×200"),
// years in dates, drainage types and material codes through the vocabulary.
#include <optional>
#include <string>
#include <string_view>

#include "io/profile.h"

namespace pw {

/// The number a survey value holds, after converting full-width characters and dropping one prefix (DN, De, d, D,
/// B, H, Φ, Ф, ∅) and one unit (mm, m, 毫米, 米): the rest must be one number for the strict parser (core/numbers.h).
/// Nothing for empty text and for text that is not wholly a number ("12abc", "3,5", "约300").
std::optional<double> parseNumber(std::string_view text);

/// A section "300", "DN300", "300×200" or "300*200" (width × height) in the source's unit; each side as parseNumber
/// reads it, and nothing when either side is not a number.
struct Section {
  double width = 0;
  std::optional<double> height;
};
std::optional<Section> parseSection(std::string_view text);

/// A year from "2015", "2015-06-01", "20150601", "2015/6/1", "2015年6月" (1900-2100), or nothing.
std::optional<int> parseYear(std::string_view text);

/// rain | sewage | combined for a drainage value, using the profile's own value map first and then the
/// vocabulary; falls back to the characters 合 / 雨 / 污 in free text. Nothing if it cannot tell.
std::optional<std::string> normaliseDrainage(std::string_view value, const LayerMapping* mapping,
                                             const Vocabulary& vocabulary);

/// The CJJ 61 material code for a value, or nothing if the vocabulary does not know it.
std::optional<std::string> normaliseMaterial(std::string_view value, const Vocabulary& vocabulary);

/// Replaces full-width ASCII (U+FF01..U+FF5E) and the ideographic space by their ASCII forms.
std::string toHalfWidth(std::string_view text);

}  // namespace pw
