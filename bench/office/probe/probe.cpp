// The floor of a Calc array add-in, for allot-calc-bench only (its own .oxt,
// built for the benchmark and installed only into the benchmark's private
// office; users never see it). PROBE.ECHO takes the arguments ALLOT.SPLIT
// takes, typed the same, and returns the weights as numbers in their shape,
// doing only what any such function must: read every cell's `any` and build
// the result grid, the way ALLOT's grid_of builds it (rows of one value share
// a sequence). Whatever ALLOT.SPLIT takes beyond it is Allot's own cost.
// PROBE.ECHONUMBERS is the same with the weights typed as doubles.
// PROBE.RECEIVE takes the same and returns only the count of weights: what
// Calc costs to hand the range over, without taking a large result back.
#include <allotbench/XProbe.hpp>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/Locale.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/lang/XServiceName.hpp>
#include <com/sun/star/sheet/XAddIn.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <cppuhelper/implbase4.hxx>

#include <bit>
#include <cstdint>
#include <vector>

namespace {

namespace uno = css::uno;
using rtl::OUString;
using AnyGrid = uno::Sequence<uno::Sequence<uno::Any>>;
using DoubleGrid = uno::Sequence<uno::Sequence<double>>;

constexpr char service[] = "allotbench.Probe";

// The result grid as ALLOT builds it (addin/src/arguments.cpp, grid_of): in
// a column, rows of the same value share one reference-counted sequence.
DoubleGrid grid_of(sal_Int32 rows, sal_Int32 columns, const std::vector<double>& values) {
    DoubleGrid grid(rows);
    auto* row = grid.getArray();
    const double* next = values.data();
    if (columns != 1) {
        for (sal_Int32 r = 0; r < rows; ++r, next += columns)
            row[r] = uno::Sequence<double>(next, columns);
        return grid;
    }
    constexpr int slot_bits = 12;
    std::vector<const uno::Sequence<double>*> made(std::size_t{1} << slot_bits, nullptr);
    for (sal_Int32 r = 0; r < rows; ++r) {
        const auto bits = std::bit_cast<std::uint64_t>(next[r]);
        const auto slot =
            static_cast<std::size_t>((bits * 0x9E3779B97F4A7C15u) >> (64 - slot_bits));
        const uno::Sequence<double>* same = made[slot];
        if (same && std::bit_cast<std::uint64_t>((*same)[0]) == bits) {
            row[r] = *same;
        } else {
            row[r] = uno::Sequence<double>(next + r, 1);
            made[slot] = &row[r];
        }
    }
    return grid;
}

class Probe : public cppu::WeakImplHelper4<allotbench::XProbe, css::sheet::XAddIn,
                                           css::lang::XServiceName, css::lang::XServiceInfo> {
public:
    DoubleGrid SAL_CALL echo(const AnyGrid&, const AnyGrid& weights, const uno::Any&,
                             const uno::Any&, const uno::Any&, const uno::Any&) override {
        const sal_Int32 columns = weights.hasElements() ? weights[0].getLength() : 0;
        std::vector<double> values;
        values.reserve(static_cast<std::size_t>(weights.getLength()) *
                       static_cast<std::size_t>(columns));
        for (const uno::Sequence<uno::Any>& row : weights)
            for (const uno::Any& cell : row) {
                double value = 0.0;
                cell >>= value; // a blank (empty string) stays 0
                values.push_back(value);
            }
        return grid_of(weights.getLength(), columns, values);
    }

    DoubleGrid SAL_CALL echonumbers(const AnyGrid&, const DoubleGrid& weights, const uno::Any&,
                                    const uno::Any&, const uno::Any&, const uno::Any&) override {
        const sal_Int32 columns = weights.hasElements() ? weights[0].getLength() : 0;
        std::vector<double> values;
        values.reserve(static_cast<std::size_t>(weights.getLength()) *
                       static_cast<std::size_t>(columns));
        for (const uno::Sequence<double>& row : weights)
            values.insert(values.end(), row.begin(), row.end());
        return grid_of(weights.getLength(), columns, values);
    }

    DoubleGrid SAL_CALL receive(const AnyGrid&, const AnyGrid& weights, const uno::Any&,
                                const uno::Any&, const uno::Any&, const uno::Any&) override {
        double count = 0;
        for (const uno::Sequence<uno::Any>& row : weights)
            count += row.getLength();
        uno::Sequence<double> value(&count, 1);
        return DoubleGrid(&value, 1);
    }

    // XAddIn: PROBE.ECHO and PROBE.RECEIVE.
    OUString SAL_CALL getProgrammaticFuntionName(const OUString& name) override {
        if (name.equalsIgnoreAsciiCase("PROBE.ECHO"))
            return "echo";
        if (name.equalsIgnoreAsciiCase("PROBE.ECHONUMBERS"))
            return "echonumbers";
        if (name.equalsIgnoreAsciiCase("PROBE.RECEIVE"))
            return "receive";
        return OUString();
    }
    OUString SAL_CALL getDisplayFunctionName(const OUString& name) override {
        if (name == "echo")
            return "PROBE.ECHO";
        if (name == "echonumbers")
            return "PROBE.ECHONUMBERS";
        if (name == "receive")
            return "PROBE.RECEIVE";
        return OUString();
    }
    OUString SAL_CALL getFunctionDescription(const OUString&) override {
        return "Benchmark probe.";
    }
    OUString SAL_CALL getDisplayArgumentName(const OUString&, sal_Int32 argument) override {
        static const char* const names[] = {"total",    "weights",  "unit",
                                            "minimums", "maximums", "fixed"};
        return argument >= 0 && argument < 6 ? OUString::createFromAscii(names[argument])
                                             : OUString();
    }
    OUString SAL_CALL getArgumentDescription(const OUString&, sal_Int32) override {
        return OUString();
    }
    OUString SAL_CALL getProgrammaticCategoryName(const OUString&) override { return "Add-In"; }
    OUString SAL_CALL getDisplayCategoryName(const OUString&) override { return "Add-In"; }
    void SAL_CALL setLocale(const css::lang::Locale& locale) override { locale_ = locale; }
    css::lang::Locale SAL_CALL getLocale() override { return locale_; }

    // XServiceName, XServiceInfo
    OUString SAL_CALL getServiceName() override { return service; }
    OUString SAL_CALL getImplementationName() override { return service; }
    sal_Bool SAL_CALL supportsService(const OUString& name) override {
        return name == "com.sun.star.sheet.AddIn" || name == service;
    }
    uno::Sequence<OUString> SAL_CALL getSupportedServiceNames() override {
        uno::Sequence<OUString> names(2);
        names.getArray()[0] = "com.sun.star.sheet.AddIn";
        names.getArray()[1] = service;
        return names;
    }

private:
    css::lang::Locale locale_;
};

} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT css::uno::XInterface*
allotbench_Probe_get_implementation(css::uno::XComponentContext*,
                                    const css::uno::Sequence<css::uno::Any>&) {
    try {
        auto* probe = new Probe();
        probe->acquire();
        return static_cast<cppu::OWeakObject*>(probe);
    } catch (...) {
        return nullptr;
    }
}
