#pragma once
// Internal helpers shared by the method files: seeded batches, the
// optimiser loop with progress and cancellation every batch, evaluation,
// and distillation loss.
#include <functional>
#include <random>

#include "unlearn/method.h"

namespace lethe::unlearn {

// Shuffled batches over ids, cycling, seeded: the same seed, the same batches.
class Batches {
public:
    Batches(const TensorStore &store, std::vector<int64_t> ids, int64_t batch_size, uint64_t seed);
    struct Batch {
        torch::Tensor x, y;       // on the device
        std::vector<int64_t> pos; // positions in ids()
    };
    Batch next(const torch::Device &device);
    const std::vector<int64_t> &ids() const { return ids_; }
    int64_t size() const { return int64_t(ids_.size()); }
    int64_t batch_size() const { return bs_; }

private:
    const TensorStore &store_;
    std::vector<int64_t> ids_;
    torch::Tensor rows_;
    std::vector<int64_t> order_;
    int64_t bs_ = 1, pos_ = 0;
    std::mt19937_64 rng_;
};

double p_num(const Context &ctx, const char *key);
int64_t p_int(const Context &ctx, const char *key);
int64_t batch_size(const Context &ctx);
// max(1, ceil(epochs * n / bs)) steps; 0 when n is 0 or epochs is 0.
int64_t steps_for(int64_t n, int64_t bs, double epochs);

// Runs steps SGD steps: loss(step) is minimised; grad_hook (may be empty)
// edits the gradients before each step. Progress and cancellation every step.
void sgd_loop(torch::nn::Sequential &net, const Context &ctx, int64_t steps, double lr, double momentum,
              double weight_decay, const std::string &what, const std::function<torch::Tensor(int64_t)> &loss,
              const std::function<void()> &grad_hook = {});

// Mean cross-entropy and accuracy of net over ids (no grad).
std::pair<double, double> evaluate(torch::nn::Sequential &net, const Context &ctx, const std::vector<int64_t> &ids);

// A frozen copy of net (teacher).
torch::nn::Sequential frozen_copy(torch::nn::Sequential &net, const Context &ctx);

// KL(teacher || student) of the tempered softmaxes, batch mean, times T^2.
torch::Tensor distill_kl(const torch::Tensor &student_logits, const torch::Tensor &teacher_logits, double T);

// A label other than y for every entry, uniformly among the other classes.
torch::Tensor wrong_labels(const torch::Tensor &y, int n_classes, uint64_t seed);

// SGD on the retained records for `epochs` (the method's lr and momentum, the
// run's weight decay): FT itself, and the repair step of other methods.
// Returns the number of steps.
int64_t finetune_on_retained(torch::nn::Sequential &net, const Context &ctx, double epochs, const std::string &stage);

// Random-label training's data (RL; SalUn's RL step): the retained records
// with their labels and the forget records with a random wrong label,
// shuffled together as the published code does, so every record is seen
// once per epoch and the forget set weighs in proportion to its size. (A
// first version paired every retained batch with a full batch of forget
// records: for a 20-record subject each record came back ~16 times per 0.1
// epoch and the demo model lost 14+ points of accuracy at any setting.)
class RelabelledUnion {
public:
    explicit RelabelledUnion(const Context &ctx);
    int64_t steps(double epochs) const;
    // Cross-entropy of the next batch, forget records scored against their wrong labels.
    torch::Tensor next_loss(torch::nn::Sequential &net, int64_t step);

private:
    const Context &ctx_;
    std::vector<int64_t> forget_; // sorted
    Batches batches_;
};

} // namespace lethe::unlearn
