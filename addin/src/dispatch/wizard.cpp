// The Decompose wizard: Decompose.xdl's three steps (the dialog model's
// Step), Back and Next handled here, the preview refreshed on entering the
// last step and when the method to compare with changes.
#include "dialogs.hpp"

#include <allot/commands/plan.hpp>

#include <com/sun/star/awt/XCheckBox.hpp>
#include <com/sun/star/awt/XListBox.hpp>
#include <com/sun/star/awt/XRadioButton.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <array>
#include <charconv>

namespace allot::addin {
namespace {

namespace uno = css::uno;
using commands::Method;

constexpr std::array all_methods{Method::Proportional, Method::Equal,  Method::Capability,
                                 Method::Seasonal,     Method::Grid,   Method::Tree,
                                 Method::Kpi,          Method::Funnel, Method::Okr};
constexpr int steps = 3;

int step_of(const uno::Reference<css::awt::XDialog>& dialog) {
    sal_Int32 step = 1;
    uno::Reference<css::beans::XPropertySet>(
        uno::Reference<css::awt::XControl>(dialog, uno::UNO_QUERY_THROW)->getModel(),
        uno::UNO_QUERY_THROW)
        ->getPropertyValue("Step") >>= step;
    return step;
}

uno::Reference<css::awt::XListBox> list(const uno::Reference<css::awt::XDialog>& dialog,
                                        const char* name) {
    return uno::Reference<css::awt::XListBox>(control(dialog, name), uno::UNO_QUERY_THROW);
}

bool checked(const uno::Reference<css::awt::XDialog>& dialog, const char* name) {
    uno::Reference<css::awt::XRadioButton> radio(control(dialog, name), uno::UNO_QUERY);
    if (radio.is())
        return radio->getState();
    return uno::Reference<css::awt::XCheckBox>(control(dialog, name), uno::UNO_QUERY_THROW)
               ->getState() == 1;
}

// What the fields say, as a macro's named arguments.
Arguments arguments_of(const uno::Reference<css::awt::XDialog>& dialog) {
    Arguments arguments;
    const auto text = [&](const char* field, const char* name) {
        const std::string value = text_of(dialog, field);
        if (value.find_first_not_of(' ') != std::string::npos)
            arguments[name] = uno::Any(ustring(value));
    };
    text("Name", "Name");
    text("Total", "Total");
    text("InputRange", "InputRange");
    text("Labels", "Labels");
    text("Actuals", "Actuals");
    text("Factors", "Factors");
    text("FactorWeights", "FactorWeights");
    text("History", "History");
    text("DealSize", "DealSize");
    text("People", "People");
    text("Periods", "Periods");
    text("Minimum", "Minimum");
    text("Maximum", "Maximum");
    std::string unit = text_of(dialog, "Unit");
    std::erase(unit, ',');
    arguments["Unit"] = uno::Any(ustring(unit));
    const auto method = list(dialog, "Method")->getSelectedItemPos();
    if (method >= 0 && method < static_cast<sal_Int16>(all_methods.size()))
        arguments["Method"] =
            uno::Any(ustring(commands::method_name(all_methods[static_cast<std::size_t>(method)])));
    const auto other = list(dialog, "Compare")->getSelectedItemPos();
    if (other >= 0 && other < static_cast<sal_Int16>(all_methods.size()))
        arguments["Compare"] =
            uno::Any(ustring(commands::method_name(all_methods[static_cast<std::size_t>(other)])));
    arguments["Levels"] = uno::Any(checked(dialog, "Levels"));
    if (checked(dialog, "AtCell"))
        text("Output", "Output");
    return arguments;
}

class WizardEvents : public cppu::WeakImplHelper1<css::awt::XDialogEventHandler> {
public:
    WizardEvents(const Invocation& call, std::function<std::string(const Arguments&)> preview)
        : call_(call), preview_(std::move(preview)) {}

    sal_Bool SAL_CALL callHandlerMethod(const uno::Reference<css::awt::XDialog>& dialog,
                                        const uno::Any&, const rtl::OUString& method) override {
        try {
            if (method == "next" || method == "back") {
                show(dialog, step_of(dialog) + (method == "next" ? 1 : -1));
                return true;
            }
            if (method == "preview") {
                refresh(dialog);
                return true;
            }
        } catch (const std::exception&) {
            // A dialog event must not throw into the office; the preview shows problems.
        } catch (const uno::Exception&) {
        }
        return false;
    }

    uno::Sequence<rtl::OUString> SAL_CALL getSupportedMethodNames() override {
        uno::Sequence<rtl::OUString> names(3);
        names.getArray()[0] = "next";
        names.getArray()[1] = "back";
        names.getArray()[2] = "preview";
        return names;
    }

    void show(const uno::Reference<css::awt::XDialog>& dialog, int step) {
        step = std::clamp(step, 1, steps);
        uno::Reference<css::beans::XPropertySet>(
            uno::Reference<css::awt::XControl>(dialog, uno::UNO_QUERY_THROW)->getModel(),
            uno::UNO_QUERY_THROW)
            ->setPropertyValue("Step", uno::Any(static_cast<sal_Int32>(step)));
        static constexpr const char* titles[] = {
            "Step 1 of 3 · The target and the method",
            "Step 2 of 3 · The rows and what the method needs",
            "Step 3 of 3 · Preview two methods side by side, then write"};
        set_label(dialog, "StepTitle", commands::say(titles[step - 1], call_.language));
        enable(dialog, "Back", step > 1);
        enable(dialog, "Next", step < steps);
        if (step == steps)
            refresh(dialog);
    }

    void refresh(const uno::Reference<css::awt::XDialog>& dialog) {
        set_text(dialog, "Preview", preview_(arguments_of(dialog)));
    }

private:
    const Invocation& call_;
    std::function<std::string(const Arguments&)> preview_;
};

} // namespace

std::optional<Arguments>
ask_decompose(const Invocation& call, const std::string& input,
              const std::function<std::string(const Arguments&)>& preview) {
    const rtl::Reference<WizardEvents> events(new WizardEvents(call, preview));
    const auto dialog = load_dialog(call, "Decompose", events.get());
    for (const char* name : {"Method", "Compare"}) {
        const auto box = list(dialog, name);
        uno::Sequence<rtl::OUString> items(static_cast<sal_Int32>(all_methods.size()));
        for (std::size_t i = 0; i < all_methods.size(); ++i)
            items.getArray()[i] =
                ustring(commands::say(commands::method_title(all_methods[i]), call.language));
        box->addItems(items, 0);
    }
    list(dialog, "Method")->selectItemPos(0, true);
    list(dialog, "Compare")->selectItemPos(1, true);
    set_text(dialog, "InputRange", input);
    events->show(dialog, 1);
    const bool confirmed = dialog->execute() == 1;
    std::optional<Arguments> arguments;
    if (confirmed)
        arguments = arguments_of(dialog);
    dispose(dialog);
    return arguments;
}

} // namespace allot::addin
