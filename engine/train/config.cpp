#include "train/config.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "core/error.h"

namespace lethe {

nlohmann::json TrainConfig::to_json() const {
    nlohmann::json j = {{"arch", arch},
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
    // Written only where they differ from Lethe's own training, so configs
    // stored before owner recipes compare equal to today's.
    if (optimizer != "sgd") j["optimizer"] = optimizer;
    if (lr_schedule != "constant") {
        j["lr_schedule"] = lr_schedule;
        if (lr_schedule == "step") {
            j["lr_step_epochs"] = lr_step_epochs;
            j["lr_gamma"] = lr_gamma;
        }
    }
    if (!recipe_sha256.empty()) j["recipe_sha256"] = recipe_sha256;
    return j;
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
    c.optimizer = j.value("optimizer", c.optimizer);
    c.lr_schedule = j.value("lr_schedule", c.lr_schedule);
    c.lr_step_epochs = j.value("lr_step_epochs", c.lr_step_epochs);
    c.lr_gamma = j.value("lr_gamma", c.lr_gamma);
    c.recipe_sha256 = j.value("recipe_sha256", c.recipe_sha256);
    return c;
}

double TrainConfig::lr_at(int64_t step, int64_t steps, double epochs_per_step) const {
    if (lr_schedule == "cosine" && steps > 1)
        return lr * 0.5 * (1.0 + std::cos(3.14159265358979323846 * double(step) / double(steps)));
    if (lr_schedule == "step" && lr_step_epochs > 0)
        return lr * std::pow(lr_gamma, std::floor(double(step) * epochs_per_step / lr_step_epochs + 1e-9));
    return lr;
}

namespace {
double number_in(const nlohmann::json &r, const char *key, double lo, double hi, bool lo_open, const std::string &where,
                 const std::string &shown = {}) {
    const std::string name = shown.empty() ? key : shown;
    const auto &v = r.at(key);
    if (!v.is_number()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: '%2' must be a number"), where, name));
    const double x = v.get<double>();
    if (!std::isfinite(x) || x > hi || x < lo || (lo_open && x == lo)) {
        const std::string low = nlohmann::json(lo).dump(), high = nlohmann::json(hi).dump();
        if (lo_open)
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: '%2' is %3, outside (%4, %5]"), where, name, v.dump(), low, high));
        bad_input(
            msg(QT_TRANSLATE_NOOP("Engine", "%1: '%2' is %3, outside [%4, %5]"), where, name, v.dump(), low, high));
    }
    return x;
}
} // namespace

TrainConfig apply_recipe(TrainConfig c, const nlohmann::json &r, const std::string &where) {
    if (!r.is_object()) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: a recipe is one JSON object"), where));
    static const std::set<std::string> known = {"optimizer",    "lr",         "lr_schedule", "momentum",
                                                "weight_decay", "batch_size", "epochs",      "seed"};
    for (const auto &[k, v] : r.items())
        if (!known.count(k))
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: unknown key '%2' (a recipe has optimizer, lr, lr_schedule, "
                                                      "momentum, weight_decay, batch_size, epochs and seed)"),
                          where, k));
    std::string missing;
    for (const char *k : {"optimizer", "lr", "epochs", "batch_size"})
        if (!r.contains(k)) missing += (missing.empty() ? "'" : ", '") + std::string(k) + "'";
    if (!missing.empty())
        bad_input(msg(QT_TRANSLATE_NOOP(
                          "Engine", "%1: the recipe lacks %2 (a recipe needs optimizer, lr, epochs and batch_size)"),
                      where, missing));
    const auto &opt = r["optimizer"];
    if (!opt.is_string() || (opt != "sgd" && opt != "adam" && opt != "adamw"))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: 'optimizer' must be \"sgd\", \"adam\" or \"adamw\", not %2"),
                      where, opt.dump()));
    c.optimizer = opt.get<std::string>();
    c.lr = number_in(r, "lr", 0, 10, true, where);
    c.epochs = number_in(r, "epochs", 0, 1000, true, where);
    const double bs = number_in(r, "batch_size", 1, 1 << 20, false, where);
    if (bs != std::floor(bs))
        bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: 'batch_size' must be a whole number"), where));
    c.batch_size = int(bs);
    // PyTorch's defaults where the owner set nothing.
    c.momentum = r.contains("momentum") ? number_in(r, "momentum", 0, 1, false, where) : 0.0;
    if (c.momentum >= 1) bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: 'momentum' must be below 1"), where));
    c.weight_decay = r.contains("weight_decay") ? number_in(r, "weight_decay", 0, 1, false, where)
                     : c.optimizer == "adamw"   ? 0.01
                                                : 0.0;
    if (r.contains("seed")) {
        const auto &v = r["seed"];
        if (!v.is_number_unsigned())
            bad_input(
                msg(QT_TRANSLATE_NOOP("Engine", "%1: 'seed' must be a whole number from 0, not %2"), where, v.dump()));
        c.seed = v.get<uint64_t>();
    }
    c.lr_schedule = "constant";
    if (r.contains("lr_schedule")) {
        const auto &s = r["lr_schedule"];
        if (s == "constant" || s == "cosine") {
            c.lr_schedule = s.get<std::string>();
        } else if (s.is_object() && s.contains("step")) {
            for (const auto &[k, v] : s.items())
                if (k != "step" && k != "gamma")
                    bad_input(
                        msg(QT_TRANSLATE_NOOP(
                                "Engine", "%1: unknown key '%2' in 'lr_schedule' (a step schedule has step and gamma)"),
                            where, k));
            c.lr_schedule = "step";
            c.lr_step_epochs = number_in(s, "step", 0, 1000, true, where, "lr_schedule.step");
            c.lr_gamma = s.contains("gamma") ? number_in(s, "gamma", 0, 1, true, where, "lr_schedule.gamma") : 0.1;
        } else {
            bad_input(msg(QT_TRANSLATE_NOOP("Engine", "%1: 'lr_schedule' must be \"constant\", \"cosine\" or "
                                                      "{\"step\": EPOCHS, \"gamma\": FACTOR}, not %2"),
                          where, s.dump()));
        }
    }
    return c;
}

