#include "plan_writer.hpp"

#include <com/sun/star/awt/Point.hpp>
#include <com/sun/star/awt/Rectangle.hpp>
#include <com/sun/star/awt/Size.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/ChartDataRowSource.hpp>
#include <com/sun/star/chart/XAxisYSupplier.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart2/ScaleData.hpp>
#include <com/sun/star/chart2/XAxis.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XCoordinateSystem.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/data/LabeledDataSequence.hpp>
#include <com/sun/star/chart2/data/XDataProvider.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XMultiServiceFactory.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/ConditionOperator.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetConditionalEntries.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/style/XStyle.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/CellAddress.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XNumberFormats.hpp>
#include <com/sun/star/util/XNumberFormatsSupplier.hpp>

#include <map>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using commands::PlanCell;
using Look = PlanCell::Look;
using Kind = PlanCell::Kind;

// The plan's cell styles, made once per document. Names are the same in
// every language so that a workbook shared between offices keeps one set.
struct LookStyle {
    Look look;
    const char* name;
    sal_Int32 fill; // -1: none
    float weight;   // css::awt::FontWeight: 100 normal, 150 bold
    float height;   // points; 0: inherit
};

constexpr LookStyle look_styles[] = {
    {Look::Title, "Allot Plan Title", -1, 150.0f, 14.0f},
    {Look::Header, "Allot Plan Header", 0xDDE8F3, 150.0f, 0.0f},
    {Look::Input, "Allot Plan Input", 0xFFF8D6, 100.0f, 0.0f},
    {Look::Total, "Allot Plan Total", 0xEEEEEE, 150.0f, 0.0f},
    {Look::Check, "Allot Plan Check", 0xE2F0D9, 150.0f, 0.0f},
};

std::string style_for(const uno::Reference<css::sheet::XSpreadsheetDocument>& document, Look look) {
    for (const LookStyle& style : look_styles) {
        if (style.look != look)
            continue;
        uno::Reference<css::style::XStyleFamiliesSupplier> families(document, uno::UNO_QUERY_THROW);
        uno::Reference<css::container::XNameContainer> styles(
            families->getStyleFamilies()->getByName("CellStyles"), uno::UNO_QUERY_THROW);
        const auto name = rtl::OUString::createFromAscii(style.name);
        if (!styles->hasByName(name)) {
            uno::Reference<css::lang::XMultiServiceFactory> factory(document, uno::UNO_QUERY_THROW);
            uno::Reference<css::style::XStyle> created(
                factory->createInstance("com.sun.star.style.CellStyle"), uno::UNO_QUERY_THROW);
            styles->insertByName(name, uno::Any(created));
            uno::Reference<css::beans::XPropertySet> properties(created, uno::UNO_QUERY_THROW);
            if (style.fill >= 0) {
                properties->setPropertyValue("CellBackColor", uno::Any(style.fill));
                properties->setPropertyValue("IsCellBackgroundTransparent", uno::Any(false));
            }
            properties->setPropertyValue("CharWeight", uno::Any(style.weight));
            if (style.height > 0)
                properties->setPropertyValue("CharHeight", uno::Any(style.height));
        }
        return style.name;
    }
    return {};
}

sal_Int32 format_key(const uno::Reference<css::sheet::XSpreadsheetDocument>& document,
                     const std::string& code) {
    uno::Reference<css::util::XNumberFormatsSupplier> supplier(document, uno::UNO_QUERY_THROW);
    const auto formats = supplier->getNumberFormats();
    // Format codes are written the English way ("#,##0.00"); the office shows
    // them in the user's own separators.
    const css::lang::Locale english("en", "US", "");
    const auto text = ustring(code);
    sal_Int32 key = formats->queryKey(text, english, false);
    if (key < 0)
        key = formats->addNew(text, english);
    return key;
}

uno::Reference<css::table::XCellRange>
cells_of(const uno::Reference<css::sheet::XSpreadsheet>& sheet, int column, int row, int columns,
         int rows) {
    return sheet->getCellRangeByPosition(column, row, column + columns - 1, row + rows - 1);
}

