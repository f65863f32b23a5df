// Document: a spreadsheet open in the office, read and written cell by cell
// or range by range through the com.sun.star.sheet API.
#include "document_impl.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <utility>

#include <com/sun/star/awt/PosSize.hpp>
#include <com/sun/star/awt/XWindow.hpp>
#include <com/sun/star/beans/NamedValue.hpp>
#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/chart/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartDocument.hpp>
#include <com/sun/star/chart2/XChartTypeContainer.hpp>
#include <com/sun/star/chart2/XCoordinateSystem.hpp>
#include <com/sun/star/chart2/XCoordinateSystemContainer.hpp>
#include <com/sun/star/chart2/XDataSeriesContainer.hpp>
#include <com/sun/star/chart2/data/XDataSource.hpp>
#include <com/sun/star/chart2/data/XLabeledDataSequence.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEmbeddedObjectSupplier.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XFrame.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/lang/DisposedException.hpp>
#include <com/sun/star/sheet/CellFlags.hpp>
#include <com/sun/star/sheet/FillDirection.hpp>
#include <com/sun/star/sheet/FormulaResult.hpp>
#include <com/sun/star/sheet/XArrayFormulaRange.hpp>
#include <com/sun/star/sheet/XCalculatable.hpp>
#include <com/sun/star/sheet/XCellAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeFormula.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XCellRangesQuery.hpp>
#include <com/sun/star/sheet/XCellSeries.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/sheet/XSheetCellCursor.hpp>
#include <com/sun/star/sheet/XSheetCellRanges.hpp>
#include <com/sun/star/sheet/XSheetOperation.hpp>
#include <com/sun/star/sheet/XSpreadsheets.hpp>
#include <com/sun/star/sheet/XUsedAreaCursor.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/table/XCell.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XTableCharts.hpp>
#include <com/sun/star/table/XTableChartsSupplier.hpp>
#include <com/sun/star/text/XTextRange.hpp>
#include <com/sun/star/util/XCloseable.hpp>
#include <com/sun/star/util/XModifiable.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <spdlog/spdlog.h>

