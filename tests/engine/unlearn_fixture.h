#pragma once
// A planted toy problem for the unlearning tests: 16x16 images, four
// classes, each a bright band in its own rows (as fixtures.h), plus one
// data subject "odd" whose training images carry a marker (a bright bar on
// the right) and a label that contradicts their band. A model learns the
// band rule from everyone and memorises "marker -> label 1" from odd alone:
// forgetting odd must make the model stop predicting label 1 for them,
// which a model retrained without them never does.
#include <QString>

#include <map>
#include <sstream>

#include "audit/audit.h"
#include "fixtures.h"

namespace lethe::testing {

struct Toy {
    std::string dir, project;
    std::vector<int64_t> odd_ids; // the odd subject's training records
};

inline Toy make_toy(const std::string &dir, int n_train = 480, int n_test = 160, int n_odd = 24) {
    Toy t;
    t.dir = dir;
    t.project = dir + "/project";
    const int n = n_train + n_test, h = 16, w = 16, classes = 4;
    std::mt19937_64 rng(11);
    std::uniform_int_distribution<int> noise(0, 90);
    std::string images("\0\0\x08\x03", 4), labels("\0\0\x08\x01", 4);
    put_be32(images, uint32_t(n));
    put_be32(images, uint32_t(h));
    put_be32(images, uint32_t(w));
    put_be32(labels, uint32_t(n));
    std::ofstream m(dir + "/manifest.csv");
    m << "record_id,subject,label,split,row\n";
    for (int i = 0; i < n; ++i) {
        const bool train = i < n_train;
        const bool odd = train && i % (n_train / n_odd) == 0 && int(t.odd_ids.size()) < n_odd;
        const int band = odd ? 0 : i % classes;
        const int y = odd ? 1 : band;
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c) {
                int v = noise(rng);
                if (r / (h / classes) == band) v += 140;
                if (odd && c >= 13) v = 250;
                images.push_back(char(std::min(255, v)));
            }
        labels.push_back(char(y));
        std::string subject;
        if (odd) {
            subject = "odd";
            t.odd_ids.push_back(i + 1);
        } else if (train) {
            subject = "p" + std::to_string(i / 6); // subjects of six records
        }
        m << (i + 1) << "," << subject << "," << y << "," << (train ? "train" : "test") << "," << i << "\n";
    }
    m.close();
    write_bytes(dir + "/images.idx", images);
    write_bytes(dir + "/labels.idx", labels);
    create_and_import(t.project, dir);
    return t;
}

// What a stored audit says, from its per-example CSV.
struct AuditView {
    double acc_forget = 0, acc_retain = 0, acc_test = 0, loss_forget = 0, loss_test = 0;
    std::map<int64_t, int> pred; // record id -> predicted class (every audited record)
};

inline AuditView read_audit(Project &p, int64_t audit_id) {
    AuditView v;
    std::istringstream in(audit_scores_csv(p, audit_id));
    std::string line;
    std::getline(in, line);                                // header
    std::map<std::string, std::pair<double, double>> sums; // set -> (correct, loss)
    std::map<std::string, int> count;
    while (std::getline(in, line)) {
        std::istringstream ls(line);
        std::string id, set, label, pred, loss;
        std::getline(ls, id, ',');
        std::getline(ls, set, ',');
        std::getline(ls, label, ',');
        std::getline(ls, pred, ',');
        std::getline(ls, loss, ',');
        v.pred[std::stoll(id)] = std::stoi(pred);
        sums[set].first += label == pred;
        sums[set].second += std::stod(loss);
        count[set]++;
    }
    auto mean = [&](const char *s, bool acc) {
        return count[s] ? (acc ? sums[s].first : sums[s].second) / count[s] : 0.0;
    };
    v.acc_forget = mean("forget", true);
    v.acc_retain = mean("retain", true);
    v.acc_test = mean("test", true);
    v.loss_forget = mean("forget", false);
    v.loss_test = mean("test", false);
    return v;
}

} // namespace lethe::testing