void write_cell(const uno::Reference<css::sheet::XSpreadsheet>& sheet, const PlanCell& cell) {
    const auto range = cells_of(sheet, cell.column, cell.row, cell.columns, cell.rows);
    switch (cell.kind) {
    case Kind::Value:
        range->getCellByPosition(0, 0)->setValue(cell.value);
        break;
    case Kind::Text:
        uno::Reference<css::text::XTextRange>(range->getCellByPosition(0, 0), uno::UNO_QUERY_THROW)
            ->setString(ustring(cell.text));
        break;
    case Kind::Formula:
        range->getCellByPosition(0, 0)->setFormula(ustring(cell.text));
        break;
    case Kind::ArrayFormula:
        uno::Reference<css::sheet::XArrayFormulaRange>(range, uno::UNO_QUERY_THROW)
            ->setArrayFormula(ustring(cell.text));
        break;
    case Kind::FilledFormula:
        range->getCellByPosition(0, 0)->setFormula(ustring(cell.text));
        if (cell.columns * cell.rows > 1)
            uno::Reference<css::sheet::XCellSeries>(range, uno::UNO_QUERY_THROW)
                ->fillAuto(cell.rows > 1 ? css::sheet::FillDirection_TO_BOTTOM
                                         : css::sheet::FillDirection_TO_RIGHT,
                           1);
        break;
    }
}

css::awt::Rectangle rectangle_of(const uno::Reference<css::sheet::XSpreadsheet>& sheet,
                                 const commands::Range& place) {
    uno::Reference<css::beans::XPropertySet> first(cells_of(sheet, place.column, place.row, 1, 1),
                                                   uno::UNO_QUERY_THROW);
    uno::Reference<css::beans::XPropertySet> all(
        cells_of(sheet, place.column, place.row, place.columns, place.rows), uno::UNO_QUERY_THROW);
    css::awt::Point position;
    css::awt::Size size;
    first->getPropertyValue("Position") >>= position;
    all->getPropertyValue("Size") >>= size;
    return css::awt::Rectangle(position.X, position.Y, size.Width, size.Height);
}

css::table::CellRangeAddress address_of(sal_Int16 sheet, const commands::Range& range) {
    return css::table::CellRangeAddress(sheet, range.column, range.row,
                                        range.column + range.columns - 1,
                                        range.row + range.rows - 1);
}

// The chart's categories are the plan's row names (Calc takes 1, 2, 3 … when
// the names are not next to the values); its title is the plan's, it has no
// legend (one series) and its value axis shows grouped whole numbers, not
// 1600000.
void dress_chart(const Workbook& workbook, const uno::Reference<css::table::XTableCharts>& charts,
                 const commands::PlanChart& planned, bool across) {
    try {
        commands::Range labels = planned.labels;
        // Without the header cell.
        if (across) {
            ++labels.column;
            --labels.columns;
        } else {
            ++labels.row;
            --labels.rows;
        }
        uno::Reference<css::document::XEmbeddedObjectSupplier> supplier(
            charts->getByName(ustring(planned.name)), uno::UNO_QUERY_THROW);
        uno::Reference<css::chart2::XChartDocument> chart(supplier->getEmbeddedObject(),
                                                          uno::UNO_QUERY_THROW);
        // The old chart API has the simple switches.
        uno::Reference<css::chart::XChartDocument> old(chart, uno::UNO_QUERY_THROW);
        if (across) {
            // Calc makes a series of each column: the months are one series.
            uno::Reference<css::beans::XPropertySet> diagram(old->getDiagram(),
                                                             uno::UNO_QUERY_THROW);
            diagram->setPropertyValue("DataRowSource",
                                      uno::Any(css::chart::ChartDataRowSource_ROWS));
        }
        const auto provider = chart->getDataProvider();
        uno::Reference<css::chart2::XCoordinateSystemContainer> systems(chart->getFirstDiagram(),
                                                                        uno::UNO_QUERY_THROW);
        const auto axis = systems->getCoordinateSystems()[0]->getAxisByDimension(0, 0);
        css::chart2::ScaleData scale = axis->getScaleData();
        const auto categories = css::chart2::data::LabeledDataSequence::create(workbook.context());
        categories->setValues(provider->createDataSequenceByRangeRepresentation(
            ustring(commands::reference(labels))));
        scale.Categories.set(categories, uno::UNO_QUERY_THROW);
        axis->setScaleData(scale);

        uno::Reference<css::beans::XPropertySet> properties(old, uno::UNO_QUERY_THROW);
        properties->setPropertyValue("HasLegend", uno::Any(false));
        properties->setPropertyValue("HasMainTitle", uno::Any(true));
        uno::Reference<css::beans::XPropertySet> title(old->getTitle(), uno::UNO_QUERY_THROW);
        title->setPropertyValue("String", uno::Any(ustring(planned.title)));
        uno::Reference<css::chart::XAxisYSupplier> y(old->getDiagram(), uno::UNO_QUERY_THROW);
        uno::Reference<css::util::XNumberFormatsSupplier> formats(old, uno::UNO_QUERY_THROW);
        const auto table = formats->getNumberFormats();
        const css::lang::Locale locale;
        sal_Int32 key = table->queryKey("#,##0", locale, false);
        if (key == -1)
            key = table->addNew("#,##0", locale);
        uno::Reference<css::beans::XPropertySet> values(y->getYAxis(), uno::UNO_QUERY_THROW);
        values->setPropertyValue("LinkNumberFormatToSource", uno::Any(false));
        values->setPropertyValue("NumberFormat", uno::Any(key));
    } catch (const uno::Exception&) {
        // The chart stays as Calc made it.
    }
}

} // namespace

