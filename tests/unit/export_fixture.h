#pragma once
// A small project with Chinese text everywhere, imported from GeoJSON deliveries (long and Chinese field names a
// shapefile cannot hold, a box section, an unknown material, an unknown drainage type), for the export tests.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "core/feedback.h"
#include "core/tempdir.h"
#include "export/export.h"
#include "gdal/gdal.h"
#include "importer/import.h"
#include "store/project.h"

namespace pw::test {

inline void writeFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

inline std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// A GeoJSON FeatureCollection in EPSG:4549 from (properties, geometry) pairs.
inline std::string featureCollection(const std::vector<std::pair<nlohmann::json, nlohmann::json>>& features) {
  nlohmann::json doc{{"type", "FeatureCollection"},
                     {"crs", {{"type", "name"}, {"properties", {{"name", "urn:ogc:def:crs:EPSG::4549"}}}}},
                     {"features", nlohmann::json::array()}};
  for (const auto& [properties, geometry] : features) {
    doc["features"].push_back({{"type", "Feature"}, {"properties", properties}, {"geometry", geometry}});
  }
  return doc.dump();
}

inline nlohmann::json line(std::vector<std::pair<double, double>> points) {
  nlohmann::json coords = nlohmann::json::array();
  for (const auto& [x, y] : points) coords.push_back({x, y});
  return {{"type", "LineString"}, {"coordinates", coords}};
}

inline nlohmann::json point(double x, double y) { return {{"type", "Point"}, {"coordinates", {x, y}}}; }

inline nlohmann::json box(double x0, double y0, double x1, double y1) {
  return {{"type", "Polygon"}, {"coordinates", {{{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}}}}};
}

class ExportFixture : public ::testing::Test {
protected:
  TempDir dir;
  std::unique_ptr<Project> project;

  std::string file(const std::string& name) const { return dir.path() + "/" + name; }

  void SetUp() override {
    using nlohmann::json;
    writeFile(
        file("src-districts.geojson"),
        featureCollection(
            {{json{{"QXMC", "东区"},
                   {"QXDM", "DQ"},
                   {"管理单位名称", "东区城建局"},
                   {"REMARK_TEXT_LONG", "老城片区，含\"河埠头\""}},
              box(500000, 3350000, 500500, 3350500)},
             {json{{"QXMC", "西区"}, {"QXDM", "XQ"}, {"管理单位名称", "西区城建局"}, {"REMARK_TEXT_LONG", nullptr}},
              box(500500, 3350000, 501000, 3350500)}}));
    auto manhole = [](const std::string& code, const std::string& kind, double x, const std::string& road) {
      return std::pair{
          json{{"WTDH", code}, {"FSW", kind}, {"DMGC", 8.5}, {"JS", 2.75}, {"SSDL", road}, {"井盖材质", "球墨铸铁"}},
          point(x, 3350100)};
    };
    writeFile(
        file("src-manholes.geojson"),
        featureCollection({manhole("E1", "污水检查井", 500100, "人民路"), manhole("E2", "污水检查井", 500200, "人民路"),
                           manhole("E3", "雨水检查井", 500300, "人民路"), manhole("W1", "合流检查井", 500600, "解放路"),
                           manhole("W2", "合流检查井", 500700, "解放路")}));
    auto pipe = [](const std::string& code, const std::string& from, const std::string& to, const std::string& type,
                   const std::string& gj, const std::string& material, json geometry) {
      return std::pair{json{{"GXBH", code},
                            {"QDBH", from},
                            {"ZDBH", to},
                            {"PSLX", type},
                            {"GJ", gj},
                            {"CZ", material},
                            {"QDGC", 5.25},
                            {"ZDGC", 5.125},
                            {"QDMS", 2.0},
                            {"ZDMS", 2.5},
                            {"MSRQ", "2008-05"},
                            {"SSDL", "人民路"},
                            {"QSDW", "市排水管理处，二所"},
                            {"REMARK_TEXT_LONG", "管道老化"},
                            {"REMARK_TEXT_SHORT", "短"},
                            {"PD", 0.001}},
                       std::move(geometry)};
    };
    writeFile(file("src-pipes.geojson"),
              featureCollection(
                  {pipe("e1", "E1", "E2", "污水", "DN400", "混凝土", line({{500100, 3350100}, {500200, 3350100}})),
                   pipe("e2", "E2", "E3", "雨水", "1200×800", "PE",
                        line({{500200, 3350100}, {500250, 3350120.5}, {500300, 3350100}})),
                   pipe("w1", "W1", "W2", "合流", "300", "木头", line({{500600, 3350100}, {500700, 3350100}})),
                   pipe("w2", "W1", "W2", "不明", "300", "砖",
                        line({{500600, 3350100}, {500650, 3350130}, {500700, 3350100}}))}));
    project = Project::create(file("a.sqlite"), 4549);
    importInto(*project, {file("src-districts.geojson"), file("src-manholes.geojson"), file("src-pipes.geojson")});
  }

  static ImportReport importInto(Project& p, const std::vector<std::string>& paths) {
    auto plans = planImports(paths, {}, p.crsEpsg());
    Feedback feedback;
    return runImport(p, plans, feedback);
  }

  ExportResult exportTo(ExportLayer layer, ExportFormat format, const std::string& name, ExportFilter filter = {},
                        ShapefileEncoding encoding = ShapefileEncoding::Gbk, Project* from = nullptr) {
    ExportRequest r;
    r.layer = layer;
    r.format = format;
    r.output = file(name);
    r.filter = std::move(filter);
    r.encoding = encoding;
    Feedback feedback;
    return exportLayer(from ? *from : *project, r, feedback);
  }

  /// The records of an exported file as OGR reads them: field name -> value as text, plus "WKT".
  static std::vector<std::map<std::string, std::string>> readBack(const std::string& path, bool utf8Names = true) {
    std::vector<std::string> options;
    if (!utf8Names) options.push_back("ENCODING=");
    auto ds = gdal::openVector(path, options);
    auto* layer = ds->GetLayer(0);
    std::vector<std::map<std::string, std::string>> rows;
    for (auto& f : *layer) {
      std::map<std::string, std::string> row;
      for (int i = 0; i < f->GetFieldCount(); ++i) {
        if (f->IsFieldSetAndNotNull(i)) row[f->GetFieldDefnRef(i)->GetNameRef()] = f->GetFieldAsString(i);
      }
      if (const auto* g = f->GetGeometryRef()) row["WKT"] = g->exportToWkt();
      rows.push_back(std::move(row));
    }
    return rows;
  }

  /// Hidden staging folders left beside the outputs (there must be none).
  std::vector<std::string> leftovers() const {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir.path())) {
      const std::string name = e.path().filename().string();
      if (name.find(".partial-") != std::string::npos) out.push_back(name);
    }
    return out;
  }
};

}  // namespace pw::test
