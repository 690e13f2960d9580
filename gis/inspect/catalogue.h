#pragma once
// The standards as data (schemas/catalogues/*.json): the defect catalogue with its grades, scores and assessment
// rules (CJJ 181-2012 by default; a local standard is another file), and the misconnection grading of
// T/CECS 758-2020. Loaded and validated at start: a malformed catalogue is refused naming the file and the fault.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/band.h"

namespace pw {

enum class DefectClass { Structural, Functional };
const char* defectClassKey(DefectClass c);  ///< "structural", "functional"

struct DefectGrade {
  int grade = 0;
  std::optional<double> score;  ///< nothing for codes recorded only (FZ)
  std::string description;
  std::string descriptionEn;
};

struct DefectType {
  std::string code;
  DefectClass cls = DefectClass::Structural;
  std::string name;
  std::string nameEn;
  bool continuous = false;  ///< may run along the pipe over a length
  bool scored = true;       ///< takes part in S/Y and the defect count
  std::vector<DefectGrade> grades;
  std::string confidence;  ///< "V", "M", "?" or empty

  const DefectGrade* grade(int g) const;
};

struct GradeBand {
  std::string grade;  ///< "I".."IV"
  Band band;
  std::string name, nameEn;              ///< segment grades: meaning
  std::string structural, structuralEn;  ///< segment grades: structural meaning
  std::string functional, functionalEn;
  std::string repair, repairEn;  ///< index grades: recommended action
  std::string maintenance, maintenanceEn;
};

struct FactorValue {
  std::string key;
  double value = 0;
  std::string name, nameEn;
};

struct AssessmentRules {
  double alpha = 1.1;           ///< weight of defects spaced near (structural)
  double beta = 1.1;            ///< the same, functional
  double separateGtM = 1.5;     ///< spacing above which a defect counts in n1
  double nearGtM = 1.0;         ///< spacing above which (up to separateGtM) it counts in n2
  double mergeWithinLeM = 1.0;  ///< defects this close are one defect
  double mergeScoreCap = 10;
  double pointDefectLengthM = 1.0;
  std::vector<GradeBand> segmentGrades;
  std::vector<GradeBand> densityClasses;             ///< grade holds the class name
  std::map<std::string, double> repairWeights;       ///< F, K, E, T
  double repairGateBelow = 4;                        ///< K = E = 0 when F below this
  std::map<std::string, double> maintenanceWeights;  ///< G, K, E
  double maintenanceGateBelow = 4;
  std::vector<GradeBand> indexGrades;
  double defaultK = 3;
  std::vector<FactorValue> kValues;
  std::vector<std::pair<Band, double>> eBands;  ///< by diameter in mm
  std::string defaultT = "ordinary";
  std::vector<FactorValue> tValues;
};

class DefectCatalogue {
public:
  /// Throws Error(BadInput) naming the file and the fault.
  static DefectCatalogue load(const std::string& path);
  /// The catalogue with this id from schemas/catalogues (e.g. "cjj181-2012").
  static DefectCatalogue loadById(const std::string& id);

  const std::string& id() const { return m_id; }
  const std::string& standard() const { return m_standard; }
  const std::string& scoring() const { return m_scoring; }
  const std::vector<DefectType>& types() const { return m_types; }
  const DefectType* type(const std::string& code) const;
  const AssessmentRules& rules() const { return m_rules; }

  /// The grade band containing `value`, or nullptr.
  static const GradeBand* bandOf(const std::vector<GradeBand>& bands, double value);
  double eFactor(std::optional<double> diameterMm) const;
  std::optional<double> tFactor(const std::string& key) const;

private:
  std::string m_id, m_standard, m_scoring, m_file;
  std::vector<DefectType> m_types;
  AssessmentRules m_rules;
};

struct IndicatorBands {
  std::string key;  ///< inflow_diameter_mm, flow_m3d, nh3n_mg_l, cod_mg_l
  std::string name, nameEn, unit;
  std::vector<std::pair<Band, int>> bands;  ///< band -> level
};

struct KeyName {
  std::string key, name, nameEn;
};

class MisconnectionCatalogue {
public:
  static MisconnectionCatalogue load(const std::string& path);
  static MisconnectionCatalogue loadById(const std::string& id);

  const std::string& id() const { return m_id; }
  const std::vector<KeyName>& levels() const { return m_levels; }
  const std::vector<IndicatorBands>& indicators() const { return m_indicators; }
  const std::vector<std::pair<Band, int>>& densityBands() const { return m_density; }
  const std::vector<KeyName>& types() const { return m_types; }
  const std::vector<KeyName>& sourceKinds() const { return m_sourceKinds; }
  const std::vector<KeyName>& statuses() const { return m_statuses; }
  const std::vector<KeyName>& weather() const { return m_weather; }
  static const KeyName* find(const std::vector<KeyName>& list, const std::string& key);
  const KeyName* level(int level) const;

private:
  std::string m_id, m_file;
  std::vector<KeyName> m_levels;
  std::vector<IndicatorBands> m_indicators;
  std::vector<std::pair<Band, int>> m_density;
  std::vector<KeyName> m_types, m_sourceKinds, m_statuses, m_weather;
};

}  // namespace pw
