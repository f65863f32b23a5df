// The sample workbooks prove themselves: in every samples/*.fods, each row
// whose first cell starts with "Check" holds formulas that must be TRUE
// after a recalculation in the office with the extension.
#include "shared_office.hpp"

#include <algorithm>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

using office::CellKind;

TEST(Samples, EveryCheckRowIsTrue) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(ALLOT_SAMPLES_DIR))
        if (entry.path().extension() == ".fods")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    ASSERT_FALSE(files.empty()) << "no samples in " << ALLOT_SAMPLES_DIR;
    for (const auto& file : files) {
        auto document = english_office().load(file);
        document.recalculate();
        int checks = 0;
        for (const auto& sheet : document.sheet_names()) {
            const auto extent = document.used_extent(sheet);
            for (int row = 0; row < extent.rows; ++row) {
                const auto label = document.cell(sheet, 0, row).text;
                if (label.rfind("Check", 0) != 0)
                    continue;
                for (int column = 1; column < extent.columns; ++column) {
                    const auto cell = document.cell(sheet, column, row);
                    if (cell.kind != CellKind::Formula)
                        continue;
                    ++checks;
                    EXPECT_TRUE(cell.error == 0 && cell.value == 1.0)
                        << file.filename().string() << ", sheet " << sheet << ", "
                        << office::cell_name(column, row) << " (" << label << "): " << cell.formula
                        << " is " << cell.text;
                }
            }
        }
        EXPECT_GT(checks, 0) << file.string() << " has no check rows";
        std::cout << "[ checks   ] " << file.filename().string() << ": " << checks << " checks\n";
    }
}

} // namespace
} // namespace allot::integration
