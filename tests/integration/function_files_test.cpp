// The generic function-test runner: every tests/functions/*.fods is loaded
// into the office with the extension, recalculated, and every check cell
// must be TRUE. The layout is described in tests/functions/README.md: on each
// sheet, a header row (within the first ten rows) has a cell "check"; below
// it, every non-empty cell of that column is a check: a formula that must be
// TRUE. A file without a single check fails: a test that asserts nothing is
// a defect.
#include "shared_office.hpp"

#include <algorithm>
#include <cctype>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace allot::integration {
namespace {

using office::Cell;
using office::CellKind;
using office::Document;

constexpr int header_search_rows = 10;

std::vector<std::filesystem::path> function_files() {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(functions_dir(), error)) {
        if (entry.is_regular_file() && entry.path().extension() == ".fods")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string lower_trimmed(std::string text) {
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    text = first == std::string::npos ? std::string() : text.substr(first, last - first + 1);
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

struct Header {
    int row = 0;
    int check_column = 0;
    std::optional<int> case_column;
};

std::optional<Header> find_header(const Document& document, const std::string& sheet,
                                  office::Extent extent) {
    for (int row = 0; row < std::min(extent.rows, header_search_rows); ++row) {
        Header header;
        header.row = row;
        bool found = false;
        for (int column = 0; column < extent.columns; ++column) {
            const std::string text = lower_trimmed(document.cell(sheet, column, row).text);
            if (text == "check") {
                header.check_column = column;
                found = true;
            } else if (text == "case") {
                header.case_column = column;
            }
        }
        if (found)
            return header;
    }
    return std::nullopt;
}

// Every non-empty cell of a row: "B12 {=ORG.ALLOT.FUNCTIONS.SPLIT(...)} → 33".
std::string describe_row(const Document& document, const std::string& sheet, int row, int columns) {
    std::ostringstream out;
    for (int column = 0; column < columns; ++column) {
        const Cell cell = document.cell(sheet, column, row);
        if (cell.kind == CellKind::Empty)
            continue;
        out << "\n    " << office::cell_name(column, row) << "  ";
        if (!cell.formula.empty())
            out << cell.formula << "  →  ";
        out << (cell.text.empty() ? "\"\"" : cell.text);
    }
    return out.str();
}

class FunctionFile : public ::testing::TestWithParam<std::filesystem::path> {};

TEST_P(FunctionFile, EveryCheckIsTrue) {
    const auto& file = GetParam();
    Document document = english_office().load(file);
    document.recalculate();
    int checks = 0;
    for (const auto& sheet : document.sheet_names()) {
        const auto extent = document.used_extent(sheet);
        const auto header = find_header(document, sheet, extent);
        if (!header)
            continue;
        for (int row = header->row + 1; row < extent.rows; ++row) {
            const Cell check = document.cell(sheet, header->check_column, row);
            if (check.kind == CellKind::Empty)
                continue;
            ++checks;
            const bool passed =
                check.kind == CellKind::Formula && check.error == 0 && check.value == 1.0;
            if (passed)
                continue;
            std::string label;
            if (header->case_column)
                label = " (" + document.cell(sheet, *header->case_column, row).text + ")";
            ADD_FAILURE() << file.filename().string() << ", sheet " << sheet << ", row " << row + 1
                          << label << ": "
                          << (check.kind == CellKind::Formula
                                  ? "the check " + check.formula + " is " + check.text +
                                        ", not TRUE"
                                  : std::string("the check cell holds no formula"))
                          << "; the row:" << describe_row(document, sheet, row, extent.columns);
        }
    }
    EXPECT_GT(checks, 0) << file.string()
                         << " has no check rows (a header cell \"check\" and TRUE formulas "
                            "below it); a test that asserts nothing is a defect";
    std::cout << "[ checks   ] " << file.filename().string() << ": " << checks << " checks\n";
}

std::string test_name(const ::testing::TestParamInfo<std::filesystem::path>& info) {
    std::string name = info.param.stem().string();
    for (auto& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c)))
            c = '_';
    }
    return name;
}

INSTANTIATE_TEST_SUITE_P(Functions, FunctionFile, ::testing::ValuesIn(function_files()), test_name);

TEST(FunctionFiles, ThereAreSome) {
    EXPECT_FALSE(function_files().empty()) << "no .fods files in " << functions_dir().string();
}

} // namespace
} // namespace allot::integration
