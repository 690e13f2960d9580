#include "export/export_layers.h"

#include <nlohmann/json.hpp>

#include "core/tr.h"
#include "inspect/misconnection_grading.h"
#include "inspect/project_catalogues.h"

namespace pw {
namespace {

using T = WriterFieldType;

ExportColumn col(std::string name, T type, std::string sql, std::string meaning, std::string meaningEn) {
  return {std::move(name), type, std::move(sql), std::move(meaning), std::move(meaningEn), false};
}

ExportColumn hidden(std::string name, T type, std::string sql) {
  return {std::move(name), type, std::move(sql), "", "", true};
}

constexpr const char* kDrainageText =
    "CASE t.drainage WHEN 'rain' THEN '雨水' WHEN 'sewage' THEN '污水' WHEN 'combined' THEN '合流' END";

int indexOf(const ExportLayerSpec& spec, const std::string& name) {
  for (std::size_t i = 0; i < spec.columns.size(); ++i) {
    if (spec.columns[i].name == name) return static_cast<int>(i);
  }
  return -1;
}

std::optional<double> real(const ExportRow& row, int i) {
  if (const auto* d = std::get_if<double>(&row[static_cast<std::size_t>(i)])) return *d;
  if (const auto* n = std::get_if<std::int64_t>(&row[static_cast<std::size_t>(i)])) return static_cast<double>(*n);
  return std::nullopt;
}

std::string text(const ExportRow& row, int i) {
  const auto* s = std::get_if<std::string>(&row[static_cast<std::size_t>(i)]);
  return s ? *s : std::string();
}

ExportLayerSpec pipes() {
  ExportLayerSpec s;
  s.layer = ExportLayer::Pipes;
  s.noun = PW_TR("pipe");
  s.table = "pipes";
  s.from = "pipes t LEFT JOIN districts d ON d.id = t.district_id";
  s.districtExpr = "t.district_id";
  s.drainageExpr = "t.drainage";
  s.geometryExpr = "t.geom";
  s.geometry = WriterGeometryType::Lines;
  s.attrsExpr = "t.attrs";
  s.orderBy = "t.code";
  s.columns = {
      col("GXBH", T::Text, "t.code", "管线编号", "pipe id"),
      col("QDBH", T::Text, "t.from_code", "起点井号", "upstream (start) manhole"),
      col("ZDBH", T::Text, "t.to_code", "终点井号", "downstream (end) manhole"),
      col("PSLX", T::Text, kDrainageText, "排水类型（雨水/污水/合流）", "drainage type (rain/sewage/combined)"),
      col("GJ", T::Real, "t.diameter_mm", "管径（mm；矩形管为 宽×高）", "diameter in mm (width x height for boxes)"),
      col("CZ", T::Text, "t.material", "材质（CJJ 61 代码）", "material (CJJ 61 code)"),
      col("QDGC", T::Real, "t.from_invert", "起点管底高程（m）", "upstream invert elevation (m)"),
      col("ZDGC", T::Real, "t.to_invert", "终点管底高程（m）", "downstream invert elevation (m)"),
      col("QDMS", T::Real, "t.from_depth", "起点埋深（m）", "upstream depth (m)"),
      col("ZDMS", T::Real, "t.to_depth", "终点埋深（m）", "downstream depth (m)"),
      col("MSRQ", T::Integer, "t.build_year", "埋设年份", "year built"),
      col("SSDL", T::Text, "t.road", "所在道路", "road"),
      col("QSDW", T::Text, "t.owner", "权属单位", "owner"),
      col("SSQX", T::Text, "d.name", "所属区县", "district"),
      col("CD", T::Real, "round(t.length_m, 3)", "长度（m，按坐标量算）", "length (m, from the geometry)"),
  };
  return s;
}

ExportLayerSpec manholes() {
  ExportLayerSpec s;
  s.layer = ExportLayer::Manholes;
  s.noun = PW_TR("manhole");
  s.table = "manholes";
  s.from = "manholes t LEFT JOIN districts d ON d.id = t.district_id";
  s.districtExpr = "t.district_id";
  s.drainageExpr = "t.drainage";
  s.geometryExpr = "t.geom";
  s.attrsExpr = "t.attrs";
  s.orderBy = "t.code";
  s.columns = {
      col("WTDH", T::Text, "t.code", "物探点号（井号）", "manhole id"),
      col("FSW", T::Text, "t.kind", "附属物（井类型）", "kind of manhole"),
      col("PSLX", T::Text, kDrainageText, "排水类型（雨水/污水/合流）", "drainage type (rain/sewage/combined)"),
      col("DMGC", T::Real, "t.ground_elev", "地面高程（m）", "ground elevation (m)"),
      col("JS", T::Real, "t.depth", "井深（m）", "depth (m)"),
      col("SSDL", T::Text, "t.road", "所在道路", "road"),
      col("SSQX", T::Text, "d.name", "所属区县", "district"),
  };
  return s;
}

ExportLayerSpec districts() {
  ExportLayerSpec s;
  s.layer = ExportLayer::Districts;
  s.noun = PW_TR("district");
  s.table = "districts";
  s.from = "districts t";
  s.districtExpr = "t.id";
  s.geometryExpr = "t.geom";
  s.geometry = WriterGeometryType::Polygons;
  s.attrsExpr = "t.attrs";
  s.orderBy = "t.code";
  s.columns = {
      col("QXMC", T::Text, "t.name", "区县名称", "district name"),
      col("QXDM", T::Text, "t.code", "区县代码", "district code"),
  };
  return s;
}

ExportLayerSpec defects(const ProjectCatalogues& catalogues) {
  ExportLayerSpec s;
  s.layer = ExportLayer::Defects;
  s.noun = PW_TR("defect");
  s.table = "defects";
  s.from =
      "defects t JOIN inspections i ON i.id = t.inspection_id JOIN pipes p ON p.id = i.pipe_id "
      "LEFT JOIN districts d ON d.id = p.district_id";
  s.districtExpr = "p.district_id";
  s.gradeExpr = "t.grade";
  s.geometryExpr = "t.geom";
  s.orderBy = "t.id";
  s.columns = {
      col("id", T::Integer, "t.id", "缺陷编号", "defect id"),
      col("pipe", T::Text, "p.code", "管线编号", "pipe id"),
      col("inspection", T::Integer, "i.id", "检测编号", "inspection id"),
      col("inspected", T::Text, "i.inspected_on", "检测日期", "inspection date"),
      col("method", T::Text, "i.method", "检测方法（cctv/qv/sonar/visual）", "method (cctv/qv/sonar/visual)"),
      col("direction", T::Text, "i.direction", "检测方向（with_flow 顺流 / against_flow 逆流）",
          "direction (with_flow / against_flow)"),
      col("team", T::Text, "i.team", "检测班组", "team"),
      col("code", T::Text, "t.code", "缺陷代码（CJJ 181）", "defect code (CJJ 181)"),
      col("code_name", T::Text, "", "缺陷名称", "defect name"),
      col("class", T::Text, "", "缺陷类别（structural 结构性 / functional 功能性）", "class (structural / functional)"),
      col("grade", T::Integer, "t.grade", "缺陷等级（1-4）", "grade (1-4)"),
      col("distance_m", T::Real, "t.distance_m", "距起点井距离（m，按检测方向）",
          "distance from the start manhole (m)"),
      col("length_m", T::Real, "t.length_m", "纵向长度（m）", "longitudinal length (m)"),
      col("clock_from", T::Integer, "t.clock_from", "环向位置起（时钟）", "clock position from"),
      col("clock_to", T::Integer, "t.clock_to", "环向位置止（时钟）", "clock position to"),
      col("description", T::Text, "t.description", "描述", "description"),
      col("district", T::Text, "d.name", "所属区县", "district"),
      col("created_by", T::Text, "t.created_by", "记录人", "recorded by"),
      col("created_at", T::Text, "t.created_at", "记录时间", "recorded at"),
  };
  const int code = indexOf(s, "code"), name = indexOf(s, "code_name"), cls = indexOf(s, "class");
  s.derive = [&catalogues, code, name, cls](ExportRow& row) {
    if (const auto* type = catalogues.defects.type(text(row, code))) {
      row[static_cast<std::size_t>(name)] = type->name;
      row[static_cast<std::size_t>(cls)] = std::string(defectClassKey(type->cls));
    }
  };
  return s;
}

ExportLayerSpec misconnections(const ProjectCatalogues& catalogues) {
  ExportLayerSpec s;
  s.layer = ExportLayer::Misconnections;
  s.noun = PW_TR("misconnection point");
  s.table = "misconnections";
  s.from =
      "misconnections t LEFT JOIN pipes p ON p.id = t.pipe_id LEFT JOIN manholes m ON m.id = t.manhole_id "
      "LEFT JOIN districts d ON d.id = t.district_id";
  s.districtExpr = "t.district_id";
  s.gradeDerived = true;
  s.geometryExpr = "t.geom";
  s.orderBy = "t.id";
  s.columns = {
      col("id", T::Integer, "t.id", "混接点编号", "misconnection id"),
      col("kind", T::Text, "t.kind", "混接类型（T/CECS 758）", "type (T/CECS 758)"),
      col("kind_name", T::Text, "", "混接类型名称", "type name"),
      col("degree", T::Integer, "", "混接程度（1 轻度 / 2 中度 / 3 重度）",
          "degree (1 slight / 2 moderate / 3 severe)"),
      col("source_kind", T::Text, "t.source_kind", "混接源", "source"),
      col("inflow_diameter_mm", T::Real, "t.inflow_diameter_mm", "接入管管径（mm）", "inflow pipe diameter (mm)"),
      col("flow_m3d", T::Real, "t.flow_m3d", "旱天水量（m³/d）", "dry-weather flow (m3/d)"),
      col("nh3n_mg_l", T::Real, "t.nh3n_mg_l", "氨氮（mg/L）", "NH3-N (mg/L)"),
      col("cod_mg_l", T::Real, "t.cod_mg_l", "COD（mg/L）", "COD (mg/L)"),
      col("weather", T::Text, "t.weather", "天气", "weather"),
      col("sampled_on", T::Text, "t.sampled_on", "采样日期", "sampled on"),
      col("cause", T::Text, "t.cause", "成因", "cause"),
      col("status", T::Text, "t.status", "状态", "status"),
      col("description", T::Text, "t.description", "描述", "description"),
      col("pipe", T::Text, "p.code", "所在管线", "pipe"),
      col("manhole", T::Text, "m.code", "所在检查井", "manhole"),
      col("district", T::Text, "d.name", "所属区县", "district"),
      col("created_by", T::Text, "t.created_by", "记录人", "recorded by"),
      col("created_at", T::Text, "t.created_at", "记录时间", "recorded at"),
  };
  const int kind = indexOf(s, "kind"), kindName = indexOf(s, "kind_name"), degree = indexOf(s, "degree");
  const int inflow = indexOf(s, "inflow_diameter_mm"), flow = indexOf(s, "flow_m3d"), nh3n = indexOf(s, "nh3n_mg_l"),
            cod = indexOf(s, "cod_mg_l");
  s.gradeColumn = degree;
  s.derive = [&catalogues, kind, kindName, degree, inflow, flow, nh3n, cod](ExportRow& row) {
    if (const auto* k = MisconnectionCatalogue::find(catalogues.misconnections.types(), text(row, kind))) {
      row[static_cast<std::size_t>(kindName)] = k->name;
    }
    const auto g = gradeMisconnection(catalogues.misconnections,
                                      {real(row, inflow), real(row, flow), real(row, nh3n), real(row, cod)});
    if (g.level > 0) row[static_cast<std::size_t>(degree)] = static_cast<std::int64_t>(g.level);
  };
  return s;
}

ExportLayerSpec orders(const std::string& today) {
  ExportLayerSpec s;
  s.layer = ExportLayer::Orders;
  s.noun = PW_TR("order");
  s.table = "orders";
  s.from = "orders t LEFT JOIN districts d ON d.id = t.district_id";
  s.districtExpr = "t.district_id";
  s.hasOrderState = true;
  s.geometryExpr = "t.geom";
  s.orderBy = "t.number";
  s.labelColumn = 1;
  s.columns = {
      col("id", T::Integer, "t.id", "工单编号（内部）", "order id"),
      col("number", T::Text, "t.number", "工单号", "order number"),
      col("district", T::Text, "d.name", "所属区县", "district"),
      col("kind", T::Text, "t.kind", "类型（repair 修复 / maintenance 养护 / separation 分流 / reinspection 复查）",
          "kind (repair / maintenance / separation / reinspection)"),
      col("state", T::Text, "t.state", "状态", "state"),
      col("priority", T::Text, "t.priority", "优先级", "priority"),
      col("assignee", T::Text, "t.assignee", "承办班组或单位", "assigned team or contractor"),
      col("deadline", T::Text, "t.deadline", "整改期限", "deadline"),
      col("overdue", T::Integer,
          "CASE WHEN t.deadline < '" + today +
              "' AND t.state NOT IN ('draft', 'closed', 'cancelled') THEN 1 ELSE 0 END",
          "是否超期（1 是 / 0 否）", "overdue (1 yes / 0 no)"),
      col("description", T::Text, "t.description", "描述", "description"),
      col("estimated_cost", T::Real, "t.estimated_cost", "估算费用（元）", "estimated cost (yuan)"),
      col("actual_cost", T::Real, "t.actual_cost", "实际费用（元）", "actual cost (yuan)"),
      col("issued_at", T::Text, "t.issued_at", "派单时间", "issued at"),
      col("closed_at", T::Text, "t.closed_at", "销号时间", "closed at"),
      col("findings", T::Text,
          "(SELECT group_concat(entity || ':' || entity_id, ';') FROM order_items WHERE order_id = t.id)",
          "整改对象（defect:缺陷编号; misconnection:混接点编号）", "findings (defect:id; misconnection:id)"),
      col("created_by", T::Text, "t.created_by", "创建人", "created by"),
      col("created_at", T::Text, "t.created_at", "创建时间", "created at"),
  };
  return s;
}

ExportLayerSpec importIssues(const std::function<std::string(const Message&)>& formatMessage) {
  ExportLayerSpec s;
  s.layer = ExportLayer::ImportIssues;
  s.noun = PW_TR("import issue");
  s.table = "import_issues";
  s.from = "import_issues t JOIN import_runs r ON r.id = t.run_id";
  s.geometryExpr = "t.geom";
  s.orderBy = "t.id";
  s.columns = {
      col("id", T::Integer, "t.id", "问题编号", "issue id"),
      col("run", T::Integer, "t.run_id", "导入批次", "import run"),
      col("source", T::Text, "r.source", "来源文件", "source file"),
      col("layer", T::Text, "t.layer", "图层", "layer"),
      col("feature", T::Integer, "t.feature_no", "要素序号", "feature number"),
      col("record", T::Text, "t.record_code", "编号", "record id"),
      col("check_code", T::Text, "t.check_code", "检查项", "check"),
      col("severity", T::Text, "t.severity", "严重程度（error 未导入 / warning 已导入）", "severity (error / warning)"),
      col("scope", T::Text, "t.scope", "范围（source / network）", "scope (source / network)"),
      col("field", T::Text, "t.field", "字段", "field"),
      col("value", T::Text, "t.value", "值", "value"),
      col("message", T::Text, "", "说明", "message"),
      hidden("template", T::Text, "t.message"),
      hidden("args", T::Text, "t.args"),
  };
  const int message = indexOf(s, "message"), tmpl = indexOf(s, "template"), args = indexOf(s, "args");
  s.derive = [formatMessage, message, tmpl, args](ExportRow& row) {
    const std::string templateText = text(row, tmpl);
    Message m{templateText.c_str(), {}};
    const auto parsed = nlohmann::json::parse(text(row, args), nullptr, false);
    if (parsed.is_array()) {
      for (const auto& a : parsed) m.args.push_back(a.is_string() ? a.get<std::string>() : a.dump());
    }
    row[static_cast<std::size_t>(message)] = formatMessage ? formatMessage(m) : m.english();
  };
  return s;
}

}  // namespace

ExportLayerSpec exportLayerSpec(ExportLayer layer, const ProjectCatalogues& catalogues,
                                const std::function<std::string(const Message&)>& formatMessage,
                                const std::string& today) {
  switch (layer) {
    case ExportLayer::Pipes: return pipes();
    case ExportLayer::Manholes: return manholes();
    case ExportLayer::Districts: return districts();
    case ExportLayer::Defects: return defects(catalogues);
    case ExportLayer::Misconnections: return misconnections(catalogues);
    case ExportLayer::Orders: return orders(today);
    case ExportLayer::ImportIssues: return importIssues(formatMessage);
  }
  return pipes();
}

}  // namespace pw
