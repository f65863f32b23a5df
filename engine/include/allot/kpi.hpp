// ALLOT.KPI (KPI分解): a driver tree where each inner node is the sum (+) or
// the product (*) of its children; the root's target flows down to every
// node (the README's "How each function decides").
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace allot {

// ALLOT.KPI's arguments in order: an error names one by its position.
enum class KpiArgument { target, ids, parents, operators, baselines, efforts, fixed };

// One entry per node in every vector (efforts and fixed may also be empty:
// all blank). Labels are compared with surrounding spaces removed; an empty
// optional is a blank cell.
struct KpiRequest {
    double target = 0.0; // the root's target
    std::vector<std::optional<std::string>> ids;
    std::vector<std::optional<std::string>> parents;   // blank: the root
    std::vector<std::optional<std::string>> operators; // "+", "*" (or "×"); blank on leaves
    // Leaves: blank is 0. Inner nodes: blank is computed from the children;
    // a given value must agree with them within 1e-9 (relative).
    std::vector<std::optional<double>> baselines;
    // How much of its parent's change a node takes, 0 or more. Siblings with
    // no effort at all use the default: in proportion to their baselines
    // under +, equal under *; once one sibling has an effort, blanks are 0.
    std::vector<std::optional<double>> efforts;
    // A non-blank cell holds the node at that value; its siblings make up
    // the difference, and its own children reach the held value.
    std::vector<std::optional<double>> fixed;
};

// Every node's target, aligned with the ids. Recomputing the tree bottom up
// from the result gives the root's target (within 1e-9 relative); with the
// target equal to the root's baseline and no holds, every node keeps its
// baseline. Runs in time linear in the number of nodes, without recursion.
// Throws allot::Error for bad trees and unreachable targets.
std::vector<double> kpi(const KpiRequest& request);

} // namespace allot