nlohmann::json recipe_of(const TrainConfig &c) {
    nlohmann::json r = {
        {"optimizer", c.optimizer},   {"lr", c.lr},         {"momentum", c.momentum}, {"weight_decay", c.weight_decay},
        {"batch_size", c.batch_size}, {"epochs", c.epochs}, {"seed", c.seed}};
    if (c.lr_schedule == "step")
        r["lr_schedule"] = {{"step", c.lr_step_epochs}, {"gamma", c.lr_gamma}};
    else
        r["lr_schedule"] = c.lr_schedule;
    return r;
}

void TrainConfig::validate() const {
    if (shards < 1 || shards > 1000) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--shards must be in 1..1000")));
    if (slices < 1 || slices > 100) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--slices must be in 1..100")));
    if (!(epochs > 0) || epochs > 1000) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "--epochs must be in (0, 1000]")));
    if (batch_size < 1) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "batch size must be positive")));
    if (!(lr > 0)) usage_error(msg(QT_TRANSLATE_NOOP("Engine", "learning rate must be positive")));
    if (shard_policy != "subject" && shard_policy != "random")
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "shard policy must be subject or random")));
    if (aggregation != "mean" && aggregation != "vote")
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "aggregation must be mean or vote")));
    if (optimizer != "sgd" && optimizer != "adam" && optimizer != "adamw")
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "optimizer must be sgd, adam or adamw")));
    if (lr_schedule != "constant" && lr_schedule != "cosine" && lr_schedule != "step")
        usage_error(msg(QT_TRANSLATE_NOOP("Engine", "learning-rate schedule must be constant, cosine or step")));
}

uint64_t mix_seed(uint64_t a, uint64_t b, uint64_t c) {
    uint64_t z = a * 0x9e3779b97f4a7c15ULL ^ (b + 0x632be59bd9b4e019ULL) * 0xbf58476d1ce4e5b9ULL ^
                 (c + 0x85ebca6b) * 0x94d049bb133111ebULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

uint64_t SplitMix64::next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
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
        SplitMix64 rng(mix_seed(seed, 0x5155));
        seeded_shuffle(ids, rng);
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
    if (policy != "subject") usage_error(msg(QT_TRANSLATE_NOOP("Engine", "unknown shard policy '%1'"), policy));
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
