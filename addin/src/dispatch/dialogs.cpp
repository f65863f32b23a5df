#include "dialogs.hpp"

#include <allot/commands/numbers.hpp>

#include <com/sun/star/awt/DialogProvider2.hpp>
#include <com/sun/star/awt/MessageBoxButtons.hpp>
#include <com/sun/star/awt/MessageBoxResults.hpp>
#include <com/sun/star/awt/Toolkit.hpp>
#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XFixedText.hpp>
#include <com/sun/star/awt/XMessageBox.hpp>
#include <com/sun/star/awt/XMessageBoxFactory.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XRadioButton.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/awt/XWindowPeer.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/deployment/PackageInformationProvider.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/ui/dialogs/ExtendedFilePickerElementIds.hpp>
#include <com/sun/star/ui/dialogs/FilePicker.hpp>
#include <com/sun/star/ui/dialogs/TemplateDescription.hpp>
#include <com/sun/star/ui/dialogs/XFilePickerControlAccess.hpp>
#include <com/sun/star/ui/dialogs/XFilterManager.hpp>

#include <charconv>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using commands::say;

constexpr char extension_id[] = "org.allot.extension";

std::string shortest(double value) {
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, error == std::errc() ? end : buffer);
}

} // namespace

uno::Reference<css::awt::XDialog>
load_dialog(const Invocation& call, const char* name,
            const uno::Reference<css::awt::XDialogEventHandler>& handler) {
    const auto& context = call.workbook.context();
    const auto packages = css::deployment::PackageInformationProvider::get(context);
    const rtl::OUString url = packages->getPackageLocation(extension_id) + "/dialogs/" +
                              rtl::OUString::createFromAscii(name) + ".xdl";
    const auto provider = css::awt::DialogProvider2::create(context);
    return handler.is() ? provider->createDialogWithHandler(url, handler)
                        : provider->createDialog(url);
}

uno::Reference<css::awt::XControl> control(const uno::Reference<css::awt::XDialog>& dialog,
                                           const char* name) {
    uno::Reference<css::awt::XControlContainer> container(dialog, uno::UNO_QUERY_THROW);
    auto found = container->getControl(rtl::OUString::createFromAscii(name));
    if (!found.is())
        throw std::runtime_error(std::string("the dialog lacks its control ") + name);
    return found;
}

void set_label(const uno::Reference<css::awt::XDialog>& dialog, const char* name,
               const std::string& text) {
    uno::Reference<css::awt::XFixedText>(control(dialog, name), uno::UNO_QUERY_THROW)
        ->setText(ustring(text));
}

std::string text_of(const uno::Reference<css::awt::XDialog>& dialog, const char* name) {
    return utf8(
        uno::Reference<css::awt::XTextComponent>(control(dialog, name), uno::UNO_QUERY_THROW)
            ->getText());
}

void enable(const uno::Reference<css::awt::XDialog>& dialog, const char* name, bool enabled) {
    uno::Reference<css::beans::XPropertySet>(control(dialog, name)->getModel(),
                                             uno::UNO_QUERY_THROW)
        ->setPropertyValue("Enabled", uno::Any(enabled));
}

void dispose(const uno::Reference<css::awt::XDialog>& dialog) {
    uno::Reference<css::lang::XComponent>(dialog, uno::UNO_QUERY_THROW)->dispose();
}

void set_text(const uno::Reference<css::awt::XDialog>& dialog, const char* name,
              const std::string& text) {
    uno::Reference<css::awt::XTextComponent>(control(dialog, name), uno::UNO_QUERY_THROW)
        ->setText(ustring(text));
}

