"""Study mode: quiz kinds and their scoring, distractors, the study round, scheduling (FSRS) and the student's
record.  Pure Python: the quiz screens live in bodymap.ui.study."""
