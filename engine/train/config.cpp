#include "train/config.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

#include "core/error.h"

namespace lethe {

nlohmann::json TrainConfig::to_json() const {
    return {{"arch", arch},
            {"shards", shards},
            {"slices", slices},
            {"epochs", epochs},
            {"batch_size", batch_size},
            {"lr", lr},
            {"momentum", momentum},
            {"weight_decay", weight_decay},
            {"hidden", hidden},
            {"seed", seed},
            {"shard_policy", shard_policy},
            {"aggregation", aggregation},
            {"device", device},
            {"record_updates", record_updates}};
}

TrainConfig TrainConfig::from_json(const nlohmann::json &j) {
    TrainConfig c;
    c.arch = j.value("arch", c.arch);
    c.shards = j.value("shards", c.shards);
    c.slices = j.value("slices", c.slices);
    c.epochs = j.value("epochs", c.epochs);
    c.batch_size = j.value("batch_size", c.batch_size);
    c.lr = j.value("lr", c.lr);
    c.momentum = j.value("momentum", c.momentum);
    c.weight_decay = j.value("weight_decay", c.weight_decay);
    c.hidden = j.value("hidden", c.hidden);
    c.seed = j.value("seed", c.seed);
    c.shard_policy = j.value("shard_policy", c.shard_policy);
    c.aggregation = j.value("aggregation", c.aggregation);
    c.device = j.value("device", c.device);
    c.record_updates = j.value("record_updates", c.record_updates);
    return c;
}

void TrainConfig::validate() const {
    if (shards < 1 || shards > 1000) usage_error("--shards must be in 1..1000");
    if (slices < 1 || slices > 100) usage_error("--slices must be in 1..100");
    if (!(epochs > 0) || epochs > 1000) usage_error("--epochs must be in (0, 1000]");
    if (batch_size < 1) usage_error("batch size must be positive");
    if (!(lr > 0)) usage_error("learning rate must be positive");
    if (shard_policy != "subject" && shard_policy != "random") usage_error("shard policy must be subject or random");
    if (aggregation != "mean" && aggregation != "vote") usage_error("aggregation must be mean or vote");
}

uint64_t mix_seed(uint64_t a, uint64_t b, uint64_t c) {
    uint64_t z = a * 0x9e3779b97f4a7c15ULL ^ (b + 0x632be59bd9b4e019ULL) * 0xbf58476d1ce4e5b9ULL ^
                 (c + 0x85ebca6b) * 0x94d049bb133111ebULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::vector<int64_t> stage_records(const std::vector<Placement> &placements, int shard, int stage) {
    std::vector<int64_t> ids;
    for (const auto &p : placements)
        if (p.shard == shard && p.slice <= stage) ids.push_back(p.record_id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

namespace {
// Greedy balance: units, largest first (ties by first record id), each to the
// bin with the fewest records so far (ties to the lowest index).
std::vector<int> greedy_bins(const std::vector<int64_t> &sizes, int bins) {
    std::vector<size_t> order(sizes.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
    std::vector<int64_t> fill(size_t(bins), 0);
    std::vector<int> out(sizes.size(), 0);
    for (size_t u : order) {
        const int b = int(std::min_element(fill.begin(), fill.end()) - fill.begin());
        out[u] = b;
        fill[size_t(b)] += sizes[u];
    }
    return out;
}
} // namespace

std::vector<Placement> plan_placements(const std::vector<RecordOwner> &records, int shards, int slices,
                                       const std::string &policy, uint64_t seed) {
    std::vector<Placement> out;
    out.reserve(records.size());
    if (policy == "random") {
        std::vector<int64_t> ids;
        for (const auto &r : records) ids.push_back(r.record_id);
        std::sort(ids.begin(), ids.end());
        std::mt19937_64 rng(mix_seed(seed, 0x5155));
        std::shuffle(ids.begin(), ids.end(), rng);
        const size_t n = ids.size();
        for (int s = 0; s < shards; ++s) {
            const size_t b = n * size_t(s) / size_t(shards), e = n * size_t(s + 1) / size_t(shards);
            for (size_t i = b; i < e; ++i) {
                const int slice = int((i - b) * size_t(slices) / std::max<size_t>(1, e - b));
                out.push_back({ids[i], s, slice});
            }
        }
        return out;
    }
    if (policy != "subject") usage_error("unknown shard policy '" + policy + "'");
    // Units: one per subject, one per subject-less record, in first-id order.
    std::map<int64_t, size_t> unit_of_subject;
    std::vector<std::vector<int64_t>> units;
    std::vector<RecordOwner> sorted = records;
    std::sort(sorted.begin(), sorted.end(), [](auto &a, auto &b) { return a.record_id < b.record_id; });
    for (const auto &r : sorted) {
        if (r.subject_id) {
            auto [it, fresh] = unit_of_subject.emplace(*r.subject_id, units.size());
            if (fresh) units.emplace_back();
            units[it->second].push_back(r.record_id);
        } else {
            units.push_back({r.record_id});
        }
    }
    std::vector<int64_t> sizes;
    for (const auto &u : units) sizes.push_back(int64_t(u.size()));
    const auto shard_of = greedy_bins(sizes, shards);
    for (int s = 0; s < shards; ++s) {
        std::vector<size_t> members;
        std::vector<int64_t> msizes;
        for (size_t u = 0; u < units.size(); ++u)
            if (shard_of[u] == s) {
                members.push_back(u);
                msizes.push_back(sizes[u]);
            }
        const auto slice_of = greedy_bins(msizes, slices);
        for (size_t m = 0; m < members.size(); ++m)
            for (auto id : units[members[m]]) out.push_back({id, s, slice_of[m]});
    }
    return out;
}

} // namespace lethe