std::optional<RedistributeChoices> ask_redistribute(const Invocation& call,
                                                    const RedistributeFacts& facts) {
    const auto dialog = load_dialog(call, "Redistribute");
    set_label(dialog, "Selection",
              say("{1} · {2} cells · {3} held", call.language,
                  {facts.range, std::to_string(facts.cells), std::to_string(facts.held)}));
    const bool plan = !facts.total_cell.empty();
    if (plan) {
        set_label(dialog, "CurrentLabel", say("Plan total:", call.language));
        set_label(dialog, "Current",
                  facts.total_cell + " = " + commands::amount(facts.current_total, facts.unit));
        // A plan spreads its total itself: only the total is asked for.
        for (const char* name :
             {"SpreadBox", "Proportional", "Equal", "ByRange", "BasisRange", "Unit", "UnitLabel",
              "UnitHint", "Closed", "ClosedLabel", "ClosedHint", "Rows"})
            enable(dialog, name, false);
    } else {
        set_label(dialog, "Current", commands::amount(facts.current_total, facts.unit));
    }
    uno::Reference<css::awt::XTextComponent>(control(dialog, "Unit"), uno::UNO_QUERY_THROW)
        ->setText(ustring(shortest(facts.unit)));

    const bool confirmed = dialog->execute() == 1;
    std::optional<RedistributeChoices> choices;
    if (confirmed) {
        RedistributeChoices chosen;
        chosen.total = text_of(dialog, "Total");
        if (uno::Reference<css::awt::XRadioButton>(control(dialog, "Equal"), uno::UNO_QUERY_THROW)
                ->getState())
            chosen.basis = commands::Basis::Equal;
        else if (uno::Reference<css::awt::XRadioButton>(control(dialog, "ByRange"),
                                                        uno::UNO_QUERY_THROW)
                     ->getState())
            chosen.basis = commands::Basis::Range;
        chosen.basis_range = text_of(dialog, "BasisRange");
        std::string unit = text_of(dialog, "Unit");
        std::erase(unit, ',');
        const auto [end, error] =
            std::from_chars(unit.data(), unit.data() + unit.size(), chosen.unit);
        if (error != std::errc() || end != unit.data() + unit.size()) {
            dispose(dialog);
            throw commands::Refusal(commands::Reason::NegativeUnit, {unit});
        }
        chosen.closed_periods = static_cast<int>(
            uno::Reference<css::awt::XNumericField>(control(dialog, "Closed"), uno::UNO_QUERY_THROW)
                ->getValue());
        chosen.periods_in_rows =
            uno::Reference<css::awt::XCheckBox>(control(dialog, "Rows"), uno::UNO_QUERY_THROW)
                ->getState() == 1;
        choices = chosen;
    }
    dispose(dialog);
    return choices;
}

void tell(const Invocation& call, const std::string& title, const std::string& message,
          bool error) {
    const auto toolkit = css::awt::Toolkit::create(call.workbook.context());
    uno::Reference<css::awt::XMessageBoxFactory> factory(toolkit, uno::UNO_QUERY_THROW);
    uno::Reference<css::awt::XWindowPeer> parent(call.workbook.frame()->getContainerWindow(),
                                                 uno::UNO_QUERY_THROW);
    const auto box = factory->createMessageBox(
        parent, error ? css::awt::MessageBoxType_ERRORBOX : css::awt::MessageBoxType_INFOBOX,
        css::awt::MessageBoxButtons::BUTTONS_OK, ustring(title), ustring(message));
    box->execute();
    uno::Reference<css::lang::XComponent>(box, uno::UNO_QUERY_THROW)->dispose();
}

bool ask(const Invocation& call, const std::string& title, const std::string& question) {
    const auto toolkit = css::awt::Toolkit::create(call.workbook.context());
    uno::Reference<css::awt::XMessageBoxFactory> factory(toolkit, uno::UNO_QUERY_THROW);
    uno::Reference<css::awt::XWindowPeer> parent(call.workbook.frame()->getContainerWindow(),
                                                 uno::UNO_QUERY_THROW);
    const auto box = factory->createMessageBox(parent, css::awt::MessageBoxType_QUERYBOX,
                                               css::awt::MessageBoxButtons::BUTTONS_YES_NO |
                                                   css::awt::MessageBoxButtons::DEFAULT_BUTTON_NO,
                                               ustring(title), ustring(question));
    const bool yes = box->execute() == css::awt::MessageBoxResults::YES;
    uno::Reference<css::lang::XComponent>(box, uno::UNO_QUERY_THROW)->dispose();
    return yes;
}

std::optional<std::string> ask_save_url(const Invocation& call, const std::string& suggested_name) {
    namespace dialogs = css::ui::dialogs;
    const auto picker = dialogs::FilePicker::createWithMode(
        call.workbook.context(), dialogs::TemplateDescription::FILESAVE_AUTOEXTENSION);
    uno::Reference<dialogs::XFilterManager> filters(picker, uno::UNO_QUERY_THROW);
    const auto excel = ustring(say("Excel 2007–365 workbook", call.language));
    filters->appendFilter(excel, "*.xlsx");
    filters->setCurrentFilter(excel);
    picker->setTitle(ustring(say("Freeze for Excel", call.language)));
    picker->setDefaultName(ustring(suggested_name));
    uno::Reference<dialogs::XFilePickerControlAccess> controls(picker, uno::UNO_QUERY);
    if (controls.is()) {
        try {
            controls->setValue(dialogs::ExtendedFilePickerElementIds::CHECKBOX_AUTOEXTENSION, 0,
                               uno::Any(true));
        } catch (const uno::Exception&) {
        }
    }
    if (picker->execute() != dialogs::ExecutableDialogResults::OK)
        return std::nullopt;
    const auto files = picker->getSelectedFiles();
    if (files.getLength() == 0)
        return std::nullopt;
    return utf8(files[0]);
}

} // namespace allot::addin
