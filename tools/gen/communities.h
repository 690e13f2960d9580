#pragma once
// Community areas of the sample city for the housing bureau's separation planning: old residential communities
// (老旧小区), campuses and street blocks, each a quadrilateral on the corners of the city's blocks (so it holds
// whole street stretches and their manholes), with pinyin field names in a GBK DBF.
#include <filesystem>

#include "plan.h"

namespace pwgen {

/// Writes DIR/communities/communities.shp (EPSG:4549, .cpg GBK). Uses no random numbers: the areas are a fixed list.
void writeCommunities(const CityPlan& plan, const std::filesystem::path& out);

}  // namespace pwgen
