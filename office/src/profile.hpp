// The files of a private office: a temporary directory and the profile's
// registrymodifications.xcu.
#pragma once

#include <allot/office/office.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace allot::office::detail {

// A new, empty, private directory under the system's temporary directory,
// named <prefix><pid>-XXXXXX.
std::filesystem::path make_temporary_directory(const std::string& prefix);

// Removes the <prefix><pid>-* directories of processes that no longer exist
// (killed before they could clean up), except those marked as kept.
void remove_stale_directories(const std::string& prefix) noexcept;

// Marks a temporary directory as kept on purpose.
void mark_kept(const std::filesystem::path& directory);

// Writes `settings` as <profile>/user/registrymodifications.xcu. Only for a
// profile the office has not created yet (the office rewrites the file).
void write_settings(const std::filesystem::path& profile, const std::vector<Setting>& settings);

// The settings that make a fresh profile quiet and give it a UI language.
std::vector<Setting> profile_settings(const Options& options);

// Removes a directory tree, logging instead of throwing.
void remove_tree(const std::filesystem::path& directory) noexcept;

} // namespace allot::office::detail
