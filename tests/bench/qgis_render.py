#!/usr/bin/python3
"""Side-by-side reference: QGIS drawing the pipes of a PipeWard project (a SpatiaLite file) with a categorized style,
the way a user would otherwise look at the network. Whole extent and 1% views at 1920x1080, as bench_render measures.

  sudo apt-get install qgis python3-qgis     # only for this comparison; not part of the build or the tests
  QT_QPA_PLATFORM=offscreen /usr/bin/python3 tests/bench/qgis_render.py build/dev/bench-data/city-1000000.sqlite
"""
import random
import statistics
import sys
import time

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsLineSymbol, QgsMapRendererSequentialJob,
                       QgsMapSettings, QgsRectangle, QgsRendererCategory, QgsVectorLayer)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor


def render(settings):
    job = QgsMapRendererSequentialJob(settings)
    start = time.perf_counter()
    job.start()
    job.waitForFinished()
    return time.perf_counter() - start


def main(path):
    app = QgsApplication([], False)
    app.initQgis()
    layer = QgsVectorLayer(f"dbname='{path}' table=\"pipes\" (geom)", "pipes", "spatialite")
    if not layer.isValid():
        sys.exit(f"QGIS cannot open the pipes layer of {path}")
    categories = []
    for value, colour in (("rain", "#1f6fd1"), ("sewage", "#9a4b16"), ("combined", "#8e2da8"), ("", "#808080")):
        symbol = QgsLineSymbol.createSimple({"color": colour, "width": "0.26"})
        categories.append(QgsRendererCategory(value, symbol, value or "unknown"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("drainage", categories))
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setOutputSize(QSize(1920, 1080))
    settings.setBackgroundColor(QColor(247, 245, 240))
    extent = layer.extent()
    settings.setExtent(extent)
    render(settings)  # warm the file cache
    whole = [render(settings) for _ in range(3)]
    rng = random.Random(11)
    views = []
    for _ in range(10):
        w, h = extent.width() / 10, extent.height() / 10
        x = extent.xMinimum() + rng.random() * (extent.width() - w)
        y = extent.yMinimum() + rng.random() * (extent.height() - h)
        settings.setExtent(QgsRectangle(x, y, x + w, y + h))
        views.append(render(settings))
    print(f"features {layer.featureCount()}")
    print(f"QGIS whole extent: median {statistics.median(whole) * 1000:.0f} ms")
    print(f"QGIS 1% view:      median {statistics.median(views) * 1000:.0f} ms")
    app.exitQgis()


if __name__ == "__main__":
    main(sys.argv[1])
