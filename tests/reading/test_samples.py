"""The synthetic reports of ``fazhi.reading.samples`` read back to their known truth."""

from fazhi.reading import read
from fazhi.reading.samples import make

SAMPLES = range(40)


def test_generated_reports_read_back():
    wrong = []
    matched = total = 0
    for seed in SAMPLES:
        sample = make(seed)
        reading = read(sample.text.encode("utf-8"))
        truth = sample.truth
        for field, got in (
            ("title", reading.title),
            ("year", reading.year),
            ("kind", reading.kind),
            ("level", reading.level),
            ("published", reading.published),
            ("region", (reading.region or {}).get("code")),
        ):
            if got != truth[field]:
                wrong.append((seed, field, got, truth[field]))
        for part, status in truth["parts"].items():
            if reading.elements[part].status != (status or "absent") and not (
                status is None and reading.elements[part].status == "mentioned"
            ):
                wrong.append((seed, part, reading.elements[part].status, status))
        got = {(f.indicator, f.value) for f in reading.facts}
        for fact in truth["facts"]:
            total += 1
            matched += (fact["indicator"], fact["value"]) in got
    assert not wrong, wrong[:10]
    assert matched / total >= 0.95, (matched, total)


def test_encodings_and_noise_do_not_change_the_reading():
    import opencc

    sample = make(11)
    plain = read(sample.text.encode("utf-8")).as_dict()
    traditional = opencc.OpenCC("s2t").convert(sample.text)
    for data in (sample.text.encode("gb18030"), sample.text.encode("utf-16"), traditional.encode("utf-8")):
        other = read(data).as_dict()
        assert other["title"] == plain["title"]
        assert [(f["indicator"], f["value"]) for f in other["facts"]] == [
            (f["indicator"], f["value"]) for f in plain["facts"]
        ]
