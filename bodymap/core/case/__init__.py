"""The patient case: visits with their pain drawing, assessment plan, findings and treatment; its file format."""
