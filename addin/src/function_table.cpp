#include "function_table.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace allot::addin {
namespace {

// Chinese Calc keeps English function names (SUM stays SUM), so the zh-CN
// display names are the English ones too: a formula typed in one UI works in
// the other. Chinese users get the Chinese title in the description.
constexpr std::array split_arguments{
    ArgumentInfo{{"total", "总额"},
                 {"The target to split, e.g. the annual company target.",
                  "要分解的目标总额，例如公司年度目标。"}},
    ArgumentInfo{{"weights", "权重"},
                 {"Weights of the parts (e.g. last year's sales): a column or a row. A blank cell "
                  "is 0; text is an error.",
                  "各部分的权重（例如去年销售额）：一列或一行。空白单元格为 0，文本会报错。"}},
    ArgumentInfo{{"unit", "单位"},
                 {"Rounding step, e.g. 1000. Default 1; 0 means no rounding.",
                  "取整单位，例如 1000。默认为 1；0 表示不取整。"},
                 true},
    ArgumentInfo{{"minimums", "下限"},
                 {"Smallest part: one number for all, or a range shaped like weights. Blank means "
                  "0.",
                  "每部分的下限：一个数适用于全部，或与权重同形的区域。空白表示 0。"},
                 true},
    ArgumentInfo{{"maximums", "上限"},
                 {"Largest part: one number for all, or a range shaped like weights. Blank means "
                  "no maximum.",
                  "每部分的上限：一个数适用于全部，或与权重同形的区域。空白表示不设上限。"},
                 true},
    ArgumentInfo{{"fixed", "锁定值"},
                 {"Holds: a range shaped like weights. A filled cell keeps exactly that value; the "
                  "rest of the total spreads over the other parts.",
                  "锁定：与权重同形的区域。填写了数值的部分保持该值不变，其余目标分摊给其他部分。"},
                 true},
};

constexpr std::array why_arguments{
    ArgumentInfo{{"function", "函数"},
                 {"Name of the function whose error to explain, e.g. \"SPLIT\".",
                  "要解释其错误的函数名，例如 \"SPLIT\"。"}},
    ArgumentInfo{{"arguments", "参数"},
                 {"The same arguments as in the cell that shows the error.",
                  "与显示错误的单元格中相同的参数。"},
                 true,
                 true},
};

constexpr std::array functions{
    FunctionInfo{
        "split",
        {"ALLOT.SPLIT", "ALLOT.SPLIT"},
        {"Splits a total in proportion to weights, rounded to whole units so that the parts add "
         "up to the total exactly (largest remainder). Respects minimums, maximums and holds.",
         "比例分解：按权重把总额分给各部分，按单位取整且各部分之和恰好等于总额（最大余数法），"
         "并遵守下限、上限和锁定值。"},
        split_arguments,
        "=ALLOT.SPLIT(100;{1|1|1})",
        {"34, 33, 33 (a column)", "34、33、33（一列）"}},
    FunctionInfo{
        "why",
        {"ALLOT.WHY", "ALLOT.WHY"},
        {"Explains in plain language why an ALLOT function shows an error: give the function's "
         "name and the same arguments. Returns OK when there is no error.",
         "错误说明：用通俗的语言解释 ALLOT 函数为什么显示错误。输入函数名和相同的参数；"
         "没有错误时返回 OK。"},
        why_arguments,
        "=ALLOT.WHY(\"SPLIT\";100;{1|\"x\"|1})",
        {"Item 2 of the weights is text (\"x\"), not a number. …",
         "权重的第 2 项是文本（\"x\"），不是数字。……"}},
};

bool same_ignoring_case(std::string_view a, std::string_view b) {
    return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
        return std::toupper(static_cast<unsigned char>(x)) ==
               std::toupper(static_cast<unsigned char>(y));
    });
}

} // namespace

std::span<const FunctionInfo> function_table() {
    return functions;
}

const FunctionInfo* find_programmatic(std::string_view name) {
    auto it = std::find_if(functions.begin(), functions.end(),
                           [&](const FunctionInfo& f) { return f.programmatic == name; });
    return it == functions.end() ? nullptr : &*it;
}

const FunctionInfo* find_by_user_name(std::string_view name) {
    constexpr std::string_view prefix = "ALLOT.";
    for (const FunctionInfo& f : functions) {
        for (std::string_view display : {f.display.en, f.display.zh}) {
            if (same_ignoring_case(name, display) ||
                same_ignoring_case(name, display.substr(prefix.size())))
                return &f;
        }
    }
    return nullptr;
}

Language language_of(std::string_view tag) {
    return tag.size() >= 2 && same_ignoring_case(tag.substr(0, 2), "zh") ? Language::Chinese
                                                                         : Language::English;
}

} // namespace allot::addin
