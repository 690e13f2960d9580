// Map arithmetic, the range index and picking: what the canvas and renderer rely on.
#include <random>

#include <gtest/gtest.h>

#include "map/map_view.h"
#include "map/range_index.h"

namespace pw {

TEST(MapView, WorldAndScreenRoundTrip) {
  const MapView v(500000, 3350000, 2.0, 800, 600);
  const Point centre = v.toScreen(500000, 3350000);
  EXPECT_DOUBLE_EQ(centre.x, 400);
  EXPECT_DOUBLE_EQ(centre.y, 300);
  const Point up = v.toScreen(500000, 3350100);  // north is up: 100 m north is 50 px higher
  EXPECT_DOUBLE_EQ(up.y, 250);
  const Point back = v.toWorld(123, 456);
  const Point again = v.toScreen(back.x, back.y);
  EXPECT_NEAR(again.x, 123, 1e-9);
  EXPECT_NEAR(again.y, 456, 1e-9);
  const Box e = v.extent();
  EXPECT_DOUBLE_EQ(e.width(), 1600);
  EXPECT_DOUBLE_EQ(e.height(), 1200);
}

TEST(MapView, ZoomKeepsThePointUnderTheCursor) {
  const MapView v(500000, 3350000, 2.0, 800, 600);
  const Point before = v.toWorld(100, 500);
  const MapView z = v.zoomedAt(100, 500, 4.0);
  EXPECT_DOUBLE_EQ(z.metresPerPixel(), 0.5);
  const Point after = z.toWorld(100, 500);
  EXPECT_NEAR(after.x, before.x, 1e-6);
  EXPECT_NEAR(after.y, before.y, 1e-6);
  EXPECT_EQ(v.zoomedAt(1, 1, 1e30).metresPerPixel(), 0.001);  // clamped
}

TEST(MapView, PanFollowsTheMouse) {
  const MapView v(500000, 3350000, 2.0, 800, 600);
  const Point grabbed = v.toWorld(200, 200);
  const MapView p = v.pannedBy(50, -30);
  const Point now = p.toScreen(grabbed.x, grabbed.y);
  EXPECT_NEAR(now.x, 250, 1e-9);
  EXPECT_NEAR(now.y, 170, 1e-9);
}

TEST(MapView, FitAndZoomBox) {
  Box b;
  b.add(1000, 2000);
  b.add(3000, 3000);
  const MapView f = MapView::fit(b, 400, 400, 0.0);
  EXPECT_DOUBLE_EQ(f.metresPerPixel(), 5.0);  // the wider side decides
  EXPECT_DOUBLE_EQ(f.centreX(), 2000);
  const MapView z = f.zoomedToRect(0, 0, 200, 200);  // the top-left quarter
  EXPECT_DOUBLE_EQ(z.metresPerPixel(), 2.5);
  EXPECT_DOUBLE_EQ(z.centreX(), 1500);
  EXPECT_DOUBLE_EQ(z.centreY(), 3000);  // the view spans y 2500..3500 at the top
}

TEST(RangeIndex, WindowQueriesFindEveryOverlappingItem) {
  std::mt19937 random(3);
  std::vector<BoxF> boxes;
  for (int i = 0; i < 10000; ++i) {
    const float x = static_cast<float>(random() % 100000);
    const float y = static_cast<float>(random() % 100000);
    boxes.push_back({x, y, x + static_cast<float>(random() % 60), y + static_cast<float>(random() % 60)});
  }
  const auto order = strOrder(boxes);
  std::vector<BoxF> ordered;
  for (auto i : order) ordered.push_back(boxes[i]);
  RangeIndex index;
  index.build(ordered);
  for (int q = 0; q < 50; ++q) {
    const float x = static_cast<float>(random() % 100000);
    const float y = static_cast<float>(random() % 100000);
    const BoxF window{x, y, x + 3000, y + 2000};
    std::size_t expected = 0;
    for (const auto& b : ordered) expected += b.intersects(window);
    std::size_t found = 0;
    index.query(window, [&](std::uint32_t first, std::uint32_t last) {
      for (auto i = first; i < last; ++i) found += ordered[i].intersects(window);
    });
    EXPECT_EQ(found, expected);
  }
  EXPECT_LT(index.memoryBytes(), boxes.size() * 2);  // about one node box per 16 items
}

}  // namespace pw
