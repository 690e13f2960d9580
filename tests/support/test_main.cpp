#include <clocale>

#include <gtest/gtest.h>

int main(int argc, char** argv) {
  // The user's locale, as PROJ's tests do, so that decimal-comma bugs show.
  std::setlocale(LC_ALL, "");
  ::testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