sal_Int16 sheet_index(const Workbook& workbook, const std::string& name) {
    uno::Reference<css::container::XIndexAccess> sheets(workbook.document()->getSheets(),
                                                        uno::UNO_QUERY_THROW);
    for (sal_Int32 i = 0; i < sheets->getCount(); ++i) {
        uno::Reference<css::container::XNamed> named(sheets->getByIndex(i), uno::UNO_QUERY_THROW);
        if (utf8(named->getName()) == name)
            return static_cast<sal_Int16>(i);
    }
    return -1;
}

namespace {

constexpr sal_Int32 content = css::sheet::CellFlags::VALUE | css::sheet::CellFlags::DATETIME |
                              css::sheet::CellFlags::STRING | css::sheet::CellFlags::FORMULA;

} // namespace

std::optional<Taken> first_taken(const Workbook& workbook, sal_Int16 sheet,
                                 const commands::Range& footprint) {
    const auto range = workbook.cells(address_of(sheet, footprint));
    const auto taken = uno::Reference<css::sheet::XCellRangesQuery>(range, uno::UNO_QUERY_THROW)
                           ->queryContentCells(content);
    const auto addresses = taken->getRangeAddresses();
    if (addresses.getLength() == 0)
        return std::nullopt;
    Taken found;
    for (const auto& each : addresses)
        found.cells += (each.EndColumn - each.StartColumn + 1) * (each.EndRow - each.StartRow + 1);
    const auto& first = addresses[0];
    const auto cell = workbook.sheet(sheet)->getCellByPosition(first.StartColumn, first.StartRow);
    found.first = workbook.cell_name(sheet, first.StartColumn, first.StartRow, sheet);
    found.shows =
        utf8(uno::Reference<css::text::XTextRange>(cell, uno::UNO_QUERY_THROW)->getString());
    return found;
}

std::optional<std::pair<std::string, std::string>>
array_across(const Workbook& workbook, sal_Int16 sheet, const commands::Range& footprint) {
    const auto spreadsheet = workbook.sheet(sheet);
    const auto formulas = uno::Reference<css::sheet::XCellRangesQuery>(
                              workbook.cells(address_of(sheet, footprint)), uno::UNO_QUERY_THROW)
                              ->queryContentCells(css::sheet::CellFlags::FORMULA);
    const auto each = uno::Reference<css::container::XEnumerationAccess>(formulas->getCells(),
                                                                         uno::UNO_QUERY_THROW)
                          ->createEnumeration();
    const int right = footprint.column + footprint.columns - 1;
    const int bottom = footprint.row + footprint.rows - 1;
    while (each->hasMoreElements()) {
        uno::Reference<css::sheet::XSheetCellRange> cell(each->nextElement(), uno::UNO_QUERY_THROW);
        auto cursor = spreadsheet->createCursorByRange(cell);
        cursor->collapseToCurrentArray();
        const auto area =
            uno::Reference<css::sheet::XCellRangeAddressable>(cursor, uno::UNO_QUERY_THROW)
                ->getRangeAddress();
        if (area.StartColumn < footprint.column || area.StartRow < footprint.row ||
            area.EndColumn > right || area.EndRow > bottom) {
            const auto at = uno::Reference<css::sheet::XCellAddressable>(cell, uno::UNO_QUERY_THROW)
                                ->getCellAddress();
            return std::make_pair(
                workbook.cell_name(sheet, at.Column, at.Row, sheet),
                workbook.cell_name(sheet, area.StartColumn, area.StartRow, sheet) + ":" +
                    workbook.cell_name(sheet, area.EndColumn, area.EndRow, sheet));
        }
    }
    return std::nullopt;
}

