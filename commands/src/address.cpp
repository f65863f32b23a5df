#include <allot/commands/address.hpp>

#include <stdexcept>

namespace allot::commands {

std::string cell_name(int column, int row) {
    if (column < 0 || row < 0)
        throw std::invalid_argument("negative cell position");
    std::string letters;
    for (int rest = column + 1; rest > 0; rest = (rest - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (rest - 1) % 26));
    return letters + std::to_string(row + 1);
}

std::string Area::range() const {
    const std::string first = cell_name(column, row);
    if (columns == 1 && rows == 1)
        return first;
    return first + ":" + cell_name(column + columns - 1, row + rows - 1);
}

std::string Area::cell(int index) const {
    return cell_name(column + index % columns, row + index / columns);
}

} // namespace allot::commands
