"""Unit tests of python/lethe_lineage (run by ctest as python_lineage)."""

import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.dont_write_bytecode = True

import torch  # noqa: E402

import lethe_lineage as ll  # noqa: E402


class Rules(unittest.TestCase):
    def test_splitmix64_matches_the_published_reference(self):
        # Vigna's splitmix64.c from state 0: the first three outputs.
        rng = ll.SplitMix64(0)
        self.assertEqual([rng.next() for _ in range(3)],
                         [0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F])

    def test_shuffle_is_a_permutation_and_seeded(self):
        a = ll.seeded_shuffle(list(range(1000)), ll.SplitMix64(5))
        b = ll.seeded_shuffle(list(range(1000)), ll.SplitMix64(5))
        c = ll.seeded_shuffle(list(range(1000)), ll.SplitMix64(6))
        self.assertEqual(sorted(a), list(range(1000)))
        self.assertEqual(a, b)
        self.assertNotEqual(a, c)

    def test_key_set_hash_is_of_the_sorted_unique_keys(self):
        import hashlib
        self.assertEqual(ll.key_set_hash(["b", "a", "b"]), hashlib.sha256(b"a\nb\n").hexdigest())
        self.assertEqual(ll.key_set_hash([]), hashlib.sha256(b"").hexdigest())

    def test_subject_policy_keeps_a_subject_in_one_shard_and_slice(self):
        records = [("r%03d" % i, "s%d" % (i // 3)) for i in range(90)] + [("x%d" % i, None) for i in range(7)]
        p = ll.plan_placements(records, 3, 2, "subject", 1)
        self.assertEqual(len(p), 97)
        for s in range(30):
            self.assertEqual(len({p["r%03d" % (3 * s + k)] for k in range(3)}), 1)
        sizes = [sum(1 for v in p.values() if v[0] == s) for s in range(3)]
        self.assertLessEqual(max(sizes) - min(sizes), 3)

    def test_random_policy_cuts_equal_shards(self):
        p = ll.plan_placements([("k%d" % i, None) for i in range(100)], 4, 5, "random", 3)
        self.assertEqual(sorted(sum(1 for v in p.values() if v[0] == s) for s in range(4)), [25, 25, 25, 25])
        self.assertEqual({v[1] for v in p.values()}, set(range(5)))


class Recording(unittest.TestCase):
    def test_the_wrapped_sampler_records_each_batch_and_changes_no_weight(self):
        torch.manual_seed(0)
        x, y = torch.randn(40, 5), torch.randint(0, 3, (40,))
        ds = torch.utils.data.TensorDataset(x, y)

        def train(wrap):
            torch.manual_seed(1)
            model = torch.nn.Linear(5, 3)
            opt = torch.optim.SGD(model.parameters(), lr=0.1)
            g = torch.Generator().manual_seed(2)
            sampler = torch.utils.data.RandomSampler(range(30), generator=g)  # the first 30 only
            loader = torch.utils.data.DataLoader(ds, batch_size=8, sampler=wrap(sampler))
            for xb, yb in loader:
                opt.zero_grad()
                torch.nn.functional.cross_entropy(model(xb), yb).backward()
                opt.step()
            return model

        with tempfile.TemporaryDirectory() as out:
            rec = ll.Recorder(out)
            for i in range(40):
                rec.add_record("k%02d" % i, "", int(y[i]), "train" if i < 30 else "test", i)
            run = rec.run("plain", torch.nn.Linear(5, 3), {"optimizer": "sgd", "lr": 0.1, "epochs": 1,
                                                         "batch_size": 8})
            recorded = train(lambda s: run.sampler(s))
            plain = train(lambda s: s)
            for a, b in zip(recorded.parameters(), plain.parameters()):
                self.assertTrue(torch.equal(a, b))
            run.checkpoint(recorded, 0, 0)
            for i in range(30):
                run.place("k%02d" % i, 0, 0)
            rec.write()
            meta, records, placements, checkpoints = ll.read_lineage(out)
            self.assertEqual(meta["format"], "lethe-lineage")
            self.assertEqual(len(records), 40)
            self.assertEqual(len(placements), 30)
            self.assertEqual(int(checkpoints[0]["n_records"]), 30)
            self.assertEqual(checkpoints[0]["records_sha256"], ll.key_set_hash(["k%02d" % i for i in range(30)]))


if __name__ == "__main__":
    unittest.main()
