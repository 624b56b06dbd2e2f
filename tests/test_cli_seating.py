"""`werkstatt seating`: a World Café seating plan on the command line, as text, CSV or
JSON, without Qt; impossible numbers give a sentence and exit code 2."""

from __future__ import annotations

import csv
import io
import json

import pytest

from werkstatt.__main__ import main


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _seating(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    return _run(capsys, "--lang", "en", "seating", "--time-limit", "0.5", *argv)


def test_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _seating(
        capsys, "--participants", "20", "--tables", "5", "--rounds", "5", "--seed", "3",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    assert err == ""  # four at a table is usual: no note
    data = json.loads(out)
    assert set(data) == {"rounds", "hosts", "repeated_pairs"}
    assert data["hosts"] is None
    assert data["repeated_pairs"] == 0
    assert len(data["rounds"]) == 5
    for round_ in data["rounds"]:
        assert len(round_) == 5
        assert sorted(p for table in round_ for p in table) == list(range(1, 21))
        assert all(len(table) == 4 for table in round_)


def test_json_with_hosts_lists_each_host_at_their_table(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = _seating(
        capsys, "--participants", "23", "--tables", "5", "--rounds", "4", "--hosts",
        "--seed", "1", "--format", "json",
    )  # fmt: skip
    assert code == 0
    data = json.loads(out)
    assert data["hosts"] == [1, 2, 3, 4, 5]
    for round_ in data["rounds"]:
        for t, table in enumerate(round_):
            assert data["hosts"][t] in table
        assert sorted(len(table) for table in round_) == [4, 4, 5, 5, 5]


def test_the_same_seed_prints_the_same_plan(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ("--participants", "24", "--tables", "6", "--rounds", "7", "--seed", "9")
    first = _seating(capsys, *argv, "--format", "json")[1]
    assert _seating(capsys, *argv, "--format", "json")[1] == first
    other = _seating(capsys, "--participants", "24", "--tables", "6", "--rounds", "7",
                     "--seed", "10", "--format", "json")[1]  # fmt: skip
    assert json.loads(other)["rounds"] != json.loads(first)["rounds"]


def test_csv_has_a_row_per_seat(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _seating(
        capsys, "--participants", "9", "--tables", "3", "--rounds", "2", "--hosts",
        "--format", "csv",
    )  # fmt: skip
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0]) == ["round", "table", "participant", "host"]
    assert len(rows) == 9 * 2
    assert {(row["round"], row["participant"]) for row in rows} == {
        (str(r), str(p)) for r in (1, 2) for p in range(1, 10)
    }
    hosts = {(row["table"], row["participant"]) for row in rows if row["host"] == "1"}
    assert hosts == {("1", "1"), ("2", "2"), ("3", "3")}


def test_text_reads_round_by_round(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _seating(
        capsys, "--participants", "25", "--tables", "5", "--rounds", "3", "--hosts",
        "--seed", "42",
    )  # fmt: skip
    assert code == 0
    assert "(seed 42)" in out
    assert "Hosts: table 1: 1, table 2: 2, table 3: 3, table 4: 4, table 5: 5" in out
    assert "Round 3" in out and "Round 4" not in out
    assert "Table 5" in out
    assert "No two people meet twice at a table, and no one returns to a table." in out
    assert "each person meets 12.0 different people" in out


def test_unavoidable_repeats_are_said(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _seating(capsys, "--participants", "12", "--tables", "3", "--rounds", "6")
    assert code == 0
    assert "Pairs who meet more than once:" in out
    # 12 people at 3 tables: any two rounds put two people at one table twice.
    assert "repeats are certain from round 2 on" in out


def test_repeats_go_to_stderr_for_machine_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _seating(
        capsys, "--participants", "12", "--tables", "3", "--rounds", "6", "--format", "json"
    )
    assert code == 0
    assert json.loads(out)["repeated_pairs"] > 0
    assert "Pairs who meet more than once:" in err


def test_unusual_table_sizes_get_a_note(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _seating(capsys, "--participants", "60", "--tables", "6", "--rounds", "2")
    assert code == 0
    assert "4 to 6 people per table is usual" in err
    assert "this plan seats 10 at each table" in err
    code, _, err = _seating(capsys, "--participants", "17", "--tables", "6", "--rounds", "2")
    assert code == 0
    assert "this plan seats 2 to 3" in err


@pytest.mark.parametrize(
    ("argv", "sentence"),
    [
        (("--participants", "30", "--tables", "2", "--rounds", "3"),
         "30 participants at 2 tables would put more than 12 people at a table. "
         "Use at least 3 tables."),
        (("--participants", "7", "--tables", "4", "--rounds", "3"),
         "7 participants at 4 tables would leave fewer than 2 people at a table. "
         "Use at most 3 tables."),
        (("--participants", "3", "--tables", "5", "--rounds", "3"),
         "3 participants at 5 tables would leave fewer than 2 people"),
        (("--participants", "20", "--tables", "5", "--rounds", "0"),
         "A seating plan needs at least one round, not 0."),
        (("--participants", "20", "--tables", "0", "--rounds", "2"),
         "A seating plan needs at least one table, not 0."),
    ],
)  # fmt: skip
def test_bad_numbers_exit_with_2_and_a_sentence(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], sentence: str
) -> None:
    code, out, err = _seating(capsys, *argv)
    assert code == 2
    assert out == ""
    assert sentence in err


def test_bad_numbers_in_german_exit_with_2(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        capsys, "--lang", "de", "seating", "--participants", "30", "--tables", "2", "--rounds", "3"
    )
    assert code == 2
    assert out == ""
    assert "30" in err and "12" in err


@pytest.mark.parametrize(
    "argv",
    [
        ("--participants", "20", "--tables", "5"),  # no rounds
        ("--participants", "zwanzig", "--tables", "5", "--rounds", "3"),
        ("--participants", "20", "--tables", "5", "--rounds", "3", "--format", "pdf"),
        ("--part", "20", "--tables", "5", "--rounds", "3"),  # no abbreviations
    ],
)
def test_bad_usage_exits_with_2(capsys: pytest.CaptureFixture[str], argv: tuple[str, ...]) -> None:
    code, out, err = _run(capsys, "seating", *argv)
    assert code == 2
    assert out == ""
    assert "werkstatt seating" in err


def test_help_lists_the_command_and_its_formats(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--lang", "en", "--help")
    assert code == 0
    assert "seating" in out
    code, out, _ = _run(capsys, "--lang", "en", "seating", "--help")
    assert code == 0
    for option in ("--participants", "--tables", "--rounds", "--hosts", "--seed", "--format"):
        assert option in out
    assert "round, table, participant, host" in out
