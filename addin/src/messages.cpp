#include "messages.hpp"

#include "function_table.hpp"

#include <boost/locale.hpp>

#include <algorithm>
#include <mutex>
#include <vector>

namespace allot::addin {
namespace {

constexpr const char* domain = "allot";

struct Catalogs {
    std::mutex mutex;
    std::string dir;
    bool generated = false;
    std::locale english;
    std::locale chinese;
};

Catalogs& catalogs() {
    static Catalogs instance;
    return instance;
}

// Generating a Boost.Locale locale reads the catalog from disk: do it once.
const std::locale& locale_for(Language language) {
    Catalogs& c = catalogs();
    std::lock_guard lock(c.mutex);
    if (!c.generated) {
        boost::locale::generator generator;
        if (!c.dir.empty())
            generator.add_messages_path(c.dir);
        generator.add_messages_domain(domain);
        // en_US has no catalog: the msgids are the English texts.
        c.english = generator("en_US.UTF-8");
        c.chinese = generator("zh_CN.UTF-8");
        c.generated = true;
    }
    return language == Language::Chinese ? c.chinese : c.english;
}

// Whether an engine's name for an argument, which may use spaces and the
// plural ("deal size", "period targets", "actuals"), is the table's name
// (deal_size, period_targets, actual).
bool loosely_names(std::string_view text, std::string_view name) {
    if (text.size() == name.size() + 1 && text.back() == 's')
        text.remove_suffix(1);
    return std::equal(text.begin(), text.end(), name.begin(), name.end(),
                      [](char t, char n) { return (t == ' ' ? '_' : t) == n; });
}

// Messages name arguments by their English names ("weights"); in Chinese the
// name the Function Wizard shows (权重) reads better.
std::string argument_name_in(const std::string& text, Language language,
                             const FunctionInfo* failed) {
    if (language == Language::English)
        return text;
    if (failed)
        for (const ArgumentInfo& argument : failed->arguments)
            if (loosely_names(text, argument.name.en))
                return std::string(argument.name.zh);
    for (const FunctionInfo& function : function_table())
        for (const ArgumentInfo& argument : function.arguments)
            if (argument.name.en == text)
                return std::string(argument.name.zh);
    for (const FunctionInfo& function : function_table())
        for (const ArgumentInfo& argument : function.arguments)
            if (loosely_names(text, argument.name.en))
                return std::string(argument.name.zh);
    return text;
}

} // namespace

void set_catalog_dir(const std::string& dir) {
    Catalogs& c = catalogs();
    std::lock_guard lock(c.mutex);
    if (!c.generated)
        c.dir = dir;
}

std::string explain(const Error& error, Language language, const FunctionInfo* function) {
    boost::locale::format message(
        boost::locale::translate(std::string(message_template(error.problem()))));
    // boost::locale::format keeps references to its arguments until str().
    std::vector<std::string> arguments;
    arguments.reserve(error.args().size());
    for (const std::string& argument : error.args())
        arguments.push_back(argument_name_in(argument, language, function));
    for (const std::string& argument : arguments)
        message % argument;
    return message.str(locale_for(language));
}

std::string no_error(Language language) {
    return translate("OK", language);
}

std::string translate(std::string_view english, Language language) {
    return boost::locale::translate(std::string(english)).str(locale_for(language));
}

} // namespace allot::addin
