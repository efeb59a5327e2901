#pragma once
// Training configuration, stored with every run so it can be repeated, and
// the SISA placement of records into shards and slices.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "lineage/lineage.h"

namespace lethe {

struct TrainConfig {
    std::string arch = "cnn";
    int shards = 1;      // S; 1 with slices 1 is a monolithic model
    int slices = 1;      // R
    double epochs = 3.0; // e, in all: stage r gets 2e/(R+1)
    int batch_size = 128;
    double lr = 0.05;
    double momentum = 0.9;
    double weight_decay = 5e-4;
    int hidden = 128;
    uint64_t seed = 1;
    std::string shard_policy = "subject"; // subject | random
    std::string aggregation = "mean";     // mean (softmax) | vote
    std::string device = "auto";
    // Record each batch's parameter update with the ids it held (amnesiac
    // unlearning); costs 8 bytes per parameter per step, in updatelogs/.
    bool record_updates = false;
    // The optimiser and its learning-rate schedule: Lethe's own runs use SGD
    // at a constant rate; an imported model's owner recipe may say otherwise.
    std::string optimizer = "sgd";        // sgd | adam | adamw
    std::string lr_schedule = "constant"; // constant | cosine | step
    double lr_step_epochs = 0;            // step: every this many epochs ...
    double lr_gamma = 0.1;                // ... the rate is multiplied by this
    // SHA-256 of the owner's recipe file this config follows (import
    // --recipe); empty: Lethe's defaults.
    std::string recipe_sha256;
    // Not stored: the fields the caller set on purpose (lethe train's flags:
    // lr, epochs, batch_size, seed), which an owner's recipe does not replace.
    std::vector<std::string> given;

    bool is_sisa() const { return shards > 1 || slices > 1; }
    // Epochs of each stage; sum over r of (r/R)*stage_epochs = epochs.
    double stage_epochs() const { return 2.0 * epochs / (slices + 1); }
    nlohmann::json to_json() const;
    static TrainConfig from_json(const nlohmann::json &j);
    void validate() const; // Usage error for out-of-range values
    // The learning rate at `step` of a stage of `steps` steps, `step_epochs`
    // epochs each step.
    double lr_at(int64_t step, int64_t steps, double epochs_per_step) const;
};

// The owner's training recipe of an imported model (lethe import --recipe),
// a JSON object: optimizer (sgd | adam | adamw), lr, epochs and batch_size
// are required; lr_schedule (constant | cosine | {"step": E, "gamma": G}),
// momentum, weight_decay (PyTorch's defaults, 0, when absent) and seed.
// Returns `base` with the recipe's fields; BadInput naming `where` for an
// unknown key or a value out of range.
TrainConfig apply_recipe(TrainConfig base, const nlohmann::json &recipe, const std::string &where);
// The recipe's fields of a config, as the recipe file states them.
nlohmann::json recipe_of(const TrainConfig &c);

struct RecordOwner {
    int64_t record_id = 0;
    std::optional<int64_t> subject_id;
};

// Places training records into shards x slices.
// policy "subject": all records of a subject share one shard and one slice;
// subjects (largest first) go to the least-filled shard, then within the
// shard to the least-filled slice: erasing a subject touches one shard, from
// one slice on. Records without a subject are their own unit.
// policy "random": a seeded shuffle cut into equal shards, then slices (the
// paper's scheme). Deterministic for a given seed.
std::vector<Placement> plan_placements(const std::vector<RecordOwner> &records, int shards, int slices,
                                       const std::string &policy, uint64_t seed);

// Record ids a checkpoint of (shard, stage) has seen: slices 0..stage of the
// shard, sorted.
std::vector<int64_t> stage_records(const std::vector<Placement> &placements, int shard, int stage);

// SplitMix64: derives independent seeds for shard, stage and purpose.
uint64_t mix_seed(uint64_t a, uint64_t b, uint64_t c = 0);

// The training order's random stream, written down so that another front
// end (python/lethe_lineage) draws the same: SplitMix64 (state += golden
// gamma, then the mix of mix_seed's last three lines).
class SplitMix64 {
public:
    explicit SplitMix64(uint64_t seed) : state_(seed) {}
    uint64_t next();

private:
    uint64_t state_;
};

// Fisher-Yates from the last element down: for i = n-1 .. 1, j = next() mod
// (i+1), swap v[i] and v[j]. (The modulo's bias is below 2^-32 for fewer than
// 2^32 elements.) docs/lineage-format.md gives it for other front ends.
template <class T> void seeded_shuffle(std::vector<T> &v, SplitMix64 &rng) {
    for (size_t i = v.size(); i > 1; --i) {
        const size_t j = size_t(rng.next() % uint64_t(i));
        std::swap(v[i - 1], v[j]);
    }
}

} // namespace lethe
