"""The platform's shared floor: base models, scoping, actions and events,
deadlines, history display, Excel import, the module list and the UI shell."""
