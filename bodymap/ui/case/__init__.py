"""The open case in the window: the document and its undo commands, the File menu, saving and recovery, the
examination plan with its findings and treatment, and the visits."""
