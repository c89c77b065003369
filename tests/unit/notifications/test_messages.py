"""What each notification says, and that its id is stable under redelivery."""

from __future__ import annotations

from citizen_safe.notifications import messages


def test_flagged_says_why_what_it_cost_and_how_to_appeal() -> None:
    note = messages.report_flagged("r1", "it blames a ghost", 21)
    assert note.id == "r1_report_flagged" and note.report_id == "r1"
    assert "it blames a ghost." in note.body and "21 points" in note.body
    assert "Appeal" in note.body


def test_each_type_has_its_stable_id() -> None:
    notes = [
        messages.report_verified("r1", 1),
        messages.report_needs_review("r1"),
        messages.appeal_resolved("r1", True, 22, "Sorry"),
        messages.bullying_warning(4, 5),
        messages.blocked(5),
    ]
    assert [n.id for n in notes] == [
        "r1_report_verified",
        "r1_report_needs_review",
        "r1_appeal_resolved",
        "bullying_warning",
        "blocked",
    ]
    assert "1 point " in notes[0].body and "22 points" in notes[2].body
    assert "Sorry." in notes[2].body and "One more" in notes[3].body
