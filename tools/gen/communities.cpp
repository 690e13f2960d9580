#include "communities.h"

#include <string>
#include <vector>

#include "shapefile_writer.h"

namespace pwgen {
namespace {

struct AreaDef {
  int a, b, w, h;  ///< corners (a, b) to (a + w, b + h): the intersections i in [a, a + w), j in [b, b + h)
  const char* name;
  const char* kind;
  int year;
  int households;  ///< 0: not recorded
};

// District of the intersections (tools/gen/plan.cpp): 老城区 (combined) rows 0-5, columns 3-8; 高新区 west;
// 城北区 north; 滨江区 and 开发区 east of the canal.
const std::vector<AreaDef>& areas() {
  static const std::vector<AreaDef> list{
      {4, 1, 2, 2, "红星新村", "老旧小区", 1982, 640}, {6, 1, 2, 2, "东风小区", "老旧小区", 1986, 520},
      {4, 3, 2, 2, "人民新村", "老旧小区", 1980, 710}, {6, 3, 2, 2, "纺织厂宿舍", "老旧小区", 1978, 380},
      {5, 5, 2, 1, "和平里", "老旧小区", 1984, 260},   {0, 1, 2, 2, "建设里", "老旧小区", 1990, 450},
      {0, 5, 2, 2, "中山花园", "老旧小区", 1996, 830}, {1, 8, 2, 1, "实验小学", "校园", 1975, 0},
      {5, 7, 2, 2, "光明小区", "老旧小区", 1992, 560}, {6, 9, 3, 2, "师范学院", "校园", 1958, 0},
      {7, 6, 2, 1, "城北街区", "街区", 1988, 300},     {10, 0, 2, 2, "滨江新村", "老旧小区", 1993, 610},
      {9, 1, 1, 2, "运河人家", "老旧小区", 1998, 220}, {10, 6, 2, 2, "幸福家园", "老旧小区", 2001, 900},
      {11, 9, 2, 2, "开发区街区", "街区", 2003, 0}};
  return list;
}

}  // namespace

void writeCommunities(const CityPlan& plan, const std::filesystem::path& out) {
  std::filesystem::create_directories(out / "communities");
  ShapefileWriter w(out / "communities" / "communities.shp", wkbMultiPolygon, 4549, 0.0,
                    {{"XQMC", OFTString, 30},
                     {"DZ", OFTString, 50},
                     {"JCNF", OFTInteger, 4},
                     {"HS", OFTInteger, 6},
                     {"LX", OFTString, 10}},
                    {"GBK", 0x4D});
  int number = 1;
  for (const auto& d : areas()) {
    w.setString(0, d.name);
    const std::string road = plan.roads[static_cast<std::size_t>(plan.roadOfEW(d.a, d.b))];
    w.setString(1, road + std::to_string(number * 7 + 1) + "号");
    w.setInt(2, d.year);
    if (d.households > 0) {
      w.setInt(3, d.households);
    } else {
      w.setNull(3);
    }
    w.setString(4, d.kind);
    // clockwise from the south-west corner, closed
    w.setPolygon({plan.corner(d.a, d.b), plan.corner(d.a, d.b + d.h), plan.corner(d.a + d.w, d.b + d.h),
                  plan.corner(d.a + d.w, d.b), plan.corner(d.a, d.b)});
    w.write();
    ++number;
  }
  w.finish();
}

}  // namespace pwgen
