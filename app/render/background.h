#pragma once
// Background layers under the network: GDAL rasters and OGR vectors, reprojected into the project CRS.
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include <QPainter>

#include "io/raster_source.h"
#include "map/map_view.h"
#include "map/vector_background.h"

namespace pw::render {

class BackgroundLayer {
public:
  virtual ~BackgroundLayer() = default;
  virtual void draw(QPainter& p, const MapView& view, const std::atomic<bool>* cancel) const = 0;
  virtual Box extent() const = 0;
  virtual std::string path() const = 0;
  virtual bool isRaster() const = 0;
};

class RasterBackground : public BackgroundLayer {
public:
  explicit RasterBackground(std::shared_ptr<RasterSource> source) : m_source(std::move(source)) {}
  void draw(QPainter& p, const MapView& view, const std::atomic<bool>* cancel) const override;
  Box extent() const override { return m_source->extent(); }
  std::string path() const override { return m_source->path(); }
  bool isRaster() const override { return true; }

private:
  std::shared_ptr<RasterSource> m_source;
};

class VectorBackgroundLayer : public BackgroundLayer {
public:
  explicit VectorBackgroundLayer(std::shared_ptr<const VectorBackground> data) : m_data(std::move(data)) {}
  void draw(QPainter& p, const MapView& view, const std::atomic<bool>* cancel) const override;
  Box extent() const override { return m_data->extent; }
  std::string path() const override { return m_data->path; }
  bool isRaster() const override { return false; }

private:
  std::shared_ptr<const VectorBackground> m_data;
};

/// The background layers in drawing order (first is lowest), each with its visibility.
class BackgroundSet {
public:
  struct Entry {
    std::shared_ptr<const BackgroundLayer> layer;
    bool visible = true;
  };
  std::vector<Entry> layers;
  void draw(QPainter& p, const MapView& view, const std::atomic<bool>* cancel) const;
};

}  // namespace pw::render
