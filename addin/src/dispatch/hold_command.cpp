// Hold / 锁定 and Release / 解锁: mark cells so that Redistribute (and the
// wizard) keep them, or take the mark off. One undo step each.
#include "command.hpp"
#include "held_style.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XUniqueCellFormatRangesSupplier.hpp>

#include <map>
#include <utility>

namespace allot::addin {

namespace uno = css::uno;
using commands::Reason;
using commands::Refusal;
using css::table::CellRangeAddress;

Outcome hold(Invocation& call, bool release) {
    const Workbook& workbook = call.workbook;
    std::vector<CellRangeAddress> ranges;
    if (const auto given = call.text("Range"))
        ranges.push_back(workbook.range(*given));
    else
        ranges = workbook.selection();
    if (ranges.empty())
        throw Refusal(Reason::EmptySelection);

    // Read everything first: a refusal or failure then writes nothing.
    struct Restyle {
        uno::Reference<css::beans::XPropertySet> cells;
        std::string style;
        sal_Int32 count = 0;
    };
    std::vector<Restyle> restyles;
    std::map<std::string, std::string> styles; // from → to
    for (const CellRangeAddress& at : ranges) {
        uno::Reference<css::sheet::XUniqueCellFormatRangesSupplier> supplier(workbook.cells(at),
                                                                             uno::UNO_QUERY_THROW);
        const auto formats = supplier->getUniqueCellFormatRanges();
        for (sal_Int32 i = 0; i < formats->getCount(); ++i) {
            uno::Reference<css::beans::XPropertySet> properties(formats->getByIndex(i),
                                                                uno::UNO_QUERY_THROW);
            rtl::OUString style;
            properties->getPropertyValue("CellStyle") >>= style;
            const std::string now = utf8(style);
            if (is_held_style(now) != release)
                continue; // already as asked
            auto found = styles.find(now);
            if (found == styles.end())
                found = styles
                            .emplace(now, release ? released_style(workbook.document(), now)
                                                  : held_style_for(workbook.document(), now,
                                                                   call.language))
                            .first;
            sal_Int32 count = 0;
            uno::Reference<css::sheet::XSheetCellRanges> parts(properties, uno::UNO_QUERY_THROW);
            for (const CellRangeAddress& part : parts->getRangeAddresses())
                count +=
                    (part.EndColumn - part.StartColumn + 1) * (part.EndRow - part.StartRow + 1);
            restyles.push_back({properties, found->second, count});
        }
    }
    sal_Int32 changed = 0;
    if (!restyles.empty()) {
        UndoStep step(workbook, commands::say(release ? "Release" : "Hold", call.language));
        for (const Restyle& restyle : restyles) {
            restyle.cells->setPropertyValue("CellStyle", uno::Any(ustring(restyle.style)));
            changed += restyle.count;
        }
    }
    Outcome outcome;
    outcome.message = commands::say(release ? "Released {1} cells." : "Held {1} cells.",
                                    call.language, {std::to_string(changed)});
    outcome.add(release ? "Released" : "Held", uno::Any(changed));
    return outcome;
}

} // namespace allot::addin