namespace allot::office {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using detail::guarded;
using detail::to_ou;
using detail::to_utf8;

namespace {

std::string where(std::string_view sheet, std::string_view address) {
    return std::string(sheet) + "." + std::string(address);
}

Reference<css::table::XCellRange> range_of(const Reference<css::sheet::XSpreadsheet>& sheet,
                                           std::string_view range) {
    return sheet->getCellRangeByName(to_ou(range));
}

Cell read_cell(const Reference<css::table::XCell>& cell) {
    Cell result;
    switch (cell->getType()) {
    case css::table::CellContentType_EMPTY:
        result.kind = CellKind::Empty;
        break;
    case css::table::CellContentType_VALUE:
        result.kind = CellKind::Value;
        break;
    case css::table::CellContentType_TEXT:
        result.kind = CellKind::Text;
        break;
    default:
        result.kind = CellKind::Formula;
        break;
    }
    result.value = cell->getValue();
    result.error = static_cast<int>(cell->getError());
    if (result.kind == CellKind::Formula)
        result.formula = to_utf8(cell->getFormula());
    result.text = to_utf8(Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->getString());
    return result;
}

css::beans::PropertyValue property(const char* name, const Any& value) {
    css::beans::PropertyValue result;
    result.Name = rtl::OUString::createFromAscii(name);
    result.Value = value;
    return result;
}

} // namespace

std::string_view filter_name(FileFormat format) {
    switch (format) {
    case FileFormat::Ods:
        return "calc8";
    case FileFormat::Fods:
        return "OpenDocument Spreadsheet Flat XML";
    case FileFormat::Xlsx:
        return "Calc MS Excel 2007 XML";
    case FileFormat::Pdf:
        return "calc_pdf_Export";
    }
    throw std::invalid_argument("unknown file format");
}

std::string_view file_extension(FileFormat format) {
    switch (format) {
    case FileFormat::Ods:
        return ".ods";
    case FileFormat::Fods:
        return ".fods";
    case FileFormat::Xlsx:
        return ".xlsx";
    case FileFormat::Pdf:
        return ".pdf";
    }
    throw std::invalid_argument("unknown file format");
}

void Document::Impl::check_open() const {
    if (!document.is())
        throw std::runtime_error("the document is closed");
    if (!session || !session->alive)
        throw std::runtime_error("the office of this document has stopped");
}

Reference<css::sheet::XSpreadsheet> Document::Impl::sheet(std::string_view name) const {
    check_open();
    const auto sheets = document->getSheets();
    if (!sheets->hasByName(to_ou(name)))
        throw std::runtime_error("the document has no sheet named '" + std::string(name) + "'");
    return Reference<css::sheet::XSpreadsheet>(sheets->getByName(to_ou(name)), UNO_QUERY_THROW);
}

Document::Document(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Document::Document(Document&&) noexcept = default;
Document& Document::operator=(Document&& other) noexcept {
    if (this != &other) {
        try {
            close();
        } catch (const std::exception& error) {
            spdlog::warn("office: closing a document: {}", error.what());
        }
        impl_ = std::move(other.impl_);
    }
    return *this;
}

Document::~Document() {
    try {
        close();
    } catch (const std::exception& error) {
        spdlog::warn("office: closing a document: {}", error.what());
    }
}

std::vector<std::string> Document::sheet_names() const {
    return guarded("cannot list the sheets", [&] {
        impl_->check_open();
        std::vector<std::string> names;
        for (const auto& name : impl_->document->getSheets()->getElementNames())
            names.push_back(to_utf8(name));
        return names;
    });
}

Extent Document::used_extent(std::string_view sheet) const {
    return guarded("cannot find the used area of sheet " + std::string(sheet), [&] {
        const auto table = impl_->sheet(sheet);
        const Reference<css::sheet::XSheetCellCursor> cursor = table->createCursor();
        const Reference<css::sheet::XUsedAreaCursor> used(cursor, UNO_QUERY_THROW);
        used->gotoStartOfUsedArea(false);
        used->gotoEndOfUsedArea(true);
        const auto address = Reference<css::sheet::XCellRangeAddressable>(cursor, UNO_QUERY_THROW)
                                 ->getRangeAddress();
        // An empty sheet reports A1 as its used area; so does a sheet using only A1.
        const auto a1 = table->getCellByPosition(0, 0);
        if (address.EndColumn == 0 && address.EndRow == 0 &&
            a1->getType() == css::table::CellContentType_EMPTY)
            return Extent{};
        return Extent{address.EndColumn + 1, address.EndRow + 1};
    });
}

Cell Document::cell(std::string_view sheet, std::string_view address) const {
    return guarded("cannot read " + where(sheet, address), [&] {
        return read_cell(range_of(impl_->sheet(sheet), address)->getCellByPosition(0, 0));
    });
}

Cell Document::cell(std::string_view sheet, int column, int row) const {
    return guarded("cannot read column " + std::to_string(column) + ", row " + std::to_string(row) +
                       " of sheet " + std::string(sheet),
                   [&] { return read_cell(impl_->sheet(sheet)->getCellByPosition(column, row)); });
}

std::vector<std::vector<double>> Document::values(std::string_view sheet,
                                                  std::string_view range) const {
    return guarded("cannot read " + where(sheet, range), [&] {
        const Reference<css::sheet::XCellRangeData> data(range_of(impl_->sheet(sheet), range),
                                                         UNO_QUERY_THROW);
        std::vector<std::vector<double>> rows;
        for (const auto& row : data->getDataArray()) {
            std::vector<double> numbers;
            numbers.reserve(static_cast<std::size_t>(row.getLength()));
            for (const auto& item : row) {
                double number = std::numeric_limits<double>::quiet_NaN();
                item >>= number;
                numbers.push_back(number);
            }
            rows.push_back(std::move(numbers));
        }
        return rows;
    });
}

void Document::set_value(std::string_view sheet, std::string_view address, double value) {
    guarded("cannot write " + where(sheet, address), [&] {
        range_of(impl_->sheet(sheet), address)->getCellByPosition(0, 0)->setValue(value);
    });
}

void Document::set_text(std::string_view sheet, std::string_view address, std::string_view text) {
    guarded("cannot write " + where(sheet, address), [&] {
        const auto cell = range_of(impl_->sheet(sheet), address)->getCellByPosition(0, 0);
        Reference<css::text::XTextRange>(cell, UNO_QUERY_THROW)->setString(to_ou(text));
    });
}

void Document::set_formula(std::string_view sheet, std::string_view address,
                           std::string_view formula) {
    guarded("cannot write the formula " + std::string(formula) + " into " + where(sheet, address),
            [&] {
                range_of(impl_->sheet(sheet), address)
                    ->getCellByPosition(0, 0)
                    ->setFormula(to_ou(formula));
            });
}

void Document::set_array_formula(std::string_view sheet, std::string_view range,
                                 std::string_view formula) {
    guarded("cannot write the array formula " + std::string(formula) + " into " +
                where(sheet, range),
            [&] {
                Reference<css::sheet::XArrayFormulaRange>(range_of(impl_->sheet(sheet), range),
                                                          UNO_QUERY_THROW)
                    ->setArrayFormula(to_ou(formula));
            });
}

void Document::set_values(std::string_view sheet, std::string_view range,
                          const std::vector<std::vector<double>>& rows) {
    guarded("cannot write " + where(sheet, range), [&] {
        Sequence<Sequence<Any>> data(static_cast<sal_Int32>(rows.size()));
        auto* out = data.getArray();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            out[r].realloc(static_cast<sal_Int32>(rows[r].size()));
            auto* cells = out[r].getArray();
            for (std::size_t c = 0; c < rows[r].size(); ++c)
                cells[c] <<= rows[r][c];
        }
        Reference<css::sheet::XCellRangeData>(range_of(impl_->sheet(sheet), range), UNO_QUERY_THROW)
            ->setDataArray(data);
    });
}

void Document::set_formulas(std::string_view sheet, std::string_view range,
                            const std::vector<std::vector<std::string>>& rows) {
    guarded("cannot write formulas into " + where(sheet, range), [&] {
        Sequence<Sequence<rtl::OUString>> data(static_cast<sal_Int32>(rows.size()));
        auto* out = data.getArray();
        for (std::size_t r = 0; r < rows.size(); ++r) {
            out[r].realloc(static_cast<sal_Int32>(rows[r].size()));
            auto* cells = out[r].getArray();
            for (std::size_t c = 0; c < rows[r].size(); ++c)
                cells[c] = to_ou(rows[r][c]);
        }
        Reference<css::sheet::XCellRangeFormula>(range_of(impl_->sheet(sheet), range),
                                                 UNO_QUERY_THROW)
            ->setFormulaArray(data);
    });
}

void Document::fill_down(std::string_view sheet, std::string_view range) {
    guarded("cannot fill down " + where(sheet, range), [&] {
        Reference<css::sheet::XCellSeries>(range_of(impl_->sheet(sheet), range), UNO_QUERY_THROW)
            ->fillAuto(css::sheet::FillDirection_TO_BOTTOM, 1);
    });
}

void Document::clear(std::string_view sheet, std::string_view range) {
    guarded("cannot clear " + where(sheet, range), [&] {
        namespace flags = css::sheet::CellFlags;
        Reference<css::sheet::XSheetOperation>(range_of(impl_->sheet(sheet), range),
                                               UNO_QUERY_THROW)
            ->clearContents(flags::VALUE | flags::DATETIME | flags::STRING | flags::ANNOTATION |
                            flags::FORMULA | flags::HARDATTR | flags::EDITATTR);
    });
}

void Document::add_sheet(std::string_view name) {
    guarded("cannot add the sheet " + std::string(name), [&] {
        impl_->check_open();
        const auto sheets = impl_->document->getSheets();
        const auto count =
            Reference<css::container::XIndexAccess>(sheets, UNO_QUERY_THROW)->getCount();
        sheets->insertNewByName(to_ou(name), static_cast<sal_Int16>(count));
    });
}

Area Document::named_range(std::string_view name) const {
    return guarded("cannot find the named range " + std::string(name), [&] {
        impl_->check_open();
        const Reference<css::container::XNameAccess> names(
            Reference<css::beans::XPropertySet>(impl_->document, UNO_QUERY_THROW)
                ->getPropertyValue("NamedRanges"),
            UNO_QUERY_THROW);
        if (!names->hasByName(to_ou(name)))
            throw std::runtime_error("the document defines no such name");
        const Reference<css::sheet::XCellRangeReferrer> referrer(names->getByName(to_ou(name)),
                                                                 UNO_QUERY_THROW);
        const auto cells = referrer->getReferredCells();
        if (!cells.is())
            throw std::runtime_error("it does not name cells");
        const auto address =
            Reference<css::sheet::XCellRangeAddressable>(cells, UNO_QUERY_THROW)->getRangeAddress();
        const Reference<css::container::XIndexAccess> sheets(impl_->document->getSheets(),
                                                             UNO_QUERY_THROW);
        Area area;
        area.sheet = to_utf8(
            Reference<css::container::XNamed>(sheets->getByIndex(address.Sheet), UNO_QUERY_THROW)
                ->getName());
        area.column = address.StartColumn;
        area.row = address.StartRow;
        area.columns = address.EndColumn - address.StartColumn + 1;
        area.rows = address.EndRow - address.StartRow + 1;
        return area;
    });
}

CommandResult Document::dispatch(std::string_view url,
                                 const std::vector<std::pair<std::string, Value>>& arguments) {
    return guarded("cannot run " + std::string(url), [&] {
        impl_->check_open();
        Sequence<css::beans::PropertyValue> given(static_cast<sal_Int32>(arguments.size()));
        for (std::size_t i = 0; i < arguments.size(); ++i) {
            Any value;
            if (const auto* flag = std::get_if<bool>(&arguments[i].second))
                value <<= *flag;
            else if (const auto* number = std::get_if<double>(&arguments[i].second))
                value <<= *number;
            else
                value <<= to_ou(std::get<std::string>(arguments[i].second));
            given.getArray()[i] = property(arguments[i].first.c_str(), value);
        }
        Reference<css::frame::XModel> model(impl_->document, UNO_QUERY_THROW);
        Reference<css::frame::XDispatchProvider> frame(model->getCurrentController()->getFrame(),
                                                       UNO_QUERY_THROW);
        const auto helper = css::frame::DispatchHelper::create(impl_->context);
        Any answer = helper->executeDispatch(frame, to_ou(url), "", 0, given);
        // The helper answers with the whole DispatchResultEvent of a notifying dispatch.
        css::frame::DispatchResultEvent event;
        if (answer >>= event)
            answer = event.Result;
        CommandResult result;
        Sequence<css::beans::NamedValue> values;
        if (!(answer >>= values))
            throw std::runtime_error("no result (is the extension installed?)");
        for (const auto& named : values) {
            const std::string name = to_utf8(named.Name);
            bool flag = false;
            double number = 0.0;
            rtl::OUString text;
            if (named.Value.getValueTypeClass() == css::uno::TypeClass_BOOLEAN &&
                (named.Value >>= flag))
                result.values[name] = flag;
            else if (named.Value >>= number)
                result.values[name] = number;
            else if (named.Value >>= text)
                result.values[name] = to_utf8(text);
        }
        spdlog::debug("office: {} -> {}: {}", url, result.status(), result.message());
        return result;
    });
}

void Document::select(std::string_view sheet, std::string_view range) {
    guarded("cannot select " + where(sheet, range), [&] {
        impl_->check_open();
        Reference<css::frame::XModel> model(impl_->document, UNO_QUERY_THROW);
        Reference<css::view::XSelectionSupplier> selection(model->getCurrentController(),
                                                           UNO_QUERY_THROW);
        selection->select(Any(range_of(impl_->sheet(sheet), range)));
    });
}

void Document::show(int width, int height) {
    guarded("cannot place the window", [&] {
        impl_->check_open();
        Reference<css::frame::XModel> model(impl_->document, UNO_QUERY_THROW);
        model->getCurrentController()->getFrame()->getContainerWindow()->setPosSize(
            0, 0, width, height, css::awt::PosSize::POSSIZE);
    });
}

void Document::undo() {
    guarded("cannot undo", [&] {
        impl_->check_open();
        Reference<css::document::XUndoManagerSupplier>(impl_->document, UNO_QUERY_THROW)
            ->getUndoManager()
            ->undo();
    });
}

std::vector<std::string> Document::undo_titles() const {
    return guarded("cannot read the undo steps", [&] {
        impl_->check_open();
        std::vector<std::string> titles;
        for (const auto& title :
             Reference<css::document::XUndoManagerSupplier>(impl_->document, UNO_QUERY_THROW)
                 ->getUndoManager()
                 ->getAllUndoActionTitles())
            titles.push_back(to_utf8(title));
        return titles;
    });
}

int Document::conditions(std::string_view sheet, std::string_view range) const {
    return guarded("cannot read the conditional format of " + where(sheet, range), [&] {
        impl_->check_open();
        Reference<css::container::XIndexAccess> entries(
            Reference<css::beans::XPropertySet>(range_of(impl_->sheet(sheet), range),
                                                UNO_QUERY_THROW)
                ->getPropertyValue("ConditionalFormat"),
            UNO_QUERY_THROW);
        return static_cast<int>(entries->getCount());
    });
}

std::vector<std::string> Document::charts(std::string_view sheet) const {
    return guarded("cannot list the charts of " + std::string(sheet), [&] {
        impl_->check_open();
        std::vector<std::string> names;
        for (const auto& name :
             Reference<css::table::XTableChartsSupplier>(impl_->sheet(sheet), UNO_QUERY_THROW)
                 ->getCharts()
                 ->getElementNames())
            names.push_back(to_utf8(name));
        return names;
    });
}

Document::Chart Document::chart(std::string_view sheet, std::string_view name) const {
    return guarded("cannot read the chart " + std::string(name) + " on " + std::string(sheet), [&] {
        impl_->check_open();
        const auto charts =
            Reference<css::table::XTableChartsSupplier>(impl_->sheet(sheet), UNO_QUERY_THROW)
                ->getCharts();
        const Reference<css::document::XEmbeddedObjectSupplier> supplier(
            charts->getByName(detail::to_ou(name)), UNO_QUERY_THROW);
        const Reference<css::chart2::XChartDocument> document(supplier->getEmbeddedObject(),
                                                              UNO_QUERY_THROW);
        const Reference<css::chart::XChartDocument> old(document, UNO_QUERY_THROW);
        const Reference<css::beans::XPropertySet> properties(old, UNO_QUERY_THROW);
        Chart chart;
        bool titled = false;
        properties->getPropertyValue("HasMainTitle") >>= titled;
        if (titled) {
            rtl::OUString title;
            Reference<css::beans::XPropertySet>(old->getTitle(), UNO_QUERY_THROW)
                ->getPropertyValue("String") >>= title;
            chart.title = to_utf8(title);
        }
        properties->getPropertyValue("HasLegend") >>= chart.legend;
        const Reference<css::chart2::XCoordinateSystemContainer> systems(
            document->getFirstDiagram(), UNO_QUERY_THROW);
        const auto system = systems->getCoordinateSystems()[0];
        const auto scale = system->getAxisByDimension(0, 0)->getScaleData();
        if (scale.Categories.is())
            for (const Any& category : scale.Categories->getValues()->getData()) {
                rtl::OUString text;
                double number = 0;
                if (category >>= text)
                    chart.categories.push_back(to_utf8(text));
                else if (category >>= number)
                    chart.categories.push_back(std::to_string(number));
            }
        const Reference<css::chart2::XChartTypeContainer> types(system, UNO_QUERY_THROW);
        for (const auto& type : types->getChartTypes()) {
            const Reference<css::chart2::XDataSeriesContainer> container(type, UNO_QUERY_THROW);
            for (const auto& series : container->getDataSeries()) {
                const Reference<css::chart2::data::XDataSource> source(series, UNO_QUERY_THROW);
                for (const auto& sequence : source->getDataSequences()) {
                    std::vector<double> values;
                    for (const Any& value : sequence->getValues()->getData()) {
                        double number = 0;
                        value >>= number;
                        values.push_back(number);
                    }
                    chart.series.push_back(std::move(values));
                }
            }
        }
        return chart;
    });
}

std::string Document::cell_style(std::string_view sheet, std::string_view address) const {
    return guarded("cannot read the style of " + where(sheet, address), [&] {
        impl_->check_open();
        rtl::OUString style;
        Reference<css::beans::XPropertySet>(range_of(impl_->sheet(sheet), address), UNO_QUERY_THROW)
            ->getPropertyValue("CellStyle") >>= style;
        return to_utf8(style);
    });
}

bool Document::modified() const {
    return guarded("cannot read whether the document changed", [&] {
        impl_->check_open();
        return Reference<css::util::XModifiable>(impl_->document, UNO_QUERY_THROW)->isModified() ==
               sal_True;
    });
}

std::string CommandResult::status() const {
    return text("Status");
}

std::string CommandResult::message() const {
    return text("Message");
}

double CommandResult::number(const std::string& name) const {
    const auto found = values.find(name);
    if (found == values.end())
        return std::numeric_limits<double>::quiet_NaN();
    if (const auto* flag = std::get_if<bool>(&found->second))
        return *flag ? 1.0 : 0.0;
    if (const auto* number = std::get_if<double>(&found->second))
        return *number;
    return std::numeric_limits<double>::quiet_NaN();
}

std::string CommandResult::text(const std::string& name) const {
    const auto found = values.find(name);
    if (found == values.end())
        return {};
    if (const auto* text = std::get_if<std::string>(&found->second))
        return *text;
    return {};
}

void Document::recalculate() {
    guarded("cannot recalculate", [&] {
        impl_->check_open();
        Reference<css::sheet::XCalculatable>(impl_->document, UNO_QUERY_THROW)->calculateAll();
    });
}

void Document::store(const std::filesystem::path& file, FileFormat format) const {
    store(file, filter_name(format));
}

void Document::store(const std::filesystem::path& file, std::string_view filter) const {
    guarded("cannot store " + file.string() + " (filter " + std::string(filter) + ")", [&] {
        impl_->check_open();
        Sequence<css::beans::PropertyValue> arguments(2);
        arguments.getArray()[0] = property("FilterName", Any(to_ou(filter)));
        arguments.getArray()[1] = property("Overwrite", Any(true));
        spdlog::debug("office: storing {} with filter {}", file.string(), filter);
        Reference<css::frame::XStorable>(impl_->document, UNO_QUERY_THROW)
            ->storeToURL(detail::file_url(file), arguments);
    });
}

void Document::close() {
    if (!impl_ || !impl_->document.is())
        return;
    auto document = std::move(impl_->document);
    impl_->document.clear();
    if (!impl_->session || !impl_->session->alive)
        return; // the office went away with it
    guarded("cannot close the document", [&] {
        try {
            Reference<css::util::XCloseable>(document, UNO_QUERY_THROW)->close(true);
            spdlog::debug("office: closed a document");
        } catch (const css::lang::DisposedException&) {
            spdlog::debug("office: the office went away before its document was closed");
        }
    });
}

} // namespace allot::office
