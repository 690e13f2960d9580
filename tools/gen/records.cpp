#include "records.h"

#include <array>
#include <cstdio>

namespace pwgen {

namespace {

const char* kindCode(Kind k) { return k == Kind::Rain ? "YS" : k == Kind::Sewage ? "WS" : "HS"; }
const char* kindName(Kind k) { return k == Kind::Rain ? "雨水" : k == Kind::Sewage ? "污水" : "合流"; }
const char* wellName(Kind k) {
  return k == Kind::Rain ? "雨水检查井" : k == Kind::Sewage ? "污水检查井" : "合流检查井";
}

std::string padded(int number, int digits) {
  std::string s = std::to_string(number);
  if (static_cast<int>(s.size()) < digits) s.insert(0, static_cast<std::size_t>(digits) - s.size(), '0');
  return s;
}

std::string materialText(Material m, int diameter, ValueStyle style) {
  if (style == ValueStyle::Codes) {
    switch (m) {
      case Material::Concrete: return "T";
      case Material::PE: return "PE";
      case Material::PVC: return "PVC";
      case Material::GRP: return "BLG";
      case Material::DuctileIron: return "QM";
    }
  }
  switch (m) {
    case Material::Concrete: return diameter >= 600 ? "钢筋混凝土" : "混凝土";
    case Material::PE: return "PE";
    case Material::PVC: return "PVC";
    case Material::GRP: return "玻璃钢";
    case Material::DuctileIron: return "球墨铸铁";
  }
  return {};
}

// field indexes, in creation order
enum PipeField { GXBH, QDBH, ZDBH, PSLX, GJ, CZ, QDGC, ZDGC, QDMS, ZDMS, MSRQ, SSDL, QSDW };
enum ManholeField { WTDH, FSW, MPSLX, DMGC, JS, MSSDL };

}  // namespace

std::string manholeCode(Kind k, int number, int digits) {
  return std::string(1, k == Kind::Rain ? 'Y' : k == Kind::Sewage ? 'W' : 'H') + padded(number, digits);
}

std::string pipeCode(Kind k, int number, int digits) { return std::string(kindCode(k)) + "-" + padded(number, digits); }

DeliveryWriter::DeliveryWriter(const std::filesystem::path& dir, const DeliveryFormat& format, const CityPlan& plan)
    : m_format(format), m_plan(plan) {
  std::filesystem::create_directories(dir);
  const int code = format.digits + 4;
  const bool names = format.style == ValueStyle::Names;
  const std::vector<FieldSpec> pipeFields = {{"GXBH", OFTString, code},
                                             {"QDBH", OFTString, code},
                                             {"ZDBH", OFTString, code},
                                             {"PSLX", OFTString, 8},
                                             names ? FieldSpec{"GJ", OFTInteger, 6} : FieldSpec{"GJ", OFTString, 8},
                                             {"CZ", OFTString, 16},
                                             {"QDGC", OFTReal, 10, 3},
                                             {"ZDGC", OFTReal, 10, 3},
                                             {"QDMS", OFTReal, 8, 3},
                                             {"ZDMS", OFTReal, 8, 3},
                                             {"MSRQ", OFTString, names ? 7 : 4},
                                             {"SSDL", OFTString, 40},
                                             {"QSDW", OFTString, 30}};
  const std::vector<FieldSpec> manholeFields = {{"WTDH", OFTString, code}, {"FSW", OFTString, 16},
                                                {"PSLX", OFTString, 8},    {"DMGC", OFTReal, 10, 3},
                                                {"JS", OFTReal, 8, 3},     {"SSDL", OFTString, 40}};
  const int epsg = format.prj ? format.epsg : 0;
  const double xOffset = format.epsg == 4528 ? 40000000.0 : 0.0;
  m_pipes =
      std::make_unique<ShapefileWriter>(dir / "pipes.shp", wkbLineString, epsg, xOffset, pipeFields, format.encoding);
  m_manholes =
      std::make_unique<ShapefileWriter>(dir / "manholes.shp", wkbPoint, epsg, xOffset, manholeFields, format.encoding);
}

long long DeliveryWriter::writeManhole(const Node& n) {
  ShapefileWriter& w = *m_manholes;
  w.setString(WTDH, manholeCode(n.kind, n.number, m_format.digits));
  w.setString(FSW, wellName(n.kind));
  w.setString(MPSLX, m_format.style == ValueStyle::Names ? kindName(n.kind) : kindCode(n.kind));
  w.setReal(DMGC, n.groundMm / 1000.0);
  w.setReal(JS, (n.groundMm - n.invertMm) / 1000.0);
  w.setString(MSSDL, m_plan.roads[static_cast<std::size_t>(n.road)]);
  w.setPoint(n.p);
  return w.write();
}

long long DeliveryWriter::writePipe(const Network& net, const Pipe& p, const PipeOverride* fault, double& length) {
  ShapefileWriter& w = *m_pipes;
  const bool names = m_format.style == ValueStyle::Names;
  const Node& a = net.nodes[static_cast<std::size_t>(p.from)];
  const Node& b = net.nodes[static_cast<std::size_t>(p.to)];
  const DistrictDef& dd = m_plan.districts[static_cast<std::size_t>(p.district)];

  std::array<Pt, 4> pts;
  int n = 0;
  pts[static_cast<std::size_t>(n++)] = a.p;
  for (int q = 0; q < p.nmid; ++q) pts[static_cast<std::size_t>(n++)] = p.mid[q];
  pts[static_cast<std::size_t>(n++)] = (fault && fault->endPoint) ? *fault->endPoint : b.p;
  length = 0;
  for (int q = 1; q < n; ++q) length += dist(pts[static_cast<std::size_t>(q - 1)], pts[static_cast<std::size_t>(q)]);
  w.setLine(pts.data(), n);

  const std::int32_t toInvert = (fault && fault->toInvertMm) ? *fault->toInvertMm : b.invertMm;
  w.setString(GXBH, fault && !fault->gxbh.empty() ? fault->gxbh : pipeCode(p.kind, p.number, m_format.digits));
  w.setString(QDBH, manholeCode(a.kind, a.number, m_format.digits));
  w.setString(ZDBH, fault && !fault->zdbh.empty() ? fault->zdbh : manholeCode(b.kind, b.number, m_format.digits));
  w.setString(PSLX, fault && !fault->pslx.empty() ? fault->pslx : names ? kindName(p.kind) : kindCode(p.kind));
  if (fault && fault->emptyDiameter) {
    w.setNull(GJ);
  } else if (names) {
    w.setInt(GJ, p.diameter);
  } else {
    const bool plasticPipe = p.material == Material::PE || p.material == Material::PVC;
    w.setString(GJ, (plasticPipe ? "d" : "DN") + std::to_string(p.diameter));
  }
  w.setString(CZ, materialText(p.material, p.diameter, m_format.style));
  w.setReal(QDGC, a.invertMm / 1000.0);
  w.setReal(ZDGC, toInvert / 1000.0);
  w.setReal(QDMS, (a.groundMm - a.invertMm) / 1000.0);
  w.setReal(ZDMS, (b.groundMm - toInvert) / 1000.0);
  char date[16];
  if (names)
    std::snprintf(date, sizeof date, "%04d-%02d", static_cast<int>(p.year), static_cast<int>(p.month));
  else
    std::snprintf(date, sizeof date, "%04d", static_cast<int>(p.year));
  w.setString(MSRQ, date);
  w.setString(SSDL, m_plan.roads[static_cast<std::size_t>(p.road)]);
  w.setString(QSDW, (p.diameter >= 800 || dd.combined) ? std::string("市排水管理处") : dd.localOwner);
  return w.write();
}

void DeliveryWriter::finish() {
  m_pipes->finish();
  m_manholes->finish();
}

}  // namespace pwgen