void clear_cells(const Workbook& workbook, sal_Int16 sheet, const commands::Range& footprint) {
    uno::Reference<css::sheet::XSheetOperation>(workbook.cells(address_of(sheet, footprint)),
                                                uno::UNO_QUERY_THROW)
        ->clearContents(content);
}

void write_plan(const Workbook& workbook, sal_Int16 sheet_at, const commands::Plan& plan,
                const commands::Language&) {
    const auto& document = workbook.document();
    const auto sheet = workbook.sheet(sheet_at);
    for (const PlanCell& cell : plan.cells)
        write_cell(sheet, cell);
    // Looks and number formats, range by range (each cell's own is rare).
    std::map<std::string, sal_Int32> keys;
    for (const PlanCell& cell : plan.cells) {
        uno::Reference<css::beans::XPropertySet> properties(
            cells_of(sheet, cell.column, cell.row, cell.columns, cell.rows), uno::UNO_QUERY_THROW);
        if (const std::string style = style_for(document, cell.look); !style.empty())
            properties->setPropertyValue("CellStyle", uno::Any(ustring(style)));
        if (!cell.number_format.empty()) {
            auto found = keys.find(cell.number_format);
            if (found == keys.end())
                found = keys.emplace(cell.number_format, format_key(document, cell.number_format))
                            .first;
            properties->setPropertyValue("NumberFormat", uno::Any(found->second));
        }
    }
    // Named ranges: inputs and outputs by name, so formulas read like the plan.
    uno::Reference<css::beans::XPropertySet> document_properties(document, uno::UNO_QUERY_THROW);
    uno::Reference<css::sheet::XNamedRanges> names(
        document_properties->getPropertyValue("NamedRanges"), uno::UNO_QUERY_THROW);
    for (const commands::PlanName& name : plan.names) {
        const auto key = ustring(name.name);
        if (names->hasByName(key))
            names->removeByName(key);
        names->addNewByName(
            key, ustring(commands::reference(name.range)),
            css::table::CellAddress(sheet_at, plan.footprint.column, plan.footprint.row), 0);
    }
    // Red below 80 % attainment.
    for (const commands::PlanWarning& warning : plan.warnings) {
        uno::Reference<css::beans::XPropertySet> range(
            cells_of(sheet, warning.range.column, warning.range.row, warning.range.columns,
                     warning.range.rows),
            uno::UNO_QUERY_THROW);
        uno::Reference<css::sheet::XSheetConditionalEntries> entries(
            range->getPropertyValue("ConditionalFormat"), uno::UNO_QUERY_THROW);
        uno::Sequence<css::beans::PropertyValue> condition(3);
        auto* part = condition.getArray();
        part[0].Name = "Operator";
        part[0].Value <<= css::sheet::ConditionOperator_LESS;
        part[1].Name = "Formula1";
        char below[32];
        std::snprintf(below, sizeof below, "%.15g", warning.below);
        part[1].Value <<= rtl::OUString::createFromAscii(below);
        part[2].Name = "StyleName";
        part[2].Value <<= rtl::OUString("Bad"); // Calc's own: red
        entries->addNew(condition);
        range->setPropertyValue("ConditionalFormat", uno::Any(entries));
    }
    if (plan.chart) {
        uno::Reference<css::table::XTableChartsSupplier> supplier(sheet, uno::UNO_QUERY_THROW);
        const auto charts = supplier->getCharts();
        const auto name = ustring(plan.chart->name);
        if (charts->hasByName(name))
            charts->removeByName(name);
        uno::Sequence<css::table::CellRangeAddress> data(2);
        data.getArray()[0] = address_of(sheet_at, plan.chart->labels);
        data.getArray()[1] = address_of(sheet_at, plan.chart->values);
        const bool across = plan.chart->values.rows == 1;
        // The header row and the names' column are labels, not data.
        charts->addNewByName(name, rectangle_of(sheet, plan.chart->place), data,
                             /*ColumnHeaders*/ true, /*RowHeaders*/ true);
        dress_chart(workbook, charts, *plan.chart, across);
    }
}

} // namespace allot::addin
