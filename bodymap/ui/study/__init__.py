"""Study mode's window: quizzes on the body, feedback, progress plots, the student profiles and the Anki export."""
